package org.pyvm.modules.pickle;

import static org.pyvm.modules.pickle.Opcodes.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CRecursion;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyEllipsis;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyGenerator;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyIterator;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.codecs.CodecRegistry;

/**
 * _pickle.Pickler: writes the pickle of an object into a growing byte array, committed in
 * 64 KiB frames (protocol 4 and up) and handed to {@code file.write} at the end of a dump (and
 * at each full frame). Objects are dispatched on their exact type first; everything else goes
 * through reducer_override, the dispatch tables and {@code __reduce_ex__}. The memo maps
 * objects by identity to their memo index. Compare CPython Modules/_pickle.c: PicklerObject,
 * _Pickler_Write, _Pickler_CommitFrame, save and the save_* functions.
 */
public final class PicklerObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_pickle", "Pickler", PicklerObject.class,
        PicklerObject.class));

    private static final int BATCHSIZE = 1000;
    private static final int FAST_NESTING_LIMIT = 50;

    private final PyType type;
    private PyDict dict;

    /** The memo: object (by identity) to memo index. */
    IdentityHashMap<PyObject, Long> memo = new IdentityHashMap<>();
    /** persistent_id (a bound method when it came from the class), or null. */
    private PyObject persFunc;
    /** The private dispatch_table, or null for copyreg's. */
    private PyObject dispatchTable;
    /** reducer_override, looked up at each dump. */
    private PyObject reducerOverride;
    /** file.write, or null for dumps() (and before __init__). */
    private PyObject write;
    private boolean initialized;

    private byte[] buf = new byte[4096];
    private int len;
    private int proto;
    private boolean bin;
    private boolean framing;
    /** Where the open frame's 9-byte header sits in buf, or -1. */
    private int frameStart = -1;
    private boolean fast;
    private int fastNesting;
    private IdentityHashMap<PyObject, Boolean> fastMemo;
    private boolean fixImports;
    private PyObject bufferCallback;
    private PickleModule.State st;

    PicklerObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new PicklerObject(cls);
    }

    /** Pickler(file, protocol=None, fix_imports=True, buffer_callback=None). Compare _pickle_Pickler___init___impl. */
    @ExposedMethod
    static void __init__(PicklerObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("Pickler", args, kw, 1, 4, "file", "protocol", "fix_imports", "buffer_callback");
        self.init(a[0], a[1], PickleModule.flag(a[2], true), a[3]);
    }

    /** The work of __init__ (FILE null: dumps, which writes to memory only). */
    void init(PyObject file, PyObject protocol, boolean fixImports, PyObject bufferCallback) {
        if (initialized) {
            memo = new IdentityHashMap<>();
            persFunc = null;
            dispatchTable = null;
            write = null;
            this.bufferCallback = null;
        }
        setProtocol(protocol, fixImports);
        if (file != null) {
            write = Abstract.lookupAttr(file, "write");
            if (write == null) {
                throw PyErr.typeError("file must have a 'write' attribute");
            }
        }
        if (bufferCallback != null && bufferCallback != PyNone.NONE) {
            if (proto < 5) {
                throw PyErr.valueError("buffer_callback needs protocol >= 5");
            }
            this.bufferCallback = bufferCallback;
        }
        len = 0;
        frameStart = -1;
        fast = false;
        fastNesting = 0;
        fastMemo = null;
        initialized = true;
        if (type != TYPE) {
            persFunc = Abstract.lookupAttr(this, "persistent_id");
            if (dispatchTable == null) {
                dispatchTable = Abstract.lookupAttr(this, "dispatch_table");
            }
        }
    }

    /** Compare _Pickler_SetProtocol. */
    private void setProtocol(PyObject protocol, boolean fix) {
        long p;
        if (protocol == null || protocol == PyNone.NONE) {
            p = DEFAULT_PROTOCOL;
        } else {
            PyInt v = Abstract.index(protocol);
            if (v.isBig()) {
                if (v.signum() < 0) {
                    p = HIGHEST_PROTOCOL;
                } else {
                    throw PyErr.overflowError("Python int too large to convert to C long");
                }
            } else {
                p = v.longValue();
                if (p < 0) {
                    p = HIGHEST_PROTOCOL;
                } else if (p > HIGHEST_PROTOCOL) {
                    throw PyErr.valueError("pickle protocol must be <= " + HIGHEST_PROTOCOL);
                }
            }
        }
        proto = (int) p;
        bin = proto > 0;
        fixImports = fix && proto < 3;
    }

    // ---- output buffer and frames (compare _Pickler_Write, _Pickler_CommitFrame) ----

    private void reserve(int n) {
        int need = len + n + (framing && frameStart < 0 ? FRAME_HEADER_SIZE : 0);
        if (need > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(need, buf.length + (buf.length >> 1)));
        }
        if (framing && frameStart < 0) {
            frameStart = len;
            len += FRAME_HEADER_SIZE;
        }
    }

    private void write1(byte b) {
        if (len + 1 >= buf.length || framing && frameStart < 0) {
            reserve(1);
        }
        buf[len++] = b;
    }

    private void write2(byte a, byte b) {
        reserve(2);
        buf[len++] = a;
        buf[len++] = b;
    }

    private void write(byte[] b, int off, int n) {
        reserve(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    private void writeAscii(String s) {
        int n = s.length();
        reserve(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    /** Writes OP followed by N little-endian bytes of V. */
    private void writeOpLE(byte op, long v, int n) {
        reserve(1 + n);
        buf[len++] = op;
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    private void commitFrame() {
        if (!framing || frameStart == -1) {
            return;
        }
        long frameLen = len - frameStart - FRAME_HEADER_SIZE;
        if (frameLen >= FRAME_SIZE_MIN) {
            buf[frameStart] = FRAME;
            for (int i = 0; i < 8; i++) {
                buf[frameStart + 1 + i] = (byte) (frameLen >>> (8 * i));
            }
        } else {
            System.arraycopy(buf, frameStart + FRAME_HEADER_SIZE, buf, frameStart, (int) frameLen);
            len -= FRAME_HEADER_SIZE;
        }
        frameStart = -1;
    }

    /** Hands what is buffered to file.write and starts afresh. Compare _Pickler_FlushToFile. */
    private void flushToFile() {
        commitFrame();
        PyBytes out = new PyBytes(java.util.Arrays.copyOf(buf, len));
        len = 0;
        frameStart = -1;
        Abstract.call(write, out);
    }

    /** Between opcodes: a full frame is committed (and written out when there is a file). */
    private void opcodeBoundary() {
        if (!framing || frameStart == -1) {
            return;
        }
        if (len - frameStart - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET) {
            commitFrame();
            if (write != null) {
                flushToFile();
            }
        }
    }

    /**
     * A header and a payload; a payload of a frame's size or more goes outside any frame, and
     * straight to the file when there is one. Compare _Pickler_write_bytes.
     */
    private void writeBytes(byte[] header, int headerLen, byte[] data, int off, int n, PyObject payload) {
        boolean bypass = n >= FRAME_SIZE_TARGET;
        boolean wasFraming = framing;
        if (bypass) {
            commitFrame();
            framing = false;
        }
        write(header, 0, headerLen);
        if (bypass && write != null) {
            flushToFile();
            PyObject p = payload != null && off == 0 && n == data.length ? payload
                : new PyBytes(java.util.Arrays.copyOfRange(data, off, off + n));
            Abstract.call(write, p);
        } else {
            write(data, off, n);
        }
        framing = wasFraming;
    }

    // ---- memo ----

    private void memoGet(PyObject obj) {
        long idx = memo.get(obj);
        if (!bin) {
            write1(GET);
            writeAscii(Long.toString(idx));
            write1((byte) '\n');
        } else if (idx < 256) {
            write2(BINGET, (byte) idx);
        } else if (idx <= 0xffffffffL) {
            writeOpLE(LONG_BINGET, idx, 4);
        } else {
            throw PickleModule.picklingError("memo id too large for LONG_BINGET");
        }
    }

    private void memoPut(PyObject obj) {
        if (fast) {
            return;
        }
        long idx = memo.size();
        memo.put(obj, idx);
        if (proto >= 4) {
            write1(MEMOIZE);
        } else if (!bin) {
            write1(PUT);
            writeAscii(Long.toString(idx));
            write1((byte) '\n');
        } else if (idx < 256) {
            write2(BINPUT, (byte) idx);
        } else if (idx <= 0xffffffffL) {
            writeOpLE(LONG_BINPUT, idx, 4);
        } else {
            throw PickleModule.picklingError("memo id too large for LONG_BINPUT");
        }
    }

    // ---- dump ----

    /** Pickler.dump(obj). Compare _pickle_Pickler_dump_impl. */
    @ExposedMethod
    static PyObject dump(PicklerObject self, PyObject obj) {
        if (self.write == null) {
            throw PickleModule.picklingError("Pickler.__init__() was not called by " + self.type.getName() + ".__init__()");
        }
        self.dumpTo(obj);
        return PyNone.NONE;
    }

    void dumpTo(PyObject obj) {
        len = 0;
        frameStart = -1;
        doDump(obj);
        flushToFile();
    }

    /** dumps(): the pickle as bytes. */
    PyObject dumpsValue(PyObject obj) {
        len = 0;
        frameStart = -1;
        doDump(obj);
        commitFrame();
        return new PyBytes(java.util.Arrays.copyOf(buf, len));
    }

    /** Compare _pickle.c: dump. */
    private void doDump(PyObject obj) {
        st = PickleModule.state();
        reducerOverride = type == TYPE ? null : Abstract.lookupAttr(this, "reducer_override");
        try {
            if (proto >= 2) {
                write2(PROTO, (byte) proto);
                if (proto >= 4) {
                    framing = true;
                }
            }
            save(obj, false);
            write1(STOP);
            commitFrame();
        } finally {
            framing = false;
            reducerOverride = null;
        }
    }

    @ExposedMethod
    static void clear_memo(PicklerObject self) {
        self.memo.clear();
    }

    @ExposedMethod
    static PyObject __sizeof__(PicklerObject self) {
        return PyInt.of(64 + self.buf.length + 16L * self.memo.size());
    }

    /** Compare _pickle.c: save. */
    void save(PyObject obj, boolean persSave) {
        opcodeBoundary();
        if (!persSave && persFunc != null && savePers(obj)) {
            return;
        }
        PyType t = obj.type();
        if (obj == PyNone.NONE) {
            write1(NONE);
            return;
        } else if (t == PyBool.TYPE) {
            saveBool(obj == PyBool.TRUE);
            return;
        } else if (t == PyInt.TYPE) {
            saveLong((PyInt) obj);
            return;
        } else if (t == PyFloat.TYPE) {
            saveFloat(((PyFloat) obj).value);
            return;
        }
        if (memo.containsKey(obj)) {
            memoGet(obj);
            return;
        }
        if (t == PyBytes.TYPE) {
            saveBytes((PyBytes) obj);
            return;
        } else if (t == PyStr.TYPE) {
            saveStr((PyStr) obj);
            return;
        }
        CRecursion c = CRecursion.enter(" while pickling an object");
        try {
            saveOther(obj, t);
        } finally {
            CRecursion.leave(c);
        }
    }

    private void saveOther(PyObject obj, PyType t) {
        if (t == PyDict.TYPE) {
            saveDict((PyDict) obj);
            return;
        } else if (t == PySet.SET) {
            saveSet((PySet) obj);
            return;
        } else if (t == PySet.FROZENSET) {
            saveFrozenset((PySet) obj);
            return;
        } else if (t == PyList.TYPE) {
            saveList((PyList) obj);
            return;
        } else if (t == PyTuple.TYPE) {
            saveTuple((PyTuple) obj);
            return;
        } else if (t == PyByteArray.TYPE) {
            saveByteArray((PyByteArray) obj);
            return;
        } else if (t == PickleBufferObject.TYPE) {
            savePickleBuffer((PickleBufferObject) obj);
            return;
        }
        PyObject rv = null;
        if (reducerOverride != null) {
            rv = Abstract.call(reducerOverride, obj);
            if (rv == PyNotImplemented.NOT_IMPLEMENTED) {
                rv = null;
            }
        }
        if (rv == null) {
            if (t == PyType.TYPE) {
                saveType(obj);
                return;
            } else if (t == PyFunction.TYPE) {
                saveGlobal(obj, null);
                return;
            }
            PyObject reduceFunc;
            if (dispatchTable == null) {
                reduceFunc = st.dispatchTable.get(t);
            } else {
                reduceFunc = optionalItem(dispatchTable, t);
            }
            if (reduceFunc != null) {
                rv = Abstract.call(reduceFunc, obj);
            } else if (t.isSubtypeOf(PyType.TYPE)) {
                saveGlobal(obj, null);
                return;
            } else {
                PyObject f = Abstract.lookupAttr(obj, "__reduce_ex__");
                if (f != null) {
                    rv = Abstract.call(f, PyInt.of(proto));
                } else {
                    f = Abstract.lookupAttr(obj, "__reduce__");
                    if (f == null) {
                        throw PickleModule.picklingError("can't pickle '" + t.getName() + "' object: "
                            + Abstract.repr(obj).value());
                    }
                    rv = Abstract.call(f);
                }
            }
        }
        if (rv instanceof PyStr) {
            saveGlobal(obj, rv);
            return;
        }
        if (!(rv instanceof PyTuple rt)) {
            throw PickleModule.picklingError("__reduce__ must return a string or tuple");
        }
        saveReduce(rt, obj);
    }

    /** PyMapping_GetOptionalItem: MAPPING[KEY], or null on KeyError. */
    private static PyObject optionalItem(PyObject mapping, PyObject key) {
        if (mapping instanceof PyDict d && mapping.type() == PyDict.TYPE) {
            return d.get(key);
        }
        try {
            return Abstract.getItem(mapping, key);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    private void saveBool(boolean v) {
        if (proto >= 2) {
            write1(v ? NEWTRUE : NEWFALSE);
        } else {
            writeAscii(v ? "I01\n" : "I00\n");
        }
    }

    /** Compare save_long. */
    private void saveLong(PyInt v) {
        if (!v.isBig()) {
            long x = v.longValue();
            if (x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE) {
                if (bin) {
                    if ((x & 0xffff0000L) != 0) {
                        writeOpLE(BININT, x, 4);
                    } else if ((x & 0xff00L) != 0) {
                        writeOpLE(BININT2, x, 2);
                    } else {
                        write2(BININT1, (byte) x);
                    }
                } else {
                    write1(INT);
                    writeAscii(Long.toString(x));
                    write1((byte) '\n');
                }
                return;
            }
        }
        if (proto >= 2) {
            byte[] be = v.bigValue().toByteArray();
            int n = be.length;
            if (n > 0x7fffffffL) {
                throw PyErr.overflowError("int too large to pickle");
            }
            byte[] le = new byte[n];
            for (int i = 0; i < n; i++) {
                le[i] = be[n - 1 - i];
            }
            if (n < 256) {
                write2(LONG1, (byte) n);
            } else {
                writeOpLE(LONG4, n, 4);
            }
            write(le, 0, n);
        } else {
            write1(LONG);
            writeAscii(v.bigValue().toString());
            writeAscii("L\n");
        }
    }

    private void saveFloat(double x) {
        if (bin) {
            long bits = Double.doubleToRawLongBits(x);
            reserve(9);
            buf[len++] = BINFLOAT;
            for (int i = 7; i >= 0; i--) {
                buf[len++] = (byte) (bits >>> (8 * i));
            }
        } else {
            write1(FLOAT);
            writeAscii(PyFloat.repr(x));
            write1((byte) '\n');
        }
    }

    /** Compare save_bytes and _save_bytes_data. */
    private void saveBytes(PyBytes obj) {
        byte[] data = obj.bytes();
        if (proto < 3) {
            PyTuple rv;
            if (data.length == 0) {
                rv = PyTuple.of(PyBytes.TYPE, PyTuple.EMPTY);
            } else {
                rv = PyTuple.of(st.codecsEncode, PyTuple.of(latin1(data), PyStr.of("latin1")));
            }
            saveReduce(rv, obj);
            return;
        }
        saveBytesData(obj, data, 0, data.length);
    }

    private static PyStr latin1(byte[] data) {
        char[] cs = new char[data.length];
        for (int i = 0; i < data.length; i++) {
            cs[i] = (char) (data[i] & 0xff);
        }
        return PyStr.of(new String(cs));
    }

    private void saveBytesData(PyObject obj, byte[] data, int off, int size) {
        byte[] header = new byte[9];
        int hl;
        if (size <= 0xff) {
            header[0] = SHORT_BINBYTES;
            header[1] = (byte) size;
            hl = 2;
        } else {
            header[0] = BINBYTES;
            le(header, 1, size, 4);
            hl = 5;
        }
        writeBytes(header, hl, data, off, size, obj instanceof PyBytes ? obj : null);
        memoPut(obj);
    }

    private static void le(byte[] b, int at, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    /** Compare save_bytearray. */
    private void saveByteArray(PyByteArray obj) {
        int n = (int) Abstract.len(obj);
        if (proto < 5) {
            PyTuple rv = n == 0 ? PyTuple.of(PyByteArray.TYPE, PyTuple.EMPTY)
                : PyTuple.of(PyByteArray.TYPE, PyTuple.of(new PyBytes(java.util.Arrays.copyOf(obj.bytes(), n))));
            saveReduce(rv, obj);
            return;
        }
        saveByteArrayData(obj, obj.bytes(), n);
    }

    private void saveByteArrayData(PyObject obj, byte[] data, int n) {
        byte[] header = new byte[9];
        header[0] = BYTEARRAY8;
        le(header, 1, n, 8);
        writeBytes(header, 9, data, 0, n, null);
        memoPut(obj);
    }

    /** Compare save_picklebuffer. */
    private void savePickleBuffer(PickleBufferObject obj) {
        if (proto < 5) {
            throw PickleModule.picklingError("PickleBuffer can only pickled with protocol >= 5");
        }
        PyObject view = obj.view();
        if (!Abstract.isTrue(Abstract.getAttr(view, "contiguous"))) {
            throw PickleModule.picklingError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer");
        }
        boolean inBand = true;
        if (bufferCallback != null) {
            inBand = Abstract.isTrue(Abstract.call(bufferCallback, obj));
        }
        boolean readonly = Abstract.isTrue(Abstract.getAttr(view, "readonly"));
        if (inBand) {
            byte[] data = ((PyBytes) Abstract.call(Abstract.getAttr(view, "tobytes"), PyStr.of("A"))).bytes();
            if (readonly) {
                saveBytesData(obj, data, 0, data.length);
            } else {
                saveByteArrayData(obj, data, data.length);
            }
        } else {
            write1(NEXT_BUFFER);
            if (readonly) {
                write1(READONLY_BUFFER);
            }
        }
    }

    /** UTF-8 with lone surrogates written as themselves ("surrogatepass"). Compare write_unicode_binary. */
    static byte[] utf8(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] out = new byte[n * 3];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[k++] = (byte) c;
            } else if (c < 0x800) {
                out[k++] = (byte) (0xc0 | (c >> 6));
                out[k++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[k++] = (byte) (0xf0 | (cp >> 18));
                out[k++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                out[k++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                out[k++] = (byte) (0x80 | (cp & 0x3f));
            } else {
                out[k++] = (byte) (0xe0 | (c >> 12));
                out[k++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[k++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** Compare save_unicode. */
    private void saveStr(PyStr obj) {
        String s = obj.value();
        if (bin) {
            byte[] data = utf8(s);
            int size = data.length;
            byte[] header = new byte[9];
            int hl;
            if (size <= 0xff && proto >= 4) {
                header[0] = SHORT_BINUNICODE;
                header[1] = (byte) size;
                hl = 2;
            } else {
                header[0] = BINUNICODE;
                le(header, 1, size, 4);
                hl = 5;
            }
            writeBytes(header, hl, data, 0, size, null);
        } else {
            write1(UNICODE);
            byte[] enc = rawUnicodeEscape(s);
            write(enc, 0, enc.length);
            write1((byte) '\n');
        }
        memoPut(obj);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** raw-unicode-escape that also escapes backslash, newline, CR, NUL and ^Z. Compare raw_unicode_escape. */
    private static byte[] rawUnicodeEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int ch = s.codePointAt(i);
            i += Character.charCount(ch);
            if (ch >= 0x10000) {
                sb.append("\\U");
                for (int sh = 28; sh >= 0; sh -= 4) {
                    sb.append(HEX[(ch >> sh) & 0xf]);
                }
            } else if (ch >= 256 || ch == '\\' || ch == 0 || ch == '\n' || ch == '\r' || ch == 0x1a) {
                sb.append("\\u");
                for (int sh = 12; sh >= 0; sh -= 4) {
                    sb.append(HEX[(ch >> sh) & 0xf]);
                }
            } else {
                sb.append((char) ch);
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Compare save_tuple. */
    private void saveTuple(PyTuple obj) {
        int n = obj.size();
        if (n == 0) {
            if (proto > 0) {
                write1(EMPTY_TUPLE);
            } else {
                write2(MARK, TUPLE);
            }
            return;
        }
        if (n <= 3 && proto >= 2) {
            for (int i = 0; i < n; i++) {
                save(obj.get(i), false);
            }
            if (memo.containsKey(obj)) {
                for (int i = 0; i < n; i++) {
                    write1(POP);
                }
                memoGet(obj);
                return;
            }
            write1(n == 1 ? TUPLE1 : n == 2 ? TUPLE2 : TUPLE3);
            memoPut(obj);
            return;
        }
        write1(MARK);
        for (int i = 0; i < n; i++) {
            save(obj.get(i), false);
        }
        if (memo.containsKey(obj)) {
            if (bin) {
                write1(POP_MARK);
            } else {
                for (int i = 0; i <= n; i++) {
                    write1(POP);
                }
            }
            memoGet(obj);
            return;
        }
        write1(TUPLE);
        memoPut(obj);
    }

    private void fastEnter(PyObject obj) {
        if (++fastNesting >= FAST_NESTING_LIMIT) {
            if (fastMemo == null) {
                fastMemo = new IdentityHashMap<>();
            }
            if (fastMemo.containsKey(obj)) {
                throw PyErr.valueError("fast mode: can't pickle cyclic objects including object type "
                    + obj.type().getName() + " at 0x" + Abstract.idHex(obj));
            }
            fastMemo.put(obj, Boolean.TRUE);
        }
    }

    private void fastLeave(PyObject obj) {
        if (fastNesting-- >= FAST_NESTING_LIMIT && fastMemo != null) {
            fastMemo.remove(obj);
        }
    }

    /** Compare save_list, batch_list_exact. */
    private void saveList(PyList obj) {
        if (fast) {
            fastEnter(obj);
        }
        try {
            if (bin) {
                write1(EMPTY_LIST);
            } else {
                write2(MARK, LIST);
            }
            memoPut(obj);
            if (obj.size() == 0) {
                return;
            }
            if (proto == 0) {
                batchList(Abstract.iter(obj));
                return;
            }
            if (obj.size() == 1) {
                save(obj.get(0), false);
                write1(APPEND);
                return;
            }
            int total = 0;
            do {
                int batch = 0;
                write1(MARK);
                while (total < obj.size()) {
                    save(obj.get(total), false);
                    total++;
                    if (++batch == BATCHSIZE) {
                        break;
                    }
                }
                write1(APPENDS);
            } while (total < obj.size());
        } finally {
            if (fast) {
                fastLeave(obj);
            }
        }
    }

    /** Items of ITER in batches of MARK ... APPENDS. Compare batch_list. */
    private void batchList(PyObject iter) {
        if (proto == 0) {
            for (PyObject o = Abstract.next(iter); o != null; o = Abstract.next(iter)) {
                save(o, false);
                write1(APPEND);
            }
            return;
        }
        int n;
        do {
            PyObject first = Abstract.next(iter);
            if (first == null) {
                break;
            }
            PyObject o = Abstract.next(iter);
            if (o == null) {
                save(first, false);
                write1(APPEND);
                break;
            }
            write1(MARK);
            save(first, false);
            n = 1;
            while (o != null) {
                save(o, false);
                n++;
                if (n == BATCHSIZE) {
                    break;
                }
                o = Abstract.next(iter);
            }
            write1(APPENDS);
        } while (n == BATCHSIZE);
    }

    /** Compare save_dict, batch_dict_exact. */
    private void saveDict(PyDict obj) {
        if (fast) {
            fastEnter(obj);
        }
        try {
            if (bin) {
                write1(EMPTY_DICT);
            } else {
                write2(MARK, DICT);
            }
            memoPut(obj);
            int size = obj.size();
            if (size == 0) {
                return;
            }
            if (proto == 0) {
                batchDict(Abstract.iter(Abstract.call(Abstract.getAttr(obj, "items"))));
                return;
            }
            int pos = obj.nextEntry(0);
            if (size == 1) {
                PyObject k = obj.keyAt(pos);
                PyObject v = obj.valueAt(pos);
                save(k, false);
                save(v, false);
                write1(SETITEM);
                return;
            }
            int i;
            do {
                i = 0;
                write1(MARK);
                while (pos >= 0) {
                    PyObject k = obj.keyAt(pos);
                    PyObject v = obj.valueAt(pos);
                    save(k, false);
                    save(v, false);
                    if (obj.size() != size) {
                        // Compare batch_dict_exact: PyDict_Next over a changed dict.
                        write1(SETITEMS);
                        throw PyErr.runtimeError("dictionary changed size during iteration");
                    }
                    pos = obj.nextEntry(pos + 1);
                    if (++i == BATCHSIZE) {
                        break;
                    }
                }
                write1(SETITEMS);
                if (obj.size() != size) {
                    throw PyErr.runtimeError("dictionary changed size during iteration");
                }
            } while (i == BATCHSIZE && pos >= 0);
        } finally {
            if (fast) {
                fastLeave(obj);
            }
        }
    }

    private static PyTuple pair(PyObject o) {
        if (!(o instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError("dict items iterator must return 2-tuples");
        }
        return t;
    }

    /** (key, value) pairs of ITER in batches of MARK ... SETITEMS. Compare batch_dict. */
    private void batchDict(PyObject iter) {
        if (proto == 0) {
            for (PyObject o = Abstract.next(iter); o != null; o = Abstract.next(iter)) {
                PyTuple t = pair(o);
                save(t.get(0), false);
                save(t.get(1), false);
                write1(SETITEM);
            }
            return;
        }
        int n;
        do {
            PyObject first = Abstract.next(iter);
            if (first == null) {
                break;
            }
            PyTuple ft = pair(first);
            PyObject o = Abstract.next(iter);
            if (o == null) {
                save(ft.get(0), false);
                save(ft.get(1), false);
                write1(SETITEM);
                break;
            }
            write1(MARK);
            save(ft.get(0), false);
            save(ft.get(1), false);
            n = 1;
            while (o != null) {
                PyTuple t = pair(o);
                save(t.get(0), false);
                save(t.get(1), false);
                n++;
                if (n == BATCHSIZE) {
                    break;
                }
                o = Abstract.next(iter);
            }
            write1(SETITEMS);
        } while (n == BATCHSIZE);
    }

    /** Compare save_set. */
    private void saveSet(PySet obj) {
        if (proto < 4) {
            saveReduce(PyTuple.of(PySet.SET, PyTuple.of(new PyList(obj.toArray()))), obj);
            return;
        }
        write1(EMPTY_SET);
        memoPut(obj);
        int size = obj.size();
        if (size == 0) {
            return;
        }
        PyObject[] items = obj.toArray();
        int at = 0;
        do {
            int i = 0;
            write1(MARK);
            while (at < items.length) {
                save(items[at++], false);
                if (++i == BATCHSIZE) {
                    break;
                }
            }
            write1(ADDITEMS);
            if (obj.size() != size) {
                throw PyErr.runtimeError("set changed size during iteration");
            }
        } while (at < items.length);
    }

    /** Compare save_frozenset. */
    private void saveFrozenset(PySet obj) {
        if (proto < 4) {
            saveReduce(PyTuple.of(PySet.FROZENSET, PyTuple.of(new PyList(obj.toArray()))), obj);
            return;
        }
        write1(MARK);
        for (PyObject o : obj.toArray()) {
            save(o, false);
        }
        if (memo.containsKey(obj)) {
            write1(POP_MARK);
            memoGet(obj);
            return;
        }
        write1(FROZENSET);
        memoPut(obj);
    }

    /** Compare save_type: the types of None, Ellipsis and NotImplemented reduce to type(x). */
    private void saveType(PyObject obj) {
        PyObject singleton = obj == PyNone.TYPE ? PyNone.NONE : obj == PyEllipsis.TYPE ? PyEllipsis.ELLIPSIS
            : obj == PyNotImplemented.TYPE ? PyNotImplemented.NOT_IMPLEMENTED : null;
        if (singleton != null) {
            saveReduce(PyTuple.of(PyType.TYPE, PyTuple.of(singleton)), obj);
            return;
        }
        saveGlobal(obj, null);
    }

    /** The parts of a dotted name; AttributeError for a local object. Compare get_dotted_path. */
    static String[] dottedPath(PyObject obj, PyStr name) {
        String[] parts = name.value().split("\\.", -1);
        for (String p : parts) {
            if (p.equals("<locals>")) {
                if (obj == null) {
                    throw PyErr.attributeError("Can't pickle local object " + Abstract.repr(name).value());
                }
                throw PyErr.attributeError("Can't pickle local attribute " + Abstract.repr(name).value() + " on "
                    + Abstract.repr(obj).value());
            }
        }
        return parts;
    }

    /** OBJ.a.b.c for the path, or null; PARENT[0] gets the last object looked in. Compare get_deep_attribute. */
    static PyObject deepAttribute(PyObject obj, String[] path, PyObject[] parent) {
        PyObject o = obj;
        PyObject p = null;
        for (String name : path) {
            p = o;
            try {
                o = Abstract.lookupAttr(p, name);
            } catch (PyBaseException e) {
                o = null;
            }
            if (o == null) {
                return null;
            }
        }
        if (parent != null) {
            parent[0] = p;
        }
        return o;
    }

    /** The name of the module that holds GLOBAL. Compare whichmodule. */
    private static PyObject whichModule(PyObject global, String[] path) {
        PyObject name = Abstract.lookupAttr(global, "__module__");
        if (name != null && name != PyNone.NONE) {
            return name;
        }
        PyDict modules = PyRuntime.modules;
        for (PyObject k : modules.keysArray()) {
            PyObject m = modules.get(k);
            if (m == null || m == PyNone.NONE || k instanceof PyStr s && s.value().equals("__main__")) {
                continue;
            }
            if (deepAttribute(m, path, null) == global) {
                return k;
            }
        }
        return PyStr.of("__main__");
    }

    /** Compare save_global. */
    private void saveGlobal(PyObject obj, PyObject name) {
        PyObject globalName = name;
        if (globalName == null) {
            globalName = Abstract.lookupAttr(obj, "__qualname__");
            if (globalName == null) {
                globalName = Abstract.getAttr(obj, "__name__");
            }
        }
        if (!(globalName instanceof PyStr gn)) {
            throw PyErr.typeError("must be str, not " + globalName.type().getName());
        }
        String[] path = dottedPath(null, gn);
        PyObject moduleName = whichModule(obj, path);
        PyObject module;
        try {
            module = PickleModule.importModule(moduleName);
        } catch (PyBaseException e) {
            PyBaseException pe = PickleModule.picklingError("Can't pickle " + Abstract.repr(obj).value()
                + ": import of module " + Abstract.repr(moduleName).value() + " failed");
            pe.context = e;
            throw pe;
        }
        PyObject lastName = PyStr.of(path[path.length - 1]);
        PyObject[] parent = new PyObject[1];
        PyObject cls = deepAttribute(module, path, parent);
        if (cls == null) {
            throw PickleModule.picklingError("Can't pickle " + Abstract.repr(obj).value() + ": attribute lookup "
                + Abstract.str(globalName).value() + " on " + Abstract.str(moduleName).value() + " failed");
        }
        if (cls != obj) {
            throw PickleModule.picklingError("Can't pickle " + Abstract.repr(obj).value()
                + ": it's not the same object as " + Abstract.str(moduleName).value() + "."
                + Abstract.str(globalName).value());
        }
        if (proto >= 2) {
            PyObject code = st.extensionRegistry.get(PyTuple.of(moduleName, globalName));
            if (code != null) {
                if (!(code instanceof PyInt ci)) {
                    throw PickleModule.picklingError("Can't pickle " + Abstract.repr(obj).value() + ": extension code "
                        + Abstract.repr(code).value() + " isn't an integer");
                }
                long c = ci.isBig() ? -1 : ci.longValue();
                if (c <= 0 || c > 0x7fffffffL) {
                    throw PickleModule.picklingError("Can't pickle " + Abstract.repr(obj).value() + ": extension code "
                        + Abstract.str(code).value() + " is out of range");
                }
                if (c <= 0xff) {
                    write2(EXT1, (byte) c);
                } else if (c <= 0xffff) {
                    writeOpLE(EXT2, c, 2);
                } else {
                    writeOpLE(EXT4, c, 4);
                }
                return;
            }
        }
        if (parent[0] == module) {
            globalName = lastName;
        }
        if (proto >= 4) {
            save(moduleName, false);
            save(globalName, false);
            write1(STACK_GLOBAL);
        } else if (parent[0] != module) {
            PyObject getattr = PyRuntime.builtins.getStr("getattr");
            saveReduce(PyTuple.of(getattr, PyTuple.of(parent[0], lastName)), null);
        } else {
            if (proto < 3 && fixImports) {
                PyObject[] fixed = fixImports(moduleName, globalName);
                moduleName = fixed[0];
                globalName = fixed[1];
            }
            write1(GLOBAL);
            byte[] m = identifier(moduleName, "module");
            write(m, 0, m.length);
            write1((byte) '\n');
            byte[] g = identifier(globalName, "global");
            write(g, 0, g.length);
            write1((byte) '\n');
        }
        memoPut(obj);
    }

    /** A GLOBAL opcode's name: UTF-8 with protocol 3, ASCII otherwise. */
    private byte[] identifier(PyObject name, String what) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("bad argument type for built-in operation");
        }
        try {
            return CodecRegistry.encode(s, proto == 3 ? "utf-8" : "ascii", "strict").bytes();
        } catch (PyBaseException e) {
            if (e.matches(PyExc.UnicodeEncodeError)) {
                throw PickleModule.picklingError("can't pickle " + what + " identifier '" + s.value()
                    + "' using pickle protocol " + proto);
            }
            throw e;
        }
    }

    /** Python 3 names to Python 2 ones. Compare _pickle.c: fix_imports. */
    private PyObject[] fixImports(PyObject moduleName, PyObject globalName) {
        PyObject item = st.nameMapping3to2.get(PyTuple.of(moduleName, globalName));
        if (item != null) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.runtimeError("_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not "
                    + item.type().getName());
            }
            if (!(t.get(0) instanceof PyStr) || !(t.get(1) instanceof PyStr)) {
                throw PyErr.runtimeError("_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not ("
                    + t.get(0).type().getName() + ", " + t.get(1).type().getName() + ")");
            }
            return new PyObject[] {t.get(0), t.get(1)};
        }
        item = st.importMapping3to2.get(moduleName);
        if (item != null) {
            if (!(item instanceof PyStr)) {
                throw PyErr.runtimeError("_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not "
                    + item.type().getName());
            }
            return new PyObject[] {item, globalName};
        }
        return new PyObject[] {moduleName, globalName};
    }

    /** Compare save_pers: true when persistent_id gave an id. */
    private boolean savePers(PyObject obj) {
        PyObject pid = Abstract.call(persFunc, obj);
        if (pid == PyNone.NONE) {
            return false;
        }
        if (bin) {
            save(pid, true);
            write1(BINPERSID);
        } else {
            String s = Abstract.str(pid).value();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    throw PickleModule.picklingError("persistent IDs in protocol 0 must be ASCII strings");
                }
            }
            write1(PERSID);
            writeAscii(s);
            write1((byte) '\n');
        }
        return true;
    }

    private static boolean isIterator(PyObject o) {
        return o instanceof PyIterator || o instanceof PyGenerator || o.type().lookup("__next__") != null;
    }

    /** Compare save_reduce. OBJ null: nothing to memoize. */
    private void saveReduce(PyTuple args, PyObject obj) {
        int size = args.size();
        if (size < 2 || size > 6) {
            throw PickleModule.picklingError("tuple returned by __reduce__ must contain 2 through 6 elements");
        }
        PyObject callable = args.get(0);
        PyObject argtup = args.get(1);
        PyObject state = size > 2 ? args.get(2) : PyNone.NONE;
        PyObject listitems = size > 3 ? args.get(3) : PyNone.NONE;
        PyObject dictitems = size > 4 ? args.get(4) : PyNone.NONE;
        PyObject stateSetter = size > 5 ? args.get(5) : PyNone.NONE;
        if (!PickleModule.isCallable(callable)) {
            throw PickleModule.picklingError("first item of the tuple returned by __reduce__ must be callable");
        }
        if (!(argtup instanceof PyTuple at)) {
            throw PickleModule.picklingError("second item of the tuple returned by __reduce__ must be a tuple");
        }
        if (listitems != PyNone.NONE && !isIterator(listitems)) {
            throw PickleModule.picklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not "
                + listitems.type().getName());
        }
        if (dictitems != PyNone.NONE && !isIterator(dictitems)) {
            throw PickleModule.picklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not "
                + dictitems.type().getName());
        }
        if (stateSetter != PyNone.NONE && !PickleModule.isCallable(stateSetter)) {
            throw PickleModule.picklingError("sixth element of the tuple returned by __reduce__ must be a function, not "
                + stateSetter.type().getName());
        }
        boolean newobj = false;
        boolean newobjEx = false;
        if (proto >= 2) {
            PyObject name = Abstract.lookupAttr(callable, "__name__");
            if (name instanceof PyStr ns) {
                newobjEx = ns.value().equals("__newobj_ex__");
                newobj = !newobjEx && ns.value().equals("__newobj__");
            }
        }
        if (newobjEx) {
            if (at.size() != 3) {
                throw PickleModule.picklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not "
                    + at.size());
            }
            PyObject cls = at.get(0);
            if (!(cls instanceof PyType)) {
                throw PickleModule.picklingError("first item from NEWOBJ_EX argument tuple must be a class, not "
                    + cls.type().getName());
            }
            PyObject a = at.get(1);
            if (!(a instanceof PyTuple aa)) {
                throw PickleModule.picklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not "
                    + a.type().getName());
            }
            PyObject kw = at.get(2);
            if (!(kw instanceof PyDict kd)) {
                throw PickleModule.picklingError("third item from NEWOBJ_EX argument tuple must be a dict, not "
                    + kw.type().getName());
            }
            if (proto >= 4) {
                save(cls, false);
                save(a, false);
                save(kw, false);
                write1(NEWOBJ_EX);
            } else {
                // partial(cls.__new__, cls, *args, **kwargs)()
                PyObject[] items = aa.toArray();
                int nkw = kd.size();
                PyObject[] call = new PyObject[2 + items.length + nkw];
                String[] names = new String[nkw];
                call[0] = Abstract.getAttr(cls, "__new__");
                call[1] = cls;
                System.arraycopy(items, 0, call, 2, items.length);
                int j = 0;
                for (int p = kd.nextEntry(0); p >= 0; p = kd.nextEntry(p + 1)) {
                    names[j] = Abstract.str(kd.keyAt(p)).value();
                    call[2 + items.length + j] = kd.valueAt(p);
                    j++;
                }
                PyObject fn = Abstract.call(st.partial, call, names);
                save(fn, false);
                save(PyTuple.EMPTY, false);
                write1(REDUCE);
            }
        } else if (newobj) {
            if (at.size() < 1) {
                throw PickleModule.picklingError("__newobj__ arglist is empty");
            }
            PyObject cls = at.get(0);
            if (!(cls instanceof PyType)) {
                throw PickleModule.picklingError("args[0] from __newobj__ args is not a type");
            }
            if (obj != null) {
                PyObject objClass = Abstract.lookupAttr(obj, "__class__");
                if (objClass == null) {
                    objClass = obj.type();
                }
                if (objClass != cls) {
                    throw PickleModule.picklingError("args[0] from __newobj__ args has the wrong class");
                }
            }
            save(cls, false);
            PyObject[] rest = java.util.Arrays.copyOfRange(at.toArray(), 1, at.size());
            save(PyTuple.of(rest), false);
            write1(NEWOBJ);
        } else {
            save(callable, false);
            save(argtup, false);
            write1(REDUCE);
        }
        if (obj != null) {
            if (memo.containsKey(obj)) {
                write1(POP);
                memoGet(obj);
                return;
            }
            memoPut(obj);
        }
        if (listitems != PyNone.NONE) {
            batchList(listitems);
        }
        if (dictitems != PyNone.NONE) {
            batchDict(dictitems);
        }
        if (state != PyNone.NONE) {
            if (stateSetter == PyNone.NONE) {
                save(state, false);
                write1(BUILD);
            } else {
                save(stateSetter, false);
                save(obj, false);
                save(state, false);
                write1(TUPLE2);
                write1(REDUCE);
                write1(POP);
            }
        }
    }

    // ---- attributes ----

    @ExposedGetter(setter = "setMemo")
    static PyObject memo(PicklerObject self) {
        return new MemoProxy.Pickling(self);
    }

    /** Compare Pickler_set_memo. */
    static void setMemo(PicklerObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("attribute deletion is not supported");
        }
        IdentityHashMap<PyObject, Long> m;
        if (value instanceof MemoProxy.Pickling p) {
            m = new IdentityHashMap<>(p.pickler.memo);
        } else if (value instanceof PyDict d) {
            m = new IdentityHashMap<>();
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                PyObject v = d.valueAt(i);
                if (!(v instanceof PyTuple t) || t.size() != 2) {
                    throw PyErr.typeError("'memo' values must be 2-item tuples");
                }
                m.put(t.get(1), Abstract.index(t.get(0)).longValue());
            }
        } else {
            throw PyErr.typeError("'memo' attribute must be a PicklerMemoProxy object or dict, not "
                + value.type().getName());
        }
        self.memo = m;
    }

    /** The memo as {id(obj): (index, obj)}. Compare _pickle_PicklerMemoProxy_copy_impl. */
    PyDict memoCopy() {
        PyDict d = new PyDict();
        for (Map.Entry<PyObject, Long> e : memo.entrySet()) {
            d.setItem(PyInt.of(Abstract.id(e.getKey())), PyTuple.of(PyInt.of(e.getValue()), e.getKey()));
        }
        return d;
    }

    @ExposedGetter(setter = "setPersistentId")
    static PyObject persistent_id(PicklerObject self) {
        if (self.persFunc == null) {
            throw PyErr.attributeError("persistent_id");
        }
        return self.persFunc;
    }

    static void setPersistentId(PicklerObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("attribute deletion is not supported");
        }
        if (!PickleModule.isCallable(value)) {
            throw PyErr.typeError("persistent_id must be a callable taking one argument");
        }
        self.persFunc = value;
    }

    @ExposedGetter(setter = "setDispatchTable")
    static PyObject dispatch_table(PicklerObject self) {
        if (self.dispatchTable == null) {
            throw PyErr.attributeError("'" + self.type.getName() + "' object has no attribute 'dispatch_table'");
        }
        return self.dispatchTable;
    }

    static void setDispatchTable(PicklerObject self, PyObject value) {
        self.dispatchTable = value;
    }

    @ExposedGetter(setter = "setFast")
    static PyObject fast(PicklerObject self) {
        return PyInt.of(self.fast ? 1 : 0);
    }

    static void setFast(PicklerObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("can't delete numeric/char attribute");
        }
        self.fast = Abstract.index(value).longValue() != 0;
    }

    @ExposedGetter(setter = "setBin")
    static PyObject bin(PicklerObject self) {
        return PyInt.of(self.bin ? 1 : 0);
    }

    static void setBin(PicklerObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("can't delete numeric/char attribute");
        }
        self.bin = Abstract.index(value).longValue() != 0;
    }
}
