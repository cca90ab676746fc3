package org.pyvm.runtime;

import java.util.IdentityHashMap;
import java.util.function.Supplier;

/**
 * Guards reprs of containers against cycles: a container already being printed on this
 * thread prints as "[...]". Compare CPython Objects/object.c: Py_ReprEnter.
 */
final class Repr {

    private Repr() {}

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> ACTIVE =
        ThreadLocal.withInitial(IdentityHashMap::new);

    static String guarded(PyObject self, String recursive, Supplier<String> body) {
        IdentityHashMap<PyObject, Boolean> active = ACTIVE.get();
        if (active.containsKey(self)) {
            return recursive;
        }
        // (Nesting depth is Abstract.repr's to limit, as PyObject_Repr's.)
        active.put(self, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(self);
        }
    }
}
