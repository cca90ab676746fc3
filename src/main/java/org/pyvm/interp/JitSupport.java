package org.pyvm.interp;

import static org.pyvm.bytecode.Opcode.*;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.JavaMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySet;

/**
 * The narrow public face of the interpreter that JIT-compiled code calls (the generated
 * classes live in the jit package and cannot reach Frame's fields or Steps): each method
 * is what one case of {@link Eval#loop} does, with the frame passed in. Small, so that
 * the JVM inlines them into each compiled call site.
 */
public final class JitSupport {

    private JitSupport() {}

    public static PyObject[] fast(Frame f) {
        return f.fast;
    }

    /** Where compiled code starts: 0, or a loop head when the interpreter hands a running frame over. */
    public static int pc(Frame f) {
        return f.pc;
    }

    public static PyObject[] consts(Frame f) {
        return f.code.consts;
    }

    /** Where the frame is, for tracebacks, f_lineno and the inline caches (Eval.loop sets it before every instruction). */
    public static void lasti(Frame f, int at) {
        f.lasti = at;
    }

    public static PyObject checkedLocal(Frame f, int i) {
        return Steps.checkedLocal(f, i);
    }

    public static void deleteFast(Frame f, int i) {
        Steps.checkedLocal(f, i);
        f.fast[i] = null;
    }

    /** RESUME. */
    public static void resume() {
        Steps.evalBreaker();
    }

    /** JUMP_BACKWARD's checks: an interrupt, then the eval breaker. */
    public static void backEdge() {
        if (Thread.currentThread().isInterrupted()) {
            Steps.onInterrupt();
        }
        Steps.evalBreaker();
    }

    /** JUMP_BACKWARD_NO_INTERRUPT's check (as Eval.loop's). */
    public static void interruptCheck() {
        if (Thread.currentThread().isInterrupted()) {
            Steps.onInterrupt();
        }
    }

    public static PyObject loadGlobal(Frame f, int i) {
        return Steps.loadGlobal(f, i);
    }

    public static PyObject loadAttr(Frame f, PyObject obj, int i) {
        return Steps.loadAttr(f, obj, i);
    }

    public static void storeAttr(Frame f, PyObject obj, int i, PyObject value) {
        Steps.storeAttr(f, obj, i, value);
    }

    /**
     * LOAD_ATTR with the method bit, spilled: OBJ is at s[sp - 1]; leaves (method, self)
     * or (NULL, attr) at s[sp - 1], s[sp] as Steps.loadMethod does.
     */
    public static void loadMethod(Frame f, PyObject[] s, int sp, int i) {
        Steps.loadMethod(f, s, sp, i);
    }

    public static void kwnames(Frame f, PyObject names) {
        f.kwnames = names;
    }

    public static PyObject loadDeref(Frame f, int i) {
        return Steps.loadDeref(f, i);
    }

    public static void storeDeref(PyObject[] s, int i, PyObject v) {
        ((PyCell) s[i]).value = v;
    }

    public static void makeCell(PyObject[] s, int i) {
        Eval.put(s, i, new PyCell(s[i]));
    }

    public static void copyFreeVars(Frame f, int n) {
        Steps.copyFreeVars(f, n);
    }

    public static PyObject binaryOp(PyObject a, PyObject b, int op) {
        return Eval.binaryOp(a, b, op);
    }

    /** COMPARE_OP (op already shifted): the int/float fast paths, else rich comparison. */
    public static PyObject compare(PyObject a, PyObject b, int op) {
        int c = Eval.fastCompare(a, b, op);
        return c >= 0 ? org.pyvm.runtime.PyBool.of(c != 0) : org.pyvm.runtime.Ops.richCompare(a, b, op);
    }

    public static PyObject forIterNext(PyObject it) {
        return Steps.forIterNext(it);
    }

    // ---- calls ----

    /** CALL with no arguments (stack: method-or-NULL, callable-or-self), as Steps.call. */
    public static PyObject call(Frame f, PyObject m, PyObject c) {
        if (m instanceof JavaMethod) {
            return Abstract.callDescr(m, c);
        }
        return m != null ? callArgs(f, m, new PyObject[] {c}) : callArgs(f, c, new PyObject[0]);
    }

