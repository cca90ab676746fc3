package org.pyvm.interp;

import static org.pyvm.bytecode.Opcode.*;

import org.pyvm.bytecode.Opcode;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;

/**
 * A small dispatch loop for Python functions made only of what a call chain of plain
 * functions needs: locals, constants, globals read through their cache, int and float
 * arithmetic and comparisons, conditional jumps, calls of such functions with exactly
 * their positional parameters (run in place: CPython 3.12's CALL_PY_EXACT_ARGS and
 * DISPATCH_INLINED) and returns to such a caller. A recursive function such as naive
 * fib runs here as a whole, frames switched without a Java call.
 *
 * <p>Why: Eval.loop is one large method whose C2 compile keeps its state (pc, sp, the
 * frame, its arrays, values the cases share) in stack slots that each dispatch reloads
 * and copies; a call and return there cost about three times CPython's. Like
 * {@link DataLoop}, this method is small, calls nothing on the paths that continue it
 * (a call makes C2 keep the loop's state in memory), reads and writes the stack through
 * Unsafe at a byte offset without bounds checks, and has a profile of its own.
 *
 * <p>Entered by {@link Steps#enterInline} for a call run in place whose code is wholly
 * covered and makes calls ({@link #verify}: every instruction is one of this loop's, the
 * stack depths verified by {@link DataLoop#depths}; see {@link #CALLS}). It returns, with the instruction not started and
 * the frame's pc and sp saved, at anything it does not do itself: operands outside a
 * fast path, a global not in its cache, a call of anything else, a break request
 * (Gil.dropRequest: the callee's RESUME runs the eval breaker in Eval.loop), tracing, the
 * recursion limit, an empty frame pool, a return to a caller it does not cover or that is
 * not run in place. Eval.loop continues from there with the frame it gives. Nothing here
 * raises or runs other Python code, so frames, f_back and the recursion count are always
 * as Eval.loop would leave them; a caller's f_lasti is stored at its CALL, as Eval.loop
 * stores it.
 */
final class CallLoop {

    private CallLoop() {}

    private static final int BINARY_OP_NEXT = 2 + 2 * Opcode.cacheEntries(BINARY_OP);
    private static final int COMPARE_OP_NEXT = 2 + 2 * Opcode.cacheEntries(COMPARE_OP);
    private static final int LOAD_GLOBAL_NEXT = 2 + 2 * Opcode.cacheEntries(LOAD_GLOBAL);
    private static final int CALL_NEXT = 2 + 2 * Opcode.cacheEntries(CALL);

    private static final sun.misc.Unsafe U = org.pyvm.runtime.ArrayStore.unsafe();
    /** Offset of a PyObject[]'s element 0 and log2 of an element's size. */
    private static final long OB = U == null ? 0 : U.arrayBaseOffset(PyObject[].class);
    private static final int OS = U == null ? 0 : 31 - Integer.numberOfLeadingZeros(U.arrayIndexScale(PyObject[].class));
    private static final long W = 1L << OS;
    private static final long BB = U == null ? 0 : U.arrayBaseOffset(byte[].class);

    /** Frames returning deeper than this are not pooled (as Steps.recycle). */
    private static final int POOLED_DEPTH = 200;

    private static Object get(Object[] s, long off) {
        return U.getObject(s, off);
    }

    private static void set(PyObject[] s, long off, Object v) {
        U.putObject(s, off, v);
    }

    private static long local(int i) {
        return OB + ((long) i << OS);
    }

    /** Leaves the loop at PC (not started) with the stack offset SO: saved in F, which Eval.loop continues. */
    private static Frame exit(Frame f, long pc, long so) {
        f.pc = (int) pc;
        f.sp = (int) ((so - OB) >> OS);
        return f;
    }

