package org.pyvm.modules.corelib;

import org.pyvm.runtime.PyType;

/**
 * Declares the builtin types of C extension modules the way CPython names them: the
 * type's name is CPython's {@code tp_name} ("itertools.count"), which is what error
 * messages show ("object of type 'itertools.repeat' has no len()"); {@code __module__}
 * and {@code __qualname__} are the parts before and after the dot, so that
 * {@code repr(type)} is {@code <class 'itertools.count'>} and instances print as
 * {@code <itertools.chain object at 0x...>}. (The runtime keeps a single name for both
 * tp_name and {@code __name__}, so {@code __name__} shows the dotted form.)
 */
public final class Types {

    private Types() {}

    /** A builtin type MODULE.NAME whose instances are JAVACLASS and whose methods EXPOSEDBY declares. */
    public static PyType builtin(String module, String name, Class<?> javaClass, Class<?> exposedBy, PyType... bases) {
        PyType t = PyType.builtin(module + "." + name, javaClass, exposedBy, bases);
        return t;
    }

    /** Sets __module__ and __qualname__ of a type made by {@link #builtin} (once its class is initialized). */
    public static PyType finish(PyType t) {
        String full = t.getName();
        int dot = full.lastIndexOf('.');
        return t.inModule(full.substring(0, dot), full.substring(dot + 1));
    }

    /**
     * A new exception class MODULE.NAME deriving from BASES, with DOC (null for none): a
     * heap type made by type(), as CPython's PyErr_NewExceptionWithDoc makes one.
     */
    public static PyType newException(String module, String name, String doc, PyType... bases) {
        org.pyvm.runtime.PyDict ns = new org.pyvm.runtime.PyDict();
        ns.setStr("__module__", org.pyvm.runtime.PyStr.of(module));
        if (doc != null) {
            ns.setStr("__doc__", org.pyvm.runtime.PyStr.of(doc));
        }
        return (PyType) org.pyvm.runtime.Abstract.call(PyType.TYPE, org.pyvm.runtime.PyStr.of(name),
            org.pyvm.runtime.PyTuple.of((org.pyvm.runtime.PyObject[]) bases), ns);
    }

    /** CPython's _PyType_Name: the part of tp_name after the last dot (reprs of subclasses use it). */
    public static String shortName(PyType t) {
        String n = t.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }
}