    public static PyObject call(Frame f, PyObject m, PyObject c, PyObject a) {
        if (m instanceof JavaMethod) {
            return Abstract.callDescr(m, c, a);
        }
        return m != null ? callArgs(f, m, new PyObject[] {c, a}) : callArgs(f, c, new PyObject[] {a});
    }

    public static PyObject call(Frame f, PyObject m, PyObject c, PyObject a, PyObject b) {
        if (m instanceof JavaMethod) {
            return Abstract.callDescr(m, c, a, b);
        }
        return m != null ? callArgs(f, m, new PyObject[] {c, a, b}) : callArgs(f, c, new PyObject[] {a, b});
    }

    public static PyObject call(Frame f, PyObject m, PyObject c, PyObject a, PyObject b, PyObject d) {
        return m != null ? callArgs(f, m, new PyObject[] {c, a, b, d}) : callArgs(f, c, new PyObject[] {a, b, d});
    }

    /**
     * A positional call as Steps.call makes it: a Python function taking exactly these
     * arguments gets a frame filled from them and runs through Interpreter.execute
     * (compiled or interpreted); anything else goes through Abstract.call.
     */
    private static PyObject callArgs(Frame f, PyObject callable, PyObject[] args) {
        if (callable instanceof PyFunction fn) {
            PyCode code = fn.code;
            CodeCache cc = CodeCache.of(code);
            if (cc.simpleArgc == args.length) {
                Frame nf = new Frame(code, cc, fn.globals, fn.builtins, null, fn);
                PyObject[] fast = nf.fast;
                for (int i = 0; i < args.length; i++) {
                    Eval.put(fast, i, args[i]);
                }
                return Interpreter.execute(nf, f.ts);
            }
        }
        return Abstract.call(callable, args, null);
    }

    /** CALL through the interpreter's own helper, on the spilled stack (keywords, many arguments). */
    public static int callSpilled(Frame f, PyObject[] s, int sp, int argc) {
        return Steps.call(f, s, sp, argc);
    }

    // ---- the rarer opcodes, on the spilled stack ----

    /**
     * The opcodes that compiled code runs on the frame's own stack, as Eval.loop does:
     * the JIT writes the live stack values into the frame, calls this, and reads them
     * back. Returns the new stack pointer.
     */
    public static int generic(Frame f, PyObject[] s, int sp, int op, int arg) {
        switch (op) {
            case BUILD_TUPLE: return Steps.buildTuple(s, sp, arg);
            case BUILD_LIST: return Steps.buildList(s, sp, arg);
            case BUILD_SET: return Steps.buildSet(s, sp, arg);
            case BUILD_MAP: return Steps.buildMap(s, sp, arg);
            case BUILD_CONST_KEY_MAP: return Steps.buildConstKeyMap(s, sp, arg);
            case BUILD_STRING: return Steps.buildString(s, sp, arg);
            case BUILD_SLICE: return Steps.buildSlice(s, sp, arg);
            case BINARY_SLICE: return Steps.binarySlice(s, sp);
            case STORE_SLICE: return Steps.storeSlice(s, sp);
            case LIST_EXTEND: return Steps.listExtend(s, sp, arg);
            case DICT_UPDATE: return Steps.dictUpdate(s, sp, arg);
            case DICT_MERGE: return Steps.dictMerge(s, sp, arg);
            case UNPACK_SEQUENCE: return Steps.unpackSequence(s, sp, arg);
            case UNPACK_EX: return Steps.unpackEx(s, sp, arg);
            case FORMAT_VALUE: return Steps.formatValue(s, sp, arg);
            case MAKE_FUNCTION: return Steps.makeFunction(f, s, sp, arg);
            case CALL_FUNCTION_EX: return Steps.callFunctionEx(s, sp, arg);
            case IMPORT_NAME: return Steps.importName(f, s, sp, arg);
            case BEFORE_WITH: return Steps.beforeWith(s, sp);
            case SET_ADD:
                ((PySet) s[sp - 1 - arg]).add(s[--sp]);
                s[sp] = null;
                return sp;
            case SET_UPDATE:
                ((PySet) s[sp - 1 - arg]).update(s[--sp]);
                s[sp] = null;
                return sp;
            case MAP_ADD:
                ((PyDict) s[sp - 2 - arg]).setItem(s[sp - 2], s[sp - 1]);
                return Steps.drop(s, sp, 2);
            case DELETE_SUBSCR:
                Abstract.delItem(s[sp - 2], s[sp - 1]);
                return Steps.drop(s, sp, 2);
            case DELETE_ATTR:
                Abstract.setAttr(s[sp - 1], f.code.names[arg], null);
                s[--sp] = null;
                return sp;
            case STORE_GLOBAL:
                f.globals.setItem(f.code.names[arg], s[--sp]);
                s[sp] = null;
                return sp;
            case DELETE_GLOBAL:
                Steps.deleteGlobal(f, arg);
                return sp;
            case DELETE_DEREF:
                Steps.deleteDeref(f, arg);
                return sp;
            case IMPORT_FROM:
                Eval.put(s, sp, Steps.importFrom(s[sp - 1], f.code.names[arg]));
                return sp + 1;
            case LOAD_ASSERTION_ERROR:
                Eval.put(s, sp, PyExc.AssertionError);
                return sp + 1;
            case CALL_INTRINSIC_1:
                Eval.put(s, sp - 1, Steps.intrinsic1(f, arg, s[sp - 1]));
                return sp;
            case CALL_INTRINSIC_2: {
                PyObject b = s[--sp];
                s[sp] = null;
                Eval.put(s, sp - 1, Steps.intrinsic2(arg, s[sp - 1], b));
                return sp;
            }
            case GET_LEN:
                Eval.put(s, sp, PyInt.of(Abstract.len(s[sp - 1])));
                return sp + 1;
            case UNARY_INVERT:
                Eval.put(s, sp - 1, org.pyvm.runtime.Ops.unary(s[sp - 1], org.pyvm.runtime.Slot.INVERT, "~"));
                return sp;
            default:
                throw new IllegalStateException("jit: no generic step for " + name(op));
        }
    }

