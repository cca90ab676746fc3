package org.pyvm.runtime;

/**
 * The depth of Java-level recursion that passes through no Python frame (a list that
 * contains itself compared with another one: list.__eq__ calls == on the items, which calls
 * list.__eq__ ...). Python frames are counted by the interpreter; this counts the rest
 * against CPython's C recursion limit, so that such a recursion ends in RecursionError
 * quickly instead of filling the interpreter thread's very large Java stack (which takes
 * tens of seconds before StackOverflowError). Compare CPython Include/internal/pycore_ceval.h:
 * _Py_EnterRecursiveCallTstate (tstate->c_recursion_remaining, Py_C_RECURSION_LIMIT).
 */
public final class CRecursion {

    /** CPython 3.12.1's Py_C_RECURSION_LIMIT (test.support.C_RECURSION_LIMIT). */
    public static final int LIMIT = 1500;

    private static final ThreadLocal<CRecursion> CURRENT = ThreadLocal.withInitial(CRecursion::new);

    /**
     * The state last looked up, by any thread: with the GIL it is nearly always the
     * caller's, and checking its owner is cheaper than a ThreadLocal look-up (the same trick
     * as interp.ThreadState). Read racily on purpose: the owner is checked.
     */
    private static CRecursion last;

    private final long threadId = Thread.currentThread().threadId();
    private int depth;

    private CRecursion() {}

    private static CRecursion get() {
        CRecursion c = last;
        if (c != null && c.threadId == Thread.currentThread().threadId()) {
            return c;
        }
        c = CURRENT.get();
        last = c;
        return c;
    }

    /**
     * Enters one level; raises RecursionError("maximum recursion depth exceeded" + WHERE)
     * beyond the limit. Every successful call must be paired with {@link #leave(CRecursion)}
     * in a finally block, on the state it returns.
     */
    public static CRecursion enter(String where) {
        CRecursion c = get();
        if (c.depth >= LIMIT) {
            throw PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded" + where);
        }
        c.depth++;
        return c;
    }

    /** Leaves the level {@link #enter(String)} entered. */
    public static void leave(CRecursion c) {
        c.depth--;
    }
}
