package org.pyvm.modules.audioop;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The audioop module: arithmetic over fragments of signed linear samples of 1, 2, 3 or 4
 * bytes in native (little-endian) order, u-law/A-law and Intel/DVI ADPCM coding, rate
 * conversion. Importing it warns (DeprecationWarning), as CPython 3.12's module init does.
 * Compare CPython Modules/audioop.c (each function names the one it mirrors).
 */
public final class AudioopModule {

    private AudioopModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("audioop");
        m.addFunctions(AudioopModule.class);
        PyDict d = m.getDict();
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("audioop"));
        d.setStr("error", Abstract.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(PyExc.Exception), ns));
        // audioop.c: audioop_exec
        Abstract.warn(PyExc.DeprecationWarning, "'audioop' is deprecated and slated for removal in Python 3.13");
        return m;
    }

    private static PyBaseException error(String msg) {
        PyType t = (PyType) PyRuntime.builtinModule("audioop").getDict().getStr("error");
        return PyErr.of(t, msg);
    }

    private static final int[] MAXVALS = {0, 0x7F, 0x7FFF, 0x7FFFFF, 0x7FFFFFFF};
    private static final int[] MINVALS = {0, -0x80, -0x8000, -0x800000, Integer.MIN_VALUE};
    private static final long[] MASKS = {0, 0xFFL, 0xFFFFL, 0xFFFFFFL, 0xFFFFFFFFL};

    // ---- argument conversion (the Argument Clinic converters of audioop.c.h)

    private static PyObject[] args(String fn, PyObject[] args, String[] kw, int min, int max) {
        Args.noKeywords("audioop." + fn, kw);
        Args.positional(fn, args.length, min, max);
        return args;
    }

    /** A Py_buffer argument (PyBUF_SIMPLE). */
    private static byte[] buffer(PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    /** An int argument (_PyLong_AsInt). */
    private static int cint(PyObject o) {
        return Abstract.index(o).intValue();
    }

    /** An "i" unit of PyArg_ParseTuple (getargs.c: convertsimple). */
    private static int formatInt(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.bigValue().bitLength() > 63) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        long x = v.longValue();
        if (x > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (x < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) x;
    }

    /** A double argument (PyFloat_AsDouble). */
    private static double cdouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        return Abstract.toDouble(o);
    }

    /** audioop.c: audioop_check_size. */
    private static void checkSize(int width) {
        if (width < 1 || width > 4) {
            throw error("Size should be 1, 2, 3 or 4");
        }
    }

    /** audioop.c: audioop_check_parameters. */
    private static void checkParameters(int len, int width) {
        checkSize(width);
        if (len % width != 0) {
            throw error("not a whole number of frames");
        }
    }

    // ---- samples (GETRAWSAMPLE, SETRAWSAMPLE, GETSAMPLE32, SETSAMPLE32)

    static int raw(byte[] b, int width, int i) {
        switch (width) {
            case 1:
                return b[i];
            case 2:
                return (b[i] & 0xff) | b[i + 1] << 8;
            case 3:
                return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | b[i + 2] << 16;
            default:
                return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | b[i + 3] << 24;
        }
    }

    static void setRaw(byte[] b, int width, int i, int v) {
        b[i] = (byte) v;
        if (width > 1) {
            b[i + 1] = (byte) (v >> 8);
        }
        if (width > 2) {
            b[i + 2] = (byte) (v >> 16);
        }
        if (width > 3) {
            b[i + 3] = (byte) (v >> 24);
        }
    }

    static int sample32(byte[] b, int width, int i) {
        return raw(b, width, i) << (32 - 8 * width);
    }

    static void setSample32(byte[] b, int width, int i, int v) {
        setRaw(b, width, i, v >> (32 - 8 * width));
    }

    /** audioop.c: fbound (then the caller's floor). */
    private static int bound(double val, double minval, double maxval) {
        if (val > maxval) {
            val = maxval;
        } else if (val < minval + 1) {
            val = minval;
        }
        return (int) Math.floor(val);
    }

    // ---- functions

    /** audioop.c: audioop_getsample_impl. */
    @ExposedMethod
    static PyObject getsample(PyObject[] args, String[] kw) {
        args("getsample", args, kw, 3, 3);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        long index = Abstract.index(args[2]).longValue();
        checkParameters(b.length, width);
        if (index < 0 || index >= b.length / width) {
            throw error("Index out of range");
        }
        return PyInt.of(raw(b, width, (int) index * width));
    }

    /** audioop.c: audioop_max_impl. */
    @ExposedMethod
    static PyObject max(PyObject[] args, String[] kw) {
        args("max", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        long max = 0;
        for (int i = 0; i < b.length; i += width) {
            long v = Math.abs((long) raw(b, width, i));
            if (v > max) {
                max = v;
            }
        }
        return PyInt.of(max);
    }

    /** audioop.c: audioop_minmax_impl. */
    @ExposedMethod
    static PyObject minmax(PyObject[] args, String[] kw) {
        args("minmax", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < b.length; i += width) {
            int v = raw(b, width, i);
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return PyTuple.of(PyInt.of(min), PyInt.of(max));
    }

    /** audioop.c: audioop_avg_impl. */
    @ExposedMethod
    static PyObject avg(PyObject[] args, String[] kw) {
        args("avg", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        double sum = 0.0;
        for (int i = 0; i < b.length; i += width) {
            sum += raw(b, width, i);
        }
        return PyInt.of(b.length == 0 ? 0 : (int) Math.floor(sum / (b.length / width)));
    }

    /** audioop.c: audioop_rms_impl. */
    @ExposedMethod
    static PyObject rms(PyObject[] args, String[] kw) {
        args("rms", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        double sum = 0.0;
        for (int i = 0; i < b.length; i += width) {
            double v = raw(b, width, i);
            sum += v * v;
        }
        long res = b.length == 0 ? 0 : (long) Math.sqrt(sum / (b.length / width)) & 0xFFFFFFFFL;
        return PyInt.of(res);
    }

    /** Sum of a[ai+i]*b[bi+i] over 16-bit samples. audioop.c: _sum2. */
    private static double sum2(byte[] a, int ai, byte[] b, int bi, int len) {
        double sum = 0.0;
        for (int i = 0; i < len; i++) {
            sum += (double) raw(a, 2, 2 * (ai + i)) * (double) raw(b, 2, 2 * (bi + i));
        }
        return sum;
    }

    /** audioop.c: audioop_findfit_impl (16-bit samples only). */
    @ExposedMethod
    static PyObject findfit(PyObject[] args, String[] kw) {
        args("findfit", args, kw, 2, 2);
        byte[] a = buffer(args[0]);
        byte[] r = buffer(args[1]);
        if ((a.length & 1) != 0 || (r.length & 1) != 0) {
            throw error("Strings should be even-sized");
        }
        int len1 = a.length >> 1;
        int len2 = r.length >> 1;
        if (len1 < len2) {
            throw error("First sample should be longer");
        }
        double sumRi2 = sum2(r, 0, r, 0, len2);
        double sumAij2 = sum2(a, 0, a, 0, len2);
        double sumAijRi = sum2(a, 0, r, 0, len2);
        double best = (sumRi2 * sumAij2 - sumAijRi * sumAijRi) / sumAij2;
        int bestJ = 0;
        for (int j = 1; j <= len1 - len2; j++) {
            double ajM1 = raw(a, 2, 2 * (j - 1));
            double ajLm1 = raw(a, 2, 2 * (j + len2 - 1));
            sumAij2 = sumAij2 + ajLm1 * ajLm1 - ajM1 * ajM1;
            sumAijRi = sum2(a, j, r, 0, len2);
            double result = (sumRi2 * sumAij2 - sumAijRi * sumAijRi) / sumAij2;
            if (result < best) {
                best = result;
                bestJ = j;
            }
        }
        double factor = sum2(a, bestJ, r, 0, len2) / sumRi2;
        return PyTuple.of(PyInt.of(bestJ), PyFloat.of(factor));
    }

    /** audioop.c: audioop_findfactor_impl. */
    @ExposedMethod
    static PyObject findfactor(PyObject[] args, String[] kw) {
        args("findfactor", args, kw, 2, 2);
        byte[] a = buffer(args[0]);
        byte[] r = buffer(args[1]);
        if ((a.length & 1) != 0 || (r.length & 1) != 0) {
            throw error("Strings should be even-sized");
        }
        if (a.length != r.length) {
            throw error("Samples should be same size");
        }
        int len = a.length >> 1;
        return PyFloat.of(sum2(a, 0, r, 0, len) / sum2(r, 0, r, 0, len));
    }

    /** audioop.c: audioop_findmax_impl. */
    @ExposedMethod
    static PyObject findmax(PyObject[] args, String[] kw) {
        args("findmax", args, kw, 2, 2);
        byte[] a = buffer(args[0]);
        long length = Abstract.index(args[1]).longValue();
        if ((a.length & 1) != 0) {
            throw error("Strings should be even-sized");
        }
        int len1 = a.length >> 1;
        if (length < 0 || len1 < length) {
            throw error("Input sample should be longer");
        }
        int n = (int) length;
        double result = sum2(a, 0, a, 0, n);
        double best = result;
        int bestJ = 0;
        for (int j = 1; j <= len1 - n; j++) {
            double ajM1 = raw(a, 2, 2 * (j - 1));
            double ajLm1 = raw(a, 2, 2 * (j + n - 1));
            result = result + ajLm1 * ajLm1 - ajM1 * ajM1;
            if (result > best) {
                best = result;
                bestJ = j;
            }
        }
        return PyInt.of(bestJ);
    }

    /**
     * The peak-to-peak differences between successive extremes, for avgpp and maxpp: calls
     * EACH with every difference (as an unsigned 32-bit value). Compare audioop.c:
     * audioop_avgpp_impl / audioop_maxpp_impl.
     */
    private static void extremes(byte[] b, int width, java.util.function.LongConsumer each) {
        if (b.length <= width) {
            return;
        }
        int prevval = raw(b, width, 0);
        int prevdiff = 17; // anything but 0 and 1
        boolean prevextremevalid = false;
        int prevextreme = 0;
        for (int i = width; i < b.length; i += width) {
            int val = raw(b, width, i);
            if (val != prevval) {
                int diff = val < prevval ? 1 : 0;
                if (prevdiff == (diff == 0 ? 1 : 0)) {
                    if (prevextremevalid) {
                        each.accept(Math.abs((long) prevval - (long) prevextreme));
                    }
                    prevextremevalid = true;
                    prevextreme = prevval;
                }
                prevval = val;
                prevdiff = diff;
            }
        }
    }

    /** audioop.c: audioop_avgpp_impl. */
    @ExposedMethod
    static PyObject avgpp(PyObject[] args, String[] kw) {
        args("avgpp", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        double[] sum = {0.0};
        int[] n = {0};
        extremes(b, width, d -> {
            sum[0] += d;
            n[0]++;
        });
        return PyInt.of(n[0] == 0 ? 0 : (long) (sum[0] / n[0]) & 0xFFFFFFFFL);
    }

    /** audioop.c: audioop_maxpp_impl. */
    @ExposedMethod
    static PyObject maxpp(PyObject[] args, String[] kw) {
        args("maxpp", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        long[] max = {0};
        extremes(b, width, d -> max[0] = Math.max(max[0], d));
        return PyInt.of(max[0]);
    }

    /** audioop.c: audioop_cross_impl. */
    @ExposedMethod
    static PyObject cross(PyObject[] args, String[] kw) {
        args("cross", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        long ncross = -1;
        int prevval = 17;
        for (int i = 0; i < b.length; i += width) {
            int val = raw(b, width, i) < 0 ? 1 : 0;
            if (val != prevval) {
                ncross++;
            }
            prevval = val;
        }
        return PyInt.of(ncross);
    }

    /** audioop.c: audioop_mul_impl. */
    @ExposedMethod
    static PyObject mul(PyObject[] args, String[] kw) {
        args("mul", args, kw, 3, 3);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        double factor = cdouble(args[2]);
        checkParameters(b.length, width);
        double maxval = MAXVALS[width];
        double minval = MINVALS[width];
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i += width) {
            setRaw(out, width, i, bound(raw(b, width, i) * factor, minval, maxval));
        }
        return new PyBytes(out);
    }

    /** audioop.c: audioop_tomono_impl. */
    @ExposedMethod
    static PyObject tomono(PyObject[] args, String[] kw) {
        args("tomono", args, kw, 4, 4);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        double lfactor = cdouble(args[2]);
        double rfactor = cdouble(args[3]);
        checkParameters(b.length, width);
        if (((b.length / width) & 1) != 0) {
            throw error("not a whole number of frames");
        }
        double maxval = MAXVALS[width];
        double minval = MINVALS[width];
        byte[] out = new byte[b.length / 2];
        for (int i = 0; i < b.length; i += width * 2) {
            double v1 = raw(b, width, i);
            double v2 = raw(b, width, i + width);
            setRaw(out, width, i / 2, bound(v1 * lfactor + v2 * rfactor, minval, maxval));
        }
        return new PyBytes(out);
    }

    /** audioop.c: audioop_tostereo_impl. */
    @ExposedMethod
    static PyObject tostereo(PyObject[] args, String[] kw) {
        args("tostereo", args, kw, 4, 4);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        double lfactor = cdouble(args[2]);
        double rfactor = cdouble(args[3]);
        checkParameters(b.length, width);
        double maxval = MAXVALS[width];
        double minval = MINVALS[width];
        byte[] out = newBuffer((long) b.length * 2);
        for (int i = 0; i < b.length; i += width) {
            double v = raw(b, width, i);
            setRaw(out, width, i * 2, bound(v * lfactor, minval, maxval));
            setRaw(out, width, i * 2 + width, bound(v * rfactor, minval, maxval));
        }
        return new PyBytes(out);
    }

    private static byte[] newBuffer(long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw PyErr.of(PyExc.MemoryError, "not enough memory for output buffer");
        }
        return new byte[(int) n];
    }

    /** audioop.c: audioop_add_impl. */
    @ExposedMethod
    static PyObject add(PyObject[] args, String[] kw) {
        args("add", args, kw, 3, 3);
        byte[] a = buffer(args[0]);
        byte[] b = buffer(args[1]);
        int width = cint(args[2]);
        checkParameters(a.length, width);
        if (a.length != b.length) {
            throw error("Lengths should be the same");
        }
        int maxval = MAXVALS[width];
        int minval = MINVALS[width];
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i += width) {
            long v = (long) raw(a, width, i) + raw(b, width, i);
            setRaw(out, width, i, (int) Math.max(minval, Math.min(maxval, v)));
        }
        return new PyBytes(out);
    }

    /** audioop.c: audioop_bias_impl (the sum wraps around). */
    @ExposedMethod
    static PyObject bias(PyObject[] args, String[] kw) {
        args("bias", args, kw, 3, 3);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        int bias = cint(args[2]);
        checkParameters(b.length, width);
        long mask = MASKS[width];
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i += width) {
            long v = ((long) raw(b, width, i) & mask) + (bias & 0xFFFFFFFFL);
            setRaw(out, width, i, (int) (v & mask));
        }
        return new PyBytes(out);
    }

    /** audioop.c: audioop_reverse_impl. */
    @ExposedMethod
    static PyObject reverse(PyObject[] args, String[] kw) {
        args("reverse", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i += width) {
            System.arraycopy(b, i, out, b.length - i - width, width);
        }
        return new PyBytes(out);
    }

    /** audioop.c: audioop_byteswap_impl. */
    @ExposedMethod
    static PyObject byteswap(PyObject[] args, String[] kw) {
        args("byteswap", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i += width) {
            for (int j = 0; j < width; j++) {
                out[i + width - 1 - j] = b[i + j];
            }
        }
        return new PyBytes(out);
    }

    /** audioop.c: audioop_lin2lin_impl. */
    @ExposedMethod
    static PyObject lin2lin(PyObject[] args, String[] kw) {
        args("lin2lin", args, kw, 3, 3);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        int newwidth = cint(args[2]);
        checkParameters(b.length, width);
        checkSize(newwidth);
        byte[] out = newBuffer((long) (b.length / width) * newwidth);
        for (int i = 0, j = 0; i < b.length; i += width, j += newwidth) {
            setSample32(out, newwidth, j, sample32(b, width, i));
        }
        return new PyBytes(out);
    }

    private static int gcd(int a, int b) {
        while (b > 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** audioop.c: audioop_ratecv_impl. */
    @ExposedMethod
    static PyObject ratecv(PyObject[] args, String[] kw) {
        args("ratecv", args, kw, 6, 8);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        int nchannels = cint(args[2]);
        int inrate = cint(args[3]);
        int outrate = cint(args[4]);
        PyObject state = args[5];
        int weightA = args.length > 6 ? cint(args[6]) : 1;
        int weightB = args.length > 7 ? cint(args[7]) : 0;
        checkSize(width);
        if (nchannels < 1) {
            throw error("# of channels should be >= 1");
        }
        if (width > Integer.MAX_VALUE / nchannels) {
            throw PyErr.overflowError("width * nchannels too big for a C int");
        }
        int bytesPerFrame = width * nchannels;
        if (weightA < 1 || weightB < 0) {
            throw error("weightA should be >= 1, weightB should be >= 0");
        }
        if (b.length % bytesPerFrame != 0) {
            throw error("not a whole number of frames");
        }
        if (inrate <= 0 || outrate <= 0) {
            throw error("sampling rate not > 0");
        }
        int g = gcd(inrate, outrate);
        inrate /= g;
        outrate /= g;
        g = gcd(weightA, weightB);
        weightA /= g;
        weightB /= g;

        int[] prev = new int[nchannels];
        int[] cur = new int[nchannels];
        long d;
        if (state == PyNone.NONE) {
            d = -outrate;
        } else {
            if (!(state instanceof PyTuple st)) {
                throw PyErr.typeError("state must be a tuple or None");
            }
            if (st.size() != 2) {
                throw PyErr.typeError("ratecv(): illegal state argument");
            }
            d = formatInt(st.get(0));
            if (!(st.get(1) instanceof PyTuple samps)) {
                throw PyErr.typeError("ratecv(): illegal state argument");
            }
            if (samps.size() != nchannels) {
                throw error("illegal state argument");
            }
            for (int c = 0; c < nchannels; c++) {
                if (!(samps.get(c) instanceof PyTuple pair) || pair.size() != 2) {
                    throw PyErr.typeError("ratecv(): illegal state argument");
                }
                prev[c] = formatInt(pair.get(0));
                cur[c] = formatInt(pair.get(1));
            }
        }

        int len = b.length / bytesPerFrame; // frames
        long q = len == 0 ? 0 : 1 + (len - 1) / inrate;
        if (len != 0 && outrate > Long.MAX_VALUE / q / bytesPerFrame) {
            throw PyErr.of(PyExc.MemoryError, "not enough memory for output buffer");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) Math.min(q * outrate * bytesPerFrame,
            1 << 20));
        byte[] one = new byte[width];
        int cp = 0;
        for (;;) {
            while (d < 0) {
                if (len == 0) {
                    PyObject[] items = new PyObject[nchannels];
                    for (int c = 0; c < nchannels; c++) {
                        items[c] = PyTuple.of(PyInt.of(prev[c]), PyInt.of(cur[c]));
                    }
                    return PyTuple.of(new PyBytes(out.toByteArray()),
                        PyTuple.of(PyInt.of((int) d), PyTuple.of(items)));
                }
                for (int c = 0; c < nchannels; c++) {
                    prev[c] = cur[c];
                    cur[c] = sample32(b, width, cp);
                    cp += width;
                    // a simple digital filter
                    cur[c] = (int) (((double) weightA * cur[c] + (double) weightB * prev[c])
                        / ((double) weightA + (double) weightB));
                }
                len--;
                d += outrate;
            }
            while (d >= 0) {
                for (int c = 0; c < nchannels; c++) {
                    int curO = (int) (((double) prev[c] * d + (double) cur[c] * (outrate - d)) / outrate);
                    setSample32(one, width, 0, curO);
                    out.write(one, 0, width);
                }
                d -= inrate;
            }
        }
    }

    // ---- u-law and A-law (G.711)

    private static final short[] SEG_AEND = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};
    private static final short[] SEG_UEND = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};

    private static int segment(int val, short[] table) {
        for (int i = 0; i < table.length; i++) {
            if (val <= table[i]) {
                return i;
            }
        }
        return table.length;
    }

    /** The 16-bit linear value of a u-law byte (the G.711 decoding, computed). */
    static int ulawToLinear(int u) {
        u = ~u & 0xff;
        int t = ((u & 0x0f) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (u & 0x80) != 0 ? 0x84 - t : t - 0x84;
    }

    /** The 16-bit linear value of an A-law byte. */
    static int alawToLinear(int a) {
        a ^= 0x55;
        int t = (a & 0x0f) << 4;
        int seg = (a & 0x70) >> 4;
        if (seg == 0) {
            t += 8;
        } else if (seg == 1) {
            t += 0x108;
        } else {
            t = (t + 0x108) << (seg - 1);
        }
        return (a & 0x80) != 0 ? t : -t;
    }

    /** A 14-bit value to u-law. audioop.c: st_14linear2ulaw. */
    static int linearToUlaw(int pcm) {
        pcm = (short) pcm;
        int mask;
        if (pcm < 0) {
            pcm = -pcm;
            mask = 0x7F;
        } else {
            mask = 0xFF;
        }
        if (pcm > 32635) {
            pcm = 32635;
        }
        pcm += 0x84 >> 2;
        pcm = (short) pcm;
        int seg = segment(pcm, SEG_UEND);
        if (seg >= 8) {
            return (0x7F ^ mask) & 0xff;
        }
        return ((seg << 4) | ((pcm >> (seg + 1)) & 0xF)) ^ mask;
    }

    /** A 13-bit value to A-law. audioop.c: st_linear2alaw. */
    static int linearToAlaw(int pcm) {
        pcm = (short) pcm;
        int mask;
        if (pcm >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        int seg = segment(pcm, SEG_AEND);
        if (seg >= 8) {
            return (0x7F ^ mask) & 0xff;
        }
        int aval = seg << 4;
        aval |= (seg < 2 ? pcm >> 1 : pcm >> seg) & 0xF;
        return (aval ^ mask) & 0xff;
    }

    /** audioop.c: audioop_lin2ulaw_impl. */
    @ExposedMethod
    static PyObject lin2ulaw(PyObject[] args, String[] kw) {
        args("lin2ulaw", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        byte[] out = new byte[b.length / width];
        for (int i = 0, j = 0; i < b.length; i += width, j++) {
            out[j] = (byte) linearToUlaw(sample32(b, width, i) >> 18);
        }
        return new PyBytes(out);
    }

    /** audioop.c: audioop_ulaw2lin_impl. */
    @ExposedMethod
    static PyObject ulaw2lin(PyObject[] args, String[] kw) {
        args("ulaw2lin", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkSize(width);
        byte[] out = newBuffer((long) b.length * width);
        for (int i = 0; i < b.length; i++) {
            setSample32(out, width, i * width, ulawToLinear(b[i] & 0xff) << 16);
        }
        return new PyBytes(out);
    }

    /** audioop.c: audioop_lin2alaw_impl. */
    @ExposedMethod
    static PyObject lin2alaw(PyObject[] args, String[] kw) {
        args("lin2alaw", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        byte[] out = new byte[b.length / width];
        for (int i = 0, j = 0; i < b.length; i += width, j++) {
            out[j] = (byte) linearToAlaw(sample32(b, width, i) >> 19);
        }
        return new PyBytes(out);
    }

    /** audioop.c: audioop_alaw2lin_impl. */
    @ExposedMethod
    static PyObject alaw2lin(PyObject[] args, String[] kw) {
        args("alaw2lin", args, kw, 2, 2);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkSize(width);
        byte[] out = newBuffer((long) b.length * width);
        for (int i = 0; i < b.length; i++) {
            setSample32(out, width, i * width, alawToLinear(b[i] & 0xff) << 16);
        }
        return new PyBytes(out);
    }

    // ---- Intel/DVI ADPCM

    private static final int[] INDEX_TABLE = {-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8};

    /** The 89 step sizes of IMA ADPCM: 7, then each about 1.1 times the last, ending at 32767. */
    private static final int[] STEPSIZE = {
        7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88,
        97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658,
        724, 796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660,
        4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818,
        18500, 20350, 22385, 24623, 27086, 29794, 32767};

    /** The (valpred, index) state of lin2adpcm/adpcm2lin: None or a valid 2-tuple. */
    private static int[] adpcmState(String fn, PyObject state) {
        if (state == PyNone.NONE) {
            return new int[] {0, 0};
        }
        if (!(state instanceof PyTuple t)) {
            throw PyErr.typeError("state must be a tuple or None");
        }
        if (t.size() != 2) {
            throw PyErr.typeError(fn + "(): illegal state argument");
        }
        int valpred = formatInt(t.get(0));
        int index = formatInt(t.get(1));
        if (valpred >= 0x8000 || valpred < -0x8000 || index < 0 || index >= STEPSIZE.length) {
            throw PyErr.valueError("bad state");
        }
        return new int[] {valpred, index};
    }

    /** audioop.c: audioop_lin2adpcm_impl. */
    @ExposedMethod
    static PyObject lin2adpcm(PyObject[] args, String[] kw) {
        args("lin2adpcm", args, kw, 3, 3);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkParameters(b.length, width);
        int[] st = adpcmState("lin2adpcm", args[2]);
        int valpred = st[0];
        int index = st[1];
        byte[] out = new byte[b.length / (width * 2)];
        int o = 0;
        int step = STEPSIZE[index];
        boolean high = true;
        int outputbuffer = 0;
        for (int i = 0; i < b.length; i += width) {
            int val = sample32(b, width, i) >> 16;
            int diff;
            int sign;
            if (val < valpred) {
                diff = valpred - val;
                sign = 8;
            } else {
                diff = val - valpred;
                sign = 0;
            }
            // delta = diff*4/step and vpdiff = (delta+0.5)*step/4, by shifts
            int delta = 0;
            int vpdiff = step >> 3;
            if (diff >= step) {
                delta = 4;
                diff -= step;
                vpdiff += step;
            }
            step >>= 1;
            if (diff >= step) {
                delta |= 2;
                diff -= step;
                vpdiff += step;
            }
            step >>= 1;
            if (diff >= step) {
                delta |= 1;
                vpdiff += step;
            }
            valpred += sign != 0 ? -vpdiff : vpdiff;
            valpred = Math.max(-32768, Math.min(32767, valpred));
            delta |= sign;
            index = Math.max(0, Math.min(88, index + INDEX_TABLE[delta]));
            step = STEPSIZE[index];
            if (high) {
                outputbuffer = (delta << 4) & 0xf0;
            } else {
                out[o++] = (byte) ((delta & 0x0f) | outputbuffer);
            }
            high = !high;
        }
        return PyTuple.of(new PyBytes(out), PyTuple.of(PyInt.of(valpred), PyInt.of(index)));
    }

    /** audioop.c: audioop_adpcm2lin_impl. */
    @ExposedMethod
    static PyObject adpcm2lin(PyObject[] args, String[] kw) {
        args("adpcm2lin", args, kw, 3, 3);
        byte[] b = buffer(args[0]);
        int width = cint(args[1]);
        checkSize(width);
        int[] st = adpcmState("adpcm2lin", args[2]);
        int valpred = st[0];
        int index = st[1];
        byte[] out = newBuffer((long) b.length * width * 2);
        int step = STEPSIZE[index];
        boolean low = false;
        int inputbuffer = 0;
        int cp = 0;
        for (int i = 0; i < out.length; i += width) {
            int delta;
            if (low) {
                delta = inputbuffer & 0xf;
            } else {
                inputbuffer = b[cp++];
                delta = (inputbuffer >> 4) & 0xf;
            }
            low = !low;
            index = Math.max(0, Math.min(88, index + INDEX_TABLE[delta]));
            int sign = delta & 8;
            delta &= 7;
            int vpdiff = step >> 3;
            if ((delta & 4) != 0) {
                vpdiff += step;
            }
            if ((delta & 2) != 0) {
                vpdiff += step >> 1;
            }
            if ((delta & 1) != 0) {
                vpdiff += step >> 2;
            }
            valpred += sign != 0 ? -vpdiff : vpdiff;
            valpred = Math.max(-32768, Math.min(32767, valpred));
            step = STEPSIZE[index];
            setSample32(out, width, i, valpred << 16);
        }
        return PyTuple.of(new PyBytes(out), PyTuple.of(PyInt.of(valpred), PyInt.of(index)));
    }
}
