package org.pyvm.modules.testcapi;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * Two small C types of _testcapi that check how number slots reach Python:
 * matmulType, whose nb_matrix_multiply (serving both @ operands, so __rmatmul__ sees the
 * operands in their written order) and nb_inplace_matrix_multiply report how they were
 * called; and ipowType, whose nb_inplace_power gives back its operand and modulo (None
 * when __ipow__ is called with one argument). Compare CPython Modules/_testcapimodule.c:
 * matmulType, ipowType.
 */
final class NumberSlotTypes {

    private NumberSlotTypes() {}

    static void addTo(PyModule m) {
        m.getDict().setStr("matmulType", MatmulType.TYPE);
        m.getDict().setStr("ipowType", IpowType.TYPE);
    }

    /** matmulType: "C level type with matrix operations defined". */
    static final class MatmulType implements PyObject {
        static final PyType TYPE = PyType.builtin("matmulType", MatmulType.class, MatmulType.class);

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return new MatmulType();
        }

        @ExposedMethod
        static PyObject __matmul__(MatmulType self, PyObject other) {
            return PyTuple.of(PyStr.of("matmul"), self, other);
        }

        @ExposedMethod
        static PyObject __rmatmul__(MatmulType self, PyObject other) {
            return PyTuple.of(PyStr.of("matmul"), other, self);
        }

        @ExposedMethod
        static PyObject __imatmul__(MatmulType self, PyObject other) {
            return PyTuple.of(PyStr.of("imatmul"), self, other);
        }
    }

    /** ipowType: nb_inplace_power returning (other, mod). */
    static final class IpowType implements PyObject {
        static final PyType TYPE = PyType.builtin("ipowType", IpowType.class, IpowType.class);

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return new IpowType();
        }

        @ExposedMethod(min = 1)
        static PyObject __ipow__(IpowType self, PyObject other, PyObject mod) {
            return PyTuple.of(other, mod == null ? PyNone.NONE : mod);
        }
    }
}
