package org.pyvm.modules.weakref;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicLong;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Callable;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * weakref.ReferenceType ({@code weakref.ref}): calling it gives the referent, or None once
 * the JVM has collected it. Subclassable (weakref.WeakMethod, KeyedRef). Hash is the
 * referent's (kept once computed); two live refs are equal when their referents are.
 * Compare CPython Objects/weakrefobject.c: weakref___new__, weakref_hash, weakref_repr,
 * weakref_richcompare, get_basic_refs. Also the Java base of the proxies ({@link WeakProxy}).
 */
public class WeakRefObject extends WeakReference<PyObject> implements PyObject, Callable, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("weakref", "ReferenceType", WeakRefObject.class,
        WeakRefObject.class));

    private static final AtomicLong SERIALS = new AtomicLong();

    private final PyType type;
    private volatile PyObject callback;
    final int idHash;
    /** Creation order, for the order of callbacks. */
    final long serial = SERIALS.incrementAndGet();
    private long hash = -1;
    private boolean hashed;
    private PyDict dict;

    WeakRefObject(PyType type, PyObject referent, PyObject callback) {
        super(referent, WeakRefs.QUEUE);
        this.type = type;
        this.callback = callback == PyNone.NONE ? null : callback;
        this.idHash = System.identityHashCode(referent);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The callback, once: the collector's queue and gc.collect() may both see a dead ref. */
    synchronized PyObject takeCallback() {
        PyObject cb = callback;
        callback = null;
        return cb;
    }

    PyObject callbackOrNone() {
        PyObject cb = callback;
        return cb == null ? PyNone.NONE : cb;
    }

    /** The referent, or TypeError for objects that cannot be weakly referenced. */
    static PyObject checkReferent(PyObject ob) {
        if (!WeakRefs.weakrefable(ob.type())) {
            throw PyErr.typeError("cannot create weak reference to '" + ob.type().getName() + "' object");
        }
        return ob;
    }

    /**
     * ref(ob, callback=None): the existing basic ref when there is no callback. Keywords
     * are ignored here and refused by __init__, so a subclass whose __init__ takes some
     * works (weakref___new__, parse_weakref_init_args).
     */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int n = args.length - Args.nkw(kw);
        Args.positional("__new__", n, 1, 2);
        PyObject ob = checkReferent(args[0]);
        PyObject cb = n > 1 ? args[1] : PyNone.NONE;
        WeakRefs.drain();
        if (cls == TYPE && cb == PyNone.NONE) {
            for (WeakRefObject r : WeakRefs.refsTo(ob)) {
                if (r.getClass() == WeakRefObject.class && r.type == TYPE && r.callback == null) {
                    return r;
                }
            }
        }
        WeakRefObject r = new WeakRefObject(cls, ob, cb);
        WeakRefs.register(r, ob);
        return r;
    }

    /** Without a callback. */
    boolean isBasic() {
        return callback == null;
    }

    /** The basic ref of its referent: exactly weakref.ref, without a callback. */
    boolean isBasicRef() {
        return getClass() == WeakRefObject.class && type == TYPE && callback == null;
    }

    /** Compare weakref___init__: the arguments were used by __new__; only their count is checked. */
    @ExposedMethod
    static void __init__(WeakRefObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("ref", kw);
        Args.positional("__init__", args.length, 1, 2);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        // A Python subclass may define its own __call__ (weakref.WeakMethod does).
        if (type.isHeapType()) {
            PyObject c = type.slot(org.pyvm.runtime.Slot.CALL);
            if (c != TYPE.getDict().getStr("__call__")) {
                return Abstract.call(Abstract.bindDescr(c, this, type), args, kwnames);
            }
        }
        return __call__(this, args, kwnames);
    }

    @ExposedMethod
    static PyObject __call__(WeakRefObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("weakref", kw);
        Args.positional("weakref", args.length, 0, 0);
        PyObject o = self.get();
        return o == null ? PyNone.NONE : o;
    }

    @ExposedGetter
    static PyObject __callback__(WeakRefObject self) {
        return self.callbackOrNone();
    }

    @ExposedMethod
    static long __hash__(WeakRefObject self) {
        if (self.hashed) {
            return self.hash;
        }
        PyObject o = self.get();
        if (o == null) {
            throw PyErr.typeError("weak object has gone away");
        }
        self.hash = Abstract.hash(o);
        self.hashed = true;
        return self.hash;
    }

    private static PyObject compare(WeakRefObject self, PyObject other, boolean eq) {
        if (!(other instanceof WeakRefObject o) || other instanceof WeakProxy || self instanceof WeakProxy) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = self.get();
        PyObject b = o.get();
        if (a == null || b == null) {
            boolean same = self == o;
            return org.pyvm.runtime.PyBool.of(eq == same);
        }
        return Ops.richCompare(a, b, eq ? Ops.EQ : Ops.NE);
    }

    @ExposedMethod
    static PyObject __eq__(WeakRefObject self, PyObject other) {
        return compare(self, other, true);
    }

    @ExposedMethod
    static PyObject __ne__(WeakRefObject self, PyObject other) {
        return compare(self, other, false);
    }

    /** {@code <weakref at 0x..; to 'C' at 0x.. (name)>} or {@code <weakref at 0x..; dead>}. */
    @ExposedMethod
    static String __repr__(WeakRefObject self) {
        PyObject o = self.get();
        String at = "<weakref at 0x" + Abstract.idHex(self) + "; ";
        if (o == null) {
            return at + "dead>";
        }
        // Compare weakref_repr: __name__ looked up on the type (_PyObject_LookupSpecial), shown if a str.
        PyObject d = o.type().lookup("__name__");
        PyObject name = d == null ? null : Abstract.bindDescr(d, o, o.type());
        String to = at + "to '" + o.type().getName() + "' at 0x" + Abstract.idHex(o);
        return name instanceof org.pyvm.runtime.PyStr n ? to + " (" + n.value() + ")>" : to + ">";
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
