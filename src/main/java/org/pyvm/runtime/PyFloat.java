package org.pyvm.runtime;

import java.math.BigDecimal;

/** Python {@code float}. Compare CPython Objects/floatobject.c. */
public class PyFloat implements PyObject {

    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, FloatMethods.class);

    public final double value;

    protected PyFloat(double v) {
        this.value = v;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return repr(value);
    }

    /**
     * repr(float): the shortest decimal that round-trips (Java's Double.toString finds the
     * same digits since JDK 19), laid out as CPython does: positional for exponents from
     * -4 to 15, else d.ddde+XX. Compare pystrtod.c: format_float_short with mode 'r'.
     */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        if (digits.length() == 2) {
            // Java prints at least two significant digits in E notation; one may do (4.9E-324 is 5e-324).
            BigDecimal one = bd.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (one.doubleValue() == Math.abs(d)) {
                bd = one.stripTrailingZeros();
                digits = bd.unscaledValue().toString();
            }
        }
        // value = 0.DIGITS * 10**decpt
        int decpt = digits.length() - bd.scale();
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits.substring(decpt));
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits.substring(1));
            }
            int e = decpt - 1;
            sb.append(e < 0 ? "e-" : "e+");
            int ae = Math.abs(e);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }
}
