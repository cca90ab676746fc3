package org.pyvm.interp;

import static org.pyvm.bytecode.Opcode.*;

import org.pyvm.bytecode.Opcode;
import org.pyvm.bytecode.StackEffect;
import org.pyvm.runtime.AttrCache;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyInstance;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyGenerator;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRange;
import org.pyvm.runtime.PySeqIter;
import org.pyvm.runtime.PyTuple;

/**
 * A second, small dispatch loop for the body of a hot Python loop that moves data: locals,
 * constants, COPY/SWAP, int and float arithmetic and comparisons, truth tests and jumps,
 * list and tuple indexing and item assignment, unpacking, GET_ITER and FOR_ITER over
 * range, list and tuple, LIST_APPEND; in loops that have them ({@link #runNames}), a module
 * body's LOAD_NAME/STORE_NAME and LOAD_ATTR/STORE_ATTR on instances of Python classes
 * through the caches Eval.loop fills. {@link Eval#loop} enters it at each JUMP_BACKWARD
 * ({@link #enter}), and a resumed generator's frame or the caller it yields to in place
 * enters it there ({@link #resumed}); it runs the frame's instructions from there until the first one it
 * does not cover (a call, an attribute, a name, a generator's FOR_ITER, another
 * JUMP_BACKWARD when the eval breaker is up or the JIT counts loops), and returns there,
 * pc and sp packed in a long, without having started that instruction. A covered
 * instruction whose operands are not the exact builtin types of its fast path (a str +,
 * a dict[key], an int subclass with __add__, a custom iterator) leaves the loop for
 * {@link Slow#step}, which runs it as Eval.loop would, and the loop goes on after it.
 * A code object whose loops are hot runs them in a copy of this class of its own
 * ({@link DataRunner}), with its own profile and compiled code.
 *
 * <p>Why a second loop: Eval.loop is one large method whose C2 compile keeps the loop's
 * state (pc, sp, the arrays, values the cases share) in stack slots that every dispatch
 * reloads and stores (see docs/ARCHITECTURE.md, the interpreter). This method is small
 * and calls nothing on its paths that continue the loop (a call makes C2 keep the state
 * in memory around it; hence Slow.step outside), and it reads and writes the frame's
 * stack through Unsafe at a byte offset, so that no bounds check needs sp - 1, sp - 2 ...
 * as values C2 would compute ahead of the switch and keep through it. Its values come out
 * as Object, compared by exact class, never cast to the interface PyObject (a
 * secondary-supers check). CPython 3.12 gets the same effect from its specialized
 * instructions (BINARY_OP_ADD_FLOAT, BINARY_SUBSCR_LIST_INT, FOR_ITER_RANGE ...).
 *
 * <p>Safety without bounds checks: the loop runs only code verified once by
 * {@link #depths} (every instruction at one stack depth within the frame, local and
 * constant indexes and jumps in range: what the compiler guarantees, and bad bytecode may
 * not), and is entered only where the frame's sp is the verified depth. The fast paths
 * cannot raise; Slow.step stores f.lasti first, as Eval.loop does for every instruction,
 * so that an error unwinds (Eval.run) from the right offset.
 */
final class DataLoop extends DataRunner {

    private DataLoop() {}

    /** This class's instance: in DataLoop the shared loop, in a copy that copy (see DataRunner). */
    static final DataRunner INSTANCE = new DataLoop();

    @Override
    long loop(Frame f, PyObject[] s, byte[] code, PyObject[] consts, int pc, int sp) {
        return run(f, s, code, consts, pc, sp);
    }

    @Override
    long loopNames(Frame f, PyObject[] s, byte[] code, PyObject[] consts, int pc, int sp) {
        return runNames(f, s, code, consts, pc, sp);
    }

    // Where each covered instruction's successor starts (its inline cache skipped).
    private static final int BINARY_OP_NEXT = 2 + 2 * Opcode.cacheEntries(BINARY_OP);
    private static final int COMPARE_OP_NEXT = 2 + 2 * Opcode.cacheEntries(COMPARE_OP);
    private static final int BINARY_SUBSCR_NEXT = 2 + 2 * Opcode.cacheEntries(BINARY_SUBSCR);
    private static final int STORE_SUBSCR_NEXT = 2 + 2 * Opcode.cacheEntries(STORE_SUBSCR);
    private static final int FOR_ITER_NEXT = 2 + 2 * Opcode.cacheEntries(FOR_ITER);
    private static final int JUMP_BACKWARD_NEXT = 2 + 2 * Opcode.cacheEntries(JUMP_BACKWARD);
    private static final int UNPACK_SEQUENCE_NEXT = 2 + 2 * Opcode.cacheEntries(UNPACK_SEQUENCE);
    private static final int LOAD_ATTR_NEXT = 2 + 2 * Opcode.cacheEntries(LOAD_ATTR);
    private static final int STORE_ATTR_NEXT = 2 + 2 * Opcode.cacheEntries(STORE_ATTR);

    private static final sun.misc.Unsafe U = org.pyvm.runtime.ArrayStore.unsafe();
    /** Offset of a PyObject[]'s element 0 and log2 of an element's size. */
    private static final long OB = U == null ? 0 : U.arrayBaseOffset(PyObject[].class);
    private static final int OS = U == null ? 0 : 31 - Integer.numberOfLeadingZeros(U.arrayIndexScale(PyObject[].class));
    private static final long W = 1L << OS;
    private static final long BB = U == null ? 0 : U.arrayBaseOffset(byte[].class);

    /** An instruction for Slow.step at PC with the stack offset SO: exit's value with {@link #SLOW}. */
    private static long slow(long pc, long so) {
        return exit(pc, so) | SLOW;
    }

    /** Where Eval.loop continues: PC and the stack offset SO as PC and SP in one long. */
    private static long exit(long pc, long so) {
        return (pc << 32) | ((so - OB) >> OS);
    }

    /**
     * S's element at byte offset OFF, as an Object: a cast to the interface PyObject would
     * cost a secondary-supers check; the cases test the exact class they need instead.
     */
    private static Object get(Object[] s, long off) {
        return U.getObject(s, off);
    }

    private static void set(PyObject[] s, long off, Object v) {
        U.putObject(s, off, v);
    }

