package org.pyvm.modules.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyvm.runtime.PyExc;

/** The Java-level pieces of posix: O_* flags, errno mapping, the filesystem encoding. */
class PosixTablesTest {

    private static Map<String, Long> posix() {
        Map<String, Long> m = new HashMap<>();
        for (int i = 0; i < Constants.POSIX.length; i += 2) {
            m.put((String) Constants.POSIX[i], (Long) Constants.POSIX[i + 1]);
        }
        return m;
    }

    @Test
    void openFlagsAgreeWithGeneratedConstants() {
        Map<String, Long> p = posix();
        assertEquals(p.get("O_RDONLY"), (long) FdTable.O_RDONLY);
        assertEquals(p.get("O_WRONLY"), (long) FdTable.O_WRONLY);
        assertEquals(p.get("O_RDWR"), (long) FdTable.O_RDWR);
        assertEquals(p.get("O_CREAT"), (long) FdTable.O_CREAT);
        assertEquals(p.get("O_EXCL"), (long) FdTable.O_EXCL);
        assertEquals(p.get("O_TRUNC"), (long) FdTable.O_TRUNC);
        assertEquals(p.get("O_APPEND"), (long) FdTable.O_APPEND);
        assertEquals(p.get("O_NONBLOCK"), (long) FdTable.O_NONBLOCK);
        assertEquals(p.get("O_DIRECTORY"), (long) FdTable.O_DIRECTORY);
        assertEquals(p.get("O_NOFOLLOW"), (long) FdTable.O_NOFOLLOW);
        assertEquals(p.get("O_CLOEXEC"), (long) FdTable.O_CLOEXEC);
        assertEquals(p.get("O_SYNC"), (long) FdTable.O_SYNC);
        assertEquals(p.get("O_DSYNC"), (long) FdTable.O_DSYNC);
    }

    @Test
    void errnoNumbersAgreeWithGeneratedTable() {
        Map<String, Long> e = new HashMap<>();
        for (int i = 0; i < Constants.ERRNO.length; i += 2) {
            e.put((String) Constants.ERRNO[i], (Long) Constants.ERRNO[i + 1]);
        }
        assertEquals(e.get("ENOENT"), (long) OsErrors.ENOENT);
        assertEquals(e.get("EEXIST"), (long) OsErrors.EEXIST);
        assertEquals(e.get("ENOTEMPTY"), (long) OsErrors.ENOTEMPTY);
        assertEquals(e.get("EISDIR"), (long) OsErrors.EISDIR);
        assertEquals(e.get("ENOTDIR"), (long) OsErrors.ENOTDIR);
        assertEquals(e.get("EBADF"), (long) OsErrors.EBADF);
        assertEquals(e.get("ESPIPE"), (long) OsErrors.ESPIPE);
        assertEquals(e.get("ENOTTY"), (long) OsErrors.ENOTTY);
        assertEquals(e.get("ELOOP"), (long) OsErrors.ELOOP);
        assertEquals(e.get("EXDEV"), (long) OsErrors.EXDEV);
    }

    @Test
    void javaExceptionsMapToErrno() {
        assertEquals(OsErrors.ENOENT, OsErrors.errnoOf(new NoSuchFileException("x")));
        assertEquals(OsErrors.ENOTEMPTY, OsErrors.errnoOf(new DirectoryNotEmptyException("x")));
        assertEquals(OsErrors.EACCES, OsErrors.errnoOf(new AccessDeniedException("x")));
        assertEquals(OsErrors.EPERM, OsErrors.errnoOf(new AccessDeniedException("x", null, "Operation not permitted")));
        assertEquals(OsErrors.EISDIR, OsErrors.errnoOf(new FileSystemException("x", null, "Is a directory")));
        assertEquals(OsErrors.EXDEV, OsErrors.errnoOf(new FileSystemException("x", null, "Invalid cross-device link")));
        assertEquals(OsErrors.EIO, OsErrors.errnoOf(new IOException("something else")));
        assertEquals(PyExc.FileNotFoundError, OsErrors.typeFor(OsErrors.ENOENT));
        assertEquals(PyExc.PermissionError, OsErrors.typeFor(OsErrors.EPERM));
        assertEquals(PyExc.OSError, OsErrors.typeFor(OsErrors.EIO));
        assertEquals("No such file or directory", OsErrors.strerror(2));
        assertEquals("Unknown error 4000", OsErrors.strerror(4000));
    }

    @Test
    void fsEncodingRoundTripsAnyBytes() {
        Random r = new Random(42);
        for (int n = 0; n < 2000; n++) {
            byte[] b = new byte[r.nextInt(12)];
            r.nextBytes(b);
            assertArrayEquals(b, Fs.encode(Fs.decode(b)));
        }
        assertEquals("caf\u00e9", Fs.decode(new byte[] {'c', 'a', 'f', (byte) 0xc3, (byte) 0xa9}));
        assertEquals("\udcff", Fs.decode(new byte[] {(byte) 0xff}));
        assertEquals("\udced\udca0\udc80", Fs.decode(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}));
    }
}
