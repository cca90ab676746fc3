package org.pyvm.interp;

import static org.pyvm.bytecode.Opcode.*;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArrayStore;
import org.pyvm.runtime.IntMethods;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyGenerator;
import org.pyvm.runtime.FloatMethods;
import org.pyvm.runtime.Formatter;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * The eval loop: one method, {@link #loop}, dispatching CPython 3.12 opcodes. Each case is
 * a few lines; anything longer is a named helper in {@link Steps}, so that the method
 * stays far below HotSpot's 8,000-byte limit for compiling a method (a test checks it).
 * Errors leave the loop as Java exceptions; {@link #run} adds the traceback entry, finds
 * the handler in the exception table and re-enters the loop there. Compare CPython
 * Python/bytecodes.c (each opcode's semantics) and Python/ceval.c.
 */
final class Eval {

    private Eval() {}

    /** Inline cache bytes after each opcode, to skip. */
    private static final int[] CACHE_BYTES = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            CACHE_BYTES[i] = 2 * cacheEntries(i);
        }
    }

    /**
     * Runs FRAME from its saved pc until it returns or yields. Exceptions are unwound
     * through the exception table; an unhandled one propagates with this frame's
     * traceback entry added.
     */
    static PyObject run(Frame f) {
        // The frame the loop runs: F, or a Python function F called that runs in the same
        // loop (see Steps.enterInline); an error unwinds from the innermost one.
        Frame cur = f;
        while (true) {
            try {
                PyObject r = loop(cur);
                if (r != JitHook.OSR) {
                    return r;
                }
                break;
            } catch (PyBaseException e) {
                cur = Steps.unwindInline(f, e);
            } catch (StackOverflowError e) {
                cur = Steps.unwindInline(f, Errors.recursion());
            } catch (RuntimeException e) {
                cur = Steps.unwindInline(f, Errors.internal(e));
            } catch (OutOfMemoryError e) {
                // An allocation the heap cannot hold is CPython's MemoryError, never a crash.
                cur = Steps.unwindInline(f, org.pyvm.runtime.PyErr.memoryError());
            } catch (Error e) {
                Steps.dropInline(f);
                throw e;
            }
        }
        // On-stack replacement (see JitHook.backEdge): outside the handlers above, since
        // compiled code unwinds its own errors.
        return f.cache.jit.run(f);
    }

    /** The dispatch loop. Returns the frame's return value, or the yielded value (f.yielded). */
    static PyObject loop(Frame f) {
        // All four change when a call or a return switches frames (see CALL and RETURN_VALUE).
        PyObject[] s = f.fast;
        byte[] code = f.bytecode;
        PyObject[] consts = f.code.consts;
        int pc = f.pc;
        int sp = f.sp;
        while (true) {
            int op = code[pc] & 0xff;
            int arg = code[pc + 1] & 0xff;
            // The commonest instructions first, before f.lasti is stored and the switch:
            // they cannot raise or call out, so nothing reads lasti while they run, and
            // they have no inline cache. With an EXTENDED_ARG prefix they go the long way.
            if (op == LOAD_FAST) {
                put(s, sp++, s[arg]);
                pc += 2;
                continue;
            }
            if (op == LOAD_CONST) {
                put(s, sp++, consts[arg]);
                pc += 2;
                continue;
            }
            if (op == STORE_FAST) {
                put(s, arg, s[--sp]);
                pc += 2;
                continue;
            }
            while (op == EXTENDED_ARG) {
                pc += 2;
                op = code[pc] & 0xff;
                // Masked so that bad bytecode cannot make a forward jump negative (arg << 1 stays >= 0).
                arg = ((arg << 8) | (code[pc + 1] & 0xff)) & 0x3fffffff;
            }
            f.lasti = pc;
            pc += 2 + CACHE_BYTES[op];
            switch (op) {
                case NOP, CACHE -> { }
                case RESUME -> Steps.evalBreaker();
                case LOAD_FAST -> put(s, sp++, s[arg]);
                case LOAD_FAST_CHECK -> put(s, sp++, Steps.checkedLocal(f, arg));
                case STORE_FAST -> put(s, arg, s[--sp]);
                case LOAD_CONST -> put(s, sp++, consts[arg]);
                case POP_TOP -> s[--sp] = null;
                case PUSH_NULL -> s[sp++] = null;
                case END_FOR -> {
                    s[--sp] = null;
                    s[--sp] = null;
                }
                case COPY -> {
                    put(s, sp, s[sp - arg]);
                    sp++;
                }
                case SWAP -> {
                    PyObject t = s[sp - 1];
                    put(s, sp - 1, s[sp - arg]);
                    put(s, sp - arg, t);
                }
                case BINARY_OP -> {
                    PyObject b = s[--sp];
                    s[sp] = null;
                    put(s, sp - 1, binaryOp(s[sp - 1], b, arg));
                }
                case COMPARE_OP -> {
                    PyObject b = s[--sp];
                    s[sp] = null;
                    int c = fastCompare(s[sp - 1], b, arg >> 4);
                    int next = code[pc] & 0xff;
                    if (c >= 0 && (next == POP_JUMP_IF_FALSE || next == POP_JUMP_IF_TRUE)) {
                        // The jump that (almost) always follows, run here without making
                        // a bool and dispatching again; it cannot raise (see fastCompare).
                        s[--sp] = null;
                        if ((c != 0) == (next == POP_JUMP_IF_TRUE)) {
                            pc += (code[pc + 1] & 0xff) << 1;
                        }
                        pc += 2;
                    } else {
                        put(s, sp - 1, c >= 0 ? PyBool.of(c != 0) : Ops.richCompare(s[sp - 1], b, arg >> 4));
                    }
                }
                case IS_OP -> {
                    PyObject b = s[--sp];
                    s[sp] = null;
                    put(s, sp - 1, PyBool.of((s[sp - 1] == b) ^ (arg == 1)));
                }
                case CONTAINS_OP -> {
                    PyObject b = s[--sp];
                    s[sp] = null;
                    put(s, sp - 1, PyBool.of(Abstract.contains(b, s[sp - 1]) ^ (arg == 1)));
                }
                case BINARY_SUBSCR -> {
                    PyObject k = s[--sp];
                    s[sp] = null;
                    put(s, sp - 1, Abstract.getItem(s[sp - 1], k));
                }
                case STORE_SUBSCR -> {
                    Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                    sp = Steps.drop(s, sp, 3);
                }
                case POP_JUMP_IF_FALSE -> {
                    PyObject v = s[--sp];
                    s[sp] = null;
                    if (v == PyBool.FALSE || (v != PyBool.TRUE && !Abstract.isTrue(v))) {
                        pc += arg << 1;
                    }
                }
                case POP_JUMP_IF_TRUE -> {
                    PyObject v = s[--sp];
                    s[sp] = null;
                    if (v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v))) {
                        pc += arg << 1;
                    }
                }
                case POP_JUMP_IF_NONE -> {
                    PyObject v = s[--sp];
                    s[sp] = null;
                    if (v == PyNone.NONE) {
                        pc += arg << 1;
                    }
                }
                case POP_JUMP_IF_NOT_NONE -> {
                    PyObject v = s[--sp];
                    s[sp] = null;
                    if (v != PyNone.NONE) {
                        pc += arg << 1;
                    }
                }
                case JUMP_FORWARD -> pc += arg << 1;
                case JUMP_BACKWARD -> {
                    pc -= arg << 1;
                    if (Thread.currentThread().isInterrupted()) {
                        Steps.onInterrupt();
                    }
                    Steps.evalBreaker();
                    if (JitHook.compiler == null || !JitHook.backEdge(f)) {
                        // The loop's body, as far as it only moves data, in a loop of its own (DataLoop).
                        long r = DataLoop.enter(f, s, code, consts, pc, sp);
                        pc = (int) (r >>> 32);
                        sp = (int) r;
                    } else {
                        // A hot loop: this invocation continues in compiled code from here,
                        // through Eval.run, or for a frame run in place here (then on return
                        // the caller continues as after RETURN_VALUE).
                        f.pc = pc;
                        f.sp = sp;
                        // (never a generator's frame resumed in place: generator code is not compiled)
                        if (!f.inlined) {
                            return JitHook.OSR;
                        }
                        f = Steps.osrInline(f);
                        s = f.fast;
                        code = f.bytecode;
                        consts = f.code.consts;
                        pc = f.pc;
                        sp = f.sp;
                    }
                }
                case JUMP_BACKWARD_NO_INTERRUPT -> {
                    // Checked too (unlike CPython): bad bytecode could loop here forever.
                    pc -= arg << 1;
                    if (Thread.currentThread().isInterrupted()) {
                        Steps.onInterrupt();
                    }
                }
                case GET_ITER -> put(s, sp - 1, Abstract.iter(s[sp - 1]));
                case FOR_ITER -> {
                    PyObject v = Steps.forIterNext(f, s[sp - 1], pc, sp, arg);
                    if (v == Steps.IN_PLACE) {
                        // A generator's frame continues here, without a Java call (FOR_ITER_GEN).
                        f = f.ts.frame;
                        s = f.fast;
                        code = f.bytecode;
                        consts = f.code.consts;
                        pc = f.pc;
                        sp = f.sp;
                    } else if (v != null) {
                        put(s, sp++, v);
                    } else {
                        s[--sp] = null;
                        pc += (arg << 1) + 2;
                    }
                }
                case LOAD_GLOBAL -> {
                    if ((arg & 1) != 0) {
                        s[sp++] = null;
                    }
                    put(s, sp++, Steps.loadGlobal(f, arg >> 1));
                }
                case LOAD_ATTR -> {
                    if ((arg & 1) == 0) {
                        put(s, sp - 1, Steps.loadAttr(f, s[sp - 1], arg >> 1));
                    } else {
                        sp = Steps.loadMethod(f, s, sp, arg >> 1);
                    }
                }
                case STORE_ATTR -> {
                    Steps.storeAttr(f, s[sp - 1], arg, s[sp - 2]);
                    sp = Steps.drop(s, sp, 2);
                    code = f.bytecode; // sys._getframe().f_trace = t may have instrumented this frame
                }
                case KW_NAMES -> f.kwnames = consts[arg];
                case CALL -> {
                    Frame callee = Steps.enterInline(f, s, sp, arg, pc);
                    if (callee != null) {
                        // A Python function: run it here, without a Java call (CPython 3.11+).
                        f = callee;
                        s = callee.fast;
                        code = callee.bytecode;
                        consts = callee.code.consts;
                        pc = callee.pc;
                        sp = callee.sp;
                    } else {
                        sp = Steps.call(f, s, sp, arg);
                        code = f.bytecode; // sys.settrace may have instrumented this frame
                    }
                }
                case CALL_FUNCTION_EX -> {
                    sp = Steps.callFunctionEx(s, sp, arg);
                    code = f.bytecode; // as after CALL
                }
                case RETURN_VALUE, RETURN_CONST -> {
                    PyObject v;
                    if (op == RETURN_VALUE) {
                        v = s[--sp];
                        s[sp] = null;
                    } else {
                        v = consts[arg];
                    }
                    if (f.inlined) {
                        // Back to the caller that ran this frame in place: continue after its CALL.
                        Frame done = f;
                        f = Steps.leaveInline(done);
                        Steps.recycle(done, sp);
                    } else if (f.inPlace != null) {
                        // A generator resumed in place: the caller continues where its FOR_ITER or SEND goes at the end.
                        f = Steps.returnInline(f, v);
                    } else {
                        return v;
                    }
                    s = f.fast;
                    code = f.bytecode;
                    consts = f.code.consts;
                    pc = f.pc;
                    sp = f.sp;
                    put(s, sp++, v);
                }
                case BUILD_TUPLE -> sp = Steps.buildTuple(s, sp, arg);
                case BUILD_LIST -> sp = Steps.buildList(s, sp, arg);
                case LIST_APPEND -> {
                    ((PyList) s[sp - 1 - arg]).append(s[--sp]);
                    s[sp] = null;
                }
                case UNPACK_SEQUENCE -> sp = Steps.unpackSequence(s, sp, arg);
                case LOAD_DEREF -> put(s, sp++, Steps.loadDeref(f, arg));
                case STORE_DEREF -> {
                    ((PyCell) s[arg]).value = s[--sp];
                    s[sp] = null;
                }
                case RETURN_GENERATOR -> {
                    f.pc = pc;
                    f.sp = sp;
                    return Steps.makeGenerator(f);
                }
                case YIELD_VALUE -> {
                    PyObject v = s[--sp];
                    s[sp] = null;
                    f.pc = pc;
                    f.sp = sp;
                    if (f.inPlace == null) {
                        f.yielded = true;
                        return v;
                    }
                    // Resumed in place by the caller's FOR_ITER or SEND: it continues after that with V pushed.
                    f = Steps.yieldInline(f, v);
                    s = f.fast;
                    code = f.bytecode;
                    consts = f.code.consts;
                    pc = f.pc;
                    sp = f.sp;
                }
                case SEND -> {
                    PyObject recv = s[sp - 2];
                    Frame g = recv instanceof PyGenerator gen ? Steps.sendGen(f, gen, s, pc, sp, arg) : null;
                    if (g != null) {
                        // As FOR_ITER: the generator or coroutine continues here (SEND_GEN).
                        f = g;
                        s = g.fast;
                        code = g.bytecode;
                        consts = g.code.consts;
                        pc = g.pc;
                        sp = g.sp;
                    } else {
                        PyObject r = Steps.send(recv, s[sp - 1]);
                        if (r != null) {
                            put(s, sp - 1, r);
                        } else {
                            put(s, sp - 1, Steps.lastReturn(recv));
                            pc += arg << 1;
                        }
                    }
                }
                case INSTRUMENTED_LINE -> { // only in a traced frame's copy: events, then the real instruction
                    pc = Tracer.step(f, sp);
                    sp = f.sp; // a jump (LineJump) may have popped values
                    code = f.bytecode;
                }
                default -> {
                    // The rarer opcodes (RareOps.run): out of this method, so that the JIT
                    // compiles the hot cases sooner and better (see RareOps).
                    sp = RareOps.run(f, s, sp, op, arg);
                    code = f.bytecode; // a call out may have instrumented this frame (sys.settrace)
                }
            }
        }
    }

    /**
     * Stores V at S[I], S a frame's {@code fast} array (always exactly PyObject[], see
     * Frame.fast; every caller passes one): every non-null store of the loop goes through
     * here, so that none pays HotSpot's array-store check for the interface PyObject, nor
     * a test of S's class (ArrayStore.putExact). Shared by all sites, one method also keeps
     * the loop's compiled code free of per-site speculation on S's exact type.
     */
    static void put(PyObject[] s, int i, PyObject v) {
        ArrayStore.putExact(s, i, v);
    }

    /**
     * BINARY_OP with fast paths for two exact ints and for two exact floats (+, -, *: CPython's
     * BINARY_OP_ADD_INT, BINARY_OP_ADD_FLOAT ... in Python/bytecodes.c). The float case is
     * here rather than in floatOp so that C2 inlines it into the loop: a call per float
     * operation cost more than the arithmetic.
     */
    static PyObject binaryOp(PyObject a, PyObject b, int op) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return intOp((PyInt) a, (PyInt) b, op);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            double x = ((PyFloat) a).value;
            double y = ((PyFloat) b).value;
            switch (op) {
                case 0, 13:
                    return PyFloat.of(x + y);
                case 10, 23:
                    return PyFloat.of(x - y);
                case 5, 18:
                    return PyFloat.of(x * y);
                default:
                    break;
            }
        }
        return binaryOpOther(a, b, op);
    }

    /**
     * BINARY_OP on two exact ints. A method of its own so that binaryOp stays within
     * C2's size limit for inlining a hot method (FreqInlineSize, 325 bytes of bytecode).
     */
    static PyObject intOp(PyInt x, PyInt y, int op) {
        switch (op) {
            case 0, 13:
                return IntMethods.add(x, y);
            case 10, 23:
                return IntMethods.sub(x, y);
            case 5, 18:
                return IntMethods.mul(x, y);
            case 6, 19:
                return IntMethods.mod(x, y);
            case 2, 15:
                return IntMethods.floorDiv(x, y);
            default:
                return intOpMore(x, y, op);
        }
    }

    /** The rarer int operators on two exact ints (out of line, so binaryOp stays small to inline). */
    private static PyObject intOpMore(PyInt x, PyInt y, int op) {
        switch (op) {
            case 1, 14:
                if (!x.isBig() && !y.isBig()) {
                    return PyInt.of(x.value & y.value);
                }
                break;
            case 7, 20:
                if (!x.isBig() && !y.isBig()) {
                    return PyInt.of(x.value | y.value);
                }
                break;
            case 12, 25:
                if (!x.isBig() && !y.isBig()) {
                    return PyInt.of(x.value ^ y.value);
                }
                break;
            case 3, 16:
                return IntMethods.lshift(x, y);
            case 9, 22:
                return IntMethods.rshift(x, y);
            case 11, 24:
                return IntMethods.trueDiv(x, y);
            default:
                break;
        }
        return Ops.binaryOp(x, y, op);
    }

    /** BINARY_OP past the int fast paths (out of line, so binaryOp stays small to inline). */
    private static PyObject binaryOpOther(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyFloat.class || b.getClass() == PyFloat.class) {
            PyObject r = floatOp(a, b, op);
            if (r != null) {
                return r;
            }
        }
        if ((op == 0 || op == 13) && a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            // s += x on strs appends to a shared builder (see PyStr.concat), as CPython's
            // unicode_concatenate resizes in place.
            return PyStr.concat((PyStr) a, (PyStr) b);
        }
        if (op == 6 && a.getClass() == PyStr.class && (b.getClass() == PyStr.class || !(b instanceof PyStr))) {
            // "fmt" % args: str.__mod__ directly. Not when ARGS is a str subclass, whose
            // __rmod__ would come first (abstract.c: binary_op1).
            return PyStr.of(Formatter.percent(((PyStr) a).value(), b));
        }
        return Ops.binaryOp(a, b, op);
    }

    /**
     * BINARY_OP on an exact float and an exact float or small int: +, -, *, / without
     * the slot lookup and method call (CPython's BINARY_OP_ADD_FLOAT and friends in
     * Python/bytecodes.c; the semantics are floatobject.c's float_add ...). Null when
     * the operands or the operator are not covered.
     */
    static PyObject floatOp(PyObject a, PyObject b, int op) {
        double x;
        double y;
        if (a instanceof PyFloat fa && a.getClass() == PyFloat.class) {
            x = fa.value;
        } else if (a instanceof PyInt ia && a.getClass() == PyInt.class && !ia.isBig() && Math.abs(ia.value) < (1L << 53)) {
            x = (double) ia.value;
        } else {
            return null;
        }
        if (b instanceof PyFloat fb && b.getClass() == PyFloat.class) {
            y = fb.value;
        } else if (b instanceof PyInt ib && b.getClass() == PyInt.class && !ib.isBig() && Math.abs(ib.value) < (1L << 53)) {
            y = (double) ib.value;
        } else {
            return null;
        }
        switch (op) {
            case 0, 13:
                return PyFloat.of(x + y);
            case 10, 23:
                return PyFloat.of(x - y);
            case 5, 18:
                return PyFloat.of(x * y);
            case 11, 24:
                return PyFloat.of(FloatMethods.div(x, y));
            case 8, 21:
                return FloatMethods.pow(x, y);
            default:
                return null;
        }
    }

    /**
     * COMPARE_OP on two exact ints or two exact floats: 1 when true, 0 when false, -1 for
     * any other operands (then Ops.richCompare decides). These cases run no Python code
     * and cannot raise, so the loop may fuse them with the POP_JUMP_IF_FALSE/TRUE after
     * them (CPython's COMPARE_OP_INT and COMPARE_OP_FLOAT in Python/bytecodes.c likewise
     * feed the jump that follows).
     */
    static int fastCompare(PyObject a, PyObject b, int op) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (!x.isBig() && !y.isBig()) {
                return longCompare(x.value, y.value, op) ? 1 : 0;
            }
            return Ops.cmpResult(IntMethods.compare(x, y), op) ? 1 : 0;
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return floatCompare(((PyFloat) a).value, ((PyFloat) b).value, op) ? 1 : 0;
        }
        return -1;
    }

    private static boolean longCompare(long x, long y, int op) {
        return switch (op) {
            case Ops.LT -> x < y;
            case Ops.LE -> x <= y;
            case Ops.EQ -> x == y;
            case Ops.NE -> x != y;
            case Ops.GT -> x > y;
            default -> x >= y;
        };
    }

    /** Java's double comparisons are IEEE's, as are Python's: NaN is unequal and unordered. */
    private static boolean floatCompare(double x, double y, int op) {
        return switch (op) {
            case Ops.LT -> x < y;
            case Ops.LE -> x <= y;
            case Ops.EQ -> x == y;
            case Ops.NE -> x != y;
            case Ops.GT -> x > y;
            default -> x >= y;
        };
    }

    static PyTuple emptyTuple() {
        return PyTuple.EMPTY;
    }
}