    private static long local(int i) {
        return OB + ((long) i << OS);
    }

    /**
     * Eval.loop's JUMP_BACKWARD (when the JIT did not take the loop): runs F's instructions from PC (its stack
     * pointer SP; S, CODE and CONSTS are F's fast, bytecode and constants) until one this
     * loop does not run, when F's code is verified ({@link #depths}) and SP is the depth
     * the verification found at PC. Returns the pc and sp to continue with.
     */
    static long enter(Frame f, PyObject[] s, byte[] code, PyObject[] consts, int pc, int sp) {
        CodeCache c = f.cache;
        int[] d = c.dataDepths;
        if (d == null) {
            d = c.dataDepths = U == null ? UNVERIFIED : depths(f.code, c.nlocalsplus, c.frameSize);
        }
        if (!((pc >> 1) < d.length && d[pc >> 1] == sp - c.nlocalsplus && code == f.code.bytecode
            && s.length >= c.frameSize)) {
            return ((long) pc << 32) | sp;
        }
        byte[] nh = c.dataNames;
        if (nh == null) {
            nh = c.dataNames = nameHeads(code, d);
        }
        boolean names = (pc >> 1) < nh.length && nh[pc >> 1] != 0;
        int head = pc;
        while (true) {
            // This code's copy of the loop once its loops are hot (DataRunner), else this one.
            DataRunner runner = DataRunner.forCode(c);
            long r = runner == null
                ? (names ? runNames(f, s, code, consts, pc, sp) : run(f, s, code, consts, pc, sp))
                : (names ? runner.loopNames(f, s, code, consts, pc, sp) : runner.loop(f, s, code, consts, pc, sp));
            pc = (int) (r >>> 32);
            sp = (int) r & 0x7fffffff;
            if ((r & SLOW) == 0) {
                if (pc == head && (code[pc] & 0xff) != JUMP_BACKWARD) {
                    // Left at once (a generator's FOR_ITER heads the loop): not worth entering.
                    d[head >> 1] = -2;
                }
                return ((long) pc << 32) | sp;
            }
            // An instruction whose operands need the general code: run it here and go on,
            // unless its Python code (an __add__ ...) set a trace function (see JUMP_BACKWARD).
            long q = Slow.step(f, s, code, pc, sp);
            pc = (int) (q >>> 32);
            sp = (int) q;
            if (code != f.bytecode) {
                return q;
            }
        }
    }

    /**
     * Backward jumps after which the shared run returns to Eval.loop's JUMP_BACKWARD, which
     * enters again: so that a long loop, which may run in one invocation of run, counts
     * towards DataRunner.HOT and moves to its copy.
     */
    static final int TICK = 256;
    /**
     * Whether this class is DataLoop itself (counting TICK in a local) rather than a copy
     * (DataRunner; in a copy, DataLoop.class is the copy). A constant to C2: a copy's loop
     * has no local counter, which cost its hot loops (measured with one: mandelbrot 1.03-1.04,
     * int_loops 1.04-1.07 of no copies). A copy counts in a static field instead (lapse)
     * and returns every 4096 jumps: without any return, a copy made for a loop that runs
     * in one invocation stayed in the JVM's interpreter and its first on-stack-replacement
     * compiles (int_loops 1.6). Every 4096 jumps rather than 65536: so that the exit is in
     * the profile of the copy's first C2 compile, not an uncommon trap that deoptimizes it
     * (-Xlog:deoptimization: nbody's copy was compiled again once more for it).
     */
    private static final boolean TICKS = !DataLoop.class.isHidden();
    /** A copy's count of backward jumps (see TICKS): it returns when the low 12 bits are 0. */
    private static int lapse;

    /**
     * Generator frame F was just resumed (GenFrame.resume, Steps.resumeInline: its pc is
     * after the paused yield, the sent value pushed or dropped): when F's code is verified
     * and its pc is a resume point worth it ({@link #resumePoints}), runs F's instructions
     * from there until one this loop does not run, and leaves F's pc and sp there for the
     * eval loop. A generator's loop usually begins with its yield (`while ...: yield x`),
     * so its body runs between the resumption and the next yield and never from the
     * loop's head, where {@link #enter} declines it. An instruction for Slow.step is left
     * to the eval loop too (nothing here may raise: the frame's handlers are the loop's).
     */
    static final int RESUMES_BEFORE_DATA = 2000;

    static void resumed(Frame f) {
        CodeCache c = f.cache;
        byte[] r = c.dataResume;
        if (r == null) {
            // Not before the code has been resumed often: the generators start-up runs
            // (imports, site) would otherwise be the first profile C2 compiles run from,
            // laid out for them rather than for the program's hot loops.
            if (++c.resumes < RESUMES_BEFORE_DATA) {
                return;
            }
            int[] d = c.dataDepths;
            if (d == null) {
                d = c.dataDepths = U == null ? UNVERIFIED : depths(f.code, c.nlocalsplus, c.frameSize);
            }
            r = c.dataResume = resumePoints(f.code.bytecode, d);
        }
        int pc = f.pc;
        int sp = f.sp;
        PyObject[] s = f.fast;
        byte[] code = f.bytecode;
        if ((pc >> 1) >= r.length || r[pc >> 1] == 0 || c.dataDepths[pc >> 1] != sp - c.nlocalsplus
                || code != f.code.bytecode || s.length < c.frameSize) {
            return;
        }
        DataRunner runner = DataRunner.forCode(c);
        long q = runner == null ? run(f, s, code, f.code.consts, pc, sp) : runner.loop(f, s, code, f.code.consts, pc, sp);
        f.pc = (int) (q >>> 32);
        f.sp = (int) q & 0x7fffffff;
    }

