package org.pyvm.modules.sqlite3;

import org.pyvm.runtime.Gil;

/**
 * The GIL around SQLite calls that may block (waiting out another connection's lock, disk
 * I/O) or run long: they release it, as CPython's Py_BEGIN_ALLOW_THREADS does, and a
 * callback SQLite makes meanwhile takes it back for its Python code and leaves it released
 * again (CPython's PyGILState_Ensure/Release in each callback). Nothing happens while only
 * one Python thread exists ({@link Gil#isActive()} false).
 */
final class GilRelease {

    private GilRelease() {}

    /** Per thread: whether this thread released the GIL for a native call now in progress. */
    private static final ThreadLocal<boolean[]> RELEASED = ThreadLocal.withInitial(() -> new boolean[1]);

    /** Before the native call; the result goes to {@link #end}. */
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

    /** At a callback's entry: the GIL back if this thread gave it up for the call SQLite is in. */
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
