package org.pyvm.interp;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * An executing Python frame: CPython's _PyInterpreterFrame. {@link #fast} holds the
 * locals, cells and free variables ("localsplus") and, above them, the value stack, as
 * in CPython, so that LOAD_FAST and the stack index one array. The instruction pointer
 * and stack pointer live in the eval loop's locals while it runs and are saved here only
 * when the frame suspends (a yield) or calls out for unwinding.
 */
public final class Frame extends PyFrame {

    final PyCode code;
    /** The code's bytecode, or while traced a private instrumented copy (see Tracer). */
    byte[] bytecode;
    /**
     * Locals, cells, free variables, then the value stack. Always made as exactly
     * {@code new PyObject[n]}: Eval.put stores into it with no test of the array's class
     * (ArrayStore.putExact).
     */
    final PyObject[] fast;
    final int nlocalsplus;
    /** The globals, builtins and function (not final: a pooled frame gets its next call's, see Steps.recycle). */
    PyDict globals;
    PyDict builtins;
    /** The code's inline caches and call shape. */
    final CodeCache cache;
    /** The locals mapping of module and class bodies (LOAD_NAME); null for functions. */
    PyObject locals;
    PyFunction function;
    /** The next frame in its CodeCache's pool of frames free for reuse (see Steps.recycle). */
    Frame nextFree;
    Frame back;
    /**
     * Python code saw this frame (see PyFrame.expose): its return keeps {@link #back} and
     * exposes the caller in turn, as take_ownership materializes the caller's frame object.
     */
    boolean exposed;
    /** The state of the thread running this frame (set each time it starts or resumes). */
    ThreadState ts;
    /** Offset of the instruction running or last run (f_lasti). */
    int lasti;
    /** Where to resume: the next instruction's offset (generators). */
    int pc;
    /** The stack pointer while suspended (an index into fast). */
    int sp;
    /** Set when the loop returned because of a yield rather than a return. */
    boolean yielded;
    /**
     * Set when this frame runs in its caller's eval loop invocation (see
     * Steps.enterInline): its return continues the caller there instead of returning
     * from the loop. (A generator's frame resumed in place has {@link #inPlace} set
     * instead, so that a call's return tests one field.)
     */
    boolean inlined;
    /**
     * Where a re-raise happened: the handler search starts here, while {@link #lasti}
     * (restored by RERAISE) is what the traceback shows. -1 when not re-raising.
     */
    int unwindAt = -1;
    /** Set by RERAISE so the unwinder does not add a traceback entry again. */
    boolean reraising;
    /** Interrupts that arrived while this frame was unwinding (see Unwinder.handle). */
    int interruptedUnwinds;
    /** Set when compiled code handed this frame to the interpreter (no re-entry by on-stack replacement). */
    boolean leftJit;
    /** Keyword names set by KW_NAMES for the next CALL. */
    PyObject kwnames;
    /** Where a suspended generator resumes after its trace function jumped on a yield (-1: no jump). */
    int resumeAt = -1;
    /** The exception being handled when this generator frame was suspended. */
    PyBaseException savedHandled;
    /**
     * While this generator's frame runs in its caller's loop (Steps.resumeInline, for the
     * caller's FOR_ITER or SEND): its driver, which keeps what that needs; else null.
     */
    GenFrame inPlace;

    Frame(PyCode code, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
        this(code, CodeCache.of(code), globals, builtins, locals, function);
    }

    /** A frame for CODE whose CodeCache the caller already has (CALL's fast path). */
    Frame(PyCode code, CodeCache cache, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
        this.code = code;
        this.bytecode = code.bytecode;
        this.nlocalsplus = cache.nlocalsplus;
        this.fast = new PyObject[cache.frameSize];
        this.globals = globals;
        this.builtins = builtins;
        this.cache = cache;
        // A function whose code is not optimized (a module or class body, or code compiled
        // with top-level await, turned into a function) names its globals as its locals.
        // Compare CPython funcobject.c: _PyFunction_Vectorcall.
        this.locals = locals == null && function != null && (code.flags & CodeObject.CO_OPTIMIZED) == 0 ? globals : locals;
        this.function = function;
        this.sp = nlocalsplus;
    }

