package org.pyvm.modules.decimal;

import static org.pyvm.modules.decimal.DecimalObject.FINITE;
import static org.pyvm.modules.decimal.DecimalObject.INF;

import java.math.BigInteger;

/**
 * The spec's sign, scaling, digit-wise and classification operations: plus, minus, abs,
 * reduce, logb, scaleb, shift, rotate, the logical operations, number_class. Compare
 * libmpdec mpdecimal.c (mpd_qplus, mpd_qminus, mpd_qabs, mpd_qreduce, mpd_qlogb,
 * mpd_qscaleb, mpd_qshift, mpd_qrotate, mpd_qand, mpd_qor, mpd_qxor, mpd_qinvert,
 * mpd_class) and the same methods of Lib/_pydecimal.py.
 */
final class DecOps {

    private DecOps() {}

    static DecimalObject plus(DecimalObject a, Op op) {
        DecimalObject n = op.nans(a, null);
        if (n != null) {
            return n;
        }
        if (a.isZero() && op.round != Op.ROUND_FLOOR) {
            a = a.withSign(0);
        }
        return op.fix(a);
    }

    static DecimalObject minus(DecimalObject a, Op op) {
        DecimalObject n = op.nans(a, null);
        if (n != null) {
            return n;
        }
        a = a.isZero() && op.round != Op.ROUND_FLOOR ? a.withSign(0) : a.withSign(a.sign ^ 1);
        return op.fix(a);
    }

    static DecimalObject abs(DecimalObject a, Op op) {
        DecimalObject n = op.nans(a, null);
        if (n != null) {
            return n;
        }
        return a.sign == 1 ? minus(a, op) : plus(a, op);
    }

    /** normalize(): rounded, then trailing zeros removed. Compare mpd_qreduce. */
    static DecimalObject reduce(DecimalObject a, Op op) {
        DecimalObject n = op.nans(a, null);
        if (n != null) {
            return n;
        }
        DecimalObject d = op.fix(a);
        if (d.kind == INF) {
            return d;
        }
        if (d.isZero()) {
            return DecimalObject.finite(d.sign, BigInteger.ZERO, 0);
        }
        long expMax = op.clamp == 0 ? op.emax : op.etop();
        BigInteger c = d.coef;
        long e = d.exp;
        while (e < expMax) {
            BigInteger[] qr = c.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            c = qr[0];
            e++;
        }
        return DecimalObject.finite(d.sign, c, e);
    }

    /** logb(): the adjusted exponent. Compare mpd_qlogb. */
    static DecimalObject logb(DecimalObject a, Op op) {
        DecimalObject n = op.nans(a, null);
        if (n != null) {
            return n;
        }
        if (a.kind == INF) {
            return DecimalObject.infinity(0);
        }
        if (a.isZero()) {
            op.status |= Op.DIVISION_BY_ZERO;
            return DecimalObject.infinity(1);
        }
        long adj = a.adjusted();
        return op.fix(adj < 0 ? 1 : 0, BigInteger.valueOf(adj).abs(), 0);
    }

    /** The integer value of an exponent-like operand, or null when it is not an integer of exponent 0. */
    private static BigInteger intOperand(DecimalObject b) {
        if (b.kind != FINITE || b.exp != 0) {
            return null;
        }
        return b.sign == 1 ? b.coef.negate() : b.coef;
    }

    /** scaleb(a, b): a * 10**b. Compare mpd_qscaleb. */
    static DecimalObject scaleb(DecimalObject a, DecimalObject b, Op op) {
        DecimalObject n = op.nans(a, b);
        if (n != null) {
            return n;
        }
        BigInteger k = intOperand(b);
        if (k == null) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        BigInteger lim = BigInteger.valueOf(2).multiply(BigInteger.valueOf(op.emax).add(BigInteger.valueOf(op.prec)));
        if (k.abs().compareTo(lim) > 0) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        if (a.kind == INF) {
            return a;
        }
        return op.fix(a.sign, a.coef, a.exp + k.longValueExact());
    }

