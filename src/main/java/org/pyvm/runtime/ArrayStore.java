package org.pyvm.runtime;

/**
 * Stores into a PyObject[] without HotSpot's array-store check where it can. C2 does not
 * trust a declared interface type, so {@code a[i] = v} with V a PyObject still checks at
 * run time that V's class implements PyObject: with PerMethodTrapLimit=0 (bin/pyvm) a
 * secondary-supers search of ~10 instructions and 3 dependent loads, which perf showed
 * among the hottest code of the eval loop (-XX:+PrintAssembly). A value whose exact class
 * has been compared with a constant needs no check, so the common classes are tried
 * first, one compare of the class word each.
 */
public final class ArrayStore {

    private ArrayStore() {}

    /** A[I] = V. */
    public static void put(PyObject[] a, int i, PyObject v) {
        if (a.getClass() == PyObject[].class) {
            // On this branch C2 knows A is exactly PyObject[], so its element type is the
            // constant PyObject (arrays made as new PyObject[n]; others take the plain store).
            if (v != null) {
                Class<?> c = v.getClass();
                if (c == PyInt.class) {
                    a[i] = (PyInt) v;
                    return;
                }
                if (c == PyFloat.class) {
                    a[i] = (PyFloat) v;
                    return;
                }
                if (c == PyInstance.class) {
                    a[i] = (PyInstance) v;
                    return;
                }
                if (c == PyFunction.class) {
                    a[i] = (PyFunction) v;
                    return;
                }
                if (c == PyStr.class) {
                    a[i] = (PyStr) v;
                    return;
                }
                if (c == PyList.class) {
                    a[i] = (PyList) v;
                    return;
                }
                if (c == PyTuple.class) {
                    a[i] = (PyTuple) v;
                    return;
                }
            }
            a[i] = v;
        } else {
            a[i] = v;
        }
    }
}
