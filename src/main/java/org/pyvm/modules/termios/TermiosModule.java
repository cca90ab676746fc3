package org.pyvm.modules.termios;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.Libc;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The termios module. Compare CPython Modules/termios.c.
 *
 * <p>Every call goes to the C library (tcgetattr, tcsetattr, cfget/cfset speeds, tcdrain,
 * tcflush, tcflow, tcsendbreak, ioctl TIOCGWINSZ/TIOCSWINSZ) on the kernel descriptor behind
 * pyvm's descriptor ({@link FdTable#nativeFd}): the JVM's own 0-2 for its standard streams,
 * the pseudo-terminal ends of os.openpty, a descriptor opened on the file for a file. A
 * descriptor with no kernel counterpart (pyvm's pipes, in-JVM streams) is no terminal:
 * ENOTTY, as the kernel says for a pipe; a closed one is EBADF.
 */
public final class TermiosModule {

    private TermiosModule() {}

    private static final int NCCS = 32, VTIME = 5, VMIN = 6, ICANON = 2;
    /** sizeof(struct termios) on Linux (glibc): four flag words, c_line, c_cc[32], two speeds. */
    private static final int TERMIOS_SIZE = 60, CC_OFFSET = 17;
    private static final long TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414;

    private static final MethodHandle TCGETATTR = Libc.function("tcgetattr",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle TCSETATTR = Libc.function("tcsetattr",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle CFGETISPEED = Libc.function("cfgetispeed",
        FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle CFGETOSPEED = Libc.function("cfgetospeed",
        FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle CFSETISPEED = Libc.function("cfsetispeed",
        FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle CFSETOSPEED = Libc.function("cfsetospeed",
        FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle TCDRAIN = Libc.function("tcdrain", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle TCFLUSH = Libc.function("tcflush",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle TCFLOW = Libc.function("tcflow",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle TCSENDBREAK = Libc.function("tcsendbreak",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));

    public static PyModule create() {
        PyModule m = new PyModule("termios");
        m.addFunctions(TermiosModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Terminal control through the POSIX termios calls.\n\n"
            + "Each function takes the terminal as its first argument: an integer file\n"
            + "descriptor or an object with a fileno() method (such as sys.stdin)."));
        for (int i = 0; i < TermiosConstants.TERMIOS.length; i += 2) {
            d.setStr((String) TermiosConstants.TERMIOS[i], PyInt.of((Long) TermiosConstants.TERMIOS[i + 1]));
        }
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("termios"));
        d.setStr("error", Abstract.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(PyExc.Exception), ns));
        return m;
    }

    /** termios.error(errno, strerror), as PyErr_SetFromErrno(state->TermiosError) makes it. */
    private static PyBaseException error(int errno) {
        PyType t = (PyType) PyRuntime.builtinModule("termios").getDict().getStr("error");
        return PyErr.of(t, PyInt.of(errno), PyStr.of(OsErrors.strerror(errno)));
    }

    /** A descriptor from an int or an object's fileno(). Compare fileobject.c: PyObject_AsFileDescriptor. */
    private static int fdOf(PyObject o) {
        PyObject v = o;
        if (!(o instanceof PyInt)) {
            PyObject m = Abstract.lookupAttr(o, "fileno");
            if (m == null) {
                throw PyErr.typeError("argument must be an int, or have a fileno() method.");
            }
            v = Abstract.call(m);
            if (!(v instanceof PyInt)) {
                throw PyErr.typeError("fileno() returned a non-integer");
            }
        }
        int fd = cInt(v);
        if (fd < 0) {
            throw PyErr.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    /** _PyLong_AsInt: an index that fits a C int. */
    private static int cInt(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.longValue() != (int) v.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) v.longValue();
    }

    /** PyLong_AsLong: an index that fits a C long. */
    private static long cLong(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    /** The kernel descriptor behind pyvm's descriptor FD; termios.error EBADF or ENOTTY when there is none. */
    private static int kernel(int fd) {
        if (!FdTable.isOpen(fd)) {
            throw error(OsErrors.EBADF);
        }
        int k;
        try {
            k = FdTable.nativeFd(fd);
        } catch (PyBaseException e) {
            k = -1;
        }
        if (k < 0) {
            throw error(OsErrors.ENOTTY);
        }
        return k;
    }

    /** Raises termios.error with R's errno when the call failed. */
    private static void check(Libc.Result r) {
        if (r.value() == -1) {
            throw error(r.errno());
        }
    }

    /** tcgetattr(3) of kernel descriptor K: the struct's bytes. */
    private static byte[] getAttr(int k) {
        byte[] mode = new byte[TERMIOS_SIZE];
        check(Libc.call(TCGETATTR, "termios.tcgetattr", (st, a) -> {
            MemorySegment m = a.allocate(TERMIOS_SIZE);
            int r = (int) TCGETATTR.invokeExact(st, k, m);
            MemorySegment.copy(m, JAVA_BYTE, 0, mode, 0, TERMIOS_SIZE);
            return r;
        }));
        return mode;
    }

    private static long word(byte[] mode, int i) {
        return java.nio.ByteBuffer.wrap(mode).order(java.nio.ByteOrder.nativeOrder()).getInt(4 * i) & 0xffffffffL;
    }

    /** Compare termios.c: termios_tcgetattr_impl. */
    @ExposedMethod
    static PyObject tcgetattr(PyObject fd) {
        int k = kernel(fdOf(fd));
        byte[] mode = getAttr(k);
        long[] speeds = new long[2];
        Libc.call(CFGETISPEED, "termios.tcgetattr", (st, a) -> {
            MemorySegment m = a.allocate(TERMIOS_SIZE);
            MemorySegment.copy(mode, 0, m, JAVA_BYTE, 0, TERMIOS_SIZE);
            speeds[0] = (int) CFGETISPEED.invokeExact(st, m) & 0xffffffffL;
            speeds[1] = (int) CFGETOSPEED.invokeExact(st, m) & 0xffffffffL;
            return 0;
        });
        PyObject[] cc = new PyObject[NCCS];
        for (int i = 0; i < NCCS; i++) {
            cc[i] = new PyBytes(new byte[] {mode[CC_OFFSET + i]});
        }
        if ((word(mode, 3) & ICANON) == 0) {
            cc[VMIN] = PyInt.of(mode[CC_OFFSET + VMIN] & 0xff);
            cc[VTIME] = PyInt.of(mode[CC_OFFSET + VTIME] & 0xff);
        }
        return new PyList(new PyObject[] {PyInt.of(word(mode, 0)), PyInt.of(word(mode, 1)), PyInt.of(word(mode, 2)),
            PyInt.of(word(mode, 3)), PyInt.of(speeds[0]), PyInt.of(speeds[1]), new PyList(cc)});
    }

    /** Compare termios.c: termios_tcsetattr_impl (the checks come in its order). */
    @ExposedMethod
    static void tcsetattr(PyObject fd, PyObject when, PyObject attributes) {
        int n = fdOf(fd);
        int w = cInt(when);
        if (!(attributes instanceof PyList list) || list.size() != 7) {
            throw PyErr.typeError("tcsetattr, arg 3: must be 7 element list");
        }
        int k = kernel(n);
        byte[] mode = getAttr(k);
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(mode).order(java.nio.ByteOrder.nativeOrder());
        for (int i = 0; i < 4; i++) {
            bb.putInt(4 * i, (int) cLong(list.get(i)));
        }
        int ispeed = (int) cLong(list.get(4));
        int ospeed = (int) cLong(list.get(5));
        if (!(list.get(6) instanceof PyList cc) || cc.size() != NCCS) {
            throw PyErr.typeError("tcsetattr: attributes[6] must be " + NCCS + " element list");
        }
        for (int i = 0; i < NCCS; i++) {
            PyObject c = cc.get(i);
            if (c instanceof PyBytes b && b.bytes().length == 1) {
                mode[CC_OFFSET + i] = b.bytes()[0];
            } else if (c instanceof PyInt) {
                mode[CC_OFFSET + i] = (byte) cLong(c);
            } else {
                throw PyErr.typeError("tcsetattr: elements of attributes must be characters or integers");
            }
        }
        check(Libc.call(TCSETATTR, "termios.tcsetattr", (st, a) -> {
            MemorySegment m = a.allocate(TERMIOS_SIZE);
            MemorySegment.copy(mode, 0, m, JAVA_BYTE, 0, TERMIOS_SIZE);
            if ((int) CFSETISPEED.invokeExact(st, m, ispeed) == -1 || (int) CFSETOSPEED.invokeExact(st, m, ospeed) == -1) {
                return -1;
            }
            return (int) TCSETATTR.invokeExact(st, k, w, m);
        }));
    }

    /** Compare termios.c: termios_tcgetwinsize_impl (ioctl TIOCGWINSZ). */
    @ExposedMethod
    static PyObject tcgetwinsize(PyObject fd) {
        short[] ws = getWinsize(kernel(fdOf(fd)));
        return PyTuple.of(PyInt.of(ws[0] & 0xffff), PyInt.of(ws[1] & 0xffff));
    }

    /** struct winsize of K: rows, columns, x pixels, y pixels. */
    private static short[] getWinsize(int k) {
        byte[] b = new byte[8];
        check(Libc.ioctl(k, TIOCGWINSZ, b));
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.nativeOrder());
        return new short[] {bb.getShort(0), bb.getShort(2), bb.getShort(4), bb.getShort(6)};
    }

    /** Compare termios.c: termios_tcsetwinsize_impl. */
    @ExposedMethod
    static void tcsetwinsize(PyObject fd, PyObject winsz) {
        int n = fdOf(fd);
        // PySequence_Check: __getitem__ and not a dict.
        if (winsz instanceof PyDict || winsz.type().lookup("__getitem__") == null || Abstract.len(winsz) != 2) {
            throw PyErr.typeError("tcsetwinsize, arg 2: must be a two-item sequence");
        }
        long rows = cLong(Abstract.getItem(winsz, PyInt.of(0)));
        long cols = cLong(Abstract.getItem(winsz, PyInt.of(1)));
        int k = kernel(n);
        short[] ws = getWinsize(k);
        if (rows < 0 || rows > 0xffff || cols < 0 || cols > 0xffff) {
            throw PyErr.of(PyExc.OverflowError, "winsize value(s) out of range.");
        }
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.nativeOrder());
        bb.putShort(0, (short) rows).putShort(2, (short) cols).putShort(4, ws[2]).putShort(6, ws[3]);
        check(Libc.ioctl(k, TIOCSWINSZ, bb.array()));
    }

    /** Compare termios.c: termios_tcdrain_impl. Waits with the GIL released. */
    @ExposedMethod
    static void tcdrain(PyObject fd) {
        int k = kernel(fdOf(fd));
        System.out.flush();
        System.err.flush();
        boolean released = org.pyvm.runtime.Gil.release();
        try {
            check(Libc.call(TCDRAIN, "termios.tcdrain", (st, a) -> (int) TCDRAIN.invokeExact(st, k)));
        } finally {
            org.pyvm.runtime.Gil.reacquire(released);
        }
    }

    /** Compare termios.c: termios_tcsendbreak_impl. */
    @ExposedMethod
    static void tcsendbreak(PyObject fd, PyObject duration) {
        int n = fdOf(fd);
        int d = cInt(duration);
        int k = kernel(n);
        check(Libc.call(TCSENDBREAK, "termios.tcsendbreak", (st, a) -> (int) TCSENDBREAK.invokeExact(st, k, d)));
    }

    /** Compare termios.c: termios_tcflush_impl. */
    @ExposedMethod
    static void tcflush(PyObject fd, PyObject queue) {
        int n = fdOf(fd);
        int q = cInt(queue);
        int k = kernel(n);
        check(Libc.call(TCFLUSH, "termios.tcflush", (st, a) -> (int) TCFLUSH.invokeExact(st, k, q)));
    }

    /** Compare termios.c: termios_tcflow_impl. */
    @ExposedMethod
    static void tcflow(PyObject fd, PyObject action) {
        int n = fdOf(fd);
        int c = cInt(action);
        int k = kernel(n);
        check(Libc.call(TCFLOW, "termios.tcflow", (st, a) -> (int) TCFLOW.invokeExact(st, k, c)));
    }
}
