package org.pyvm.modules.tkinter;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _tkinter.tkapp: a Tcl interpreter as Python sees it, made by _tkinter.create(). Compare
 * CPython 3.12 Modules/_tkinter.c: Tkapp_Call, the _tkinter_tkapp_*_impl functions,
 * SetVar/GetVar/UnsetVar, Tkapp_WantObjects. The interpreter's state is a {@link TclInterp};
 * when the tkapp becomes unreachable its interpreter is deleted by the thread that made it
 * (Tkapp_Dealloc's Tcl_DeleteInterp), on that thread's next _tkinter call.
 */
final class TkappObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_tkinter", "tkapp", TkappObject.class, TkappObject.class));

    private static final Cleaner CLEANER = Cleaner.create();

    final TclInterp app;

    TkappObject(TclInterp app) {
        this.app = app;
        CLEANER.register(this, () -> TclInterp.releaseLater(app.owner, () -> {
            Callbacks.unregister(app);
            TclLib.deleteInterp(app.interp);
        }));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_tkinter.tkapp' instances");
    }

    // ---- argument conversions

    /** Argument Clinic's "str": UTF-8 (strict), no NUL. POS 0: the only argument. */
    static byte[] str(String fn, PyObject o, int pos) {
        if (!(o instanceof PyStr s)) {
            // _PyArg_BadArgument names None "None", other objects by their type.
            throw PyErr.typeError(fn + "() argument " + (pos == 0 ? "" : pos + " ") + "must be str, not "
                + (o == PyNone.NONE ? "None" : PyErr.typeName(o)));
        }
        byte[] b = org.pyvm.runtime.codecs.Utf8.encode(s, "strict");
        for (byte x : b) {
            if (x == 0) {
                throw TclInterp.valueErrorNul();
            }
        }
        return b;
    }

    /** varname_converter: str, bytes or a Tcl_Obj's string. */
    private static byte[] varname(PyObject in) {
        if (in instanceof PyBytes b) {
            for (byte x : b.bytes()) {
                if (x == 0) {
                    throw PyErr.valueError("embedded null byte");
                }
            }
            return b.bytes();
        }
        if (in instanceof PyStr) {
            return str("", in, -1);
        }
        if (in instanceof TclObjObject t) {
            return TclLib.stringOf(t.value);
        }
        throw PyErr.typeError("must be str, bytes or Tcl_Obj, not " + PyErr.typeName(in));
    }

    /** PyArg_Parse's "s" for one argument: "getint() argument must be str, not float". */
    private static byte[] parseS(String fn, PyObject o) {
        return str(fn, o, 0);
    }

    private static MemorySegment c(Arena a, byte[] s) {
        return TclLib.cstr(a, s);
    }

    /** Entry of every method: releases queued for this thread happen first. */
    private static TclInterp enter(TkappObject self) {
        TclInterp.runReleases();
        return self.app;
    }

    // ---- evaluation

    /** call(*args): Tcl_EvalObjv of the arguments as Tcl objects. Compare Tkapp_Call. */
    @ExposedMethod
    static PyObject call(TkappObject self, PyObject[] args, String[] kw) {
        if (Args.nkw(kw) > 0) {
            throw PyErr.typeError("tkapp.call() takes no keyword arguments");
        }
        TclInterp app = enter(self);
        PyObject[] items = args;
        if (args.length == 1 && args[0] instanceof PyTuple t) {
            items = t.items();
        }
        PyObject[] objs = items;
        try {
            return app.onOwner(() -> callHere(app, objs));
        } finally {
            // The tkapp must outlive its evaluation (its cleaner deletes the interpreter).
            Reference.reachabilityFence(self);
        }
    }

    private static PyObject callHere(TclInterp app, PyObject[] items) {
        int objc = items.length;
        for (int i = 0; i < items.length; i++) {
            if (items[i] == PyNone.NONE) {
                objc = i;
                break;
            }
        }
        MemorySegment[] objv = new MemorySegment[objc];
        try (Arena a = Arena.ofConfined()) {
            int made = 0;
            try {
                for (; made < objc; made++) {
                    objv[made] = TclConvert.asObj(items[made]);
                    TclLib.incrRef(objv[made]);
                }
                MemorySegment v = a.allocate(ValueLayout.ADDRESS, Math.max(1, objc));
                for (int i = 0; i < objc; i++) {
                    v.setAtIndex(ValueLayout.ADDRESS, i, objv[i]);
                }
                int n = objc;
                int r = TclInterp.tcl(() -> TclLib.evalObjv(app.interp, n, v,
                    TclLib.TCL_EVAL_DIRECT | TclLib.TCL_EVAL_GLOBAL));
                if (r == TclLib.TCL_ERROR) {
                    throw app.error();
                }
                return app.objectResult();
            } finally {
                for (int i = 0; i < made; i++) {
                    TclLib.decrRef(objv[i]);
                }
            }
        }
    }

    /** The string-script methods: eval, evalfile, record, exprstring. */
    private interface ScriptCall {
        int run(MemorySegment interp, MemorySegment script);
    }

    private static PyObject script(TkappObject self, String fn, PyObject arg, ScriptCall call) {
        TclInterp app = enter(self);
        byte[] s = str(fn, arg, 0);
        app.checkApartment();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cs = c(a, s);
            int r = TclInterp.tcl(() -> call.run(app.interp, cs));
            if (r == TclLib.TCL_ERROR) {
                throw app.error();
            }
            return app.unicodeResult();
        } finally {
            Reference.reachabilityFence(self);
        }
    }

    @ExposedMethod
    static PyObject eval(TkappObject self, PyObject script) {
        return script(self, "eval", script, TclLib::eval);
    }

    /**
     * evalfile(fileName): Tcl_EvalFile. A relative name is taken from pyvm's working directory
     * (os.chdir does not move the process's, which Tcl would use).
     */
    @ExposedMethod
    static PyObject evalfile(TkappObject self, PyObject fileName) {
        PyObject name = fileName;
        if (fileName instanceof PyStr s && !s.value().isEmpty() && !s.value().startsWith("/")
            && !s.value().startsWith("~") && s.value().indexOf('\0') < 0) {
            name = PyStr.of(org.pyvm.runtime.WorkingDir.get().resolve(s.value()).toString());
        }
        return script(self, "evalfile", name, TclLib::evalFile);
    }

    @ExposedMethod
    static PyObject record(TkappObject self, PyObject script) {
        return script(self, "record", script, (i, s) -> TclLib.recordAndEval(i, s, TclLib.TCL_NO_EVAL));
    }

    @ExposedMethod
    static PyObject exprstring(TkappObject self, PyObject s) {
        return script(self, "exprstring", s, TclLib::exprString);
    }

    @ExposedMethod
    static void adderrorinfo(TkappObject self, PyObject msg) {
        TclInterp app = enter(self);
        byte[] s = str("adderrorinfo", msg, 0);
        app.checkApartment();
        try (Arena a = Arena.ofConfined()) {
            TclLib.addErrorInfo(app.interp, c(a, s));
        }
    }

    @ExposedMethod
    static PyObject exprlong(TkappObject self, PyObject s) {
        TclInterp app = enter(self);
        byte[] b = str("exprlong", s, 0);
        app.checkApartment();
        long[] out = new long[1];
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cs = c(a, b);
            if (!TclInterp.tclGet(() -> TclLib.exprLong(app.interp, cs, out))) {
                throw app.error();
            }
        }
        return PyInt.of(out[0]);
    }

    @ExposedMethod
    static PyObject exprdouble(TkappObject self, PyObject s) {
        TclInterp app = enter(self);
        byte[] b = str("exprdouble", s, 0);
        app.checkApartment();
        double[] out = new double[1];
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cs = c(a, b);
            if (!TclInterp.tclGet(() -> TclLib.exprDouble(app.interp, cs, out))) {
                throw app.error();
            }
        }
        return PyFloat.of(out[0]);
    }

    @ExposedMethod
    static PyObject exprboolean(TkappObject self, PyObject s) {
        TclInterp app = enter(self);
        byte[] b = str("exprboolean", s, 0);
        app.checkApartment();
        int[] out = new int[1];
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cs = c(a, b);
            if (!TclInterp.tclGet(() -> TclLib.exprBoolean(app.interp, cs, out))) {
                throw app.error();
            }
        }
        return PyInt.of(out[0]);
    }

    // ---- variables (SetVar, GetVar, UnsetVar with var_invoke)

    private static PyObject setVar(TkappObject self, PyObject[] args, String[] kw, int flags) {
        Args.noKeywords("setvar", kw);
        TclInterp app = enter(self);
        return app.onOwner(() -> {
            byte[] name1;
            byte[] name2 = null;
            PyObject value;
            switch (args.length) {
                case 2 -> {
                    name1 = varname(args[0]);
                    value = args[1];
                }
                case 3 -> {
                    name1 = str("setvar", args[0], 1);
                    name2 = str("setvar", args[1], 2);
                    value = args[2];
                }
                default -> throw PyErr.typeError("setvar requires 2 to 3 arguments");
            }
            MemorySegment newval = TclConvert.asObj(value);
            try (Arena a = Arena.ofConfined()) {
                MemorySegment n1 = c(a, name1);
                MemorySegment n2 = name2 == null ? MemorySegment.NULL : c(a, name2);
                MemorySegment ok = TclInterp.tclGet(() -> TclLib.setVar2Ex(app.interp, n1, n2, newval, flags));
                if (ok.address() == 0) {
                    throw app.error();
                }
            }
            return PyNone.NONE;
        });
    }

    private static PyObject getVar(TkappObject self, PyObject[] args, String[] kw, int flags) {
        Args.noKeywords("getvar", kw);
        TclInterp app = enter(self);
        return app.onOwner(() -> {
            parseCount("getvar", args.length, 1, 2);
            byte[] name1 = varname(args[0]);
            byte[] name2 = args.length > 1 ? str("getvar", args[1], 2) : null;
            try (Arena a = Arena.ofConfined()) {
                MemorySegment n1 = c(a, name1);
                MemorySegment n2 = name2 == null ? MemorySegment.NULL : c(a, name2);
                MemorySegment res = TclInterp.tclGet(() -> TclLib.getVar2Ex(app.interp, n1, n2, flags));
                if (res.address() == 0) {
                    throw app.error();
                }
                return app.wantobjects ? TclConvert.fromObj(app, res) : TclConvert.unicode(res);
            }
        });
    }

    private static PyObject unsetVar(TkappObject self, PyObject[] args, String[] kw, int flags) {
        Args.noKeywords("unsetvar", kw);
        TclInterp app = enter(self);
        return app.onOwner(() -> {
            parseCount("unsetvar", args.length, 1, 2);
            byte[] name1 = str("unsetvar", args[0], 1);
            byte[] name2 = args.length > 1 ? str("unsetvar", args[1], 2) : null;
            try (Arena a = Arena.ofConfined()) {
                MemorySegment n1 = c(a, name1);
                MemorySegment n2 = name2 == null ? MemorySegment.NULL : c(a, name2);
                int r = TclInterp.tcl(() -> TclLib.unsetVar2(app.interp, n1, n2, flags));
                if (r == TclLib.TCL_ERROR) {
                    throw app.error();
                }
            }
            return PyNone.NONE;
        });
    }

    /** PyArg_ParseTuple's count message: "getvar() takes at least 1 argument (0 given)". */
    private static void parseCount(String fn, int n, int min, int max) {
        if (n < min) {
            throw PyErr.typeError(fn + "() takes at least " + min + " argument" + (min == 1 ? "" : "s")
                + " (" + n + " given)");
        }
        if (n > max) {
            throw PyErr.typeError(fn + "() takes at most " + max + " argument" + (max == 1 ? "" : "s")
                + " (" + n + " given)");
        }
    }

    @ExposedMethod
    static PyObject setvar(TkappObject self, PyObject[] args, String[] kw) {
        try {
            return setVar(self, args, kw, TclLib.TCL_LEAVE_ERR_MSG);
        } finally {
            Reference.reachabilityFence(self);
        }
    }

    @ExposedMethod
    static PyObject globalsetvar(TkappObject self, PyObject[] args, String[] kw) {
        try {
            return setVar(self, args, kw, TclLib.TCL_LEAVE_ERR_MSG | TclLib.TCL_GLOBAL_ONLY);
        } finally {
            Reference.reachabilityFence(self);
        }
    }

    @ExposedMethod
    static PyObject getvar(TkappObject self, PyObject[] args, String[] kw) {
        try {
            return getVar(self, args, kw, TclLib.TCL_LEAVE_ERR_MSG);
        } finally {
            Reference.reachabilityFence(self);
        }
    }

    @ExposedMethod
    static PyObject globalgetvar(TkappObject self, PyObject[] args, String[] kw) {
        try {
            return getVar(self, args, kw, TclLib.TCL_LEAVE_ERR_MSG | TclLib.TCL_GLOBAL_ONLY);
        } finally {
            Reference.reachabilityFence(self);
        }
    }

    @ExposedMethod
    static PyObject unsetvar(TkappObject self, PyObject[] args, String[] kw) {
        try {
            return unsetVar(self, args, kw, TclLib.TCL_LEAVE_ERR_MSG);
        } finally {
            Reference.reachabilityFence(self);
        }
    }

    @ExposedMethod
    static PyObject globalunsetvar(TkappObject self, PyObject[] args, String[] kw) {
        try {
            return unsetVar(self, args, kw, TclLib.TCL_LEAVE_ERR_MSG | TclLib.TCL_GLOBAL_ONLY);
        } finally {
            Reference.reachabilityFence(self);
        }
    }

    // ---- Tcl to Python

    @ExposedMethod
    static PyObject getint(TkappObject self, PyObject arg) {
        TclInterp app = enter(self);
        if (arg instanceof PyInt) {
            return arg;
        }
        MemorySegment value;
        if (arg instanceof TclObjObject t) {
            value = t.value;
            TclLib.incrRef(value);
        } else {
            value = TclLib.newStringObj(parseS("getint", arg));
            TclLib.incrRef(value);
        }
        try {
            return TclConvert.fromBignum(app, value);
        } finally {
            TclLib.decrRef(value);
        }
    }

    @ExposedMethod
    static PyObject getdouble(TkappObject self, PyObject arg) {
        TclInterp app = enter(self);
        if (arg instanceof PyFloat) {
            return arg;
        }
        if (isNumber(arg)) {
            return toFloat(arg);
        }
        double[] out = new double[1];
        if (arg instanceof TclObjObject t) {
            if (!TclLib.getDoubleFromObj(app.interp, t.value, out)) {
                throw app.error();
            }
            return PyFloat.of(out[0]);
        }
        byte[] s = parseS("getdouble", arg);
        try (Arena a = Arena.ofConfined()) {
            if (!TclLib.getDouble(app.interp, c(a, s), out)) {
                throw app.error();
            }
        }
        return PyFloat.of(out[0]);
    }

    /** PyNumber_Check: has __index__, __int__, __float__ or is complex. */
    private static boolean isNumber(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat) {
            return true;
        }
        if (o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray || o instanceof TclObjObject) {
            return false;
        }
        PyType t = o.type();
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
            || o.type().getName().equals("complex");
    }

    private static PyObject toFloat(PyObject o) {
        return Abstract.call(PyFloat.TYPE, o);
    }

    @ExposedMethod
    static PyObject getboolean(TkappObject self, PyObject arg) {
        TclInterp app = enter(self);
        if (arg instanceof PyInt i) {
            return PyBool.of(i.isBig() || i.value != 0);
        }
        if (arg instanceof TclObjObject t) {
            int b = TclLib.getBooleanFromObj(app.interp, t.value);
            if (b < 0) {
                throw app.error();
            }
            return PyBool.of(b != 0);
        }
        byte[] s = parseS("getboolean", arg);
        try (Arena a = Arena.ofConfined()) {
            int b = TclLib.getBoolean(app.interp, c(a, s));
            if (b < 0) {
                throw app.error();
            }
            return PyBool.of(b != 0);
        }
    }

    /** splitlist(arg): a Tcl list as a tuple. Compare _tkinter_tkapp_splitlist_impl. */
    @ExposedMethod
    static PyObject splitlist(TkappObject self, PyObject arg) {
        TclInterp app = enter(self);
        if (arg instanceof TclObjObject t) {
            MemorySegment[] items = TclLib.listElements(app.interp, t.value);
            if (items == null) {
                throw app.error();
            }
            PyObject[] out = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = TclConvert.fromObj(app, items[i]);
            }
            return PyTuple.of(out);
        }
        if (arg instanceof PyTuple) {
            return arg;
        }
        if (arg instanceof PyList l) {
            return PyTuple.of(l.toArray());
        }
        byte[] list = encodedString("splitlist", arg);
        byte[][] items;
        try (Arena a = Arena.ofConfined()) {
            items = TclLib.splitList(app.interp, c(a, list));
        }
        if (items == null) {
            throw app.error();
        }
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = TclConvert.unicode(items[i]);
        }
        return PyTuple.of(out);
    }

    /** PyArg_Parse's "et" with "utf-8": str encoded, bytes and bytearray as they are; no NUL. */
    private static byte[] encodedString(String fn, PyObject arg) {
        byte[] b;
        if (arg instanceof PyStr s) {
            b = org.pyvm.runtime.codecs.Utf8.encode(s, "strict");
        } else if (arg instanceof PyBytes y) {
            b = y.bytes();
        } else if (arg instanceof PyByteArray y) {
            b = y.bytes();
        } else {
            throw PyErr.typeError(fn + "() argument must be str, bytes or bytearray, not " + PyErr.typeName(arg));
        }
        for (byte x : b) {
            if (x == 0) {
                throw PyErr.typeError(fn + "() argument must be encoded string without null bytes, not "
                    + PyErr.typeName(arg));
            }
        }
        return b;
    }

    // ---- commands, file and timer handlers

    @ExposedMethod
    static void createcommand(TkappObject self, PyObject name, PyObject func) {
        TclInterp app = enter(self);
        byte[] n = str("createcommand", name, 1);
        if (!callable(func)) {
            throw PyErr.typeError("command not callable");
        }
        app.onOwner(() -> {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment cn = c(a, n);
                boolean ok = TclInterp.tclGet(() -> Callbacks.createCommand(app, cn, func));
                if (!ok) {
                    throw PyErr.of(TkinterModule.tclError, "can't create Tcl command");
                }
            }
            return PyNone.NONE;
        });
    }

    @ExposedMethod
    static void deletecommand(TkappObject self, PyObject name) {
        TclInterp app = enter(self);
        byte[] n = str("deletecommand", name, 0);
        app.onOwner(() -> {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment cn = c(a, n);
                int err = TclInterp.tcl(() -> TclLib.deleteCommand(app.interp, cn));
                if (err == -1) {
                    throw PyErr.of(TkinterModule.tclError, "can't delete Tcl command");
                }
            }
            return PyNone.NONE;
        });
    }

    @ExposedMethod
    static void createfilehandler(TkappObject self, PyObject file, PyObject mask, PyObject func) {
        TclInterp app = enter(self);
        int m = Abstract.index(mask).intValue();
        app.checkApartment();
        int fd = fileDescriptor(file);
        if (!callable(func)) {
            throw PyErr.typeError("bad argument list");
        }
        Callbacks.createFileHandler(file, fd, m, func);
    }

    @ExposedMethod
    static void deletefilehandler(TkappObject self, PyObject file) {
        TclInterp app = enter(self);
        app.checkApartment();
        Callbacks.deleteFileHandler(fileDescriptor(file));
    }

    /** PyObject_AsFileDescriptor. */
    private static int fileDescriptor(PyObject o) {
        PyObject v = o;
        if (!(o instanceof PyInt)) {
            PyObject m = Abstract.lookupAttr(o, "fileno");
            if (m == null) {
                throw PyErr.typeError("argument must be an int, or have a fileno() method.");
            }
            v = Abstract.call(m);
            if (!(v instanceof PyInt)) {
                throw PyErr.typeError("fileno() returned a non-integer");
            }
        }
        long fd = ((PyInt) v).isBig() ? -1 : ((PyInt) v).value;
        if (fd < 0 || fd > Integer.MAX_VALUE) {
            throw PyErr.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return (int) fd;
    }

    @ExposedMethod
    static PyObject createtimerhandler(TkappObject self, PyObject milliseconds, PyObject func) {
        TclInterp app = enter(self);
        int ms = Abstract.index(milliseconds).intValue();
        if (!callable(func)) {
            throw PyErr.typeError("bad argument list");
        }
        app.checkApartment();
        TimerTokenObject tok = new TimerTokenObject(func);
        Callbacks.createTimer(tok, ms);
        return tok;
    }

    /** PyCallable_Check. */
    static boolean callable(PyObject o) {
        return o instanceof org.pyvm.runtime.Callable || o instanceof PyType
            || o.type().slot(org.pyvm.runtime.Slot.CALL) != null;
    }

    // ---- the event loop

    /** mainloop(threshold=0): dispatch Tcl events while Tk has more main windows than THRESHOLD. */
    @ExposedMethod(min = 0)
    static void mainloop(TkappObject self, PyObject threshold) {
        TclInterp app = enter(self);
        int th = threshold == null ? 0 : Abstract.index(threshold).intValue();
        app.checkApartment();
        app.dispatching = true;
        TkinterModule.quitMainLoop = false;
        try {
            while (TclLib.tkNumMainWindows() > th && !TkinterModule.quitMainLoop && !Callbacks.errorInCmd()) {
                TclInterp.runReleases();
                int result = TclInterp.tcl(() -> TclLib.doOneEvent(TclLib.TCL_DONT_WAIT));
                if (result == 0) {
                    TclInterp.sleepMillis(TkinterModule.busyWaitInterval);
                }
                TclInterp.checkSignals();
                if (result < 0) {
                    break;
                }
            }
        } finally {
            app.dispatching = false;
            TkinterModule.quitMainLoop = false;
            Reference.reachabilityFence(self);
        }
        org.pyvm.runtime.PyBaseException e = Callbacks.takeError();
        if (e != null) {
            throw e;
        }
    }

    @ExposedMethod(min = 0)
    static PyObject dooneevent(TkappObject self, PyObject flags) {
        TclInterp app = enter(self);
        int f = flags == null ? 0 : Abstract.index(flags).intValue();
        try {
            return PyInt.of(TclInterp.tcl(() -> TclLib.doOneEvent(f)));
        } finally {
            Reference.reachabilityFence(self);
        }
    }

    @ExposedMethod
    static void quit(TkappObject self) {
        TkinterModule.quitMainLoop = true;
    }

    @ExposedMethod
    static PyObject interpaddr(TkappObject self) {
        return PyInt.of(self.app.interp.address());
    }

    /** loadtk(): Tk_Init unless Tk is already loaded in this interpreter. */
    @ExposedMethod
    static void loadtk(TkappObject self) {
        TclInterp app = enter(self);
        app.checkApartment();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment script = c(a, "info exists     tk_version".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            int err = TclInterp.tcl(() -> TclLib.eval(app.interp, script));
            if (err == TclLib.TCL_ERROR) {
                throw app.error();
            }
        }
        String exists = new String(TclLib.bytesAt(TclLib.getStringResult(app.interp)), java.nio.charset.StandardCharsets.UTF_8);
        if (!exists.equals("1")) {
            if (TkinterModule.tkInit(app) == TclLib.TCL_ERROR) {
                throw app.error();
            }
        }
    }

    /** wantobjects([flag]): 3.12 reads the flag with "p" (any object's truth) and answers a bool. */
    @ExposedMethod
    static PyObject wantobjects(TkappObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("wantobjects", kw);
        if (args.length > 1) {
            throw PyErr.typeError("wantobjects() takes at most 1 argument (" + args.length + " given)");
        }
        if (args.length == 0) {
            return PyBool.of(self.app.wantobjects);
        }
        self.app.wantobjects = Abstract.isTrue(args[0]);
        return PyNone.NONE;
    }

    @ExposedMethod
    static void willdispatch(TkappObject self) {
        self.app.dispatching = true;
    }
}
