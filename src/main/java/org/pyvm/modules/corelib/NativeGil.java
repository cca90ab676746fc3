package org.pyvm.modules.corelib;

import org.pyvm.runtime.Gil;

/**
 * The GIL around calls into native code (_sqlite3's SQLite calls, _ctypes' foreign calls)
 * that may block or run long: they release it, as CPython's Py_BEGIN_ALLOW_THREADS does,
 * and a callback the native code makes meanwhile (an upcall stub) takes it back for its
 * Python code and leaves it released again (CPython's PyGILState_Ensure/Release in each
 * callback). One per-thread flag for every native library, so a callback finds the GIL
 * whichever module released it. Nothing happens while only one Python thread exists
 * ({@link Gil#isActive()} false).
 */
public final class NativeGil {

    private NativeGil() {}

    /** Per thread: whether this thread released the GIL for a native call now in progress. */
    private static final ThreadLocal<boolean[]> RELEASED = ThreadLocal.withInitial(() -> new boolean[1]);

    /** Before the native call; the result goes to {@link #end}. */
    public static boolean begin() {
        if (!Gil.isActive()) {
            return false;
        }
        boolean r = Gil.release();
        if (r) {
            RELEASED.get()[0] = true;
        }
        return r;
    }

    public static void end(boolean released) {
        if (released) {
            RELEASED.get()[0] = false;
            Gil.reacquire(true);
        }
    }

    /** At a callback's entry: the GIL back if this thread gave it up for the call SQLite is in. */
    public static boolean enterCallback() {
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

    public static void exitCallback(boolean taken) {
        if (taken) {
            RELEASED.get()[0] = true;
            Gil.release();
        }
    }
}