    /** shift / rotate of the coefficient's digits within the precision. Compare mpd_qshift, mpd_qrotate. */
    static DecimalObject shift(DecimalObject a, DecimalObject b, Op op, boolean rotate) {
        DecimalObject n = op.nans(a, b);
        if (n != null) {
            return n;
        }
        BigInteger k = intOperand(b);
        if (k == null || k.abs().compareTo(BigInteger.valueOf(op.prec)) > 0) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        if (a.kind == INF) {
            return a;
        }
        int prec = (int) Math.min(op.prec, Integer.MAX_VALUE - 16);
        int t = k.intValue();
        BigInteger c = a.coef;
        if (Op.digits(c) > prec) {
            c = c.mod(Op.pow10(prec));
        }
        BigInteger r;
        if (rotate) {
            int amt = Math.floorMod(t, prec);
            BigInteger mod = Op.pow10(prec);
            BigInteger[] hl = c.divideAndRemainder(Op.pow10(prec - amt));
            r = hl[1].multiply(Op.pow10(amt)).add(hl[0]).mod(mod);
        } else if (t >= 0) {
            r = c.multiply(Op.pow10(t)).mod(Op.pow10(prec));
        } else {
            r = c.divide(Op.pow10(-t));
        }
        return DecimalObject.finite(a.sign, r, a.exp);
    }

    /** The digits (0/1 only) of a logical operand, or null. */
    private static String logicalDigits(DecimalObject a) {
        if (a.kind != FINITE || a.sign != 0 || a.exp != 0) {
            return null;
        }
        String s = a.coef.toString();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0' && s.charAt(i) != '1') {
                return null;
            }
        }
        return s;
    }

    /** logical_and (0), logical_or (1), logical_xor (2). Compare mpd_qand, mpd_qor, mpd_qxor. */
    static DecimalObject logical(DecimalObject a, DecimalObject b, Op op, int which) {
        String x = logicalDigits(a);
        String y = logicalDigits(b);
        if (x == null || y == null) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        int prec = (int) Math.min(op.prec, 1_000_000_000);
        x = fit(x, prec);
        y = fit(y, prec);
        int len = Math.max(x.length(), y.length());
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            int bx = i < len - x.length() ? 0 : x.charAt(i - (len - x.length())) - '0';
            int by = i < len - y.length() ? 0 : y.charAt(i - (len - y.length())) - '0';
            int r = which == 0 ? bx & by : which == 1 ? bx | by : bx ^ by;
            sb.append((char) ('0' + r));
        }
        return DecimalObject.finite(0, new BigInteger(sb.toString()), 0);
    }

    private static String fit(String s, int prec) {
        return s.length() > prec ? s.substring(s.length() - prec) : s;
    }

    /** logical_invert: xor with prec ones. Compare mpd_qinvert. */
    static DecimalObject invert(DecimalObject a, Op op) {
        if (logicalDigits(a) == null) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        int prec = (int) Math.min(op.prec, 1_000_000_000);
        BigInteger ones = Op.pow10(prec).subtract(BigInteger.ONE).divide(BigInteger.valueOf(9));
        return logical(a, DecimalObject.finite(0, ones, 0), op, 2);
    }

    static boolean isNormal(DecimalObject a, ContextObject c) {
        return a.kind == FINITE && !a.isZero() && a.adjusted() >= c.emin;
    }

    static boolean isSubnormal(DecimalObject a, ContextObject c) {
        return a.kind == FINITE && !a.isZero() && a.adjusted() < c.emin;
    }

    /** Compare mpd_class. */
    static String numberClass(DecimalObject a, ContextObject c) {
        if (a.kind == DecimalObject.SNAN) {
            return "sNaN";
        }
        if (a.kind == DecimalObject.QNAN) {
            return "NaN";
        }
        String s = a.sign == 1 ? "-" : "+";
        if (a.kind == INF) {
            return s + "Infinity";
        }
        if (a.isZero()) {
            return s + "Zero";
        }
        return s + (a.adjusted() < c.emin ? "Subnormal" : "Normal");
    }

    static boolean sameQuantum(DecimalObject a, DecimalObject b) {
        if (a.kind != FINITE || b.kind != FINITE) {
            return (a.isNan() && b.isNan()) || (a.kind == INF && b.kind == INF);
        }
        return a.exp == b.exp;
    }
}
