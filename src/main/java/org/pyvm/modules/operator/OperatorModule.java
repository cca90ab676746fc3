package org.pyvm.modules.operator;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.Slot;

/**
 * The _operator module: Python's operators as functions, and the callable types
 * itemgetter, attrgetter, methodcaller ({@link Getters}). Every function goes through
 * the runtime's protocols ({@link Ops}, {@link Abstract}), so the dunder methods of the
 * operands and CPython's messages apply. The functions take the general argument form
 * so that their argument errors are CPython's ("_operator.add() takes no keyword
 * arguments", "add expected 2 arguments, got 1"). Compare CPython Modules/_operator.c.
 */
public final class OperatorModule {

    private OperatorModule() {}

    // BINARY_OP's operand numbering (Ops.binaryOp), in-place ones are these + Ops.NB_INPLACE.
    private static final int ADD = 0;
    private static final int AND = 1;
    private static final int FLOORDIV = 2;
    private static final int LSHIFT = 3;
    private static final int MATMUL = 4;
    private static final int MUL = 5;
    private static final int MOD = 6;
    private static final int OR = 7;
    private static final int POW = 8;
    private static final int RSHIFT = 9;
    private static final int SUB = 10;
    private static final int TRUEDIV = 11;
    private static final int XOR = 12;