    /**
     * For {@link #resumed}: 1 at the offsets where GenFrame.skipResume leaves a resumed frame
     * (after a YIELD_VALUE's RESUME, and after the POP_TOP of a yield statement) that have a
     * verified depth and from which at least MIN_RUN covered instructions follow, conditional
     * jumps not taken, unconditional ones followed, up to a FOR_ITER (which leaves at once
     * over a generator) or one not covered. Empty when there is none.
     */
    static byte[] resumePoints(byte[] b, int[] d) {
        if (d == UNVERIFIED) {
            return new byte[0];
        }
        byte[] r = null;
        for (int pc = 0; pc + 5 < b.length; pc += 2) {
            if ((b[pc] & 0xff) == FOR_ITER) {
                // A for loop over a generator resumed in place continues after its FOR_ITER
                // when the generator yields (Steps.yieldInline).
                int at = pc + FOR_ITER_NEXT;
                if (at + 1 < b.length && d[at >> 1] >= 0 && worthResuming(b, at)) {
                    if (r == null) {
                        r = new byte[b.length >> 1];
                    }
                    r[at >> 1] = 1;
                }
                continue;
            }
            if ((b[pc] & 0xff) != YIELD_VALUE || (b[pc + 2] & 0xff) != RESUME) {
                continue;
            }
            for (int at = pc + 4; at <= pc + 6 && at + 1 < b.length; at += 2) {
                if (d[at >> 1] >= 0 && worthResuming(b, at)) {
                    if (r == null) {
                        r = new byte[b.length >> 1];
                    }
                    r[at >> 1] = 1;
                }
                if ((b[at] & 0xff) != POP_TOP) {
                    break;
                }
            }
        }
        return r == null ? new byte[0] : r;
    }

    private static boolean worthResuming(byte[] b, int at) {
        int run = 0;
        for (int pc = at; pc + 1 < b.length && pc >= 0 && run < MIN_RUN; ) {
            int op = b[pc] & 0xff;
            if (op == FOR_ITER || !covers(op, b[pc + 1] & 0xff, false)) {
                return false;
            }
            run++;
            if (op == JUMP_FORWARD) {
                pc += 2 * (b[pc + 1] & 0xff);
            } else if (op == JUMP_BACKWARD) {
                pc -= 2 * (b[pc + 1] & 0xff);
            }
            pc += 2 + 2 * Opcode.cacheEntries(op);
        }
        return run >= MIN_RUN;
    }

    /** Set in run's result (with the instruction's pc and sp) for an instruction to run by Slow.step. */
    private static final long SLOW = 0x80000000L;

    @SuppressWarnings("removal")
    private static long run(Frame f, PyObject[] s, byte[] code, PyObject[] consts, int pc0, int sp0) {
        long pc = pc0;
        long so = OB + ((long) sp0 << OS); // the offset of s[sp]
        int ticks = TICK;
        while (true) {
            int op = U.getByte(code, BB + pc) & 0xff;
            int arg = U.getByte(code, BB + pc + 1) & 0xff;
            // Each case first moves SO and PC as the instruction does without a jump, with
            // constants of its own: an expression that several cases shared (sp - 1, pc + 4)
            // would be computed by C2 ahead of the switch, as a common subexpression, and
            // kept in a register or stack slot through it.
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
                    set(s, local(arg), get(s, so));
                }
                case POP_TOP -> {
                    so -= W; pc += 2;
                    set(s, so, null);
                }
                case COPY -> {
                    so += W; pc += 2;
                    set(s, so - W, get(s, so - W - ((long) arg << OS)));
                }
                case SWAP -> {
                    pc += 2;
                    Object t = get(s, so - W);
                    long o = so - ((long) arg << OS);
                    set(s, so - W, get(s, o));
                    set(s, o, t);
                }
                case BINARY_OP -> {
                    so -= W; pc += BINARY_OP_NEXT;
                    Object a = get(s, so - W);
                    Object b = get(s, so);
                    PyObject r = binaryOp(a, b, arg);
                    if (r == null) {
                        return slow(pc - BINARY_OP_NEXT, so + W);
                    }
                    set(s, so, null);
                    set(s, so - W, r);
                }
                case COMPARE_OP -> {
                    so -= W; pc += COMPARE_OP_NEXT;
                    Object a = get(s, so - W);
                    Object b = get(s, so);
                    int c = compare(a, b, arg >> 4);
                    if (c < 0) {
                        return slow(pc - COMPARE_OP_NEXT, so + W);
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
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    so -= W; pc += 2;
                    Object v = get(s, so);
                    boolean t;
                    if (v == PyBool.TRUE || v == PyBool.FALSE) {
                        t = v == PyBool.TRUE;
                    } else if (v.getClass() == PyInt.class) {
                        t = ((PyInt) v).signum() != 0;
                    } else {
                        return slow(pc - 2, so + W);
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
                case JUMP_BACKWARD -> {
                    pc += JUMP_BACKWARD_NEXT;
                    // Eval.loop's JUMP_BACKWARD checks the eval breaker and interrupts, notices
                    // a trace function set meanwhile (a changed f.bytecode) and counts the
                    // loop for the JIT: let it when there is anything to see or count, and
                    // every TICK jumps (see TICK).
                    if (Gil.dropRequest || code != f.bytecode || JitHook.compiler != null
                        || Thread.currentThread().isInterrupted() || (TICKS ? --ticks == 0 : (--lapse & 0xfff) == 0)) {
                        return exit(pc - JUMP_BACKWARD_NEXT, so);
                    }
                    pc -= arg << 1;
                }
                case BINARY_SUBSCR -> {
                    so -= W; pc += BINARY_SUBSCR_NEXT;
                    Object o = get(s, so - W);
                    Object k = get(s, so);
                    PyObject v = null;
                    if (k.getClass() == PyInt.class && !((PyInt) k).isBig()) {
                        Class<?> c = o.getClass();
                        if (c == PyList.class) {
                            v = ((PyList) o).itemOrNull(((PyInt) k).value);
                        } else if (c == PyTuple.class) {
                            v = tupleItem((PyTuple) o, ((PyInt) k).value);
                        }
                    }
                    if (v == null) {
                        return slow(pc - BINARY_SUBSCR_NEXT, so + W);
                    }
                    set(s, so, null);
                    set(s, so - W, v);
                }
                case STORE_SUBSCR -> {
                    so -= 3 * W; pc += STORE_SUBSCR_NEXT;
                    Object o = get(s, so + W);
                    Object k = get(s, so + 2 * W);
                    Object v = get(s, so);
                    if (!(o.getClass() == PyList.class && k.getClass() == PyInt.class && !((PyInt) k).isBig()
                        && ((PyList) o).storeInRange(((PyInt) k).value, v))) {
                        return slow(pc - STORE_SUBSCR_NEXT, so + 3 * W);
                    }
                    set(s, so, null);
                    set(s, so + W, null);
                    set(s, so + 2 * W, null);
                }
                case FOR_ITER -> {
                    so += W; pc += FOR_ITER_NEXT;
                    Object it = get(s, so - 2 * W);
                    PyObject v;
                    if (it instanceof PyRange.Iter r) {
                        v = r.next();
                    } else if (it instanceof PySeqIter q && (v = q.nextListItem()) != PySeqIter.NOT_LIST) {
                        // a list's or tuple's next item, or null
                    } else if (it instanceof PyGenerator) {
                        return exit(pc - FOR_ITER_NEXT, so - W); // Eval.loop resumes it in place
                    } else {
                        return slow(pc - FOR_ITER_NEXT, so - W);
                    }
                    if (v != null) {
                        set(s, so - W, v);
                    } else {
                        // Exhausted: pop the iterator and skip the END_FOR at the target.
                        so -= 2 * W;
                        set(s, so, null);
                        pc += (arg << 1) + 2;
                    }
                }
                case UNPACK_SEQUENCE -> {
                    so -= W; pc += UNPACK_SEQUENCE_NEXT;
                    Object seq = get(s, so);
                    if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == arg) {
                        PyObject[] items = ((PyTuple) seq).items();
                        for (int i = arg - 1; i >= 0; i--) {
                            set(s, so, items[i]);
                            so += W;
                        }
                    } else if (seq.getClass() == PyList.class && ((PyList) seq).size() == arg) {
                        PyList l = (PyList) seq;
                        for (int i = arg - 1; i >= 0; i--) {
                            set(s, so, l.get(i));
                            so += W;
                        }
                    } else {
                        return slow(pc - UNPACK_SEQUENCE_NEXT, so + W);
                    }
                }
                case GET_ITER -> {
                    pc += 2;
                    Object o = get(s, so - W);
                    if (o.getClass() == PyList.class) {
                        set(s, so - W, new PySeqIter((PyList) o));
                    } else if (o.getClass() == PyTuple.class) {
                        set(s, so - W, new PySeqIter((PyTuple) o));
                    } else {
                        return slow(pc - 2, so);
                    }
                }
                case LIST_APPEND -> {
                    so -= W; pc += 2;
                    Object l = get(s, so - ((long) arg << OS));
                    if (l.getClass() != PyList.class) {
                        return slow(pc - 2, so + W);
                    }
                    ((PyList) l).appendTrusted(get(s, so));
                    set(s, so, null);
                }
                default -> {
                    return exit(pc, so);
                }
            }
        }
    }

