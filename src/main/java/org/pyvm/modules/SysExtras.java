package org.pyvm.modules;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The sys functions the start-up modules (os, site, io, encodings) ask for that are not
 * about the interpreter's own state: file-system encoding and the like. Kept apart from
 * Sys so that sys's state-bearing functions stay in one readable place.
 * Compare CPython Python/sysmodule.c.
 */
final class SysExtras {

    private SysExtras() {}

    /** The data attributes of sys that only describe the build. */
    static void addData(org.pyvm.runtime.PyDict d) {
        // site.setcopyright() wraps this text in builtins.copyright.
        d.setStr("copyright", PyStr.of("Copyright (c) 2026 the pyvm authors.\n"
            + "pyvm runs CPython's standard library: Copyright (c) 2001-2023 Python Software Foundation."));
        d.setStr("abiflags", PyStr.of(""));
        d.setStr("api_version", org.pyvm.runtime.PyInt.of(1013));
        // (implementation, git branch, git revision) of the build, as platform._sys_version
        // reads it; a pyvm jar records no git state, as a CPython built from a tarball.
        d.setStr("_git", org.pyvm.runtime.PyTuple.of(PyStr.of("pyvm"), PyStr.of(""), PyStr.of("")));
        // repr(float) is the shortest repr that round-trips, as CPython's with its own dtoa.
        d.setStr("float_repr_style", PyStr.of("short"));
        // The JVM's threads are the platform's (pthreads on Linux); its locks park threads
        // on a mutex and condition variable.
        d.setStr("thread_info", org.pyvm.runtime.PyStructSeq.sysType("thread_info", "name", "lock", "version").make(
            PyStr.of(System.getProperty("os.name", "").startsWith("Windows") ? "nt" : "pthread"), PyStr.of("mutex+cond"),
            org.pyvm.runtime.PyNone.NONE));
    }

    /** sys.is_finalizing(): true once interpreter exit has run the atexit functions. */
    @ExposedMethod
    static boolean is_finalizing() {
        return org.pyvm.runtime.PyRuntime.finalizing;
    }

    /** sys._current_frames(): {thread id: innermost frame} of the live threads. Compare sysmodule.c. */
    @ExposedMethod
    static PyObject _current_frames() {
        org.pyvm.runtime.PyDict d = new org.pyvm.runtime.PyDict();
        for (var e : org.pyvm.runtime.CodeRunner.get().threadFrames().entrySet()) {
            if (e.getValue() != null) {
                d.setItem(org.pyvm.runtime.PyInt.of(e.getKey().threadId()), e.getValue());
            }
        }
        return d;
    }

    /** sys._current_exceptions(): {thread id: the exception it handles, or None}. Compare sysmodule.c. */
    @ExposedMethod
    static PyObject _current_exceptions() {
        org.pyvm.runtime.PyDict d = new org.pyvm.runtime.PyDict();
        for (var e : org.pyvm.runtime.CodeRunner.get().threadExceptions().entrySet()) {
            d.setItem(org.pyvm.runtime.PyInt.of(e.getKey().threadId()),
                e.getValue() == null ? org.pyvm.runtime.PyNone.NONE : e.getValue());
        }
        return d;
    }

    /**
     * sys._getframemodulename(depth=0): the module of the function DEPTH frames up (its
     * __module__), or None. Compare sysmodule.c: sys__getframemodulename_impl.
     */
    @ExposedMethod(min = 0)
    static PyObject _getframemodulename(PyObject depth) {
        org.pyvm.runtime.Audit.event("sys._getframemodulename", depth == null ? org.pyvm.runtime.PyInt.ZERO : depth);
        long n = depth == null ? 0 : org.pyvm.runtime.Abstract.index(depth).longValue();
        org.pyvm.runtime.PyFrame f = org.pyvm.runtime.CodeRunner.get().currentFrame();
        while (f != null && n-- > 0) {
            f = f.back();
        }
        if (f == null) {
            return org.pyvm.runtime.PyNone.NONE;
        }
        org.pyvm.runtime.PyFunction fn = f.function();
        if (fn != null) {
            PyObject m = org.pyvm.runtime.Abstract.lookupAttr(fn, "__module__");
            return m == null ? org.pyvm.runtime.PyNone.NONE : m;
        }
        // Module and class bodies: CPython runs them through a function whose __module__
        // is the globals' __name__.
        PyObject name = f.globals().getStr("__name__");
        return name == null ? org.pyvm.runtime.PyNone.NONE : name;
    }

