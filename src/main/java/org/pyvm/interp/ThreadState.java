package org.pyvm.interp;

import org.pyvm.runtime.PyBaseException;

/**
 * Per-thread interpreter state: the innermost frame, the recursion depth and the
 * exception being handled (sys.exc_info()). Compare CPython Include/cpython/pystate.h:
 * PyThreadState.
 */
final class ThreadState {

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    Frame frame;
    int depth;
    /** The exception being handled by an except or finally block, or null. */
    PyBaseException handled;

    static ThreadState get() {
        return CURRENT.get();
    }
}
