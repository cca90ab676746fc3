package org.pyvm.modules.sre;

import java.util.Arrays;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * A subject of matching as the engine sees it: the object (str or bytes-like), its code
 * points (a str's code points, a bytes-like object's values 0-255) and whether it is
 * bytes. Compare CPython Modules/_sre/sre.c: getstring, state_init, getslice.
 *
 * <p>The code-point array of the last immutable subject (str or bytes) is kept, so that a
 * tokenizer calling {@code pattern.match(text, pos)} in a loop, often with several
 * patterns on one text, converts the text once rather than once per call.
 */
final class Subject {

    /** The last immutable subject converted (one entry, shared by all patterns). */
    private static volatile Subject last;

    final PyObject obj;
    final int[] text;
    final boolean isBytes;

    private Subject(PyObject obj, int[] text, boolean isBytes) {
        this.obj = obj;
        this.text = text;
        this.isBytes = isBytes;
    }

    /** The subject for O, or TypeError "expected string or bytes-like object, got 'T'". */
    static Subject of(PyObject o) {
        Subject s = last;
        if (s != null && s.obj == o) {
            return s;
        }
        if (o instanceof PyStr str) {
            s = new Subject(o, codePoints(str.value()), false);
            last = s;
            return s;
        }
        byte[] b = bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("expected string or bytes-like object, got '" + o.type().getName() + "'");
        }
        int[] t = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            t[i] = b[i] & 0xFF;
        }
        s = new Subject(o, t, true);
        if (o instanceof PyBytes) {
            last = s;
        }
        return s;
    }

    /** The code points of V: one pass over the chars (a stream's codePoints().toArray() is several times slower). */
    private static int[] codePoints(String v) {
        int n = v.length();
        int[] a = new int[n];
        int k = 0;
        for (int i = 0; i < n; ) {
            char c = v.charAt(i++);
            if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(v.charAt(i))) {
                a[k++] = Character.toCodePoint(c, v.charAt(i++));
            } else {
                a[k++] = c;
            }
        }
        return k == n ? a : Arrays.copyOf(a, k);
    }

    /**
     * The bytes of a bytes-like object (bytes, bytearray, memoryview, array, any object with
     * a buffer), or null. Compare sre.c: getstring, which takes any buffer.
     */
    static byte[] bytesOf(PyObject o) {
        return o instanceof PyStr ? null : PyByteArray.bytesOf(o);
    }

    /** 0 for str, 1 for bytes-like, or TypeError: the pattern's kind (CPython's isbytes). */
    static int kindOf(PyObject o) {
        if (o instanceof PyStr) {
            return 0;
        }
        if (bytesOf(o) != null) {
            return 1;
        }
        throw PyErr.typeError("expected string or bytes-like object, got '" + o.type().getName() + "'");
    }

    /** The current length (a bytearray may have changed since the match). */
    int length() {
        return obj instanceof PyByteArray a ? a.bytes().length : text.length;
    }

    /**
     * The piece [i, j): a str (exact type) for str subjects, bytes for bytes-like ones; the
     * subject itself when it is the whole of an exact str or bytes. Compare sre.c: getslice.
     */
    PyObject slice(int i, int j) {
        if (!isBytes) {
            if (i == 0 && j == text.length && obj.getClass() == PyStr.class) {
                return obj;
            }
            return PyStr.of(new String(text, i, j - i));
        }
        if (obj instanceof PyBytes b) {
            if (i == 0 && j == text.length && obj.getClass() == PyBytes.class) {
                return obj;
            }
            return new PyBytes(Arrays.copyOfRange(b.bytes(), i, j));
        }
        return new PyBytes(Arrays.copyOfRange(bytesOf(obj), i, j));
    }

    /** The empty str or bytes, the joiner of sub(). */
    PyObject empty() {
        return isBytes ? new PyBytes(new byte[0]) : PyStr.EMPTY;
    }
}
