package org.pyvm.modules.abc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The _abc module, the accelerator abc.ABCMeta is built on: abstract-method bookkeeping,
 * the registry of virtual subclasses and the positive/negative subclass caches (held
 * weakly, as CPython's sets of weak references), invalidated by a global counter that
 * register() bumps. With it, abc does not need _py_abc and _weakrefset. Compare CPython
 * Modules/_abc.c: compute_abstract_methods, _abc__abc_register_impl,
 * _abc__abc_instancecheck_impl, _abc__abc_subclasscheck_impl.
 */
public final class AbcModule {

    private AbcModule() {}

    /** abc_invalidation_counter: bumped by every register(). */
    private static final AtomicLong COUNTER = new AtomicLong();

    public static PyModule create() {
        COUNTER.set(0);
        PyModule m = new PyModule("_abc");
        m.addFunctions(AbcModule.class);
        m.getDict().setStr("__doc__", PyStr.of("Module contains faster C implementation of abc.ABCMeta"));
        return m;
    }

    /** The per-class state, cls._abc_impl. Compare _abc_data. */
    static final class Data implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("_abc", "_abc_data", Data.class, Data.class))
            .notSubclassable();

        final Set<PyObject> registry = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<PyObject> cache = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<PyObject> negative = Collections.newSetFromMap(new WeakHashMap<>());
        long negativeVersion = COUNTER.get();

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    private static Data impl(PyObject cls) {
        PyObject d = Abstract.getAttr(cls, "_abc_impl");
        if (!(d instanceof Data data)) {
            throw PyErr.typeError("_abc_impl is set to a wrong type");
        }
        return data;
    }

    /** getattr(o, name, None): null when missing, also when a getter raises AttributeError. */
    private static PyObject optional(PyObject o, PyStr name) {
        try {
            return Abstract.lookupAttr(o, name);
        } catch (org.pyvm.runtime.PyBaseException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    private static boolean isAbstract(PyObject value) {
        PyObject flag = optional(value, PyStr.intern("__isabstractmethod__"));
        return flag != null && Abstract.isTrue(flag);
    }

    /** Compare compute_abstract_methods: the class's own abstract names, then inherited ones still abstract. */
    private static void computeAbstractMethods(PyObject cls) {
        List<PyObject> abstracts = new ArrayList<>();
        PyObject ns = Abstract.getAttr(cls, "__dict__");
        PyObject items = Abstract.call(Abstract.getAttr(ns, "items"));
        for (PyObject item : Abstract.iterable(items)) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("items() returned item which is not a 2-tuple");
            }
            if (isAbstract(t.get(1))) {
                abstracts.add(t.get(0));
            }
        }
        PyObject bases = Abstract.getAttr(cls, "__bases__");
        if (!(bases instanceof PyTuple bt)) {
            throw PyErr.typeError("__bases__ is not tuple");
        }
        for (PyObject base : bt.toArray()) {
            PyObject names = optional(base, PyStr.intern("__abstractmethods__"));
            if (names == null) {
                continue;
            }
            for (PyObject name : Abstract.iterable(names)) {
                if (!(name instanceof PyStr n)) {
                    throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
                }
                PyObject value = optional(cls, n);
                if (value != null && isAbstract(value)) {
                    abstracts.add(name);
                }
            }
        }
        PySet fs = new PySet(true);
        fs.update(new PyList(abstracts));
        Abstract.setAttr(cls, "__abstractmethods__", fs);
    }

    @ExposedMethod
    static void _abc_init(PyObject self) {
        computeAbstractMethods(self);
        Abstract.setAttr(self, "_abc_impl", new Data());
        if (self instanceof PyType t) {
            // collections.abc marks Sequence/Mapping for pattern matching with __abc_tpflags__;
            // CPython moves it into tp_flags and deletes it from the class dict.
            PyDict d = t.getDict();
            PyObject flags = d.getStr("__abc_tpflags__");
            if (flags != null) {
                if (flags.type() == PyInt.TYPE) {
                    long val = ((PyInt) flags).bigValue().longValue();
                    int both = PyType.SEQUENCE | PyType.MAPPING;
                    if ((val & both) == both) {
                        throw PyErr.typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                    }
                    t.addCollectionFlags((int) (val & both));
                }
                Abstract.delItem(d, PyStr.of("__abc_tpflags__"));
            }
        }
    }

    @ExposedMethod
    static PyObject _abc_register(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType)) {
            throw PyErr.typeError("Can only register classes");
        }
        if (Abstract.isSubclass(subclass, self)) {
            return subclass;
        }
        if (Abstract.isSubclass(self, subclass)) {
            throw PyErr.runtimeError("Refusing to create an inheritance cycle");
        }
        Data d = impl(self);
        synchronized (d) {
            d.registry.add(subclass);
        }
        COUNTER.incrementAndGet();
        // Registering with Sequence or Mapping makes the class match those patterns.
        if (self instanceof PyType t && t.collectionFlags() != 0) {
            ((PyType) subclass).setCollectionFlagRecursive(t.collectionFlags());
        }
        return subclass;
    }

    private static boolean callSubclassCheck(PyObject self, PyObject sub) {
        return Abstract.isTrue(Abstract.call(Abstract.getAttr(self, "__subclasscheck__"), sub));
    }

    @ExposedMethod
    static boolean _abc_instancecheck(PyObject self, PyObject instance) {
        Data d = impl(self);
        PyObject subclass = Abstract.getAttr(instance, "__class__");
        synchronized (d) {
            if (d.cache.contains(subclass)) {
                return true;
            }
        }
        PyType subtype = instance.type();
        if (subtype == subclass) {
            synchronized (d) {
                if (d.negativeVersion == COUNTER.get() && d.negative.contains(subclass)) {
                    return false;
                }
            }
            return callSubclassCheck(self, subclass);
        }
        if (callSubclassCheck(self, subclass)) {
            return true;
        }
        return callSubclassCheck(self, subtype);
    }

    @ExposedMethod
    static boolean _abc_subclasscheck(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        Data d = impl(self);
        synchronized (d) {
            if (d.cache.contains(subclass)) {
                return true;
            }
            if (d.negativeVersion < COUNTER.get()) {
                d.negative.clear();
                d.negativeVersion = COUNTER.get();
            } else if (d.negative.contains(subclass)) {
                return false;
            }
        }
        PyObject ok = Abstract.call(Abstract.getAttr(self, "__subclasshook__"), subclass);
        if (ok == PyBool.TRUE) {
            add(d.cache, d, subclass);
            return true;
        }
        if (ok == PyBool.FALSE) {
            add(d.negative, d, subclass);
            return false;
        }
        if (ok != PyNotImplemented.NOT_IMPLEMENTED) {
            throw PyErr.of(PyExc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        }
        for (PyType t : sub.getMro()) {
            if (t == self) {
                add(d.cache, d, subclass);
                return true;
            }
        }
        List<PyObject> registry;
        synchronized (d) {
            // A registered class itself answers True without entering the cache (subclasscheck_check_registry).
            if (d.registry.contains(subclass)) {
                return true;
            }
            registry = new ArrayList<>(d.registry);
        }
        for (PyObject rcls : registry) {
            if (Abstract.isSubclass(subclass, rcls)) {
                add(d.cache, d, subclass);
                return true;
            }
        }
        PyObject subclasses = Abstract.call(Abstract.getAttr(self, "__subclasses__"));
        if (!(subclasses instanceof PyList)) {
            throw PyErr.typeError("__subclasses__() must return a list");
        }
        for (PyObject scls : ((PyList) subclasses).toArray()) {
            if (Abstract.isSubclass(subclass, scls)) {
                add(d.cache, d, subclass);
                return true;
            }
        }
        add(d.negative, d, subclass);
        return false;
    }

    private static void add(Set<PyObject> set, Data d, PyObject cls) {
        synchronized (d) {
            set.add(cls);
        }
    }

    /** (registry, cache, negative cache, negative cache version): sets of weak references. */
    @ExposedMethod
    static PyObject _get_dump(PyObject self) {
        Data d = impl(self);
        synchronized (d) {
            return PyTuple.of(weakSet(d.registry), weakSet(d.cache), weakSet(d.negative), PyInt.of(d.negativeVersion));
        }
    }

    private static PyObject weakSet(Set<PyObject> classes) {
        PyObject ref = PyRuntime.builtinModule("_weakref").getDict().getStr("ref");
        List<PyObject> refs = new ArrayList<>();
        for (PyObject c : classes) {
            refs.add(Abstract.call(ref, c));
        }
        PySet s = new PySet(false);
        s.update(new PyList(refs));
        return s;
    }

    @ExposedMethod
    static void _reset_registry(PyObject self) {
        Data d = impl(self);
        synchronized (d) {
            d.registry.clear();
        }
    }

    @ExposedMethod
    static void _reset_caches(PyObject self) {
        Data d = impl(self);
        synchronized (d) {
            d.cache.clear();
            d.negative.clear();
        }
    }

    @ExposedMethod
    static long get_cache_token() {
        return COUNTER.get();
    }
}
