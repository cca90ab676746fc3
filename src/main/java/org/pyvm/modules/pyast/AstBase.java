package org.pyvm.modules.pyast;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInstance;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * {@code ast.AST}, the base of every node class: instances are plain objects with a
 * {@code __dict__}; the constructor maps positional arguments to {@code _fields} and sets
 * keyword arguments as attributes; {@code __reduce__} makes copy and pickle work.
 * Compare CPython Python/Python-ast.c: ast_type_init, ast_type_reduce.
 */
public final class AstBase {

    private AstBase() {}

    static final PyType TYPE = make();

    private static PyType make() {
        PyType t = PyType.builtin("AST", PyInstance.class, AstBase.class);
        t.define("__module__", PyStr.intern("ast"));
        PyDict d = t.getDict();
        d.setStr("_fields", PyTuple.EMPTY);
        d.setStr("__match_args__", PyTuple.EMPTY);
        d.setStr("_attributes", PyTuple.EMPTY);
        return t;
    }

    /** Any arguments are accepted here; __init__ checks them (PyType_GenericNew). */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new PyInstance(cls);
    }

    /** AST(*args, **kwargs). Compare ast_type_init. */
    @ExposedMethod
    static void __init__(PyObject self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject fieldsObj = Abstract.lookupAttr(self.type(), "_fields");
        PyObject[] fields = fieldsObj == null ? new PyObject[0] : Abstract.toArray(fieldsObj);
        if (npos > fields.length) {
            throw PyErr.typeError(shortName(self.type()) + " constructor takes at most " + fields.length
                + " positional argument" + (fields.length == 1 ? "" : "s"));
        }
        for (int i = 0; i < npos; i++) {
            if (!(fields[i] instanceof PyStr name)) {
                throw PyErr.typeError("attribute name must be string, not '" + fields[i].type().getName() + "'");
            }
            Abstract.setAttr(self, name, args[i]);
        }
        for (int k = 0; k < nkw; k++) {
            PyStr key = PyStr.of(kw[k]);
            for (int i = 0; i < npos; i++) {
                if (Ops.eqBool(fields[i], key)) {
                    throw PyErr.typeError(shortName(self.type()) + " got multiple values for argument '" + kw[k] + "'");
                }
            }
            Abstract.setAttr(self, key, args[npos + k]);
        }
    }

    /** (type(self), (), self.__dict__). Compare ast_type_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PyObject self) {
        PyObject dict = Abstract.lookupAttr(self, "__dict__");
        if (dict == null) {
            return PyTuple.of(self.type(), PyTuple.EMPTY);
        }
        return PyTuple.of(self.type(), PyTuple.EMPTY, dict);
    }

    /** _PyType_Name: the name after the last dot. */
    private static String shortName(PyType t) {
        String n = t.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }
}
