package org.pyvm.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;

/**
 * An os.pipe() inside the JVM: a 64 KiB ring buffer (Linux's default pipe size) with a
 * read end and a write end. Being ours, its readiness is known at once, which select,
 * poll and epoll need (an NIO pipe would have to be switched to non-blocking mode for a
 * Selector, changing it for everyone reading it); a blocking read or write releases the
 * GIL while it waits, and a signal's handler runs before it retries (PEP 475). Writing
 * with the read end closed is EPIPE (BrokenPipeError: CPython ignores SIGPIPE). Compare
 * Linux fs/pipe.c: pipe_read, pipe_write, pipe_poll.
 */
public final class PipeBuffer {

    public static final int CAPACITY = 65536;
    /** PIPE_BUF: writes up to this size are atomic, and poll says writable only with this much room. */
    public static final int ATOMIC = 4096;

    /** Notified on every change of any pipe (select/poll/epoll wait on it). */
    public static final Object CHANGED = new Object();

    private byte[] buf = new byte[CAPACITY];
    private int head;
    private int count;
    private boolean readerClosed;
    private boolean writerClosed;

    final Source source = new Source();
    final Sink sink = new Sink();

    private static void changed() {
        synchronized (CHANGED) {
            CHANGED.notifyAll();
        }
    }

    /**
     * Read up to dst's room: -1 at end of file, 0 when BLOCK is false and nothing is there.
     * A blocking read waits with the GIL released; an interrupt runs the signal handlers
     * (outside this pipe's lock, with the GIL) and the read goes on.
     */
    int read(ByteBuffer dst, boolean block) throws IOException {
        int n = takeNow(dst);
        while (n == 0 && block && dst.hasRemaining()) {
            boolean released = Gil.release();
            org.pyvm.runtime.Interrupts.beginWait();
            boolean interrupted = false;
            try {
                n = take(dst, true);
                if (n > 0) {
                    changed();
                }
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                org.pyvm.runtime.Interrupts.endWait();
                Gil.reacquire(released);
            }
            if (interrupted) {
                Interrupts.afterInterruptedWait();
            }
        }
        return n;
    }

