package org.pyvm.modules.tkinter;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The _tkinter module over the system's Tcl/Tk 8.6 (java.lang.foreign; see {@link TclLib}):
 * create(), TclError, the tkapp, Tcl_Obj and tktimertoken types, _flatten, the busy-wait
 * interval and the event and file constants. Compare CPython 3.12 Modules/_tkinter.c:
 * _tkinter_create_impl, Tkapp_New, Tcl_AppInit, _flatten1, PyInit__tkinter. Without
 * libtcl8.6 there is no _tkinter, as in a CPython built without Tcl/Tk, and tkinter's
 * import fails with the ImportError. Not done: PyOS_InputHook's EventHook (pyvm's
 * interactive prompt does not run Tcl events while it waits for input).
 */
public final class TkinterModule {

    private TkinterModule() {}

    /** _tkinter.TclError, made once per process. */
    static volatile PyType tclError;
    /** Tkinter_busywaitinterval: milliseconds mainloop sleeps when Tcl had no event. */
    static volatile int busyWaitInterval = 20;
    /** quitMainLoop. */
    static volatile boolean quitMainLoop;

    private static boolean executableFound;

    public static PyModule create() {
        String missing = null;
        try {
            if (TclLib.TCL == null) {
                missing = "libtcl8.6.so (Tcl 8.6) could not be loaded";
            }
        } catch (LinkageError e) {
            // TclLib's initialization failed: a libtcl8.6 without a function _tkinter needs, or no FFM
            Throwable c = e.getCause() != null ? e.getCause() : e;
            missing = "libtcl8.6.so (Tcl 8.6) cannot be used: " + c.getMessage();
        }
        if (missing != null) {
            PyBaseException e = PyErr.of(PyExc.ModuleNotFoundError, PyStr.of("No module named '_tkinter': " + missing));
            Abstract.setAttr(e, "name", PyStr.of("_tkinter"));
            throw e;
        }
        synchronized (TkinterModule.class) {
            if (!executableFound) {
                // PyInit__tkinter: Tcl_FindExecutable(sys.executable) lets Tcl find its library.
                PyObject exe = PyRuntime.builtinModule("sys").getDict().getStr("executable");
                try (Arena a = Arena.ofConfined()) {
                    byte[] b = exe instanceof PyStr s ? org.pyvm.runtime.codecs.Utf8.encode(s, "surrogateescape") : new byte[0];
                    TclLib.findExecutable(TclLib.cstr(a, b));
                }
                TclConvert.Types.init();
                executableFound = true;
            }
            if (tclError == null) {
                tclError = Types.newException("_tkinter", "TclError", null, PyExc.Exception);
            }
        }
        PyModule m = new PyModule("_tkinter");
        m.addFunctions(TkinterModule.class);
        PyDict d = m.getDict();
        d.setStr("TclError", tclError);
        d.setStr("READABLE", PyInt.of(TclLib.TCL_READABLE));
        d.setStr("WRITABLE", PyInt.of(TclLib.TCL_WRITABLE));
        d.setStr("EXCEPTION", PyInt.of(TclLib.TCL_EXCEPTION));
        d.setStr("WINDOW_EVENTS", PyInt.of(TclLib.TCL_WINDOW_EVENTS));
        d.setStr("FILE_EVENTS", PyInt.of(TclLib.TCL_FILE_EVENTS));
        d.setStr("TIMER_EVENTS", PyInt.of(TclLib.TCL_TIMER_EVENTS));
        d.setStr("IDLE_EVENTS", PyInt.of(TclLib.TCL_IDLE_EVENTS));
        d.setStr("ALL_EVENTS", PyInt.of(TclLib.TCL_ALL_EVENTS));
        d.setStr("DONT_WAIT", PyInt.of(TclLib.TCL_DONT_WAIT));
        d.setStr("TK_VERSION", PyStr.of(TclLib.VERSION));
        d.setStr("TCL_VERSION", PyStr.of(TclLib.VERSION));
        d.setStr("TkappType", TkappObject.TYPE);
        d.setStr("Tcl_Obj", TclObjObject.TYPE);
        d.setStr("TkttType", TimerTokenObject.TYPE);
        return m;
    }

    // ---- create()

