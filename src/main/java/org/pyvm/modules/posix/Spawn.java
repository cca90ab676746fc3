package org.pyvm.modules.posix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * os.spawnv/spawnve/spawnvp/spawnvpe and os.execv/execve without fork.
 *
 * <p>On Linux CPython, Lib/os.py builds the spawn functions from fork() and exec*(), and
 * the exec functions replace the process. The JVM can do neither, so posix offers the four
 * spawn*v* functions itself (os.py then adds spawnl, spawnle, spawnlp, spawnlpe around
 * them) with os.py's behaviour: P_NOWAIT returns the child's pid, any other mode waits and
 * returns the exit code (-N for a child killed by signal N), and a program that cannot be
 * run gives exit code 127, as the forked child's _exit(127) does.
 *
 * <p>execv/execve check their arguments as CPython's do (Modules/posixmodule.c:
 * os_execv_impl, os_execve_impl) and raise the OSError of a failed execve; a program that
 * can run is run as a child with pyvm's standard streams, and pyvm then ends at once (no
 * atexit, no flushing of Python buffers, as after a real exec) with the child's exit
 * status (128 + N for a child killed by signal N). The program gets a new pid and only
 * descriptors 0-2.
 */
final class Spawn {

    private Spawn() {}

    /** os.py's values on POSIX. */
    static final long P_WAIT = 0, P_NOWAIT = 1, P_NOWAITO = 1;

    /** Fake pids for spawns whose program could not run (below _posixsubprocess's NO_CHILD). */
    private static long nextFailedPid = Integer.MAX_VALUE - 1;

    static void addConstants(PyDict d) {
        d.setStr("P_WAIT", PyInt.of(P_WAIT));
        d.setStr("P_NOWAIT", PyInt.of(P_NOWAIT));
        d.setStr("P_NOWAITO", PyInt.of(P_NOWAITO));
    }

    // ---- spawn ----

    @ExposedMethod
    static PyObject spawnv(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("spawnv", args, kw, 3, 3, "mode", "file", "args");
        return spawn(a[0], a[1], a[2], null, false);
    }

    @ExposedMethod
    static PyObject spawnve(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("spawnve", args, kw, 4, 4, "mode", "file", "args", "env");
        return spawn(a[0], a[1], a[2], a[3], false);
    }

    @ExposedMethod
    static PyObject spawnvp(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("spawnvp", args, kw, 3, 3, "mode", "file", "args");
        return spawn(a[0], a[1], a[2], null, true);
    }

    @ExposedMethod
    static PyObject spawnvpe(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("spawnvpe", args, kw, 4, 4, "mode", "file", "args", "env");
        return spawn(a[0], a[1], a[2], a[3], true);
    }

