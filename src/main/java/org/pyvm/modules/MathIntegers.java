package org.pyvm.modules;

import java.math.BigInteger;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;

/**
 * The exact integer functions of math: factorial, isqrt, gcd, lcm, comb, perm, on
 * {@link BigInteger} with a long fast path. Compare CPython Modules/mathmodule.c:
 * math_factorial, math_isqrt, math_gcd, math_lcm, math_comb_impl, math_perm_impl.
 */
final class MathIntegers {

    private MathIntegers() {}

    private static final String LLONG_MAX = Long.toString(Long.MAX_VALUE);

    private static void noKeywords(String fn, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("math." + fn + "() takes no keyword arguments");
        }
    }

    /** factorial(n): n is an int (via __index__), 0 <= n <= LONG_MAX. */
    @ExposedMethod
    static PyObject factorial(PyObject arg) {
        PyInt n = Abstract.index(arg);
        if (n.signum() < 0) {
            throw PyErr.valueError("factorial() not defined for negative values");
        }
        if (n.isBig()) {
            throw PyErr.overflowError("factorial() argument should not exceed " + LLONG_MAX);
        }
        return PyInt.of(factorialBig(n.value));
    }

    static BigInteger factorialBig(long n) {
        if (n < 21) {
            long r = 1;
            for (long i = 2; i <= n; i++) {
                r *= i;
            }
            return BigInteger.valueOf(r);
        }
        return rangeProduct(2, n);
    }

    /** lo * (lo+1) * ... * hi by binary splitting (balanced multiplications, fast for big n). */
    static BigInteger rangeProduct(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long i = lo; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / i) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = lo + (hi - lo) / 2;
        return rangeProduct(lo, mid).multiply(rangeProduct(mid + 1, hi));
    }

    /** isqrt(n): the floor of the exact square root. */
    @ExposedMethod
    static PyObject isqrt(PyObject arg) {
        PyInt n = Abstract.index(arg);
        if (n.signum() < 0) {
            throw PyErr.valueError("isqrt() argument must be nonnegative");
        }
        if (!n.isBig()) {
            long v = n.value;
            long r = (long) Math.sqrt((double) v);
            while (r * r > v || r > 3037000499L) {
                r--;
            }
            while ((r + 1) <= 3037000499L && (r + 1) * (r + 1) <= v) {
                r++;
            }
            return PyInt.of(r);
        }
        return PyInt.of(n.big.sqrt());
    }

    /** gcd(*integers): 0 for none; always non-negative. */
    @ExposedMethod
    static PyObject gcd(PyObject[] args, String[] kw) {
        noKeywords("gcd", kw);
        if (args.length == 0) {
            return PyInt.ZERO;
        }
        PyInt first = Abstract.index(args[0]);
        if (args.length == 1) {
            return abs(first);
        }
        BigInteger g = first.bigValue().abs();
        for (int i = 1; i < args.length; i++) {
            PyInt x = Abstract.index(args[i]);
            if (g.equals(BigInteger.ONE)) {
                continue; // CPython still converts every argument
            }
            g = g.gcd(x.bigValue());
        }
        return PyInt.of(g);
    }

    /** lcm(*integers): 1 for none; 0 when any is 0; non-negative. */
    @ExposedMethod
    static PyObject lcm(PyObject[] args, String[] kw) {
        noKeywords("lcm", kw);
        if (args.length == 0) {
            return PyInt.ONE;
        }
        PyInt first = Abstract.index(args[0]);
        if (args.length == 1) {
            return abs(first);
        }
        BigInteger r = first.bigValue().abs();
        for (int i = 1; i < args.length; i++) {
            BigInteger x = Abstract.index(args[i]).bigValue().abs();
            if (r.signum() == 0 || x.signum() == 0) {
                r = BigInteger.ZERO;
                continue;
            }
            r = r.divide(r.gcd(x)).multiply(x);
        }
        return PyInt.of(r);
    }

    private static PyInt abs(PyInt i) {
        BigInteger b = i.bigValue().abs();
        return PyInt.of(b);
    }

    /** perm(n, k=None): n! / (n-k)!, or n! without k. */
    @ExposedMethod(min = 1)
    static PyObject perm(PyObject nArg, PyObject kArg) {
        if (kArg == null || kArg == PyNone.NONE) {
            return factorial(nArg);
        }
        PyInt n = Abstract.index(nArg);
        PyInt k = Abstract.index(kArg);
        if (n.signum() < 0) {
            throw PyErr.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyErr.valueError("k must be a non-negative integer");
        }
        BigInteger nb = n.bigValue();
        BigInteger kb = k.bigValue();
        if (kb.compareTo(nb) > 0) {
            return PyInt.ZERO;
        }
        if (k.isBig()) {
            throw PyErr.overflowError("k must not exceed " + LLONG_MAX);
        }
        long kk = k.value;
        if (kk == 0) {
            return PyInt.ONE;
        }
        if (!n.isBig()) {
            return PyInt.of(rangeProduct(n.value - kk + 1, n.value));
        }
        return PyInt.of(bigRangeProduct(nb.subtract(BigInteger.valueOf(kk - 1)), kk));
    }

    /** comb(n, k): n! / (k! (n-k)!). */
    @ExposedMethod
    static PyObject comb(PyObject nArg, PyObject kArg) {
        PyInt n = Abstract.index(nArg);
        PyInt k = Abstract.index(kArg);
        if (n.signum() < 0) {
            throw PyErr.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyErr.valueError("k must be a non-negative integer");
        }
        BigInteger nb = n.bigValue();
        BigInteger kb = k.bigValue();
        if (kb.compareTo(nb) > 0) {
            return PyInt.ZERO;
        }
        BigInteger other = nb.subtract(kb);
        if (other.compareTo(kb) < 0) {
            kb = other;
        }
        if (kb.bitLength() > 63) {
            throw PyErr.overflowError("min(n - k, k) must not exceed " + LLONG_MAX);
        }
        long kk = kb.longValue();
        if (kk == 0) {
            return PyInt.ONE;
        }
        BigInteger num = n.isBig()
            ? bigRangeProduct(nb.subtract(BigInteger.valueOf(kk - 1)), kk)
            : rangeProduct(n.value - kk + 1, n.value);
        return PyInt.of(num.divide(factorialBig(kk)));
    }

    /** start * (start+1) * ... (COUNT factors) for a big start. */
    private static BigInteger bigRangeProduct(BigInteger start, long count) {
        if (count == 1) {
            return start;
        }
        long half = count / 2;
        return bigRangeProduct(start, half).multiply(bigRangeProduct(start.add(BigInteger.valueOf(half)), count - half));
    }
}