    /**
     * create(screenName=None, baseName='', className='Tk', interactive=False, wantobjects=False,
     * wantTk=True, sync=False, use=None, /). Compare _tkinter_create_impl and Tkapp_New.
     */
    @ExposedMethod
    static PyObject create(PyObject[] args, String[] kw) {
        if (Args.nkw(kw) > 0) {
            throw PyErr.typeError("_tkinter.create() takes no keyword arguments");
        }
        Args.positional("create", args.length, 0, 8);
        String screenName = args.length > 0 ? strOrNone(args[0], 1) : null;
        if (args.length > 1) {
            str(args[1], 2);
        }
        String className = args.length > 2 ? str(args[2], 3) : "Tk";
        boolean interactive = args.length > 3 && Abstract.isTrue(args[3]);
        boolean wantobjects = args.length > 4 && Abstract.isTrue(args[4]);
        boolean wantTk = args.length <= 5 || Abstract.isTrue(args[5]);
        boolean sync = args.length > 6 && Abstract.isTrue(args[6]);
        String use = args.length > 7 ? strOrNone(args[7], 8) : null;
        TclInterp.runReleases();

        MemorySegment interp = TclLib.createInterp();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment g = TclLib.getVar2Ex(interp, TclLib.cstr(a, "tcl_platform"), TclLib.cstr(a, "threaded"),
                TclLib.TCL_GLOBAL_ONLY);
            TclInterp app = new TclInterp(interp, g.address() != 0, wantobjects);
            TkappObject self = new TkappObject(app);
            // Delete the 'exit' command, which can screw things up.
            TclLib.deleteCommand(interp, TclLib.cstr(a, "exit"));
            if (screenName != null) {
                TclLib.setVar2(interp, TclLib.cstr(a, "env"), TclLib.cstr(a, "DISPLAY"), TclLib.cstr(a, screenName),
                    TclLib.TCL_GLOBAL_ONLY);
            }
            setVar(a, interp, "tcl_interactive", interactive ? "1" : "0");
            // argv0 gives Tk its application class: className with an initial lower-case letter.
            String argv0 = className;
            if (!argv0.isEmpty() && argv0.charAt(0) >= 'A' && argv0.charAt(0) <= 'Z') {
                argv0 = Character.toLowerCase(argv0.charAt(0)) + argv0.substring(1);
            }
            setVar(a, interp, "argv0", argv0);
            if (!wantTk) {
                setVar(a, interp, "_tkinter_skip_tk_init", "1");
            }
            if (sync || use != null) {
                StringBuilder argv = new StringBuilder();
                if (sync) {
                    argv.append("-sync");
                }
                if (use != null) {
                    if (sync) {
                        argv.append(' ');
                    }
                    argv.append("-use ").append(use);
                }
                setVar(a, interp, "argv", argv.toString());
            }
            appInit(app);
            return self;
        }
    }

    private static void setVar(Arena a, MemorySegment interp, String name, String value) {
        TclLib.setVar2(interp, TclLib.cstr(a, name), MemorySegment.NULL, TclLib.cstr(a, value), TclLib.TCL_GLOBAL_ONLY);
    }

    /** Tcl_AppInit: Tcl_Init, then Tk_Init unless _tkinter_skip_tk_init is "1". */
    private static void appInit(TclInterp app) {
        if (TclInterp.tcl(() -> TclLib.init(app.interp)) == TclLib.TCL_ERROR) {
            writeStderr("Tcl_Init error: " + app.unicodeResult() + "\n");
            throw app.error();
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment skip = TclLib.getVar2Ex(app.interp, TclLib.cstr(a, "_tkinter_skip_tk_init"),
                MemorySegment.NULL, TclLib.TCL_GLOBAL_ONLY);
            if (skip.address() != 0 && new String(TclLib.stringOf(skip), java.nio.charset.StandardCharsets.UTF_8).equals("1")) {
                return;
            }
        }
        if (tkInit(app) == TclLib.TCL_ERROR) {
            writeStderr("Tk_Init error: " + app.unicodeResult() + "\n");
            throw app.error();
        }
    }

    /** Tk_Init, with libtk8.6 opened on first use; TCL_ERROR with a message in the result when it is missing. */
    static int tkInit(TclInterp app) {
        if (!TclLib.tkAvailable()) {
            try (Arena a = Arena.ofConfined()) {
                TclLib.setObjResult(app.interp, TclLib.newStringObj(
                    "libtk8.6.so (Tk 8.6) could not be loaded".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            }
            return TclLib.TCL_ERROR;
        }
        return TclInterp.tcl(() -> TclLib.tkInit(app.interp));
    }

    private static void writeStderr(String s) {
        PyObject err = PyRuntime.builtinModule("sys").getDict().getStr("stderr");
        if (err != null && err != PyNone.NONE) {
            try {
                Abstract.call(Abstract.getAttr(err, "write"), PyStr.of(s));
            } catch (PyBaseException ignored) {
                // PySys_WriteStderr ignores errors
            }
        }
    }

    private static String strOrNone(PyObject o, int pos) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("create() argument " + pos + " must be str or None, not " + PyErr.typeName(o));
        }
        return str(o, pos);
    }

    private static String str(PyObject o, int pos) {
        byte[] b = TkappObject.str("create", o, pos);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- module functions

    /** _flatten(item): nested tuples and lists as one tuple, without the Nones. */
    @ExposedMethod
    static PyObject _flatten(PyObject item) {
        // PySequence_Size: a mapping is "not a sequence"; other sized objects pass to _flatten1.
        if (item instanceof PyDict || (!(item instanceof PyTuple) && !(item instanceof PyList)
            && item.type().lookup("keys") != null && item.type().lookup("__getitem__") != null)) {
            throw PyErr.typeError(Types.shortName(item.type()) + " is not a sequence");
        }
        long n = Abstract.len(item);
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        List<PyObject> out = new ArrayList<>((int) Math.min(n, 1 << 16));
        flatten1(out, item, 0);
        return PyTuple.of(out);
    }

    private static void flatten1(List<PyObject> out, PyObject item, int depth) {
        if (depth > 1000) {
            throw PyErr.valueError("nesting too deep in _flatten");
        }
        PyObject[] items;
        if (item instanceof PyTuple t) {
            items = t.items();
        } else if (item instanceof PyList l) {
            items = l.toArray();
        } else {
            throw PyErr.typeError("argument must be sequence");
        }
        for (PyObject o : items) {
            if (o instanceof PyList || o instanceof PyTuple) {
                flatten1(out, o, depth + 1);
            } else if (o != PyNone.NONE) {
                out.add(o);
            }
        }
    }

    @ExposedMethod
    static void setbusywaitinterval(PyObject newVal) {
        int v = Abstract.index(newVal).intValue();
        if (v < 0) {
            throw PyErr.valueError("busywaitinterval must be >= 0");
        }
        busyWaitInterval = v;
    }

    @ExposedMethod
    static int getbusywaitinterval() {
        return busyWaitInterval;
    }
}
