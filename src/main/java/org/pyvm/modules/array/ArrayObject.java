package org.pyvm.modules.array;

import java.util.Arrays;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.BufferExporter;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Ops;

/**
 * array.array: a typed sequence kept as little-endian bytes (x86-64's layout, so tobytes,
 * frombytes and byteswap are copies), items converted by {@link ItemCodec}. It exports
 * its bytes as a buffer (memoryview(arr) has the typecode as format, and every function
 * taking a bytes-like object takes an array); while a view lives the array cannot change
 * size. Compare CPython Modules/arraymodule.c (array_buffer_getbuf, array_resize).
 */
public class ArrayObject implements BufferExporter {

    static final PyType TYPE = Types.finish(Types.builtin("array", "array", ArrayObject.class, ArrayObject.class))
        .collection(PyType.SEQUENCE);

    private final PyType type;
    final char tc;
    final int isz;
    byte[] buf;
    int n;
    /** The live views of buf (null until the first export). */
    private PyMemoryView.Exports exports;

    ArrayObject(PyType type, char tc) {
        this.type = type;
        this.tc = tc;
        this.isz = ItemCodec.size(tc);
        this.buf = new byte[16];
    }

    @Override
    public PyType type() {
        return type;
    }

    /** A change of size is refused while a view uses the buffer. Compare arraymodule.c: array_resize. */
    private void checkResize(long newN) {
        if (newN != n && exports != null && exports.busy()) {
            throw PyErr.of(PyExc.BufferError, "cannot resize an array that is exporting buffers");
        }
    }

    /** The items' bytes; the array is trimmed to them first (a view needs the exact length). */
    @Override
    public byte[] exportedArray() {
        if (buf.length != n * isz) {
            buf = Arrays.copyOf(buf, n * isz);
        }
        return buf;
    }

    @Override
    public boolean exportedReadonly() {
        return false;
    }

    @Override
    public PyMemoryView.Exports exports() {
        if (exports == null) {
            exports = new PyMemoryView.Exports();
        }
        return exports;
    }

    @Override
    public String exportedFormat() {
        // arraymodule.c's descriptors: the buffer format of 'u' (a wchar_t) is "w".
        return tc == 'u' ? "w" : String.valueOf(tc);
    }

    @Override
    public int exportedItemsize() {
        return isz;
    }

    /** An instance of a Python subclass of array: it has an attribute dictionary (and slots). */
    static final class Sub extends ArrayObject implements org.pyvm.runtime.HasDict, org.pyvm.runtime.Finalization.Watched {
        private org.pyvm.runtime.PyDict dict;

        Sub(PyType type, char tc) {
            super(type, tc);
            if (org.pyvm.runtime.Finalization.wanted(type)) {
                finalizer = org.pyvm.runtime.Finalization.watchInstance(this);
            }
        }

        /** Runs __del__ once this is unreachable, when the class has one (Finalization). */
        org.pyvm.runtime.Finalization.Trigger finalizer;

        @Override
        public org.pyvm.runtime.Finalization.Trigger trigger() {
            return finalizer;
        }