    /**
     * A frame for a call of FN, whose code's CodeCache the caller has (CALL's fast path,
     * Steps.enterInline): the general constructor's choices made for a function.
     */
    Frame(PyCode code, CodeCache cache, PyFunction fn) {
        this.code = code;
        this.bytecode = code.bytecode;
        this.nlocalsplus = cache.nlocalsplus;
        this.fast = new PyObject[cache.frameSize];
        this.globals = fn.globals;
        this.builtins = fn.builtins;
        this.cache = cache;
        // As in the general constructor: a code that is not optimized names its globals as its locals.
        this.locals = (code.flags & CodeObject.CO_OPTIMIZED) == 0 ? fn.globals : null;
        this.function = fn;
        this.sp = cache.nlocalsplus;
    }

    @Override
    public PyCode code() {
        return code;
    }

    @Override
    public PyDict globals() {
        return globals;
    }

    @Override
    public PyObject locals() {
        if (locals != null) {
            return nlocalsplus == 0 ? locals : HiddenLocals.of(this, locals);
        }
        // An optimized frame's f_locals: a snapshot dict of the bound locals and cells.
        PyDict d = new PyDict();
        byte[] kinds = code.localspluskinds;
        for (int i = 0; i < nlocalsplus; i++) {
            PyObject v = fast[i];
            if ((kinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0 && v instanceof PyCell c) {
                v = c.value;
            }
            if (v != null) {
                d.setItem(code.localsplusNameObjects[i], v);
            }
        }
        return d;
    }

    @Override
    public PyDict builtins() {
        return builtins;
    }

    @Override
    protected void traceChanged() {
        Tracer.frameChanged(this);
    }

    @Override
    public PyFunction function() {
        return function;
    }

    @Override
    protected void setLineno(PyObject value) {
        Tracer.setLineno(this, value);
    }

    @Override
    protected boolean executing() {
        for (Frame f = ThreadState.get().frame; f != null; f = f.back) {
            if (f == this) {
                return true;
            }
        }
        return false;
    }

    /**
     * frame.clear() on a frame that is not on the calling thread's stack: its locals,
     * cells and stack are dropped. A suspended generator's frame is left as it is here:
     * PyFrame.clear closes such a generator first (as CPython's _PyGen_Finalize), and only a
     * frame whose generator has finished reaches this.
     */
    @Override
    protected void clearLocals() {
        if (yielded && code.isGenerator()) {
            return;
        }
        java.util.Arrays.fill(fast, null);
    }

    @Override
    public PyFrame back() {
        return back;
    }

    @Override
    public void expose() {
        exposed = true;
    }

    /** A frame's return unlinks it from its caller unless Python code may still ask for its f_back. */
    static void unlinkBack(Frame f) {
        Frame b = f.back;
        if (f.exposed) {
            if (b != null) {
                b.exposed = true;
            }
        } else {
            f.back = null;
        }
    }

    @Override
    public int lasti() {
        return lasti;
    }

    /** super() without arguments: the __class__ cell and the first argument. Compare typeobject.c: super_init_without_args. */
    @Override
    public PyObject[] zeroArgSuper() {
        if (code.raw.argcount() == 0 && (code.flags & CodeObject.CO_VARARGS) == 0) {
            throw PyErr.runtimeError("super(): no arguments");
        }
        PyObject first = fast[0];
        if (first instanceof PyCell c && (code.localspluskinds[0] & CodeObject.CO_FAST_CELL) != 0) {
            first = c.value;
        }
        if (first == null) {
            throw PyErr.runtimeError("super(): arg[0] deleted");
        }
        for (int i = 0; i < nlocalsplus; i++) {
            if (code.localsplusnames[i].equals("__class__") && (code.localspluskinds[i] & CodeObject.CO_FAST_FREE) != 0) {
                PyObject cell = fast[i];
                if (cell instanceof PyCell c && c.value instanceof PyType t) {
                    return new PyObject[] {t, first};
                }
                throw PyErr.runtimeError("super(): empty __class__ cell");
            }
        }
        throw PyErr.runtimeError("super(): __class__ cell not found");
    }

    /** The name of local I, for UnboundLocalError messages. */
    PyStr localName(int i) {
        return code.localsplusNameObjects[i];
    }
}
