package org.pyvm.modules.subprocess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.ChildLauncher;
import org.pyvm.modules.posix.Children;
import org.pyvm.modules.posix.Env;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.Fs;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * _posixsubprocess: fork_exec on the JDK's process API, for Lib/subprocess.py.
 *
 * <p>The JVM cannot fork, so the "child" steps of CPython's fork_exec are done here
 * before starting the process: the working directory and executable are checked
 * (chdir and execve errors go to errpipe_write as CPython's child writes them:
 * "OSError:hex-errno:" plus "noexec" for a chdir failure, so subprocess.py raises
 * FileNotFoundError naming the program), then ProcessBuilder starts the program with
 * pyvm's working directory and environment ({@link ChildLauncher}, which joins the
 * child's standard streams to pyvm's descriptors). The child gets descriptors 0-2, and
 * the open files named by pass_fds, a umask, SIGPIPE/SIGXFSZ left ignored
 * (restore_signals=False) and a new session through a wrapper ({@link ChildWrapper}),
 * user, group and extra_groups through setpriv ({@link ChildIds}); what needs code to
 * run in the child (preexec_fn, process groups) is refused with NotImplementedError. argv[0]
 * is the executable's path (the JDK cannot set it apart). Compare CPython
 * Modules/_posixsubprocess.c: subprocess_fork_exec_impl, child_exec.
 */
public final class PosixSubprocessModule {

    private PosixSubprocessModule() {}

    /** What fork_exec returns when the "child" failed before exec: a pid no child has (waitpid: ECHILD). */
    private static final long NO_CHILD = Integer.MAX_VALUE;

    public static PyModule create() {
        PyModule m = new PyModule("_posixsubprocess");
        m.addFunctions(PosixSubprocessModule.class);
        m.getDict().setStr("__doc__", PyStr.of("A POSIX helper for the subprocess module."));
        return m;
    }

    private static String text(PyObject o) {
        return Fs.path("fork_exec", "args", o, false).name();
    }

