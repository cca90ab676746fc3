package org.pyvm.modules.queue;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyType;

/**
 * The _queue module: SimpleQueue and the Empty exception that queue.Queue shares.
 * Compare CPython Modules/_queuemodule.c: queuemodule_exec.
 */
public final class QueueModule {

    private QueueModule() {}

    /** _queue.Empty, made once per process as the module's exception class (queue.Empty is this class). */
    static volatile PyType empty;

    public static PyModule create() {
        PyModule m = new PyModule("_queue");
        PyDict d = m.getDict();
        // (No docstrings: CPython's text is not copied, DESIGN.md decision 6.)
        PyType e = Types.newException("_queue", "Empty", null, PyExc.Exception);
        empty = e;
        d.setStr("Empty", e);
        d.setStr("SimpleQueue", SimpleQueueObject.TYPE);
        return m;
    }
}
