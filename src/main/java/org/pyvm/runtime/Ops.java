package org.pyvm.runtime;

/**
 * Binary operators and rich comparison with CPython's protocol: the reflected method of
 * the right operand first when its type is a proper subtype that overrides it,
 * NotImplemented to pass, and CPython's TypeError messages. Compare CPython
 * Objects/abstract.c: binary_op1, binary_iop1, and Objects/object.c: do_richcompare.
 */
public final class Ops {

    private Ops() {}

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final String[] CMP_SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};
    private static final PyStr[] CMP_NAME = {PyStr.intern("__lt__"), PyStr.intern("__le__"), PyStr.intern("__eq__"),
        PyStr.intern("__ne__"), PyStr.intern("__gt__"), PyStr.intern("__ge__")};

    /** BINARY_OP's operand numbering (CPython's NB_* constants); 13 and up are in-place. */
    private static final String[] OP_NAME = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};
    private static final String[] OP_SYMBOL = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final PyStr[] DUNDER = new PyStr[13];
    private static final PyStr[] RDUNDER = new PyStr[13];
    private static final PyStr[] IDUNDER = new PyStr[13];

    static {
        for (int i = 0; i < 13; i++) {
            DUNDER[i] = PyStr.intern("__" + OP_NAME[i] + "__");
            RDUNDER[i] = PyStr.intern("__r" + OP_NAME[i] + "__");
            IDUNDER[i] = PyStr.intern("__i" + OP_NAME[i] + "__");
        }
    }

    public static final int NB_ADD = 0;
    public static final int NB_SUBTRACT = 10;
    public static final int NB_MULTIPLY = 5;
    public static final int NB_INPLACE = 13;

    public static boolean cmpResult(int c, int op) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    public static String cmpSymbol(int op) {
        return CMP_SYMBOL[op];
    }

    /** Operator OP (BINARY_OP's argument, in-place when >= 13) applied to A and B. */
    public static PyObject binaryOp(PyObject a, PyObject b, int op) {
        if (op >= NB_INPLACE) {
            int base = op - NB_INPLACE;
            PyObject im = a.type().lookup(IDUNDER[base]);
            if (im != null && !(base == NB_MULTIPLY && declinesRepeat(a, im, b))) {
                PyObject r = Abstract.callDescr(im, a, b);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            PyObject r = binaryOp1(a, b, base);
            if (r == null) {
                throw unsupported(a, b, OP_SYMBOL[base] + "=", base);
            }
            return r;
        }
        PyObject r = binaryOp1(a, b, op);
        if (r == null) {
            throw unsupported(a, b, OP_SYMBOL[op], op);
        }
        return r;
    }

    /** The result, or null when both operands declined. Compare abstract.c: binary_op1. */
    static PyObject binaryOp1(PyObject a, PyObject b, int op) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject sa = ta.lookup(DUNDER[op]);
        PyObject sb = null;
        if (tb != ta) {
            sb = tb.lookup(RDUNDER[op]);
        }
        if (op == NB_MULTIPLY) {
            if (sa != null && declinesRepeat(a, sa, b)) {
                sa = null;
            }
            if (sb != null && declinesRepeat(b, sb, a)) {
                sb = null;
            }
        }
        if (sb != null && tb.isSubtypeOf(ta) && sb != ta.lookup(RDUNDER[op])) {
            PyObject r = Abstract.callDescr(sb, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            sb = null;
        }
        if (sa != null) {
            PyObject r = Abstract.callDescr(sa, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (sb != null) {
            PyObject r = Abstract.callDescr(sb, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether the operator skips M, SEQ's builtin __mul__/__rmul__/__imul__, for a count that
     * is no index. Those are CPython's sq_repeat wrappers: called directly they raise "'str'
     * object cannot be interpreted as an integer", but `seq * x` tries only x's number slots
     * and then says "can't multiply sequence by non-int". Compare abstract.c: PyNumber_Multiply.
     */
    private static boolean declinesRepeat(PyObject seq, PyObject m, PyObject count) {
        return m instanceof JavaMethod && isSequence(seq) && !Abstract.hasIndex(count);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes
            || o instanceof PyByteArray;
    }

    private static PyBaseException unsupported(PyObject a, PyObject b, String sym, int op) {
        // The sequence protocol's messages (abstract.c: PyNumber_Add / sequence_repeat).
        if (op == 5 && (isSequence(a) || isSequence(b))) {
            PyObject other = isSequence(a) ? b : a;
            if (!Abstract.hasIndex(other)) {
                return PyErr.typeError("can't multiply sequence by non-int of type '" + other.type().getName() + "'");
            }
        }
        if (op == 0 && isSequence(a)) {
            String n = a.type().getName();
            if (a instanceof PyStr) {
                return PyErr.typeError("can only concatenate str (not \"" + b.type().getName() + "\") to str");
            }
            if (a instanceof PyBytes || a instanceof PyByteArray) {
                return PyErr.typeError("can't concat " + b.type().getName() + " to " + n);
            }
            return PyErr.typeError("can only concatenate " + n + " (not \"" + b.type().getName() + "\") to " + n);
        }
        if (op == 8) {
            sym = sym.endsWith("=") ? "**=" : "** or pow()";
        }
        if (op == 3 || op == 9) {
            // CPython hints at print >> f for the old print statement; only for print.
            if (op == 9 && a instanceof BoundJavaMethod m && m.getName().equals("print") && !sym.endsWith("=")) {
                return PyErr.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().getName() + "' and '"
                    + b.type().getName() + "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
            }
        }
        return PyErr.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().getName() + "' and '"
            + b.type().getName() + "'");
    }

    /**
     * Rich comparison, counted against the C recursion limit: comparing containers recurses
     * in Java without Python frames. Compare object.c: PyObject_RichCompare.
     */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        CRecursion c = CRecursion.enter(" in comparison");
        try {
            return doRichCompare(a, b, op);
        } finally {
            CRecursion.leave(c);
        }
    }

    /** Compare object.c: do_richcompare. */
    private static PyObject doRichCompare(PyObject a, PyObject b, int op) {
        PyType ta = a.type();
        PyType tb = b.type();
        boolean checkedReverse = false;
        int sw = SWAPPED[op];
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject rm = tb.lookup(CMP_NAME[sw]);
            if (rm != null) {
                checkedReverse = true;
                PyObject r = cmpCall(rm, b, a);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        PyObject m = ta.lookup(CMP_NAME[op]);
        if (m != null) {
            PyObject r = cmpCall(m, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse) {
            PyObject rm = tb.lookup(CMP_NAME[sw]);
            if (rm != null) {
                PyObject r = cmpCall(rm, b, a);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (op == EQ) {
            return PyBool.of(a == b);
        }
        if (op == NE) {
            return PyBool.of(a != b);
        }
        throw PyErr.typeError("'" + CMP_SYMBOL[op] + "' not supported between instances of '" + ta.getName() + "' and '"
            + tb.getName() + "'");
    }

    /**
     * Calls comparison method M of SELF. A descriptor that fails to bind (a property whose
     * getter raises) means NotImplemented. Compare typeobject.c: slot_tp_richcompare.
     */
    private static PyObject cmpCall(PyObject m, PyObject self, PyObject other) {
        if (m instanceof PyFunction || m instanceof JavaMethod || m.type().slot(Slot.GET) == null) {
            return Abstract.callDescr(m, self, other);
        }
        PyObject bound;
        try {
            bound = Abstract.bindDescr(m, self, self.type());
        } catch (PyBaseException e) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.call(bound, other);
    }

    /** a == b as a Java boolean, with fast paths for the common exact types. */
    public static boolean eqBool(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.getClass() == PyStr.class && y.getClass() == PyStr.class) {
            return x.value().equals(y.value());
        }
        if (a instanceof PyInt x && b instanceof PyInt y && x.getClass() != PyIntSubclass.class
            && y.getClass() != PyIntSubclass.class) {
            return IntMethods.compare(x, y) == 0;
        }
        return Abstract.isTrue(richCompare(a, b, EQ));
    }

    /** a < b as a Java boolean (sorting, min, max). */
    public static boolean lessThan(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.getClass() == PyInt.class && y.getClass() == PyInt.class) {
            return IntMethods.compare(x, y) < 0;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.getClass() == PyStr.class && y.getClass() == PyStr.class) {
            return x.compareTo(y) < 0;
        }
        return Abstract.isTrue(richCompare(a, b, LT));
    }

    /** Unary -, +, ~ and abs(). Compare abstract.c: PyNumber_Negative and friends. */
    public static PyObject unary(PyObject a, Slot slot, String sym) {
        PyObject m = a.type().slot(slot);
        if (m == null) {
            if (slot == Slot.ABS) {
                throw PyErr.typeError("bad operand type for abs(): '" + a.type().getName() + "'");
            }
            throw PyErr.typeError("bad operand type for unary " + sym + ": '" + a.type().getName() + "'");
        }
        return Abstract.callDescr(m, a);
    }
}
