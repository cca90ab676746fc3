package org.pyvm.modules.testcapi;

import java.math.BigInteger;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.Unraisable;

/**
 * A _testcapi holding only facts that have a meaning without a C API, so that test modules
 * which read them (test_bytes asks for the module in a class body, test_os, test_ucn,
 * test_exceptions import INT_MAX) run: the C limits of the LP64 platform CPython is built
 * for here (INT_MAX, PY_SSIZE_T_MAX, DBL_MAX, ...), and the two build flags that are false
 * for pyvm (no limited C API, no pymalloc; test.support reads them); and the functions
 * reporting how a builtin was called, for test_call ({@link CallingConventions}); a callback
 * run on a thread the threading module did not start ({@link TemporaryThread}); the frame
 * functions test_frame calls ({@link FrameFunctions}); bad_get ({@link Descriptors}); the
 * sequence protocol's item functions ({@link SequenceFunctions}); testBuf, an exporter
 * counting its exports ({@link TestBufObject}); the argument parser's getargs_* functions
 * ({@link GetArgsFunctions}); the structmember types ({@link StructMembers}); instancemethod
 * ({@link InstanceMethod}); the set functions ({@link SetFunctions}); the object protocol's
 * str/repr/ascii/bytes, item, mapping and attribute functions ({@link AbstractFunctions}); the
 * dict, list, float and complex functions ({@link DictFunctions}, {@link ListFunctions},
 * {@link FloatFunctions}, {@link ComplexFunctions}); the int, bytes/bytearray, codec and
 * error functions ({@link LongFunctions}, {@link BytesFunctions}, {@link CodecFunctions},
 * {@link ExceptionFunctions}); _pending_threadfunc
 * (Py_AddPendingCall, {@link org.pyvm.runtime.PendingCalls});
 * dict_get_version (PEP 509's dict versions, test_dict_version); hamt (the immutable
 * mapping test_context tests); and
 * write_unraisable_exc, which hands an exception to the unraisable-exception machinery
 * (sys.unraisablehook) as C code does (test_sys, test_audit, test_exceptions). CPython's
 * module also offers hundreds of functions that drive the C API; the others are not
 * offered here, so a test that needs one fails with AttributeError or ImportError instead
 * of running something that only looks like it. Compare CPython Modules/_testcapimodule.c: PyInit__testcapi
 * (the PyModule_AddObject calls for the limits).
 */
public final class TestCapiModule {