    /** Whether {@link #generic} runs OP. */
    public static boolean isGeneric(int op) {
        return switch (op) {
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING, BUILD_SLICE,
                 BINARY_SLICE, STORE_SLICE, LIST_EXTEND, DICT_UPDATE, DICT_MERGE, UNPACK_SEQUENCE, UNPACK_EX,
                 FORMAT_VALUE, MAKE_FUNCTION, CALL_FUNCTION_EX, IMPORT_NAME, BEFORE_WITH, SET_ADD, SET_UPDATE,
                 MAP_ADD, DELETE_SUBSCR, DELETE_ATTR, STORE_GLOBAL, DELETE_GLOBAL, DELETE_DEREF, IMPORT_FROM,
                 LOAD_ASSERTION_ERROR, CALL_INTRINSIC_1, CALL_INTRINSIC_2, GET_LEN, UNARY_INVERT -> true;
            default -> false;
        };
    }

    /** RAISE_VARARGS on the spilled stack: the exception to throw. */
    public static PyBaseException raise(Frame f, PyObject[] s, int sp, int argc) {
        return Steps.raise(f, s, sp, argc);
    }

    // ---- leaving compiled code ----

    /**
     * Deoptimization: the interpreter runs the rest of this invocation of F from the
     * instruction at PC with the stack pointer SP (the compiled code wrote the live
     * stack values into the frame).
     */
    public static PyObject deopt(Frame f, int pc, int sp) {
        f.leftJit = true;
        f.pc = pc;
        f.sp = sp;
        return Eval.run(f);
    }

    /** On-stack replacement at an instruction the compiled code has no entry for: the interpreter goes on, as it was. */
    public static PyObject stayInterpreted(Frame f) {
        f.leftJit = true;
        return Eval.run(f);
    }

    /**
     * An error left compiled code (whose stack values are back in the frame and f.lasti
     * is the failing instruction): as Eval.run, convert it, add the traceback entry and
     * find this frame's handler; the handler runs in the interpreter, else the error
     * propagates.
     */
    public static PyObject unwind(Frame f, Throwable t) {
        PyBaseException e;
        if (t instanceof PyBaseException pe) {
            e = pe;
        } else if (t instanceof StackOverflowError) {
            e = Errors.recursion();
        } else if (t instanceof RuntimeException re) {
            e = Errors.internal(re);
        } else if (t instanceof OutOfMemoryError) {
            e = org.pyvm.runtime.PyErr.memoryError();
        } else if (t instanceof Error err) {
            throw err;
        } else {
            throw new IllegalStateException(t);
        }
        f.leftJit = true;
        Frame cur = Steps.unwindInline(f, e);
        return Eval.run(cur);
    }
}
