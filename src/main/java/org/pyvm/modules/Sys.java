package org.pyvm.modules;

import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.TracebackPrinter;

/** The sys module (the basics). Compare CPython Python/sysmodule.c. */
public final class Sys {

    private Sys() {}

    public static final String VERSION = "3.12.1";

    /** Makes sys for a program run with ARGV, writing to OUT and ERR. */
    public static PyModule create(List<String> argv, List<String> path, PyObject in, PyObject out, PyObject err) {
        SysConfig c = new SysConfig();
        c.argv = argv;
        c.path = path;
        c.dontWriteBytecode = true;
        return create(c, in, out, err);
    }

    /** Makes sys as CONFIG says (argv, path, prefixes, flags), reading IN and writing to OUT and ERR. */
    public static PyModule create(SysConfig c, PyObject in, PyObject out, PyObject err) {
        List<String> argv = c.argv;
        List<String> path = c.path;
        PyModule m = new PyModule("sys");
        m.addFunctions(Sys.class);
        m.addFunctions(SysExtras.class);
        m.addFunctions(SysTrace.class);
        m.addFunctions(SysUnraisable.class);
        m.addFunctions(SysBreakpoint.class);
        SysExtras.addData(m.getDict());
        PyDict d = m.getDict();
        PyObject[] a = new PyObject[argv.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = PyStr.of(argv.get(i));
        }
        d.setStr("argv", new PyList(a));
        PyObject[] p = new PyObject[path.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = PyStr.of(path.get(i));
        }
        d.setStr("path", new PyList(p));
        d.setStr("modules", PyRuntime.modules);
        d.setStr("stdin", in);
        d.setStr("stdout", out);
        d.setStr("stderr", err);
        d.setStr("__stdin__", in);
        d.setStr("__stdout__", out);
        d.setStr("__stderr__", err);
        d.setStr("__displayhook__", d.getStr("displayhook"));
        d.setStr("__excepthook__", d.getStr("excepthook"));
        d.setStr("__unraisablehook__", d.getStr("unraisablehook"));
        d.setStr("__breakpointhook__", d.getStr("breakpointhook"));
        d.setStr("monitoring", SysTrace.monitoring());
        // CPython's shape "VERSION (BUILD) [COMPILER]", which platform._sys_version parses
        // (regrtest prints platform.python_implementation() in its header).
        d.setStr("version", PyStr.of(VERSION + " (pyvm) [Java " + Runtime.version() + "]"));
        d.setStr("version_info", org.pyvm.runtime.PyStructSeq.sysType("version_info",
            "major", "minor", "micro", "releaselevel", "serial").uncreatable().make(
            PyInt.of(3), PyInt.of(12), PyInt.of(1), PyStr.of("final"), PyInt.ZERO));
        d.setStr("float_info", org.pyvm.runtime.PyStructSeq.sysType("float_info",
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                "radix", "rounds").make(
            org.pyvm.runtime.PyFloat.of(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
            org.pyvm.runtime.PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
            org.pyvm.runtime.PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.ONE));
        d.setStr("int_info", org.pyvm.runtime.PyStructSeq.sysType("int_info",
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold").make(
            PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        PyObject f = org.pyvm.runtime.PyBool.FALSE;
        PyObject t = org.pyvm.runtime.PyBool.TRUE;
        d.setStr("flags", org.pyvm.runtime.PyStructSeq.sysType("flags",
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
                "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits").uncreatable().make(
            PyInt.of(c.debug), PyInt.of(c.inspect), PyInt.of(c.interactive), PyInt.of(c.optimize),
            PyInt.of(c.dontWriteBytecode ? 1 : 0), PyInt.of(c.noUserSite ? 1 : 0), PyInt.of(c.noSite ? 1 : 0),
            PyInt.of(c.ignoreEnvironment ? 1 : 0), PyInt.of(c.verbose), PyInt.of(c.bytesWarning),
            PyInt.of(c.quiet ? 1 : 0), PyInt.of(c.hashRandomization ? 1 : 0), PyInt.of(c.isolated ? 1 : 0), c.devMode ? t : f, PyInt.of(c.utf8Mode),
            PyInt.of(c.warnDefaultEncoding ? 1 : 0),
            c.safePath ? t : f, PyInt.of(c.intMaxStrDigits)));
        org.pyvm.runtime.codecs.CodecRegistry.setDevMode(c.devMode);
        // Only the runtime makes these two (test_sys: assert_raise_on_new_sys_type).
        // Where the standard library is (compare CPython Modules/getpath.py): the prefixes
        // are the CPython installation whose Lib/ pyvm found; without one, CPython's
        // compiled-in default.
        String prefix = c.prefix == null ? "/usr/local" : c.prefix;
        String execPrefix = c.execPrefix == null ? prefix : c.execPrefix;
        d.setStr("prefix", PyStr.of(prefix));
        d.setStr("base_prefix", PyStr.of(prefix));
        d.setStr("exec_prefix", PyStr.of(execPrefix));
        d.setStr("base_exec_prefix", PyStr.of(execPrefix));
        d.setStr("platlibdir", PyStr.of("lib"));
        d.setStr("_stdlib_dir", c.stdlibDir == null ? PyNone.NONE : PyStr.of(c.stdlibDir));
        d.setStr("pycache_prefix", c.pycachePrefix == null ? PyNone.NONE : PyStr.of(c.pycachePrefix));
        d.setStr("meta_path", new PyList(new PyObject[0]));
        d.setStr("path_hooks", new PyList(new PyObject[0]));
        d.setStr("path_importer_cache", new PyDict());
        PyObject[] wo = c.warnOptions.stream().map(PyStr::of).toArray(PyObject[]::new);
        d.setStr("warnoptions", new PyList(wo));
        PyDict xo = new PyDict();
        for (String x : c.xOptions) {
            int eq = x.indexOf('=');
            xo.setStr(eq < 0 ? x : x.substring(0, eq), eq < 0 ? t : PyStr.of(x.substring(eq + 1)));
        }
        d.setStr("_xoptions", xo);
        d.setStr("orig_argv", new PyList(c.origArgv.stream().map(PyStr::of).toArray(PyObject[]::new)));
        d.setStr("hash_info", org.pyvm.runtime.PyStructSeq.sysType("hash_info",
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff").make(
            PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.ZERO, PyInt.of(1000003),
            PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        d.setStr("hexversion", PyInt.of(0x030c01f0));
        d.setStr("maxsize", PyInt.of(Long.MAX_VALUE));
        d.setStr("maxunicode", PyInt.of(0x10ffff));
        d.setStr("byteorder", PyStr.of("little"));
        d.setStr("platform", PyStr.of("linux"));
        d.setStr("executable", PyStr.of(c.executable));
        d.setStr("_base_executable", PyStr.of(c.executable));
        d.setStr("builtin_module_names", PyTuple.of(PyRuntime.BUILTIN_MODULES.keySet().stream().sorted()
            .map(PyStr::of).toArray(PyObject[]::new)));
        d.setStr("stdlib_module_names", StdlibModuleNames.frozenset());
        // sys.implementation is a types.SimpleNamespace (Lib/types.py takes the type from it).
        // sysconfig reads the build-time variables of the CPython whose Lib/ pyvm uses from
        // _sysconfigdata_{abiflags}_{platform}_{_multiarch}.py (compare configure's MULTIARCH).
        PyObject impl = org.pyvm.modules.corelib.SimpleNamespace.of(
            new String[] {"name", "cache_tag", "version", "hexversion", "_multiarch"},
            PyStr.of("pyvm"), PyStr.of("pyvm-312"), d.getStr("version_info"), PyInt.of(0x030c01f0),
            PyStr.of(multiarch()));
        d.setStr("abiflags", PyStr.of(""));
        d.setStr("implementation", impl);
        d.setStr("dont_write_bytecode", c.dontWriteBytecode ? t : f);
        return m;
    }

    /** The Debian-style target triple of this machine ("x86_64-linux-gnu"), as CPython's configure names it. */
    private static String multiarch() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64-linux-gnu";
            case "aarch64", "arm64" -> "aarch64-linux-gnu";
            case "x86", "i386", "i686" -> "i386-linux-gnu";
            default -> arch + "-linux-gnu";
        };
    }

    @ExposedMethod
    static long getrecursionlimit() {
        return PyRuntime.recursionLimit;
    }

    @ExposedMethod
    static void setrecursionlimit(PyObject n) {
        // Compare sysmodule.c: sys_setrecursionlimit_impl (the argument is a C int).
        int v = Abstract.index(n).intValue();
        if (v < 1) {
            throw PyErr.valueError("recursion limit must be greater or equal than 1");
        }
        // A limit at or below the current depth is refused: the running frames would
        // already be over it.
        int depth = CodeRunner.get().recursionDepth();
        if (depth >= v) {
            throw PyErr.of(PyExc.RecursionError, "cannot set the recursion limit to " + v
                    + " at the recursion depth " + depth + ": the limit is too low");
        }
        PyRuntime.recursionLimit = v;
    }

    /** Compare CPython Python/sysmodule.c: sys_set_coroutine_origin_tracking_depth_impl. */
    @ExposedMethod(names = {"depth"})
    static void set_coroutine_origin_tracking_depth(PyObject depth) {
        long d = Abstract.index(depth).longValue();
        if (d < 0) {
            throw PyErr.valueError("depth must be >= 0");
        }
        org.pyvm.runtime.PyGenerator.setOriginTrackingDepth((int) Math.min(d, Integer.MAX_VALUE));
    }

    @ExposedMethod
    static long get_coroutine_origin_tracking_depth() {
        return org.pyvm.runtime.PyGenerator.originTrackingDepth();
    }

    /** Compare CPython Python/sysmodule.c: sys_set_asyncgen_hooks. */
    @ExposedMethod(min = 0, names = {"firstiter", "finalizer"})
    static void set_asyncgen_hooks(PyObject firstiter, PyObject finalizer) {
        PyObject[] hooks = org.pyvm.runtime.PyAsyncGen.hooks();
        if (finalizer != null && finalizer != PyNone.NONE && !Builtins.callable(finalizer)) {
            throw PyErr.typeError("callable finalizer expected, got " + finalizer.type().getName());
        }
        if (firstiter != null && firstiter != PyNone.NONE && !Builtins.callable(firstiter)) {
            throw PyErr.typeError("callable firstiter expected, got " + firstiter.type().getName());
        }
        if (finalizer != null) {
            hooks[1] = finalizer == PyNone.NONE ? null : finalizer;
        }
        if (firstiter != null) {
            hooks[0] = firstiter == PyNone.NONE ? null : firstiter;
        }
    }

    @ExposedMethod
    static PyObject get_asyncgen_hooks() {
        PyObject[] hooks = org.pyvm.runtime.PyAsyncGen.hooks();
        return org.pyvm.runtime.PyStructSeq.builtinsType("asyncgen_hooks", "firstiter", "finalizer").make(
            hooks[0] == null ? PyNone.NONE : hooks[0], hooks[1] == null ? PyNone.NONE : hooks[1]);
    }

    /** sys.exit(status=None): raises SystemExit. */
    @ExposedMethod(min = 0)
    static PyObject exit(PyObject status) {
        if (status instanceof PyTuple t) {
            // PyErr_SetObject with a tuple value: the tuple is the argument list.
            throw new PyBaseException(PyExc.SystemExit, t);
        }
        throw status == null ? new PyBaseException(PyExc.SystemExit, PyTuple.EMPTY) : PyErr.of(PyExc.SystemExit, status);
    }

    @ExposedMethod
    static PyObject exc_info() {
        PyObject e = exception();
        if (e == PyNone.NONE) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        PyBaseException b = (PyBaseException) e;
        return PyTuple.of(b.type(), b, b.traceback == null ? PyNone.NONE : b.traceback);
    }

    @ExposedMethod
    static PyObject exception() {
        PyBaseException h = CodeRunner.get().handledException();
        return h == null ? PyNone.NONE : h;
    }

    @ExposedMethod(min = 0)
    static PyObject _getframe(PyObject depth) {
        long n = depth == null ? 0 : Abstract.index(depth).longValue();
        PyFrame f = CodeRunner.get().currentFrame();
        for (long i = 0; i < n && f != null; i++) {
            f = f.back();
        }
        if (f == null) {
            throw PyErr.valueError("call stack is not deep enough");
        }
        f.expose();
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("sys._getframe", f);
        }
        return f;
    }

    @ExposedMethod
    static long get_int_max_str_digits() {
        return PyRuntime.intMaxStrDigits;
    }

    @ExposedMethod
    static void set_int_max_str_digits(PyObject n) {
        long v = Abstract.index(n).longValue();
        if (v != 0 && v < 640) {
            throw PyErr.valueError("maxdigits must be 0 or larger than 640");
        }
        PyRuntime.intMaxStrDigits = (int) Math.min(v, Integer.MAX_VALUE);
    }

    @ExposedMethod
    static PyObject intern(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("intern() argument must be str, not " + s.type().getName());
        }
        if (s.type() != PyStr.TYPE) {
            throw PyErr.typeError("can't intern " + s.type().getName());
        }
        // The object itself becomes the interned one when its value is new (sysmodule.c: sys_intern_impl).
        return PyStr.internExplicitly(str);
    }

    /**
     * sys.getsizeof(obj[, default]): what __sizeof__ says plus CPython's GC header for a
     * tracked object; most builtin objects have no __sizeof__ here (no C layout to measure):
     * a fixed estimate of 64 (an int has CPython's, from sys.int_info). Compare sysmodule.c: _PySys_GetSizeOf.
     */
    @ExposedMethod(min = 1)
    static PyObject getsizeof(PyObject o, PyObject dflt) {
        PyObject m = o.type().lookup("__sizeof__");
        if (m == null) {
            return PyInt.of(64);
        }
        PyObject r;
        try {
            r = Abstract.callDescr(m, o);
        } catch (PyBaseException e) {
            if (dflt != null && e.matches(PyExc.TypeError)) {
                return dflt;
            }
            throw e;
        }
        long n = Abstract.index(r).longValue();
        if (n < 0) {
            throw PyErr.valueError("__sizeof__() should return >= 0");
        }
        // Objects CPython's GC tracks (a class's instances, containers) have its header
        // added, and a class's the dict and weak-reference pointers kept before the object.
        return PyInt.of(n + (o.type().hasGcFlag() ? 16 : 0)
            + (org.pyvm.runtime.SubtypeDescrs.hasPreHeader(o.type()) ? 16 : 0));
    }

    @ExposedMethod(min = 0)
    static PyObject getdefaultencoding() {
        return PyStr.of("utf-8");
    }

    /**
     * sys.displayhook(value): prints repr(value) to sys.stdout and keeps it in builtins._
     * (None is not printed). Compare CPython Python/sysmodule.c: sys_displayhook.
     */
    @ExposedMethod
    static void displayhook(PyObject o) {
        if (o == PyNone.NONE) {
            return;
        }
        PyModule builtins = PyRuntime.builtinModule("builtins");
        builtins.getDict().setStr("_", PyNone.NONE);
        PyObject out = PyRuntime.builtinModule("sys").getDict().getStr("stdout");
        if (out == null || out == PyNone.NONE) {
            throw PyErr.runtimeError("lost sys.stdout");
        }
        PyObject write = Abstract.getAttr(out, "write");
        PyStr repr = Abstract.repr(o);
        try {
            Abstract.call(write, repr);
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.UnicodeEncodeError)) {
                throw e;
            }
            displayUnencodable(out, repr);
        }
        Abstract.call(write, PyStr.of("\n"));
        builtins.getDict().setStr("_", o);
    }

    /**
     * REPR could not be encoded to OUT's encoding with its error handler: written with
     * backslashreplace instead, as bytes to OUT's buffer when it has one. Compare
     * sysmodule.c: sys_displayhook_unencodable.
     */
    private static void displayUnencodable(PyObject out, PyStr repr) {
        String encoding = Abstract.str(Abstract.getAttr(out, "encoding")).toString();
        org.pyvm.runtime.PyBytes encoded = org.pyvm.runtime.codecs.CodecRegistry.encode(repr, encoding, "backslashreplace");
        PyObject buffer = Abstract.lookupAttr(out, "buffer");
        if (buffer != null) {
            Abstract.call(Abstract.getAttr(buffer, "write"), encoded);
        } else {
            Abstract.call(Abstract.getAttr(out, "write"),
                org.pyvm.runtime.codecs.CodecRegistry.decode(encoded.bytes(), encoding, "strict"));
        }
    }

    /** sys.excepthook(type, value, traceback): prints the traceback to sys.stderr. */
    @ExposedMethod
    static void excepthook(PyObject type, PyObject value, PyObject tb) {
        if (value instanceof PyBaseException e) {
            writeErr(TracebackPrinter.format(e));
        } else {
            // Compare pythonrun.c: print_exception.
            writeErr("TypeError: print_exception(): Exception expected for value, " + value.type().getName()
                + " found\n");
        }
    }

    static void writeErr(String s) {
        PyObject err = PyRuntime.builtinModule("sys").getDict().getStr("stderr");
        if (err instanceof org.pyvm.modules.io.TextIOWrapper t && t.type() == org.pyvm.modules.io.TextIOWrapper.TYPE) {
            t.writeText(s);
        } else if (err != null && err != PyNone.NONE) {
            Abstract.call(Abstract.getAttr(err, "write"), PyStr.of(s));
        }
    }

    static PyType unused() {
        return null;
    }
}
