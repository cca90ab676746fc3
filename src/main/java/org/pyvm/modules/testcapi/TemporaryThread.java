package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.Unraisable;

/**
 * _testcapi.call_in_temporary_c_thread(callback, wait=True) and join_temporary_c_thread():
 * the callback runs on a thread that the threading module did not start (in CPython a
 * C thread that takes the GIL with PyGILState_Ensure), which ends right after. The call
 * returns once the thread has started, and with WAIT once it has ended too; otherwise
 * join_temporary_c_thread() waits for its end. test_threading_local uses it to end a
 * thread while thread-local objects are being made. Compare _testcapimodule.c:
 * call_in_temporary_c_thread, join_temporary_c_thread.
 */
final class TemporaryThread {

    private TemporaryThread() {}

    /** The thread started and not yet joined, or null. */
    private static Thread running;

    static void addTo(PyModule m) {
        m.addFunctions(TemporaryThread.class);
    }

    @ExposedMethod(min = 1, names = {"callback", "wait"})
    static PyObject call_in_temporary_c_thread(PyObject callback, PyObject wait) {
        if (running != null) {
            throw PyErr.runtimeError("thread already running");
        }
        Gil.activate();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Thread t = new Thread(() -> {
            started.countDown();
            Gil.acquire();
            try {
                Abstract.call(callback);
            } catch (PyBaseException e) {
                Unraisable.report(e, callback);
            } finally {
                Gil.release();
            }
        }, "pyvm-temporary-thread");
        t.setDaemon(true);
        running = t;
        boolean released = Gil.release();
        try {
            t.start();
            started.await();
            if (wait == null || Abstract.isTrue(wait)) {
                t.join();
                running = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Gil.reacquire(released);
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject join_temporary_c_thread() {
        Thread t = running;
        if (t == null) {
            return PyNone.NONE;
        }
        boolean released = Gil.release();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Gil.reacquire(released);
        }
        running = null;
        return PyNone.NONE;
    }
}
