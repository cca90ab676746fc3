package org.pyvm.modules.subprocess;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.runtime.PyErr;

/**
 * subprocess's pass_fds on the JVM. The JDK starts a child with descriptors 0-2 only, and
 * pyvm's descriptor numbers are its own (FdTable), so a passed descriptor N that is an
 * open file is given to the child by starting it through bash, which opens the JVM's
 * own descriptor of that file (/proc/PID/fd/K, which works for an unlinked temporary
 * file too) as N and then execs the program: {@code bash -c 'exec "$0" "$@" N<>/proc/PID/fd/K' PROGRAM ARGS}.
 * The child's N is a new open file description of the same file (its own offset). A
 * child that is pyvm learns its passed numbers from {@link FdTable#PASSED_FDS_ENV}.
 * Pipes (which live inside the JVM) and sockets cannot be passed: NotImplementedError.
 * Compare CPython Modules/_posixsubprocess.c: child_exec (make_inheritable, _close_open_fds).
 */
final class PassFds {

    private PassFds() {}

    private static final String[] BASH = {"/bin/bash", "/usr/bin/bash"};

    /** ARGV wrapped so that the child gets FDS; ENV gains the variable naming them for a pyvm child. */
    static List<String> wrap(List<String> argv, List<Integer> fds, Map<String, String> env) {
        String bash = null;
        for (String b : BASH) {
            if (Files.isExecutable(Path.of(b))) {
                bash = b;
                break;
            }
        }
        if (bash == null) {
            throw PyErr.notSupported("subprocess with pass_fds without bash (the JVM gives a child only descriptors 0, 1 and 2)");
        }
        long pid = ProcessHandle.current().pid();
        StringBuilder script = new StringBuilder("exec \"$0\" \"$@\"");
        StringBuilder names = new StringBuilder();
        for (int n : fds) {
            FdTable.Entry e = FdTable.get(n);
            int k = e.channel() == null || e.path == null ? -1 : jvmFd(e.path);
            if (k < 0) {
                throw PyErr.notSupported("subprocess with pass_fds of a descriptor that is not an open file (fd " + n + ")");
            }
            script.append(' ').append(n).append(e.writable ? "<>" : "<").append("/proc/").append(pid).append("/fd/").append(k);
            names.append(names.isEmpty() ? "" : ",").append(n).append(':')
                .append(e.readable ? "r" : "").append(e.writable ? "w" : "");
        }
        env.put(FdTable.PASSED_FDS_ENV, names.toString());
        List<String> out = new ArrayList<>(argv.size() + 3);
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
