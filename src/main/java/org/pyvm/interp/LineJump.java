package org.pyvm.interp;

import org.pyvm.bytecode.ExceptionTable;
import org.pyvm.bytecode.LocationTable;
import org.pyvm.bytecode.Opcode;
import org.pyvm.bytecode.StackEffect;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;

/**
 * Assignment to {@code frame.f_lineno} from a trace function: a jump to another line of
 * the running code. Compare CPython Objects/frameobject.c: frame_setlineno, with its
 * helpers mark_stacks, compatible_stack, explain_incompatible_stack and marklines.
 *
 * <p>Which jumps are safe is decided on a model of the value stack: at each code unit,
 * the kinds of the values on the stack (an iterator of a for loop, an exception being
 * handled, the lasti of a re-raise, a NULL, any other object), packed three bits a
 * value into a long as CPython does, so that the same jumps are refused with the same
 * messages. A jump pops the values the target does not have (restoring the handled
 * exception when it pops an exception), binds None to unbound locals with CPython's
 * RuntimeWarning, and continues at the target without a 'line' event for it.
 */
final class LineJump {

    private LineJump() {}

    /** The event being reported to a frame's trace function, as far as jumps care. */
    static final int NO_EVENT = 0;
    static final int START = 1;   // 'call' of a new frame
    static final int RESUME = 2;  // 'call' of a resumed generator
    static final int LINE = 3;
    static final int YIELD = 4;   // 'return' for a yield
    static final int OTHER = 5;   // 'return', 'exception', a thrown-in 'call'

    // Kinds of stack values.
    private static final int ITERATOR = 1;
    private static final int EXCEPT = 2;
    private static final int OBJECT = 3;
    private static final int NULL = 4;
    private static final int LASTI = 5;

    private static final int BITS = 3;
    private static final long MASK = (1 << BITS) - 1;
    private static final long UNINITIALIZED = -2;
    private static final long OVERFLOWED = -1;
    private static final int MAX_ENTRIES = 63 / BITS;
    private static final long WILL_OVERFLOW = 1L << ((MAX_ENTRIES - 1) * BITS);

    private static long push(long stack, int kind) {
        // Compared unsigned: the two negative markers count as overflowed too.
        return Long.compareUnsigned(stack, WILL_OVERFLOW) >= 0 ? OVERFLOWED : (stack << BITS) | kind;
    }

    private static long pop(long stack) {
        return stack >> BITS;
    }

    private static int top(long stack) {
        return (int) (stack & MASK);
    }

    private static int peek(long stack, int n) {
        return (int) ((stack >> (BITS * (n - 1))) & MASK);
    }

    private static long swap(long stack, int n) {
        int other = peek(stack, n);
        int t = top(stack);
        int shift = BITS * (n - 1);
        long low = (stack & ~(MASK << shift)) | ((long) t << shift);
        return (low & ~MASK) | other;
    }

    private static long popToLevel(long stack, int level) {
        if (level == 0) {
            return 0;
        }
        long levelMax = MASK << ((level - 1) * BITS);
        while (stack > levelMax) {
            stack = pop(stack);
        }
        return stack;
    }

