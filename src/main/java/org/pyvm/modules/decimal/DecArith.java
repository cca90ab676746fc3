package org.pyvm.modules.decimal;

import static org.pyvm.modules.decimal.DecimalObject.FINITE;
import static org.pyvm.modules.decimal.DecimalObject.INF;
import static org.pyvm.modules.decimal.DecimalObject.QNAN;
import static org.pyvm.modules.decimal.DecimalObject.SNAN;

import java.math.BigInteger;

/**
 * The arithmetic of the General Decimal Arithmetic specification on {@link DecimalObject}
 * values: each function takes its operands and an {@link Op} (context snapshot and status)
 * and returns the correctly rounded result. Compare libmpdec mpdecimal.c (mpd_qadd,
 * mpd_qmul, mpd_qdiv, mpd_qdivint, mpd_qrem, mpd_qrem_near, mpd_qquantize, mpd_qsqrt,
 * mpd_qcmp ...) and the corresponding methods of Lib/_pydecimal.py.
 */
final class DecArith {

    private DecArith() {}

    static final BigInteger TWO = BigInteger.valueOf(2);

    // ---- addition ----

    /** a + b (b negated when SUB). Compare libmpdec mpd_qadd / _pydecimal Decimal.__add__. */
    static DecimalObject add(DecimalObject a, DecimalObject b, Op op, boolean sub) {
        int bsign = sub ? b.sign ^ 1 : b.sign;
        if (a.kind != FINITE || b.kind != FINITE) {
            DecimalObject n = op.nans(a, b);
            if (n != null) {
                return n;
            }
            if (a.kind == INF) {
                if (b.kind == INF && a.sign != bsign) {
                    return op.invalid(Op.INVALID_OPERATION);
                }
                return a;
            }
            return DecimalObject.infinity(bsign);
        }
        long exp = Math.min(a.exp, b.exp);
        boolean az = a.coef.signum() == 0;
        boolean bz = b.coef.signum() == 0;
        if (az && bz) {
            int sign = a.sign == bsign ? a.sign : (op.round == Op.ROUND_FLOOR ? 1 : 0);
            return op.fix(sign, BigInteger.ZERO, exp);
        }
        if (az || bz) {
            DecimalObject x = az ? b : a;
            int xs = az ? bsign : a.sign;
            long e = Math.max(exp, x.exp - op.prec - 1);
            BigInteger c = x.exp > e ? x.coef.multiply(Op.pow10(x.exp - e)) : x.coef;
            return op.fix(xs, c, Math.min(e, x.exp));
        }
        if (a.coef.bitLength() < 62 && b.coef.bitLength() < 62) {
            DecimalObject r = addLong(a, b, bsign, exp, op);
            if (r != null) {
                return r;
            }
        }
        // Line the operands up; an operand far below the other's last kept digit only
        // matters as a sticky digit. Compare _pydecimal _normalize.
        BigInteger ac = a.coef;
        BigInteger bc = b.coef;
        long ae = a.exp;
        long be = b.exp;
        if (ae != be) {
            boolean aHigh = ae > be;
            BigInteger hc = aHigh ? ac : bc;
            long he = aHigh ? ae : be;
            BigInteger lc = aHigh ? bc : ac;
            long le = aHigh ? be : ae;
            long hlen = Op.digits(hc);
            long limit = he + Math.min(-1, hlen - op.prec - 2);
            if (Op.digits(lc) + le - 1 < limit) {
                lc = BigInteger.ONE;
                le = limit;
            }
            hc = hc.multiply(Op.pow10(he - le));
            if (aHigh) {
                ac = hc;
                bc = lc;
            } else {
                bc = hc;
                ac = lc;
            }
            exp = le;
        }
        BigInteger sa = a.sign == 1 ? ac.negate() : ac;
        BigInteger sb = bsign == 1 ? bc.negate() : bc;
        BigInteger sum = sa.add(sb);
        if (sum.signum() == 0) {
            int sign = a.sign == bsign ? a.sign : (op.round == Op.ROUND_FLOOR ? 1 : 0);
            return op.fix(sign, BigInteger.ZERO, exp);
        }
        return op.fix(sum.signum() < 0 ? 1 : 0, sum.abs(), exp);
    }

