package org.pyvm.modules.weakref;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/**
 * The _weakref module that weakref.py imports: ref ({@link WeakRefObject}), proxy
 * ({@link WeakProxy}), getweakrefcount, getweakrefs, _remove_dead_weakref. When objects
 * die is the JVM collector's decision; see {@link WeakRefs}. Compare CPython
 * Modules/_weakref.c.
 */
public final class WeakrefModule {

    private WeakrefModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.addFunctions(WeakrefModule.class);
        // obj.__weakref__ of a class's instances: the oldest live weak reference.
        org.pyvm.runtime.SubtypeDescrs.setFirstWeakref(o -> {
            java.util.List<WeakRefObject> refs = WeakRefs.refsTo(o);
            return refs.isEmpty() ? org.pyvm.runtime.PyNone.NONE : refs.get(0);
        });
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Weak-reference support module."));
        d.setStr("ref", WeakRefObject.TYPE);
        d.setStr("ReferenceType", WeakRefObject.TYPE);
        d.setStr("ProxyType", WeakProxy.PROXY);
        d.setStr("CallableProxyType", WeakProxy.CALLABLE);
        return m;
    }

    static boolean callable(PyObject o) {
        return o instanceof org.pyvm.runtime.Callable || o instanceof PyType || o.type().slot(Slot.CALL) != null;
    }

    @ExposedMethod
    static PyObject proxy(PyObject[] args, String[] kw) {
        return WeakProxy.make(args, kw);
    }

    /** Compare _weakref_getweakrefcount_impl: 0 for objects that cannot be weakly referenced. */
    @ExposedMethod
    static long getweakrefcount(PyObject[] args, String[] kw) {
        Args.exact("getweakrefcount", args, kw, 1);
        WeakRefs.drain();
        return WeakRefs.weakrefable(args[0].type()) ? WeakRefs.refsTo(args[0]).size() : 0;
    }

    @ExposedMethod
    static PyObject getweakrefs(PyObject[] args, String[] kw) {
        Args.exact("getweakrefs", args, kw, 1);
        WeakRefs.drain();
        PyList l = new PyList();
        if (WeakRefs.weakrefable(args[0].type())) {
            for (WeakRefObject r : WeakRefs.refsTo(args[0])) {
                l.append(r);
            }
        }
        return l;
    }

    /** Deletes dct[key] if it is a dead weak reference. Compare _weakref__remove_dead_weakref_impl. */
    @ExposedMethod
    static void _remove_dead_weakref(PyObject[] args, String[] kw) {
        Args.exact("_remove_dead_weakref", args, kw, 2);
        if (!(args[0] instanceof PyDict d)) {
            throw PyErr.typeError("_remove_dead_weakref() argument 1 must be dict, not " + args[0].type().getName());
        }
        PyObject v = d.get(args[1]);
        if (v instanceof WeakRefObject r && r.refersTo(null)) {
            Abstract.delItem(d, args[1]);
        }
    }
}