    /** The stack model at each code unit of CODE (UNINITIALIZED where unreachable). */
    static long[] markStacks(org.pyvm.runtime.PyCode codeObj) {
        byte[] code = codeObj.bytecode;
        int len = code.length / 2;
        long[] stacks = new long[len + 1];
        java.util.Arrays.fill(stacks, UNINITIALIZED);
        stacks[0] = 0;
        boolean todo = true;
        while (todo) {
            todo = false;
            for (int i = 0; i < len;) {
                long next = stacks[i];
                int op = code[2 * i] & 0xff;
                int arg = 0;
                while (op == Opcode.EXTENDED_ARG && i + 1 < len) {
                    arg = (arg << 8) | (code[2 * i + 1] & 0xff);
                    i++;
                    op = code[2 * i] & 0xff;
                    stacks[i] = next;
                }
                int nextI = i + 1 + (op == Opcode.EXTENDED_ARG ? 0 : Opcode.cacheEntries(op));
                if (next == UNINITIALIZED) {
                    i = nextI;
                    continue;
                }
                arg = (arg << 8) | (code[2 * i + 1] & 0xff);
                int j;
                switch (op) {
                    case Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE, Opcode.POP_JUMP_IF_NONE,
                         Opcode.POP_JUMP_IF_NOT_NONE -> {
                        next = pop(next);
                        set(stacks, nextI + arg, next);
                        set(stacks, nextI, next);
                    }
                    case Opcode.SEND -> {
                        set(stacks, i + 1 + Opcode.cacheEntries(Opcode.SEND) + arg, next);
                        set(stacks, nextI, next);
                    }
                    case Opcode.JUMP_FORWARD -> set(stacks, i + 1 + arg, next);
                    case Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT -> {
                        j = i + 1 - arg;
                        if (j >= 0 && j < len) {
                            if (stacks[j] == UNINITIALIZED && j < i) {
                                todo = true;
                            }
                            stacks[j] = next;
                        }
                    }
                    case Opcode.GET_ITER, Opcode.GET_AITER -> set(stacks, nextI, push(pop(next), ITERATOR));
                    case Opcode.FOR_ITER -> {
                        long target = push(next, OBJECT);
                        set(stacks, nextI, target);
                        set(stacks, i + 1 + Opcode.cacheEntries(Opcode.FOR_ITER) + arg, target);
                    }
                    case Opcode.END_ASYNC_FOR -> set(stacks, nextI, pop(pop(next)));
                    case Opcode.PUSH_EXC_INFO -> set(stacks, nextI, push(next, EXCEPT));
                    case Opcode.POP_EXCEPT -> set(stacks, nextI, pop(next));
                    case Opcode.RETURN_VALUE, Opcode.RETURN_CONST, Opcode.RAISE_VARARGS, Opcode.RERAISE -> { }
                    case Opcode.PUSH_NULL -> set(stacks, nextI, push(next, NULL));
                    case Opcode.LOAD_GLOBAL -> {
                        if ((arg & 1) != 0) {
                            next = push(next, NULL);
                        }
                        set(stacks, nextI, push(next, OBJECT));
                    }
                    case Opcode.LOAD_ATTR -> {
                        if ((arg & 1) != 0) {
                            next = push(push(pop(next), NULL), OBJECT);
                        }
                        set(stacks, nextI, next);
                    }
                    case Opcode.CALL -> {
                        for (int k = 0; k < arg + 2; k++) {
                            next = pop(next);
                        }
                        set(stacks, nextI, push(next, OBJECT));
                    }
                    case Opcode.SWAP -> set(stacks, nextI, arg >= 1 ? swap(next, arg) : next);
                    case Opcode.COPY -> set(stacks, nextI, arg >= 1 ? push(next, peek(next, arg)) : next);
                    default -> {
                        int delta;
                        try {
                            delta = StackEffect.of(op, arg, null);
                        } catch (IllegalArgumentException e) {
                            delta = 0; // not an instruction CPython writes: leave the model as it is
                        }
                        for (; delta < 0; delta++) {
                            next = pop(next);
                        }
                        for (; delta > 0; delta--) {
                            next = push(next, OBJECT);
                        }
                        set(stacks, nextI, next);
                    }
                }
                i = nextI;
            }
            // Handlers start with the stack of their protected range, cut to the handler's
            // depth, then the lasti (when asked for) and the exception.
            for (ExceptionTable.Entry e : codeObj.exceptions.entries()) {
                int start = e.start() / 2;
                int handler = e.target() / 2;
                if (start < len && handler < len && stacks[start] != UNINITIALIZED && stacks[handler] == UNINITIALIZED) {
                    todo = true;
                    long target = popToLevel(stacks[start], e.depth());
                    if (e.lasti()) {
                        target = push(target, LASTI);
                    }
                    stacks[handler] = push(target, EXCEPT);
                }
            }
        }
        return stacks;
    }

    private static void set(long[] stacks, int j, long value) {
        if (j >= 0 && j < stacks.length) {
            stacks[j] = value;
        }
    }

    private static boolean compatibleKind(int from, int to) {
        if (to == 0) {
            return false;
        }
        if (to == OBJECT) {
            return from != NULL;
        }
        return to == NULL || from == to;
    }

    private static boolean compatible(long from, long to) {
        if (from < 0 || to < 0) {
            return false;
        }
        while (from > to) {
            from = pop(from);
        }
        while (from != 0) {
            if (!compatibleKind(top(from), top(to))) {
                return false;
            }
            from = pop(from);
            to = pop(to);
        }
        return to == 0;
    }

    private static String explainIncompatible(long to) {
        if (to == OVERFLOWED) {
            return "stack is too deep to analyze";
        }
        if (to == UNINITIALIZED) {
            return "can't jump into an exception handler, or code may be unreachable";
        }
        return switch (top(to)) {
            case EXCEPT -> "can't jump into an 'except' block as there's no exception";
            case LASTI -> "can't jump into a re-raising block as there's no location";
            case ITERATOR -> "can't jump into the body of a for loop";
            default -> "incompatible stacks";
        };
    }

