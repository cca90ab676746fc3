package org.pyvm.modules.introspect;

import org.pyvm.bytecode.Opcode;
import org.pyvm.bytecode.StackEffect;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The _opcode module of CPython 3.12: {@code stack_effect} (which {@code opcode} and
 * {@code dis} export) over the bytecode layer's {@link StackEffect}, and
 * {@code get_specialization_stats}, None as in a CPython built without
 * specialization statistics. Compare CPython Modules/_opcode.c.
 */
public final class OpcodeModule {

    private OpcodeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_opcode");
        m.addFunctions(OpcodeModule.class);
        m.getDict().setStr("__doc__", PyStr.of("Opcode support module."));
        return m;
    }

    // Compare CPython Include/opcode.h (3.12): HAS_ARG, true for real opcodes from
    // HAVE_ARGUMENT, for the pseudo opcodes that take one, and for numbers past them.
    private static boolean hasArg(int op) {
        if (op < 0) {
            return false;
        }
        if (op < Opcode.MIN_PSEUDO_OPCODE) {
            return op >= Opcode.HAVE_ARGUMENT;
        }
        Opcode.Info i = Opcode.info(op);
        return i == null || i.hasArg();
    }

    /** stack_effect(opcode, oparg=None, /, *, jump=None). Compare _opcode_stack_effect_impl. */
    @ExposedMethod
    static long stack_effect(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 1) {
            throw PyErr.typeError("stack_effect() takes at least 1 positional argument (" + npos + " given)");
        }
        if (npos > 2) {
            throw PyErr.typeError("stack_effect() takes at most 2 positional arguments (" + npos + " given)");
        }
        PyObject jump = PyNone.NONE;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("jump")) {
                throw PyErr.typeError("stack_effect() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            jump = args[npos + k];
        }
        int op = cInt(args[0]);
        PyObject oparg = npos > 1 ? args[1] : PyNone.NONE;
        int arg = 0;
        if (hasArg(op)) {
            if (oparg == PyNone.NONE) {
                throw PyErr.valueError("stack_effect: opcode requires oparg but oparg was not specified");
            }
            // PyLong_AsLong, then a cast to int as in the C code.
            java.math.BigInteger big = Abstract.index(oparg).bigValue();
            if (big.bitLength() > 63) {
                throw PyErr.of(PyExc.OverflowError, "Python int too large to convert to C long");
            }
            arg = (int) big.longValue();
        } else if (oparg != PyNone.NONE) {
            throw PyErr.valueError("stack_effect: opcode does not permit oparg but oparg was specified");
        }
        Boolean j;
        if (jump == PyNone.NONE) {
            j = null;
        } else if (jump == PyBool.TRUE) {
            j = Boolean.TRUE;
        } else if (jump == PyBool.FALSE) {
            j = Boolean.FALSE;
        } else {
            throw PyErr.valueError("stack_effect: jump must be False, True or None");
        }
        try {
            return StackEffect.of(op, arg, j);
        } catch (IllegalArgumentException e) {
            throw PyErr.valueError("invalid opcode or oparg");
        }
    }

    private static int cInt(PyObject o) {
        java.math.BigInteger b = Abstract.index(o).bigValue();
        if (b.bitLength() > 31) {
            throw PyErr.of(PyExc.OverflowError, b.signum() < 0 ? "Python int too small to convert to C int"
                : "Python int too large to convert to C int");
        }
        return b.intValue();
    }

    /** None: no specialization statistics are collected (as CPython built without Py_STATS). */
    @ExposedMethod
    static PyObject get_specialization_stats() {
        return PyNone.NONE;
    }
}
