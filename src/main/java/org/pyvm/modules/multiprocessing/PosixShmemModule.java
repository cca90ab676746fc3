package org.pyvm.modules.multiprocessing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * _posixshmem: shm_open and shm_unlink as glibc implements them on Linux, a file of the
 * tmpfs mounted at /dev/shm named by the path without its leading slashes (a further
 * slash, or no name at all, is EINVAL), opened close-on-exec. The descriptor is an
 * ordinary file of pyvm's table, so mmap and ftruncate work on it. Compare CPython
 * Modules/_multiprocessing/posixshmem.c.
 */
public final class PosixShmemModule {

    private PosixShmemModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_posixshmem");
        m.addFunctions(PosixShmemModule.class);
        return m;
    }

    /** The file behind shared-memory object PATH, or EINVAL (naming PATH). */
    private static Path file(PyObject pathObj, String fn) {
        if (!(pathObj instanceof PyStr s)) {
            throw PyErr.typeError(fn + "() argument 'path' must be str, not " + pathObj.type().getName());
        }
        String name = s.toString();
        int i = 0;
        while (i < name.length() && name.charAt(i) == '/') {
            i++;
        }
        String rest = name.substring(i);
        if (rest.isEmpty() || rest.indexOf('/') >= 0 || rest.equals(".") || rest.equals("..")) {
            throw OsErrors.of(OsErrors.EINVAL, pathObj);
        }
        if (rest.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        return Path.of("/dev/shm", rest);
    }

    /** shm_open(path, flags, mode=0o777): a descriptor. */
    @ExposedMethod
    static PyObject shm_open(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("shm_open", args, kw, 2, 3, "path", "flags", "mode");
        Path p = file(a[0], "shm_open");
        int flags = (int) Abstract.index(a[1]).longValue();
        int mode = a[2] == null ? 0777 : (int) Abstract.index(a[2]).longValue();
        return PyInt.of(FdTable.open(p, flags | FdTable.O_NOFOLLOW | FdTable.O_CLOEXEC, mode, a[0]));
    }

    /** shm_unlink(path). */
    @ExposedMethod
    static void shm_unlink(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("shm_unlink", args, kw, 1, 1, "path");
        Path p = file(a[0], "shm_unlink");
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw OsErrors.from(e, a[0]);
        }
    }
}