    /**
     * CodeCache.callLoop for CODE: {@link #CALLS} or 1 when every instruction of it is one
     * this loop runs and its stack depths verify, else -1. Computed once per code
     * (Steps.enterInline).
     */
    static byte verify(PyCode code, CodeCache cc) {
        if (U == null || cc.generator || cc.freeVars != 0 || cc.inlineArgc < 0 || !code.exceptions.entries().isEmpty()) {
            return -1;
        }
        int[] d = cc.dataDepths;
        if (d == null) {
            d = cc.dataDepths = DataLoop.depths(code, cc.nlocalsplus, cc.frameSize);
        }
        if (d == DataLoop.UNVERIFIED) {
            return -1;
        }
        byte[] b = code.bytecode;
        int nconsts = code.consts.length;
        boolean calls = false;
        for (int pc = 0; pc + 1 < b.length; ) {
            int op = b[pc] & 0xff;
            int arg = b[pc + 1] & 0xff;
            int depth = d[pc >> 1];
            boolean fits = switch (op) {
                case NOP, RESUME, PUSH_NULL, JUMP_FORWARD, LOAD_GLOBAL -> true;
                case LOAD_FAST, STORE_FAST -> arg < cc.nlocalsplus && (op == LOAD_FAST || depth >= 1);
                case LOAD_CONST, RETURN_CONST -> arg < nconsts;
                case POP_TOP, RETURN_VALUE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                     POP_JUMP_IF_NOT_NONE -> depth >= 1;
                case BINARY_OP, COMPARE_OP, IS_OP -> depth >= 2;
                case CALL -> depth >= arg + 2;
                default -> false; // EXTENDED_ARG too: every argument here is one byte
            };
            // An unreachable instruction (depth -1) is never run; a covered one still needs
            // its argument in range, checked above whatever the depth.
            if (!fits && !(depth < 0 && op != EXTENDED_ARG && coveredOp(op))) {
                return -1;
            }
            calls |= op == CALL;
            pc += 2 + 2 * Opcode.cacheEntries(op);
        }
        return calls ? CALLS : 1;
    }

    /**
     * CodeCache.callLoop of covered code that makes calls: only such code is worth entering
     * from Eval.loop (Steps.enterInline). A leaf (`return x + 1`) called from code this loop
     * does not cover would enter only to leave again at its return, which costs more than
     * the few instructions it saves (micro loops of `c.m(i)`: 49-58 -> 62 ns); called from
     * covered code, it runs here.
     */
    static final byte CALLS = 2;

    private static boolean coveredOp(int op) {
        return switch (op) {
            case NOP, RESUME, PUSH_NULL, JUMP_FORWARD, LOAD_GLOBAL, LOAD_FAST, STORE_FAST, LOAD_CONST, RETURN_CONST,
                 POP_TOP, RETURN_VALUE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
                 BINARY_OP, COMPARE_OP, IS_OP, CALL -> true;
            default -> false;
        };
    }

    /**
     * Steps.enterInline's call of code whose CodeCache.callLoop is not -1, frame NF set up
     * to start at ENTRY: verifies the code on its first call and runs NF here when it is
     * covered, makes calls, starts after its RESUME (no break requested) and the JIT is off.
     * Gives the frame Eval.loop continues.
     */
    static Frame enter(Frame nf, CodeCache cc, PyCode code, int entry) {
        if (entry != cc.entryPc || JitHook.compiler != null) {
            return nf;
        }
        if (cc.callLoop == 0) {
            cc.callLoop = verify(code, cc);
        }
        return cc.callLoop == CALLS ? run(nf) : nf;
    }

