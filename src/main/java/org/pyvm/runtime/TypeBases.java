package org.pyvm.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A class's MRO as its metaclass computes it (a metaclass may override {@code mro()}), and
 * the assignment of {@code C.__bases__}, which recomputes the MRO of the class and of all
 * its subclasses, undoing every change if one of them fails. Compare CPython
 * Objects/typeobject.c: mro_internal, mro_invoke, mro_check, mro_hierarchy, type_set_bases.
 */
final class TypeBases {

    private TypeBases() {}

    /** The MRO of T: C3, or the result of its metaclass's own mro(). Compare typeobject.c: mro_invoke. */
    static PyType[] computeMro(PyType t) {
        PyType meta = t.type();
        if (meta == PyType.TYPE) {
            return C3.mro(t);
        }
        PyObject m = meta.lookup("mro");
        if (m == null || m == PyType.TYPE.getDict().getStr("mro")) {
            return C3.mro(t);
        }
        PyObject[] items = Abstract.toArray(Abstract.callDescr(m, t));
        PyType[] mro = new PyType[items.length];
        PyType solid = t.solidBase;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType c)) {
                throw PyErr.typeError("mro() returned a non-class ('" + items[i].type().getName() + "')");
            }
            if (!solid.isSubtypeOf(c.solidBase)) {
                throw PyErr.typeError("mro() returned base with unsuitable layout ('" + c.getName() + "')");
            }
            mro[i] = c;
        }
        return mro;
    }

    /** type.mro(): the C3 linearization. Compare typeobject.c: type_mro_impl. */
    static PyObject defaultMro(PyType t) {
        return new PyList(t.getBases().length == 0 ? new PyObject[] {t} : C3.mro(t));
    }

    /** C.__bases__ = VALUE. Compare typeobject.c: type_set_bases. */
    static void setBases(PyType type, PyObject value) {
        if (!type.isMutable()) {
            throw PyErr.typeError("cannot set '__bases__' attribute of immutable type '" + type.getName() + "'");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete '__bases__' attribute of immutable type '" + type.getName() + "'");
        }
        if (Audit.on()) {
            Audit.event("object.__setattr__", type, PyStr.of("__bases__"), value);
        }
        if (!(value instanceof PyTuple tuple)) {
            throw PyErr.typeError("can only assign tuple to " + type.getName() + ".__bases__, not "
                + value.type().getName());
        }
        if (tuple.size() == 0) {
            throw PyErr.typeError("can only assign non-empty tuple to " + type.getName() + ".__bases__, not ()");
        }
        PyType[] newBases = new PyType[tuple.size()];
        for (int i = 0; i < newBases.length; i++) {
            if (!(tuple.get(i) instanceof PyType b)) {
                throw PyErr.typeError(type.getName() + ".__bases__ must be tuple of classes, not '"
                    + tuple.get(i).type().getName() + "'");
            }
            if (b.isSubtypeOf(type) || baseChainReaches(b, type)) {
                throw PyErr.typeError("a __bases__ item causes an inheritance cycle");
            }
            newBases[i] = b;
        }
        for (int i = 0; i < newBases.length; i++) {
            for (int j = i + 1; j < newBases.length; j++) {
                if (newBases[i] == newBases[j]) {
                    throw PyErr.typeError("duplicate base class " + newBases[i].getName());
                }
            }
        }
        PyType newBase = PyType.bestBaseOf(newBases);
        SubtypeDescrs.checkCompatible(type.base, newBase, "__bases__");
        PyType[] oldBases = type.bases;
        PyType oldBase = type.base;
        type.bases = newBases;
        type.base = newBase;
        List<Object[]> done = new ArrayList<>();
        try {
            updateHierarchy(type, done);
        } catch (PyBaseException e) {
            // Undo, latest first, unless a class got a newer MRO meanwhile (re-entrance).
            for (int i = done.size() - 1; i >= 0; i--) {
                Object[] d = done.get(i);
                PyType c = (PyType) d[0];
                if (c.mro == d[1]) {
                    c.mro = (PyType[]) d[2];
                    c.invalidateSlots();
                }
            }
            if (type.bases == newBases) {
                type.bases = oldBases;
                type.base = oldBase;
            }
            throw e;
        }
        // A custom mro() may have assigned __bases__ again: then that assignment wins.
        if (type.bases == newBases) {
            for (PyType b : oldBases) {
                b.removeSubclass(type);
            }
            for (PyType b : newBases) {
                b.addSubclass(type);
            }
        }
        type.invalidateSlots();
    }

    /** Whether following tp_base from B reaches T (a cycle a custom mro() could make). */
    private static boolean baseChainReaches(PyType b, PyType t) {
        for (PyType c = b; c != null; c = c.base) {
            if (c == t) {
                return true;
            }
        }
        return false;
    }

    /** Recomputes the MRO of T and its subclasses, recording (class, new, old) in DONE. Compare mro_hierarchy. */
    private static void updateHierarchy(PyType t, List<Object[]> done) {
        PyType[] old = t.mro;
        PyType[] mro = computeMro(t);
        t.mro = mro;
        t.invalidateSlots();
        done.add(new Object[] {t, mro, old});
        for (PyType sub : t.subclassList()) {
            updateHierarchy(sub, done);
        }
    }
}
