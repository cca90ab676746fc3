package org.pyvm.modules.thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _thread.lock (LockType): a lock any thread may release, on a one-permit semaphore.
 * A blocking acquire releases the GIL while it waits. Compare CPython
 * Modules/_threadmodule.c: lock_PyThread_acquire_lock, acquire_timed, lock_PyThread_release_lock.
 */
final class LockObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_thread", "lock", LockObject.class, LockObject.class))
        .notSubclassable();

    static final double TIMEOUT_MAX = 9223372036.0;

    final Semaphore sem = new Semaphore(1);
    /**
     * Whether a Python-level acquire holds the lock: set once acquire has returned with the
     * GIL taken again, cleared by release before the semaphore is. locked() and release's
     * check read this flag, not the semaphore, as CPython's lockobject.locked does: a waiter
     * that the semaphore has woken but that still waits for the GIL does not hold the lock
     * yet for the thread running. threading._shutdown depends on it (it releases the main
     * thread's _tstate_lock, which a thread joining the main thread waits on, then asserts
     * it unlocked).
     */
    volatile boolean locked;

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_thread.lock' instances");
    }

    /**
     * The timeout in nanoseconds from acquire's (blocking, timeout) arguments: -1 to wait
     * forever, 0 not to wait. Compare lock_acquire_parse_args.
     */
    static long timeoutNanos(String fn, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse(fn, args, kw, 0, 2, "blocking", "timeout");
        boolean blocking = a[0] == null || Abstract.isTrue(a[0]);
        double timeout = a[1] == null ? -1 : Abstract.toDouble(a[1]);
        if (!blocking && timeout != -1) {
            throw PyErr.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PyErr.valueError("timeout value must be positive");
        }
        if (!blocking) {
            return 0;
        }
        if (timeout == -1) {
            return -1;
        }
        if (timeout > TIMEOUT_MAX) {
            throw PyErr.overflowError("timeout value is too large");
        }
        return (long) Math.ceil(timeout * 1e9);
    }

    /** Acquires SEM, releasing the GIL while waiting; KeyboardInterrupt when interrupted. */
    static boolean acquire(Semaphore sem, long nanos) {
        if (sem.tryAcquire()) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        // A signal's handler runs and the wait goes on for the time left (PEP 475).
        long deadline = System.nanoTime() + nanos;
        while (true) {
            boolean released = Gil.release();
            org.pyvm.runtime.Interrupts.beginWait();
            try {
                if (nanos < 0) {
                    sem.acquire();
                    return true;
                }
                return sem.tryAcquire(nanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Gil.reacquire(released);
                released = false;
                org.pyvm.runtime.Interrupts.afterInterruptedWait();
            } finally {
                org.pyvm.runtime.Interrupts.endWait();
                Gil.reacquire(released);
            }
            if (nanos > 0) {
                nanos = Math.max(0, deadline - System.nanoTime());
            }
        }
    }

    /** acquire on this lock; marks it held. Compare lock_PyThread_acquire_lock. */
    private static boolean acquireLock(LockObject self, long nanos) {
        boolean got = acquire(self.sem, nanos);
        if (got) {
            self.locked = true;
        }
        return got;
    }

    @ExposedMethod
    static boolean acquire(LockObject self, PyObject[] args, String[] kw) {
        return acquireLock(self, timeoutNanos("acquire", args, kw));
    }

    @ExposedMethod
    static boolean acquire_lock(LockObject self, PyObject[] args, String[] kw) {
        return acquireLock(self, timeoutNanos("acquire_lock", args, kw));
    }

    @ExposedMethod
    static boolean __enter__(LockObject self) {
        return acquireLock(self, -1);
    }

    @ExposedMethod
    static void release_lock(LockObject self) {
        release(self);
    }

    @ExposedMethod
    static void release(LockObject self) {
        if (!self.locked) {
            throw PyErr.runtimeError("release unlocked lock");
        }
        self.locked = false;
        self.sem.release();
    }

    /** The thread that made sentinel lock L ended: L is released if held. Compare release_sentinel. */
    static void releaseSentinel(LockObject l) {
        if (l.locked) {
            l.locked = false;
            l.sem.release();
        }
    }

    @ExposedMethod
    static void __exit__(LockObject self, PyObject[] args, String[] kw) {
        release(self);
    }

    @ExposedMethod
    static boolean locked_lock(LockObject self) {
        return locked(self);
    }

    @ExposedMethod
    static boolean locked(LockObject self) {
        return self.locked;
    }

    @ExposedMethod
    static void _at_fork_reinit(LockObject self) {
        self.sem.drainPermits();
        self.sem.release();
        self.locked = false;
    }

    @ExposedMethod
    static String __repr__(LockObject self) {
        return "<" + (locked(self) ? "locked" : "unlocked") + " _thread.lock object at 0x" + Abstract.idHex(self) + ">";
    }

    static PyObject timeoutMax() {
        return PyFloat.of(TIMEOUT_MAX);
    }

    static PyObject pair(long a, long b) {
        return PyTuple.of(PyInt.of(a), PyInt.of(b));
    }
}
