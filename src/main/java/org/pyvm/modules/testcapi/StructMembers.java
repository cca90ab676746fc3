package org.pyvm.modules.testcapi;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemberDescr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _testcapi._test_structmembersType_OldAPI and _NewAPI: a C struct with one member of each
 * PyMemberDef type (T_BOOL, T_BYTE ... T_ULONGLONG, T_STRING_INPLACE), read and written as
 * structmember.c does: the C conversions with their errors, the value truncated to the C
 * type's width with a RuntimeWarning ("Truncation of value to char", "Writing negative
 * value into unsigned field"), bool only for T_BOOL, the in-place string read-only.
 * test_capi.test_structmembers checks these through the two types (one declared with
 * structmember.h's names, one with Py_-prefixed ones: the same behaviour).
 * Compare CPython Python/structmember.c: PyMember_GetOne, PyMember_SetOne, and
 * Modules/_testcapi/structmember.c.
 */
final class StructMembers implements PyObject {

    static final PyType OLD = PyType.builtin("test_structmembersType_OldAPI", StructMembers.class, StructMembers.class)
        .notSubclassable();
    static final PyType NEW = org.pyvm.modules.corelib.Types.finish(org.pyvm.modules.corelib.Types.builtin(
        "_testcapi", "_test_structmembersType_NewAPI", StructMembers.class, StructMembers.class)).notSubclassable();

    /** The members in declaration order, which is also the constructor's keyword order. */
    private static final String[] NAMES = {"T_BOOL", "T_BYTE", "T_UBYTE", "T_SHORT", "T_USHORT", "T_INT", "T_UINT",
        "T_LONG", "T_ULONG", "T_PYSSIZET", "T_FLOAT", "T_DOUBLE", "T_STRING_INPLACE", "T_LONGLONG", "T_ULONGLONG"};
    private static final int BOOL = 0, BYTE = 1, UBYTE = 2, SHORT = 3, USHORT = 4, INT = 5, UINT = 6, LONG = 7,
        ULONG = 8, SSIZE = 9, FLOAT = 10, DOUBLE = 11, STRING = 12, LONGLONG = 13, ULONGLONG = 14;
    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    private final PyType type;
    /** The integer members as C stores them (already cut to their width), by index. */
    private final long[] ints = new long[NAMES.length];
    private float f;
    private double d;
    /** char inplace_member[6]. */
    private byte[] string = new byte[0];

    private StructMembers(PyType type) {
        this.type = type;
    }

    static void addTo(PyModule m) {
        for (PyType t : new PyType[] {OLD, NEW}) {
            for (int i = 0; i < NAMES.length; i++) {
                int k = i;
                t.getDict().setStr(NAMES[i], PyMemberDescr.of(NAMES[i], t, o -> ((StructMembers) o).get(k),
                    (o, v) -> ((StructMembers) o).set(k, v)));
            }
        }
        m.getDict().setStr("_test_structmembersType_OldAPI", OLD);
        m.getDict().setStr("_test_structmembersType_NewAPI", NEW);
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The constructor parses "|bbBhHiIlknfds#LK" with the member names as keywords. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        List<PyObject> v = GetArgs.parseTupleAndKeywords(args, kw, "|bbBhHiIlknfds#LK", NAMES);
        StructMembers s = new StructMembers(cls);
        for (int i = 0; i < NAMES.length; i++) {
            PyObject x = v.get(i);
            if (x == null) {
                continue;
            }
            if (i == FLOAT) {
                s.f = (float) ((PyFloat) x).value;
            } else if (i == DOUBLE) {
                s.d = ((PyFloat) x).value;
            } else if (i == STRING) {
                byte[] b = ((PyBytes) x).bytes();
                if (b.length > 5) {
                    throw PyErr.valueError("string too long");
                }
                s.string = b;
            } else {
                s.ints[i] = ((PyInt) x).bigValue().longValue();
            }
        }
        // The C fields of the converted widths (b stores a C char: 200 reads back as -56).
        s.ints[BOOL] = (byte) s.ints[BOOL];
        s.ints[BYTE] = (byte) s.ints[BYTE];
        return s;
    }

    private PyObject get(int k) {
        long v = ints[k];
        return switch (k) {
            case BOOL -> PyBool.of(v != 0);
            case UBYTE -> PyInt.of(v & 0xff);
            case USHORT -> PyInt.of(v & 0xffff);
            case UINT -> PyInt.of(v & 0xffffffffL);
            case ULONG, ULONGLONG -> v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(TWO64));
            case FLOAT -> PyFloat.of(f);
            case DOUBLE -> PyFloat.of(d);
            case STRING -> PyStr.of(new String(cString(), StandardCharsets.UTF_8));
            default -> PyInt.of(v);
        };
    }

    private byte[] cString() {
        int n = 0;
        while (n < string.length && string[n] != 0) {
            n++;
        }
        return java.util.Arrays.copyOf(string, n);
    }

    private static void warn(String msg) {
        Abstract.warn(PyExc.RuntimeWarning, msg);
    }

    /** PyLong_AsLong: __index__, OverflowError outside a C long. */
    private static long asLong(PyObject v) {
        if (v instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(v);
        if (i.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /** Compare structmember.c: PyMember_SetOne. */
    private void set(int k, PyObject v) {
        if (v == null) {
            throw PyErr.typeError("can't delete numeric/char attribute");
        }
        switch (k) {
            case BOOL -> {
                if (!(v instanceof PyBool)) {
                    throw PyErr.typeError("attribute value type must be bool");
                }
                ints[k] = v == PyBool.TRUE ? 1 : 0;
            }
            case BYTE, UBYTE, SHORT, USHORT, INT -> {
                long x = asLong(v);
                long lo = k == BYTE ? Byte.MIN_VALUE : k == SHORT ? Short.MIN_VALUE : k == INT ? Integer.MIN_VALUE : 0;
                long hi = k == BYTE ? Byte.MAX_VALUE : k == UBYTE ? 0xff : k == SHORT ? Short.MAX_VALUE
                    : k == USHORT ? 0xffff : Integer.MAX_VALUE;
                ints[k] = k == BYTE || k == UBYTE ? (byte) x : k == INT ? (int) x : (short) x;
                if (x < lo || x > hi) {
                    warn("Truncation of value to " + (k == BYTE ? "char" : k == UBYTE ? "unsigned char"
                        : k == SHORT ? "short" : k == USHORT ? "unsigned short" : "int"));
                }
            }
            case UINT, ULONG -> {
                // PyLong_AsUnsignedLong, and for compatibility a negative C long too.
                PyInt i = v instanceof PyInt pi ? pi : null;
                long u;
                if (i != null && i.signum() >= 0 && i.bigValue().bitLength() <= 64) {
                    u = i.bigValue().longValue();
                } else {
                    u = asLong(v);
                    warn("Writing negative value into unsigned field");
                }
                ints[k] = k == UINT ? (int) u : u;
                if (k == UINT && Long.compareUnsigned(u, 0xffffffffL) > 0) {
                    warn("Truncation of value to unsigned int");
                }
            }
            case LONG -> ints[k] = asLong(v);
            case SSIZE -> {
                if (!(v instanceof PyInt i)) {
                    throw PyErr.typeError("an integer is required");
                }
                if (i.isBig()) {
                    throw PyErr.overflowError("Python int too large to convert to C ssize_t");
                }
                ints[k] = i.longValue();
            }
            case FLOAT -> f = (float) Abstract.toDouble(v);
            case DOUBLE -> d = Abstract.toDouble(v);
            case STRING -> throw PyErr.typeError("readonly attribute");
            case LONGLONG -> {
                if (v instanceof PyFloat) {
                    throw PyErr.typeError("'float' object cannot be interpreted as an integer");
                }
                PyInt i = Abstract.index(v);
                if (i.isBig()) {
                    throw PyErr.overflowError("int too big to convert");
                }
                ints[k] = i.longValue();
            }
            case ULONGLONG -> {
                if (v instanceof PyInt i) {
                    if (i.signum() < 0) {
                        throw PyErr.overflowError("can't convert negative int to unsigned");
                    }
                    if (i.bigValue().bitLength() > 64) {
                        throw PyErr.overflowError("int too big to convert");
                    }
                    ints[k] = i.bigValue().longValue();
                } else {
                    ints[k] = asLong(v);
                }
            }
            default -> throw new IllegalStateException();
        }
    }
}
