package org.pyvm.modules.multiprocessing;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;

/**
 * The _multiprocessing module of POSIX: SemLock ({@link SemLockObject}), sem_unlink and
 * the flags dict. Compare CPython Modules/_multiprocessing/multiprocessing.c.
 */
public final class MultiprocessingModule {

    private MultiprocessingModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_multiprocessing");
        m.addFunctions(MultiprocessingModule.class);
        PyDict d = m.getDict();
        SemLockObject.TYPE.getDict().setStr("SEM_VALUE_MAX", PyInt.of(SemLockObject.SEM_VALUE_MAX));
        d.setStr("SemLock", SemLockObject.TYPE);
        PyDict flags = new PyDict();
        flags.setStr("HAVE_SEM_OPEN", PyInt.ONE);
        flags.setStr("HAVE_SEM_TIMEDWAIT", PyInt.ONE);
        d.setStr("flags", flags);
        return m;
    }

    /** sem_unlink(name, /). */
    @ExposedMethod
    static void sem_unlink(PyObject name) {
        SemLockObject.unlink(name);
    }
}
