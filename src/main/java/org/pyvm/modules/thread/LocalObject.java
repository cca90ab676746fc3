package org.pyvm.modules.thread;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _thread._local (threading.local): an object whose attributes are per thread. Each
 * thread sees its own dict; a thread other than the creator that first touches the
 * object gets a fresh dict and, for a subclass, a call of its __init__ with the
 * arguments the object was made with. Compare CPython Modules/_threadmodule.c:
 * local_new, _ldict.
 */
final class LocalObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_thread", "_local", LocalObject.class, LocalObject.class));

    private final PyType type;
    private final PyObject[] args;
    private final String[] kwnames;
    /**
     * Each thread's dict, held by this object (not by the threads, as a ThreadLocal's value
     * would be): a cycle through the dict (local.x = obj holding the local) is then garbage
     * as a whole. An entry goes with its thread (weak keys).
     */
    private final java.util.WeakHashMap<Thread, PyDict> dicts = new java.util.WeakHashMap<>();
    /** The last thread's entry, read without the lock. */
    private volatile Entry last;

    private record Entry(Thread thread, PyDict dict) {}

    /** The locals this thread has a dict in, so that its dicts go when it ends. */
    private static final ThreadLocal<java.util.List<java.lang.ref.WeakReference<LocalObject>>> TOUCHED =
        ThreadLocal.withInitial(java.util.ArrayList::new);

    /**
     * The calling thread is ending: its dict in every local goes (what it alone held becomes
     * garbage), as CPython clears a thread's local dicts with its thread state.
     */
    private static void touched(LocalObject l) {
        java.util.List<java.lang.ref.WeakReference<LocalObject>> list = TOUCHED.get();
        if (list.size() >= 64 && Integer.bitCount(list.size()) == 1) {
            // Now and then the locals already gone are dropped (a long-lived thread makes many).
            list.removeIf(r -> r.get() == null);
        }
        list.add(new java.lang.ref.WeakReference<>(l));
    }

    static void threadEnded() {
        Thread t = Thread.currentThread();
        for (java.lang.ref.WeakReference<LocalObject> r : TOUCHED.get()) {
            LocalObject l = r.get();
            if (l != null) {
                synchronized (l.dicts) {
                    l.dicts.remove(t);
                }
                Entry e = l.last;
                if (e != null && e.thread == t) {
                    l.last = null;
                }
            }
        }
        TOUCHED.remove();
    }

    private LocalObject(PyType type, PyObject[] args, String[] kwnames) {
        this.type = type;
        this.args = args;
        this.kwnames = kwnames;
        PyDict d = new PyDict();
        Thread t = Thread.currentThread();
        dicts.put(t, d);
        last = new Entry(t, d);
        touched(this);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        Thread t = Thread.currentThread();
        Entry e = last;
        if (e != null && e.thread == t) {
            return e.dict;
        }
        PyDict d;
        boolean fresh = false;
        synchronized (dicts) {
            d = dicts.get(t);
            if (d == null) {
                d = new PyDict();
                dicts.put(t, d);
                fresh = true;
            }
        }
        if (fresh) {
            touched(this);
        }
        last = new Entry(t, d);
        if (fresh) {
            PyObject init = type.lookup("__init__");
            if (init != null && init != PyType.OBJECT.lookup("__init__")) {
                Abstract.call(Abstract.bindDescr(init, this, type), args, kwnames);
            }
        }
        return d;
    }

    /** The calling thread's dict; it cannot be replaced or deleted. Compare _threadmodule.c: local_getattro, local_setattro. */
    @ExposedGetter(setter = "setDictAttr")
    static PyObject __dict__(LocalObject self) {
        return self.getDict();
    }

    static void setDictAttr(LocalObject self, PyObject value) {
        throw PyErr.attributeError("'" + self.type().getName() + "' object attribute '__dict__' is read-only");
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (args.length > 0 && cls.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
            throw PyErr.typeError("Initialization arguments are not supported");
        }
        Args.nkw(kw);
        return new LocalObject(cls, args.clone(), kw);
    }
}
