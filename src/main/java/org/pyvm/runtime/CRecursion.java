package org.pyvm.runtime;

/**
 * The depth of Java-level recursion that does not go through a Python frame (a list
 * compared with itself, nested containers compared item by item). Without a bound such
 * recursion would run until the JVM's very large main-thread stack overflows, which takes
 * many seconds; CPython bounds it separately from sys.getrecursionlimit() by its C
 * recursion limit. Compare CPython Include/internal/pycore_ceval.h:
 * _Py_EnterRecursiveCallTstate and Include/cpython/pystate.h: C_RECURSION_LIMIT (1500).
 */
public final class CRecursion {

    private CRecursion() {}

    /** CPython 3.12's C_RECURSION_LIMIT for a release build. */
    static final int LIMIT = 1500;

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * Counts one more level on this thread, or raises RecursionError("maximum recursion
     * depth exceeded" + WHERE) beyond the limit. The caller decrements the returned
     * counter in a finally block.
     */
    public static int[] enter(String where) {
        int[] d = DEPTH.get();
        if (d[0] >= LIMIT) {
            throw PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded" + where);
        }
        d[0]++;
        return d;
    }
}
