package org.pyvm.modules.testcapi;

import java.math.BigInteger;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The {@code _testcapi.test_*} self-tests whose subject exists in pyvm: each makes the
 * objects CPython's makes, through the runtime (int(), +, list.reverse, dict assignment),
 * hands them to the same conversion or protocol (the int conversions of
 * {@link LongFunctions}, which model PyLong_As*), and raises {@code _testcapi.error}
 * ("NAME: what went wrong") where CPython's check would. test_misc's Test_testcapi runs
 * every {@code test_*} attribute of the module as a test, so only those whose check can
 * fail here are offered; the ones about reference counts, allocators, C structs and the
 * like are not. Compare Modules/_testcapimodule.c and Modules/_testcapi/long.c (3.12).
 */
final class SelfTests {

    private SelfTests() {}

    /** _testcapi.error: PyErr_NewException("_testcapi.error", NULL, NULL). */
    private static PyType error;

    static void addTo(PyModule m) {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("_testcapi"));
        error = (PyType) Abstract.call(PyRuntime.builtins.getStr("type"), PyStr.of("error"),
            PyTuple.of(PyExc.Exception), ns);
        m.getDict().setStr("error", error);
        m.addFunctions(SelfTests.class);
    }

    /** raiseTestError: _testcapi.error("TEST: MSG"). */
    private static PyBaseException fail(String test, String msg) {
        return (PyBaseException) Abstract.call(error, PyStr.of(test + ": " + msg));
    }

    private static PyObject hex(String digits) {
        return Abstract.call(PyInt.TYPE, PyStr.of(digits), PyInt.of(16));
    }

    /**
     * PyLong_AsLongAndOverflow (and, long long being long here, the long long one) on values
     * beyond C long either side, one past its limits, and values inside. Compare long.c:
     * test_long_and_overflow, test_long_long_and_overflow.
     */
    private static void andOverflow(String test, String max, String min) {
        PyObject one = PyInt.of(1);
        Object[][] cases = {
            {hex("FFFFFFFFFFFFFFFFFFFFFFFF"), -1L, 1L, 1234},
            {Ops.binaryOp(PyInt.of(Long.MAX_VALUE), one, Ops.NB_ADD), -1L, 1L, 0},
            {hex("-FFFFFFFFFFFFFFFFFFFFFFFF"), -1L, -1L, 1234},
            {Ops.binaryOp(PyInt.of(Long.MIN_VALUE), one, Ops.NB_SUBTRACT), -1L, -1L, 0},
            {hex("FF"), 0xFFL, 0L, 1234},
            {hex("-FF"), -0xFFL, 0L, 0},
            {PyInt.of(Long.MAX_VALUE), Long.MAX_VALUE, 0L, 1234},
            {PyInt.of(Long.MIN_VALUE), Long.MIN_VALUE, 0L, 0},
        };
        for (Object[] c : cases) {
            long[] r = LongFunctions.asLongAndOverflow((PyObject) c[0]);
            long want = (Long) c[1];
            long overflow = (Long) c[2];
            if (r[0] != want) {
                throw fail(test, want == -1 ? "return value was not set to -1"
                    : want == Long.MAX_VALUE ? "expected return value " + max
                    : want == Long.MIN_VALUE ? "expected return value " + min : "expected return value 0xFF");
            }
            if (r[1] != overflow) {
                throw fail(test, overflow != 0 ? "overflow was not set to " + overflow
                    : (Integer) c[3] == 1234 ? "overflow was not cleared" : "overflow was set incorrectly");
            }
        }
    }

    @ExposedMethod
    static PyObject test_long_and_overflow() {
        andOverflow("test_long_and_overflow", "LONG_MAX", "LONG_MIN");
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject test_long_long_and_overflow() {
        andOverflow("test_long_long_and_overflow", "LLONG_MAX", "LLONG_MIN");
        return PyNone.NONE;
    }

    /**
     * Modules/testcapi_long.h's template for long (test_long_api) and long long
     * (test_longlong_api), both 64 bits here: every power of two up to 2**64 (which wraps to
     * 0), its negation and the values one either side, round-tripped through
     * PyLong_FromUnsignedLong(Long)/PyLong_AsUnsignedLong(Long) and the signed pair; then
     * the unsigned conversion of -1 and 2**64 and the signed one of 2**63 and -2**63-1 must
     * complain (made with PyNumber_Negative, _Lshift, _Rshift, _Subtract).
     */
    private static void longApi(String test, boolean longlong) {
        final int nbits = 64;
        final BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        long base = 1;
        for (int i = 0; i < nbits + 1; ++i, base <<= 1) {
            for (int j = 0; j < 6; ++j) {
                long uin = j < 3 ? base : -base;
                uin += j % 3 - 1;
                BigInteger u = BigInteger.valueOf(uin);
                PyObject pyresult = PyInt.of(u.signum() < 0 ? u.add(two64) : u);   // PyLong_FromUnsigned*
                PyObject uoutObj = longlong ? LongFunctions.pylong_asunsignedlonglong(pyresult)
                    : LongFunctions.pylong_asunsignedlong(pyresult);
                if (Abstract.index(uoutObj).bigValue().longValue() != uin) {
                    throw fail(test, "unsigned output != input");
                }
                pyresult = PyInt.of(uin);   // PyLong_From(Long)Long of the signed value
                PyObject out = longlong ? LongFunctions.pylong_aslonglong(pyresult)
                    : LongFunctions.pylong_aslong(pyresult);
                if (Abstract.index(out).longValue() != uin) {
                    throw fail(test, "signed output != input");
                }
            }
        }
        String suffix = longlong ? "LongLong" : "Long";
        PyObject one = PyInt.of(1);
        PyObject x = Ops.unary(one, org.pyvm.runtime.Slot.NEG, "-");
        PyObject minus1 = x;
        raises(() -> asUnsigned(minus1, longlong), PyExc.OverflowError, test,
            "PyLong_AsUnsigned" + suffix + "(-1)", "OverflowError");
        x = Ops.binaryOp(one, PyInt.of(nbits), NB_LSHIFT);
        PyObject pow64 = x;
        raises(() -> asUnsigned(pow64, longlong), PyExc.OverflowError, test,
            "PyLong_AsUnsigned" + suffix + "(2**NBITS)", "OverflowError");
        PyObject y = Ops.binaryOp(x, one, NB_RSHIFT);
        PyObject pow63 = y;
        raises(() -> asSigned(pow63, longlong), PyExc.OverflowError, test,
            "PyLong_As" + suffix + "(2**(NBITS-1))", "OverflowError");
        x = Ops.unary(y, org.pyvm.runtime.Slot.NEG, "-");
        y = Ops.binaryOp(x, one, Ops.NB_SUBTRACT);
        PyObject below = y;
        raises(() -> asSigned(below, longlong), PyExc.OverflowError, test,
            "PyLong_As" + suffix + "(-2**(NBITS-1)-1)", "OverflowError");
    }

    /** BINARY_OP's numbers for << and >> (CPython's NB_LSHIFT, NB_RSHIFT). */
    private static final int NB_LSHIFT = 3;
    private static final int NB_RSHIFT = 9;

    private static void asUnsigned(PyObject o, boolean longlong) {
        if (longlong) {
            LongFunctions.pylong_asunsignedlonglong(o);
        } else {
            LongFunctions.pylong_asunsignedlong(o);
        }
    }

    private static void asSigned(PyObject o, boolean longlong) {
        if (longlong) {
            LongFunctions.pylong_aslonglong(o);
        } else {
            LongFunctions.pylong_aslong(o);
        }
    }

    /** hashinheritancetester: a builtin type no code has used, its dict not built yet. */
    static final class HashTester implements PyObject {
        static final PyType TYPE = PyType.builtin("hashinheritancetester", HashTester.class, HashTester.class);

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /**
     * test_lazy_hash_inheritance (issue #4701): hashing an instance of a type not made ready
     * yet readies it (here: builds its dict) and finds the hash it inherits, type's (object's).
     * A type already ready (a second run) is left alone. Compare Modules/_testcapi/hash.c
     * (3.12: _testcapimodule.c).
     */
    @ExposedMethod
    static PyObject test_lazy_hash_inheritance() {
        String t = "test_lazy_hash_inheritance";
        if (HashTester.TYPE.dictBuilt()) {
            return PyNone.NONE;
        }
        PyObject obj = new HashTester();
        if (HashTester.TYPE.dictBuilt()) {
            throw fail(t, "type initialised too soon");
        }
        Abstract.hash(obj);
        if (!HashTester.TYPE.dictBuilt()) {
            throw fail(t, "type not initialised by hash()");
        }
        if (HashTester.TYPE.lookup("__hash__") != PyType.TYPE.lookup("__hash__")) {
            throw fail(t, "unexpected hash function");
        }
        return PyNone.NONE;
    }

    /**
     * test_gc_control: PyGC_Enable/PyGC_Disable return the previous state and
     * PyGC_IsEnabled follows them (gc.isenabled()); the state found at the start is restored
     * (ValueError "GC control failed in STEP" otherwise).
     * Compare Modules/_testcapimodule.c: test_gc_control.
     */
    @ExposedMethod
    static PyObject test_gc_control() {
        boolean orig = org.pyvm.modules.gc.GcModule.isEnabled();
        String msg;
        fail:
        {
            boolean old = org.pyvm.modules.gc.GcModule.setEnabled(true);
            msg = "Enable(1)";
            if (old != orig) {
                break fail;
            }
            msg = "IsEnabled(1)";
            if (!org.pyvm.modules.gc.GcModule.isEnabled()) {
                break fail;
            }
            old = org.pyvm.modules.gc.GcModule.setEnabled(false);
            msg = "disable(2)";
            if (!old) {
                break fail;
            }
            msg = "IsEnabled(2)";
            if (org.pyvm.modules.gc.GcModule.isEnabled()) {
                break fail;
            }
            old = org.pyvm.modules.gc.GcModule.setEnabled(true);
            msg = "enable(3)";
            if (old) {
                break fail;
            }
            msg = "IsEnabled(3)";
            if (!org.pyvm.modules.gc.GcModule.isEnabled()) {
                break fail;
            }
            if (!orig) {
                // As the C test has it: PyGC_Disable after an enable returns 1, which it counts
                // as a failure, so a run that starts with the collector disabled fails here.
                old = org.pyvm.modules.gc.GcModule.setEnabled(false);
                msg = "disable(4)";
                if (old) {
                    break fail;
                }
                msg = "IsEnabled(4)";
                if (org.pyvm.modules.gc.GcModule.isEnabled()) {
                    break fail;
                }
            }
            return PyNone.NONE;
        }
        org.pyvm.modules.gc.GcModule.setEnabled(orig);
        throw PyErr.valueError("GC control failed in " + msg);
    }

    @ExposedMethod
    static PyObject test_long_api() {
        longApi("test_long_api", false);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject test_longlong_api() {
        longApi("test_longlong_api", true);
        return PyNone.NONE;
    }

    /** Whether RUN raises an exception of type WANT (any other exception propagates as CPython's would not). */
    private static boolean raises(Runnable run, PyType want, String test, String what, String kind) {
        try {
            run.run();
        } catch (PyBaseException e) {
            if (!e.type().isSubtypeOf(want)) {
                throw fail(test, what + " raised something other than " + kind);
            }
            return true;
        }
        throw fail(test, what + " didn't complain");
    }

    /** PyLong_AsSize_t(None) and PyLong_AsSsize_t(None): TypeError. Compare long.c: test_long_as_size_t. */
    @ExposedMethod
    static PyObject test_long_as_size_t() {
        String t = "test_long_as_size_t";
        raises(() -> LongFunctions.asSizeT(PyNone.NONE), PyExc.TypeError, t, "PyLong_AsSize_t(None)", "TypeError");
        raises(() -> LongFunctions.asSsizeT(PyNone.NONE), PyExc.TypeError, t, "PyLong_AsSsize_t(None)", "TypeError");
        return PyNone.NONE;
    }

    /** PyLong_AsDouble(None): TypeError. Compare long.c: test_long_as_double. */
    @ExposedMethod
    static PyObject test_long_as_double() {
        raises(() -> LongFunctions.asDouble(PyNone.NONE), PyExc.TypeError, "test_long_as_double",
            "PyLong_AsDouble(None)", "TypeError");
        return PyNone.NONE;
    }

    /** PyLong_AsUnsignedLongLongMask(NULL): SystemError. Compare long.c: test_long_as_unsigned_long_long_mask. */
    @ExposedMethod
    static PyObject test_long_as_unsigned_long_long_mask() {
        raises(() -> LongFunctions.asUnsignedLongMask(null), PyExc.SystemError,
            "test_long_as_unsigned_long_long_mask", "PyLong_AsUnsignedLongLongMask(NULL)", "SystemError");
        return PyNone.NONE;
    }

    /**
     * _PyLong_NumBits (the int's bit_length()) and _PyLong_Sign of small ints either side of
     * zero. Compare long.c: test_long_numbits.
     */
    @ExposedMethod
    static PyObject test_long_numbits() {
        long[][] cases = {{0, 0, 0}, {1, 1, 1}, {-1, 1, -1}, {2, 2, 1}, {-2, 2, -1}, {3, 2, 1}, {-3, 2, -1},
            {4, 3, 1}, {-4, 3, -1}, {0x7fff, 15, 1}, {-0x7fff, 15, -1}, {0xffff, 16, 1}, {-0xffff, 16, -1},
            {0xfffffff, 28, 1}, {-0xfffffff, 28, -1}};
        PyObject bitLength = PyInt.TYPE.getDict().getStr("bit_length");
        for (long[] c : cases) {
            PyObject n = PyInt.of(c[0]);
            long nbits = Abstract.index(Abstract.call(bitLength, n)).longValue();
            int sign = Abstract.index(n).bigValue().signum();
            if (nbits != c[1]) {
                throw fail("test_long_numbits", "wrong result for _PyLong_NumBits");
            }
            if (sign != c[2]) {
                throw fail("test_long_numbits", "wrong result for _PyLong_Sign");
            }
        }
        return PyNone.NONE;
    }

    /**
     * A list of range(30), reversed by PyList_Reverse (list.reverse), must read 29..0 (SF bug
     * 132008). Compare _testcapimodule.c: test_list_api.
     */
    @ExposedMethod
    static PyObject test_list_api() {
        final int n = 30;
        PyList list = new PyList();
        for (int i = 0; i < n; i++) {
            list.append(PyInt.of(i));
        }
        ListFunctions.list_reverse(list);
        for (int i = 0; i < n; i++) {
            if (Abstract.index(list.get(i)).longValue() != n - 1 - i) {
                throw (PyBaseException) Abstract.call(error, PyStr.of("test_list_api: reverse screwed up"));
            }
        }
        return PyNone.NONE;
    }

    /**
     * For dicts of 0..199 int items: PyDict_Next visits every item once while each value is
     * replaced (PyDict_SetItem of an existing key) during the walk. Compare
     * _testcapimodule.c: test_dict_inner, test_dict_iteration.
     */
    @ExposedMethod
    static PyObject test_dict_iteration() {
        for (int count = 0; count < 200; count++) {
            PyDict d = new PyDict();
            for (int i = 0; i < count; i++) {
                DictFunctions.dict_setitem(d, PyInt.of(i), PyInt.of(i));
            }
            int iterations = 0;
            PyObject pos = PyInt.of(0);
            for (PyObject r = DictFunctions.dict_next(d, pos); r != PyNone.NONE; r = DictFunctions.dict_next(d, pos)) {
                PyTuple t = (PyTuple) r;
                iterations++;
                pos = t.get(1);
                PyObject k = t.get(2);
                BigInteger v = Abstract.index(t.get(3)).bigValue();
                DictFunctions.dict_setitem(d, k, PyInt.of(v.add(BigInteger.ONE)));
            }
            if (iterations != count) {
                throw (PyBaseException) Abstract.call(error, PyStr.of("test_dict_iteration: dict iteration went wrong "));
            }
        }
        return PyNone.NONE;
    }

    /**
     * A format may begin with '|': PyArg_ParseTuple and PyArg_ParseTupleAndKeywords (no
     * keywords) of "|:test_empty_argparse" on an empty tuple (issue #4720). Compare
     * _testcapimodule.c: test_empty_argparse.
     */
    @ExposedMethod
    static PyObject test_empty_argparse() {
        GetArgs.parseTuple(new PyObject[0], "|:test_empty_argparse");
        GetArgs.parseTupleAndKeywords(new PyObject[0], new String[0], "|:test_empty_argparse", new String[0]);
        return PyNone.NONE;
    }

    /** PyType_FromSpec of "_testcapi.HeapTypeNameType": a class made by type(). */
    private static PyType heapTypeNameType() {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("_testcapi"));
        return (PyType) Abstract.call(PyRuntime.builtins.getStr("type"), PyStr.of("HeapTypeNameType"),
            PyTuple.of(), ns);
    }

    private static void expect(String test, String got, String want, String what) {
        if (!want.equals(got)) {
            throw fail(test, what + " is '" + got + "', expected '" + want + "'");
        }
    }

    /**
     * PyType_GetName of builtin types and of a heap type, before and after its __name__ is
     * assigned. Compare _testcapimodule.c: test_get_type_name (whose checks are assert()s).
     */
    @ExposedMethod
    static PyObject test_get_type_name() {
        String t = "test_get_type_name";
        expect(t, PyInt.TYPE.getName(), "int", "PyType_GetName(int)");
        expect(t, PyModule.TYPE.getName(), "module", "PyType_GetName(module)");
        PyType heap = heapTypeNameType();
        expect(t, heap.getName(), "HeapTypeNameType", "PyType_GetName(HeapTypeNameType)");
        Abstract.setAttr(heap, "__name__", PyStr.of("test_name"));
        expect(t, heap.getName(), "test_name", "PyType_GetName after setting __name__");
        return PyNone.NONE;
    }

    /**
     * PyType_GetQualName of int, OrderedDict and a heap type, before and after its
     * __qualname__ is assigned. Compare _testcapimodule.c: test_get_type_qualname.
     */
    @ExposedMethod
    static PyObject test_get_type_qualname() {
        String t = "test_get_type_qualname";
        expect(t, PyInt.TYPE.getQualname(), "int", "PyType_GetQualName(int)");
        PyObject collections = Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("collections"));
        PyType odict = (PyType) Abstract.getAttr(collections, "OrderedDict");
        expect(t, odict.getQualname(), "OrderedDict", "PyType_GetQualName(OrderedDict)");
        PyType heap = heapTypeNameType();
        expect(t, heap.getQualname(), "HeapTypeNameType", "PyType_GetQualName(HeapTypeNameType)");
        Abstract.setAttr(heap, "__qualname__", PyStr.of("_testcapi.HeapTypeNameType"));
        expect(t, heap.getQualname(), "_testcapi.HeapTypeNameType", "PyType_GetQualName after setting __qualname__");
        return PyNone.NONE;
    }

    /**
     * PyOS_string_to_double on literals it must read and on ones with whitespace or junk it
     * must refuse with ValueError. Compare _testcapimodule.c: test_string_to_double.
     */
    @ExposedMethod
    static PyObject test_string_to_double() {
        String t = "test_string_to_double";
        Object[][] good = {{"0.1", 0.1}, {"1.234", 1.234}, {"-1.35", -1.35}, {".1e01", 1.0}, {"2.e-2", .02}};
        for (Object[] g : good) {
            if (org.pyvm.runtime.text.FloatParser.stringToDouble((String) g[0]) != (Double) g[1]) {
                throw fail(t, "conversion of " + g[0] + " to float failed");
            }
        }
        for (String bad : new String[] {" 0.1", "\t\n-3", ".123 ", "3\n", "123abc"}) {
            try {
                org.pyvm.runtime.text.FloatParser.stringToDouble(bad);
            } catch (org.pyvm.runtime.text.TextFormatException e) {
                if (!e.pythonType().equals("ValueError")) {
                    throw org.pyvm.runtime.PyErr.of(e);
                }
                continue;
            }
            throw fail(t, "conversion of " + bad + " didn't fail");
        }
        return PyNone.NONE;
    }

    /** The one value PyArg_ParseTuple gives for FORMAT from a 1-tuple of ARG. */
    private static PyObject parseOne(PyObject arg, String format) {
        return GetArgs.parseTuple(new PyObject[] {arg}, format).get(0);
    }

    /**
     * The "k" unit masks like PyLong_AsUnsignedLongMask: 0xFFF...FFF (beyond ULONG_MAX) gives
     * ULONG_MAX, -0xFFFFFFFF000000000000000042 gives (unsigned long)-0x42. test_getargs runs
     * the *_code functions. Compare _testcapimodule.c: test_k_code.
     */
    @ExposedMethod
    static PyObject test_k_code() {
        String t = "test_k_code";
        BigInteger ulongMax = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        BigInteger minus42 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.valueOf(0x42));
        PyObject num = hex("FFFFFFFFFFFFFFFFFFFFFFFF");
        if (!LongFunctions.asUnsignedLongMask(num).equals(ulongMax)) {
            throw fail(t, "PyLong_AsUnsignedLongMask() returned wrong value for long 0xFFF...FFF");
        }
        if (!Abstract.index(parseOne(num, "k:test_k_code")).bigValue().equals(ulongMax)) {
            throw fail(t, "k code returned wrong value for long 0xFFF...FFF");
        }
        num = hex("-FFFFFFFF000000000000000042");
        if (!LongFunctions.asUnsignedLongMask(num).equals(minus42)) {
            throw fail(t, "PyLong_AsUnsignedLongMask() returned wrong value for long -0xFFF..000042");
        }
        if (!Abstract.index(parseOne(num, "k:test_k_code")).bigValue().equals(minus42)) {
            throw fail(t, "k code returned wrong value for long -0xFFF..000042");
        }
        return PyNone.NONE;
    }

    /** The "L" unit reads 42 (twice, as the C function does). Compare _testcapimodule.c: test_L_code. */
    @ExposedMethod
    static PyObject test_L_code() {
        for (String what : new String[] {"long 42", "int 42"}) {
            if (Abstract.index(parseOne(PyInt.of(42), "L:test_L_code")).longValue() != 42) {
                throw fail("test_L_code", "L code returned wrong value for " + what);
            }
        }
        return PyNone.NONE;
    }

    /**
     * The "s" and "z" units accept a non-ASCII str (b"t\xeate" decoded from latin-1): these
     * once raised "argument must be string without null bytes". Compare _testcapimodule.c:
     * test_s_code.
     */
    @ExposedMethod
    static PyObject test_s_code() {
        PyObject obj = Abstract.call(Abstract.getAttr(new org.pyvm.runtime.PyBytes(new byte[] {'t', (byte) 0xea, 't', 'e'}),
            "decode"), PyStr.of("latin-1"));
        parseOne(obj, "s:test_s_code1");
        parseOne(obj, "z:test_s_code2");
        return PyNone.NONE;
    }
}