    /**
     * a + b (B's sign BSIGN) in long arithmetic when both coefficients are below 2**62 and the
     * exact sum, lined up at exponent EXP, fits; null otherwise. The exact sum rounds to what
     * the general path's sticky-digit shortcut gives.
     */
    private static DecimalObject addLong(DecimalObject a, DecimalObject b, int bsign, long exp, Op op) {
        long la = a.coef.longValue();
        long lb = b.coef.longValue();
        if (a.exp != b.exp) {
            long shift = a.exp > b.exp ? a.exp - b.exp : b.exp - a.exp;
            if (shift > 18) {
                return null;
            }
            long p = Op.LPOW10[(int) shift];
            long h = a.exp > b.exp ? la : lb;
            long scaled = h * p;
            if (Math.multiplyHigh(h, p) != 0 || scaled < 0 || scaled >= 1L << 62) {
                return null;
            }
            if (a.exp > b.exp) {
                la = scaled;
            } else {
                lb = scaled;
            }
        }
        long sum = (a.sign == 1 ? -la : la) + (bsign == 1 ? -lb : lb);
        if (sum == 0) {
            int sign = a.sign == bsign ? a.sign : (op.round == Op.ROUND_FLOOR ? 1 : 0);
            return op.fix(sign, BigInteger.ZERO, exp);
        }
        return op.fix(sum < 0 ? 1 : 0, BigInteger.valueOf(Math.abs(sum)), exp);
    }

    // ---- multiplication ----

    /** a * b. Compare libmpdec mpd_qmul. */
    static DecimalObject multiply(DecimalObject a, DecimalObject b, Op op) {
        int sign = a.sign ^ b.sign;
        if (a.kind != FINITE || b.kind != FINITE) {
            DecimalObject n = op.nans(a, b);
            if (n != null) {
                return n;
            }
            if (a.kind == INF) {
                return b.isZero() ? op.invalid(Op.INVALID_OPERATION) : DecimalObject.infinity(sign);
            }
            return a.isZero() ? op.invalid(Op.INVALID_OPERATION) : DecimalObject.infinity(sign);
        }
        if (a.coef.bitLength() + b.coef.bitLength() <= 63) {
            // The product fits in a long (a value of n bits times one of m bits has at most n + m).
            return op.fix(sign, BigInteger.valueOf(a.coef.longValue() * b.coef.longValue()), a.exp + b.exp);
        }
        return op.fix(sign, a.coef.multiply(b.coef), a.exp + b.exp);
    }

    /**
     * a * b + c with a single rounding: the exact product, then the sum. An invalid product
     * (0 * Inf, a signalling NaN) is the result. Compare libmpdec mpd_qfma.
     */
    static DecimalObject fma(DecimalObject a, DecimalObject b, DecimalObject c, Op op) {
        DecimalObject product;
        if (a.kind != FINITE || b.kind != FINITE) {
            Op exact = op.copy();
            product = multiply(a, b, exact);
            op.status |= exact.status;
            if ((exact.status & Op.INVALID_OPERATION) != 0) {
                return product;
            }
        } else {
            product = DecimalObject.finite(a.sign ^ b.sign, a.coef.multiply(b.coef), a.exp + b.exp);
        }
        return add(product, c, op, false);
    }

    // ---- division ----

