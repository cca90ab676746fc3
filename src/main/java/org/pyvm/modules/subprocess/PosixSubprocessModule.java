package org.pyvm.modules.subprocess;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pyvm.modules.corelib.Args;
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
 * pyvm's working directory and environment. pyvm's descriptors are pyvm's own, so the
 * child's standard streams are joined to them by threads that copy bytes (a pipe end, a
 * file, a captured standard stream), except that the JVM's own standard streams and
 * /dev/null are handed to the child directly. The child gets descriptors 0-2, and the
 * open files named by pass_fds through a bash wrapper (PassFds); what needs code to run
 * in the child (preexec_fn,
 * setsid, process groups, uid/gid, umask), are refused with NotImplementedError. argv[0]
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
        passFds.remove(Integer.valueOf(errpipeWrite));
        if (given(a[21])) {
            throw PyErr.notSupported("subprocess with preexec_fn (the JVM cannot run Python code in the child)");
        }
        if (Abstract.isTrue(a[15])) {
            throw PyErr.notSupported("subprocess with start_new_session");
        }
        if (intArg(a[16]) != -1) {
            throw PyErr.notSupported("subprocess with process_group");
        }
        if (given(a[17]) || given(a[18]) || given(a[19])) {
            throw PyErr.notSupported("subprocess with user, group or extra_groups");
        }
        if (intArg(a[20]) >= 0) {
            throw PyErr.notSupported("subprocess with umask");
        }
        List<String> argv = new ArrayList<>();
        if (given(a[0])) {
            for (PyObject o : Abstract.toArray(a[0])) {
                argv.add(text(o));
            }
        }
        List<String> executables = new ArrayList<>();
        for (PyObject o : Abstract.toArray(a[1])) {
            executables.add(text(o));
        }
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
        int err = dirError(cwd);
        if (err != 0) {
            reportToParent(errpipeWrite, "OSError:" + Integer.toHexString(err) + ":noexec");
            return NO_CHILD;
        }
        String exe = null;
        int savedErr = 0;
        int lastErr = OsErrors.ENOENT;
        for (String e : executables) {
            Path p = cwd.resolve(e);
            int ee = execError(p);
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
        if (!passFds.isEmpty()) {
            env = new LinkedHashMap<>(env);
            argv = PassFds.wrap(argv, passFds, env);
        }
        ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);

        FdTable.Entry in = entry(p2cread, 0);
        FdTable.Entry out = entry(c2pwrite, 1);
        FdTable.Entry errE = entry(errwrite, 2);
        boolean pumpIn = redirectIn(pb, in);
        boolean pumpOut = redirectOut(pb, out, 1);
        boolean merged = errE != null && errE == out;
        boolean pumpErr = false;
        if (merged) {
            pb.redirectErrorStream(true);
        } else {
            pumpErr = redirectOut(pb, errE, 2);
        }
        Process proc;
        try {
            proc = pb.start();
        } catch (IOException ex) {
            reportToParent(errpipeWrite, "OSError:" + Integer.toHexString(startErrno(ex)) + ":");
            return NO_CHILD;
        }
        Children.Child child = new Children.Child(proc);
        if (pumpIn) {
            pumpInto(proc, in);
        } else {
            closeQuietly(proc.getOutputStream());
        }
        if (pumpOut) {
            pumpOut(child, proc.getInputStream(), out);
        }
        if (pumpErr) {
            pumpOut(child, proc.getErrorStream(), errE);
        }
        Children.add(child);
        return proc.pid();
    }

    /** The entry a child stream gets: FD's, or (for -1) what pyvm's own descriptor STD names; null if closed. */
    private static FdTable.Entry entry(int fd, int std) {
        int n = fd >= 0 ? fd : std;
        if (!FdTable.isOpen(n)) {
            if (fd >= 0) {
                throw OsErrors.of(OsErrors.EBADF);
            }
            return null;
        }
        return FdTable.get(n);
    }

    private static boolean isDevNull(FdTable.Entry e) {
        return e.path != null && e.path.normalize().toString().equals("/dev/null");
    }

    /** Sets the child's stdin; true when a pump thread must feed it. */
    private static boolean redirectIn(ProcessBuilder pb, FdTable.Entry e) {
        if (e == null || isDevNull(e)) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            return false;
        }
        if (FdTable.jvmStd(e) == 0) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            return false;
        }
        return true;
    }

    /** Sets the child's stdout (K = 1) or stderr (K = 2); true when a pump thread must carry it. */
    private static boolean redirectOut(ProcessBuilder pb, FdTable.Entry e, int k) {
        ProcessBuilder.Redirect r;
        if (e == null || isDevNull(e)) {
            r = ProcessBuilder.Redirect.DISCARD;
        } else if (FdTable.jvmStd(e) > 0) {
            int n = FdTable.jvmStd(e);
            r = n == k ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.appendTo(new File("/proc/self/fd/" + n));
        } else {
            return true;
        }
        if (k == 1) {
            pb.redirectOutput(r);
        } else {
            pb.redirectError(r);
        }
        return false;
    }

    /** The errno chdir(DIR) would give. */
    private static int dirError(Path dir) {
        if (Files.isDirectory(dir)) {
            return Files.isExecutable(dir) ? 0 : OsErrors.EACCES;
        }
        return Files.exists(dir) ? OsErrors.ENOTDIR : missingError(dir);
    }

    /** ENOENT, or ENOTDIR when a leading component is not a directory. */
    private static int missingError(Path p) {
        for (Path q = p.getParent(); q != null; q = q.getParent()) {
            if (Files.exists(q)) {
                return Files.isDirectory(q) ? OsErrors.ENOENT : OsErrors.ENOTDIR;
            }
        }
        return OsErrors.ENOENT;
    }

    /** The errno execve(P) would give for a missing, non-executable or directory P (0: it may run). */
    private static int execError(Path p) {
        if (!Files.exists(p)) {
            return missingError(p);
        }
        if (Files.isDirectory(p) || !Files.isExecutable(p)) {
            return OsErrors.EACCES;
        }
        return 0;
    }

    private static final Pattern ERROR_EQ = Pattern.compile("error=(\\d+)");

    /** The errno in the JDK's "Cannot run program ...: error=2, No such file or directory". */
    private static int startErrno(IOException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : ERROR_EQ.matcher(t.getMessage());
            if (m != null && m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return OsErrors.errnoOf(ex);
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

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // the child has gone
        }
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Copies pyvm's file E into the child's stdin until end of file; stops when the child ends. */
    private static void pumpInto(Process proc, FdTable.Entry e) {
        FdTable.retain(e);
        OutputStream to = proc.getOutputStream();
        Thread t = daemon("pyvm-stdin-pump-" + proc.pid(), () -> {
            byte[] b = new byte[8192];
            try {
                for (int n = FdTable.readEntry(e, b); n >= 0; n = FdTable.readEntry(e, b)) {
                    if (n > 0) {
                        to.write(b, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException | RuntimeException ex) {
                // the child closed its stdin, or ended
            } finally {
                closeQuietly(to);
                FdTable.release(e);
            }
        });
        t.start();
        // A pump blocked on one of our pipes is woken when the child ends (a file read never blocks long).
        if (e.channelIsPipe()) {
            proc.onExit().thenRun(t::interrupt);
        }
    }

    /** Copies the child's stdout or stderr into pyvm's file E until the child closes it. */
    private static void pumpOut(Children.Child child, InputStream from, FdTable.Entry e) {
        FdTable.retain(e);
        Thread t = daemon("pyvm-output-pump-" + child.pid(), () -> {
            byte[] b = new byte[8192];
            try {
                for (int n = from.read(b); n >= 0; n = from.read(b)) {
                    if (n > 0) {
                        FdTable.writeEntry(e, b, n);
                    }
                }
            } catch (IOException | RuntimeException ex) {
                // the reader went away (EPIPE): the child's next write fails as it would
            } finally {
                closeQuietly(from);
                FdTable.release(e);
            }
        });
        if (!e.channelIsPipe()) {
            child.addOutputPump(t);
        }
        t.start();
    }
}
