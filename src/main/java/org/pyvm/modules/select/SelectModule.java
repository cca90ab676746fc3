package org.pyvm.modules.select;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The select module on pyvm's descriptors (pipes, files, the standard streams; pyvm has
 * no sockets): select(), poll objects and epoll objects, all over {@link Readiness}.
 * Regular files are always ready for select and poll and, as on Linux, refused by epoll
 * (EPERM). Compare CPython Modules/selectmodule.c.
 */
public final class SelectModule {

    private SelectModule() {}

    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    public static PyModule create() {
        PyModule m = new PyModule("select");
        m.addFunctions(SelectModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("This module supports asynchronous I/O on multiple file descriptors.\n\n"
            + "*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors."));
        d.setStr("error", PyExc.OSError);
        Object[] consts = {"EPOLLERR", 8L, "EPOLLET", 2147483648L, "EPOLLEXCLUSIVE", 268435456L, "EPOLLHUP", 16L,
            "EPOLLIN", 1L, "EPOLLMSG", 1024L, "EPOLLONESHOT", 1073741824L, "EPOLLOUT", 4L, "EPOLLPRI", 2L,
            "EPOLLRDBAND", 128L, "EPOLLRDHUP", 8192L, "EPOLLRDNORM", 64L, "EPOLLWRBAND", 512L, "EPOLLWRNORM", 256L,
            "EPOLL_CLOEXEC", 524288L, "PIPE_BUF", 4096L, "POLLERR", 8L, "POLLHUP", 16L, "POLLIN", 1L, "POLLMSG", 1024L,
            "POLLNVAL", 32L, "POLLOUT", 4L, "POLLPRI", 2L, "POLLRDBAND", 128L, "POLLRDHUP", 8192L, "POLLRDNORM", 64L,
            "POLLWRBAND", 512L, "POLLWRNORM", 256L};
        for (int i = 0; i < consts.length; i += 2) {
            d.setStr((String) consts[i], PyInt.of((Long) consts[i + 1]));
        }
        d.setStr("epoll", EpollObject.TYPE);
        return m;
    }

    /** A descriptor from an int or an object's fileno(). Compare fileobject.c: PyObject_AsFileDescriptor. */
    static int fdOf(PyObject o) {
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

    /** A timeout in seconds (None: forever) as nanoseconds, -1 for forever. */
    static long secondsTimeout(PyObject o, String typeMsg) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt) && !(o instanceof PyFloat) && o.type().slot(org.pyvm.runtime.Slot.FLOAT) == null
            && o.type().slot(org.pyvm.runtime.Slot.INDEX) == null) {
            throw PyErr.typeError(typeMsg);
        }
        double s = Abstract.toDouble(o);
        if (Double.isNaN(s)) {
            throw PyErr.valueError("Invalid value NaN (not a number)");
        }
        if (s < 0) {
            return Long.MIN_VALUE;
        }
        return (long) Math.ceil(s * 1e9);
    }

    private static PyObject[] sequence(PyObject o) {
        if (!(o instanceof PyList) && !(o instanceof PyTuple)
            && o.type().slot(org.pyvm.runtime.Slot.ITER) == null) {
            throw PyErr.typeError("arguments 1-3 must be sequences");
        }
        return Abstract.toArray(o);
    }

    /** select(rlist, wlist, xlist, timeout=None, /): the ready subsets of the three lists. */
    @ExposedMethod
    static PyObject select(PyObject[] args, String[] kw) {
        Args.noKeywords("select", kw);
        Args.positional("select", args.length, 3, 4);
        long timeout = secondsTimeout(args.length > 3 ? args[3] : null, "timeout must be a float or None");
        if (timeout == Long.MIN_VALUE) {
            throw PyErr.valueError("timeout must be non-negative");
        }
        PyObject[][] lists = new PyObject[3][];
        int[][] fds = new int[3][];
        boolean pollStd = false;
        for (int k = 0; k < 3; k++) {
            // A list is read live, its length checked before each item, since an item's
            // fileno() may change it (selectmodule.c: seq2set on PySequence_Fast, which
            // is the list itself).
            PyObject seq = args[k] instanceof PyList ? args[k] : null;
            PyObject[] fixed = seq == null ? sequence(args[k]) : null;
            List<PyObject> objs = new ArrayList<>();
            List<Integer> fdList = new ArrayList<>();
            for (int i = 0; seq != null ? i < ((PyList) seq).size() : i < fixed.length; i++) {
                PyObject o = seq != null ? ((PyList) seq).get(i) : fixed[i];
                int fd = fdOf(o);
                if (!FdTable.isOpen(fd)) {
                    throw OsErrors.of(OsErrors.EBADF);
                }
                pollStd |= k == 0 && FdTable.needsPolling(fd);
                objs.add(o);
                fdList.add(fd);
            }
            lists[k] = objs.toArray(new PyObject[0]);
            fds[k] = fdList.stream().mapToInt(Integer::intValue).toArray();
        }
        boolean[][] ready = new boolean[3][];
        for (int k = 0; k < 3; k++) {
            ready[k] = new boolean[fds[k].length];
        }
        Readiness.await(() -> {
            int n = 0;
            for (int k = 0; k < 2; k++) {
                int want = k == 0 ? POLLIN : POLLOUT;
                for (int i = 0; i < fds[k].length; i++) {
                    int ev = FdTable.pollEvents(fds[k][i], want);
                    if (ev == POLLNVAL) {
                        throw OsErrors.of(OsErrors.EBADF);
                    }
                    // As Linux's select: a hang-up or an error counts as readable / writable.
                    ready[k][i] = ev != 0;
                    n += ev != 0 ? 1 : 0;
                }
            }
            return n;
        }, timeout, pollStd);
        PyObject[] out = new PyObject[3];
        for (int k = 0; k < 3; k++) {
            List<PyObject> r = new ArrayList<>();
            for (int i = 0; i < ready[k].length; i++) {
                if (ready[k][i]) {
                    r.add(lists[k][i]);
                }
            }
            out[k] = new PyList(r.toArray(new PyObject[0]));
        }
        return PyTuple.of(out);
    }

    /** poll(): a new poll object. */
    @ExposedMethod
    static PyObject poll(PyObject[] args, String[] kw) {
        Args.exact("poll", args, kw, 0);
        return new PollObject();
    }
}
