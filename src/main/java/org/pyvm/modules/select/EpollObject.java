package org.pyvm.modules.select;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * select.epoll, level-triggered (EPOLLET and EPOLLONESHOT are accepted; one-shot entries
 * are disabled after they fire, edge-triggering is reported as level). Its fileno() is a
 * pyvm descriptor of its own. Compare selectmodule.c: pyepoll_*.
 */
final class EpollObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("select", "epoll", EpollObject.class, EpollObject.class)).notSubclassable();

    private static final int ONESHOT = 1 << 30;

    private final PyType type;
    final Map<Integer, Integer> fds = new LinkedHashMap<>();
    int epfd;

    EpollObject(PyType type) {
        this.type = type;
        this.epfd = FdTable.add(new FdTable.Entry());
    }

    @Override
    public PyType type() {
        return type;
    }

    /** epoll(sizehint=-1, flags=0). */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("epoll", args, kw, 0, 2, "sizehint", "flags");
        long size = a[0] == null ? -1 : Abstract.index(a[0]).longValue();
        if (size == 0 || size < -1) {
            throw PyErr.valueError("negative sizehint");
        }
        if (a[1] != null) {
            long f = Abstract.index(a[1]).longValue();
            if (f != 0 && f != 524288) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
        }
        return new EpollObject(cls);
    }

    private void checkOpen() {
        if (epfd < 0) {
            throw PyErr.valueError("I/O operation on closed epoll object");
        }
    }

    private static int events(PyObject o) {
        long v = Abstract.index(o).longValue();
        return (int) v;
    }

    @ExposedMethod
    static void register(EpollObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("register", args, kw, 1, 2, "fd", "eventmask");
        int fd = SelectModule.fdOf(a[0]);
        int ev = a[1] == null ? SelectModule.POLLIN | SelectModule.POLLPRI | SelectModule.POLLOUT : events(a[1]);
        self.checkOpen();
        FdTable.Entry e = entry(fd);
        if (e.channel() != null || e.isDir) {
            // Linux's epoll refuses regular files and directories.
            throw OsErrors.of(OsErrors.EPERM);
        }
        if (self.fds.containsKey(fd)) {
            throw OsErrors.of(OsErrors.EEXIST);
        }
        self.fds.put(fd, ev);
    }

    private static FdTable.Entry entry(int fd) {
        if (!FdTable.isOpen(fd)) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        return FdTable.get(fd);
    }

    @ExposedMethod
    static void modify(EpollObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("modify", args, kw, 2, 2, "fd", "eventmask");
        int fd = SelectModule.fdOf(a[0]);
        int ev = events(a[1]);
        self.checkOpen();
        entry(fd);
        if (!self.fds.containsKey(fd)) {
            throw OsErrors.of(OsErrors.ENOENT);
        }
        self.fds.put(fd, ev);
    }

    @ExposedMethod
    static void unregister(EpollObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("unregister", args, kw, 1, 1, "fd");
        int fd = SelectModule.fdOf(a[0]);
        self.checkOpen();
        entry(fd);
        if (self.fds.remove(fd) == null) {
            throw OsErrors.of(OsErrors.ENOENT);
        }
    }

    /** poll(timeout=None, maxevents=-1): [(fd, events)...]; the timeout is in seconds. */
    @ExposedMethod
    static PyObject poll(EpollObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("poll", args, kw, 0, 2, "timeout", "maxevents");
        long timeout = SelectModule.secondsTimeout(a[0], "timeout must be an integer or None");
        if (timeout == Long.MIN_VALUE) {
            timeout = -1;
        }
        int max = a[1] == null ? -1 : (int) Abstract.index(a[1]).longValue();
        self.checkOpen();
        if (max == 0 || max < -1) {
            throw PyErr.valueError("maxevents must be greater than 0, got " + max);
        }
        int[] fds = self.fds.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] want = new int[fds.length];
        int[] got = new int[fds.length];
        boolean pollStd = false;
        for (int i = 0; i < fds.length; i++) {
            want[i] = self.fds.get(fds[i]);
            pollStd |= FdTable.needsPolling(fds[i]);
        }
        int limit = max < 0 ? Integer.MAX_VALUE : max;
        Readiness.await(() -> {
            int n = 0;
            for (int i = 0; i < fds.length; i++) {
                // A closed descriptor leaves an epoll set silently.
                int ev = (want[i] & 0x3fff) == 0 ? 0 : FdTable.pollEvents(fds[i], want[i] & 0xffff);
                got[i] = ev == 32 ? 0 : ev;
                n += got[i] != 0 && n < limit ? 1 : 0;
            }
            return n;
        }, timeout, pollStd);
        PyList out = new PyList();
        int n = 0;
        for (int i = 0; i < fds.length && n < limit; i++) {
            if (got[i] != 0) {
                out.append(PyTuple.of(PyInt.of(fds[i]), PyInt.of(got[i])));
                n++;
                if ((want[i] & ONESHOT) != 0) {
                    self.fds.put(fds[i], want[i] & ~0xffff);
                }
            }
        }
        return out;
    }

    @ExposedMethod
    static void close(EpollObject self) {
        if (self.epfd >= 0) {
            int fd = self.epfd;
            self.epfd = -1;
            self.fds.clear();
            if (FdTable.isOpen(fd)) {
                FdTable.close(fd);
            }
        }
    }

    @ExposedGetter
    static PyObject closed(EpollObject self) {
        return PyBool.of(self.epfd < 0);
    }

    @ExposedMethod
    static long fileno(EpollObject self) {
        self.checkOpen();
        return self.epfd;
    }

    @ExposedMethod
    static PyObject fromfd(PyType cls, PyObject fd) {
        throw PyErr.notSupported("select.epoll.fromfd");
    }

    @ExposedMethod
    static PyObject __enter__(EpollObject self) {
        self.checkOpen();
        return self;
    }

    @ExposedMethod
    static PyObject __exit__(EpollObject self, PyObject[] args, String[] kw) {
        close(self);
        return PyNone.NONE;
    }
}
