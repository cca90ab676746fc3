package org.pyvm.modules.collections;

import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.Member;
import org.pyvm.modules.corelib.ReprGuard;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/**
 * collections.defaultdict: a dict whose {@code __missing__} calls default_factory and
 * stores the result. The dict's own {@code __getitem__} calls {@code __missing__} for
 * instances of dict subclasses, so only the factory, the repr, copying and
 * {@code |} are here. Compare CPython Modules/_collectionsmodule.c: defdict_*.
 */
public class DefaultDict extends PyDict {

    static final PyType TYPE = Types.finish(Types.builtin("collections", "defaultdict", DefaultDict.class,
        DefaultDict.class, PyDict.TYPE));

    static {
        Member.install(TYPE, "default_factory", o -> ((DefaultDict) o).factory,
            (o, v) -> ((DefaultDict) o).factory = v == null ? PyNone.NONE : v);
    }

    private final PyType type;
    PyObject factory = PyNone.NONE;

    DefaultDict(PyType type) {
        this.type = type;
    }

    /** An instance of a Python subclass of defaultdict: it has an attribute dictionary. */
    static final class Sub extends DefaultDict implements HasDict {
        private PyDict dict;

        Sub(PyType type) {
            super(type);
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    static boolean callable(PyObject o) {
        return o instanceof org.pyvm.runtime.Callable || o instanceof PyType || o.type().slot(Slot.CALL) != null;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return cls == TYPE ? new DefaultDict(TYPE) : new Sub(cls);
    }

    /** defaultdict(default_factory=None, /, [...]): the rest goes to dict.__init__. Compare defdict_init. */
    @ExposedMethod
    static void __init__(DefaultDict self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject factory = PyNone.NONE;
        PyObject[] rest = args;
        if (npos > 0) {
            factory = args[0];
            if (factory != PyNone.NONE && !callable(factory)) {
                throw PyErr.typeError("first argument must be callable or None");
            }
            rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        self.factory = factory;
        PyObject[] withSelf = new PyObject[rest.length + 1];
        withSelf[0] = self;
        System.arraycopy(rest, 0, withSelf, 1, rest.length);
        Abstract.call(PyDict.TYPE.getDict().getStr("__init__"), withSelf, nkw == 0 ? null : kw);
    }

    /** Compare defdict_missing: KeyError without a factory, else self[key] = factory(). */
    @ExposedMethod
    static PyObject __missing__(DefaultDict self, PyObject key) {
        if (self.factory == PyNone.NONE) {
            throw PyErr.keyError(key);
        }
        PyObject v = Abstract.call(self.factory);
        Abstract.setItem(self, key, v);
        return v;
    }

    /** Compare defdict_repr: NAME(factory_repr, dict_repr), "..." for a factory that prints this dict. */
    @ExposedMethod
    static String __repr__(DefaultDict self) {
        String base = Abstract.callDescr(PyDict.TYPE.getDict().getStr("__repr__"), self).toString();
        String f = self.factory == PyNone.NONE ? "None"
            : ReprGuard.guarded(self, "...", () -> Abstract.repr(self.factory).toString());
        return Types.shortName(self.type) + "(" + f + ", " + base + ")";
    }

    /** type(self)(self.default_factory, ARG). Compare new_defdict. */
    private static PyObject make(DefaultDict self, PyObject arg) {
        if (self.type == TYPE) {
            DefaultDict d = new DefaultDict(TYPE);
            d.factory = self.factory;
            if (arg instanceof PyDict pd) {
                d.update(pd);
            } else {
                __init__(d, new PyObject[] {self.factory, arg}, null);
            }
            return d;
        }
        return Abstract.call(self.type, self.factory, arg);
    }

    @ExposedMethod
    static PyObject copy(DefaultDict self) {
        return make(self, self);
    }

    @ExposedMethod
    static PyObject __copy__(DefaultDict self) {
        return make(self, self);
    }

    /** (type, (factory,) or (), None, None, iter(items)). Compare defdict_reduce. */
    @ExposedMethod
    static PyObject __reduce__(DefaultDict self) {
        PyObject args = self.factory == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(self.factory);
        PyObject items = Abstract.iter(Abstract.call(Abstract.getAttr(self, "items")));
        return PyTuple.of(self.type, args, PyNone.NONE, PyNone.NONE, items);
    }

    /** defaultdict | dict and dict | defaultdict: the defaultdict side's type. Compare defdict_or. */
    private static PyObject or(PyObject left, PyObject right) {
        DefaultDict self;
        PyObject other;
        if (left instanceof DefaultDict l) {
            self = l;
            other = right;
        } else {
            self = (DefaultDict) right;
            other = left;
        }
        if (!(other instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject d = make(self, left);
        Abstract.call(Abstract.getAttr(d, "update"), right);
        return d;
    }

    @ExposedMethod
    static PyObject __or__(DefaultDict self, PyObject other) {
        return or(self, other);
    }

    @ExposedMethod
    static PyObject __ror__(DefaultDict self, PyObject other) {
        return or(other, self);
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
