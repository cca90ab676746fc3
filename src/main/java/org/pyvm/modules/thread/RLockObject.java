package org.pyvm.modules.thread;

import java.util.concurrent.Semaphore;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _thread.RLock: a lock the owning thread may take again; it is free when released as
 * many times. The owner and count are only changed by the thread holding the semaphore.
 * Compare CPython Modules/_threadmodule.c: rlock_acquire, rlock_release, rlock_release_save.
 */
final class RLockObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_thread", "RLock", RLockObject.class, RLockObject.class));

    private final PyType type;
    private final Semaphore sem = new Semaphore(1);
    private volatile long owner;
    private long count;

    RLockObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new RLockObject(cls);
    }

    private static long me() {
        return Thread.currentThread().threadId();
    }

    @ExposedMethod
    static boolean acquire(RLockObject self, PyObject[] args, String[] kw) {
        long nanos = LockObject.timeoutNanos("acquire", args, kw);
        if (self.count > 0 && self.owner == me()) {
            if (self.count == Long.MAX_VALUE) {
                throw PyErr.overflowError("Internal lock count overflowed");
            }
            self.count++;
            return true;
        }
        if (!LockObject.acquire(self.sem, nanos)) {
            return false;
        }
        self.owner = me();
        self.count = 1;
        return true;
    }

    @ExposedMethod
    static boolean __enter__(RLockObject self) {
        return acquire(self, new PyObject[0], null);
    }

    @ExposedMethod
    static void release(RLockObject self) {
        if (self.count == 0 || self.owner != me()) {
            throw PyErr.runtimeError("cannot release un-acquired lock");
        }
        if (--self.count == 0) {
            self.owner = 0;
            self.sem.release();
        }
    }

    @ExposedMethod
    static void __exit__(RLockObject self, PyObject[] args, String[] kw) {
        release(self);
    }

    @ExposedMethod
    static boolean _is_owned(RLockObject self) {
        return self.count > 0 && self.owner == me();
    }

    @ExposedMethod
    static long _recursion_count(RLockObject self) {
        return self.owner == me() ? self.count : 0;
    }

    /** For Condition.wait: releases completely, returning (count, owner). Compare rlock_release_save. */
    @ExposedMethod
    static PyObject _release_save(RLockObject self) {
        if (self.count == 0) {
            throw PyErr.runtimeError("cannot release un-acquired lock");
        }
        long c = self.count;
        long o = self.owner;
        self.count = 0;
        self.owner = 0;
        self.sem.release();
        return LockObject.pair(c, o);
    }

    @ExposedMethod
    static void _acquire_restore(RLockObject self, PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError("_acquire_restore() argument must be a 2-tuple");
        }
        LockObject.acquire(self.sem, -1);
        self.owner = Abstract.index(t.get(1)).longValue();
        self.count = Abstract.index(t.get(0)).longValue();
    }

    @ExposedMethod
    static void _at_fork_reinit(RLockObject self) {
        self.sem.drainPermits();
        self.sem.release();
        self.owner = 0;
        self.count = 0;
    }

    /** {@code <unlocked _thread.RLock object owner=0 count=0 at 0x...>}. Compare rlock_repr. */
    @ExposedMethod
    static String __repr__(RLockObject self) {
        return "<" + (self.count > 0 ? "locked" : "unlocked") + " " + self.type.getName() + " object owner="
            + self.owner + " count=" + self.count + " at 0x" + Abstract.idHex(self) + ">";
    }

    static PyObject countOf(long c) {
        return PyInt.of(c);
    }
}
