package org.pyvm.modules.posix;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.HashMap;
import java.util.Map;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * OSError and its subclasses as CPython raises them: the class chosen by errno
 * (Objects/exceptions.c: errnomap), strerror from glibc's table, the filename(s) as the
 * caller passed them. Java's I/O exceptions are mapped back to the errno the system
 * call gave: by class where the JDK has one, otherwise by the strerror text the JDK
 * puts in {@link FileSystemException#getReason()}.
 */
public final class OsErrors {

    private OsErrors() {}

    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10, EAGAIN = 11,
        ENOMEM = 12, EACCES = 13, EEXIST = 17, EXDEV = 18, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ENOTTY = 25,
        EFBIG = 27, ENOSPC = 28, ESPIPE = 29, EROFS = 30, EPIPE = 32, ERANGE = 34, ENAMETOOLONG = 36,
        ENOSYS = 38, ENOTEMPTY = 39, ELOOP = 40, EILSEQ = 84, ENOTSUP = 95;

    private static final Map<String, Integer> BY_MESSAGE = new HashMap<>();

    static {
        for (int i = 1; i < Constants.STRERROR.length; i++) {
            BY_MESSAGE.putIfAbsent(Constants.STRERROR[i], i);
        }
    }

    /** glibc's strerror. Compare posixmodule.c: os_strerror_impl. */
    public static String strerror(long n) {
        return n >= 0 && n < Constants.STRERROR.length ? Constants.STRERROR[(int) n] : "Unknown error " + n;
    }

    /** The OSError subclass for ERRNO. Compare exceptions.c: _PyExc_InitState's errnomap. */
    public static PyType typeFor(int errno) {
        return PyExc.errnoType(errno);
    }

    /** OSError(errno, strerror) of the right subclass. */
    public static PyBaseException of(int errno) {
        return PyErr.of(typeFor(errno), PyInt.of(errno), PyStr.of(strerror(errno)));
    }

    /** OSError(errno, strerror, filename); FILENAME null for none. */
    public static PyBaseException of(int errno, PyObject filename) {
        if (filename == null) {
            return of(errno);
        }
        return PyErr.of(typeFor(errno), PyInt.of(errno), PyStr.of(strerror(errno)), filename);
    }

    /** OSError(errno, strerror, filename, None, filename2): "[Errno 2] ...: 'a' -> 'b'". */
    public static PyBaseException of(int errno, PyObject filename, PyObject filename2) {
        if (filename2 == null) {
            return of(errno, filename);
        }
        return PyErr.of(typeFor(errno), PyInt.of(errno), PyStr.of(strerror(errno)), filename, PyNone.NONE, filename2);
    }

    /** The errno a Java I/O exception stands for. */
    public static int errnoOf(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof AccessDeniedException ae) {
            Integer n = ae.getReason() == null ? null : BY_MESSAGE.get(ae.getReason());
            return n != null ? n : EACCES;
        }
        if (e instanceof NotLinkException) {
            return EINVAL;
        }
        if (e instanceof FileSystemLoopException) {
            return ELOOP;
        }
        if (e instanceof ClosedChannelException) {
            return EBADF;
        }
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) {
            return EBADF;
        }
        if (e instanceof FileSystemException fe && fe.getReason() != null) {
            Integer n = BY_MESSAGE.get(fe.getReason());
            if (n != null) {
                return n;
            }
            // The JDK words ELOOP from stat as "Too many levels of symbolic links or unable
            // to access attributes of symbolic link" (UnixException.translateToIOException).
            if (fe.getReason().startsWith(strerror(ELOOP) + " or ")) {
                return ELOOP;
            }
        }
        String msg = e.getMessage();
        if (msg != null) {
            Integer n = BY_MESSAGE.get(msg);
            if (n != null) {
                return n;
            }
            for (Map.Entry<String, Integer> en : BY_MESSAGE.entrySet()) {
                if (msg.endsWith(en.getKey()) || msg.contains("(" + en.getKey() + ")")) {
                    return en.getValue();
                }
            }
            if (msg.contains("Broken pipe")) {
                return EPIPE;
            }
        }
        return EIO;
    }

    /** The OSError for a Java I/O exception, naming FILENAME (may be null). */
    public static PyBaseException from(IOException e, PyObject filename) {
        return of(errnoOf(e), filename);
    }

    /** The OSError for a Java I/O exception naming two files (rename, link, symlink). */
    public static PyBaseException from(IOException e, PyObject filename, PyObject filename2) {
        return of(errnoOf(e), filename, filename2);
    }
}
