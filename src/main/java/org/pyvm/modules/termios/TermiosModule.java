package org.pyvm.modules.termios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.posix.FdTable;
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
 * <p>A pyvm descriptor is a terminal only when it is one of the JVM's own standard streams
 * attached to a terminal ({@link FdTable#isatty}); every other open descriptor (pipe,
 * file, socket) fails as Linux's ioctl does, with {@code termios.error(ENOTTY, ...)}, and a
 * closed one with EBADF. The JVM cannot issue terminal ioctls itself, so for a terminal the
 * attributes travel through {@code stty -F DEVICE}: {@code -g} prints exactly the
 * {@code struct termios} fields (four flag words and the NCCS control characters, in hex),
 * and the same string sets them back. stty applies settings as TCSADRAIN does; tcflush,
 * tcflow and tcsendbreak have no stty form and raise NotImplementedError on a terminal.
 */
public final class TermiosModule {

    private TermiosModule() {}

    private static final int NCCS = 32, VTIME = 5, VMIN = 6, ICANON = 2, CBAUD = 0x100f;
    private static final int TCSANOW = 0, TCSAFLUSH = 2;

    public static PyModule create() {
        PyModule m = new PyModule("termios");
        m.addFunctions(TermiosModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("This module provides an interface to the Posix calls for tty I/O control.\n"
            + "For a complete description of these calls, see the Posix or Unix manual\npages. It is only available "
            + "for those Unix versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this "
            + "module take a file descriptor fd as their first\nargument. This can be an integer file descriptor, "
            + "such as returned by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself."));
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
        int fd;
        if (o instanceof PyInt i) {
            fd = (int) i.longValue();
        } else {
            PyObject m = Abstract.lookupAttr(o, "fileno");
            if (m == null) {
                throw PyErr.typeError("argument must be an int, or have a fileno() method.");
            }
            PyObject r = Abstract.call(m);
            if (!(r instanceof PyInt i)) {
                throw PyErr.typeError("fileno() returned a non-integer");
            }
            fd = (int) i.longValue();
        }
        if (fd < 0) {
            throw PyErr.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    /** The terminal device behind FD (e.g. /dev/pts/3), or termios.error EBADF / ENOTTY. */
    private static String device(int fd) {
        if (!FdTable.isOpen(fd)) {
            throw error(OsErrors.EBADF);
        }
        Path p = FdTable.statPath(fd);
        if (!FdTable.isatty(fd) || p == null) {
            throw error(OsErrors.ENOTTY);
        }
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException | UnsupportedOperationException e) {
            throw error(OsErrors.ENOTTY);
        }
    }

    /** Runs {@code stty -F DEV ARGS...} and returns its output; a failure is termios.error(EIO). */
    private static String stty(String dev, String... args) {
        List<String> cmd = new ArrayList<>(List.of("stty", "-F", dev));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw error(OsErrors.EIO);
            }
            return out.trim();
        } catch (IOException e) {
            throw error(OsErrors.EIO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error(OsErrors.EINTR);
        }
    }

    /** The fields of {@code stty -g}: iflag, oflag, cflag, lflag, then NCCS control characters. */
    private static long[] readAttrs(String dev) {
        String[] parts = stty(dev, "-g").split(":");
        if (parts.length < 4 + NCCS) {
            throw error(OsErrors.EIO);
        }
        long[] v = new long[4 + NCCS];
        try {
            for (int i = 0; i < v.length; i++) {
                v[i] = Long.parseLong(parts[i], 16);
            }
        } catch (NumberFormatException e) {
            throw error(OsErrors.EIO);
        }
        return v;
    }

    /** Compare termios.c: termios_tcgetattr_impl. */
    @ExposedMethod
    static PyObject tcgetattr(PyObject fd) {
        long[] v = readAttrs(device(fdOf(fd)));
        long speed = v[2] & CBAUD;
        PyObject[] cc = new PyObject[NCCS];
        for (int i = 0; i < NCCS; i++) {
            cc[i] = new PyBytes(new byte[] {(byte) v[4 + i]});
        }
        if ((v[3] & ICANON) == 0) {
            cc[VMIN] = PyInt.of(v[4 + VMIN]);
            cc[VTIME] = PyInt.of(v[4 + VTIME]);
        }
        return new PyList(new PyObject[] {PyInt.of(v[0]), PyInt.of(v[1]), PyInt.of(v[2]), PyInt.of(v[3]),
            PyInt.of(speed), PyInt.of(speed), new PyList(cc)});
    }

    /** A C unsigned int (tcflag_t / speed_t) from a Python int. */
    private static long uint(PyObject o) {
        long v = Abstract.index(o).longValue();
        return v & 0xffffffffL;
    }

    /** Compare termios.c: termios_tcsetattr_impl (the argument checks come in its order). */
    @ExposedMethod
    static void tcsetattr(PyObject fd, PyObject when, PyObject attributes) {
        int n = fdOf(fd);
        int w = (int) Abstract.index(when).longValue();
        if (!(attributes instanceof PyList list) || list.size() != 7) {
            throw PyErr.typeError("tcsetattr, arg 3: must be 7 element list");
        }
        String dev = device(n);
        long[] v = readAttrs(dev);
        v[0] = uint(list.get(0));
        v[1] = uint(list.get(1));
        v[2] = uint(list.get(2));
        v[3] = uint(list.get(3));
        long ispeed = uint(list.get(4));
        long ospeed = uint(list.get(5));
        if (!(list.get(6) instanceof PyList cc) || cc.size() != NCCS) {
            throw PyErr.typeError("tcsetattr: attributes[6] must be " + NCCS + " element list");
        }
        for (int i = 0; i < NCCS; i++) {
            PyObject c = cc.get(i);
            if (c instanceof PyBytes b && b.bytes().length == 1) {
                v[4 + i] = b.bytes()[0] & 0xff;
            } else if (c instanceof PyInt) {
                v[4 + i] = Abstract.index(c).longValue() & 0xff;
            } else {
                throw PyErr.typeError("tcsetattr: elements of attributes must be characters or integers");
            }
        }
        // cfsetispeed/cfsetospeed: a speed is one of the B constants, kept in the CBAUD bits of c_cflag.
        if ((ispeed & ~CBAUD) != 0 || (ospeed & ~CBAUD) != 0) {
            throw error(OsErrors.EINVAL);
        }
        v[2] = (v[2] & ~CBAUD) | ospeed;
        if (w < TCSANOW || w > TCSAFLUSH) {
            throw error(OsErrors.EINVAL);
        }
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                g.append(':');
            }
            g.append(Long.toHexString(v[i]));
        }
        stty(dev, g.toString());
    }

    /** Compare termios.c: termios_tcgetwinsize_impl. */
    @ExposedMethod
    static PyObject tcgetwinsize(PyObject fd) {
        String[] rc = stty(device(fdOf(fd)), "size").split("\\s+");
        try {
            return PyTuple.of(PyInt.of(Long.parseLong(rc[0])), PyInt.of(Long.parseLong(rc[1])));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw error(OsErrors.EIO);
        }
    }

    /** Compare termios.c: termios_tcsetwinsize_impl. */
    @ExposedMethod
    static void tcsetwinsize(PyObject fd, PyObject winsz) {
        int n = fdOf(fd);
        // PySequence_Check: __getitem__ and not a dict.
        if (winsz instanceof PyDict || winsz.type().lookup("__getitem__") == null || Abstract.len(winsz) != 2) {
            throw PyErr.typeError("tcsetwinsize, arg 2: must be a two-item sequence");
        }
        String dev = device(n);
        long rows = Abstract.index(Abstract.getItem(winsz, PyInt.of(0))).longValue();
        long cols = Abstract.index(Abstract.getItem(winsz, PyInt.of(1))).longValue();
        if (rows < 0 || rows > 0xffff || cols < 0 || cols > 0xffff) {
            throw PyErr.of(PyExc.OverflowError, "winsize value(s) out of range.");
        }
        stty(dev, "rows", Long.toString(rows), "cols", Long.toString(cols));
    }

    /** Compare termios.c: termios_tcdrain_impl. Output pyvm wrote has reached the terminal once flushed. */
    @ExposedMethod
    static void tcdrain(PyObject fd) {
        device(fdOf(fd));
        System.out.flush();
        System.err.flush();
    }

    @ExposedMethod
    static void tcsendbreak(PyObject fd, PyObject duration) {
        int n = fdOf(fd);
        Abstract.index(duration);
        device(n);
        throw PyErr.notSupported("termios.tcsendbreak on a terminal (no stty form)");
    }

    @ExposedMethod
    static void tcflush(PyObject fd, PyObject queue) {
        int n = fdOf(fd);
        Abstract.index(queue);
        device(n);
        throw PyErr.notSupported("termios.tcflush on a terminal (no stty form)");
    }

    @ExposedMethod
    static void tcflow(PyObject fd, PyObject action) {
        int n = fdOf(fd);
        Abstract.index(action);
        device(n);
        throw PyErr.notSupported("termios.tcflow on a terminal (no stty form)");
    }
}
