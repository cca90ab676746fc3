package org.pyvm.modules.posix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;

/**
 * os.eventfd: an eventfd(2) object kept in the JVM (pyvm's descriptors are its own, and
 * no other process can reach it), with the kernel's rules: an unsigned 64-bit counter,
 * read(2) of 8 bytes returns it and resets it (EFD_SEMAPHORE: returns 1 and decrements),
 * blocking while it is 0; write(2) of 8 bytes adds, blocking while the sum would pass
 * 0xfffffffffffffffe; poll reports readable for a counter above 0 and writable below the
 * maximum. Blocking waits release the GIL and take signals as pipes do. Compare the kernel's
 * fs/eventfd.c and CPython Modules/posixmodule.c: os_eventfd_impl, os_eventfd_read_impl,
 * os_eventfd_write_impl.
 */
final class EventFd implements FdTable.Pollable {

    static final int EFD_SEMAPHORE = 1, EFD_NONBLOCK = 04000, EFD_CLOEXEC = 02000000;
    private static final long MAX = 0xfffffffffffffffeL;

    private long counter;
    private final boolean semaphore;
    private boolean closed;

    private EventFd(long initval, boolean semaphore) {
        this.counter = initval;
        this.semaphore = semaphore;
    }

    /** eventfd(initval, flags=EFD_CLOEXEC). */
    @ExposedMethod
    static PyObject eventfd(PyObject[] args, String[] kw) {
        PyObject[] a = PosixMore.parse("eventfd", args, kw, 1, 2, "initval", "flags");
        long init = unsignedInt(a[0]);
        int flags = a[1] == null ? EFD_CLOEXEC : PosixModule.fd(a[1]);
        if ((flags & ~(EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC)) != 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        FdTable.Entry e = new FdTable.Entry();
        e.readable = true;
        e.writable = true;
        e.pollable = new EventFd(init, (flags & EFD_SEMAPHORE) != 0);
        e.blocking = (flags & EFD_NONBLOCK) == 0;
        int fd = FdTable.add(e);
        FdTable.setInheritable(fd, (flags & EFD_CLOEXEC) == 0);
        return PyInt.of(fd);
    }

    /** eventfd_read(fd): the counter as read(2) gives it. */
    @ExposedMethod
    static PyObject eventfd_read(PyObject[] args, String[] kw) {
        PyObject[] a = PosixMore.parse("eventfd_read", args, kw, 1, 1, "fd");
        int fd = fileno(a[0]);
        byte[] b = FdTable.read(fd, 8);
        if (b == null) {
            throw OsErrors.of(OsErrors.EAGAIN);
        }
        if (b.length != 8) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        long v = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getLong();
        return v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
    }

    /** eventfd_write(fd, value): adds VALUE, as write(2) of its 8 bytes. */
    @ExposedMethod
    static void eventfd_write(PyObject[] args, String[] kw) {
        PyObject[] a = PosixMore.parse("eventfd_write", args, kw, 2, 2, "fd", "value");
        int fd = fileno(a[0]);
        PyInt v = index(a[1]);
        if (v.signum() < 0) {
            throw PyErr.valueError("value must be positive");
        }
        if (v.isBig() && v.bigValue().bitLength() > 64) {
            throw PyErr.overflowError("int too big to convert");
        }
        long raw = v.isBig() ? v.bigValue().longValue() : v.longValue();
        byte[] b = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putLong(raw).array();
        FdTable.write(fd, b, 0, 8);
    }

    private static PyInt index(PyObject o) {
        if (!(o instanceof PyInt) && !Abstract.hasIndex(o)) {
            throw PyErr.typeError("an integer is required");
        }
        return Abstract.index(o);
    }

    /** _PyLong_UnsignedInt_Converter. */
    private static long unsignedInt(PyObject o) {
        PyInt v = index(o);
        if (v.signum() < 0) {
            throw PyErr.valueError("value must be positive");
        }
        if (v.isBig() && v.bigValue().bitLength() > 64) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned long");
        }
        if (v.isBig() || v.longValue() > 0xffffffffL) {
            throw PyErr.overflowError("Python int too large for C unsigned int");
        }
        return v.longValue();
    }

    /** The fildes converter: an int, or an object with fileno(). */
    private static int fileno(PyObject o) {
        if (o instanceof PyInt || Abstract.hasIndex(o)) {
            return PosixModule.fd(o);
        }
        PyObject m = Abstract.lookupAttr(o, "fileno");
        if (m == null) {
            throw PyErr.typeError("argument must be an int, or have a fileno() method.");
        }
        return PosixModule.fd(Abstract.call(m));
    }

    // ---- the descriptor ----

    @Override
    public synchronized int pollEvents(int events) {
        int r = 0;
        if (counter > 0 || counter < 0) {
            r |= 1; // POLLIN (the counter is unsigned)
        }
        if (Long.compareUnsigned(counter, MAX) < 0) {
            r |= 4; // POLLOUT
        }
        return r & events;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    @Override
    public int read(ByteBuffer dst, boolean blocking) {
        if (dst.remaining() < 8) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        while (true) {
            synchronized (this) {
                if (counter != 0) {
                    long v = semaphore ? 1 : counter;
                    counter -= v;
                    notifyAll();
                    dst.order(ByteOrder.nativeOrder()).putLong(v);
                    return 8;
                }
                if (!blocking) {
                    return 0;
                }
            }
            await(() -> counter == 0 && !closed);
        }
    }

    @Override
    public int write(ByteBuffer src, boolean blocking) {
        if (src.remaining() < 8) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        long v = src.duplicate().order(ByteOrder.nativeOrder()).getLong();
        if (v == -1L) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        while (true) {
            synchronized (this) {
                if (Long.compareUnsigned(v, MAX - counter) <= 0) {
                    counter += v;
                    notifyAll();
                    src.position(src.position() + 8);
                    return 8;
                }
                if (!blocking) {
                    return 0;
                }
            }
            await(() -> Long.compareUnsigned(v, MAX - counter) > 0 && !closed);
        }
    }

    /** Waits (GIL released, signals taken as in other blocking calls) while STILL holds. */
    private void await(java.util.function.BooleanSupplier still) {
        boolean released = Gil.release();
        Interrupts.beginWait();
        boolean interrupted = false;
        try {
            synchronized (this) {
                while (still.getAsBoolean()) {
                    wait();
                }
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            Interrupts.endWait();
            Gil.reacquire(released);
        }
        if (interrupted) {
            Interrupts.afterInterruptedWait();
        }
    }
}