    /**
     * {@link #run} with more cases: LOAD_NAME and STORE_NAME of a module body and
     * LOAD_ATTR (both forms) and STORE_ATTR on instances of Python classes, through the
     * caches Eval.loop fills, and PUSH_NULL and NOP (a call's NULL, a try statement). For
     * the loops that have a name or attribute instruction in their body (see
     * {@link #nameHeads}); a copy, so that run, which the pure data loops use, keeps the
     * compile and profile it had (with those cases in run, nbody's and int_loops' loops ran
     * 20% and 10% slower: C2 compiles run once, from the profile of the first loops that
     * made it hot, and start-up's module-level loops then were among them).
     */
    @SuppressWarnings("removal")
    private static long runNames(Frame f, PyObject[] s, byte[] code, PyObject[] consts, int pc0, int sp0) {
        long pc = pc0;
        long so = OB + ((long) sp0 << OS); // the offset of s[sp]
        while (true) {
            int op = U.getByte(code, BB + pc) & 0xff;
            int arg = U.getByte(code, BB + pc + 1) & 0xff;
            // Each case first moves SO and PC as the instruction does without a jump, with
            // constants of its own: an expression that several cases shared (sp - 1, pc + 4)
            // would be computed by C2 ahead of the switch, as a common subexpression, and
            // kept in a register or stack slot through it.
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
                    set(s, local(arg), get(s, so));
                }
                case POP_TOP -> {
                    so -= W; pc += 2;
                    set(s, so, null);
                }
                case COPY -> {
                    so += W; pc += 2;
                    set(s, so - W, get(s, so - W - ((long) arg << OS)));
                }
                case SWAP -> {
                    pc += 2;
                    Object t = get(s, so - W);
                    long o = so - ((long) arg << OS);
                    set(s, so - W, get(s, o));
                    set(s, o, t);
                }
                case BINARY_OP -> {
                    so -= W; pc += BINARY_OP_NEXT;
                    Object a = get(s, so - W);
                    Object b = get(s, so);
                    PyObject r = binaryOp(a, b, arg);
                    if (r == null) {
                        return slow(pc - BINARY_OP_NEXT, so + W);
                    }
                    set(s, so, null);
                    set(s, so - W, r);
                }
                case COMPARE_OP -> {
                    so -= W; pc += COMPARE_OP_NEXT;
                    Object a = get(s, so - W);
                    Object b = get(s, so);
                    int c = compare(a, b, arg >> 4);
                    if (c < 0) {
                        return slow(pc - COMPARE_OP_NEXT, so + W);
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
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    so -= W; pc += 2;
                    Object v = get(s, so);
                    boolean t;
                    if (v == PyBool.TRUE || v == PyBool.FALSE) {
                        t = v == PyBool.TRUE;
                    } else if (v.getClass() == PyInt.class) {
                        t = ((PyInt) v).signum() != 0;
                    } else {
                        return slow(pc - 2, so + W);
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
                case JUMP_BACKWARD -> {
                    pc += JUMP_BACKWARD_NEXT;
                    // Eval.loop's JUMP_BACKWARD checks the eval breaker and interrupts, notices
                    // a trace function set meanwhile (a changed f.bytecode) and counts the
                    // loop for the JIT: let it when there is anything to see or count.
                    if (Gil.dropRequest || code != f.bytecode || JitHook.compiler != null
                        || Thread.currentThread().isInterrupted()) {
                        return exit(pc - JUMP_BACKWARD_NEXT, so);
                    }
                    pc -= arg << 1;
                }
                case BINARY_SUBSCR -> {
                    so -= W; pc += BINARY_SUBSCR_NEXT;
                    Object o = get(s, so - W);
                    Object k = get(s, so);
                    PyObject v = null;
                    if (k.getClass() == PyInt.class && !((PyInt) k).isBig()) {
                        Class<?> c = o.getClass();
                        if (c == PyList.class) {
                            v = ((PyList) o).itemOrNull(((PyInt) k).value);
                        } else if (c == PyTuple.class) {
                            v = tupleItem((PyTuple) o, ((PyInt) k).value);
                        }
                    }
                    if (v == null) {
                        return slow(pc - BINARY_SUBSCR_NEXT, so + W);
                    }
                    set(s, so, null);
                    set(s, so - W, v);
                }
                case STORE_SUBSCR -> {
                    so -= 3 * W; pc += STORE_SUBSCR_NEXT;
                    Object o = get(s, so + W);
                    Object k = get(s, so + 2 * W);
                    Object v = get(s, so);
                    if (!(o.getClass() == PyList.class && k.getClass() == PyInt.class && !((PyInt) k).isBig()
                        && ((PyList) o).storeInRange(((PyInt) k).value, v))) {
                        return slow(pc - STORE_SUBSCR_NEXT, so + 3 * W);
                    }
                    set(s, so, null);
                    set(s, so + W, null);
                    set(s, so + 2 * W, null);
                }
                case FOR_ITER -> {
                    so += W; pc += FOR_ITER_NEXT;
                    Object it = get(s, so - 2 * W);
                    PyObject v;
                    if (it instanceof PyRange.Iter r) {
                        v = r.next();
                    } else if (it instanceof PySeqIter q && (v = q.nextListItem()) != PySeqIter.NOT_LIST) {
                        // a list's or tuple's next item, or null
                    } else if (it instanceof PyGenerator) {
                        return exit(pc - FOR_ITER_NEXT, so - W); // Eval.loop resumes it in place
                    } else {
                        return slow(pc - FOR_ITER_NEXT, so - W);
                    }
                    if (v != null) {
                        set(s, so - W, v);
                    } else {
                        // Exhausted: pop the iterator and skip the END_FOR at the target.
                        so -= 2 * W;
                        set(s, so, null);
                        pc += (arg << 1) + 2;
                    }
                }
                case UNPACK_SEQUENCE -> {
                    so -= W; pc += UNPACK_SEQUENCE_NEXT;
                    Object seq = get(s, so);
                    if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == arg) {
                        PyObject[] items = ((PyTuple) seq).items();
                        for (int i = arg - 1; i >= 0; i--) {
                            set(s, so, items[i]);
                            so += W;
                        }
                    } else if (seq.getClass() == PyList.class && ((PyList) seq).size() == arg) {
                        PyList l = (PyList) seq;
                        for (int i = arg - 1; i >= 0; i--) {
                            set(s, so, l.get(i));
                            so += W;
                        }
                    } else {
                        return slow(pc - UNPACK_SEQUENCE_NEXT, so + W);
                    }
                }
                case GET_ITER -> {
                    pc += 2;
                    Object o = get(s, so - W);
                    if (o.getClass() == PyList.class) {
                        set(s, so - W, new PySeqIter((PyList) o));
                    } else if (o.getClass() == PyTuple.class) {
                        set(s, so - W, new PySeqIter((PyTuple) o));
                    } else {
                        return slow(pc - 2, so);
                    }
                }
                case LIST_APPEND -> {
                    so -= W; pc += 2;
                    Object l = get(s, so - ((long) arg << OS));
                    if (l.getClass() != PyList.class) {
                        return slow(pc - 2, so + W);
                    }
                    ((PyList) l).appendTrusted(get(s, so));
                    set(s, so, null);
                }
                // A module body's names and attributes of instances of Python classes, through
                // the caches Eval.loop fills (CodeCache.Global, AttrCache): a module-level loop
                // (LOAD_NAME/STORE_NAME) or one reading attributes runs here too. What the
                // caches do not answer without a call goes to Slow.step.
                case LOAD_NAME -> {
                    so += W; pc += 2;
                    PyObject v = null;
                    if (f.cache.entries[(int) (pc - 2) >> 1] instanceof CodeCache.Global e && f.locals == f.globals) {
                        v = e.get(f.globals, f.builtins);
                    }
                    if (v == null) {
                        return slow(pc - 2, so - W);
                    }
                    set(s, so - W, v);
                }
                case STORE_NAME -> {
                    so -= W; pc += 2;
                    // As Steps.storeName: the name's entry replaced in place while the module
                    // dict has the keys it had when the instruction bound the name.
                    PyDict g = f.globals;
                    if (!(f.cache.entries[(int) (pc - 2) >> 1] instanceof CodeCache.Global e && f.locals == g
                        && e.globals == g && e.builtins == null && e.globalsVersion == g.version())) {
                        return slow(pc - 2, so + W);
                    }
                    g.replaceValueAtTrusted(e.index, get(s, so));
                    set(s, so, null);
                }
                case LOAD_ATTR -> {
                    pc += LOAD_ATTR_NEXT;
                    Object o = get(s, so - W);
                    PyObject v = null;
                    if ((arg & 1) != 0) {
                        // The method form (a call follows, which leaves the loop): the function
                        // pushed with self when the cache has it; else Eval.loop runs it.
                        if (o.getClass() == PyInstance.class
                            && f.cache.entries[(int) (pc - LOAD_ATTR_NEXT) >> 1] instanceof AttrCache c) {
                            v = c.methodInstance((PyInstance) o, f.code.names[arg >> 1]);
                        }
                        if (v == null) {
                            return exit(pc - LOAD_ATTR_NEXT, so);
                        }
                        set(s, so - W, v);
                        set(s, so, o);
                        so += W;
                        continue;
                    }
                    if (o.getClass() == PyInstance.class
                        && f.cache.entries[(int) (pc - LOAD_ATTR_NEXT) >> 1] instanceof AttrCache c) {
                        v = c.loadInstance((PyInstance) o, f.code.names[arg >> 1]);
                    }
                    if (v == null) {
                        return slow(pc - LOAD_ATTR_NEXT, so);
                    }
                    set(s, so - W, v);
                }
                case PUSH_NULL -> {
                    so += W; pc += 2;
                    set(s, so - W, null);
                }
                case NOP -> pc += 2;
                case STORE_ATTR -> {
                    so -= 2 * W; pc += STORE_ATTR_NEXT;
                    Object o = get(s, so + W);
                    if (!(o.getClass() == PyInstance.class
                        && f.cache.entries[(int) (pc - STORE_ATTR_NEXT) >> 1] instanceof AttrCache c
                        && c.storeInstance((PyInstance) o, f.code.names[arg], get(s, so)))) {
                        return slow(pc - STORE_ATTR_NEXT, so + 2 * W);
                    }
                    set(s, so, null);
                    set(s, so + W, null);
                }
                default -> {
                    return exit(pc, so);
                }
            }
        }
    }

