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
        try {
            return cwd().resolve(name);
        } catch (InvalidPathException e) {
            // Only a NUL byte can make a name invalid on Linux; CPython refuses it first.
            throw PyErr.valueError("embedded null byte");
        }
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
            return resolve(name);
        }

        /** A name in the argument's kind: bytes for a bytes path, str otherwise. */
        public PyObject sameKind(String s) {
            return isBytes ? new PyBytes(encode(s)) : PyStr.of(s);
        }

        public boolean isFd() {
            return fd >= 0;
        }
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
                    throw PyErr.valueError(fn + ": embedded null character in " + argName);
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