    /**
     * sys.getrefcount(o): an approximation. pyvm has no reference counts (the JVM's
     * collector manages memory), so this is 2 for every object: the reference the caller
     * holds and the argument's, what CPython reports for an object only a local variable
     * holds. Code that compares counts before and after an operation sees no change.
     */
    @ExposedMethod
    static long getrefcount(PyObject o) {
        return 2;
    }

    /**
     * sys.addaudithook(hook) and sys.audit(event, *args): runtime.Audit holds the hooks and
     * calls them for these events and for those pyvm's own code raises. Compare CPython
     * Python/sysmodule.c: sys_audit, PySys_AddAuditHook.
     */
    @ExposedMethod
    static void addaudithook(PyObject hook) {
        org.pyvm.runtime.Audit.addHook(hook);
    }

    @ExposedMethod
    static void audit(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw org.pyvm.runtime.PyErr.typeError("audit() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw org.pyvm.runtime.PyErr.typeError("audit() missing 1 required positional argument: 'event'");
        }
        if (!(args[0] instanceof PyStr)) {
            throw org.pyvm.runtime.PyErr.typeError("expected str for argument 'event', not "
                + args[0].type().getName());
        }
        org.pyvm.runtime.Audit.event(args[0], org.pyvm.runtime.PyTuple.of(java.util.Arrays.copyOfRange(args, 1,
            args.length)));
    }

    /**
     * The dlopen() flags of sys.setdlopenflags, RTLD_NOW at start as in CPython
     * (interp->dlopenflags). pyvm loads no C extension modules, so only ctypes' own
     * dlopen mode is ever used; the value is kept for programs that save and restore it.
     */
    private static volatile int dlopenflags = 2;

    /** Compare sysmodule.c: sys_getdlopenflags_impl. */
    @ExposedMethod
    static long getdlopenflags() {
        return dlopenflags;
    }

    /** Compare sysmodule.c: sys_setdlopenflags_impl (the argument is a C int). */
    @ExposedMethod
    static void setdlopenflags(PyObject flags) {
        // Argument Clinic's int converter: _PyLong_AsInt.
        java.math.BigInteger v = org.pyvm.runtime.Abstract.index(flags).bigValue();
        if (v.bitLength() > 31) {
            throw org.pyvm.runtime.PyErr.overflowError("Python int too large to convert to C int");
        }
        dlopenflags = v.intValue();
    }

    /** Compare sysmodule.c: sys_getswitchinterval_impl. */
    @ExposedMethod
    static PyObject getswitchinterval() {
        return org.pyvm.runtime.PyFloat.of(org.pyvm.runtime.Gil.switchInterval());
    }

    /** Compare sysmodule.c: sys_setswitchinterval_impl. */
    @ExposedMethod
    static void setswitchinterval(PyObject interval) {
        double d = org.pyvm.runtime.Abstract.toDouble(interval);
        if (!(d > 0.0)) {
            throw org.pyvm.runtime.PyErr.valueError("switch interval must be strictly positive");
        }
        org.pyvm.runtime.Gil.setSwitchInterval(d);
    }

    @ExposedMethod
    static PyObject getfilesystemencoding() {
        return PyStr.of("utf-8");
    }

    @ExposedMethod
    static PyObject getfilesystemencodeerrors() {
        return PyStr.of("surrogateescape");
    }
}
