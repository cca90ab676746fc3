package org.pyvm.modules.random;

import java.math.BigInteger;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _random.Random: the Mersenne Twister behind random.Random (which subclasses it).
 * Compare CPython Modules/_randommodule.c: random_init, random_seed, random_random,
 * _random_Random_getrandbits_impl, getstate/setstate.
 */
public final class RandomObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_random", "Random", RandomObject.class, RandomObject.class));

    private final PyType type;
    private final MersenneTwister mt = new MersenneTwister();
    private PyDict dict;

    private RandomObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        RandomObject r = new RandomObject(cls);
        // Seeded here as well as in __init__, so that a subclass whose __init__ does not seed still works.
        r.seed(null);
        return r;
    }

    @ExposedMethod
    static void __init__(RandomObject self, PyObject[] args, String[] kw) {
        if (self.type == TYPE) {
            Args.noKeywords("Random", kw);
        }
        int npos = args.length - Args.nkw(kw);
        if (npos > 1) {
            throw PyErr.typeError("Random() requires 0 or 1 argument");
        }
        self.seed(npos == 1 ? args[0] : null);
    }

    /** seed(n): None from the OS's randomness, an int by its absolute value, anything else by its hash. */
    private void seed(PyObject arg) {
        BigInteger n;
        if (arg == null || arg == PyNone.NONE) {
            // As random_seed_urandom: the whole state's worth of the OS's random bytes.
            byte[] b = new byte[4 * MersenneTwister.N];
            org.pyvm.runtime.OsRandom.fill(b);
            java.nio.IntBuffer ib = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer();
            int[] key = new int[MersenneTwister.N];
            ib.get(key);
            mt.initByArray(key);
            return;
        }
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            long h = Abstract.hash(arg);
            n = new BigInteger(Long.toUnsignedString(h));
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int k = 0; k < words; k++) {
            key[k] = n.shiftRight(32 * k).intValue();
        }
        mt.initByArray(key);
    }

    @ExposedMethod
    static PyObject seed(RandomObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("seed", kw);
        Args.positional("seed", args.length, 0, 1);
        self.seed(args.length == 1 ? args[0] : null);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject random(RandomObject self, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            throw PyErr.typeError("Random.random() takes no arguments (" + args.length + " given)");
        }
        return PyFloat.of(self.mt.random());
    }

    @ExposedMethod
    static PyObject getrandbits(RandomObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("getrandbits", args, kw, 1);
        long k = Abstract.index(a[0]).longValue();
        if (k < 0) {
            throw PyErr.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return PyInt.ZERO;
        }
        if (k <= 32) {
            return PyInt.of(Integer.toUnsignedLong(self.mt.next() >>> (32 - k)));
        }
        int words = (int) ((k - 1) / 32 + 1);
        byte[] big = new byte[words * 4 + 1];
        long left = k;
        for (int i = 0; i < words; i++, left -= 32) {
            int r = self.mt.next();
            if (left < 32) {
                r >>>= (32 - left);
            }
            int at = big.length - 4 * (i + 1);
            big[at] = (byte) (r >>> 24);
            big[at + 1] = (byte) (r >>> 16);
            big[at + 2] = (byte) (r >>> 8);
            big[at + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(big));
    }

    @ExposedMethod
    static PyObject getstate(RandomObject self) {
        PyObject[] s = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) {
            s[i] = PyInt.of(Integer.toUnsignedLong(self.mt.mt[i]));
        }
        s[MersenneTwister.N] = PyInt.of(self.mt.index);
        return PyTuple.of(s);
    }

    private static long unsignedLong(PyObject o) {
        if (!(o instanceof PyInt i)) {
            if (Abstract.hasIndex(o)) {
                return unsignedLong(Abstract.index(o));
            }
            throw PyErr.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyErr.overflowError("can't convert negative value to unsigned int");
        }
        if (i.bigValue().bitLength() > 64) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned long");
        }
        return i.bigValue().longValue();
    }

    @ExposedMethod
    static PyObject setstate(RandomObject self, PyObject state) {
        if (!(state instanceof PyTuple t) || t.type() != PyTuple.TYPE) {
            throw PyErr.typeError("state vector must be a tuple");
        }
        if (t.size() != MersenneTwister.N + 1) {
            throw PyErr.valueError("state vector is the wrong size");
        }
        int[] fresh = new int[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            fresh[i] = (int) unsignedLong(t.get(i));
        }
        PyObject ix = t.get(MersenneTwister.N);
        long index = Abstract.index(ix).longValue();
        if (index < 0 || index > MersenneTwister.N) {
            throw PyErr.valueError("invalid state");
        }
        System.arraycopy(fresh, 0, self.mt.mt, 0, fresh.length);
        self.mt.index = (int) index;
        return PyNone.NONE;
    }

}
