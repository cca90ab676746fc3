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
 * thread while thread-local objects are being made. _test_thread_state calls a callable
 * from new threads and from the caller's with and without the GIL (test_misc's
 * TestThreadState). Compare _testcapimodule.c:
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

    /**
     * _make_call: PyGILState_Ensure, call CALLABLE, PyGILState_Release. On a thread of its
     * own an exception is dropped with the thread state, as C's is; on the caller's thread it
     * is raised.
     */
    private static void makeCall(PyObject callable, boolean ownThread) {
        if (!ownThread) {
            Abstract.call(callable);
            return;
        }
        Gil.acquire();
        try {
            Abstract.call(callable);
        } catch (PyBaseException e) {
            // PyGILState_Release clears the thread state, and the exception with it.
        } finally {
            Gil.release();
        }
    }

    /** PyThread_start_new_thread(_make_call_from_thread, callable): DONE is released at its end. */
    private static void startCaller(PyObject callable, java.util.concurrent.Semaphore done) {
        Thread t = new Thread(() -> {
            try {
                makeCall(callable, true);
            } finally {
                done.release();
            }
        }, "pyvm-c-thread");
        t.setDaemon(true);
        t.start();
    }

    /** makeCall on the caller's thread while it does not hold the GIL (Py_BEGIN_ALLOW_THREADS). */
    private static void callReleased(PyObject callable, boolean released) {
        Gil.reacquire(released);
        try {
            Abstract.call(callable);
        } finally {
            Gil.release();
        }
    }

    /**
     * _test_thread_state(fn): FN called on a new thread (taking the GIL as a C thread does),
     * on this thread with the GIL held, on this thread again after it let the GIL go (and the
     * new thread is waited for), then once more on a new thread and on this one without the
     * GIL: three calls here, two elsewhere. Compare _testcapimodule.c: test_thread_state,
     * _make_call, _make_call_from_thread.
     */
    @ExposedMethod
    static PyObject _test_thread_state(PyObject fn) {
        if (!Abstract.isCallable(fn)) {
            throw PyErr.typeError("'" + fn.type().tpName() + "' object is not callable");
        }
        Gil.activate();
        java.util.concurrent.Semaphore done = new java.util.concurrent.Semaphore(0);
        startCaller(fn, done);
        boolean waited = false;
        try {
            makeCall(fn, false);
            boolean released = Gil.release();
            try {
                callReleased(fn, released);
                done.acquireUninterruptibly();
                waited = true;
                startCaller(fn, done);
                waited = false;
                callReleased(fn, released);
                done.acquireUninterruptibly();
                waited = true;
            } finally {
                Gil.reacquire(released);
            }
        } finally {
            if (!waited) {
                boolean released = Gil.release();
                done.acquireUninterruptibly();
                Gil.reacquire(released);
            }
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
