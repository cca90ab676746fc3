package org.pyvm.modules.io;

import java.util.Arrays;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _io.StringIO: text in memory, as code points (positions are code point indices, as
 * in CPython's UCS4 buffer), with the newline translation of TextIOWrapper. Compare
 * CPython Modules/_io/stringio.c.
 */
public final class StringIO extends IOObject {

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "StringIO", StringIO.class, StringIO.class,
        TextIOBase.TYPE));

    int[] buf = new int[16];
    int size;
    int pos;
    boolean closed;
    /** None: universal newlines, translated to \n on input. */
    String newline = "\n";
    boolean readUniversal;
    boolean readTranslate;
    String writeNl;
    /** Kinds of newline seen (1 \r, 2 \n, 4 \r\n) when translating. */
    int seen;

    StringIO(PyType type) {
        super(type);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        // As BytesIO: only subclasses are watched.
        return cls == TYPE ? new StringIO(cls) : new StringIO(cls).watched();
    }

    /** StringIO(initial_value='', newline='\n'). Compare _io_StringIO___init___impl. */
    @ExposedMethod
    static void __init__(StringIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("StringIO", args, kw, 0, 2, "initial_value", "newline");
        String nl = "\n";
        if (a[1] != null) {
            if (a[1] == PyNone.NONE) {
                nl = null;
            } else if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("newline must be str or None, not " + a[1].type().getName());
            } else {
                nl = a[1].toString();
                if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                    throw PyErr.valueError("illegal newline value: " + Abstract.repr(a[1]));
                }
            }
        }
        if (a[0] != null && a[0] != PyNone.NONE && !(a[0] instanceof PyStr)) {
            throw PyErr.typeError("initial_value must be str or None, not " + a[0].type().getName());
        }
        self.newline = nl;
        self.readUniversal = nl == null || nl.isEmpty();
        self.readTranslate = nl == null;
        // Compare stringio.c: newline '' and '\n' write as given; '\r' and '\r\n' replace '\n'.
        self.writeNl = nl != null && !nl.isEmpty() && !nl.equals("\n") ? nl : null;
        self.size = 0;
        self.pos = 0;
        self.seen = 0;
        self.closed = false;
        if (a[0] != null && a[0] != PyNone.NONE) {
            self.writeJava(a[0].toString());
            self.pos = 0;
        }
    }

    private void check() {
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file");
        }
    }

    /** Translates newlines as written text is, then stores it at the position. */
    int writeJava(String s) {
        int n = s.codePointCount(0, s.length());
        if (readUniversal || writeNl != null) {
            s = translate(s);
        }
        int[] cps = s.codePoints().toArray();
        if (cps.length == 0) {
            return n;
        }
        int end = pos + cps.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, 0);
        }
        System.arraycopy(cps, 0, buf, pos, cps.length);
        pos = end;
        size = Math.max(size, end);
        return n;
    }

    private String translate(String s) {
        if (readUniversal) {
            // Compare IncrementalNewlineDecoder with translate=True and final=True.
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\r') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        seen |= 4;
                        i++;
                        sb.append(readTranslate ? "\n" : "\r\n");
                    } else {
                        seen |= 1;
                        sb.append(readTranslate ? '\n' : '\r');
                    }
                } else {
                    if (c == '\n') {
                        seen |= 2;
                    }
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        if (writeNl != null) {
            return s.replace("\n", writeNl);
        }
        return s;
    }

    String slice(int from, int to) {
        return new String(buf, from, Math.max(0, to - from));
    }

    String readJava(long n) {
        check();
        int avail = Math.max(0, size - pos);
        int k = n < 0 || n > avail ? avail : (int) n;
        String s = slice(Math.min(pos, size), Math.min(pos, size) + k);
        pos += k;
        return s;
    }

    /** One line by the newline mode. Compare stringio.c: _stringio_readline and _PyIO_find_line_ending. */
    String readlineJava(long limit) {
        check();
        int start = Math.min(pos, size);
        int stop = limit < 0 ? size : (int) Math.min(size, start + limit);
        int end = stop;
        for (int i = start; i < stop; i++) {
            int c = buf[i];
            if (readTranslate || "\n".equals(newline)) {
                if (c == '\n') {
                    end = i + 1;
                    break;
                }
            } else if (readUniversal) {
                if (c == '\n') {
                    end = i + 1;
                    break;
                }
                if (c == '\r') {
                    end = i + 1 < size && buf[i + 1] == '\n' ? Math.min(i + 2, stop) : i + 1;
                    break;
                }
            } else if ("\r".equals(newline)) {
                if (c == '\r') {
                    end = i + 1;
                    break;
                }
            } else if (c == '\r' && i + 1 < stop && buf[i + 1] == '\n') {
                end = i + 2;
                break;
            }
        }
        pos = end;
        return slice(start, end);
    }

    @ExposedMethod
    static PyObject getvalue(StringIO self) {
        self.check();
        return PyStr.of(self.slice(0, self.size));
    }

    @ExposedMethod
    static PyObject read(StringIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("read", args, kw, 0, 1, "size");
        return PyStr.of(self.readJava(IOBase.size(a[0])));
    }

    @ExposedMethod
    static PyObject readline(StringIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("readline", args, kw, 0, 1, "size");
        return PyStr.of(self.readlineJava(IOBase.size(a[0])));
    }

    @ExposedMethod
    static PyObject readlines(StringIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("readlines", args, kw, 0, 1, "hint");
        long hint = IOBase.size(a[0]);
        self.check();
        PyList out = new PyList();
        long total = 0;
        while (true) {
            String line = self.readlineJava(-1);
            if (line.isEmpty()) {
                break;
            }
            out.append(PyStr.of(line));
            total += line.codePointCount(0, line.length());
            // StringIO has IOBase's readlines in CPython: it stops past HINT (BytesIO's at it).
            if (hint > 0 && total > hint) {
                break;
            }
        }
        return out;
    }

    @ExposedMethod
    static long write(StringIO self, PyObject s) {
        self.check();
        if (!(s instanceof PyStr)) {
            throw PyErr.typeError("string argument expected, got '" + s.type().getName() + "'");
        }
        return self.writeJava(s.toString());
    }

    /** seek(pos, whence=0). Compare _io_StringIO_seek_impl. */
    @ExposedMethod
    static long seek(StringIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("seek", args, kw, 1, 2, "pos", "whence");
        self.check();
        long pos = Abstract.index(a[0]).longValue();
        long whence = a[1] == null ? 0 : Abstract.index(a[1]).longValue();
        if (whence != 0 && whence != 1 && whence != 2) {
            throw PyErr.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (pos < 0 && whence == 0) {
            throw PyErr.valueError("Negative seek position " + pos);
        }
        if (whence != 0 && pos != 0) {
            // CPython 3.12's stringio.c says "cur-relative" for whence 2 as well.
            throw PyErr.of(org.pyvm.runtime.PyExc.OSError, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 1) {
            pos = self.pos;
        } else if (whence == 2) {
            pos = self.size;
        }
        self.pos = (int) Math.min(pos, Integer.MAX_VALUE - 16);
        return pos;
    }

    @ExposedMethod
    static long tell(StringIO self) {
        self.check();
        return self.pos;
    }

    @ExposedMethod
    static long truncate(StringIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("truncate", args, kw, 0, 1, "pos");
        self.check();
        long n = a[0] == null || a[0] == PyNone.NONE ? self.pos : Abstract.index(a[0]).longValue();
        if (n < 0) {
            throw PyErr.valueError("Negative size value " + n);
        }
        if (n < self.size) {
            self.size = (int) n;
        }
        return n;
    }

    @ExposedMethod
    static boolean readable(StringIO self) {
        self.check();
        return true;
    }

    @ExposedMethod
    static boolean writable(StringIO self) {
        self.check();
        return true;
    }

    @ExposedMethod
    static boolean seekable(StringIO self) {
        self.check();
        return true;
    }

    @ExposedMethod
    static void close(StringIO self) {
        self.closed = true;
        self.buf = new int[0];
        self.size = 0;
    }

    @ExposedGetter
    static PyObject closed(StringIO self) {
        return PyBool.of(self.closed);
    }

    @ExposedGetter
    static PyObject line_buffering(StringIO self) {
        self.check();
        return PyBool.FALSE;
    }

    @ExposedGetter
    static PyObject newlines(StringIO self) {
        self.check();
        return self.readUniversal ? IncrementalNewlineDecoder.seenValue(self.seen) : PyNone.NONE;
    }

    @ExposedMethod
    static PyObject __next__(StringIO self) {
        String line = self.readlineJava(-1);
        if (line.isEmpty()) {
            throw PyErr.stopIteration(null);
        }
        return PyStr.of(line);
    }

    /**
     * (value, newline as given, position, dict or None). Compare stringio.c:
     * _io_StringIO___getstate___impl.
     */
    @ExposedMethod
    static PyObject __getstate__(StringIO self) {
        PyObject value = getvalue(self);
        PyDict d = self.dictOrNull();
        return PyTuple.of(value, self.newline == null ? PyNone.NONE : PyStr.of(self.newline), PyInt.of(self.pos),
            d == null ? PyNone.NONE : d.copy());
    }

    /**
     * Runs __init__ with the first two items (for the newline mode), then puts the value back
     * untranslated, since it was translated once already, and sets position and dict.
     * Compare stringio.c: _io_StringIO___setstate___impl.
     */
    @ExposedMethod
    static PyObject __setstate__(StringIO self, PyObject state) {
        self.check();
        if (!(state instanceof PyTuple t) || t.size() < 4) {
            throw PyErr.typeError(self.type().getName() + ".__setstate__ argument should be 4-tuple, got "
                + state.type().getName());
        }
        __init__(self, new PyObject[] {t.get(0), t.get(1)}, null);
        PyObject value = t.get(0);
        if (value instanceof PyStr) {
            int[] cps = value.toString().codePoints().toArray();
            self.buf = cps.length == 0 ? new int[16] : cps;
            self.size = cps.length;
        } else {
            self.size = 0;
        }
        PyObject p = t.get(2);
        if (!(p instanceof PyInt)) {
            throw PyErr.typeError("third item of state must be an integer, got " + p.type().getName());
        }
        long pos = ((PyInt) p).longValue();
        if (pos < 0) {
            throw PyErr.valueError("position value cannot be negative");
        }
        self.pos = (int) Math.min(pos, Integer.MAX_VALUE);
        PyObject d = t.get(3);
        if (d != PyNone.NONE) {
            if (!(d instanceof PyDict dict)) {
                throw PyErr.typeError("fourth item of state should be a dict, got a " + d.type().getName());
            }
            self.updateDict(dict);
        }
        return PyNone.NONE;
    }
}