    public static PyModule create() {
        PyModule m = new PyModule("_operator");
        m.addFunctions(OperatorModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions implemented in C "
            + "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent "
            + "to the expression x+y.  The function names are those\nused for special methods; variants without "
            + "leading and trailing\n'__' are also provided for convenience."));
        d.setStr("itemgetter", Getters.ItemGetter.TYPE);
        d.setStr("attrgetter", Getters.AttrGetter.TYPE);
        d.setStr("methodcaller", Getters.MethodCaller.TYPE);
        return m;
    }

    // ---- argument checks with _operator's messages ----

    /** A METH_O function: "_operator.NAME() takes exactly one argument (N given)". */
    private static PyObject one(String name, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) {
            throw PyErr.typeError("_operator." + name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError("_operator." + name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /** A positional-only clinic function of N arguments. */
    private static PyObject[] fixed(String name, PyObject[] args, String[] kw, int n) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("_operator." + name + "() takes no keyword arguments");
        }
        if (args.length != n) {
            throw PyErr.typeError(name + " expected " + n + " arguments, got " + args.length);
        }
        return args;
    }

    private static PyObject bin(String name, PyObject[] args, String[] kw, int op) {
        PyObject[] a = fixed(name, args, kw, 2);
        return Ops.binaryOp(a[0], a[1], op);
    }

    private static PyObject cmp(String name, PyObject[] args, String[] kw, int op) {
        PyObject[] a = fixed(name, args, kw, 2);
        return Ops.richCompare(a[0], a[1], op);
    }

    // ---- comparisons ----

    @ExposedMethod
    static PyObject lt(PyObject[] a, String[] k) {
        return cmp("lt", a, k, Ops.LT);
    }

    @ExposedMethod
    static PyObject le(PyObject[] a, String[] k) {
        return cmp("le", a, k, Ops.LE);
    }

    @ExposedMethod
    static PyObject eq(PyObject[] a, String[] k) {
        return cmp("eq", a, k, Ops.EQ);
    }

    @ExposedMethod
    static PyObject ne(PyObject[] a, String[] k) {
        return cmp("ne", a, k, Ops.NE);
    }

    @ExposedMethod
    static PyObject gt(PyObject[] a, String[] k) {
        return cmp("gt", a, k, Ops.GT);
    }

    @ExposedMethod
    static PyObject ge(PyObject[] a, String[] k) {
        return cmp("ge", a, k, Ops.GE);
    }

    // ---- logic and identity ----

    @ExposedMethod
    static PyObject not_(PyObject[] a, String[] k) {
        return PyBool.of(!Abstract.isTrue(one("not_", a, k)));
    }

    @ExposedMethod
    static PyObject truth(PyObject[] a, String[] k) {
        return PyBool.of(Abstract.isTrue(one("truth", a, k)));
    }

    @ExposedMethod
    static PyObject is_(PyObject[] a, String[] k) {
        PyObject[] x = fixed("is_", a, k, 2);
        return PyBool.of(x[0] == x[1]);
    }

    @ExposedMethod
    static PyObject is_not(PyObject[] a, String[] k) {
        PyObject[] x = fixed("is_not", a, k, 2);
        return PyBool.of(x[0] != x[1]);
    }

    // ---- unary ----

    @ExposedMethod
    static PyObject abs(PyObject[] a, String[] k) {
        return Ops.unary(one("abs", a, k), Slot.ABS, "abs");
    }

    @ExposedMethod
    static PyObject neg(PyObject[] a, String[] k) {
        return Ops.unary(one("neg", a, k), Slot.NEG, "-");
    }

    @ExposedMethod
    static PyObject pos(PyObject[] a, String[] k) {
        return Ops.unary(one("pos", a, k), Slot.POS, "+");
    }

    @ExposedMethod
    static PyObject inv(PyObject[] a, String[] k) {
        return Ops.unary(one("inv", a, k), Slot.INVERT, "~");
    }

    @ExposedMethod
    static PyObject invert(PyObject[] a, String[] k) {
        return Ops.unary(one("invert", a, k), Slot.INVERT, "~");
    }

    @ExposedMethod
    static PyObject index(PyObject[] a, String[] k) {
        // PyNumber_Index returns an exact int: index(True) is 1.
        PyInt i = Abstract.index(one("index", a, k));
        return i.getClass() == PyInt.class ? i : i.isBig() ? PyInt.of(i.bigValue()) : PyInt.of(i.value);
    }

    // ---- binary arithmetic ----

    @ExposedMethod
    static PyObject add(PyObject[] a, String[] k) {
        return bin("add", a, k, ADD);
    }

    @ExposedMethod
    static PyObject sub(PyObject[] a, String[] k) {
        return bin("sub", a, k, SUB);
    }

    @ExposedMethod
    static PyObject mul(PyObject[] a, String[] k) {
        return bin("mul", a, k, MUL);
    }

    @ExposedMethod
    static PyObject matmul(PyObject[] a, String[] k) {
        return bin("matmul", a, k, MATMUL);
    }

    @ExposedMethod
    static PyObject floordiv(PyObject[] a, String[] k) {
        return bin("floordiv", a, k, FLOORDIV);
    }

    @ExposedMethod
    static PyObject truediv(PyObject[] a, String[] k) {
        return bin("truediv", a, k, TRUEDIV);
    }

    @ExposedMethod
    static PyObject mod(PyObject[] a, String[] k) {
        return bin("mod", a, k, MOD);
    }

    @ExposedMethod
    static PyObject pow(PyObject[] a, String[] k) {
        return bin("pow", a, k, POW);
    }

    @ExposedMethod
    static PyObject lshift(PyObject[] a, String[] k) {
        return bin("lshift", a, k, LSHIFT);
    }

    @ExposedMethod
    static PyObject rshift(PyObject[] a, String[] k) {
        return bin("rshift", a, k, RSHIFT);
    }

    @ExposedMethod
    static PyObject and_(PyObject[] a, String[] k) {
        return bin("and_", a, k, AND);
    }

    @ExposedMethod
    static PyObject or_(PyObject[] a, String[] k) {
        return bin("or_", a, k, OR);
    }

    @ExposedMethod
    static PyObject xor(PyObject[] a, String[] k) {
        return bin("xor", a, k, XOR);
    }

    // ---- in-place ----

    @ExposedMethod
    static PyObject iadd(PyObject[] a, String[] k) {
        return bin("iadd", a, k, Ops.NB_INPLACE + ADD);
    }

    @ExposedMethod
    static PyObject isub(PyObject[] a, String[] k) {
        return bin("isub", a, k, Ops.NB_INPLACE + SUB);
    }

    @ExposedMethod
    static PyObject imul(PyObject[] a, String[] k) {
        return bin("imul", a, k, Ops.NB_INPLACE + MUL);
    }

    @ExposedMethod
    static PyObject imatmul(PyObject[] a, String[] k) {
        return bin("imatmul", a, k, Ops.NB_INPLACE + MATMUL);
    }

    @ExposedMethod
    static PyObject ifloordiv(PyObject[] a, String[] k) {
        return bin("ifloordiv", a, k, Ops.NB_INPLACE + FLOORDIV);
    }

    @ExposedMethod
    static PyObject itruediv(PyObject[] a, String[] k) {
        return bin("itruediv", a, k, Ops.NB_INPLACE + TRUEDIV);
    }

    @ExposedMethod
    static PyObject imod(PyObject[] a, String[] k) {
        return bin("imod", a, k, Ops.NB_INPLACE + MOD);
    }

    @ExposedMethod
    static PyObject ipow(PyObject[] a, String[] k) {
        return bin("ipow", a, k, Ops.NB_INPLACE + POW);
    }

    @ExposedMethod
    static PyObject ilshift(PyObject[] a, String[] k) {
        return bin("ilshift", a, k, Ops.NB_INPLACE + LSHIFT);
    }

    @ExposedMethod
    static PyObject irshift(PyObject[] a, String[] k) {
        return bin("irshift", a, k, Ops.NB_INPLACE + RSHIFT);
    }

    @ExposedMethod
    static PyObject iand(PyObject[] a, String[] k) {
        return bin("iand", a, k, Ops.NB_INPLACE + AND);
    }

    @ExposedMethod
    static PyObject ior(PyObject[] a, String[] k) {
        return bin("ior", a, k, Ops.NB_INPLACE + OR);
    }

    @ExposedMethod
    static PyObject ixor(PyObject[] a, String[] k) {
        return bin("ixor", a, k, Ops.NB_INPLACE + XOR);
    }

    // ---- sequences ----

    /** CPython's PySequence_Check: has __getitem__ and is not a dict. */
    private static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type().slot(Slot.GETITEM) != null;
    }

    /** Compare abstract.c: PySequence_Concat (and PySequence_InPlaceConcat). */
    private static PyObject concat(String name, PyObject[] args, String[] kw, int op) {
        PyObject[] a = fixed(name, args, kw, 2);
        if (!isSequence(a[0])) {
            throw PyErr.typeError("'" + a[0].type().getName() + "' object can't be concatenated");
        }
        return Ops.binaryOp(a[0], a[1], op);
    }

    @ExposedMethod
    static PyObject concat(PyObject[] a, String[] k) {
        return concat("concat", a, k, ADD);
    }

    @ExposedMethod
    static PyObject iconcat(PyObject[] a, String[] k) {
        return concat("iconcat", a, k, Ops.NB_INPLACE + ADD);
    }

    @ExposedMethod
    static PyObject contains(PyObject[] a, String[] k) {
        PyObject[] x = fixed("contains", a, k, 2);
        return PyBool.of(Abstract.contains(x[0], x[1]));
    }

    /** An iterator over SEQ for countOf/indexOf, with _PySequence_IterSearch's message. */
    private static PyObject searchIter(PyObject seq) {
        try {
            return Abstract.iter(seq);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.typeError("argument of type '" + seq.type().getName() + "' is not iterable");
            }
            throw e;
        }
    }

    @ExposedMethod
    static PyObject countOf(PyObject[] a, String[] k) {
        PyObject[] x = fixed("countOf", a, k, 2);
        PyObject it = searchIter(x[0]);
        long n = 0;
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (Ops.eqBool(v, x[1])) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    @ExposedMethod
    static PyObject indexOf(PyObject[] a, String[] k) {
        PyObject[] x = fixed("indexOf", a, k, 2);
        PyObject it = searchIter(x[0]);
        long i = 0;
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (Ops.eqBool(v, x[1])) {
                return PyInt.of(i);
            }
            i++;
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence");
    }

    @ExposedMethod
    static PyObject getitem(PyObject[] a, String[] k) {
        PyObject[] x = fixed("getitem", a, k, 2);
        return Abstract.getItem(x[0], x[1]);
    }

    @ExposedMethod
    static void setitem(PyObject[] a, String[] k) {
        PyObject[] x = fixed("setitem", a, k, 3);
        Abstract.setItem(x[0], x[1], x[2]);
    }

    @ExposedMethod
    static void delitem(PyObject[] a, String[] k) {
        PyObject[] x = fixed("delitem", a, k, 2);
        Abstract.delItem(x[0], x[1]);
    }

    /** length_hint(obj, default=0, /). Compare abstract.c: PyObject_LengthHint. */
    @ExposedMethod
    static PyObject length_hint(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw PyErr.typeError("length_hint() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            throw PyErr.typeError(a.length < 1 ? "length_hint expected at least 1 argument, got 0"
                : "length_hint expected at most 2 arguments, got " + a.length);
        }
        long dflt = a.length == 2 ? Abstract.index(a[1]).longValue() : 0;
        return PyInt.of(lengthHint(a[0], dflt));
    }

    public static long lengthHint(PyObject o, long dflt) {
        return Abstract.lengthHint(o, dflt);
    }

    /** call(obj, /, *args, **kwargs). */
    @ExposedMethod
    static PyObject call(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        if (a.length - nkw < 1) {
            throw PyErr.typeError("call expected at least 1 argument, got 0");
        }
        return Abstract.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
    }

    /**
     * _compare_digest(a, b): equality whose time does not depend on where the inputs
     * differ. Compare _operator.c: _operator__compare_digest_impl, _tscmp.
     */
    @ExposedMethod
    static PyObject _compare_digest(PyObject[] a, String[] k) {
        PyObject[] x = fixed("_compare_digest", a, k, 2);
        return compareDigest(x[0], x[1]);
    }

    /** _compare_digest and _hashlib.compare_digest: two ASCII strs, or two buffers. */
    public static PyObject compareDigest(PyObject a, PyObject b) {
        byte[] left;
        byte[] right;
        if (a instanceof PyStr s && b instanceof PyStr t) {
            if (!isAscii(s.value()) || !isAscii(t.value())) {
                throw PyErr.typeError("comparing strings with non-ASCII characters is not supported");
            }
            left = s.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            right = t.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            left = buffer(a);
            right = buffer(b);
            if (left == null && right == null) {
                throw PyErr.typeError("unsupported operand types(s) or combination of types: '"
                    + a.type().getName() + "' and '" + b.type().getName() + "'");
            }
            if (left == null || right == null) {
                PyObject bad = left == null ? a : b;
                throw PyErr.typeError("a bytes-like object is required, not '" + bad.type().getName() + "'");
            }
        }
        return PyBool.of(java.security.MessageDigest.isEqual(left, right));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of a buffer (str is none), or null. */
    private static byte[] buffer(PyObject o) {
        return o instanceof PyStr ? null : org.pyvm.runtime.PyByteArray.bytesOf(o);
    }
}