    /** Compare Lib/os.py: _spawnvef (the parent's side, and the child's exec or _exit(127)). */
    private static PyObject spawn(PyObject mode, PyObject file, PyObject argv, PyObject env, boolean search) {
        if (!(argv instanceof PyTuple) && !(argv instanceof PyList)) {
            throw PyErr.typeError("argv must be a tuple or a list");
        }
        PyObject[] items = Abstract.toArray(argv);
        if (items.length == 0 || !Abstract.isTrue(items[0])) {
            throw PyErr.valueError("argv first element cannot be empty");
        }
        boolean nowait = Abstract.isTrue(Ops.richCompare(mode, PyInt.of(P_NOWAIT), Ops.EQ));
        Children.Child child = null;
        try {
            List<String> args = argList("execv", items);
            Map<String, String> environ = env == null || env == PyNone.NONE ? Env.current() : envMap("execve", env);
            String exe = findProgram(Fs.path("execv", "path", file, false).name(), search, environ);
            args.set(0, exe);
            child = ChildLauncher.start(args, Fs.cwd(), environ, -1, -1, -1);
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.Exception)) {
                throw e;
            }
        } catch (IOException e) {
            // the JDK could not start it: the child's exec failed
        }
        if (child == null) {
            if (!nowait) {
                return PyInt.of(127);
            }
            return PyInt.of(failedChild());
        }
        if (nowait) {
            return PyInt.of(child.pid());
        }
        PyObject st = Children.waitpid(PyInt.of(child.pid()), PyInt.of(0));
        int status = (int) Abstract.index(((PyTuple) st).get(1)).longValue();
        return PyInt.of((status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f));
    }

    /** A waitable stand-in for a child whose exec failed: it has ended with status 127. */
    private static synchronized long failedChild() {
        long pid = nextFailedPid--;
        Children.add(new Children.Child(new EndedProcess(pid, 127)));
        return pid;
    }

    /**
     * The program exec would run: FILE itself when it names a directory part or no search
     * is asked, else the first runnable FILE along PATH (ENV's, or os.defpath). Raises the
     * OSError of the failed exec. Compare Lib/os.py: _execvpe.
     */
    private static String findProgram(String file, boolean search, Map<String, String> env) {
        if (!search || file.contains("/")) {
            Path p = Fs.resolve(file);
            int err = file.isEmpty() ? OsErrors.ENOENT : ChildLauncher.execError(p);
            if (err != 0) {
                throw OsErrors.of(err);
            }
            return p.toString();
        }
        String path = env.getOrDefault("PATH", ":/bin:/usr/bin");
        int saved = 0;
        int last = OsErrors.ENOENT;
        for (String dir : path.split(":", -1)) {
            Path p = Fs.resolve(dir.isEmpty() ? file : dir + "/" + file);
            int err = ChildLauncher.execError(p);
            if (err == 0) {
                return p.toString();
            }
            last = err;
            if (err != OsErrors.ENOENT && err != OsErrors.ENOTDIR && saved == 0) {
                saved = err;
            }
        }
        throw OsErrors.of(saved != 0 ? saved : last);
    }

    // ---- exec ----

    /** exec in an isolated subinterpreter: refused, as posixmodule.c: os_execv_impl (Py_RTFLAGS_EXEC). */
    static void refuseInSubinterpreter() {
        if (!org.pyvm.runtime.PyRuntime.hasFeature(org.pyvm.runtime.PyRuntime.RTFLAGS_EXEC)) {
            throw org.pyvm.runtime.PyErr.runtimeError("exec not supported for isolated subinterpreters");
        }
    }

    /** execv(path, argv, /). */
    @ExposedMethod
    static void execv(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("execv", args, kw, 2, 2, "path", "argv");
        refuseInSubinterpreter();
        Fs.PathArg path = Fs.path("execv", "path", a[0], false);
        if (!(a[1] instanceof PyTuple) && !(a[1] instanceof PyList)) {
            throw PyErr.typeError("execv() arg 2 must be a tuple or list");
        }
        PyObject[] items = Abstract.toArray(a[1]);
        if (items.length == 0) {
            throw PyErr.valueError("execv() arg 2 must not be empty");
        }
        List<String> argv = argList("execv", items);
        if (argv.get(0).isEmpty()) {
            throw PyErr.valueError("execv() arg 2 first element cannot be empty");
        }
        exec(path, argv, Env.current());
    }

    /** execve(path, argv, env). */
    @ExposedMethod
    static void execve(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("execve", args, kw, 3, 3, "path", "argv", "env");
        refuseInSubinterpreter();
        Fs.PathArg path = Fs.path("execve", "path", a[0], true);
        if (!(a[1] instanceof PyTuple) && !(a[1] instanceof PyList)) {
            throw PyErr.typeError("execve: argv must be a tuple or list");
        }
        PyObject[] items = Abstract.toArray(a[1]);
        if (items.length < 1) {
            throw PyErr.valueError("execve: argv must not be empty");
        }
        if (a[2].type().lookup("keys") == null || a[2].type().lookup("__getitem__") == null) {
            throw PyErr.typeError("execve: environment must be a mapping object");
        }
        List<String> argv = argList("execve", items);
        if (argv.get(0).isEmpty()) {
            throw PyErr.valueError("execve: argv first element cannot be empty");
        }
        Map<String, String> env = envMap("execve", a[2]);
        if (path.isFd()) {
            throw PyErr.notSupported("os.execve of a file descriptor (fexecve)");
        }
        exec(path, argv, env);
    }

    /** Runs the program in place of pyvm: as a child, after which pyvm halts with its status. */
    private static void exec(Fs.PathArg path, List<String> argv, Map<String, String> env) {
        Path p = path.path();
        int err = ChildLauncher.execError(p);
        if (err != 0) {
            // CPython's posix_error(): no file name.
            throw OsErrors.of(err);
        }
        List<String> args = new ArrayList<>(argv);
        args.set(0, p.toString());
        Children.Child child;
        try {
            child = ChildLauncher.start(args, Fs.cwd(), env, -1, -1, -1);
        } catch (IOException e) {
            throw OsErrors.of(ChildLauncher.startErrno(e));
        }
        PyObject st = Children.waitpid(PyInt.of(child.pid()), PyInt.of(0));
        int status = (int) Abstract.index(((PyTuple) st).get(1)).longValue();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f));
    }

    // ---- argument conversion ----

    /** Each item through PyUnicode_FSConverter. Compare posixmodule.c: parse_arglist. */
    private static List<String> argList(String fn, PyObject[] items) {
        List<String> out = new ArrayList<>(items.length);
        for (PyObject o : items) {
            out.add(Fs.path(fn, "args", o, false).name());
        }
        return out;
    }

    /** The environment mapping as strings. Compare posixmodule.c: parse_envlist. */
    static Map<String, String> envMap(String fn, PyObject env) {
        PyObject[] ks = Abstract.toArray(Abstract.call(Abstract.getAttr(env, "keys")));
        PyObject[] vs = new PyObject[ks.length];
        for (int i = 0; i < ks.length; i++) {
            vs[i] = Abstract.getItem(env, ks[i]);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < ks.length; i++) {
            String k = Fs.decode(Fs.fsConvert(ks[i]));
            String v = Fs.decode(Fs.fsConvert(vs[i]));
            if (k.isEmpty() || k.indexOf('=') >= 0) {
                throw PyErr.valueError("illegal environment variable name");
            }
            out.put(k, v);
        }
        return out;
    }

    /** A child that has already ended with a given exit code: a failed exec's stand-in. */
    private static final class EndedProcess extends Process {
        private final long pid;
        private final int code;

        EndedProcess(long pid, int code) {
            this.pid = pid;
            this.code = code;
        }

        @Override
        public java.io.OutputStream getOutputStream() {
            return java.io.OutputStream.nullOutputStream();
        }

        @Override
        public java.io.InputStream getInputStream() {
            return java.io.InputStream.nullInputStream();
        }

        @Override
        public java.io.InputStream getErrorStream() {
            return java.io.InputStream.nullInputStream();
        }

        @Override
        public int waitFor() {
            return code;
        }

        @Override
        public int exitValue() {
            return code;
        }

        @Override
        public boolean isAlive() {
            return false;
        }

        @Override
        public void destroy() {
            // it has ended
        }

        @Override
        public long pid() {
            return pid;
        }
    }
}