    /**
     * The executable list as _PySequence_BytesToCharpArray reads it: its length, then each
     * item by index (MemoryError for a length no C array could hold).
     */
    private static List<String> charpArray(PyObject seq) {
        long n = Abstract.len(seq);
        if (n > (Long.MAX_VALUE - 8) / 8) {
            throw PyErr.memoryError();
        }
        if (seq.type().lookup("__getitem__") == null && n > 0) {
            throw PyErr.typeError("'" + seq.type().getName() + "' object does not support indexing");
        }
        List<String> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(text(Abstract.getItem(seq, PyInt.of(i))));
        }
        return out;
    }

    private static int intArg(PyObject o) {
        return (int) Abstract.index(o).longValue();
    }

    private static boolean given(PyObject o) {
        return o != null && o != PyNone.NONE;
    }

    /**
     * fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite,
     * c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals,
     * call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn,
     * allow_vfork, /): the child's pid.
     */
    @ExposedMethod
    static long fork_exec(PyObject[] a, String[] kw) {
        Args.exact("fork_exec", a, kw, 23);
        boolean closeFds = Abstract.isTrue(a[2]);
        int errpipeWrite = intArg(a[13]);
        if (closeFds && errpipeWrite < 3) {
            throw PyErr.valueError("errpipe_write must be >= 3");
        }
        List<Integer> passFds = new ArrayList<>();
        for (PyObject o : Abstract.toArray(a[3])) {
            PyObject i = o;
            if (!(i instanceof PyInt p) || p.isBig() || p.value < 0 || (!passFds.isEmpty() && p.value <= passFds.get(passFds.size() - 1))) {
                throw PyErr.valueError("bad value(s) in fds_to_keep");
            }
            passFds.add((int) p.value);
        }
        java.util.Set<Integer> optional = new java.util.HashSet<>();
        if (!closeFds) {
            // close_fds=False: the child inherits every inheritable descriptor that can be
            // given to it (sockets and directories cannot, and are left out).
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>(passFds);
            for (int n : FdTable.inheritableFds()) {
                FdTable.Entry e = FdTable.get(n);
                if ((e.channelIsPipe() || e.channel() != null && e.path != null) && all.add(n)) {
                    optional.add(n);
                }
            }
            if (!optional.isEmpty() && !roomForDescriptors(optional.size())) {
                // Each would cost the JVM a descriptor of its own to hand over; under a lowered
                // RLIMIT_NOFILE that would leave none for starting the child: left out.
                all.removeAll(optional);
                optional.clear();
            }
            passFds = new ArrayList<>(all);
        }
        passFds.remove(Integer.valueOf(errpipeWrite));
        // The executable list and the arguments are converted before anything else is tried,
        // so their errors come first, as in CPython (_PySequence_BytesToCharpArray, PySequence_Fast).
        List<String> executables = charpArray(a[1]);
        List<String> argv = new ArrayList<>();
        if (given(a[0])) {
            PyObject[] args;
            try {
                args = Abstract.toArray(a[0]);
            } catch (org.pyvm.runtime.PyBaseException e) {
                if (!e.matches(org.pyvm.runtime.PyExc.TypeError)) {
                    throw e;
                }
                throw PyErr.typeError("argv must be a tuple");
            }
            for (PyObject o : args) {
                argv.add(text(o));
            }
        }
        if (given(a[21])) {
            throw PyErr.notSupported("subprocess with preexec_fn (the JVM cannot run Python code in the child)");
        }
        if (intArg(a[16]) != -1) {
            throw PyErr.notSupported("subprocess with process_group");
        }
        ChildIds ids = ChildIds.of(a[17], a[18], a[19]);
        boolean restoreSignals = Abstract.isTrue(a[14]);
        boolean setsid = Abstract.isTrue(a[15]);
        int umask = intArg(a[20]);
        Path cwd = given(a[4]) ? Fs.resolve(text(a[4])) : Fs.cwd();
        Map<String, String> env;
        if (given(a[5])) {
            env = new LinkedHashMap<>();
            for (PyObject o : Abstract.toArray(a[5])) {
                String kv = text(o);
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
        } else {
            env = Env.current();
        }
        int p2cread = intArg(a[6]);
        int c2pwrite = intArg(a[9]);
        int errwrite = intArg(a[11]);

        // The child's steps before exec: chdir, then the executable search of execve.
        int err = ChildLauncher.dirError(cwd);
        if (err != 0) {
            reportToParent(errpipeWrite, "OSError:" + Integer.toHexString(err) + ":noexec");
            return NO_CHILD;
        }
        if (ids != null) {
            // setgroups, setregid, setreuid: refused without privileges.
            err = ids.idError();
            if (err != 0) {
                reportToParent(errpipeWrite, "OSError:" + Integer.toHexString(err) + ":noexec");
                return NO_CHILD;
            }
        }
        String exe = null;
        int savedErr = 0;
        int lastErr = OsErrors.ENOENT;
        for (String e : executables) {
            Path p = cwd.resolve(e);
            int ee = ids != null ? ids.execError(p) : ChildLauncher.execError(p);
            if (ee == 0) {
                exe = p.toString();
                break;
            }
            lastErr = ee;
            if (ee != OsErrors.ENOENT && ee != OsErrors.ENOTDIR && savedErr == 0) {
                savedErr = ee;
            }
        }
        if (exe == null) {
            reportToParent(errpipeWrite, "OSError:" + Integer.toHexString(savedErr != 0 ? savedErr : lastErr) + ":");
            return NO_CHILD;
        }
        if (argv.isEmpty()) {
            argv.add(exe);
        } else {
            argv.set(0, exe);
        }
        if (ids != null) {
            argv = ids.wrap(argv);
        }
        if (!passFds.isEmpty()) {
            env = new LinkedHashMap<>(env);
        }
        List<ChildLauncher.PipeBridge> bridges = new ArrayList<>();
        Children.Child child;
        try {
            argv = ChildWrapper.wrap(argv, passFds, umask, restoreSignals, setsid, env, bridges, optional);
            child = ChildLauncher.start(argv, cwd, env, p2cread, c2pwrite, errwrite);
            ChildLauncher.startBridges(child, bridges);
        } catch (IOException | RuntimeException ex) {
            for (ChildLauncher.PipeBridge b : bridges) {
                b.abandon();
            }
            if (!(ex instanceof IOException io)) {
                throw (RuntimeException) ex;
            }
            reportToParent(errpipeWrite, "OSError:" + Integer.toHexString(ChildLauncher.startErrno(io)) + ":");
            return NO_CHILD;
        }
        return child.pid();
    }

    /**
     * Whether the JVM can open N more descriptors and still have some to spare for starting a
     * child (its pipes and spawn helper): its open descriptors (/proc/self/fd) against the
     * soft RLIMIT_NOFILE (/proc/self/limits). True when either cannot be read.
     */
    private static boolean roomForDescriptors(int n) {
        try {
            long limit = -1;
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    limit = soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
                }
            }
            long open;
            try (java.util.stream.Stream<Path> fds = java.nio.file.Files.list(Path.of("/proc/self/fd"))) {
                open = fds.count();
            }
            return limit < 0 || open + n + 32 <= limit;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** What CPython's child writes to errpipe_write before _exit(255). */
    private static void reportToParent(int errpipeWrite, String msg) {
        byte[] b = msg.getBytes(StandardCharsets.US_ASCII);
        try {
            FdTable.write(errpipeWrite, b, 0, b.length);
        } catch (PyBaseException e) {
            throw PyErr.runtimeError("fork_exec: cannot report to errpipe_write");
        }
    }
}
