package org.pyvm.modules.testcapi;

import org.pyvm.modules.interpreters.CrossData;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _testcapi's cross-interpreter data functions: get_crossinterp_data(obj) gives an opaque
 * capsule holding OBJ's data (modules.interpreters.CrossData: the plain Java value that
 * crosses between interpreters), restore_crossinterp_data(capsule) makes the object again.
 * Compare CPython 3.12 Modules/_testcapimodule.c: get_crossinterp_data, restore_crossinterp_data.
 */
final class CrossInterpFunctions {

    private CrossInterpFunctions() {}

    /** The capsule: its data only. */
    static final class Capsule implements PyObject {
        static final PyType TYPE = PyType.builtin("PyCapsule", Capsule.class, Capsule.class).notSubclassable();

        final Object data;

        Capsule(Object data) {
            this.data = data;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static void addTo(PyModule m) {
        m.addFunctions(CrossInterpFunctions.class);
    }

    @ExposedMethod
    static PyObject get_crossinterp_data(PyObject obj) {
        return new Capsule(CrossData.of(obj));
    }

    @ExposedMethod
    static PyObject restore_crossinterp_data(PyObject capsule) {
        if (!(capsule instanceof Capsule c)) {
            throw PyErr.valueError("PyCapsule_GetPointer called with invalid PyCapsule object");
        }
        return CrossData.toObject(c.data);
    }
}
