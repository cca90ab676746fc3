package org.pyvm.runtime.text;

/**
 * repr() and str() of Python floats and complex numbers.
 */
public final class FloatRepr {

    private FloatRepr() {}

    /**
     * repr(x) == str(x) of a float: the shortest digits that round-trip, fixed notation
     * for 1e-4 <= |x| < 1e16, else an exponent ("1e+16", "1.5e-05"); "inf", "-inf",
     * "nan", "-0.0", "1.0".
     * Compare CPython Objects/floatobject.c: float_repr ('r' mode, Py_DTSF_ADD_DOT_0).
     */
    public static String repr(double x) {
        double abs = Math.abs(x);
        if (abs >= 1e-3 && abs < 1e7) {
            // Here Double.toString (JDK 19+) writes the shortest digits in fixed notation
            // with at least one digit after the point: exactly Python's repr.
            return Double.toString(x);
        }
        return DoubleFormat.format(x, 'r', 0, DoubleFormat.ADD_DOT_0);
    }

    /**
     * repr(complex(re, im)): "1j", "(1+2j)", "(-0-1j)", "(nan+infj)".
     * Compare CPython Objects/complexobject.c: complex_repr.
     */
    public static String complexRepr(double re, double im) {
        StringBuilder sb = new StringBuilder(32);
        if (re == 0.0 && Double.doubleToRawLongBits(re) == 0L) {
            DoubleFormat.append(sb, im, 'r', 0, 0);
            sb.append('j');
        } else {
            sb.append('(');
            DoubleFormat.append(sb, re, 'r', 0, 0);
            DoubleFormat.append(sb, im, 'r', 0, DoubleFormat.SIGN);
            sb.append("j)");
        }
        return sb.toString();
    }
}
