package org.pyvm.modules.multiprocessing;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.posix.Libc;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _multiprocessing.SemLock: a POSIX named semaphore (sem_open and friends of the C library
 * through java.lang.foreign), shared with child processes by its name. A lock of kind
 * RECURSIVE_MUTEX counts its owner's nested acquisitions itself, as CPython's does. Compare
 * CPython Modules/_multiprocessing/semaphore.c.
 *
 * <p>A blocking acquire first tries sem_trywait with the GIL held, then waits in
 * sem_timedwait slices of {@value #SLICE_MS} ms with the GIL released: between slices the
 * main thread runs pending signal handlers (pyvm's signals do not reach the C call as
 * EINTR), and a handler's exception ends the wait, as PyErr_CheckSignals does in CPython's
 * retry loop.
 */
public final class SemLockObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_multiprocessing", "SemLock", SemLockObject.class,
        SemLockObject.class));

    static final int RECURSIVE_MUTEX = 0, SEMAPHORE = 1;
    /** SEM_VALUE_MAX of Linux. */
    static final int SEM_VALUE_MAX = Integer.MAX_VALUE;
    private static final int SLICE_MS = 50;
    private static final int O_CREAT = 0100, O_EXCL = 0200, EAGAIN = 11, ETIMEDOUT = 110, EINTR = 4;

    private static final MethodHandle SEM_OPEN = Libc.plainFunction("sem_open",
        FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT),
        java.lang.foreign.Linker.Option.firstVariadicArg(2), java.lang.foreign.Linker.Option.captureCallState("errno"));
    private static final MethodHandle SEM_CLOSE = Libc.function("sem_close", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle SEM_UNLINK = Libc.function("sem_unlink",
        FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle SEM_TRYWAIT = Libc.function("sem_trywait",
        FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle SEM_TIMEDWAIT = Libc.function("sem_timedwait",
        FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle SEM_POST = Libc.function("sem_post", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle SEM_GETVALUE = Libc.function("sem_getvalue",
        FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));

    private static final Cleaner CLEANER = Cleaner.create();

    private final PyType type;
    /** The sem_t* sem_open returned. */
    private final MemorySegment sem;
    private final int kind;
    private final int maxvalue;
    /** The name, or null once unlinked at creation. */
    private final String name;
    /** Acquisitions by this process not yet released (a recursive lock's depth). */
    private int count;
    /** threading.get_ident() of the thread that last acquired it. */
    private long lastTid;

    private SemLockObject(PyType type, MemorySegment sem, int kind, int maxvalue, String name) {
        this.type = type;
        this.sem = sem;
        this.kind = kind;
        this.maxvalue = maxvalue;
        this.name = name;
        long address = sem.address();
        // semlock_dealloc: sem_close when the object goes away.
        CLEANER.register(this, () -> close(address));
    }

    @Override
    public PyType type() {
        return type;
    }

    private static void close(long address) {
        try {
            Libc.call(SEM_CLOSE, "sem_close", (st, a) -> (int) SEM_CLOSE.invokeExact(st,
                MemorySegment.ofAddress(address)));
        } catch (RuntimeException e) {
            // nothing to report from a finalizer
        }
    }

    /** The errno-carrying OSError of a failed call (PyErr_SetFromErrno(PyExc_OSError)). */
    private static PyBaseException error(Libc.Result r) {
        return OsErrors.of(r.errno());
    }

    private static byte[] cname(String s) {
        if (s.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static MemorySegment cstr(java.lang.foreign.Arena a, byte[] b) {
        MemorySegment m = a.allocate(b.length + 1L);
        MemorySegment.copy(b, 0, m, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, b.length);
        return m;
    }

    /** sem_open(NAME, OFLAG[, 0600, VALUE]): the semaphore, or an OSError. */
    private static MemorySegment semOpen(String name, int oflag, int value) {
        byte[] b = cname(name);
        long[] addr = new long[1];
        Libc.Result r = Libc.call(SEM_OPEN, "sem_open", (st, a) -> {
            MemorySegment p = (MemorySegment) SEM_OPEN.invokeExact(st, cstr(a, b), oflag, 0600, value);
            addr[0] = p.address();
            if (p.address() != 0) {
                return 0;
            }
            // SEM_FAILED (NULL in glibc): the errno the state captured
            return -1;
        });
        if (r.value() == -1) {
            throw error(r);
        }
        return MemorySegment.ofAddress(addr[0]);
    }

    /** _PyLong_AsInt, argument clinic's int converter here. */
    private static int cInt(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.longValue() != (int) v.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) v.longValue();
    }

    /** SemLock(kind, value, maxvalue, name, unlink). Compare _multiprocessing_SemLock_impl. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("SemLock", args, kw, 5, 5, "kind", "value", "maxvalue", "name", "unlink");
        int kind = cInt(a[0]);
        int value = cInt(a[1]);
        int maxvalue = cInt(a[2]);
        if (!(a[3] instanceof PyStr s)) {
            throw PyErr.typeError("SemLock() argument 'name' must be str, not " + a[3].type().getName());
        }
        boolean unlink = cInt(a[4]) != 0;
        if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE) {
            throw PyErr.valueError("unrecognized kind");
        }
        String name = s.toString();
        MemorySegment sem = semOpen(name, O_CREAT | O_EXCL, value);
        if (unlink) {
            byte[] b = cname(name);
            Libc.Result r = Libc.call(SEM_UNLINK, "sem_unlink", (st, ar) -> (int) SEM_UNLINK.invokeExact(st,
                cstr(ar, b)));
            if (r.value() == -1) {
                close(sem.address());
                throw error(r);
            }
        }
        return new SemLockObject(cls, sem, kind, maxvalue, unlink ? null : name);
    }

    /** _rebuild(handle, kind, maxvalue, name): a SemLock of another process, reopened by name. */
    @ExposedMethod(classMethod = true)
    static PyObject _rebuild(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("_rebuild() takes no keyword arguments");
        }
        if (args.length != 4) {
            throw PyErr.typeError("_rebuild expected 4 arguments, got " + args.length);
        }
        PyInt h = Abstract.index(args[0]);
        int kind = cInt(args[1]);
        int maxvalue = cInt(args[2]);
        String name;
        if (args[3] == PyNone.NONE) {
            name = null;
        } else if (args[3] instanceof PyStr s) {
            name = s.toString();
        } else {
            throw PyErr.typeError("_rebuild() argument 4 must be str or None, not " + args[3].type().getName());
        }
        MemorySegment sem = name != null ? semOpen(name, 0, 0) : MemorySegment.ofAddress(h.longValue());
        return new SemLockObject(cls, sem, kind, maxvalue, name);
    }

    private boolean isMine() {
        return count > 0 && lastTid == Thread.currentThread().threadId();
    }

    private int tryWait() {
        Libc.Result r = Libc.call(SEM_TRYWAIT, "sem_trywait", (st, a) -> (int) SEM_TRYWAIT.invokeExact(st, sem));
        return r.value() == 0 ? 0 : r.errno();
    }

    /** sem_timedwait until DEADLINE (CLOCK_REALTIME nanoseconds): 0, or its errno. */
    private int timedWait(long deadline) {
        Libc.Result r = Libc.call(SEM_TIMEDWAIT, "sem_timedwait", (st, a) -> {
            MemorySegment ts = a.allocate(16);
            ts.set(JAVA_LONG, 0, Math.floorDiv(deadline, 1_000_000_000L));
            ts.set(JAVA_LONG, 8, Math.floorMod(deadline, 1_000_000_000L));
            return (int) SEM_TIMEDWAIT.invokeExact(st, sem, ts);
        });
        return r.value() == 0 ? 0 : r.errno();
    }

    private static long realtimeNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Compare semaphore.c: _multiprocessing_SemLock_acquire_impl. */
    private PyObject acquire(boolean blocking, PyObject timeoutObj) {
        if (kind == RECURSIVE_MUTEX && isMine()) {
            count++;
            return PyBool.TRUE;
        }
        long deadline = Long.MAX_VALUE;
        if (timeoutObj != PyNone.NONE) {
            double timeout = Abstract.toDouble(timeoutObj);
            if (timeout < 0.0 || Double.isNaN(timeout)) {
                timeout = 0.0;
            }
            long sec = (long) timeout;
            long nsec = (long) (1e9 * (timeout - sec) + 0.5);
            deadline = realtimeNanos() + Math.min(sec, Long.MAX_VALUE / 2_000_000_000L) * 1_000_000_000L + nsec;
        }
        int err = tryWait();
        if (err == EAGAIN && blocking) {
            while (true) {
                long sliceEnd = Math.min(deadline, realtimeNanos() + SLICE_MS * 1_000_000L);
                boolean released = Gil.release();
                try {
                    err = timedWait(sliceEnd);
                } finally {
                    Gil.reacquire(released);
                }
                if (err == 0 || (err != ETIMEDOUT && err != EINTR)) {
                    break;
                }
                if (err == ETIMEDOUT && sliceEnd >= deadline) {
                    break;
                }
                if (Interrupts.tripped && Interrupts.isMainThread()) {
                    PyBaseException e = Interrupts.runPending();
                    if (e != null) {
                        throw e;
                    }
                }
            }
        }
        if (err != 0) {
            if (err == EAGAIN || err == ETIMEDOUT) {
                return PyBool.FALSE;
            }
            throw OsErrors.of(err);
        }
        count++;
        lastTid = Thread.currentThread().threadId();
        return PyBool.TRUE;
    }

    /** acquire(block=True, timeout=None). */
    @ExposedMethod
    static PyObject acquire(SemLockObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("acquire", args, kw, 0, 2, "block", "timeout");
        boolean block = a[0] == null || Abstract.isTrue(a[0]);
        return self.acquire(block, a[1] == null ? PyNone.NONE : a[1]);
    }

    @ExposedMethod
    static PyObject __enter__(SemLockObject self) {
        return self.acquire(true, PyNone.NONE);
    }

    /** Compare semaphore.c: _multiprocessing_SemLock_release_impl. */
    @ExposedMethod
    static void release(SemLockObject self) {
        if (self.kind == RECURSIVE_MUTEX) {
            if (!self.isMine()) {
                throw PyErr.of(PyExc.AssertionError, "attempt to release recursive lock not owned by thread");
            }
            if (self.count > 1) {
                self.count--;
                return;
            }
        } else if (self.value() >= self.maxvalue) {
            // As CPython's: not a guarantee against another process posting meanwhile.
            throw PyErr.valueError("semaphore or lock released too many times");
        }
        Libc.Result r = Libc.call(SEM_POST, "sem_post", (st, a) -> (int) SEM_POST.invokeExact(st, self.sem));
        if (r.value() == -1) {
            throw error(r);
        }
        self.count--;
    }

    @ExposedMethod(min = 0, names = {"exc_type", "exc_value", "exc_tb"})
    static void __exit__(SemLockObject self, PyObject t, PyObject v, PyObject tb) {
        release(self);
    }

    /** sem_getvalue: the count (a negative count of waiters reads as 0). */
    private int value() {
        int[] out = new int[1];
        Libc.Result r = Libc.call(SEM_GETVALUE, "sem_getvalue", (st, a) -> {
            MemorySegment p = a.allocate(JAVA_INT);
            int v = (int) SEM_GETVALUE.invokeExact(st, sem, p);
            out[0] = p.get(JAVA_INT, 0);
            return v;
        });
        if (r.value() == -1) {
            throw error(r);
        }
        return Math.max(0, out[0]);
    }

    @ExposedMethod
    static PyObject _count(SemLockObject self) {
        return PyInt.of(self.count);
    }

    @ExposedMethod
    static PyObject _is_mine(SemLockObject self) {
        return PyBool.of(self.isMine());
    }

    @ExposedMethod
    static PyObject _get_value(SemLockObject self) {
        return PyInt.of(self.value());
    }

    @ExposedMethod
    static PyObject _is_zero(SemLockObject self) {
        return PyBool.of(self.value() == 0);
    }

    @ExposedMethod
    static void _after_fork(SemLockObject self) {
        self.count = 0;
    }

    @ExposedGetter
    static PyObject handle(SemLockObject self) {
        return PyInt.of(self.sem.address());
    }

    @ExposedGetter
    static PyObject kind(SemLockObject self) {
        return PyInt.of(self.kind);
    }

    @ExposedGetter
    static PyObject maxvalue(SemLockObject self) {
        return PyInt.of(self.maxvalue);
    }

    @ExposedGetter
    static PyObject name(SemLockObject self) {
        return self.name == null ? PyNone.NONE : PyStr.of(self.name);
    }

    /** sem_unlink(name). Compare semaphore.c: _PyMp_sem_unlink. */
    static void unlink(PyObject nameObj) {
        if (!(nameObj instanceof PyStr s)) {
            throw PyErr.typeError("sem_unlink() argument must be str, not " + nameObj.type().getName());
        }
        byte[] b = cname(s.toString());
        Libc.Result r = Libc.call(SEM_UNLINK, "sem_unlink", (st, a) -> (int) SEM_UNLINK.invokeExact(st, cstr(a, b)));
        if (r.value() == -1) {
            throw error(r);
        }
    }
}
