package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;

/**
 * bad_get(self, obj, cls), a builtin function used as a class's __get__: it calls cls()
 * (which may delete the descriptor from its class) and gives repr(self). test_descr checks
 * that calling a descriptor that disappears meanwhile is safe. Compare
 * Modules/_testcapimodule.c: bad_get.
 */
final class Descriptors {

    private Descriptors() {}

    static void addTo(PyModule m) {
        m.addFunctions(Descriptors.class);
    }

    @ExposedMethod
    static PyObject bad_get(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("bad_get() takes no keyword arguments");
        }
        if (args.length != 3) {
            throw PyErr.typeError("bad_get requires exactly 3 arguments");
        }
        Abstract.call(args[2]);
        return Abstract.repr(args[0]);
    }
}