    /** a / b. Compare libmpdec mpd_qdiv / _pydecimal Decimal.__truediv__. */
    static DecimalObject divide(DecimalObject a, DecimalObject b, Op op) {
        int sign = a.sign ^ b.sign;
        if (a.kind != FINITE || b.kind != FINITE) {
            DecimalObject n = op.nans(a, b);
            if (n != null) {
                return n;
            }
            if (a.kind == INF) {
                return b.kind == INF ? op.invalid(Op.INVALID_OPERATION) : DecimalObject.infinity(sign);
            }
            op.status |= Op.CLAMPED;
            return op.fix(sign, BigInteger.ZERO, op.etiny());
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return op.invalid(Op.DIVISION_UNDEFINED);
            }
            op.status |= Op.DIVISION_BY_ZERO;
            return DecimalObject.infinity(sign);
        }
        long ideal = a.exp - b.exp;
        if (a.isZero()) {
            return op.fix(sign, BigInteger.ZERO, ideal);
        }
        if (a.coef.bitLength() < 63 && b.coef.bitLength() < 63) {
            DecimalObject exact = exactQuotientLong(a.coef.longValue(), b.coef.longValue(), sign, ideal, op);
            if (exact != null) {
                return exact;
            }
        }
        if (op.prec > EXACT_FIRST) {
            DecimalObject exact = exactQuotient(a, b, sign, ideal, op);
            if (exact != null) {
                return exact;
            }
        }
        long shift = Op.digits(b.coef) - Op.digits(a.coef) + op.prec + 1;
        long exp = ideal - shift;
        BigInteger[] qr = shift >= 0 ? a.coef.multiply(Op.pow10(shift)).divideAndRemainder(b.coef)
            : a.coef.divideAndRemainder(b.coef.multiply(Op.pow10(-shift)));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            if (q.mod(BigInteger.valueOf(5)).signum() == 0) {
                q = q.add(BigInteger.ONE);
            }
        } else {
            if (exp < ideal) {
                long k = Op.trailingZeros(q, ideal - exp);
                q = Op.dropZeros(q, k);
                exp += k;
            }
        }
        return op.fix(sign, q, exp);
    }

    /** Above this precision, exact quotients and roots are looked for first (no prec-sized intermediates). */
    private static final long EXACT_FIRST = 5000;

    /**
     * {@link #exactQuotient} for coefficients X and Y (> 0) that fit in longs, in long
     * arithmetic: null when the quotient does not end, or does not fit a long or the precision.
     */
    private static DecimalObject exactQuotientLong(long x, long y, int sign, long ideal, Op op) {
        long g = x;
        long h = y;
        while (h != 0) {
            long t = g % h;
            g = h;
            h = t;
        }
        long num = x / g;
        long den = y / g;
        int twos = Long.numberOfTrailingZeros(den);
        long rest = den >>> twos;
        int fives = 0;
        while (rest % 5 == 0) {
            rest /= 5;
            fives++;
        }
        int k = Math.max(twos, fives);
        if (rest != 1 || k > 18) {
            return null;
        }
        long p = Op.LPOW10[k];
        long scaled = num * p;
        if (Math.multiplyHigh(num, p) != 0 || scaled < 0) {
            return null;
        }
        long q = scaled / den;
        long exp = ideal - k;
        while (exp < ideal && q % 10 == 0) {
            q /= 10;
            exp++;
        }
        if (Op.digits(q) > op.prec) {
            return null;
        }
        return op.fix(sign, BigInteger.valueOf(q), exp);
    }

    /** a / b when its decimal expansion ends within the precision, else null. Compare libmpdec _mpd_qdiv's exact case. */
    private static DecimalObject exactQuotient(DecimalObject a, DecimalObject b, int sign, long ideal, Op op) {
        BigInteger g = a.coef.gcd(b.coef);
        BigInteger num = a.coef.divide(g);
        BigInteger den = b.coef.divide(g);
        int twos = den.getLowestSetBit();
        BigInteger rest = den.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (rest.signum() != 0) {
            BigInteger[] qr = rest.divideAndRemainder(five);
            if (qr[1].signum() != 0) {
                break;
            }
            rest = qr[0];
            fives++;
        }
        if (!rest.equals(BigInteger.ONE)) {
            return null;
        }
        int k = Math.max(twos, fives);
        BigInteger q = num.multiply(Op.pow10(k)).divide(den);
        long exp = ideal - k;
        if (exp < ideal && q.signum() != 0) {
            long z = Op.trailingZeros(q, ideal - exp);
            q = Op.dropZeros(q, z);
            exp += z;
        }
        if (Op.digits(q) > op.prec) {
            return null;
        }
        return op.fix(sign, q, exp);
    }

    /**
     * Integer division and remainder, quotient first; null entries for the caller to fill
     * when the operation is invalid. Compare _pydecimal Decimal._divide: the quotient is
     * exact with exponent 0, the remainder has the smaller exponent of the operands.
     */
    static DecimalObject[] divmodFinite(DecimalObject a, DecimalObject b, Op op) {
        int sign = a.sign ^ b.sign;
        // An infinite divisor leaves the dividend's exponent (_pydecimal _divide; libmpdec
        // mpd_qdivmod copies a), not min(a.exp, 0).
        long ideal = b.kind == INF ? a.exp : Math.min(a.exp, b.exp);
        long expdiff = a.adjusted() - b.adjusted();
        if (a.isZero() || b.kind == INF || expdiff <= -2) {
            return new DecimalObject[] {DecimalObject.finite(sign, BigInteger.ZERO, 0), rescale(a, ideal, op.round, op)};
        }
        if (expdiff <= op.prec) {
            BigInteger ac = a.coef;
            BigInteger bc = b.coef;
            if (a.exp >= b.exp) {
                ac = ac.multiply(Op.pow10(a.exp - b.exp));
            } else {
                bc = bc.multiply(Op.pow10(b.exp - a.exp));
            }
            BigInteger[] qr = ac.divideAndRemainder(bc);
            if (Op.digits(qr[0]) <= op.prec) {
                return new DecimalObject[] {DecimalObject.finite(sign, qr[0], 0), DecimalObject.finite(a.sign, qr[1], ideal)};
            }
        }
        DecimalObject nan = op.invalid(Op.DIVISION_IMPOSSIBLE);
        return new DecimalObject[] {nan, nan};
    }

    /** The special cases shared by //, % and divmod; null when both are finite and b is nonzero. */
    private static DecimalObject[] divmodSpecial(DecimalObject a, DecimalObject b, Op op) {
        DecimalObject n = op.nans(a, b);
        if (n != null) {
            return new DecimalObject[] {n, n};
        }
        int sign = a.sign ^ b.sign;
        if (a.kind == INF) {
            if (b.kind == INF) {
                DecimalObject nan = op.invalid(Op.INVALID_OPERATION);
                return new DecimalObject[] {nan, nan};
            }
            DecimalObject inf = DecimalObject.infinity(sign);
            Op tmp = op.copy();
            DecimalObject nan = tmp.invalid(Op.INVALID_OPERATION);
            op.status |= tmp.status;
            return new DecimalObject[] {inf, nan};
        }
        if (b.isZero() && b.kind == FINITE) {
            if (a.isZero()) {
                DecimalObject nan = op.invalid(Op.DIVISION_UNDEFINED);
                return new DecimalObject[] {nan, nan};
            }
            op.status |= Op.DIVISION_BY_ZERO;
            DecimalObject inf = DecimalObject.infinity(sign);
            op.status |= Op.INVALID_OPERATION;
            return new DecimalObject[] {inf, DecimalObject.NAN};
        }
        return null;
    }

    /** divmod(a, b). Compare libmpdec mpd_qdivmod. */
    static DecimalObject[] divmod(DecimalObject a, DecimalObject b, Op op) {
        DecimalObject[] s = divmodSpecial(a, b, op);
        if (s != null) {
            return s;
        }
        DecimalObject[] r = divmodFinite(a, b, op);
        if (r[0].kind == FINITE) {
            r[0] = op.fix(r[0]);
        }
        if (r[1].kind == FINITE) {
            r[1] = op.fix(r[1]);
        }
        return r;
    }

    /** a // b. Compare libmpdec mpd_qdivint. */
    static DecimalObject divideInt(DecimalObject a, DecimalObject b, Op op) {
        if (a.kind != FINITE || b.kind != FINITE || b.isZero()) {
            DecimalObject n = op.nans(a, b);
            if (n != null) {
                return n;
            }
            if (a.kind == INF) {
                return b.kind == INF ? op.invalid(Op.INVALID_OPERATION) : DecimalObject.infinity(a.sign ^ b.sign);
            }
            if (b.kind == INF) {
                return DecimalObject.finite(a.sign ^ b.sign, BigInteger.ZERO, 0);
            }
            if (a.isZero()) {
                return op.invalid(Op.DIVISION_UNDEFINED);
            }
            op.status |= Op.DIVISION_BY_ZERO;
            return DecimalObject.infinity(a.sign ^ b.sign);
        }
        DecimalObject q = divmodFinite(a, b, op)[0];
        return q.kind == FINITE ? op.fix(q) : q;
    }

    /** a % b (sign of a). Compare libmpdec mpd_qrem. */
    static DecimalObject remainder(DecimalObject a, DecimalObject b, Op op) {
        if (a.kind != FINITE || b.kind != FINITE || b.isZero()) {
            DecimalObject n = op.nans(a, b);
            if (n != null) {
                return n;
            }
            if (a.kind == INF) {
                return op.invalid(Op.INVALID_OPERATION);
            }
            if (b.kind == INF) {
                return op.fix(a);
            }
            return op.invalid(a.isZero() ? Op.DIVISION_UNDEFINED : Op.INVALID_OPERATION);
        }
        DecimalObject r = divmodFinite(a, b, op)[1];
        return r.kind == FINITE ? op.fix(r) : r;
    }

    /** The remainder nearest to zero. Compare libmpdec mpd_qrem_near / _pydecimal remainder_near. */
    static DecimalObject remainderNear(DecimalObject a, DecimalObject b, Op op) {
        if (a.kind != FINITE || b.kind != FINITE) {
            DecimalObject n = op.nans(a, b);
            if (n != null) {
                return n;
            }
            if (a.kind == INF) {
                return op.invalid(Op.INVALID_OPERATION);
            }
            return op.fix(a);
        }
        if (b.isZero()) {
            return op.invalid(a.isZero() ? Op.DIVISION_UNDEFINED : Op.INVALID_OPERATION);
        }
        long ideal = Math.min(a.exp, b.exp);
        if (a.isZero()) {
            return op.fix(a.sign, BigInteger.ZERO, ideal);
        }
        long expdiff = a.adjusted() - b.adjusted();
        if (expdiff >= op.prec + 1) {
            return op.invalid(Op.DIVISION_IMPOSSIBLE);
        }
        if (expdiff <= -2) {
            return op.fix(rescale(a, ideal, op.round, op));
        }
        BigInteger ac = a.coef;
        BigInteger bc = b.coef;
        if (a.exp >= b.exp) {
            ac = ac.multiply(Op.pow10(a.exp - b.exp));
        } else {
            bc = bc.multiply(Op.pow10(b.exp - a.exp));
        }
        BigInteger[] qr = ac.divideAndRemainder(bc);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.shiftLeft(1).add(q.testBit(0) ? BigInteger.ONE : BigInteger.ZERO).compareTo(bc) > 0) {
            r = r.subtract(bc);
            q = q.add(BigInteger.ONE);
        }
        if (Op.digits(q) > op.prec) {
            return op.invalid(Op.DIVISION_IMPOSSIBLE);
        }
        int sign = a.sign;
        if (r.signum() < 0) {
            sign ^= 1;
            r = r.negate();
        }
        return op.fix(sign, r, ideal);
    }

    // ---- comparison ----

    /** Numeric comparison of two non-NaN values: -1, 0 or 1. Compare libmpdec _mpd_cmp. */
    static int cmp(DecimalObject a, DecimalObject b) {
        if (a.kind == INF || b.kind == INF) {
            int av = a.kind == INF ? (a.sign == 1 ? -2 : 2) : 0;
            int bv = b.kind == INF ? (b.sign == 1 ? -2 : 2) : 0;
            if (av != 0 && bv != 0) {
                return Integer.compare(av, bv);
            }
            return av != 0 ? Integer.signum(av) : -Integer.signum(bv);
        }
        boolean az = a.isZero();
        boolean bz = b.isZero();
        if (az && bz) {
            return 0;
        }
        if (az) {
            return b.sign == 1 ? 1 : -1;
        }
        if (bz) {
            return a.sign == 1 ? -1 : 1;
        }
        if (a.sign != b.sign) {
            return a.sign == 1 ? -1 : 1;
        }
        int m = cmpAbs(a, b);
        return a.sign == 1 ? -m : m;
    }

    /** |a| against |b| for finite nonzero values. */
    static int cmpAbs(DecimalObject a, DecimalObject b) {
        long aa = a.adjusted();
        long ba = b.adjusted();
        if (aa != ba) {
            return aa < ba ? -1 : 1;
        }
        if (a.exp == b.exp) {
            return a.coef.compareTo(b.coef);
        }
        if (a.exp > b.exp) {
            return a.coef.multiply(Op.pow10(a.exp - b.exp)).compareTo(b.coef);
        }
        return a.coef.compareTo(b.coef.multiply(Op.pow10(b.exp - a.exp)));
    }

    /** compare(): a Decimal -1, 0 or 1, or a NaN. Compare libmpdec mpd_qcompare. */
    static DecimalObject compare(DecimalObject a, DecimalObject b, Op op, boolean signal) {
        if (a.isNan() || b.isNan()) {
            if (signal) {
                op.status |= Op.INVALID_OPERATION;
            }
            return op.nans(a, b);
        }
        return DecimalObject.ofInt(cmp(a, b));
    }

    /** The spec's total ordering (compare_total): -1, 0 or 1. Compare libmpdec mpd_cmp_total. */
    static int cmpTotal(DecimalObject a, DecimalObject b) {
        if (a.sign != b.sign) {
            return a.sign == 1 ? -1 : 1;
        }
        int r = cmpTotalMag(a, b);
        return a.sign == 1 ? -r : r;
    }

    /** Finite values, then infinities, then signalling NaNs, then quiet NaNs. */
    private static int totalRank(int kind) {
        return kind == SNAN ? 2 : kind == QNAN ? 3 : kind;
    }

    static int cmpTotalMag(DecimalObject a, DecimalObject b) {
        if (a.kind != b.kind) {
            return Integer.compare(totalRank(a.kind), totalRank(b.kind));
        }
        if (a.kind == QNAN || a.kind == SNAN) {
            return a.coef.compareTo(b.coef);
        }
        if (a.kind == INF) {
            return 0;
        }
        int c;
        if (a.isZero() || b.isZero()) {
            c = a.isZero() == b.isZero() ? 0 : (a.isZero() ? -1 : 1);
        } else {
            c = cmpAbs(a, b);
        }
        if (c != 0) {
            return c;
        }
        return Long.compare(a.exp, b.exp);
    }

    /** max/min (MAG: by magnitude). Compare libmpdec mpd_qmax, mpd_qmin, mpd_qmax_mag, mpd_qmin_mag. */
    static DecimalObject maxMin(DecimalObject a, DecimalObject b, Op op, boolean max, boolean mag) {
        if (a.isNan() || b.isNan()) {
            if (b.kind == QNAN && !a.isNan()) {
                return op.fix(a);
            }
            if (a.kind == QNAN && !b.isNan()) {
                return op.fix(b);
            }
            return op.nans(a, b);
        }
        int c = mag ? cmpMag(a, b) : cmp(a, b);
        if (c == 0) {
            c = cmpTotal(a, b);
        }
        DecimalObject r = max ? (c < 0 ? b : a) : (c < 0 ? a : b);
        return op.fix(r);
    }

    private static int cmpMag(DecimalObject a, DecimalObject b) {
        return cmp(a.withSign(0), b.withSign(0));
    }

    // ---- rescaling, quantize, integral values ----

    /** X with exponent EXP, rounding as ROUNDING, without range checks. Compare _pydecimal _rescale. */
    static DecimalObject rescale(DecimalObject x, long exp, int rounding, Op op) {
        if (x.kind != FINITE) {
            return x;
        }
        if (x.isZero()) {
            return DecimalObject.finite(x.sign, BigInteger.ZERO, exp);
        }
        if (x.exp >= exp) {
            return DecimalObject.finite(x.sign, x.coef.multiply(Op.pow10(x.exp - exp)), exp);
        }
        BigInteger q = op.drop(x.sign, x.coef, exp - x.exp, rounding);
        return DecimalObject.finite(x.sign, q, exp);
    }

    /** quantize(a, b). Compare libmpdec mpd_qquantize / _pydecimal Decimal.quantize. */
    static DecimalObject quantize(DecimalObject a, DecimalObject b, int rounding, Op op) {
        if (a.kind != FINITE || b.kind != FINITE) {
            DecimalObject n = op.nans(a, b);
            if (n != null) {
                return n;
            }
            if (a.kind == INF && b.kind == INF) {
                return a;
            }
            return op.invalid(Op.INVALID_OPERATION);
        }
        long e = b.exp;
        if (e < op.etiny() || e > op.emax) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        if (a.isZero()) {
            return op.fix(a.sign, BigInteger.ZERO, e);
        }
        long adj = a.adjusted();
        if (adj > op.emax || adj - e + 1 > op.prec) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        DecimalObject r = rescale(a, e, rounding, op);
        boolean lost = a.exp < e && op.lost;
        if (!r.isZero() && (r.adjusted() > op.emax || Op.digits(r.coef) > op.prec)) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        if (!r.isZero() && r.adjusted() < op.emin) {
            op.status |= Op.SUBNORMAL;
        }
        if (r.exp > a.exp) {
            if (lost) {
                op.status |= Op.INEXACT;
            }
            op.status |= Op.ROUNDED;
        }
        return op.fix(r);
    }

    /** to_integral_value / to_integral_exact. Compare libmpdec mpd_qround_to_int, mpd_qround_to_intx. */
    static DecimalObject toIntegral(DecimalObject a, int rounding, Op op, boolean exact) {
        if (a.kind != FINITE) {
            DecimalObject n = op.nans(a, null);
            return n != null ? n : a;
        }
        if (a.exp >= 0) {
            return a;
        }
        if (a.isZero()) {
            return DecimalObject.finite(a.sign, BigInteger.ZERO, 0);
        }
        DecimalObject r = rescale(a, 0, rounding, op);
        if (exact) {
            if (op.lost) {
                op.status |= Op.INEXACT;
            }
            op.status |= Op.ROUNDED;
        }
        return r;
    }

    // ---- square root ----

    /** sqrt, correctly rounded half-even. Compare libmpdec mpd_qsqrt / _pydecimal Decimal.sqrt. */
    static DecimalObject sqrt(DecimalObject a, Op op) {
        if (a.kind != FINITE) {
            DecimalObject n = op.nans(a, null);
            if (n != null) {
                return n;
            }
            return a.sign == 0 ? a : op.invalid(Op.INVALID_OPERATION);
        }
        if (a.isZero()) {
            return op.fix(a.sign, BigInteger.ZERO, Math.floorDiv(a.exp, 2));
        }
        if (a.sign == 1) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        if (op.prec > EXACT_FIRST) {
            BigInteger c0 = (a.exp & 1) != 0 ? a.coef.multiply(BigInteger.TEN) : a.coef;
            BigInteger r0 = c0.sqrt();
            if (r0.multiply(r0).equals(c0)) {
                return op.fix(0, r0, Math.floorDiv(a.exp, 2));
            }
        }
        long prec = op.prec + 1;
        long e = a.exp >> 1;
        BigInteger c;
        long l;
        long nd = Op.digits(a.coef);
        if ((a.exp & 1) != 0) {
            c = a.coef.multiply(BigInteger.TEN);
            l = (nd >> 1) + 1;
        } else {
            c = a.coef;
            l = (nd + 1) >> 1;
        }
        long shift = prec - l;
        boolean exact;
        if (shift >= 0) {
            c = c.multiply(Op.pow10(2 * shift));
            exact = true;
        } else {
            BigInteger[] qr = c.divideAndRemainder(Op.pow10(-2 * shift));
            c = qr[0];
            exact = qr[1].signum() == 0;
        }
        e -= shift;
        BigInteger n = c.sqrt();
        if (exact) {
            exact = n.multiply(n).equals(c);
        }
        if (exact) {
            if (shift >= 0) {
                n = n.divide(Op.pow10(shift));
            } else {
                n = n.multiply(Op.pow10(-shift));
            }
            e += shift;
        } else if (n.mod(BigInteger.valueOf(5)).signum() == 0) {
            n = n.add(BigInteger.ONE);
        }
        int saved = op.round;
        op.round = Op.ROUND_HALF_EVEN;
        DecimalObject r = op.fix(0, n, e);
        op.round = saved;
        return r;
    }

    // ---- neighbours ----

    /** next_minus / next_plus: flags of the work are not reported. Compare libmpdec mpd_qnext_minus, mpd_qnext_plus. */
    static DecimalObject nextAway(DecimalObject a, Op op, boolean plus) {
        if (a.kind != FINITE) {
            DecimalObject n = op.nans(a, null);
            if (n != null) {
                return n;
            }
            if ((a.sign == 1) == plus) {
                // -Inf next_plus / +Inf next_minus: the largest finite of that sign.
                return DecimalObject.finite(a.sign, Op.pow10(op.prec).subtract(BigInteger.ONE), op.etop());
            }
            return a;
        }
        Op w = op.copy();
        w.round = plus ? Op.ROUND_CEILING : Op.ROUND_FLOOR;
        DecimalObject r = w.fix(a);
        if (r.kind != FINITE || cmp(r, a) != 0) {
            return r;
        }
        return add(a, DecimalObject.finite(plus ? 0 : 1, BigInteger.ONE, op.etiny() - 1), w, false);
    }

    /** next_toward. Compare libmpdec mpd_qnext_toward / _pydecimal Decimal.next_toward. */
    static DecimalObject nextToward(DecimalObject a, DecimalObject b, Op op) {
        DecimalObject n = op.nans(a, b);
        if (n != null) {
            return n;
        }
        int c = cmp(a, b);
        if (c == 0) {
            return a.withSign(b.sign);
        }
        DecimalObject r = nextAway(a, op, c < 0);
        if (r.kind == INF) {
            op.status |= Op.OVERFLOW | Op.INEXACT | Op.ROUNDED;
        } else if (r.kind == FINITE && r.adjusted() < op.emin) {
            op.status |= Op.UNDERFLOW | Op.SUBNORMAL | Op.INEXACT | Op.ROUNDED;
            if (r.isZero()) {
                op.status |= Op.CLAMPED;
            }
        }
        return r;
    }
}
