package org.pyvm.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;

/**
 * Reads of the JVM's own standard input that a signal can interrupt. A read of
 * FileInputStream cannot be interrupted (and interrupting an interruptible channel would
 * close it), so a Python signal handler could not run while the main thread waits for
 * input, as CPython's does (read(2) fails with EINTR, the handler runs, and the read goes
 * on: PEP 475). Here one daemon thread does the blocking reads on request, and the caller
 * waits for its bytes in a wait that takes interrupts ({@link Interrupts#beginWait}); when
 * a handler raises, the read in progress finishes later and its bytes are kept for the next
 * read, so no input is lost. Compare CPython Modules/_io/fileio.c: _io_FileIO_read_impl
 * and Python/fileutils.c: _Py_read (the EINTR loop).
 */
final class StdinReader {

    private StdinReader() {}

    /** The stream this reader serves: the JVM's standard input as it was at start-up. */
    private static final InputStream SOURCE = System.in;

    private static final Object LOCK = new Object();
    /** Bytes read and not yet handed out (guarded by LOCK). */
    private static byte[] ready;
    private static int readyOff;
    private static int readyLen;
    /** The reader thread saw end of file (handed out once) or failed. */
    private static boolean eof;
    private static IOException error;
    /** A read is asked for or in progress, and how many bytes it may take. */
    private static boolean pending;
    private static int wanted;
    private static Thread thread;

    /** Whether reads of IN go through here. */
    static boolean serves(InputStream in) {
        return in == SOURCE;
    }

    /** Bytes already read and waiting (for select/poll). */
    static boolean hasBuffered() {
        synchronized (LOCK) {
            return readyLen > 0 || eof;
        }
    }

    /** Up to LEN bytes into B[OFF..], -1 at end of file; runs signal handlers while it waits. */
    static int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        for (;;) {
            synchronized (LOCK) {
                int n = takeReady(b, off, len);
                if (n != 0) {
                    return n;
                }
                if (!pending) {
                    pending = true;
                    wanted = Math.min(len, 1 << 16);
                    startThread();
                    LOCK.notifyAll();
                }
            }
            boolean released = Gil.release();
            Interrupts.beginWait();
            boolean interrupted = false;
            try {
                synchronized (LOCK) {
                    while (pending) {
                        LOCK.wait();
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

    /** What is ready (LOCK held): a count, -1 for end of file, 0 for nothing yet. */
    private static int takeReady(byte[] b, int off, int len) throws IOException {
        if (readyLen > 0) {
            int n = Math.min(len, readyLen);
            System.arraycopy(ready, readyOff, b, off, n);
            readyOff += n;
            readyLen -= n;
            return n;
        }
        if (error != null) {
            IOException e = error;
            error = null;
            throw e;
        }
        if (eof) {
            // Once: a terminal gives more input after an end of file.
            eof = false;
            return -1;
        }
        return 0;
    }

    private static void startThread() {
        if (thread == null) {
            thread = new Thread(StdinReader::run, "pyvm-stdin-reader");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void run() {
        for (;;) {
            int n;
            synchronized (LOCK) {
                while (!pending) {
                    try {
                        LOCK.wait();
                    } catch (InterruptedException e) {
                        // only the main thread is interrupted by signals; go on waiting
                    }
                }
                n = wanted;
            }
            byte[] buf = new byte[n];
            int k;
            IOException err = null;
            try {
                k = SOURCE.read(buf, 0, n);
            } catch (IOException e) {
                k = 0;
                err = e;
            }
            synchronized (LOCK) {
                if (k > 0) {
                    ready = buf;
                    readyOff = 0;
                    readyLen = k;
                } else if (err != null) {
                    error = err;
                } else {
                    eof = true;
                }
                pending = false;
                LOCK.notifyAll();
            }
        }
    }
}
