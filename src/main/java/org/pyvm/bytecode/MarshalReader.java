package org.pyvm.bytecode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads CPython 3.12's marshal format (version 4) into the neutral values of
 * {@link Constant}, as {@code marshal.loads} does. Bad data throws {@link MarshalException}
 * with the Python exception class and message CPython gives for the same bytes, and
 * nothing else: lengths are checked against the bytes left before anything is
 * allocated, and nesting deeper than CPython's {@code MAX_MARSHAL_STACK_DEPTH} (2000) is
 * refused with "recursion limit exceeded".
 *
 * <p>One difference from CPython, on purpose: a tuple, dict, frozenset or code object is
 * registered for back-references only once complete, so data in which such an object
 * contains itself is refused ("bad marshal data (invalid reference)") instead of
 * producing a cyclic constant. (CPython does the same for frozensets and code objects.)
 * Lists and sets are registered first, as in CPython, and may be cyclic.
 *
 * <p>Compare CPython Python/marshal.c: r_object and its helpers.
 */
public final class MarshalReader {

    // Type codes. Compare CPython Python/marshal.c (TYPE_*).
    static final int TYPE_NULL = '0', TYPE_NONE = 'N', TYPE_FALSE = 'F', TYPE_TRUE = 'T', TYPE_STOPITER = 'S',
        TYPE_ELLIPSIS = '.', TYPE_INT = 'i', TYPE_INT64 = 'I', TYPE_FLOAT = 'f', TYPE_BINARY_FLOAT = 'g',
        TYPE_COMPLEX = 'x', TYPE_BINARY_COMPLEX = 'y', TYPE_LONG = 'l', TYPE_STRING = 's', TYPE_INTERNED = 't',
        TYPE_REF = 'r', TYPE_TUPLE = '(', TYPE_LIST = '[', TYPE_DICT = '{', TYPE_CODE = 'c', TYPE_UNICODE = 'u',
        TYPE_SET = '<', TYPE_FROZENSET = '>', TYPE_ASCII = 'a', TYPE_ASCII_INTERNED = 'A',
        TYPE_SMALL_TUPLE = ')', TYPE_SHORT_ASCII = 'z', TYPE_SHORT_ASCII_INTERNED = 'Z';
    static final int FLAG_REF = 0x80;

    /** CPython's MAX_MARSHAL_STACK_DEPTH: deeper nesting is refused. */
    public static final int MAX_DEPTH = 2000;

    // A reserved slot of the reference list, filled once its object is complete
    // (CPython's r_ref_reserve puts None there).
    private static final Object RESERVED = new Object();

    private final byte[] data;
    private final int end;
    private int pos;
    private int depth;
    private final List<Object> refs = new ArrayList<>();
    /** The strs read from the types that are not interned ('u', 'a', 'z'), by identity. */
    private final java.util.Set<Object> plainStrings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Whether V is a str this reader read from a type that is not interned (CPython makes a new object for it). */
    public boolean isPlainString(Object v) {
        return plainStrings.contains(v);
    }

