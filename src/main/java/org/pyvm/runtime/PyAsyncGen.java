package org.pyvm.runtime;

/**
 * An asynchronous generator ({@code async def} with {@code yield}). Its frame runs on a
 * {@link PyGenerator} core; the awaitables {@link ASend} ({@code __anext__}/{@code asend})
 * and {@link AThrow} ({@code athrow}/{@code aclose}) drive it. A value the body yields
 * comes out of the frame wrapped ({@code CALL_INTRINSIC_1 INTRINSIC_ASYNC_GEN_WRAP}) and
 * ends the awaitable with StopIteration(value); anything else the frame yields (what an
 * {@code await} inside the body passes up) goes through to the event loop unchanged.
 * Compare CPython Objects/genobject.c: "Asynchronous Generators".
 */
public final class PyAsyncGen implements PyObject {

    public static final PyType TYPE = PyType.builtin("async_generator", PyAsyncGen.class, PyAsyncGen.class)
        .notSubclassable();

    /** The generator running the body; it also holds __name__ and __qualname__. */
    final PyGenerator core;
    /** ag_running_async: an asend/athrow awaitable is in progress. */
    boolean runningAsync;
    /** ag_closed: the generator finished or aclose() began. */
    boolean closed;
    private boolean hooksInited;
    /** The finalizer hook captured at first iteration (ag_origin_or_finalizer). */
    private PyObject finalizer;

    public PyAsyncGen(GeneratorFrame frame, String name, String qualname) {
        this.core = new PyGenerator(frame, name, qualname, false, true);
        frame.frame().setGenerator(this);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A new async generator object over the frame of one that became unreachable (for its finalizer). */
    static PyAsyncGen revive(GeneratorFrame frame, String name, String qualname) {
        PyAsyncGen ag = new PyAsyncGen(frame, name, qualname);
        ag.hooksInited = true;
        return ag;
    }

    /** The finalizer hook in effect when the generator first ran, or null. */
    public PyObject finalizer() {
        return finalizer;
    }

    /** Whether the frame is paused inside its body (what finalization must close). */
    public boolean isSuspended() {
        return !core.isFinished() && core.genFrame().started() && !closed;
    }

    // ---- sys.set_asyncgen_hooks / get_asyncgen_hooks (per thread, as CPython's tstate) ----

    private static final ThreadLocal<PyObject[]> HOOKS = ThreadLocal.withInitial(() -> new PyObject[2]);

    /** The (firstiter, finalizer) hooks of this thread; entries null when unset. */
    public static PyObject[] hooks() {
        return HOOKS.get();
    }

    /** Compare genobject.c: async_gen_init_hooks. */
    private void initHooks() {
        if (hooksInited) {
            return;
        }
        hooksInited = true;
        PyObject[] h = HOOKS.get();
        finalizer = h[1];
        core.asyncHook = finalizer;
        if (h[0] != null) {
            Abstract.call(h[0], this);
        }
    }

    // ---- the wrapped value ----

    /** What INTRINSIC_ASYNC_GEN_WRAP makes of a yielded value. Compare _PyAsyncGenValueWrapperNew. */
    public static PyObject wrap(PyObject v) {
        return new Wrapped(v);
    }

    static final class Wrapped implements PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", Wrapped.class, Wrapped.class)
            .notSubclassable();
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /**
     * Steps the frame and turns the outcome as async_gen_unwrap_value does: a wrapped
     * value ends the awaitable with StopIteration(value), the end of the body is
     * StopAsyncIteration, anything else yielded is returned for the event loop.
     */
    PyObject stepUnwrapped(PyObject sent, PyBaseException thrown) {
        return stepUnwrapped(sent, thrown, true);
    }

    /** With CLOSEONGENEXIT false (athrow/aclose), GeneratorExit reaches an awaited object by throw(). */
    PyObject stepUnwrapped(PyObject sent, PyBaseException thrown, boolean closeOnGenExit) {
        PyObject r;
        try {
            r = core.step(sent, thrown, closeOnGenExit);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) {
                closed = true;
            }
            runningAsync = false;
            throw e;
        }
        if (r == null) {
            closed = true;
            runningAsync = false;
            throw new PyBaseException(PyExc.StopAsyncIteration, PyTuple.EMPTY);
        }
        if (r instanceof Wrapped w) {
            runningAsync = false;
            throw PyErr.stopIteration(w.value);
        }
        return r;
    }

