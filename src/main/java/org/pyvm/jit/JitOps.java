package org.pyvm.jit;

import org.pyvm.interp.JitSupport;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.IntMethods;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.Slot;

/**
 * The operations compiled code calls, one small method per operator so that the JVM
 * inlines each into its call site and profiles it there (the interpreter shares one
 * megamorphic site per opcode). Each has the fast paths of Eval.loop's case (exact ints,
 * exact floats; compare CPython's specialized BINARY_OP_ADD_INT ... in
 * Python/bytecodes.c) and otherwise does exactly what the interpreter does.
 */
public final class JitOps {

    private JitOps() {}

    public static PyObject add(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntMethods.add((PyInt) a, (PyInt) b);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value + ((PyFloat) b).value);
        }
        return JitSupport.binaryOp(a, b, op);
    }

    public static PyObject sub(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntMethods.sub((PyInt) a, (PyInt) b);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value - ((PyFloat) b).value);
        }
        return JitSupport.binaryOp(a, b, op);
    }

    public static PyObject mul(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntMethods.mul((PyInt) a, (PyInt) b);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value * ((PyFloat) b).value);
        }
        return JitSupport.binaryOp(a, b, op);
    }

    /** Every other operator: the interpreter's BINARY_OP (its own fast paths included). */
    public static PyObject binary(PyObject a, PyObject b, int op) {
        return JitSupport.binaryOp(a, b, op);
    }

    // COMPARE_OP, one per operator: two small exact ints compare here, all else as the interpreter.

    public static PyObject lt(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return PyBool.of(((PyInt) a).value < ((PyInt) b).value);
        }
        return JitSupport.compare(a, b, Ops.LT);
    }

    public static PyObject le(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return PyBool.of(((PyInt) a).value <= ((PyInt) b).value);
        }
        return JitSupport.compare(a, b, Ops.LE);
    }

    public static PyObject eq(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return PyBool.of(((PyInt) a).value == ((PyInt) b).value);
        }
        return JitSupport.compare(a, b, Ops.EQ);
    }

    public static PyObject ne(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return PyBool.of(((PyInt) a).value != ((PyInt) b).value);
        }
        return JitSupport.compare(a, b, Ops.NE);
    }

    public static PyObject gt(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return PyBool.of(((PyInt) a).value > ((PyInt) b).value);
        }
        return JitSupport.compare(a, b, Ops.GT);
    }

    public static PyObject ge(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return PyBool.of(((PyInt) a).value >= ((PyInt) b).value);
        }
        return JitSupport.compare(a, b, Ops.GE);
    }

    /** POP_JUMP_IF_FALSE/TRUE's test: bools by identity, else truth (which may run __bool__). */
    public static boolean isTrue(PyObject v) {
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE) {
            return false;
        }
        return Abstract.isTrue(v);
    }

    public static boolean isNone(PyObject v) {
        return v == PyNone.NONE;
    }

    public static PyObject neg(PyObject v) {
        return Ops.unary(v, Slot.NEG, "-");
    }

    public static PyObject not(PyObject v) {
        return PyBool.of(!Abstract.isTrue(v));
    }

    public static PyObject is(PyObject a, PyObject b, int invert) {
        return PyBool.of((a == b) ^ (invert == 1));
    }

    public static PyObject contains(PyObject item, PyObject container, int invert) {
        return PyBool.of(Abstract.contains(container, item) ^ (invert == 1));
    }

    public static PyObject getItem(PyObject container, PyObject key) {
        return Abstract.getItem(container, key);
    }

    public static void setItem(PyObject value, PyObject container, PyObject key) {
        Abstract.setItem(container, key, value);
    }

    public static PyObject iter(PyObject v) {
        return Abstract.iter(v);
    }

    public static void listAppend(PyObject list, PyObject v) {
        ((PyList) list).append(v);
    }
}