    /** A reader of data[offset, offset + length). */
    public MarshalReader(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", size " + data.length);
        }
        this.data = data;
        this.pos = offset;
        this.end = offset + length;
    }

    /** As {@code marshal.loads(data)}: the first object; bytes after it are ignored. */
    public static Object loads(byte[] data) {
        return new MarshalReader(data, 0, data.length).readObject();
    }

    private Object plain(Object str, boolean isPlain) {
        if (isPlain) {
            plainStrings.add(str);
        }
        return str;
    }

    /** Offset of the next unread byte. */
    public int position() {
        return pos;
    }

    /** Reads one object. Compare CPython Python/marshal.c: read_object. */
    public Object readObject() {
        Object v;
        try {
            v = rObject();
        } catch (StackOverflowError e) {
            // Only on a thread with a very small stack: MAX_DEPTH levels fit in ordinary ones.
            throw new MarshalException("ValueError", "recursion limit exceeded");
        }
        if (v == null) {
            throw new MarshalException("TypeError", "NULL object in marshal data for object");
        }
        return v;
    }

    // ---- primitive reads (Compare r_byte, r_string, r_short, r_long) ----

    private static MarshalException tooShort() {
        return new MarshalException("EOFError", "marshal data too short");
    }

    private static MarshalException bad(String what) {
        return new MarshalException("ValueError", "bad marshal data (" + what + ")");
    }

    // A byte other than a type code: at the end, CPython says "EOF read where not expected".
    private int rByte() {
        if (pos >= end) {
            throw new MarshalException("EOFError", "EOF read where not expected");
        }
        return data[pos++] & 0xff;
    }

    // n bytes must be left; returns their start.
    private int rString(long n) {
        if (n > end - pos) {
            throw tooShort();
        }
        int at = pos;
        pos += (int) n;
        return at;
    }

    private int rShort() {
        int at = rString(2);
        return (short) ((data[at] & 0xff) | (data[at + 1] & 0xff) << 8);
    }

    private int rLong() {
        int at = rString(4);
        return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16 | (data[at + 3] & 0xff) << 24;
    }

    private long rLong64() {
        int at = rString(8);
        long x = 0;
        for (int i = 7; i >= 0; i--) {
            x = (x << 8) | (data[at + i] & 0xff);
        }
        return x;
    }

    // ---- objects ----

    // Returns null for TYPE_NULL, as r_object does.
    private Object rObject() {
        if (pos >= end) {
            throw new MarshalException("EOFError", "EOF read where object expected");
        }
        int code = data[pos++] & 0xff;
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new MarshalException("ValueError", "recursion limit exceeded");
        }
        try {
            return rObjectOfType(code & ~FLAG_REF, (code & FLAG_REF) != 0);
        } finally {
            depth--;
        }
    }

    private Object ref(Object o, boolean flag) {
        if (flag && o != null) {
            refs.add(o);
        }
        return o;
    }

    private int reserve(boolean flag) {
        if (!flag) {
            return -1;
        }
        refs.add(RESERVED);
        return refs.size() - 1;
    }

    private Object insert(Object o, int idx) {
        if (idx >= 0 && o != null) {
            refs.set(idx, o);
        }
        return o;
    }

    private Object rObjectOfType(int type, boolean flag) {
        switch (type) {
            case TYPE_NULL:
                return null;
            case TYPE_NONE:
                return Constant.NONE;
            case TYPE_STOPITER:
                return Constant.STOP_ITERATION;
            case TYPE_ELLIPSIS:
                return Constant.ELLIPSIS;
            case TYPE_FALSE:
                return Boolean.FALSE;
            case TYPE_TRUE:
                return Boolean.TRUE;
            case TYPE_INT:
                return ref((long) rLong(), flag);
            case TYPE_INT64:
                return ref(rLong64(), flag);
            case TYPE_LONG:
                return ref(rPyLong(), flag);
            case TYPE_FLOAT:
                return ref(rFloatStr(), flag);
            case TYPE_BINARY_FLOAT:
                return ref(Double.longBitsToDouble(rLong64()), flag);
            case TYPE_COMPLEX: {
                double re = rFloatStr();
                double im = rFloatStr();
                return ref(new ComplexConst(re, im), flag);
            }
            case TYPE_BINARY_COMPLEX: {
                double re = Double.longBitsToDouble(rLong64());
                double im = Double.longBitsToDouble(rLong64());
                return ref(new ComplexConst(re, im), flag);
            }
            case TYPE_STRING: {
                int n = rLong();
                if (n < 0) {
                    throw bad("bytes object size out of range");
                }
                int at = rString(n);
                return ref(new BytesConst(Arrays.copyOfRange(data, at, at + n)), flag);
            }
            case TYPE_ASCII, TYPE_ASCII_INTERNED: {
                int n = rLong();
                if (n < 0) {
                    throw bad("string size out of range");
                }
                return ref(plain(ascii(n), type == TYPE_ASCII), flag);
            }
            case TYPE_SHORT_ASCII, TYPE_SHORT_ASCII_INTERNED:
                return ref(plain(ascii(rByte()), type == TYPE_SHORT_ASCII), flag);
            case TYPE_UNICODE, TYPE_INTERNED: {
                int n = rLong();
                if (n < 0) {
                    throw bad("string size out of range");
                }
                int at = rString(n);
                return ref(plain(Utf8.decode(data, at, n), type == TYPE_UNICODE), flag);
            }
            case TYPE_SMALL_TUPLE:
                return rTuple(rByte(), flag);
            case TYPE_TUPLE: {
                int n = rLong();
                if (n < 0) {
                    throw bad("tuple size out of range");
                }
                return rTuple(n, flag);
            }
            case TYPE_LIST:
                return rList(flag);
            case TYPE_DICT:
                return rDict(flag);
            case TYPE_SET, TYPE_FROZENSET:
                return rSet(type == TYPE_FROZENSET, flag);
            case TYPE_CODE:
                return rCode(flag);
            case TYPE_REF: {
                int n = rLong();
                if (n < 0 || n >= refs.size() || refs.get(n) == RESERVED) {
                    throw bad("invalid reference");
                }
                return refs.get(n);
            }
            default:
                throw bad("unknown type code");
        }
    }

    private String ascii(int n) {
        int at = rString(n);
        // Bytes >= 0x80 are kept as the code points U+0080..U+00FF, as PyUnicode_FromKindAndData(1BYTE) does.
        return new String(data, at, n, StandardCharsets.ISO_8859_1);
    }

    // Compare CPython Python/marshal.c: r_PyLong. 15-bit digits, least significant first,
    // checked in reading order so that the first error is CPython's.
    private Object rPyLong() {
        int n = rLong();
        if (n == 0) {
            return 0L;
        }
        if (n == Integer.MIN_VALUE) {
            throw bad("long size out of range");
        }
        int count = Math.abs(n);
        if (count <= 4) { // at most 60 bits
            long small = 0;
            for (int j = 0; j < count; j++) {
                small |= (long) digit(j == count - 1) << (15 * j);
            }
            return n < 0 ? -small : small;
        }
        if ((long) count * 2 > end - pos) {
            // Not enough bytes for all digits: this throws, with the first error CPython
            // would meet (a bad digit before the end, else "marshal data too short").
            for (int j = 0; j < count; j++) {
                digit(j == count - 1);
            }
        }
        // Pack the digits into a little-endian bit string, then build the number once.
        byte[] le = new byte[(int) (((long) count * 15 + 7) / 8) + 1];
        long bit = 0;
        for (int j = 0; j < count; j++, bit += 15) {
            int d = digit(j == count - 1);
            int at = (int) (bit >>> 3);
            int v = d << (int) (bit & 7);
            le[at] |= (byte) v;
            le[at + 1] |= (byte) (v >>> 8);
            if (at + 2 < le.length) {
                le[at + 2] |= (byte) (v >>> 16);
            }
        }
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        BigInteger big = new BigInteger(n < 0 ? -1 : 1, be);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    // One 15-bit digit of a long; the last (most significant) must not be zero.
    private int digit(boolean last) {
        int md = rShort();
        if (md < 0) {
            throw bad("digit out of range in long");
        }
        if (md == 0 && last) {
            throw bad("unnormalized long data");
        }
        return md;
    }

    /** The old text form of floats (marshal version 0); compiled only when one is read (start-up cost). */
    private static final class FloatSyntax {
        static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|(?i:inf|infinity|nan))");
    }

    // Compare CPython Python/marshal.c: r_float_str and Python/pystrtod.c: PyOS_string_to_double.
    private double rFloatStr() {
        int n = rByte();
        int at = rString(n);
        int len = 0;
        while (len < n && data[at + len] != 0) { // C string: stops at a NUL byte
            len++;
        }
        String s = new String(data, at, len, StandardCharsets.ISO_8859_1);
        if (!FloatSyntax.FLOAT.matcher(s).matches()) {
            String shown = new String(data, at, Math.min(len, 200), StandardCharsets.UTF_8);
            throw new MarshalException("ValueError", "could not convert string to float: '" + shown + "'");
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean neg = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return neg ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN; // "-nan" keeps its sign bit
        }
        return Double.parseDouble(s);
    }

    private Object rTuple(int n, boolean flag) {
        int idx = reserve(flag);
        if (n > end - pos) {
            // Every item takes at least one byte: this tuple cannot be complete. Read on
            // (without allocating n slots) so that the error is the one CPython reports.
            readDoomedItems("tuple");
        }
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = item("tuple");
        }
        return insert(new TupleConst(items), idx);
    }

    private Object item(String container) {
        Object v = rObject();
        if (v == null) {
            throw new MarshalException("TypeError", "NULL object in marshal data for " + container);
        }
        return v;
    }

    // Reads items until the data runs out, which throws; never returns normally.
    private void readDoomedItems(String container) {
        while (true) {
            item(container);
        }
    }

    private Object rList(boolean flag) {
        int n = rLong();
        if (n < 0) {
            throw bad("list size out of range");
        }
        if (n > end - pos) {
            ref(new ListConst(new Object[0]), flag);
            readDoomedItems("list");
        }
        Object[] items = new Object[n];
        ListConst list = new ListConst(items);
        ref(list, flag);
        for (int i = 0; i < n; i++) {
            items[i] = item("list");
        }
        return list;
    }

    // Compare CPython marshal.c: r_object's TYPE_DICT (R_REF before the items).
    private Object rDict(boolean flag) {
        DictConst dict = DictConst.empty();
        ref(dict, flag);
        List<Object> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        while (true) {
            Object key = rObject();
            if (key == null) {
                break;
            }
            Object val = rObject();
            if (val == null) {
                break;
            }
            checkHashable(key);
            keys.add(key);
            values.add(val);
        }
        dict.fill(keys.toArray(), values.toArray());
        return dict;
    }

    private Object rSet(boolean frozen, boolean flag) {
        int n = rLong();
        if (n < 0) {
            throw bad("set size out of range");
        }
        String what = "set";
        if (n > end - pos) {
            if (frozen) {
                reserve(flag);
            } else {
                ref(new SetConst(new Object[0]), flag);
            }
            readDoomedItems(what);
        }
        Object[] items = new Object[n];
        int idx = -1;
        SetConst set = null;
        if (frozen) {
            idx = reserve(flag);
        } else {
            set = new SetConst(items);
            ref(set, flag);
        }
        for (int i = 0; i < n; i++) {
            Object v = item(what);
            checkHashable(v);
            items[i] = v;
        }
        return frozen ? insert(new FrozenSetConst(items), idx) : set;
    }

    // Sets and dict keys must be hashable; CPython's PySet_Add/PyDict_SetItem raise otherwise.
    private static void checkHashable(Object o) {
        String t = unhashableType(o, 0);
        if (t != null) {
            throw new MarshalException("TypeError", "unhashable type: '" + t + "'");
        }
    }

    private static String unhashableType(Object o, int level) {
        if (o instanceof ListConst) {
            return "list";
        }
        if (o instanceof DictConst) {
            return "dict";
        }
        if (o instanceof SetConst) {
            return "set";
        }
        if (level > MAX_DEPTH) {
            return null; // nesting is bounded by the reader already; this is a safety net
        }
        Object[] parts = o instanceof TupleConst t ? t.items()
            : o instanceof CodeObject c ? c.consts() : null;
        if (parts != null) {
            for (Object p : parts) {
                String u = unhashableType(p, level + 1);
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }

    // Compare CPython Python/marshal.c: r_object, case TYPE_CODE, and Objects/codeobject.c: _PyCode_Validate.
    private Object rCode(boolean flag) {
        int idx = reserve(flag);
        int argcount = rLong();
        int posonlyargcount = rLong();
        int kwonlyargcount = rLong();
        int stacksize = rLong();
        int flags = rLong();
        Object code = item("code object");
        Object consts = item("code object");
        Object names = item("code object");
        Object localsplusnames = item("code object");
        Object localspluskinds = item("code object");
        Object filename = item("code object");
        Object name = item("code object");
        Object qualname = item("code object");
        int firstlineno = rLong();
        Object linetable = item("code object");
        Object exceptiontable = item("code object");
        if (!(code instanceof BytesConst c && consts instanceof TupleConst k && names instanceof TupleConst nm
            && localsplusnames instanceof TupleConst lpn && localspluskinds instanceof BytesConst lpk
            && filename instanceof String f && name instanceof String n && qualname instanceof String q
            && linetable instanceof BytesConst lt && exceptiontable instanceof BytesConst et)) {
            throw new MarshalException("SystemError", CodeObject.BAD_INTERNAL_CALL);
        }
        String problem = CodeObject.validate(argcount, posonlyargcount, kwonlyargcount, stacksize, flags,
            c.value().length, lpn.size(), lpk.value());
        if (problem != null) {
            int colon = problem.indexOf(": ");
            throw new MarshalException(problem.substring(0, colon), problem.substring(colon + 2));
        }
        CodeObject result = new CodeObject(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, c.value(),
            k.items(), strings(nm), strings(lpn), lpk.value(), f, n, q, firstlineno, lt.value(), et.value());
        return insert(result, idx);
    }

    // CPython's intern_strings aborts the process on a non-string; we refuse the data instead.
    private static String[] strings(TupleConst t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(t.get(i) instanceof String s)) {
                throw new MarshalException("SystemError", "non-string found in code slot");
            }
            out[i] = s;
        }
        return out;
    }
}
