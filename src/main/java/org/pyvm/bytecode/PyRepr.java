package org.pyvm.bytecode;

/**
 * Python's {@code repr} of the neutral constant values (see {@link Constant}), for error
 * messages and the disassembler. Compare CPython Objects/unicodeobject.c: unicode_repr,
 * Objects/bytesobject.c: PyBytes_Repr, Objects/floatobject.c: float_repr,
 * Objects/complexobject.c: complex_repr, Objects/tupleobject.c: tuplerepr.
 */
public final class PyRepr {

    private PyRepr() {}

    /** repr(v) for a neutral value; a code object's address is its identity hash. */
    public static String of(Object v) {
        return switch (v) {
            case Constant c -> switch (c) {
                case NONE -> "None";
                case ELLIPSIS -> "Ellipsis";
                case STOP_ITERATION -> "<class 'StopIteration'>";
            };
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case java.math.BigInteger b -> b.toString();
            case Double d -> floatRepr(d, true);
            case ComplexConst c -> complexRepr(c);
            case String s -> str(s);
            case StrPoints p -> str(p.codePoints());
            case BytesConst b -> bytes(b.value());
            case TupleConst t -> t.size() == 1 ? "(" + of(t.get(0)) + ",)" : "(" + join(t.items()) + ")";
            case FrozenSetConst f -> f.size() == 0 ? "frozenset()" : "frozenset({" + join(f.items()) + "})";
            case ListConst l -> "[" + join(l.items()) + "]";
            case SetConst s -> s.size() == 0 ? "set()" : "{" + join(s.items()) + "}";
            case DictConst d -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < d.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(of(d.keys()[i])).append(": ").append(of(d.values()[i]));
                }
                yield sb.append('}').toString();
            }
            case CodeObject c -> "<code object " + c.name() + " at 0x" + Integer.toHexString(System.identityHashCode(c))
                + ", file \"" + c.filename() + "\", line " + c.firstlineno() + ">"; // code_repr: file "%U"
            default -> String.valueOf(v);
        };
    }

    private static String join(Object[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(of(items[i]));
        }
        return sb.toString();
    }

    /**
     * repr of a float: the shortest digits that read back the same, fixed notation for
     * 1e-4 &lt;= |x| &lt; 1e16, else scientific with a two-digit (or longer) exponent.
     * With {@code pointZero} an integral value in fixed notation gets ".0" (float), without
     * it not (complex parts). Compare CPython Python/pystrtod.c: format_float_short.
     */
    static String floatRepr(double d, boolean pointZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) {
            return sign + (pointZero ? "0.0" : "0");
        }
        // Java's Double.toString gives the shortest round-trip digits (JDK 19+).
        java.math.BigDecimal bd = new java.math.BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        StringBuilder sb = new StringBuilder(sign);
        if (exp >= -4 && exp < 16) {
            if (exp < 0) {
                sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
            } else if (digits.length() <= exp + 1) {
                sb.append(digits).append("0".repeat(exp + 1 - digits.length())).append(pointZero ? ".0" : "");
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
            }
            return sb.toString();
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        sb.append(a < 10 ? "0" : "").append(a);
        return sb.toString();
    }

    // Compare CPython Objects/complexobject.c: complex_repr.
    private static String complexRepr(ComplexConst c) {
        String im = floatRepr(c.imag(), false);
        if (c.real() == 0 && Double.doubleToRawLongBits(c.real()) >= 0) {
            return im + "j";
        }
        String re = floatRepr(c.real(), false);
        String imSigned = im.startsWith("-") ? im : "+" + im;
        return "(" + re + imSigned + "j)";
    }

    static String str(String s) {
        return str(s.codePoints().toArray());
    }

    /** The repr of the str of these code points (a surrogate pair stays two escapes). */
    static String str(int[] cps) {
        boolean single = false, dbl = false;
        for (int c : cps) {
            single |= c == '\'';
            dbl |= c == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int c : cps) {
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.append(quote).toString();
    }

    // Python's str.isprintable for one code point: not a control, format, surrogate,
    // private-use, unassigned, line/paragraph separator or non-ASCII space character.
    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }

    static String bytes(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