    /** The line each code unit starts (-1 where no new line starts). Compare frameobject.c: marklines. */
    private static int[] markLines(org.pyvm.runtime.PyCode code) {
        int len = code.bytecode.length / 2;
        int[] starts = new int[len];
        java.util.Arrays.fill(starts, -1);
        int last = -1;
        for (LocationTable.Entry e : code.locations().entries()) {
            int u = e.start() / 2;
            if (e.line() != last && e.line() != -1 && u < len) {
                starts[u] = e.line();
                last = e.line();
            }
        }
        return starts;
    }

    /**
     * {@code frame.f_lineno = VALUE} on F, whose trace function is being told WHAT with
     * the value stack ending at SP (in f.fast). Returns the new end of the stack; the
     * caller continues at f.lasti, which is now the target.
     */
    static int jump(Frame f, PyObject value, int what, int sp) {
        if (value == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        if (!(value instanceof PyInt n) || value.type() != PyInt.TYPE) {
            throw PyErr.valueError("lineno must be an integer");
        }
        switch (what) {
            case RESUME, LINE, YIELD -> { }
            case START -> throw PyErr.valueError("can't jump from the 'call' trace event of a new frame");
            case OTHER -> throw PyErr.valueError("can only jump from a 'line' trace event");
            default -> throw PyErr.valueError("f_lineno can only be set in a trace function");
        }
        java.math.BigInteger big = n.bigValue();
        if (big.bitLength() > 31) {
            throw PyErr.valueError("lineno out of range");
        }
        int asked = big.intValue();
        org.pyvm.runtime.PyCode code = f.code;
        if (asked < code.firstlineno) {
            throw PyErr.valueError("line " + asked + " comes before the current code block");
        }
        int[] lines = markLines(code);
        int line = Integer.MAX_VALUE;
        for (int l : lines) {
            if (l < line && l >= asked) {
                line = l;
            }
        }
        if (line == Integer.MAX_VALUE) {
            throw PyErr.valueError("line " + asked + " comes after the current code block");
        }
        long[] stacks = markStacks(code);
        long best = OVERFLOWED;
        int bestAt = -1;
        long start = stacks[f.lasti / 2];
        int err = -1;
        String msg = "cannot find bytecode for specified line";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] != line) {
                continue;
            }
            long target = stacks[i];
            if (compatible(start, target)) {
                err = 0;
                if (target > best) {
                    best = target;
                    bestAt = i;
                }
            } else if (err < 0) {
                if (start == OVERFLOWED) {
                    msg = "stack to deep to analyze";
                } else if (start == UNINITIALIZED) {
                    msg = "can't jump from unreachable code";
                } else {
                    msg = explainIncompatible(target);
                    err = 1;
                }
            }
        }
        if (err != 0) {
            throw PyErr.valueError(msg);
        }
        bindUnboundLocals(f);
        PyObject[] s = f.fast;
        PyObject yielded = null;
        if (what == YIELD) {
            // The yielded value leaves the frame when it suspends; the jump takes effect
            // when the generator resumes (Frame.resumeAt).
            start = pop(start);
            yielded = s[--sp];
            s[sp] = null;
        }
        ThreadState ts = ThreadState.get();
        while (start > best && sp > f.nlocalsplus) {
            PyObject v = s[--sp];
            s[sp] = null;
            if (top(start) == EXCEPT) {
                ts.handled = v instanceof PyBaseException e ? e : null;
            }
            start = pop(start);
        }
        if (what == YIELD) {
            Eval.put(s, sp++, yielded);
            f.resumeAt = 2 * bestAt;
        } else {
            f.lasti = 2 * bestAt;
        }
        f.traceState().lineno = line;
        return sp;
    }

    /** Locals the compiler may have proven bound at the target get None, with CPython's warning. */
    private static void bindUnboundLocals(Frame f) {
        int unbound = 0;
        for (int i = 0; i < f.nlocalsplus; i++) {
            if (f.fast[i] == null) {
                unbound++;
            }
        }
        if (unbound == 0) {
            return;
        }
        Abstract.warn(PyExc.RuntimeWarning,
            "assigning None to " + unbound + " unbound local" + (unbound == 1 ? "" : "s"));
        for (int i = 0; i < f.nlocalsplus; i++) {
            if (f.fast[i] == null) {
                f.fast[i] = PyNone.NONE;
            }
        }
    }
}