    /** A read that does not wait; tells the pollers when it took something. */
    private int takeNow(ByteBuffer dst) throws IOException {
        try {
            int n = take(dst, false);
            if (n > 0) {
                changed();
            }
            return n;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private int putNow(ByteBuffer src) throws IOException {
        try {
            int n = put(src, false);
            if (n > 0) {
                changed();
            }
            return n;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private synchronized int take(ByteBuffer dst, boolean wait) throws IOException, InterruptedException {
        if (readerClosed) {
            throw new java.nio.channels.ClosedChannelException();
        }
        while (count == 0) {
            if (writerClosed) {
                return -1;
            }
            if (!wait || !dst.hasRemaining()) {
                return 0;
            }
            wait();
        }
        int n = Math.min(dst.remaining(), count);
        int first = Math.min(n, buf.length - head);
        dst.put(buf, head, first);
        dst.put(buf, 0, n - first);
        head = (head + n) % buf.length;
        count -= n;
        notifyAll();
        return n;
    }

    /** Writes all of src (blocking, the GIL released while waiting) or what fits now (0 when nothing fits). */
    int write(ByteBuffer src, boolean block) throws IOException {
        int total = putNow(src);
        while (block && src.hasRemaining()) {
            boolean released = Gil.release();
            org.pyvm.runtime.Interrupts.beginWait();
            boolean interrupted = false;
            try {
                int k = put(src, true);
                total += k;
                if (k > 0) {
                    changed();
                }
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                org.pyvm.runtime.Interrupts.endWait();
                Gil.reacquire(released);
            }
            if (interrupted) {
                Interrupts.afterInterruptedWait();
            }
        }
        return total;
    }

    private synchronized int put(ByteBuffer src, boolean wait) throws IOException, InterruptedException {
        int total = 0;
        while (src.hasRemaining()) {
            if (readerClosed) {
                if (total > 0) {
                    return total;
                }
                throw new IOException("Broken pipe");
            }
            int room = buf.length - count;
            if (room == 0 || (src.remaining() <= ATOMIC && room < src.remaining())) {
                // Return what was written before waiting, so the caller can tell the pollers.
                if (!wait || total > 0) {
                    return total;
                }
                wait();
                continue;
            }
            int n = Math.min(room, src.remaining());
            int tail = (head + count) % buf.length;
            int first = Math.min(n, buf.length - tail);
            src.get(buf, tail, first);
            src.get(buf, 0, n - first);
            count += n;
            total += n;
            notifyAll();
        }
        return total;
    }

    /** Readiness of the read end: POLLIN (1) with data or at end of file, POLLHUP (16) once the writer is gone. */
    synchronized int readEvents() {
        int ev = 0;
        if (count > 0 || writerClosed) {
            ev |= 1;
        }
        if (writerClosed) {
            ev |= 16;
        }
        return ev;
    }

    /** Readiness of the write end: POLLOUT (4) with PIPE_BUF room, POLLERR (8) once the reader is gone. */
    synchronized int writeEvents() {
        if (readerClosed) {
            return 4 | 8;
        }
        return buf.length - count >= ATOMIC ? 4 : 0;
    }

    /** Whether the read end is closed (a write would be EPIPE). */
    public synchronized boolean readerClosed() {
        return readerClosed;
    }

    /** F_GETPIPE_SZ: the pipe's capacity. */
    public synchronized int capacity() {
        return buf.length;
    }

    /**
     * F_SETPIPE_SZ: a capacity of at least SIZE bytes, rounded up to a power of two pages as
     * Linux does (at least one page, at most /proc/sys/fs/pipe-max-size's default 1 MiB:
     * EPERM above, as for an unprivileged process); EBUSY when more is waiting than fits.
     * Compare fs/pipe.c: pipe_set_size. Returns the new capacity.
     */
    public synchronized int resize(long size) {
        if (size < 0 || size > 1 << 20) {
            throw OsErrors.of(size < 0 ? OsErrors.EINVAL : OsErrors.EPERM);
        }
        int cap = ATOMIC;
        while (cap < size) {
            cap <<= 1;
        }
        if (count > cap) {
            throw OsErrors.of(16); // EBUSY
        }
        byte[] nb = new byte[cap];
        int first = Math.min(count, buf.length - head);
        System.arraycopy(buf, head, nb, 0, first);
        System.arraycopy(buf, 0, nb, first, count - first);
        buf = nb;
        head = 0;
        notifyAll();
        changed();
        return cap;
    }

    /** Bytes waiting to be read (FIONREAD). */
    public synchronized int available() {
        return count;
    }

    /** Takes every byte waiting (for {@link FdTable#promotePipe}, which moves them into a kernel pipe). */
    synchronized byte[] takeAll() {
        byte[] out = new byte[count];
        int first = Math.min(count, buf.length - head);
        System.arraycopy(buf, head, out, 0, first);
        System.arraycopy(buf, 0, out, first, count - first);
        head = 0;
        count = 0;
        notifyAll();
        return out;
    }

    /** Run once when the read end closes (at once if it is closed). */
    private Runnable readerCloseHook;

    /**
     * Runs HOOK when the read end closes, in the closing thread, so that its effect (a child
     * process's pipe closed, see ChildLauncher) is in place when close returns.
     */
    public void onReaderClose(Runnable hook) {
        synchronized (this) {
            if (!readerClosed) {
                readerCloseHook = hook;
                return;
            }
        }
        hook.run();
    }

    private void closeReader() {
        Runnable hook;
        synchronized (this) {
            readerClosed = true;
            hook = readerCloseHook;
            readerCloseHook = null;
            notifyAll();
        }
        changed();
        if (hook != null) {
            hook.run();
        }
    }

    private void closeWriter() {
        synchronized (this) {
            writerClosed = true;
            notifyAll();
        }
        changed();
    }

    /** The read end. */
    public final class Source implements ReadableByteChannel {
        private volatile boolean open = true;

        public PipeBuffer pipe() {
            return PipeBuffer.this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return PipeBuffer.this.read(dst, true);
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
            closeReader();
        }
    }

    /** The write end. */
    public final class Sink implements WritableByteChannel {
        private volatile boolean open = true;

        public PipeBuffer pipe() {
            return PipeBuffer.this;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return PipeBuffer.this.write(src, true);
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
            closeWriter();
        }
    }
}