    /**
     * Runs frame F (run in place, its code verified, its pc and sp saved in it) and the
     * calls and returns it makes that this loop covers. Returns the frame Eval.loop
     * continues, with its pc and sp saved.
     */
    @SuppressWarnings("removal")
    static Frame run(Frame f) {
        ThreadState ts = f.ts;
        PyObject[] s = f.fast;
        byte[] code = f.bytecode;
        PyObject[] consts = f.code.consts;
        long pc = f.pc;
        long so = OB + ((long) f.sp << OS); // the offset of s[sp]
        while (true) {
            int op = U.getByte(code, BB + pc) & 0xff;
            int arg = U.getByte(code, BB + pc + 1) & 0xff;
            switch (op) {
                case LOAD_FAST -> {
                    so += W; pc += 2;
                    set(s, so - W, get(s, local(arg)));
                }
                case LOAD_CONST -> {
                    so += W; pc += 2;
                    set(s, so - W, get(consts, local(arg)));
                }
                case STORE_FAST -> {
                    so -= W; pc += 2;
                    set(s, local(arg), get(s, so)); // (the slot left as Eval.loop leaves it)
                }
                case POP_TOP -> {
                    so -= W; pc += 2;
                    set(s, so, null);
                }
                case PUSH_NULL -> {
                    so += W; pc += 2;
                    set(s, so - W, null);
                }
                case NOP -> pc += 2;
                case RESUME -> {
                    if (Gil.dropRequest) {
                        return exit(f, pc, so); // Eval.loop's RESUME runs the eval breaker
                    }
                    pc += 2;
                }
                case BINARY_OP -> {
                    so -= W; pc += BINARY_OP_NEXT;
                    PyObject r = DataLoop.binaryOp(get(s, so - W), get(s, so), arg);
                    if (r == null) {
                        return exit(f, pc - BINARY_OP_NEXT, so + W);
                    }
                    set(s, so, null);
                    set(s, so - W, r);
                }
                case COMPARE_OP -> {
                    so -= W; pc += COMPARE_OP_NEXT;
                    int c = DataLoop.compare(get(s, so - W), get(s, so), arg >> 4);
                    if (c < 0) {
                        return exit(f, pc - COMPARE_OP_NEXT, so + W);
                    }
                    set(s, so, null);
                    int next = U.getByte(code, BB + pc) & 0xff;
                    if (next == POP_JUMP_IF_FALSE || next == POP_JUMP_IF_TRUE) {
                        // Fused with the jump that (almost) always follows, as in Eval.loop.
                        so -= W;
                        set(s, so, null);
                        if ((c != 0) == (next == POP_JUMP_IF_TRUE)) {
                            pc += (U.getByte(code, BB + pc + 1) & 0xff) << 1;
                        }
                        pc += 2;
                    } else {
                        set(s, so - W, PyBool.of(c != 0));
                    }
                }
                case IS_OP -> {
                    so -= W; pc += 2;
                    boolean same = get(s, so - W) == get(s, so);
                    set(s, so, null);
                    set(s, so - W, PyBool.of(same ^ (arg == 1)));
                }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    so -= W; pc += 2;
                    Object v = get(s, so);
                    boolean t;
                    if (v == PyBool.TRUE || v == PyBool.FALSE) {
                        t = v == PyBool.TRUE;
                    } else if (v.getClass() == PyInt.class) {
                        t = ((PyInt) v).signum() != 0;
                    } else {
                        return exit(f, pc - 2, so + W);
                    }
                    set(s, so, null);
                    if (t == (op == POP_JUMP_IF_TRUE)) {
                        pc += arg << 1;
                    }
                }
                case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                    so -= W; pc += 2;
                    Object v = get(s, so);
                    set(s, so, null);
                    if ((v == PyNone.NONE) == (op == POP_JUMP_IF_NONE)) {
                        pc += arg << 1;
                    }
                }
                case JUMP_FORWARD -> {
                    pc += 2;
                    pc += arg << 1;
                }
                case LOAD_GLOBAL -> {
                    // Through the instruction's cache only (Steps.loadGlobal); a miss fills it in Eval.loop.
                    PyObject v = f.cache.entries[(int) (pc >> 1)] instanceof CodeCache.Global e ? e.get(f.globals, f.builtins) : null;
                    if (v == null) {
                        return exit(f, pc, so);
                    }
                    pc += LOAD_GLOBAL_NEXT;
                    if ((arg & 1) != 0) {
                        set(s, so, null);
                        so += W;
                    }
                    set(s, so, v);
                    so += W;
                }
                case CALL -> {
                    // (method or NULL, callable or self, args...) as in Steps.enterInline, whose
                    // conditions and frame set-up this repeats without a Java call.
                    long base = so - ((long) (arg + 2) << OS);
                    Object method = get(s, base);
                    Object callable = method != null ? method : get(s, base + W);
                    if (!(callable instanceof PyFunction fn) || !(fn.code.prepared instanceof CodeCache cc)) {
                        return exit(f, pc, so);
                    }
                    int n = method != null ? arg + 1 : arg;
                    Frame nf = cc.free;
                    if (cc.inlineArgc != n || cc.callLoop <= 0 || nf == null || ts.depth >= PyRuntime.recursionLimit
                        || org.pyvm.runtime.Tracing.active || Gil.dropRequest || JitHook.compiler != null) {
                        return exit(f, pc, so);
                    }
                    cc.free = nf.nextFree;
                    nf.nextFree = null;
                    nf.function = fn;
                    nf.globals = fn.globals;
                    nf.builtins = fn.builtins;
                    nf.lasti = 0;
                    PyObject[] fast = nf.fast;
                    // The arguments moved and the caller's slots from BASE cleared, the
                    // common counts spelled out (a loop over a long offset is no counted
                    // loop: it polls for a safepoint at each round).
                    long from = so - ((long) n << OS);
                    set(s, base, null);
                    set(s, base + W, null);
                    if (n == 1) {
                        set(fast, OB, get(s, from));
                        set(s, from, null);
                    } else {
                        for (int i = 0; i < n; i++) {
                            long o = from + ((long) i << OS);
                            set(fast, local(i), get(s, o));
                            set(s, o, null);
                        }
                    }
                    f.lasti = (int) pc;
                    f.pc = (int) pc + CALL_NEXT;
                    f.sp = (int) ((base - OB) >> OS);
                    nf.inlined = true;
                    nf.ts = ts;
                    ts.depth++;
                    nf.back = ts.frame;
                    ts.frame = nf;
                    f = nf;
                    s = fast;
                    code = nf.bytecode;
                    consts = nf.code.consts;
                    pc = cc.entryPc;
                    so = OB + ((long) cc.nlocalsplus << OS);
                }
                case RETURN_VALUE, RETURN_CONST -> {
                    Frame caller = f.back;
                    if (!f.inlined || f.exposed || caller == null || caller.cache.callLoop <= 0
                        || caller.bytecode != caller.code.bytecode) {
                        return exit(f, pc, so);
                    }
                    Object v;
                    if (op == RETURN_VALUE) {
                        so -= W;
                        v = get(s, so);
                        set(s, so, null);
                    } else {
                        v = get(consts, local(arg));
                    }
                    // Steps.leaveInline and Steps.recycle.
                    ts.frame = caller;
                    f.back = null;
                    ts.depth--;
                    if (f.trace == null && f.locals == null && !f.leftJit && f.kwnames == null
                        && f.bytecode == f.code.bytecode && ts.depth < POOLED_DEPTH) {
                        for (int i = 0, top = (int) ((so - OB) >> OS); i < top; i++) {
                            set(s, local(i), null);
                        }
                        f.function = null;
                        f.globals = null;
                        f.builtins = null;
                        CodeCache cc = f.cache;
                        f.nextFree = cc.free;
                        cc.free = f;
                    }
                    f = caller;
                    s = caller.fast;
                    code = caller.bytecode;
                    consts = caller.code.consts;
                    pc = caller.pc;
                    so = OB + ((long) caller.sp << OS);
                    set(s, so, v);
                    so += W;
                }
                default -> {
                    return exit(f, pc, so);
                }
            }
        }
    }
}