    private TestCapiModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_testcapi");
        PyDict d = m.getDict();
        // char is signed on x86-64 and aarch64 Linux, long is 64 bits (LP64).
        set(d, "CHAR_MAX", Byte.MAX_VALUE);
        set(d, "CHAR_MIN", Byte.MIN_VALUE);
        set(d, "UCHAR_MAX", 0xff);
        set(d, "SHRT_MAX", Short.MAX_VALUE);
        set(d, "SHRT_MIN", Short.MIN_VALUE);
        set(d, "USHRT_MAX", 0xffff);
        set(d, "INT_MAX", Integer.MAX_VALUE);
        set(d, "INT_MIN", Integer.MIN_VALUE);
        set(d, "UINT_MAX", 0xffffffffL);
        set(d, "LONG_MAX", Long.MAX_VALUE);
        set(d, "LONG_MIN", Long.MIN_VALUE);
        d.setStr("ULONG_MAX", PyInt.of(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
        set(d, "LLONG_MAX", Long.MAX_VALUE);
        set(d, "LLONG_MIN", Long.MIN_VALUE);
        d.setStr("ULLONG_MAX", PyInt.of(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
        set(d, "PY_SSIZE_T_MAX", Long.MAX_VALUE);
        set(d, "PY_SSIZE_T_MIN", Long.MIN_VALUE);
        d.setStr("SIZE_MAX", PyInt.of(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
        set(d, "SIZEOF_TIME_T", 8);
        set(d, "SIZEOF_WCHAR_T", 4);
        set(d, "SIZEOF_VOID_P", 8);
        d.setStr("FLT_MAX", PyFloat.of(Float.MAX_VALUE));
        d.setStr("FLT_MIN", PyFloat.of(Float.MIN_NORMAL));
        d.setStr("DBL_MAX", PyFloat.of(Double.MAX_VALUE));
        d.setStr("DBL_MIN", PyFloat.of(Double.MIN_NORMAL));
        d.setStr("LIMITED_API_AVAILABLE", PyBool.FALSE);
        d.setStr("WITH_PYMALLOC", PyBool.FALSE);
        CallingConventions.addTo(m);
        TemporaryThread.addTo(m);
        FrameFunctions.addTo(m);
        Descriptors.addTo(m);
        SequenceFunctions.addTo(m);
        PyTimeFunctions.addTo(m);
        TestBufObject.addTo(m);
        GetArgsFunctions.addTo(m);
        InstanceMethod.addTo(m);
        StructMembers.addTo(m);
        SetFunctions.addTo(m);
        AbstractFunctions.addTo(m);
        DictFunctions.addTo(m);
        ListFunctions.addTo(m);
        FloatFunctions.addTo(m);
        ComplexFunctions.addTo(m);
        LongFunctions.addTo(m);
        BytesFunctions.addTo(m);
        CodecFunctions.addTo(m);
        ExceptionFunctions.addTo(m);
        MiscFunctions.addTo(m);
        NumberSlotTypes.addTo(m);
        WatcherFunctions.addTo(m);
        DatetimeFunctions.addTo(m);
        CrossInterpFunctions.addTo(m);
        SubinterpFunctions.addTo(m);
        TracemallocFunctions.addTo(m);
        VectorcallTypes.addTo(m);
        SelfTests.addTo(m);
        HeapTypes.addTo(m);
        DocstringFunctions.addTo(m);
        m.addFunctions(TestCapiModule.class);
        return m;
    }

    /**
     * write_unraisable_exc(exc, err_msg, obj): EXC reported as unraisable, with "Exception
     * ignored " + ERR_MSG (or the default message when it is None) and OBJ. Compare
     * _testcapimodule.c: test_write_unraisable_exc.
     */
    @ExposedMethod
    static void write_unraisable_exc(PyObject exc, PyObject errMsg, PyObject obj) {
        if (!(exc instanceof PyBaseException e)) {
            throw PyErr.typeError("exceptions must derive from BaseException");
        }
        String msg = errMsg == PyNone.NONE ? null : "Exception ignored " + Abstract.str(errMsg);
        Unraisable.report(e, msg, obj == PyNone.NONE ? null : obj);
    }

    /**
     * _pending_threadfunc(callback): Py_AddPendingCall of a call of CALLBACK, run by the
     * main thread at its next eval breaker check; True. Compare _testcapimodule.c:
     * pending_threadfunc.
     */
    @ExposedMethod
    static PyObject _pending_threadfunc(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("_pending_threadfunc() takes no keyword arguments");
        }
        PyObject callable = GetArgs.parseTuple(args, "O").get(0);
        org.pyvm.runtime.PendingCalls.add(callable, true);
        return PyBool.TRUE;
    }

    /** A number per dict asked about, given on first request (see {@link #dict_get_version}). */
    private static final java.util.Map<PyDict, Long> DICT_SERIALS =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static long nextDictSerial = 1;

    /**
     * dict_get_version(dict): PEP 509's version of DICT, a number no other dict had and that
     * changes on every change of DICT. CPython keeps one counter for all dicts; here a dict
     * gets a serial number when first asked about, and the version is that serial in the
     * high 32 bits and the dict's own count of changes ({@link PyDict#mutations()}) in the
     * low ones. Compare _testcapi/dict.c: dict_get_version.
     */
    @ExposedMethod
    static PyObject dict_get_version(PyObject dict) {
        if (!(dict instanceof PyDict d)) {
            throw PyErr.typeError("argument 1 must be dict, not " + dict.type().getName());
        }
        long serial;
        synchronized (DICT_SERIALS) {
            serial = DICT_SERIALS.computeIfAbsent(d, k -> nextDictSerial++);
        }
        return PyInt.of(BigInteger.valueOf(serial).shiftLeft(32).or(BigInteger.valueOf(d.mutations() & 0xffffffffL)));
    }

    /** hamt(): a new empty immutable mapping of the kind contexts use. Compare _testcapimodule.c: new_hamt. */
    @ExposedMethod
    static PyObject hamt() {
        return org.pyvm.modules.contextvars.Hamt.empty();
    }

    private static void set(PyDict d, String name, long v) {
        d.setStr(name, PyInt.of(v));
    }
}
