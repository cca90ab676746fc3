package org.pyvm.modules.posix;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * os.sysconf, os.pathconf, os.fpathconf and os.confstr with their name tables: the values
 * are the C library's, called through java.lang.foreign ({@link Libc}), the names and
 * numbers glibc's ({@link ConfNames}). pathconf of a file and fpathconf of a descriptor
 * ask the kernel about the file itself; pyvm's pipes and sockets live in the JVM, so they
 * are answered for a real pipe made for the question (Linux gives pipes and sockets the
 * same limits). Compare posixmodule.c: os_sysconf_impl, os_fpathconf_impl, os_pathconf_impl,
 * os_confstr_impl, conv_confname.
 */
final class Conf {

    private Conf() {}

    static void addNames(PyDict d) {
        d.setStr("sysconf_names", table(ConfNames.SYSCONF_NAMES));
        d.setStr("pathconf_names", table(ConfNames.PATHCONF_NAMES));
        d.setStr("confstr_names", table(ConfNames.CONFSTR_NAMES));
    }

    private static PyDict table(Object[] pairs) {
        PyDict t = new PyDict();
        for (int i = 0; i < pairs.length; i += 2) {
            t.setStr((String) pairs[i], PyInt.of((Long) pairs[i + 1]));
        }
        return t;
    }

    /** A configuration name: an int, or a key of TABLE. Compare posixmodule.c: conv_confname. */
    private static int confname(PyObject o, Object[] table) {
        if (o instanceof PyInt) {
            PyInt v = Abstract.index(o);
            if (v.isBig() || v.longValue() != (int) v.longValue()) {
                throw PyErr.overflowError("Python int too large to convert to C int");
            }
            return (int) v.longValue();
        }
        if (o instanceof PyStr s) {
            String name = s.toString();
            for (int i = 0; i < table.length; i += 2) {
                if (table[i].equals(name)) {
                    return (int) (long) (Long) table[i + 1];
                }
            }
            throw PyErr.valueError("unrecognized configuration name");
        }
        throw PyErr.typeError("configuration names must be strings or integers");
    }

    /** sysconf(name, /). */
    @ExposedMethod
    static PyObject sysconf(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("sysconf", args, kw, 1);
        int name = confname(a[0], ConfNames.SYSCONF_NAMES);
        Libc.Result r = Libc.sysconf(name);
        if (r.value() == -1 && r.errno() != 0) {
            throw OsErrors.of(r.errno());
        }
        return PyInt.of(r.value());
    }

    /** confstr(name, /): the string, or None when the name has no value. */
    @ExposedMethod
    static PyObject confstr(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("confstr", args, kw, 1);
        int name = confname(a[0], ConfNames.CONFSTR_NAMES);
        int[] errno = new int[1];
        byte[] v = Libc.confstr(name, errno);
        if (v == null) {
            if (errno[0] != 0) {
                throw OsErrors.of(errno[0]);
            }
            return PyNone.NONE;
        }
        return PyStr.of(Fs.decode(v));
    }

    /** pathconf(path, name): PATH may be a descriptor, as fpathconf. */
    @ExposedMethod
    static PyObject pathconf(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("pathconf", args, kw, 2, 2, "path", "name");
        Fs.PathArg p = Fs.path("pathconf", "path", a[0], true);
        int name = confname(a[1], ConfNames.PATHCONF_NAMES);
        if (p.isFd()) {
            return fdconf(p.fd(), name);
        }
        Libc.Result r = Libc.pathconf(Fs.bytes(p.path()), name);
        if (r.value() == -1 && r.errno() != 0) {
            // EINVAL may be the name's fault: no file name then, as CPython.
            throw r.errno() == OsErrors.EINVAL ? OsErrors.of(r.errno()) : OsErrors.of(r.errno(), p.given());
        }
        return PyInt.of(r.value());
    }

    /** fpathconf(fd, name, /). */
    @ExposedMethod
    static PyObject fpathconf(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("fpathconf", args, kw, 2, 2, "fd", "name");
        int fd = fildes(a[0]);
        int name = confname(a[1], ConfNames.PATHCONF_NAMES);
        return fdconf(fd, name);
    }

    /** The "fildes" converter: an int or an object's fileno(). Compare fileobject.c: PyObject_AsFileDescriptor. */
    private static int fildes(PyObject o) {
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
        PyInt i = (PyInt) v;
        if (i.isBig() || i.longValue() != (int) i.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        if (i.longValue() < 0) {
            throw PyErr.valueError("file descriptor cannot be a negative integer (" + i.longValue() + ")");
        }
        return (int) i.longValue();
    }

    private static PyObject fdconf(int fd, int name) {
        int nfd = FdTable.nativeFd(fd);
        Libc.Result r;
        if (nfd >= 0) {
            r = Libc.fpathconf(nfd, name);
        } else {
            int[] pipe = Libc.pipe();
            try {
                r = Libc.fpathconf(pipe[0], name);
            } finally {
                Libc.close(pipe[0]);
                Libc.close(pipe[1]);
            }
        }
        if (r.value() == -1 && r.errno() != 0) {
            throw OsErrors.of(r.errno());
        }
        return PyInt.of(r.value());
    }
}
