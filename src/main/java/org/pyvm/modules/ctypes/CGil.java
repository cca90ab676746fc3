package org.pyvm.modules.ctypes;

import org.pyvm.runtime.Gil;

/**
 * The GIL around foreign calls: released for the call, as CPython's
 * Py_BEGIN_ALLOW_THREADS in _call_function_pointer does (not for PyDLL functions), and
 * taken back by a callback made meanwhile for its Python code (PyGILState_Ensure in
 * callbacks.c). Nothing happens while only one Python thread exists.
 */
final class CGil {

    private CGil() {}

    /** Per thread: whether this thread released the GIL for a foreign call now in progress. */
    private static final ThreadLocal<boolean[]> RELEASED = ThreadLocal.withInitial(() -> new boolean[1]);

    static boolean begin() {
        if (!Gil.isActive()) {
            return false;
        }
        boolean r = Gil.release();
        if (r) {
            RELEASED.get()[0] = true;
        }
        return r;
    }

    static void end(boolean released) {
        if (released) {
            RELEASED.get()[0] = false;
            Gil.reacquire(true);
        }
    }

    static boolean enterCallback() {
        if (!Gil.isActive()) {
            return false;
        }
        boolean[] f = RELEASED.get();
        if (f[0]) {
            Gil.acquire();
            f[0] = false;
            return true;
        }
        return false;
    }

    static void exitCallback(boolean taken) {
        if (taken) {
            RELEASED.get()[0] = true;
            Gil.release();
        }
    }
}