        @Override
        public org.pyvm.runtime.PyDict getDict() {
            if (dict == null) {
                dict = new org.pyvm.runtime.PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(org.pyvm.runtime.PyDict d) {
            dict = d;
        }
    }

    /** A new empty array of class CLS (a Python subclass gets an attribute dictionary). */
    static ArrayObject make(PyType cls, char tc) {
        return cls == TYPE ? new ArrayObject(TYPE, tc) : new Sub(cls, tc);
    }

    /** The largest buffer the JVM can hold, in bytes. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 16;

    private void ensure(long items) {
        checkResize(items);
        long need = items * isz;
        if (need > buf.length) {
            // Compare arraymodule.c: array_resize, which answers PyErr_NoMemory() for a size it cannot hold.
            if (items > MAX_BYTES / isz) {
                throw PyErr.memoryError();
            }
            int size = (int) Math.max(need, Math.min(MAX_BYTES, buf.length * 2L));
            try {
                buf = Arrays.copyOf(buf, size);
            } catch (OutOfMemoryError e) {
                throw PyErr.memoryError();
            }
        }
    }

    PyObject get(int i) {
        if (tc == 'u') {
            // Compare arraymodule.c: u_getitem, whose PyUnicode_FromOrdinal checks the range.
            int c = rawCodePoint(i);
            if (c < 0 || c > 0x10ffff) {
                throw PyErr.valueError("chr() arg not in range(0x110000)");
            }
        }
        return ItemCodec.get(tc, buf, i * isz);
    }

    /** The wchar_t of item I of a 'u' array. */
    private int rawCodePoint(int i) {
        int off = i * isz;
        return (buf[off] & 0xff) | (buf[off + 1] & 0xff) << 8 | (buf[off + 2] & 0xff) << 16 | (buf[off + 3] & 0xff) << 24;
    }

    void append(PyObject v) {
        ensure(n + 1);
        ItemCodec.set(tc, buf, n * isz, v);
        n++;
    }

    private static ArrayObject self(PyObject o) {
        return (ArrayObject) o;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (Args.nkw(kw) > 0 && cls == TYPE) {
            throw PyErr.typeError("array.array() takes no keyword arguments");
        }
        int npos = args.length - Args.nkw(kw);
        if (npos < 1) {
            throw PyErr.typeError("array() takes at least 1 argument (0 given)");
        }
        if (npos > 2) {
            throw PyErr.typeError("array() takes at most 2 arguments (" + npos + " given)");
        }
        if (!(args[0] instanceof PyStr s) || s.length() != 1) {
            throw PyErr.typeError("array() argument 1 must be a unicode character, not " + args[0].type().getName());
        }
        char tc = s.value().charAt(0);
        if (ItemCodec.TYPECODES.indexOf(tc) < 0) {
            throw PyErr.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        ArrayObject a = make(cls, tc);
        if (npos == 2) {
            PyObject init = args[1];
            if (init instanceof PyStr str) {
                if (tc != 'u') {
                    throw PyErr.typeError("cannot use a str to initialize an array with typecode '" + tc + "'");
                }
                a.fromUnicode(str);
            } else if (init instanceof PyBytes || init instanceof PyByteArray) {
                a.fromBytes(PyByteArray.bytesOf(init));
            } else if (init instanceof ArrayObject other) {
                if (tc == 'u' && other.tc != 'u' || tc != 'u' && other.tc == 'u') {
                    throw PyErr.typeError(tc == 'u' ? "array item must be unicode character"
                        : "cannot use a unicode array to initialize an array with typecode '" + tc + "'");
                }
                for (int i = 0; i < other.n; i++) {
                    a.append(other.get(i));
                }
            } else {
                for (PyObject v : Abstract.iterable(init)) {
                    a.append(v);
                }
            }
        }
        return a;
    }

    void fromBytes(byte[] b) {
        if (b.length % isz != 0) {
            throw PyErr.valueError("bytes length not a multiple of item size");
        }
        int k = b.length / isz;
        ensure(n + k);
        System.arraycopy(b, 0, buf, n * isz, b.length);
        n += k;
    }

    void fromUnicode(PyStr s) {
        s.value().codePoints().forEach(c -> append(PyStr.ofCodePoint(c)));
    }

    @ExposedGetter
    static PyObject typecode(ArrayObject self) {
        return PyStr.of(String.valueOf(self.tc));
    }

    @ExposedGetter
    static PyObject itemsize(ArrayObject self) {
        return PyInt.of(self.isz);
    }

    /** array.array[int] (arraymodule.c's Py_GenericAlias class method). */
    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    @ExposedMethod
    static PyObject __len__(ArrayObject self) {
        return PyInt.of(self.n);
    }

    @ExposedMethod
    static PyObject __repr__(ArrayObject self) {
        String name = Types.shortName(self.type);
        if (self.n == 0) {
            return PyStr.of(name + "('" + self.tc + "')");
        }
        PyObject body = self.tc == 'u' ? tounicode(self) : tolist(self);
        return PyStr.of(name + "('" + self.tc + "', " + Abstract.repr(body).value() + ")");
    }

    private int index(PyObject i, String msg) {
        long k = Abstract.asSsize(i, PyExc.IndexError);
        if (k < 0) {
            k += n;
        }
        if (k < 0 || k >= n) {
            throw PyErr.indexError(msg);
        }
        return (int) k;
    }

    private ArrayObject slice(long[] s) {
        ArrayObject r = new ArrayObject(TYPE, tc);
        r.ensure((int) s[3]);
        for (long i = 0, j = s[0]; i < s[3]; i++, j += s[2]) {
            System.arraycopy(buf, (int) j * isz, r.buf, (int) i * isz, isz);
        }
        r.n = (int) s[3];
        return r;
    }

    @ExposedMethod
    static PyObject __getitem__(ArrayObject self, PyObject key) {
        if (key instanceof PySlice s) {
            return self.slice(s.indices(() -> self.n));
        }
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError("array indices must be integers");
        }
        return self.get(self.index(key, "array index out of range"));
    }

    @ExposedMethod
    static void __setitem__(ArrayObject self, PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            if (!(value instanceof ArrayObject other)) {
                throw PyErr.typeError("can only assign array (not \"" + value.type().getName() + "\") to array slice");
            }
            if (other.tc != self.tc) {
                throw PyErr.typeError("bad argument type for built-in operation");
            }
            byte[] src = Arrays.copyOf(other.buf, other.n * other.isz);
            long[] ix = s.indices(() -> self.n);
            if (ix[2] == 1) {
                int lo = (int) ix[0];
                int hi = (int) Math.max(ix[0], ix[1]);
                self.checkResize(self.n - (hi - lo) + (long) other.n);
                byte[] nb = new byte[(self.n - (hi - lo) + other.n) * self.isz];
                System.arraycopy(self.buf, 0, nb, 0, lo * self.isz);
                System.arraycopy(src, 0, nb, lo * self.isz, src.length);
                System.arraycopy(self.buf, hi * self.isz, nb, (lo + other.n) * self.isz, (self.n - hi) * self.isz);
                self.n = self.n - (hi - lo) + other.n;
                self.buf = nb.length == 0 ? new byte[16] : nb;
                return;
            }
            if (ix[3] != other.n) {
                throw PyErr.valueError("attempt to assign array of size " + other.n + " to extended slice of size " + ix[3]);
            }
            for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                System.arraycopy(src, (int) i * self.isz, self.buf, (int) j * self.isz, self.isz);
            }
            return;
        }
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError("array indices must be integers");
        }
        int i = self.index(key, "array assignment index out of range");
        ItemCodec.set(self.tc, self.buf, i * self.isz, value);
    }

    private void deleteRange(int lo, int hi) {
        checkResize(n - (hi - lo));
        System.arraycopy(buf, hi * isz, buf, lo * isz, (n - hi) * isz);
        n -= hi - lo;
    }

    @ExposedMethod
    static void __delitem__(ArrayObject self, PyObject key) {
        if (key instanceof PySlice s) {
            long[] ix = s.indices(() -> self.n);
            if (ix[3] == 0) {
                return;
            }
            if (ix[2] == 1) {
                self.deleteRange((int) ix[0], (int) ix[1]);
                return;
            }
            self.checkResize(self.n - ix[3]);
            boolean[] drop = new boolean[self.n];
            for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                drop[(int) j] = true;
            }
            int w = 0;
            for (int r = 0; r < self.n; r++) {
                if (!drop[r]) {
                    System.arraycopy(self.buf, r * self.isz, self.buf, w * self.isz, self.isz);
                    w++;
                }
            }
            self.n = w;
            return;
        }
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError("array indices must be integers");
        }
        int i = self.index(key, "array assignment index out of range");
        self.deleteRange(i, i + 1);
    }

    @ExposedMethod
    static boolean __contains__(ArrayObject self, PyObject v) {
        for (int i = 0; i < self.n; i++) {
            if (Ops.eqBool(self.get(i), v)) {
                return true;
            }
        }
        return false;
    }

    @ExposedMethod
    static PyObject __iter__(ArrayObject self) {
        return new ArrayIter(self);
    }

    @ExposedMethod
    static PyObject append(ArrayObject self, PyObject v) {
        self.append(v);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject extend(ArrayObject self, PyObject it) {
        if (it instanceof ArrayObject other) {
            if (other.tc != self.tc) {
                throw PyErr.typeError("can only extend with array of same kind");
            }
            byte[] src = Arrays.copyOf(other.buf, other.n * other.isz);
            self.fromBytes(src);
            return PyNone.NONE;
        }
        for (PyObject v : Abstract.iterable(it)) {
            self.append(v);
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject insert(ArrayObject self, PyObject where, PyObject v) {
        long i = Abstract.index(where).longValue();
        if (i < 0) {
            i = Math.max(0, i + self.n);
        }
        i = Math.min(i, self.n);
        byte[] item = new byte[self.isz];
        ItemCodec.set(self.tc, item, 0, v);
        self.ensure(self.n + 1);
        System.arraycopy(self.buf, (int) i * self.isz, self.buf, ((int) i + 1) * self.isz, (self.n - (int) i) * self.isz);
        System.arraycopy(item, 0, self.buf, (int) i * self.isz, self.isz);
        self.n++;
        return PyNone.NONE;
    }

    @ExposedMethod(min = 0)
    static PyObject pop(ArrayObject self, PyObject where) {
        if (self.n == 0) {
            throw PyErr.indexError("pop from empty array");
        }
        long i = where == null ? -1 : Abstract.index(where).longValue();
        if (i < 0) {
            i += self.n;
        }
        if (i < 0 || i >= self.n) {
            throw PyErr.indexError("pop index out of range");
        }
        PyObject v = self.get((int) i);
        self.deleteRange((int) i, (int) i + 1);
        return v;
    }

    @ExposedMethod
    static PyObject remove(ArrayObject self, PyObject v) {
        for (int i = 0; i < self.n; i++) {
            if (Ops.eqBool(self.get(i), v)) {
                self.deleteRange(i, i + 1);
                return PyNone.NONE;
            }
        }
        throw PyErr.valueError("array.remove(x): x not in array");
    }

    @ExposedMethod(min = 1)
    static PyObject index(ArrayObject self, PyObject v, PyObject start, PyObject stop) {
        long lo = start == null ? 0 : Abstract.index(start).longValue();
        long hi = stop == null ? self.n : Abstract.index(stop).longValue();
        if (lo < 0) {
            lo = Math.max(0, lo + self.n);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + self.n);
        }
        for (long i = lo; i < Math.min(hi, self.n); i++) {
            if (Ops.eqBool(self.get((int) i), v)) {
                return PyInt.of(i);
            }
        }
        throw PyErr.valueError("array.index(x): x not in array");
    }

    @ExposedMethod
    static PyObject count(ArrayObject self, PyObject[] args, String[] kw) {
        if (args.length != 1 || Args.nkw(kw) > 0) {
            throw PyErr.typeError("array.count() takes exactly one argument (" + args.length + " given)");
        }
        int c = 0;
        for (int i = 0; i < self.n; i++) {
            if (Ops.eqBool(self.get(i), args[0])) {
                c++;
            }
        }
        return PyInt.of(c);
    }

    @ExposedMethod
    static PyObject reverse(ArrayObject self) {
        byte[] tmp = new byte[self.isz];
        for (int i = 0, j = self.n - 1; i < j; i++, j--) {
            System.arraycopy(self.buf, i * self.isz, tmp, 0, self.isz);
            System.arraycopy(self.buf, j * self.isz, self.buf, i * self.isz, self.isz);
            System.arraycopy(tmp, 0, self.buf, j * self.isz, self.isz);
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject byteswap(ArrayObject self, PyObject[] args, String[] kw) {
        if (args.length != 0) {
            throw PyErr.typeError("array.byteswap() takes no arguments (" + args.length + " given)");
        }
        for (int i = 0; i < self.n; i++) {
            int off = i * self.isz;
            for (int a = 0, b = self.isz - 1; a < b; a++, b--) {
                byte t = self.buf[off + a];
                self.buf[off + a] = self.buf[off + b];
                self.buf[off + b] = t;
            }
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject buffer_info(ArrayObject self) {
        return PyTuple.of(PyInt.of(Abstract.id(self)), PyInt.of(self.n));
    }

    @ExposedMethod
    static PyObject tobytes(ArrayObject self) {
        return new PyBytes(Arrays.copyOf(self.buf, self.n * self.isz));
    }

    @ExposedMethod
    static PyObject frombytes(ArrayObject self, PyObject b) {
        byte[] data = PyByteArray.bytesOf(b);
        if (data == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + b.type().getName() + "'");
        }
        self.fromBytes(data.clone());
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject tolist(ArrayObject self) {
        PyObject[] out = new PyObject[self.n];
        for (int i = 0; i < self.n; i++) {
            out[i] = self.get(i);
        }
        return new PyList(out);
    }

    @ExposedMethod
    static PyObject fromlist(ArrayObject self, PyObject list) {
        if (!(list instanceof PyList l)) {
            throw PyErr.typeError("arg must be list");
        }
        int before = self.n;
        try {
            for (PyObject v : l.toArray()) {
                self.append(v);
            }
        } catch (org.pyvm.runtime.PyBaseException e) {
            self.n = before;
            throw e;
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject tounicode(ArrayObject self) {
        if (self.tc != 'u') {
            throw PyErr.valueError("tounicode() may only be called on unicode type arrays");
        }
        // Compare CPython Objects/unicodeobject.c: PyUnicode_FromWideChar's range check.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < self.n; i++) {
            int c = self.rawCodePoint(i);
            if (c < 0 || c > 0x10ffff) {
                throw PyErr.valueError("character U+" + Integer.toHexString(c) + " is not in range [U+0000; U+10ffff]");
            }
            sb.appendCodePoint(c);
        }
        return PyStr.of(sb.toString());
    }

    @ExposedMethod
    static PyObject fromunicode(ArrayObject self, PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("fromunicode() argument must be str, not " + s.type().getName());
        }
        if (self.tc != 'u') {
            throw PyErr.valueError("fromunicode() may only be called on unicode type arrays");
        }
        self.fromUnicode(str);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject tofile(ArrayObject self, PyObject f) {
        Abstract.call(Abstract.getAttr(f, "write"), tobytes(self));
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject fromfile(ArrayObject self, PyObject f, PyObject count) {
        long k = Abstract.index(count).longValue();
        if (k < 0) {
            throw PyErr.valueError("negative count");
        }
        PyObject data = Abstract.call(Abstract.getAttr(f, "read"), PyInt.of(k * self.isz));
        byte[] b = PyByteArray.bytesOf(data);
        if (b == null) {
            throw PyErr.typeError("read() didn't return bytes");
        }
        int whole = b.length / self.isz * self.isz;
        self.fromBytes(Arrays.copyOf(b, whole));
        if (b.length != k * self.isz) {
            throw PyErr.of(org.pyvm.runtime.PyExc.EOFError, "read() didn't return enough bytes");
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject __add__(ArrayObject self, PyObject other) {
        if (!(other instanceof ArrayObject o)) {
            throw PyErr.typeError("can only append array (not \"" + other.type().getName() + "\") to array");
        }
        if (o.tc != self.tc) {
            throw PyErr.typeError("bad argument type for built-in operation");
        }
        ArrayObject r = new ArrayObject(TYPE, self.tc);
        r.fromBytes(Arrays.copyOf(self.buf, self.n * self.isz));
        r.fromBytes(Arrays.copyOf(o.buf, o.n * o.isz));
        return r;
    }

    @ExposedMethod
    static PyObject __iadd__(ArrayObject self, PyObject other) {
        if (!(other instanceof ArrayObject o)) {
            throw PyErr.typeError("can only extend array with array (not \"" + other.type().getName() + "\")");
        }
        if (o.tc != self.tc) {
            throw PyErr.typeError("can only extend with array of same kind");
        }
        self.fromBytes(Arrays.copyOf(o.buf, o.n * o.isz));
        return self;
    }

    /**
     * The repeat count, or Long.MIN_VALUE to let a Python class's __rmul__ try; other
     * non-integers get sq_repeat's error (array repeats as a sequence, not as a number).
     */
    private static long times(PyObject k) {
        if (!Abstract.hasIndex(k)) {
            if (k.type().isHeapType() && Abstract.lookupAttr(k.type(), "__rmul__") != null) {
                return Long.MIN_VALUE;
            }
            throw PyErr.typeError("can't multiply sequence by non-int of type '" + k.type().getName() + "'");
        }
        return Math.max(0, Abstract.asSsize(k, PyExc.OverflowError));
    }

    @ExposedMethod
    static PyObject __mul__(ArrayObject self, PyObject k) {
        long t = times(k);
        if (t == Long.MIN_VALUE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        ArrayObject r = new ArrayObject(TYPE, self.tc);
        r.repeatOf(self, t);
        return r;
    }

    /**
     * Makes this array SRC's items T times over; the size is checked before anything is
     * allocated. Compare arraymodule.c: array_repeat, array_inplace_repeat (PyErr_NoMemory
     * when the size overflows).
     */
    private void repeatOf(ArrayObject src, long t) {
        long len = src.n;
        if (len > 0 && t > MAX_BYTES / isz / len) {
            throw PyErr.memoryError();
        }
        long total = len * t;
        checkResize(total);
        byte[] one = Arrays.copyOf(src.buf, src.n * isz);
        n = 0;
        ensure(total);
        int bytes = (int) (total * isz);
        if (one.length > 0 && bytes > 0) {
            System.arraycopy(one, 0, buf, 0, one.length);
            for (int done = one.length; done < bytes;) {
                int k = Math.min(done, bytes - done);
                System.arraycopy(buf, 0, buf, done, k);
                done += k;
            }
        }
        n = (int) total;
    }

    @ExposedMethod
    static PyObject __rmul__(ArrayObject self, PyObject k) {
        return __mul__(self, k);
    }

    @ExposedMethod
    static PyObject __imul__(ArrayObject self, PyObject k) {
        long t = times(k);
        if (t == Long.MIN_VALUE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        self.repeatOf(self, t);
        return self;
    }

    /** Rich comparison: item by item, then by length. Compare arraymodule.c: array_richcompare. */
    private static PyObject compare(ArrayObject a, PyObject other, int op) {
        if (!(other instanceof ArrayObject b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if ((op == 2 || op == 3) && a.n != b.n) {
            return PyBool.of(op == 3);
        }
        int k = 0;
        while (k < a.n && k < b.n && Ops.eqBool(a.get(k), b.get(k))) {
            k++;
        }
        if (k >= a.n || k >= b.n) {
            int c = Integer.compare(a.n, b.n);
            return PyBool.of(switch (op) {
                case 0 -> c < 0;
                case 1 -> c <= 0;
                case 2 -> c == 0;
                case 3 -> c != 0;
                case 4 -> c > 0;
                default -> c >= 0;
            });
        }
        if (op == 2) {
            return PyBool.FALSE;
        }
        if (op == 3) {
            return PyBool.TRUE;
        }
        // The first unequal items decide, by the operator itself (NaN >= NaN is False).
        return Ops.richCompare(a.get(k), b.get(k), op);
    }

    @ExposedMethod
    static PyObject __lt__(ArrayObject self, PyObject o) {
        return compare(self, o, 0);
    }

    @ExposedMethod
    static PyObject __le__(ArrayObject self, PyObject o) {
        return compare(self, o, 1);
    }

    @ExposedMethod
    static PyObject __eq__(ArrayObject self, PyObject o) {
        return compare(self, o, 2);
    }

    @ExposedMethod
    static PyObject __ne__(ArrayObject self, PyObject o) {
        return compare(self, o, 3);
    }

    @ExposedMethod
    static PyObject __gt__(ArrayObject self, PyObject o) {
        return compare(self, o, 4);
    }

    @ExposedMethod
    static PyObject __ge__(ArrayObject self, PyObject o) {
        return compare(self, o, 5);
    }

    @ExposedMethod
    static PyObject __copy__(ArrayObject self) {
        ArrayObject r = new ArrayObject(TYPE, self.tc);
        r.fromBytes(Arrays.copyOf(self.buf, self.n * self.isz));
        return r;
    }

    @ExposedMethod
    static PyObject __deepcopy__(ArrayObject self, PyObject memo) {
        return __copy__(self);
    }

    /**
     * __reduce_ex__: below protocol 3 (array(typecode, list), dict), else
     * (array._array_reconstructor, (cls, typecode, mformat_code, bytes), dict); dict is the
     * instance's __dict__ or None. Compare arraymodule.c: array_array___reduce_ex___impl.
     */
    @ExposedMethod
    static PyObject __reduce_ex__(ArrayObject self, PyObject protocol) {
        if (!(protocol instanceof PyInt p)) {
            throw PyErr.typeError("__reduce_ex__ argument should be an integer");
        }
        PyObject dict = Abstract.lookupAttr(self, "__dict__");
        if (dict == null) {
            dict = PyNone.NONE;
        }
        PyStr tc = PyStr.of(String.valueOf(self.tc));
        if (Ops.lessThan(p, PyInt.of(3))) {
            return PyTuple.of(self.type, PyTuple.of(tc, tolist(self)), dict);
        }
        PyObject recon = org.pyvm.runtime.PyRuntime.builtinModule("array").getDict().getStr("_array_reconstructor");
        return PyTuple.of(recon, PyTuple.of(self.type, tc, PyInt.of(ArrayModule.mformat(self.tc)), tobytes(self)), dict);
    }

    /** array.arrayiterator. */
    static final class ArrayIter extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("array", "arrayiterator", ArrayIter.class, ArrayIter.class)
            .alsoExposedBy(IterBase.class).notSubclassable());

        /** The array; null once exhausted, which lets it go. Compare arraymodule.c: arrayiter_next. */
        private ArrayObject a;
        private int i;

        ArrayIter(ArrayObject a) {
            super(TYPE);
            this.a = a;
        }

        @Override
        protected PyObject nextItem() {
            if (a == null) {
                return null;
            }
            if (i < a.n) {
                return a.get(i++);
            }
            a = null;
            return null;
        }

        /** Compare arraymodule.c: array_arrayiterator___reduce___impl. */
        @ExposedMethod
        static PyObject __reduce__(ArrayIter self) {
            PyObject iter = org.pyvm.runtime.PyRuntime.builtinModule("builtins").getDict().getStr("iter");
            if (self.a == null) {
                return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(iter, PyTuple.of(self.a), PyInt.of(self.i));
        }

        /** Compare arraymodule.c: array_arrayiterator___setstate__. */
        @ExposedMethod
        static PyObject __setstate__(ArrayIter self, PyObject state) {
            long k = Abstract.index(state).longValue();
            if (self.a != null) {
                self.i = (int) Math.max(0, Math.min(k, self.a.n));
            }
            return PyNone.NONE;
        }
    }
}