    /**
     * The general cases of DataLoop's instructions, run between two runs of the loop (see
     * enter): out of the loop, since a call in it makes C2 keep the loop's state in memory
     * around it. Stores f.lasti first, as Eval.loop does, since it may raise or run Python
     * code. Compare the cases of Eval.loop.
     */
    static final class Slow {

        private Slow() {}

        /** Runs the instruction at PC (SP the stack pointer before it); returns the pc and sp after it. */
        static long step(Frame f, PyObject[] s, byte[] code, int pc, int sp) {
            f.lasti = pc;
            int op = code[pc] & 0xff;
            int arg = code[pc + 1] & 0xff;
            int next = pc + 2 + 2 * Opcode.cacheEntries(op);
            switch (op) {
                case BINARY_OP -> {
                    PyObject r = Eval.binaryOp(s[sp - 2], s[sp - 1], arg);
                    s[--sp] = null;
                    Eval.put(s, sp - 1, r);
                }
                case COMPARE_OP -> {
                    PyObject r = org.pyvm.runtime.Ops.richCompare(s[sp - 2], s[sp - 1], arg >> 4);
                    s[--sp] = null;
                    Eval.put(s, sp - 1, r);
                }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    boolean t = org.pyvm.runtime.Abstract.isTrue(s[sp - 1]);
                    s[--sp] = null;
                    if (t == (op == POP_JUMP_IF_TRUE)) {
                        next += arg << 1;
                    }
                }
                case BINARY_SUBSCR -> {
                    PyObject r = org.pyvm.runtime.Abstract.getItem(s[sp - 2], s[sp - 1]);
                    s[--sp] = null;
                    Eval.put(s, sp - 1, r);
                }
                case STORE_SUBSCR -> {
                    org.pyvm.runtime.Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                    sp = Steps.drop(s, sp, 3);
                }
                case FOR_ITER -> {
                    PyObject v = Steps.forIterNext(s[sp - 1]);
                    if (v != null) {
                        Eval.put(s, sp++, v);
                    } else {
                        s[--sp] = null;
                        next += (arg << 1) + 2;
                    }
                }
                case UNPACK_SEQUENCE -> sp = Steps.unpackSequence(s, sp, arg);
                case GET_ITER -> Eval.put(s, sp - 1, org.pyvm.runtime.Abstract.iter(s[sp - 1]));
                case LIST_APPEND -> {
                    ((PyList) s[sp - 1 - arg]).append(s[--sp]);
                    s[sp] = null;
                }
                case LOAD_NAME -> Eval.put(s, sp++, Steps.loadName(f, arg));
                case STORE_NAME -> {
                    Steps.storeName(f, arg, s[--sp]);
                    s[sp] = null;
                }
                case LOAD_ATTR -> Eval.put(s, sp - 1, Steps.loadAttr(f, s[sp - 1], arg >> 1));
                case STORE_ATTR -> {
                    Steps.storeAttr(f, s[sp - 1], arg, s[sp - 2]);
                    sp = Steps.drop(s, sp, 2);
                }
                default -> throw new IllegalStateException("DataLoop.Slow: " + Opcode.name(op));
            }
            return ((long) next << 32) | sp;
        }
    }

    /** No verified depths: DataLoop never runs the code. */
    static final int[] UNVERIFIED = new int[0];

    /**
     * The stack depth before each instruction (indexed by offset / 2; -1 where no path
     * reaches), or {@link #UNVERIFIED} when the code is not as the compiler makes it: an
     * instruction reached at two depths, a depth below zero or above the frame's stack, a
     * local or constant index out of range, a jump outside the code. DataLoop reads and
     * writes the frame without bounds checks (Unsafe), so it runs only code whose every
     * instruction it runs is verified here, and is entered only at an offset whose depth
     * is the frame's (see Eval.loop's JUMP_BACKWARD): from there each instruction it runs
     * leaves the depth this analysis gives its successor. Compare CPython's
     * Python/flowgraph.c: stackdepth (the same walk over the instructions' stack effects).
     */
    static int[] depths(PyCode code, int nlocalsplus, int frameSize) {
        byte[] b = code.bytecode;
        int n = b.length;
        int max = frameSize - nlocalsplus;
        if (n < 2 || (n & 1) != 0) {
            return UNVERIFIED;
        }
        int[] d = new int[n >> 1];
        java.util.Arrays.fill(d, -1);
        int[] work = new int[(n >> 1) + code.exceptions.entries().size() + 1];
        int top = reach(d, work, 0, 0, 0);
        for (org.pyvm.bytecode.ExceptionTable.Entry h : code.exceptions.entries()) {
            int t = h.target();
            int depth = h.depth() + (h.lasti() ? 2 : 1);
            if (t < 0 || t >= n || (t & 1) != 0 || depth > max || (top = reach(d, work, top, t, depth)) < 0) {
                return UNVERIFIED;
            }
        }
        while (top > 0) {
            int pc = work[--top];
            int depth = d[pc >> 1];
            int at = pc;
            int op = b[at] & 0xff;
            int arg = b[at + 1] & 0xff;
            while (op == EXTENDED_ARG) {
                at += 2;
                if (at + 1 >= n) {
                    return UNVERIFIED;
                }
                op = b[at] & 0xff;
                arg = ((arg << 8) | (b[at + 1] & 0xff)) & 0x3fffffff;
            }
            if (at == pc && !dataOpFits(op, arg, depth, nlocalsplus, code.consts.length, code.names.length)) {
                return UNVERIFIED;
            }
            int next = at + 2 + 2 * Opcode.cacheEntries(op);
            int fall;
            int jump;
            try {
                fall = depth + StackEffect.of(op, arg, false);
                jump = depth + StackEffect.of(op, arg, true);
            } catch (IllegalArgumentException e) {
                return UNVERIFIED;
            }
            if (op == RETURN_GENERATOR) {
                fall = depth + 1; // a generator's first resumption pushes the value sent
            }
            Opcode.Info info = Opcode.info(op);
            int target = switch (info.jump()) {
                case FORWARD -> next + 2 * arg;
                case BACKWARD -> next - 2 * arg;
                default -> -1;
            };
            if (info.jump() != Opcode.Jump.NONE) {
                if (target < 0 || target >= n || (op == FOR_ITER && (b[target] & 0xff) != END_FOR)) {
                    return UNVERIFIED;
                }
                if (jump < 0 || jump > max || (top = reach(d, work, top, target, jump)) < 0) {
                    return UNVERIFIED;
                }
            }
            boolean ends = switch (op) {
                case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE, JUMP_FORWARD, JUMP_BACKWARD,
                     JUMP_BACKWARD_NO_INTERRUPT, INTERPRETER_EXIT -> true;
                default -> false;
            };
            if (!ends) {
                if (next + 1 >= n || fall < 0 || fall > max || (top = reach(d, work, top, next, fall)) < 0) {
                    return UNVERIFIED;
                }
            }
        }
        // Entering and leaving costs a call and this method's set-up: a loop whose body
        // leaves again after a few instructions (a call, an attribute) runs faster in
        // Eval.loop alone. Such loop heads get no depth, so that enter declines them.
        for (int pc = 0; pc + 1 < n; pc += 2) {
            if ((b[pc] & 0xff) == JUMP_BACKWARD && (pc == 0 || (b[pc - 2] & 0xff) != EXTENDED_ARG)) {
                int target = pc + JUMP_BACKWARD_NEXT - 2 * (b[pc + 1] & 0xff);
                if (target >= 0 && d[target >> 1] >= 0 && !worthEntering(b, target, hasNames(b, target, pc))) {
                    d[target >> 1] = -2;
                }
            }
        }
        return d;
    }

    /**
     * The walk reaches offset AT with DEPTH on the stack: records the depth and queues AT on
     * WORK (its TOP entries) the first time, or checks that it is the depth recorded before.
     * Returns the new top, or -1 when AT was reached at another depth (flowgraph.c's
     * stackdepth_push asserts the same).
     */
    private static int reach(int[] d, int[] work, int top, int at, int depth) {
        int old = d[at >> 1];
        if (old < 0) {
            d[at >> 1] = depth;
            work[top] = at;
            return top + 1;
        }
        return old == depth ? top : -1;
    }

    /**
     * For {@link #enter}: 1 at each loop head (a JUMP_BACKWARD's target with a verified
     * depth) whose body, the instructions from the head to that jump, has a LOAD_NAME,
     * STORE_NAME, LOAD_ATTR or STORE_ATTR: such a loop runs in {@link #runNames}, the others
     * in {@link #run}. Empty when there is none.
     */
    static byte[] nameHeads(byte[] b, int[] d) {
        byte[] r = null;
        if (d == UNVERIFIED) {
            return new byte[0];
        }
        for (int pc = 0; pc + 1 < b.length; pc += 2) {
            if ((b[pc] & 0xff) == JUMP_BACKWARD && (pc == 0 || (b[pc - 2] & 0xff) != EXTENDED_ARG)) {
                int target = pc + JUMP_BACKWARD_NEXT - 2 * (b[pc + 1] & 0xff);
                if (target < 0 || d[target >> 1] < 0) {
                    continue;
                }
                if (hasNames(b, target, pc)) {
                    if (r == null) {
                        r = new byte[b.length >> 1];
                    }
                    r[target >> 1] = 1;
                }
            }
        }
        return r == null ? new byte[0] : r;
    }

    /** The fewest instructions a loop's body should run here from its head for enter to take it. */
    private static final int MIN_RUN = 6;

    /**
     * Whether the straight-line instructions from the loop head AT (conditional jumps not
     * taken) include at least MIN_RUN that the loop the head runs in (run, or runNames when
     * NAMES) runs before one it does not, or MIN_RUN_NAMES with a name among them, or reach
     * the loop's backward jump.
     */
    private static boolean worthEntering(byte[] b, int at, boolean names) {
        int run = 0;
        boolean named = false;
        for (int pc = at; pc + 1 < b.length && run < MIN_RUN; ) {
            int op = b[pc] & 0xff;
            int arg = b[pc + 1] & 0xff;
            if (op == JUMP_BACKWARD) {
                return true;
            }
            if (!covers(op, arg, names)) {
                break;
            }
            run++;
            named |= op == LOAD_NAME || op == STORE_NAME;
            if (op == LOAD_ATTR && (arg & 1) != 0) {
                break; // the method form: the call after it leaves
            }
            if (op == JUMP_FORWARD) {
                pc += 2 * arg;
            }
            pc += 2 + 2 * Opcode.cacheEntries(op);
        }
        return run >= MIN_RUN || named && run >= MIN_RUN_NAMES;
    }

    /**
     * The fewest for a run that has a LOAD_NAME or STORE_NAME (each costs a call, RareOps,
     * in Eval.loop), so that a module-level loop calling a method (`for s in shapes: total
     * += s.area()`: FOR_ITER, STORE_NAME, two LOAD_NAMEs and the method's LOAD_ATTR before
     * the CALL) is worth entering; a run ends at a method's LOAD_ATTR, since the call after
     * it leaves (`out.append(x)` in a function's loop: 4, declined; the method load on a
     * list leaves at once anyway).
     */
    private static final int MIN_RUN_NAMES = 5;

    /** Whether the loop body from HEAD to its JUMP_BACKWARD at END has an instruction only runNames runs. */
    private static boolean hasNames(byte[] b, int head, int end) {
        for (int at = head; at < end; at += 2) {
            int op = b[at] & 0xff;
            if (op == LOAD_NAME || op == STORE_NAME || op == LOAD_ATTR || op == STORE_ATTR) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether run (NAMES false) or runNames (true) has a case for OP with ARG (the
     * instructions it runs rather than leaves at).
     */
    private static boolean covers(int op, int arg, boolean names) {
        return switch (op) {
            case LOAD_FAST, LOAD_CONST, STORE_FAST, POP_TOP, COPY, SWAP, BINARY_OP, COMPARE_OP,
                 POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_FORWARD,
                 JUMP_BACKWARD, BINARY_SUBSCR, STORE_SUBSCR, FOR_ITER, UNPACK_SEQUENCE, GET_ITER, LIST_APPEND -> true;
            case LOAD_NAME, STORE_NAME, LOAD_ATTR, STORE_ATTR, PUSH_NULL, NOP -> names;
            default -> false;
        };
    }

    /** What DataLoop's case for OP needs of the depth before it and of its argument (unchecked there). */
    private static boolean dataOpFits(int op, int arg, int depth, int nlocalsplus, int nconsts, int nnames) {
        return switch (op) {
            case LOAD_ATTR -> depth >= 1 && (arg >> 1) < nnames;
            case STORE_ATTR -> depth >= 2 && arg < nnames;
            case STORE_NAME -> depth >= 1;
            case LOAD_FAST, STORE_FAST -> arg < nlocalsplus && (op == LOAD_FAST || depth >= 1);
            case LOAD_CONST -> arg < nconsts;
            case COPY -> arg >= 1 && depth >= arg;
            case SWAP -> arg >= 2 && depth >= arg;
            case BINARY_OP, BINARY_SUBSCR -> depth >= 2;
            // The jump fused with it pops one more: a POP_JUMP after it needs the depth of COMPARE_OP's result.
            case COMPARE_OP -> depth >= 2;
            case STORE_SUBSCR -> depth >= 3;
            case LIST_APPEND -> depth >= 1 + arg && arg >= 1;
            case POP_TOP, GET_ITER, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER,
                 UNPACK_SEQUENCE -> depth >= 1;
            default -> true;
        };
    }

    private static PyObject tupleItem(PyTuple t, long i) {
        PyObject[] items = t.items();
        long k = i < 0 ? i + items.length : i;
        return k >= 0 && k < items.length ? items[(int) k] : null;
    }

    /**
     * BINARY_OP on two exact floats, two exact ints, or an exact float and an exact small
     * int; null for any other operands or an outcome it leaves to Eval.loop (an int that
     * overflows a long, a division by zero: Eval.loop raises). No call out, so that the
     * loop's state can stay in registers.
     */
    static PyObject binaryOp(Object a, Object b, int op) {
        // getClass() compared in place, never kept in a local: a local Class would be live
        // in the uncommon traps' debug information after each test, so that C2 loaded both
        // mirrors (klass, its mirror handle, the mirror: three dependent loads each) ahead
        // of the first test (perf and -XX:+PrintAssembly of CallLoop.run on fib: 11% of its
        // samples); compared directly, each test is one compare of the klass word.
        double x;
        double y;
        if (a.getClass() == PyFloat.class) {
            x = ((PyFloat) a).value;
            if (b.getClass() == PyFloat.class) {
                y = ((PyFloat) b).value;
            } else if (b.getClass() == PyInt.class && exactDouble((PyInt) b)) {
                y = (double) ((PyInt) b).value;
            } else {
                return null;
            }
        } else if (a.getClass() == PyInt.class) {
            if (b.getClass() == PyInt.class) {
                return intOp((PyInt) a, (PyInt) b, op);
            }
            if (b.getClass() == PyFloat.class && exactDouble((PyInt) a)) {
                x = (double) ((PyInt) a).value;
                y = ((PyFloat) b).value;
            } else {
                return null;
            }
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
                return y != 0 ? PyFloat.of(x / y) : null;
            default:
                return null;
        }
    }

    /**
     * COMPARE_OP on two exact ints that fit a long or two exact floats: 1 when true, 0 when
     * false, -1 for any other operands (as Eval.fastCompare).
     */
    static int compare(Object a, Object b, int op) {
        // getClass() compared in place, not kept in a local (see binaryOp).
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.isBig() || y.isBig()) {
                return -1;
            }
            long u = x.value;
            long v = y.value;
            return switch (op) {
                case Ops.LT -> u < v ? 1 : 0;
                case Ops.LE -> u <= v ? 1 : 0;
                case Ops.EQ -> u == v ? 1 : 0;
                case Ops.NE -> u != v ? 1 : 0;
                case Ops.GT -> u > v ? 1 : 0;
                default -> u >= v ? 1 : 0;
            };
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            double u = ((PyFloat) a).value;
            double v = ((PyFloat) b).value;
            return switch (op) {
                case Ops.LT -> u < v ? 1 : 0;
                case Ops.LE -> u <= v ? 1 : 0;
                case Ops.EQ -> u == v ? 1 : 0;
                case Ops.NE -> u != v ? 1 : 0;
                case Ops.GT -> u > v ? 1 : 0;
                default -> u >= v ? 1 : 0;
            };
        }
        return -1;
    }

    /** An int that converts to a double exactly (as Eval.floatOp accepts). */
    private static boolean exactDouble(PyInt i) {
        return !i.isBig() && Math.abs(i.value) < (1L << 53);
    }

    /** BINARY_OP on two exact ints that fit a long, with a result that does; else null. */
    private static PyObject intOp(PyInt a, PyInt b, int op) {
        if (a.isBig() || b.isBig()) {
            return null;
        }
        long x = a.value;
        long y = b.value;
        long r;
        switch (op) {
            case 0, 13:
                r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return null;
                }
                break;
            case 10, 23:
                r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return null;
                }
                break;
            case 5, 18:
                r = x * y;
                if (Math.multiplyHigh(x, y) != (r >> 63)) {
                    return null;
                }
                break;
            case 1, 14:
                r = x & y;
                break;
            case 7, 20:
                r = x | y;
                break;
            case 12, 25:
                r = x ^ y;
                break;
            case 9, 22:
                if (y < 0) {
                    return null;
                }
                r = x >> Math.min(y, 63);
                break;
            case 6, 19:
                if (y == 0) {
                    return null;
                }
                r = y == -1 ? 0 : Math.floorMod(x, y);
                break;
            case 2, 15:
                if (y == 0 || (x == Long.MIN_VALUE && y == -1)) {
                    return null;
                }
                r = Math.floorDiv(x, y);
                break;
            default:
                return null;
        }
        return PyInt.of(r);
    }
}
