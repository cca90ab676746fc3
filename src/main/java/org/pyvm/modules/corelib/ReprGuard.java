package org.pyvm.modules.corelib;

import java.util.IdentityHashMap;
import java.util.function.Supplier;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyObject;

/**
 * Guards reprs of containers against cycles: an object already being printed on this
 * thread prints as the given placeholder. The runtime's own guard is package-private,
 * so the modules keep their own. Compare CPython Objects/object.c: Py_ReprEnter.
 */
public final class ReprGuard {

    private ReprGuard() {}

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> ACTIVE =
        ThreadLocal.withInitial(IdentityHashMap::new);

    public static String guarded(PyObject self, String recursive, Supplier<String> body) {
        IdentityHashMap<PyObject, Boolean> active = ACTIVE.get();
        if (active.containsKey(self)) {
            return recursive;
        }
        active.put(self, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(self);
        }
    }

    /**
     * Runs a repr that must not re-enter itself: a second entry for the same object on this
     * thread raises RuntimeError("reentrant call inside T.__repr__"), as the _io reprs do
     * after Py_ReprEnter (Modules/_io/bufferedio.c: buffered_repr, textio.c:
     * textiowrapper_repr).
     */
    public static String reentrantGuarded(PyObject self, Supplier<String> body) {
        IdentityHashMap<PyObject, Boolean> active = ACTIVE.get();
        if (active.containsKey(self)) {
            throw PyErr.of(PyExc.RuntimeError, "reentrant call inside " + self.type().getName() + ".__repr__");
        }
        active.put(self, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(self);
        }
    }
}
