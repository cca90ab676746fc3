package org.pyvm.modules.posix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * File names between Python and Java, and pyvm's working directory.
 *
 * <p>Names are str or bytes in Python; bytes are decoded as the filesystem encoding
 * (UTF-8 with surrogateescape, CPython's choice on Linux in a UTF-8 locale) and str
 * encoded back the same way, so any byte name round-trips.
 *
 * <p>The JVM cannot change its working directory, so {@code os.chdir} sets a pyvm-level
 * one, {@link #cwd()}, and every function taking a path resolves a relative path against
 * it ({@link #resolve}). Names reported back (listdir, readlink, error filenames) stay
 * as the caller wrote them. {@link #reset} starts each run at the JVM's directory.
 */
public final class Fs {

    private Fs() {}

    /** The working directory at the start of a run (Setup.init, through FdTable.reset). */
    static void reset() {
        org.pyvm.runtime.WorkingDir.reset();
    }

    /** pyvm's working directory, kept by the runtime ({@link org.pyvm.runtime.WorkingDir}) for the import system too. */
    public static Path cwd() {
        return org.pyvm.runtime.WorkingDir.get();
    }

    static void setCwd(Path p) {
        org.pyvm.runtime.WorkingDir.set(p);
    }

    /** A name as a Java path, relative names taken from pyvm's working directory. */
    public static Path resolve(String name) {
        if (hasEscapes(name)) {
            return cwd().resolve(rawPath(encode(name)));
        }
        try {
            return cwd().resolve(name);
        } catch (InvalidPathException e) {
            if (name.indexOf('\0') >= 0) {
                // CPython refuses a NUL before any system call.
                throw PyErr.valueError("embedded null byte");
            }
            // A lone surrogate outside U+DC80..U+DCFF: no bytes stand for it (os.fsencode fails too).
            return rawPath(encode(name));
        }
    }

    /** NAME as a Java path as it stands (not resolved against the working directory). */
    public static Path plain(String name) {
        return hasEscapes(name) ? rawPath(encode(name)) : Path.of(name);
    }

    /** Whether NAME holds a surrogate escape (U+DC80..U+DCFF): bytes that are not UTF-8, which Java's own decoding of names cannot spell. */
    static boolean hasEscapes(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0xdc80 && c <= 0xdcff) {
                return true;
            }
        }
        return false;
    }

    /**
     * Java's file names are text decoded and encoded with the JVM's sun.jnu.encoding (UTF-8
     * here, fixed at start-up), which cannot hold a name whose bytes are not UTF-8. The JDK's
     * Unix paths keep a name's bytes, though: sun.nio.fs.UnixPath has a constructor taking
     * them and asByteArray() giving them back. bin/pyvm (and the jar's manifest) open
     * java.base/sun.nio.fs to pyvm for these two; without that, such names are refused with
     * a clear error.
     */
    private static final class Raw {
        static final java.lang.invoke.MethodHandle NEW;
        static final java.lang.invoke.MethodHandle BYTES;
        static final java.nio.file.FileSystem FS = java.nio.file.FileSystems.getDefault();

        static {
            java.lang.invoke.MethodHandle n = null;
            java.lang.invoke.MethodHandle b = null;
            try {
                Class<?> up = Class.forName("sun.nio.fs.UnixPath");
                Class<?> ufs = Class.forName("sun.nio.fs.UnixFileSystem");
                if (up.isInstance(Path.of("/")) && ufs.isInstance(FS)) {
                    var l = java.lang.invoke.MethodHandles.privateLookupIn(up, java.lang.invoke.MethodHandles.lookup());
                    n = l.findConstructor(up, java.lang.invoke.MethodType.methodType(void.class, ufs, byte[].class))
                        .asType(java.lang.invoke.MethodType.methodType(Path.class, java.nio.file.FileSystem.class,
                            byte[].class));
                    b = l.findVirtual(up, "asByteArray", java.lang.invoke.MethodType.methodType(byte[].class))
                        .asType(java.lang.invoke.MethodType.methodType(byte[].class, Path.class));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                n = null;
                b = null;
            }
            NEW = n;
            BYTES = b;
        }
    }

    /** A Java path naming exactly the bytes B (redundant slashes dropped, as UnixPath's own parsing does). */
    static Path rawPath(byte[] b) {
        if (Raw.NEW == null) {
            throw PyErr.of(org.pyvm.runtime.PyExc.OSError, PyInt.of(OsErrors.EILSEQ),
                PyStr.of("file names that are not UTF-8 need java.base/sun.nio.fs opened to pyvm "
                    + "(--add-opens, as bin/pyvm does)"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '/' && (i + 1 == b.length || b[i + 1] == '/') && !(i == 0 && i + 1 == b.length)) {
                if (i + 1 == b.length && out.size() == 0) {
                    out.write('/');
                }
                continue;
            }
            out.write(b[i]);
        }
        try {
            return (Path) Raw.NEW.invokeExact(Raw.FS, out.toByteArray());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** P's name as Python text: its exact bytes decoded ({@link #decode}), even where Java's own toString() lost some. */
    public static String text(Path p) {
        String s = p.toString();
        if (s.indexOf('\ufffd') < 0 || Raw.BYTES == null) {
            return s;
        }
        return decode(bytes(p));
    }

    /** P's name as bytes of the file system. */
    public static byte[] bytes(Path p) {
        if (Raw.BYTES != null && p.getFileSystem() == Raw.FS) {
            try {
                return (byte[]) Raw.BYTES.invokeExact(p);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return encode(p.toString());
    }

    /** UTF-8 with surrogateescape: undecodable bytes become U+DC80..U+DCFF. Compare PyUnicode_DecodeFSDefault. */
    public static String decode(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? (c <= 0xef ? 2 : 0) : c >= 0xc2 ? 1 : 0;
            int cp = need == 1 ? c & 0x1f : need == 2 ? c & 0x0f : c & 0x07;
            boolean ok = need > 0;
            if (ok) {
                for (int k = 1; k <= need; k++) {
                    if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (b[i + k] & 0x3f);
                }
            }
            if (ok && ((need == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need == 3 && (cp < 0x10000
                || cp > 0x10ffff)))) {
                ok = false;
            }
            if (ok) {
                sb.appendCodePoint(cp);
                i += need + 1;
            } else {
                sb.append((char) (0xdc00 + c));
                i++;
            }
        }
        return sb.toString();
    }

    /** The inverse of {@link #decode}: lone U+DC80..U+DCFF become their byte again. */
    public static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0xdc80 && ch <= 0xdcff) {
                out.write(ch - 0xdc00);
            } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                byte[] b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i++;
            } else if (Character.isSurrogate(ch)) {
                throw PyErr.of(org.pyvm.runtime.PyExc.UnicodeEncodeError, "'utf-8' codec can't encode character '\\u"
                    + Integer.toHexString(ch) + "' in position " + i + ": surrogates not allowed");
            } else {
                byte[] b = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    /** A path argument: the object given, its text, whether it was bytes, or the fd it names. */
    public record PathArg(PyObject given, String name, boolean isBytes, int fd) {

        /** The Java path; an empty name is ENOENT, as for every system call (Java would take it as "."). */
        public Path path() {
            if (name.isEmpty()) {
                throw OsErrors.of(OsErrors.ENOENT, given);
            }
            Path p = resolve(name);
            // A trailing slash asks for a directory (path_resolution(7)): an existing file
            // that is not one is ENOTDIR. Java's paths drop the slash, so it is checked here.
            if (name.length() > 1 && name.charAt(name.length() - 1) == '/' && java.nio.file.Files.exists(p)
                && !java.nio.file.Files.isDirectory(p)) {
                throw OsErrors.of(OsErrors.ENOTDIR, given);
            }
            return p;
        }

        /**
         * open(2) with O_CREAT of a name ending in a slash that does not exist (in an
         * existing directory) is EISDIR; Java would create a file of that name.
         */
        public void checkCreate(Path p, int flags) {
            if ((flags & FdTable.O_CREAT) != 0 && name.length() > 1 && name.charAt(name.length() - 1) == '/'
                && !java.nio.file.Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && p.getParent() != null && java.nio.file.Files.isDirectory(p.getParent())) {
                throw OsErrors.of(OsErrors.EISDIR, given);
            }
        }

        /** A name in the argument's kind: bytes for a bytes path, str otherwise. */
        public PyObject sameKind(String s) {
            return isBytes ? new PyBytes(encode(s)) : PyStr.of(s);
        }

        public boolean isFd() {
            return fd >= 0;
        }
    }

    /** PyUnicode_FSConverter: str, bytes or os.PathLike to the file system's bytes. */
    public static byte[] fsConvert(PyObject o) {
        PyObject p = Fs.fspath(o);
        byte[] b = p instanceof PyBytes pb ? pb.bytes() : p.type().isSubtypeOf(PyBytes.TYPE) ? ((PyBytes) p).bytes()
            : Fs.encode(p.toString());
        for (byte x : b) {
            if (x == 0) {
                throw PyErr.valueError("embedded null byte");
            }
        }
        return b;
    }

    /**
     * os.fspath: str and bytes as they are, otherwise __fspath__'s result (which must be
     * str or bytes). Compare posixmodule.c: PyOS_FSPath.
     */
    public static PyObject fspath(PyObject p) {
        if (p instanceof PyStr || p instanceof PyBytes || isStrOrBytes(p)) {
            return p;
        }
        PyObject m = p.type().lookup("__fspath__");
        if (m == null || m == PyNone.NONE) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + p.type().getName());
        }
        PyObject r = Abstract.callDescr(m, p);
        if (!isStrOrBytes(r)) {
            throw PyErr.typeError("expected " + p.type().getName() + ".__fspath__() to return str or bytes, not "
                + r.type().getName());
        }
        return r;
    }

    private static boolean isStrOrBytes(PyObject o) {
        return o.type().isSubtypeOf(PyStr.TYPE) || o.type().isSubtypeOf(PyBytes.TYPE);
    }

    /**
     * Converts a path argument. Compare posixmodule.c: path_converter and its messages
     * ("stat: path should be string, bytes, os.PathLike or integer, not list"). ALLOWFD
     * lets an int name an open file; NULLABLE lets None stand for the default.
     */
    public static PathArg path(String fn, String argName, PyObject o, boolean allowFd) {
        if (allowFd && (o instanceof PyInt || (!(o instanceof PyStr) && !(o instanceof PyBytes) && Abstract.hasIndex(o)
            && o.type().lookup("__fspath__") == null))) {
            long v = Abstract.index(o).longValue();
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw PyErr.valueError(fn + ": fd must be non-negative" + (v < 0 ? "" : ""));
            }
            return new PathArg(o, null, false, (int) v);
        }
        PyObject p;
        if (o instanceof PyStr || o instanceof PyBytes) {
            p = o;
        } else if (o.type().isSubtypeOf(PyStr.TYPE) || o.type().isSubtypeOf(PyBytes.TYPE)) {
            p = o;
        } else if (o.type().lookup("__fspath__") != null && o.type().lookup("__fspath__") != PyNone.NONE) {
            p = fspath(o);
        } else {
            String allowed = allowFd ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike";
            if (o instanceof PyByteArray) {
                throw PyErr.typeError(fn + ": " + argName + " should be " + allowed + ", not bytearray");
            }
            throw PyErr.typeError(fn + ": " + argName + " should be " + allowed + ", not " + o.type().getName());
        }
        String s;
        boolean isBytes;
        if (p.type().isSubtypeOf(PyBytes.TYPE)) {
            byte[] b = ((PyBytes) p).bytes();
            for (byte x : b) {
                if (x == 0) {
                    // path_converter's message; PyUnicode_FSConverter's (FN null) is the str one.
                    throw PyErr.valueError(fn == null ? "embedded null byte" : fn + ": embedded null character in "
                        + argName);
                }
            }
            s = decode(b);
            isBytes = true;
        } else {
            s = p.toString();
            if (s.indexOf('\0') >= 0) {
                throw PyErr.valueError("embedded null byte");
            }
            isBytes = false;
        }
        return new PathArg(o, s, isBytes, -1);
    }

    /** The type name used in messages. */
    static String typeName(PyType t) {
        return t.getName();
    }
}
