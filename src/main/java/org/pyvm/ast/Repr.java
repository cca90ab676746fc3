package org.pyvm.ast;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * CPython 3.12's {@code repr} of the constant values an AST holds, for {@link AstDump}.
 * Compare CPython unicodeobject.c: unicode_repr, bytesobject.c: PyBytes_Repr,
 * floatobject.c: float_repr (the 'r' format of PyOS_double_to_string), complexobject.c:
 * complex_repr.
 */
public final class Repr {
    private Repr() {}

    /** repr() of any constant value. */
    public static String of(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof String s) {
            return str(s);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return floatRepr(d, true);
        }
        if (v instanceof Constants.Complex c) {
            return complex(c);
        }
        if (v instanceof Constants.Bytes b) {
            return bytes(b.value());
        }
        if (v instanceof Constants.CodePoints c) {
            return str(c.value());
        }
        return v.toString();
    }

    /** unicode_repr: quote choice, escapes, printable test. */
    public static String str(String s) {
        return str(s.codePoints().toArray());
    }

    /** unicode_repr of a string given as code points. */
    public static String str(int[] cps) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int c : cps) {
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(cps.length + 2);
        sb.append(q);
        for (int c : cps) {
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(sb, "\\x", c, 2);
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (printable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(sb, "\\x", c, 2);
            } else if (c <= 0xffff) {
                hex(sb, "\\u", c, 4);
            } else {
                hex(sb, "\\U", c, 8);
            }
        }
        return sb.append(q).toString();
    }

    /** Lazily loaded: CPython 3.12's printable code points (Unicode 15.0). */
    private static final class Printable {
        static final CodePointSet SET = CodePointSet.load(Repr.class, "printable.txt");
    }

    /**
     * Py_UNICODE_ISPRINTABLE (not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space), from
     * CPython's Unicode 15.0 table rather than the JDK's newer one.
     */
    public static boolean printable(int c) {
        if (c < 0x7f) {
            return c >= ' ';
        }
        return Printable.SET.contains(c);
    }

    private static void hex(StringBuilder sb, String prefix, int c, int width) {
        sb.append(prefix);
        String h = Integer.toHexString(c);
        for (int k = h.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /** PyBytes_Repr. */
    public static String bytes(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    /**
     * float_repr: the shortest digits that round-trip, fixed notation when the decimal
     * exponent is in [-4, 16), else d.ddde+XX. ADD_DOT_0 appends ".0" to integral values
     * (float repr does, complex parts do not).
     */
    public static String floatRepr(double d, boolean addDot0) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            String z = addDot0 ? "0.0" : "0";
            return (1 / d < 0) ? "-" + z : z;
        }
        // Double.toString gives the shortest round-tripping digits (JDK 19+).
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        if (bd.precision() == 2) {
            // Java prints at least two digits; Python wants the shortest that round-trips
            BigDecimal one = new BigDecimal(Math.abs(d)).round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (Double.parseDouble(one.toString()) == Math.abs(d)) {
                bd = one.stripTrailingZeros();
            }
        }
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                for (int k = decpt; k < 0; k++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits);
                for (int k = digits.length(); k < decpt; k++) {
                    sb.append('0');
                }
                if (addDot0) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int e = decpt - 1;
            sb.append('e').append(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    /** complex_repr: "Xj" when the real part is +0.0, else "(R+Xj)". */
    public static String complex(Constants.Complex c) {
        if (c.real() == 0 && 1 / c.real() > 0) {
            return floatRepr(c.imag(), false) + "j";
        }
        String im = floatRepr(c.imag(), false);
        String sign = (c.imag() >= 0 || Double.isNaN(c.imag())) && !im.startsWith("-") ? "+" : "";
        return "(" + floatRepr(c.real(), false) + sign + im + "j)";
    }
}
