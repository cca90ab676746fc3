package org.pyvm.modules.decimal;

import java.math.BigInteger;

/**
 * The working state of one decimal operation: a snapshot of the context's precision,
 * exponent limits, rounding and clamp, and the status bits the operation raises. An
 * operation runs on an Op and the Context then adds the status (setting flags, raising
 * trapped signals), as libmpdec's mpd_q* functions do with their uint32_t *status.
 * The status bits are libmpdec's (mpdecimal.h: MPD_Clamped ... MPD_Underflow).
 */
final class Op {

    static final int CLAMPED = 1;
    static final int CONVERSION_SYNTAX = 2;
    static final int DIVISION_BY_ZERO = 4;
    static final int DIVISION_IMPOSSIBLE = 8;
    static final int DIVISION_UNDEFINED = 16;
    static final int FPU_ERROR = 32;
    static final int INEXACT = 64;
    static final int INVALID_CONTEXT = 128;
    static final int INVALID_OPERATION = 256;
    static final int MALLOC_ERROR = 512;
    /** _decimal's MPD_Float_operation reuses libmpdec's MPD_Not_implemented bit. */
    static final int FLOAT_OPERATION = 1024;
    static final int OVERFLOW = 2048;
    static final int ROUNDED = 4096;
    static final int SUBNORMAL = 8192;
    static final int UNDERFLOW = 16384;
    /** Every condition that the InvalidOperation signal stands for (MPD_IEEE_Invalid_operation). */
    static final int IEEE_INVALID = CONVERSION_SYNTAX | DIVISION_IMPOSSIBLE | DIVISION_UNDEFINED | FPU_ERROR
        | INVALID_CONTEXT | INVALID_OPERATION | MALLOC_ERROR;

    /** Rounding modes in libmpdec's order (enum mpd_round). */
    static final int ROUND_UP = 0;
    static final int ROUND_DOWN = 1;
    static final int ROUND_CEILING = 2;
    static final int ROUND_FLOOR = 3;
    static final int ROUND_HALF_UP = 4;
    static final int ROUND_HALF_DOWN = 5;
    static final int ROUND_HALF_EVEN = 6;
    static final int ROUND_05UP = 7;
    static final String[] ROUND_NAMES = {"ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR",
        "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"};
    /** The same names as interned strs: _decimal's constants are the very objects _pydecimal's are. */
    static final org.pyvm.runtime.PyStr[] ROUND_STRS = new org.pyvm.runtime.PyStr[ROUND_NAMES.length];

    static {
        for (int i = 0; i < ROUND_NAMES.length; i++) {
            ROUND_STRS[i] = org.pyvm.runtime.PyStr.intern(ROUND_NAMES[i]);
        }
    }

    static final long MAX_PREC = 999999999999999999L;
    static final long MAX_EMAX = 999999999999999999L;
    static final long MIN_EMIN = -999999999999999999L;
    static final long MIN_ETINY = MIN_EMIN - (MAX_PREC - 1);

    long prec;
    long emax;
    long emin;
    int round;
    int clamp;
    int status;
    /** Set by {@link #drop}: whether the digits it removed were not all zero. */
    boolean lost;

    Op(long prec, long emax, long emin, int round, int clamp) {
        this.prec = prec;
        this.emax = emax;
        this.emin = emin;
        this.round = round;
        this.clamp = clamp;
    }

    /** libmpdec's mpd_maxcontext: the context exact conversions run in. */
    static Op max() {
        return new Op(MAX_PREC, MAX_EMAX, MIN_EMIN, ROUND_HALF_EVEN, 0);
    }

    Op copy() {
        return new Op(prec, emax, emin, round, clamp);
    }

    long etiny() {
        return emin - prec + 1;
    }

    long etop() {
        return emax - prec + 1;
    }

    // ---- digits and powers of ten ----

    /** 10**n for n < 1024, made on first use beyond the first 64 (start-up: a full table costs milliseconds). */
    private static final BigInteger[] POW10 = new BigInteger[1024];
    /** HALF[d] = 5 * 10**(d-1): half a unit of the last kept digit when d digits are dropped (made on first use). */
    private static final BigInteger[] HALF = new BigInteger[1024];
    /** 10**n as a long, n <= 18. */
    static final long[] LPOW10 = new long[19];

    static {
        BigInteger p = BigInteger.ONE;
        for (int i = 0; i < 64; i++) {
            POW10[i] = p;
            p = p.multiply(BigInteger.TEN);
        }
        long q = 1;
        for (int i = 0; i < LPOW10.length; i++) {
            LPOW10[i] = q;
            q *= 10;
        }
    }

    /** 10**N; N that cannot be allocated raises MemoryError as CPython does. */
    static BigInteger pow10(long n) {
        if (n < POW10.length) {
            BigInteger p = POW10[(int) n];
            if (p == null) {
                // Racy but benign: BigIntegers are immutable and any thread computes the same value.
                p = BigInteger.TEN.pow((int) n);
                POW10[(int) n] = p;
            }
            return p;
        }
        if (n > 400_000_000L) {
            throw org.pyvm.runtime.PyErr.memoryError();
        }
        return BigInteger.TEN.pow((int) n);
    }

