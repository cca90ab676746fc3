package org.pyvm.runtime;

/**
 * What the runtime sees of an executing frame (CPython's frame object): the interpreter's
 * frames extend this class. Tracebacks hold frames; {@code sys._getframe} returns them.
 */
public abstract class PyFrame implements PyObject {

    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, PyFrame.class).notSubclassable();

    @Override
    public PyType type() {
        return TYPE;
    }

    public abstract PyCode code();

    /**
     * The generator, coroutine or async generator whose frame this is: the object itself, or
     * a weak reference to it once something else holds the frame for as long as the
     * generator lives ({@link GenFinalizer}), which must not keep the generator alive (as a
     * CPython frame object does not); null for other frames.
     */
    private Object generatorLink;

    /** The generator whose frame this is, or null. Compare frameobject.c: PyFrame_GetGenerator. */
    public PyObject generator() {
        Object g = generatorLink;
        return g instanceof java.lang.ref.WeakReference<?> w ? (PyObject) w.get() : (PyObject) g;
    }

    void setGenerator(PyObject g) {
        generatorLink = g;
    }

    /** From now on the link to the generator no longer keeps it alive. */
    void weakenGenerator() {
        if (generatorLink instanceof PyObject g) {
            generatorLink = new java.lang.ref.WeakReference<>(g);
        }
    }

    public abstract PyDict globals();

    /** The locals mapping (built on demand for optimized frames). */
    public abstract PyObject locals();

    /** The function whose code the frame runs, or null (module and class bodies, exec). */
    public PyFunction function() {
        return null;
    }

    /** The calling frame, or null. */
    public abstract PyFrame back();

    /**
     * The frame became visible to Python code (sys._getframe, f_back, a traceback): from now
     * on it keeps its f_back after it returns, as a CPython frame that has a frame object
     * does (frameobject.c: take_ownership links f_back to the caller's frame object).
     */
    public void expose() {
    }

    /** Byte offset of the instruction running or last run. */
    public abstract int lasti();

    /** {type, obj} for super() without arguments: the __class__ cell and the first argument. */
    public abstract PyObject[] zeroArgSuper();

    /** Tracing state (f_trace and the interpreter's instrumentation); null until tracing touches the frame. */
    public FrameTrace trace;

    /** Tracing state of frames traced by sys.settrace (f_trace, f_trace_lines, f_trace_opcodes). */
    public static final class FrameTrace {
        /** f_trace: the local trace function, or null. */
        public PyObject fTrace;
        /** f_trace_lines. */
        public boolean lines = true;
        /** f_trace_opcodes. */
        public boolean opcodes;
        /** f_lineno while a 'line' event is reported (0: from the instruction). */
        public int lineno;
        /** The interpreter's instrumentation of this frame (see interp.Tracer). */
        public Object interp;
        /**
         * A traced function frame's f_locals: one dict kept across reads (frame->f_locals in
         * CPython), so that keys a trace function adds stay (bdb's __return__).
         */
        public PyDict localsDict;
        /** f_locals was read since the last trace call ended (f_fast_as_locals): write it back then. */
        public boolean fastAsLocals;
    }

    public FrameTrace traceState() {
        FrameTrace t = trace;
        if (t == null) {
            t = trace = new FrameTrace();
        }
        return t;
    }

    /** Called after f_trace or f_trace_opcodes changed: the interpreter may instrument the frame. */
    protected void traceChanged() {}

    /** Assignment to f_lineno: a jump, allowed from some trace events only (the interpreter's frames). */
    protected void setLineno(PyObject value) {
        throw PyErr.valueError("f_lineno can only be set in a trace function");
    }

    /** Clears the frame's locals (frame.clear()); a running frame cannot be cleared. */
    protected void clearLocals() {}

    /** Whether the frame is still executing (frame.clear() refuses then). */
    protected boolean executing() {
        return false;
    }

    public int lineno() {
        if (trace != null && trace.lineno > 0) {
            return trace.lineno;
        }
        return code().lineAt(lasti());
    }

    /** Assignment to f_trace, f_trace_lines, f_trace_opcodes, f_lineno; false for other names. */
    boolean setSpecial(String name, PyObject value) {
        switch (name) {
            case "f_trace" -> {
                traceState().fTrace = value == null || value == PyNone.NONE ? null : value;
                traceChanged();
            }
            case "f_trace_lines" -> traceState().lines = boolValue(name, value);
            case "f_trace_opcodes" -> {
                traceState().opcodes = boolValue(name, value);
                traceChanged();
            }
            case "f_lineno" -> setLineno(value);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean boolValue(String name, PyObject value) {
        if (value == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        if (!(value instanceof PyBool b)) {
            throw PyErr.typeError("attribute value type must be bool");
        }
        return b == PyBool.TRUE;
    }

    @ExposedGetter
    static PyObject f_trace(PyFrame self) {
        return self.trace == null || self.trace.fTrace == null ? PyNone.NONE : self.trace.fTrace;
    }

    @ExposedGetter
    static PyObject f_trace_lines(PyFrame self) {
        return PyBool.of(self.trace == null || self.trace.lines);
    }

    @ExposedGetter
    static PyObject f_trace_opcodes(PyFrame self) {
        return PyBool.of(self.trace != null && self.trace.opcodes);
    }

    @ExposedGetter
    static PyObject f_builtins(PyFrame self) {
        return self.builtins();
    }

    /** The builtins dict the frame uses. */
    public abstract PyDict builtins();

    /** frame.clear(): drops the locals of a finished frame. Compare frameobject.c: frame_clear. */
    @ExposedMethod
    static void clear(PyFrame self) {
        PyObject owner = self.generator();
        PyGenerator g = owner instanceof PyAsyncGen ag ? ag.core : (PyGenerator) owner;
        if (g != null && !g.isFinished()) {
            // The generator's frame: closing the generator is what clears it.
            if (g.isRunning()) {
                throw PyErr.runtimeError("cannot clear an executing frame");
            }
            g.finalizeNow(owner);
            return;
        }
        if (owner == null && self.generatorLink != null && GenFinalizer.finalizeUnreachable(self)) {
            // The frame of a generator that became unreachable but was not finalized yet:
            // finalized now (closed, or warned about as never awaited), as CPython did at once.
            return;
        }
        if (self.executing()) {
            throw PyErr.runtimeError("cannot clear an executing frame");
        }
        self.clearLocals();
        if (self.trace != null) {
            self.trace.fTrace = null;
        }
    }

    @ExposedGetter
    static PyObject f_code(PyFrame self) {
        if (Audit.on()) {
            Audit.event("object.__getattr__", self, PyStr.of("f_code"));
        }
        return self.code();
    }

    @ExposedGetter
    static PyObject f_globals(PyFrame self) {
        return self.globals();
    }

    @ExposedGetter
    static PyObject f_locals(PyFrame self) {
        PyObject l = self.locals();
        FrameTrace t = self.trace;
        if (t != null && (self.code().flags & 0x0001) != 0 && l instanceof PyDict snap) {
            // CO_OPTIMIZED and traced: the frame's one dict, refreshed from the fast locals
            // (PyFrame_FastToLocalsWithError); the trace machinery writes it back after the
            // trace function returns (PyFrame_LocalsToFast in sysmodule.c: call_trampoline)
            PyDict d = t.localsDict;
            if (d == null) {
                t.localsDict = snap;
            } else if (d != snap) {
                for (PyStr name : self.code().localsplusNameObjects) {
                    if (!snap.containsKey(name)) {
                        d.delItem(name);
                    }
                }
                d.update(snap);
            }
            t.fastAsLocals = true;
            return t.localsDict;
        }
        return l;
    }

    @ExposedGetter
    static PyObject f_back(PyFrame self) {
        PyFrame b = self.back();
        if (b == null) {
            return PyNone.NONE;
        }
        b.expose();
        return b;
    }

    @ExposedGetter
    static PyObject f_lineno(PyFrame self) {
        int n = self.lineno();
        return n < 0 ? PyNone.NONE : PyInt.of(n);
    }

    @ExposedGetter
    static PyObject f_lasti(PyFrame self) {
        return PyInt.of(self.lasti());
    }

    @ExposedMethod
    static String __repr__(PyFrame self) {
        return "<frame at 0x" + Abstract.idHex(self) + ", file '" + self.code().filename + "', line " + self.lineno()
            + ", code " + self.code().name + ">";
    }
}