    // ---- the async generator's methods (async_gen_methods, async_gen_as_async) ----

    @ExposedMethod
    static PyObject __aiter__(PyAsyncGen self) {
        return self;
    }

    @ExposedMethod
    static PyObject __anext__(PyAsyncGen self) {
        self.initHooks();
        return new ASend(self, null);
    }

    @ExposedMethod
    static PyObject asend(PyAsyncGen self, PyObject v) {
        self.initHooks();
        return new ASend(self, v);
    }

    /** athrow(value) or the deprecated athrow(type[, value[, tb]]). */
    @ExposedMethod(min = 1)
    static PyObject athrow(PyAsyncGen self, PyObject typ, PyObject val, PyObject tb) {
        if (val != null) {
            // Compare genobject.c: async_gen_athrow.
            Abstract.warn(PyExc.DeprecationWarning,
                "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.");
        }
        self.initHooks();
        return new AThrow(self, false, typ, val);
    }

    @ExposedMethod
    static PyObject aclose(PyAsyncGen self) {
        self.initHooks();
        return new AThrow(self, true, null, null);
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    @ExposedMethod
    static String __repr__(PyAsyncGen self) {
        return "<async_generator object " + self.core.qualnameObj().value() + " at 0x" + Abstract.idHex(self) + ">";
    }

    @ExposedGetter
    static PyObject __name__(PyAsyncGen self) {
        return self.core.nameObj();
    }

    @ExposedGetter
    static PyObject __qualname__(PyAsyncGen self) {
        return self.core.qualnameObj();
    }

    @ExposedGetter
    static PyObject ag_running(PyAsyncGen self) {
        return PyBool.of(self.runningAsync);
    }

    @ExposedGetter
    static PyObject ag_await(PyAsyncGen self) {
        return PyGenerator.gi_yieldfrom(self.core);
    }

    @ExposedGetter
    static PyObject ag_frame(PyAsyncGen self) {
        if (Audit.on()) {
            Audit.event("object.__getattr__", self, PyStr.of("ag_frame"));
        }
        return self.core.isFinished() ? PyNone.NONE : self.core.genFrame().frame();
    }

    @ExposedGetter
    static PyObject ag_code(PyAsyncGen self) {
        if (Audit.on()) {
            Audit.event("object.__getattr__", self, PyStr.of("ag_code"));
        }
        return self.core.codeObject();
    }

    @ExposedGetter
    static PyObject ag_suspended(PyAsyncGen self) {
        return PyGenerator.gi_suspended(self.core);
    }

    private static final int INIT = 0;
    private static final int ITER = 1;
    private static final int CLOSED = 2;

    /** The awaitable of __anext__()/asend(v). Compare genobject.c: async_gen_asend_send. */
    static final class ASend implements PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_asend", ASend.class, ASend.class).notSubclassable();
        private final PyAsyncGen gen;
        private final PyObject sendval;
        private int state = INIT;

        ASend(PyAsyncGen gen, PyObject sendval) {
            this.gen = gen;
            this.sendval = sendval;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyObject doSend(PyObject arg) {
            if (state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    throw PyErr.runtimeError("anext(): asynchronous generator is already running");
                }
                if (arg == null || arg == PyNone.NONE) {
                    arg = sendval;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            try {
                return gen.stepUnwrapped(arg == null ? PyNone.NONE : arg, null);
            } catch (PyBaseException e) {
                state = CLOSED;
                throw e;
            }
        }

        @ExposedMethod
        static PyObject send(ASend self, PyObject arg) {
            return self.doSend(arg);
        }

        @ExposedMethod
        static PyObject __next__(ASend self) {
            return self.doSend(null);
        }

        @ExposedMethod(name = "throw", min = 1)
        static PyObject throw_(ASend self, PyObject typ, PyObject val, PyObject tb) {
            if (self.state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            try {
                return self.gen.stepUnwrapped(null, PyGenerator.makeException(typ, val, tb));
            } catch (PyBaseException e) {
                self.state = CLOSED;
                throw e;
            }
        }

        @ExposedMethod
        static PyObject close(ASend self) {
            self.state = CLOSED;
            return PyNone.NONE;
        }

        @ExposedMethod
        static PyObject __await__(ASend self) {
            return self;
        }

        @ExposedMethod
        static PyObject __iter__(ASend self) {
            return self;
        }
    }

    /** The awaitable of athrow(...) and aclose(). Compare genobject.c: async_gen_athrow_send. */
    static final class AThrow implements PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_athrow", AThrow.class, AThrow.class)
            .notSubclassable();
        private final PyAsyncGen gen;
        /** aclose() mode: throw GeneratorExit, and finishing is success. */
        private final boolean close;
        private final PyObject typ;
        private final PyObject val;
        private int state = INIT;

        AThrow(PyAsyncGen gen, boolean close, PyObject typ, PyObject val) {
            this.gen = gen;
            this.close = close;
            this.typ = typ;
            this.val = val;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyBaseException ignoredExit() {
            gen.runningAsync = false;
            state = CLOSED;
            return PyErr.runtimeError("async generator ignored GeneratorExit");
        }

        /** check_error: the awaitable is done; aclose() turns the generator's end into StopIteration. */
        private PyBaseException checkError(PyBaseException e) {
            gen.runningAsync = false;
            state = CLOSED;
            if (close && (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit))) {
                return PyErr.stopIteration(null);
            }
            return e;
        }

        /** The core's step for aclose(): null when the body returned, as StopAsyncIteration would. */
        private PyObject closeStep(PyObject sent, PyBaseException thrown) {
            PyObject r;
            try {
                r = gen.core.step(sent, thrown, false);
            } catch (PyBaseException e) {
                throw checkError(e);
            }
            if (r == null) {
                throw checkError(new PyBaseException(PyExc.StopAsyncIteration, PyTuple.EMPTY));
            }
            if (r instanceof Wrapped) {
                throw ignoredExit();
            }
            return r;
        }

        private PyObject doSend(PyObject arg) {
            if (state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.core.isFinished()) {
                state = CLOSED;
                throw PyErr.stopIteration(null);
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw PyErr.runtimeError((close ? "aclose()" : "athrow()")
                        + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = CLOSED;
                    throw new PyBaseException(PyExc.StopAsyncIteration, PyTuple.EMPTY);
                }
                if (arg != PyNone.NONE) {
                    throw PyErr.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                if (close) {
                    gen.closed = true;
                    return closeStep(null, new PyBaseException(PyExc.GeneratorExit, PyTuple.EMPTY));
                }
                try {
                    return gen.stepUnwrapped(null, PyGenerator.makeException(typ, val, null), false);
                } catch (PyBaseException e) {
                    throw checkError(e);
                }
            }
            if (close) {
                return closeStep(arg, null);
            }
            return gen.stepUnwrapped(arg, null);
        }

        @ExposedMethod
        static PyObject send(AThrow self, PyObject arg) {
            return self.doSend(arg);
        }

        @ExposedMethod
        static PyObject __next__(AThrow self) {
            return self.doSend(PyNone.NONE);
        }

        /** Compare genobject.c: async_gen_athrow_throw. */
        @ExposedMethod(name = "throw", min = 1)
        static PyObject throw_(AThrow self, PyObject typ, PyObject val, PyObject tb) {
            if (self.state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            PyBaseException exc = PyGenerator.makeException(typ, val, tb);
            if (!self.close) {
                return self.gen.stepUnwrapped(null, exc);
            }
            PyObject r;
            try {
                r = self.gen.core.step(null, exc);
            } catch (PyBaseException e) {
                if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) {
                    throw PyErr.stopIteration(null);
                }
                throw e;
            }
            if (r instanceof Wrapped) {
                throw self.ignoredExit();
            }
            if (r == null) {
                // The body returned: gen_throw reports StopAsyncIteration, which aclose() turns into success.
                throw PyErr.stopIteration(null);
            }
            return r;
        }

        @ExposedMethod
        static PyObject close(AThrow self) {
            self.state = CLOSED;
            return PyNone.NONE;
        }

        @ExposedMethod
        static PyObject __await__(AThrow self) {
            return self;
        }

        @ExposedMethod
        static PyObject __iter__(AThrow self) {
            return self;
        }
    }
}