    private static BigInteger half(long d) {
        if (d < HALF.length) {
            BigInteger h = HALF[(int) d];
            if (h == null) {
                h = pow10(d - 1).multiply(BigInteger.valueOf(5));
                HALF[(int) d] = h;
            }
            return h;
        }
        return pow10(d - 1).multiply(BigInteger.valueOf(5));
    }

    /** The number of decimal digits of V >= 0 (1 for zero). */
    static int digits(long v) {
        if (v < 10) {
            return 1;
        }
        // floor(bits * log10(2)) is the digit count or one less (1233 / 4096 ~ log10(2), exact for bits <= 64).
        int d = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12;
        return v >= LPOW10[d] ? d + 1 : d;
    }

    /** The number of decimal digits of a coefficient (1 for zero). */
    static long digits(BigInteger c) {
        int b = c.bitLength();
        if (b < 63) {
            return digits(c.longValue());
        }
        // 2**(b-1) <= c < 2**b: c has the digits of 2**(b-1) (est) or one more. Below 2**26
        // bits the double product is far enough from an integer for est to be exact.
        long est = (long) Math.floor((b - 1) * 0.30102999566398114) + 1;
        if (b > 1 << 26 && c.compareTo(pow10(est - 1)) < 0) {
            est--;
        }
        return c.compareTo(pow10(est)) >= 0 ? est + 1 : est;
    }

    private static final BigInteger TEN_9 = BigInteger.valueOf(1_000_000_000L);

    /**
     * The number of trailing decimal zeros of Q > 0, at most MAX (callers then divide them
     * off at once, instead of one BigInteger division per zero).
     */
    static long trailingZeros(BigInteger q, long max) {
        max = Math.min(max, q.getLowestSetBit()); // 10**k divides q only if 2**k does
        if (max <= 0) {
            return 0;
        }
        long k = 0;
        if (q.bitLength() < 63) {
            long v = q.longValue();
            while (k < max && v % 10 == 0) {
                v /= 10;
                k++;
            }
            return k;
        }
        while (k + 9 <= max) {
            BigInteger[] qr = q.divideAndRemainder(TEN_9);
            if (qr[1].signum() != 0) {
                break;
            }
            q = qr[0];
            k += 9;
        }
        while (k < max) {
            BigInteger[] qr = q.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            q = qr[0];
            k++;
        }
        return k;
    }

    /** Q without its last K decimal digits (known to be zeros). */
    static BigInteger dropZeros(BigInteger q, long k) {
        if (k == 0) {
            return q;
        }
        if (q.bitLength() < 63) {
            return BigInteger.valueOf(q.longValue() / LPOW10[(int) k]);
        }
        return q.divide(pow10(k));
    }

    /**
     * COEF with its last D (> 0) digits removed and rounded by mode ROUNDING for sign SIGN;
     * sets {@link #lost}. Compare _pydecimal's _round_* helpers and libmpdec's _mpd_apply_round.
     */
    BigInteger drop(int sign, BigInteger coef, long d, int rounding) {
        if (d <= 0) {
            lost = false;
            return d == 0 ? coef : coef.multiply(pow10(-d));
        }
        if (d <= 18 && coef.bitLength() < 63) {
            // The coefficient fits in a long: no BigInteger division.
            long c = coef.longValue();
            long p = LPOW10[(int) d];
            long q = c / p;
            long r = c - q * p;
            lost = r != 0;
            if (r == 0) {
                return BigInteger.valueOf(q);
            }
            return BigInteger.valueOf(roundUp(rounding, sign, Long.compare(r, p >>> 1), q) ? q + 1 : q);
        }
        BigInteger q;
        int cmpHalf; // remainder against half a unit: -1, 0, 1
        boolean nonzero;
        if (d > digits(coef) + 1) {
            q = BigInteger.ZERO;
            nonzero = coef.signum() != 0;
            cmpHalf = -1;
        } else {
            BigInteger[] qr = coef.divideAndRemainder(pow10(d));
            q = qr[0];
            nonzero = qr[1].signum() != 0;
            cmpHalf = nonzero ? qr[1].compareTo(half(d)) : -1;
        }
        lost = nonzero;
        if (!nonzero) {
            return q;
        }
        boolean up = rounding == ROUND_05UP ? roundUp05(q.mod(BigInteger.TEN).intValue())
            : roundUp(rounding, sign, cmpHalf, q.testBit(0) ? 1 : 0);
        return up ? q.add(BigInteger.ONE) : q;
    }

