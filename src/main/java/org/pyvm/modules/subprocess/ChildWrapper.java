package org.pyvm.modules.subprocess;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyvm.modules.posix.ChildLauncher;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.runtime.PyErr;

/**
 * The child's steps of CPython's fork_exec that the JDK's process API cannot take, done by
 * a small bash script that the child starts with and that then execs the program:
 * pass_fds, the umask, SIGPIPE/SIGXFSZ left ignored (restore_signals=False) and a new
 * session (start_new_session, through util-linux's setsid, which calls setsid() and execs
 * since a child of the JVM leads no process group). A child without any of these starts
 * directly.
 *
 * <p>pass_fds: the JDK starts a child with descriptors 0-2 only, and pyvm's descriptor
 * numbers are its own (FdTable), so a passed descriptor N that is an open file is given to
 * the child by opening the JVM's own descriptor of that file (/proc/PID/fd/K, which works
 * for an unlinked temporary file too) as N:
 * {@code bash -c 'exec "$0" "$@" N<>/proc/PID/fd/K' PROGRAM ARGS}. The child's N is a new
 * open file description of the same file (its own offset). A child that is pyvm learns
 * its passed numbers from {@link FdTable#PASSED_FDS_ENV}. A pipe end (pipes live inside
 * the JVM) is given as a real pipe joined to it by a copying thread
 * ({@link ChildLauncher.PipeBridge}); sockets cannot be passed: NotImplementedError.
 * Compare CPython Modules/_posixsubprocess.c: child_exec (restore_signals, setsid, umask,
 * make_inheritable, _close_open_fds).
 */
final class ChildWrapper {

    private ChildWrapper() {}

    private static final String[] BASH = {"/bin/bash", "/usr/bin/bash"};
    private static final String[] SETSID = {"/usr/bin/setsid", "/bin/setsid"};

    /** The first of PATHS that is an executable file, or null. */
    private static String find(String[] paths) {
        for (String b : paths) {
            if (Files.isExecutable(Path.of(b))) {
                return b;
            }
        }
        return null;
    }

    /**
     * ARGV wrapped so that the child gets FDS, UMASK (when >= 0), SIGPIPE and SIGXFSZ
     * ignored (unless RESTORE_SIGNALS) and a session of its own (SETSID); ENV gains the
     * variable naming the passed descriptors for a pyvm child. ARGV itself when there is
     * nothing to do. The descriptors in OPTIONAL (close_fds=False's) are given when they can be.
     */
    static List<String> wrap(List<String> argv, List<Integer> fds, int umask, boolean restoreSignals, boolean setsid,
                             Map<String, String> env, List<ChildLauncher.PipeBridge> bridges,
                             java.util.Set<Integer> optional) {
        StringBuilder script = new StringBuilder();
        if (!restoreSignals) {
            // What the child of a Python process inherits: CPython ignores both signals.
            script.append("trap '' PIPE XFSZ; ");
        }
        if (umask >= 0) {
            script.append("umask ").append(Integer.toOctalString(umask & 0777)).append("; ");
        }
        StringBuilder last = new StringBuilder("exec \"$0\" \"$@\"");
        if (fds.stream().anyMatch(n -> n > 2)) {
            long pid = ProcessHandle.current().pid();
            StringBuilder names = new StringBuilder();
            for (int n : fds) {
                if (n <= 2) {
                    // The child's standard descriptors are its stdin, stdout and stderr
                    // whatever pass_fds says (child_exec dup2s them before keeping fds).
                    continue;
                }
                FdTable.Entry e = FdTable.get(n);
                int k;
                try {
                    if (e.channelIsPipe()) {
                        // The child shares the pipe itself (multiprocessing passes both ends of its queues).
                        FdTable.promotePipe(n);
                    }
                    int kernel = org.pyvm.modules.posix.KernelFd.of(e);
                    ChildLauncher.PipeBridge bridge = kernel >= 0 ? null : ChildLauncher.bridgePipe(n);
                    if (kernel >= 0) {
                        ChildLauncher.PipeBridge held = ChildLauncher.hold(kernel, n);
                        bridges.add(held);
                        k = held.kernelFd();
                    } else if (bridge != null) {
                        bridges.add(bridge);
                        if (optional.contains(n)) {
                            bridge.inheritedOnly();
                        }
                        k = bridge.kernelFd();
                    } else {
                        k = e.channel() == null || e.path == null ? -1 : jvmFd(e.path);
                    }
                } catch (org.pyvm.runtime.PyBaseException ex) {
                    if (!optional.contains(n)) {
                        throw ex;
                    }
                    continue; // no descriptor to give it (EMFILE under a lowered limit): left out
                }
                if (k < 0) {
                    throw PyErr.notSupported("subprocess with pass_fds of a descriptor that is not an open file (fd " + n + ")");
                }
                String redirect = n + (e.writable ? "<>" : "<") + "/proc/" + pid + "/fd/" + k;
                if (optional.contains(n)) {
                    // Inherited only because of close_fds=False: a child that cannot open it
                    // (a lowered RLIMIT_NOFILE) goes on without it, as one above the limit would.
                    script.append("{ exec ").append(redirect).append("; } 2>/dev/null; ");
                } else {
                    last.append(' ').append(redirect);
                }
                names.append(names.isEmpty() ? "" : ",").append(n).append(':')
                    .append(e.readable ? "r" : "").append(e.writable ? "w" : "");
            }
            env.put(FdTable.PASSED_FDS_ENV, names.toString());
        }
        script.append(last);
        List<String> out = new ArrayList<>(argv.size() + 4);
        if (setsid) {
            String s = find(SETSID);
            if (s == null) {
                throw PyErr.notSupported("subprocess with start_new_session without the setsid program");
            }
            out.add(s);
        }
        if (restoreSignals && umask < 0 && fds.stream().allMatch(n -> n <= 2)) {
            out.addAll(argv);
            return out;
        }
        String bash = find(BASH);
        if (bash == null) {
            throw PyErr.notSupported("subprocess with pass_fds, umask or restore_signals=False without bash");
        }
        out.add(bash);
        out.add("-c");
        out.add(script.toString());
        out.addAll(argv);
        return out;
    }

    /** The JVM's own descriptor open on the file at PATH (also after it was unlinked), or -1. */
    private static int jvmFd(Path path) {
        List<String> want = new ArrayList<>();
        Path abs = path.toAbsolutePath().normalize();
        want.add(abs.toString());
        try {
            Path parent = abs.getParent();
            if (parent != null) {
                want.add(parent.toRealPath().resolve(abs.getFileName()).toString());
            }
        } catch (IOException ex) {
            // the folder has gone: only the path as given can match
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path p : ds) {
                String target;
                try {
                    target = Files.readSymbolicLink(p).toString();
                } catch (IOException ex) {
                    continue;
                }
                for (String w : want) {
                    if (target.equals(w) || target.equals(w + " (deleted)")) {
                        return Integer.parseInt(p.getFileName().toString());
                    }
                }
            }
        } catch (IOException | RuntimeException ex) {
            return -1;
        }
        return -1;
    }
}
