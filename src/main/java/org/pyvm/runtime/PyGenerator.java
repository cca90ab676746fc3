package org.pyvm.runtime;

/**
 * A generator object. A for loop pulls items through {@link #next()}, which returns null
 * at the end (no StopIteration is made); Python callers of {@code __next__} and
 * {@code send} get StopIteration. Compare CPython Objects/genobject.c: gen_send_ex2.
 */
public final class PyGenerator implements PyObject, PyIterator {

    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class, PyGenerator.class).notSubclassable();
    /** Coroutines share the machinery; their type exposes the coroutine methods. */
    public static final PyType COROUTINE = PyType.builtin("coroutine", PyGenerator.class, CoroutineMethods.class)
        .notSubclassable();

    private final boolean coroutine;
    /** Made from code with CO_ITERABLE_COROUTINE (types.coroutine): a plain generator that await accepts. */
    private boolean iterableCoroutine;
    /** cr_origin: (filename, lineno, function) of the frames that created this coroutine, or null. */
    private PyObject origin;

    /** sys.set_coroutine_origin_tracking_depth, per thread as CPython's tstate keeps it. */
    private static final ThreadLocal<int[]> ORIGIN_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** The calling thread's coroutine origin tracking depth (0: off). */
    public static int originTrackingDepth() {
        return ORIGIN_DEPTH.get()[0];
    }

    /** Compare CPython Python/sysmodule.c: sys_set_coroutine_origin_tracking_depth_impl. */
    public static void setOriginTrackingDepth(int depth) {
        ORIGIN_DEPTH.get()[0] = depth;
    }

    /**
     * Records cr_origin from the frames above the coroutine's own: up to the tracking depth,
     * innermost first. Compare CPython Objects/genobject.c: compute_cr_origin.
     */
    public void recordOrigin(PyFrame caller, int depth) {
        java.util.ArrayList<PyObject> items = new java.util.ArrayList<>();
        for (PyFrame f = caller; f != null && items.size() < depth; f = f.back()) {
            PyCode c = f.code();
            items.add(PyTuple.of(PyStr.of(c.filename), PyInt.of(f.lineno()), PyStr.of(c.name)));
        }
        origin = PyTuple.of(items.toArray(new PyObject[0]));
    }

    /**
     * For a generator GenFinalizer revived from a frame whose generator died: the dead one's
     * identity hash, so that id() and repr() show the same object (0: not revived).
     */
    int revivedHash;

    /** cr_origin of a coroutine revived by GenFinalizer: the one recorded at its creation. */
    void restoreOrigin(PyObject recorded) {
        origin = recorded;
    }
    /** The frame driver of a {@link PyAsyncGen}: only the messages differ. */
    private final boolean asyncGen;

    /** The frame driver; null once finished, so that a finished generator keeps its locals alive no more (as CPython clears its frame). */
    private GeneratorFrame frame;
    private final PyCode code;
    private String name;
    private String qualname;
    /** The str objects __name__ and __qualname__ give (made once, or the ones assigned): each read is the same object. */
    private PyStr nameObj, qualnameObj;
    private boolean running;
    private boolean finished;
    /** Set once suspended inside a handler of its own: closes it after it becomes unreachable. */
    private GenFinalizer fin;
    /** An async generator core's finalizer hook (sys.set_asyncgen_hooks), for {@link GenFinalizer}. */
    PyObject asyncHook;

    PyStr nameObj() {
        if (nameObj == null) {
            nameObj = PyStr.of(name);
        }
        return nameObj;
    }

    PyStr qualnameObj() {
        if (qualnameObj == null) {
            qualnameObj = PyStr.of(qualname);
        }
        return qualnameObj;
    }

    public PyGenerator(GeneratorFrame frame, String name, String qualname) {
        this(frame, name, qualname, false);
    }

    public PyGenerator(GeneratorFrame frame, String name, String qualname, boolean coroutine) {
        this(frame, name, qualname, coroutine, false);
    }

    PyGenerator(GeneratorFrame frame, String name, String qualname, boolean coroutine, boolean asyncGen) {
        this.asyncGen = asyncGen;
        this.coroutine = coroutine;
        this.frame = frame;
        PyFrame f = frame.frame();
        this.code = f.code();
        f.setGenerator(this);
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public PyType type() {
        return coroutine ? COROUTINE : TYPE;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    /** Marks a generator whose code has CO_ITERABLE_COROUTINE. Compare genobject.c: _PyCoro_GetAwaitableIter. */
    public PyGenerator markIterableCoroutine() {
        iterableCoroutine = true;
        return this;
    }

    /** True for a coroutine, or a generator from a {@code types.coroutine} function: {@code await} takes either. */
    public boolean isAwaitable() {
        return coroutine || iterableCoroutine;
    }

    public boolean isFinished() {
        return finished;
    }

    /**
     * One step: the yielded value, or null when the generator finished (its return value
     * is then in {@link #lastReturn}).
     */
    public PyObject step(PyObject sent, PyBaseException thrown) {
        return step(sent, thrown, true);
    }

    /** As {@link #step(PyObject, PyBaseException)}; see GeneratorFrame's closeOnGenExit. */
    PyObject step(PyObject sent, PyBaseException thrown, boolean closeOnGenExit) {
        if (running) {
            throw PyErr.valueError(kindName() + " already executing");
        }
        if (finished) {
            // A coroutine refuses a throw() too: the thrown exception is dropped. Compare
            // genobject.c: gen_send_ex2 (FRAME_COMPLETED, not closing).
            if (coroutine) {
                throw PyErr.runtimeError("cannot reuse already awaited coroutine");
            }
            if (thrown != null) {
                throw thrown;
            }
            lastReturn = PyNone.NONE;
            return null;
        }
        if (!frame.started() && sent != null && sent != PyNone.NONE && thrown == null) {
            throw PyErr.typeError("can't send non-None value to a just-started " + kindName());
        }
        running = true;
        if (fin != null && fin.unawaited) {
            startedWatched();
        }
        PyObject v;
        try {
            v = closeOnGenExit ? frame.resume(sent == null ? PyNone.NONE : sent, thrown)
                : frame.resume(sent == null ? PyNone.NONE : sent, thrown, false);
        } catch (PyBaseException e) {
            throw inlineRaised(e);
        } catch (RuntimeException | Error e) {
            inlineAbandoned();
            throw e;
        }
        if (v == null) {
            inlineReturned(frame.returnValue());
        } else {
            inlineYielded(true);
        }
        return v;
    }

    private void markFinished() {
        finished = true;
        // The frame object lives on only where something else holds it (a traceback,
        // f = gen.gi_frame). Compare genobject.c: gen_send_ex2 clearing the frame.
        frame = null;
        if (fin != null) {
            fin.retire();
            fin = null;
        }
    }

    // ---- What a step does once the frame stops; also called by the interpreter when it
    // resumes the frame in its own loop (FOR_ITER and SEND over a generator, CPython 3.12's
    // FOR_ITER_GEN and SEND_GEN). ----

    /**
     * The frame driver, when a step could resume this generator now (not running, not
     * finished, not an async generator's core); null when {@link #step} must decide
     * (it raises the error or ends as the case needs). Does not mark it running.
     */
    public GeneratorFrame inlineFrame() {
        return running || finished || asyncGen ? null : frame;
    }

    /** The interpreter resumes the frame in place now: gi_running is true until one of the calls below. */
    public void inlineStarted() {
        running = true;
        if (fin != null && fin.unawaited) {
            startedWatched();
        }
    }

    /**
     * Watches this coroutine, not started yet, so that it warns "coroutine ... was never
     * awaited" once it becomes unreachable without having been started or closed (CPython
     * warns in _PyGen_Finalize when such a coroutine is deallocated; pyvm at the next safe
     * point after the JVM's collector found it: see {@link GenFinalizer}).
     */
    public void watchUnawaited() {
        fin = GenFinalizer.registerUnawaited(this, name, qualname, origin);
    }

    /** A watched coroutine starts: it can no longer be "never awaited". */
    private void startedWatched() {
        fin.retire();
        fin = null;
    }

    /**
     * The frame resumed in place yielded: as step after a yield. MAYCLOSE: false when the
     * code has no yield inside a handler of its own (then closeOnCollect is false).
     */
    public void inlineYielded(boolean mayClose) {
        running = false;
        if (mayClose && fin == null && frame.closeOnCollect()) {
            fin = GenFinalizer.register(this, this, name, qualname, coroutine, asyncGen);
            fin.asyncFinalizer = asyncHook;
        }
    }

    /** The frame resumed in place returned VALUE: as step when the frame returns. */
    public void inlineReturned(PyObject value) {
        running = false;
        lastReturn = value;
        markFinished();
    }

    /**
     * The frame resumed in place let E out: as step when the frame raises. Gives the
     * exception its caller sees (a StopIteration becomes RuntimeError).
     */
    public PyBaseException inlineRaised(PyBaseException e) {
        running = false;
        markFinished();
        if (e.matches(PyExc.StopIteration)) {
            PyBaseException r = PyErr.runtimeError(kindName() + " raised StopIteration");
            r.cause = e;
            r.context = e;
            r.suppressContext = true;
            return r;
        }
        return e;
    }

    /** The frame resumed in place was abandoned by a Java error (not a Python one): as step's finally. */
    public void inlineAbandoned() {
        running = false;
    }

    /** step(null, THROWN) passing GeneratorExit on to delegates by throw() (see closeOnGenExit). */
    public PyObject stepKeepingGenExit(PyBaseException thrown) {
        return step(null, thrown, false);
    }

    /** The word CPython's messages use for this kind of generator (genobject.c: gen_send_ex2). */
    String kindName() {
        return coroutine ? "coroutine" : asyncGen ? "async generator" : "generator";
    }

    boolean isRunning() {
        return running;
    }

    GeneratorFrame genFrame() {
        return frame;
    }

    /** gi_code without its audit event (an async generator's ag_code raises its own). */
    public PyCode codeObject() {
        return code;
    }

    /**
     * What frame.clear() does to the frame of a generator that has not finished: a coroutine
     * never started warns that it was never awaited; any other is closed (its finally
     * blocks run), errors going to sys.unraisablehook. Compare genobject.c: _PyGen_Finalize.
     */
    void finalizeNow(PyObject shown) {
        if (finished) {
            return;
        }
        if (coroutine && !frame.started()) {
            // (and it is left as it is: not closed; it warns once, as CPython finalizes an object once)
            if (fin != null) {
                fin.retire();
                fin = null;
            }
            warnUnawaited(this);
            return;
        }
        try {
            close(this);
        } catch (PyBaseException e) {
            Unraisable.report(e, shown);
        }
    }

    /**
     * RuntimeWarning "coroutine ... was never awaited", through warnings._warn_unawaited_coroutine
     * (which adds where it was made, when origin tracking is on). Compare
     * errors.c: _PyErr_WarnUnawaitedCoroutine.
     */
    static void warnUnawaited(PyGenerator coro) {
        boolean warned = false;
        try {
            PyObject w = PyRuntime.modules.getStr("warnings");
            if (w == null) {
                w = CodeRunner.get().importName("warnings", null, PyTuple.EMPTY, 0);
            }
            PyObject fn = Abstract.lookupAttr(w, "_warn_unawaited_coroutine");
            if (fn != null) {
                Abstract.call(fn, coro);
                warned = true;
            }
        } catch (PyBaseException e) {
            warned = e.matches(PyExc.RuntimeWarning);
            Unraisable.report(e, coro);
        }
        if (!warned) {
            try {
                PyModule w = PyRuntime.builtinModule("_warnings");
                Abstract.call(Abstract.getAttr(w, "warn"), new PyObject[] {
                    PyStr.of("coroutine '" + coro.qualname + "' was never awaited"), PyExc.RuntimeWarning, PyInt.ONE,
                    coro}, new String[] {"source"});
            } catch (PyBaseException e) {
                Unraisable.report(e, coro);
            }
        }
    }

    /** The iterator a paused yield from / await delegates to, or null. Compare genobject.c: _PyGen_yf. */
    public PyObject yieldingFrom() {
        return finished ? null : frame.delegate();
    }

    /** The return value of the last finished step. */
    public PyObject lastReturn = PyNone.NONE;

    @Override
    public PyObject next() {
        return step(PyNone.NONE, null);
    }

    private PyObject orStop(PyObject v) {
        if (v == null) {
            throw PyErr.stopIteration(lastReturn == PyNone.NONE ? null : lastReturn);
        }
        return v;
    }

    @ExposedMethod
    static PyObject __iter__(PyGenerator self) {
        return self;
    }

    @ExposedMethod
    static PyObject __next__(PyGenerator self) {
        return self.orStop(self.step(PyNone.NONE, null));
    }

    @ExposedMethod
    static PyObject send(PyGenerator self, PyObject v) {
        return self.orStop(self.step(v, null));
    }

    /** gen.throw(exc) or the deprecated gen.throw(type, value, tb). Compare genobject.c: gen_throw. */
    @ExposedMethod(name = "throw", min = 1)
    static PyObject throw_(PyGenerator self, PyObject typ, PyObject val, PyObject tb) {
        if (val != null) {
            Abstract.warn(PyExc.DeprecationWarning,
                "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.");
        }
        return self.orStop(self.step(null, makeException(typ, val, tb)));
    }

    /**
     * The exception throw() raises inside the generator. Bad arguments raise TypeError here;
     * an exception class that fails to make an instance gives the error its call raised,
     * which is thrown into the generator as CPython does (its PyErr_NormalizeException
     * leaves that error set). Compare genobject.c: _gen_throw.
     */
    static PyBaseException makeException(PyObject typ, PyObject val, PyObject tb) {
        if (tb == PyNone.NONE) {
            tb = null;
        } else if (tb != null && !(tb instanceof PyTraceback)) {
            throw PyErr.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e;
        if (typ instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            e = normalize(t, val);
        } else if (typ instanceof PyBaseException inst) {
            if (val != null && val != PyNone.NONE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            e = inst;
        } else {
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + typ.type().getName());
        }
        if (tb != null) {
            e.traceback = (PyTraceback) tb;
        }
        return e;
    }

    /** An instance of class T for the value VAL. Compare errors.c: _PyErr_NormalizeException. */
    private static PyBaseException normalize(PyType t, PyObject val) {
        if (val instanceof PyBaseException ve && ve.type().isSubtypeOf(t)) {
            return ve;
        }
        try {
            PyObject inst = val == null || val == PyNone.NONE ? Abstract.call(t)
                : val instanceof PyTuple tu ? Abstract.call(t, tu.items()) : Abstract.call(t, val);
            if (inst instanceof PyBaseException ie) {
                return ie;
            }
            return PyErr.typeError("calling " + Abstract.repr(t).value()
                + " should have returned an instance of BaseException, not " + inst.type().getName());
        } catch (PyBaseException err) {
            return err;
        }
    }

    /** Compare genobject.c: gen_close (generators and coroutines alike). */
    @ExposedMethod
    public static PyObject close(PyGenerator self) {
        if (self.finished || !self.frame.started()) {
            self.markFinished();
            return PyNone.NONE;
        }
        PyObject v;
        try {
            v = self.step(null, new PyBaseException(PyExc.GeneratorExit, PyTuple.EMPTY));
        } catch (PyBaseException e) {
            if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (v != null) {
            throw PyErr.runtimeError(self.kindName() + " ignored GeneratorExit");
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static String __repr__(PyGenerator self) {
        return "<" + (self.coroutine ? "coroutine" : "generator") + " object " + self.qualname + " at 0x"
            + Abstract.idHex(self) + ">";
    }

    @ExposedGetter
    static PyObject gi_suspended(PyGenerator self) {
        return PyBool.of(!self.finished && self.frame.started() && !self.running);
    }

    @ExposedGetter
    static PyObject gi_yieldfrom(PyGenerator self) {
        PyObject d = self.finished || self.running ? null : self.frame.delegate();
        return d == null ? PyNone.NONE : d;
    }

    @ExposedGetter
    static PyObject gi_code(PyGenerator self) {
        if (Audit.on()) {
            Audit.event("object.__getattr__", self, PyStr.of("gi_code"));
        }
        return self.code;
    }

    /** The coroutine type's methods. Compare genobject.c: coro_methods. */
    static final class CoroutineMethods {
        private CoroutineMethods() {}

        @ExposedMethod
        static PyObject send(PyGenerator self, PyObject v) {
            return PyGenerator.send(self, v);
        }

        @ExposedMethod(name = "throw", min = 1)
        static PyObject throw_(PyGenerator self, PyObject typ, PyObject val, PyObject tb) {
            return PyGenerator.throw_(self, typ, val, tb);
        }

        @ExposedMethod
        static PyObject close(PyGenerator self) {
            return PyGenerator.close(self);
        }

        @ExposedMethod
        static PyObject __await__(PyGenerator self) {
            return new CoroWrapper(self);
        }

        @ExposedMethod
        static String __repr__(PyGenerator self) {
            return PyGenerator.__repr__(self);
        }

        @ExposedGetter
        static PyObject __name__(PyGenerator self) {
            return self.nameObj();
        }

        @ExposedGetter
        static PyObject __qualname__(PyGenerator self) {
            return self.qualnameObj();
        }

        @ExposedGetter
        static PyObject cr_running(PyGenerator self) {
            return PyBool.of(self.running);
        }

        @ExposedGetter
        static PyObject cr_frame(PyGenerator self) {
            if (Audit.on()) {
                Audit.event("object.__getattr__", self, PyStr.of("cr_frame"));
            }
            return self.finished ? PyNone.NONE : self.frame.frame();
        }

        @ExposedGetter
        static PyObject cr_await(PyGenerator self) {
            PyObject d = self.finished || self.running ? null : self.frame.delegate();
            return d == null ? PyNone.NONE : d;
        }

        @ExposedGetter
        static PyObject cr_code(PyGenerator self) {
            if (Audit.on()) {
                Audit.event("object.__getattr__", self, PyStr.of("cr_code"));
            }
            return self.code;
        }

        @ExposedGetter
        static PyObject cr_origin(PyGenerator self) {
            return self.origin == null ? PyNone.NONE : self.origin;
        }

        @ExposedGetter
        static PyObject cr_suspended(PyGenerator self) {
            return gi_suspended(self);
        }
    }

    /**
     * The coroutine that O, a coroutine.__await__() iterator, drives; null for anything else.
     * yield from and await step it as the coroutine itself, so that its return value is
     * not lost (its Java next() ends with null, which carries no value).
     */
    public static PyGenerator wrappedCoroutine(PyObject o) {
        return o instanceof CoroWrapper w ? w.coro : null;
    }

    /** What coroutine.__await__() returns: an iterator driving the coroutine. */
    static final class CoroWrapper implements PyObject, PyIterator {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", CoroWrapper.class, CoroWrapper.class)
            .notSubclassable();
        private final PyGenerator coro;

        CoroWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            return coro.step(PyNone.NONE, null);
        }

        @ExposedMethod
        static PyObject __iter__(CoroWrapper self) {
            return self;
        }

        @ExposedMethod
        static PyObject __next__(CoroWrapper self) {
            return self.coro.orStop(self.coro.step(PyNone.NONE, null));
        }

        @ExposedMethod
        static PyObject send(CoroWrapper self, PyObject v) {
            return PyGenerator.send(self.coro, v);
        }

        @ExposedMethod(name = "throw", min = 1)
        static PyObject throw_(CoroWrapper self, PyObject typ, PyObject val, PyObject tb) {
            return PyGenerator.throw_(self.coro, typ, val, tb);
        }

        @ExposedMethod
        static PyObject close(CoroWrapper self) {
            return PyGenerator.close(self.coro);
        }
    }

    @ExposedGetter
    static PyObject __name__(PyGenerator self) {
        return self.nameObj();
    }

    @ExposedGetter
    static PyObject __qualname__(PyGenerator self) {
        return self.qualnameObj();
    }

    /** __name__ and __qualname__ are writable strings. Compare genobject.c: gen_set_name, gen_set_qualname. */
    boolean setSpecial(String attr, PyObject v) {
        boolean isName = attr.equals("__name__");
        if (!isName && !attr.equals("__qualname__")) {
            return false;
        }
        if (!(v instanceof PyStr str)) {
            throw PyErr.typeError(attr + " must be set to a string object");
        }
        if (isName) {
            name = str.value();
            nameObj = str.type() == PyStr.TYPE ? str : null;
        } else {
            qualname = str.value();
            qualnameObj = str.type() == PyStr.TYPE ? str : null;
        }
        return true;
    }

    @ExposedGetter
    static PyObject gi_running(PyGenerator self) {
        return PyBool.of(self.running);
    }

    @ExposedGetter
    static PyObject gi_frame(PyGenerator self) {
        if (Audit.on()) {
            Audit.event("object.__getattr__", self, PyStr.of("gi_frame"));
        }
        return self.finished ? PyNone.NONE : self.frame.frame();
    }
}
