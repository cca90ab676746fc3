package org.pyvm.bytecode;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes neutral values (see {@link Constant}) and {@link CodeObject}s in CPython 3.12's
 * marshal format, version 4, so that CPython's {@code marshal.loads} gives equal values.
 *
 * <p>Back-references: CPython marks an object with FLAG_REF, and writes {@code r} for
 * later occurrences, when its reference count is above one or it is an interned string
 * ({@code w_ref}). We have no reference counts, so we model which of CPython's objects
 * are shared, role by role inside code objects (see {@code Role}): equal constants,
 * names, {@code co_consts}/{@code co_names}/{@code co_localsplusnames} tuples and
 * location/exception tables of one compilation are one object (interning and the
 * compiler's constant cache); small ints, the empty tuple/str/bytes and one-character
 * strings and bytes are immortal singletons; {@code co_code} (cached by the code object),
 * the file name (held by the caller) and the module's code are always shared; the
 * static names {@code <module>}, {@code <lambda>}... are immortal. Names, and string
 * constants made of identifier characters, are written as interned ({@code Z},
 * {@code A}, {@code t}), as CPython interns them. Two passes: the first counts
 * occurrences, the second writes.
 *
 * <p>Result, measured by {@code MarshalWriterTest} with CPython 3.12.1: the code of all
 * 164 top-level modules of Lib, compiled by CPython, read and written back, is
 * byte-identical to {@code marshal.dumps}. Values from elsewhere (a compiler, general
 * data) load as equal values; their sharing follows the same model.
 *
 * <p>Compare CPython Python/marshal.c: w_object, w_ref, w_complex_object.
 */
public final class MarshalWriter {

    /** marshal.version, the format written. */
    public static final int VERSION = 4;

    // Where a value sits in a code object: decides sharing and interning.
    private enum Role {
        // The value given to dumps; general data (lists, dicts...); a constant; a name
        // (co_names, co_localsplusnames); co_name; co_filename.
        TOP, GENERAL, CONST, NAME, CO_NAME, FILENAME,
        // Items of a frozenset constant: the compiler built the set from a tuple of
        // constants that still holds them, so their reference count is above one.
        SET_ITEM,
        // co_consts, co_names, co_localsplusnames, co_linetable, co_exceptiontable: merged
        // with equal values by the compiler's constant cache (Compare CPython
        // Python/assemble.c: makecode, Python/compile.c: _PyCompile_ConstCacheMergeOne).
        CONSTS_TUPLE, NAMES_TUPLE, TABLE,
        // Objects each code object has of its own (never merged with equal ones):
        UNIQUE, CODE_BYTES;

        boolean unique() {
            return this == UNIQUE || this == CODE_BYTES;
        }

        Role items() {
            return switch (this) {
                case CONSTS_TUPLE, CONST, SET_ITEM -> CONST;
                case NAMES_TUPLE -> NAME;
                default -> GENERAL;
            };
        }
    }

    private final Buffer out = new Buffer();

    /** A growable byte array without ByteArrayOutputStream's locking (most writes are single bytes). */
    private static final class Buffer {
        private byte[] buf = new byte[256];
        private int len;

        void write(int b) {
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, len * 2);
            }
            buf[len++] = (byte) b;
        }

        void write(byte[] b, int off, int n) {
            if (len + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(len * 2, len + n));
            }
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        void writeBytes(byte[] b) {
            write(b, 0, b.length);
        }

        void reset() {
            len = 0;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, len);
        }
    }
    private int depth;

    // First pass: how many times each shareable value occurs, and which strings are interned.
    private final Map<Object, Integer> counts = new HashMap<>();
    private final Map<Object, Integer> identityCounts = new IdentityHashMap<>();
    private final Set<String> interned = new HashSet<>();
    private boolean counting;

    // Second pass: reference index of each object written with FLAG_REF.
    private final Map<Object, Integer> refs = new HashMap<>();
    private final Map<Object, Integer> identityRefs = new IdentityHashMap<>();
    private int nextRef;
    // The key of the object being written (set by flagFor): tells writeString whether
    // this string is the interned object of its value.
    private Object currentKey;

    // Whether the value given to dumps gets FLAG_REF (CPython: its reference count is
    // above one, as it is for anything a caller holds; see sortedForMarshal).
    private boolean topFlag = true;

    // The format version (0..4): below 3 no references and no interned type codes, below
    // 4 no short ASCII strings or small tuples, below 2 floats and complexes as text.
    private int version = VERSION;

    private MarshalWriter() {}

    /** As {@code marshal.dumps(value)}. Throws MarshalException for values marshal cannot write. */
    public static byte[] dumps(Object value) {
        return dumps(value, VERSION, Set.of());
    }

    /**
     * As {@code marshal.dumps(value, version)}; INTERNED names the strings of VALUE that are
     * interned objects (written as {@code Z}/{@code A}/{@code t} as CPython writes them).
     */
    public static byte[] dumps(Object value, int version, Set<String> interned) {
        MarshalWriter w = new MarshalWriter();
        w.version = version;
        w.interned.addAll(interned);
        w.counting = true;
        w.write(value, Role.TOP);
        w.counting = false;
        w.out.reset();
        w.write(value, Role.TOP);
        return w.out.toByteArray();
    }

    private static boolean isShareableByValue(Object v) {
        // (Equal frozenset constants of different code objects stay distinct objects.)
        return v instanceof String || v instanceof StaticName || v instanceof PlainConst || v instanceof Long
            || v instanceof BigInteger || v instanceof Double || v instanceof ComplexConst || v instanceof BytesConst
            || v instanceof TupleConst || v instanceof StrPoints;
    }

    // Compare CPython Objects/codeobject.c: all_name_chars (which constants get interned).
    private static boolean allNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    // Immortal or cached objects: their reference count is never one.
    private static boolean isSingleton(Object v) {
        if (v instanceof Long l) {
            return l >= -5 && l <= 256;
        }
        if (v instanceof String s) {
            return s.isEmpty() || s.length() == 1 && s.charAt(0) < 256;
        }
        if (v instanceof TupleConst t) {
            return t.size() == 0;
        }
        if (v instanceof BytesConst b) {
            return b.value().length == 0;
        }
        return false;
    }

    // Keys for strings that are equal to, but distinct objects from, other strings:
    // co_name of module, lambda and comprehension code is one of CPython's statically
    // allocated (immortal) strings; a constant that is not made of identifier characters
    // is not interned, so it is not the interned name of the same value.
    private record StaticName(String name) {}

    private record PlainConst(String value) {}

    private static final Set<String> STATIC_NAMES =
        Set.of("<module>", "<lambda>", "<genexpr>", "<listcomp>", "<dictcomp>", "<setcomp>");

    // The object identity CPython would give v in this role (see the records above).
    private static Object keyOf(Object v, Role role) {
        if (v instanceof String s) {
            if (role == Role.CO_NAME && STATIC_NAMES.contains(s)) {
                return new StaticName(s);
            }
            if ((role == Role.CONST || role == Role.SET_ITEM) && !internedRole(s, role) && !isSingleton(s)) {
                return new PlainConst(s);
            }
        }
        return v;
    }

    private void write(Object v, Role role) {
        if (++depth > MarshalReader.MAX_DEPTH) {
            throw new MarshalException("ValueError", "object too deeply nested to marshal");
        }
        try {
            if (v == Constant.NONE) {
                out.write('N');
            } else if (v == Constant.STOP_ITERATION) {
                out.write('S');
            } else if (v == Constant.ELLIPSIS) {
                out.write('.');
            } else if (v instanceof Boolean b) {
                out.write(b ? 'T' : 'F');
            } else {
                Object key = keyOf(v, role);
                if (!writeRef(key, role)) {
                    writeComplex(v, flagFor(key, role), role);
                }
            }
        } finally {
            depth--;
        }
    }

    // Shared by value when CPython would share equal objects; else by identity.
    private boolean byValue(Object key, Role role) {
        if (role.unique()) {
            return isSingleton(key); // b'' and () are singletons wherever they are
        }
        return isShareableByValue(key);
    }

    // Writes "r" and returns true when the object was written before with FLAG_REF;
    // counts occurrences in pass one.
    private boolean writeRef(Object key, Role role) {
        boolean value = byValue(key, role);
        Map<Object, Integer> seen = counting ? (value ? counts : identityCounts) : (value ? refs : identityRefs);
        if (counting) {
            if (key instanceof String s && internedRole(s, role)) {
                interned.add(s);
            }
            Integer c = seen.get(key);
            seen.put(key, c == null ? 1 : c + 1);
            return c != null; // do not descend twice
        }
        Integer idx = seen.get(key);
        if (idx == null || version < 3) {
            return false;
        }
        out.write('r');
        writeInt(idx);
        return true;
    }

    // Compare CPython Objects/codeobject.c: intern_strings, intern_string_constants.
    private static boolean internedRole(String s, Role role) {
        return switch (role) {
            case NAME -> true;
            case CONST, CO_NAME, SET_ITEM -> allNameChars(s) || s.equals("*"); // "*": the compiler's interned import-star name
            default -> false;
        };
    }

    private boolean flagFor(Object key, Role role) {
        if (counting || version < 3) {
            currentKey = key;
            return false;
        }
        boolean value = byValue(key, role);
        boolean flag = (role == Role.TOP ? topFlag : false) || role == Role.CODE_BYTES || role == Role.FILENAME || role == Role.SET_ITEM
            || isSingleton(key) || (key instanceof BytesConst b && b.value().length == 1 && !role.unique())
            || (key instanceof String s && interned.contains(s))
            || (value ? counts.getOrDefault(key, 0) : identityCounts.getOrDefault(key, 0)) >= 2
            || key instanceof StaticName;
        if (flag) {
            (value ? refs : identityRefs).put(key, nextRef++);
        }
        currentKey = key;
        return flag;
    }

    private void type(int code, boolean flag) {
        out.write(flag ? code | MarshalReader.FLAG_REF : code);
    }

    private void writeInt(int x) {
        out.write(x);
        out.write(x >> 8);
        out.write(x >> 16);
        out.write(x >> 24);
    }

    private void writeLong64(long x) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (x >>> (8 * i)));
        }
    }

    private void writeBytes(byte[] b) {
        writeInt(b.length);
        out.write(b, 0, b.length);
    }

    // Compare CPython Python/marshal.c: w_complex_object.
    private void writeComplex(Object v, boolean flag, Role role) {
        Role items = role.items();
        switch (v) {
            case Long l when l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE -> {
                type('i', flag);
                writeInt((int) (long) l);
            }
            case Long l -> writePyLong(BigInteger.valueOf(l), flag);
            case BigInteger b -> {
                if (b.bitLength() < 32) {
                    type('i', flag);
                    writeInt(b.intValue());
                } else {
                    writePyLong(b, flag);
                }
            }
            case Double d when version < 2 -> {
                type('f', flag);
                writeFloatText(d);
            }
            case ComplexConst c when version < 2 -> {
                type('x', flag);
                writeFloatText(c.real());
                writeFloatText(c.imag());
            }
            case Double d -> {
                type('g', flag);
                writeLong64(Double.doubleToRawLongBits(d));
            }
            case ComplexConst c -> {
                type('y', flag);
                writeLong64(Double.doubleToRawLongBits(c.real()));
                writeLong64(Double.doubleToRawLongBits(c.imag()));
            }
            case BytesConst b -> {
                type('s', flag);
                writeBytes(b.value());
            }
            case String s -> writeString(s, flag);
            case StrPoints p -> {
                // never interned (a surrogate is no identifier character), never ASCII
                type('u', flag);
                writeBytes(p.utf8());
            }
            case TupleConst t -> {
                if (t.size() < 256 && version >= 4) {
                    type(')', flag);
                    out.write(t.size());
                } else {
                    type('(', flag);
                    writeInt(t.size());
                }
                for (Object o : t.items()) {
                    write(o, items);
                }
            }
            case ListConst l -> {
                type('[', flag);
                writeInt(l.size());
                for (Object o : l.items()) {
                    write(o, Role.GENERAL);
                }
            }
            case SetConst s -> {
                type('<', flag);
                writeInt(s.size());
                for (Object o : sortedForMarshal(s.items(), Role.GENERAL)) {
                    write(o, Role.GENERAL);
                }
            }
            case FrozenSetConst s -> {
                type('>', flag);
                writeInt(s.size());
                Role itemRole = items == Role.CONST ? Role.SET_ITEM : items;
                for (Object o : sortedForMarshal(s.items(), itemRole)) {
                    write(o, itemRole);
                }
            }
            case DictConst d -> {
                type('{', flag);
                for (int i = 0; i < d.size(); i++) {
                    write(d.keys()[i], Role.GENERAL);
                    write(d.values()[i], Role.GENERAL);
                }
                out.write('0');
            }
            case CodeObject c -> writeCode(c, flag);
            default -> throw new MarshalException("ValueError", "unmarshallable object");
        }
    }

    // Set items in the order of their own marshal data, as CPython 3.12 writes them so that
    // builds are reproducible whatever the hash seed (bpo-37596: sorted(v, key=marshal.dumps)).
    // That key is dumped while only the set holds the item: it has FLAG_REF only if the
    // item is shared elsewhere, a singleton or interned. In the counting pass the order
    // does not matter (and the counts it would need are not complete yet).
    private Object[] sortedForMarshal(Object[] items, Role role) {
        if (counting) {
            return items;
        }
        byte[][] keys = new byte[items.length][];
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < items.length; i++) {
            Object key = keyOf(items[i], role);
            boolean value = byValue(key, role);
            boolean shared = (value ? counts.getOrDefault(key, 0) : identityCounts.getOrDefault(key, 0)) >= 2
                || isSingleton(key) || (key instanceof String str && interned.contains(str));
            MarshalWriter w = new MarshalWriter();
            if (key instanceof String str && interned.contains(str)) {
                w.interned.add(str);
            }
            w.topFlag = shared;
            w.counting = true;
            w.write(items[i], Role.TOP);
            w.counting = false;
            w.out.reset();
            w.write(items[i], Role.TOP);
            keys[i] = w.out.toByteArray();
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> java.util.Arrays.compareUnsigned(keys[a], keys[b]));
        Object[] out = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = items[order[i]];
        }
        return out;
    }

    // Interned strings: those CPython interns (names; identifier-like constants).
    private void writeString(String s, boolean flag) {
        boolean isInterned = currentKey instanceof String && interned.contains(s);
        if (version < 4) {
            type(isInterned && version >= 3 ? 't' : 'u', flag);
            writeBytes(Utf8.encode(s));
            return;
        }
        if (Utf8.isAscii(s)) {
            if (s.length() < 256) {
                type(isInterned ? 'Z' : 'z', flag);
                out.write(s.length());
            } else {
                type(isInterned ? 'A' : 'a', flag);
                writeInt(s.length());
            }
            for (int i = 0; i < s.length(); i++) {
                out.write(s.charAt(i));
            }
        } else {
            type(isInterned ? 't' : 'u', flag);
            writeBytes(Utf8.encode(s));
        }
    }

    // Version 0 and 1 floats: a length byte and the text of C's "%.17g" (PyOS_double_to_string
    // with 'g', precision 17, no flags). Compare CPython Python/marshal.c: w_float_str.
    private void writeFloatText(double d) {
        String t = formatG17(d);
        out.write(t.length());
        for (int i = 0; i < t.length(); i++) {
            out.write(t.charAt(i));
        }
    }

    static String formatG17(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        java.math.BigDecimal b = new java.math.BigDecimal(d).round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN));
        String digits = b.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - b.scale();
        digits = digits.replaceAll("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
        if (exp < -4 || exp >= 17) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            sb.append(a < 10 ? "0" + a : Integer.toString(a));
        } else if (exp < 0) {
            sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
        } else if (digits.length() <= exp + 1) {
            sb.append(digits).append("0".repeat(exp + 1 - digits.length()));
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }

    // 15-bit digits, least significant first; the count's sign is the number's.
    // Compare CPython Python/marshal.c: w_PyLong.
    private void writePyLong(BigInteger b, boolean flag) {
        type('l', flag);
        BigInteger abs = b.abs();
        int digits = (abs.bitLength() + 14) / 15;
        writeInt(b.signum() < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) {
            int d = abs.shiftRight(15 * i).intValue() & 0x7fff;
            out.write(d);
            out.write(d >> 8);
        }
    }

    // Field order of CPython 3.12's w_complex_object for code objects.
    private void writeCode(CodeObject c, boolean flag) {
        type('c', flag);
        writeInt(c.argcount());
        writeInt(c.posonlyargcount());
        writeInt(c.kwonlyargcount());
        writeInt(c.stacksize());
        writeInt(c.flags());
        write(new BytesConst(c.code()), Role.CODE_BYTES);
        write(new TupleConst(c.consts()), Role.CONSTS_TUPLE);
        write(new TupleConst(c.names()), Role.NAMES_TUPLE);
        write(new TupleConst(c.localsplusnames()), Role.NAMES_TUPLE);
        write(new BytesConst(c.localspluskinds()), Role.UNIQUE);
        write(c.filename(), Role.FILENAME);
        write(c.name(), Role.CO_NAME);
        // A qualname is the name object itself when equal to it, the constant when a class
        // body stores it as __qualname__, else a string of its own (equal qualnames of
        // different code objects are not merged).
        String q = c.qualname();
        write(q, q.equals(c.name()) ? Role.CO_NAME : java.util.Arrays.asList(c.consts()).contains(q) ? Role.CONST : Role.UNIQUE);
        writeInt(c.firstlineno());
        write(new BytesConst(c.linetable()), Role.TABLE);
        write(new BytesConst(c.exceptiontable()), Role.TABLE);
    }
}