    /**
     * Whether a truncated quotient Q (only its last digit matters) moves up one unit when the
     * dropped digits, not all zero, compare CMPHALF (-1, 0, 1) with half a unit.
     */
    private static boolean roundUp(int rounding, int sign, int cmpHalf, long q) {
        return switch (rounding) {
            case ROUND_DOWN -> false;
            case ROUND_UP -> true;
            case ROUND_CEILING -> sign == 0;
            case ROUND_FLOOR -> sign == 1;
            case ROUND_HALF_UP -> cmpHalf >= 0;
            case ROUND_HALF_DOWN -> cmpHalf > 0;
            case ROUND_HALF_EVEN -> cmpHalf > 0 || (cmpHalf == 0 && (q & 1) != 0);
            default -> roundUp05((int) (q % 10));
        };
    }

    /** ROUND_05UP: away from zero when the last kept digit is 0 or 5. */
    private static boolean roundUp05(int last) {
        return last == 0 || last == 5;
    }

    // ---- finalization ----

    /**
     * Rounds and range-checks a finite result to this context, raising Rounded, Inexact,
     * Subnormal, Underflow, Overflow and Clamped as the spec says. Compare libmpdec
     * mpd_qfinalize / _pydecimal Decimal._fix.
     */
    DecimalObject fix(int sign, BigInteger coef, long exp) {
        long etiny = etiny();
        long etop = etop();
        if (coef.signum() == 0) {
            long expMax = clamp != 0 ? etop : emax;
            long ne = Math.min(Math.max(exp, etiny), expMax);
            if (ne != exp) {
                status |= CLAMPED;
            }
            return DecimalObject.finite(sign, coef, ne);
        }
        long nd = digits(coef);
        long expMin = nd + exp - prec;
        if (expMin > etop) {
            return overflow(sign);
        }
        boolean subnormal = expMin < etiny;
        if (subnormal) {
            expMin = etiny;
        }
        if (exp < expMin) {
            BigInteger q = drop(sign, coef, expMin - exp, round);
            boolean changed = lost;
            if (digits(q) > prec) {
                q = q.divide(BigInteger.TEN);
                expMin++;
            }
            if (expMin > etop) {
                return overflow(sign);
            }
            if (changed && subnormal) {
                status |= UNDERFLOW;
            }
            if (subnormal) {
                status |= SUBNORMAL;
            }
            if (changed) {
                status |= INEXACT;
            }
            status |= ROUNDED;
            if (q.signum() == 0) {
                status |= CLAMPED;
            }
            return DecimalObject.finite(sign, q, expMin);
        }
        if (subnormal) {
            status |= SUBNORMAL;
        }
        if (clamp != 0 && exp > etop) {
            status |= CLAMPED;
            return DecimalObject.finite(sign, coef.multiply(pow10(exp - etop)), etop);
        }
        return DecimalObject.finite(sign, coef, exp);
    }

    DecimalObject fix(DecimalObject x) {
        if (x.kind != DecimalObject.FINITE) {
            return x.kind == DecimalObject.INF ? x : fixNan(x);
        }
        return fix(x.sign, x.coef, x.exp);
    }

    /** Overflow: infinity or the largest finite number, by rounding mode. Compare _pydecimal Overflow.handle. */
    DecimalObject overflow(int sign) {
        status |= OVERFLOW | INEXACT | ROUNDED;
        boolean inf = switch (round) {
            case ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP -> true;
            case ROUND_CEILING -> sign == 0;
            case ROUND_FLOOR -> sign == 1;
            default -> false;
        };
        if (inf) {
            return DecimalObject.infinity(sign);
        }
        return DecimalObject.finite(sign, pow10(prec).subtract(BigInteger.ONE), emax - prec + 1);
    }

    /** A NaN whose payload is cut to its last prec - clamp digits. Compare libmpdec _mpd_fix_nan. */
    DecimalObject fixNan(DecimalObject x) {
        long max = prec - clamp;
        if (x.coef.signum() != 0 && digits(x.coef) > max) {
            BigInteger p = max <= 0 ? BigInteger.ZERO : x.coef.mod(pow10(max));
            return DecimalObject.nan(x.kind, x.sign, p);
        }
        return x;
    }

    /** An InvalidOperation (or finer) condition: sets COND and gives the quiet NaN. */
    DecimalObject invalid(int cond) {
        status |= cond;
        return DecimalObject.NAN;
    }

    /**
     * The NaN result of an operation with a NaN operand, or null. Signalling NaNs win over
     * quiet ones and raise InvalidOperation. Compare libmpdec mpd_qcheck_nans.
     */
    DecimalObject nans(DecimalObject a, DecimalObject b) {
        if (a.kind < DecimalObject.QNAN && (b == null || b.kind < DecimalObject.QNAN)) {
            return null;
        }
        DecimalObject choice;
        if (a.kind == DecimalObject.SNAN) {
            choice = a;
        } else if (b != null && b.kind == DecimalObject.SNAN) {
            choice = b;
        } else if (a.kind == DecimalObject.QNAN) {
            choice = a;
        } else {
            choice = b;
        }
        if (choice.kind == DecimalObject.SNAN) {
            status |= INVALID_OPERATION;
            choice = DecimalObject.nan(DecimalObject.QNAN, choice.sign, choice.coef);
        }
        return fixNan(choice);
    }
}
