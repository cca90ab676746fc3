package org.pyvm.runtime;

/**
 * The pickle protocol of {@code object}: __reduce_ex__, __reduce__ and __getstate__, which
 * copy, pickle and copyreg (and through them enum, re, typing, ...) rely on. Compare CPython
 * Objects/typeobject.c: object___reduce_ex___impl, _common_reduce, reduce_newobj,
 * _PyObject_GetNewArguments, object_getstate, object_getstate_default, _PyType_GetSlotNames,
 * _PyObject_GetItemsIter.
 */
public final class Reduce {

    private Reduce() {}

    /** The copyreg module, imported as PyImport_ImportModule does (through builtins.__import__). */
    private static PyObject copyreg() {
        return Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("copyreg"));
    }

    /** object.__reduce_ex__(protocol): a __reduce__ overridden by the type wins. */
    static PyObject reduceEx(PyObject self, PyObject protocol) {
        int proto = (int) Abstract.index(protocol).longValue();
        PyObject reduce = Abstract.lookupAttr(self, "__reduce__");
        if (reduce != null) {
            PyObject own = self.type().lookup("__reduce__");
            if (own != PyType.OBJECT.getDict().getStr("__reduce__")) {
                return Abstract.call(reduce);
            }
        }
        return commonReduce(self, proto);
    }

    static PyObject commonReduce(PyObject self, int proto) {
        if (proto >= 2) {
            return reduceNewobj(self);
        }
        return Abstract.call(Abstract.getAttr(copyreg(), "_reduce_ex"), self, PyInt.of(proto));
    }

    /** A special method looked up on the type and bound, or null. */
    private static PyObject special(PyObject obj, String name) {
        PyObject d = obj.type().lookup(name);
        return d == null ? null : Abstract.bindDescr(d, obj, obj.type());
    }

    /** (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). Compare reduce_newobj. */
    private static PyObject reduceNewobj(PyObject obj) {
        PyType cls = obj.type();
        if (cls.lookup("__new__") == null) {
            throw PyErr.typeError("cannot pickle '" + cls.getName() + "' object");
        }
        PyTuple args = null;
        PyObject kwargs = null;
        PyObject getnewargsEx = special(obj, "__getnewargs_ex__");
        if (getnewargsEx != null) {
            PyObject r = Abstract.call(getnewargsEx);
            if (!(r instanceof PyTuple t)) {
                throw PyErr.typeError("__getnewargs_ex__ should return a tuple, not '" + r.type().getName() + "'");
            }
            if (t.size() != 2) {
                throw PyErr.typeError("__getnewargs_ex__ should return a tuple of length 2, not " + t.size());
            }
            if (!(t.get(0) instanceof PyTuple a)) {
                throw PyErr.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                    + t.get(0).type().getName() + "'");
            }
            if (!(t.get(1) instanceof PyDict)) {
                throw PyErr.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                    + t.get(1).type().getName() + "'");
            }
            args = a;
            kwargs = t.get(1);
        } else {
            PyObject getnewargs = special(obj, "__getnewargs__");
            if (getnewargs != null) {
                PyObject r = Abstract.call(getnewargs);
                if (!(r instanceof PyTuple a)) {
                    throw PyErr.typeError("__getnewargs__ should return a tuple, not '" + r.type().getName() + "'");
                }
                args = a;
            }
        }
        PyObject copyreg = copyreg();
        boolean hasargs = args != null;
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || Abstract.len(kwargs) == 0) {
            newobj = Abstract.getAttr(copyreg, "__newobj__");
            int n = args == null ? 0 : args.size();
            PyObject[] items = new PyObject[n + 1];
            items[0] = cls;
            for (int i = 0; i < n; i++) {
                items[i + 1] = args.get(i);
            }
            newargs = PyTuple.of(items);
        } else {
            newobj = Abstract.getAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.of(new PyObject[] {cls, args, kwargs});
        }
        PyObject state = getstate(obj, !(hasargs || obj instanceof PyList || obj instanceof PyDict));
        PyObject listitems = obj instanceof PyList ? Abstract.iter(obj) : PyNone.NONE;
        PyObject dictitems = obj instanceof PyDict
            ? Abstract.iter(Abstract.call(Abstract.getAttr(obj, "items"))) : PyNone.NONE;
        return PyTuple.of(new PyObject[] {newobj, newargs, state, listitems, dictitems});
    }

    /** obj.__getstate__(), for the __reduce__ of a builtin type. Compare _PyObject_GetState. */
    public static PyObject getState(PyObject obj) {
        return getstate(obj, false);
    }

    /** obj.__getstate__(), passing REQUIRED when it is object's own. Compare object_getstate. */
    private static PyObject getstate(PyObject obj, boolean required) {
        PyObject own = obj.type().lookup("__getstate__");
        if (own == PyType.OBJECT.getDict().getStr("__getstate__") && !(obj instanceof HasDict hd
            && ObjectMethods.hasInstanceDict(obj) && hd.getDict().getStr("__getstate__") != null)) {
            return getstateDefault(obj, required);
        }
        return Abstract.call(Abstract.getAttr(obj, "__getstate__"));
    }

    /** The instance dict (or None) and the values of __slots__. Compare object_getstate_default. */
    static PyObject getstateDefault(PyObject obj, boolean required) {
        PyType cls = obj.type();
        if (required && cls.solidBase != PyType.OBJECT) {
            // CPython compares tp_basicsize with object's: a builtin base holds C state that
            // neither the dict nor the slots describe.
            throw PyErr.typeError("cannot pickle '" + cls.getName() + "' object");
        }
        PyObject state = PyNone.NONE;
        if (ObjectMethods.hasInstanceDict(obj)) {
            PyDict d = ((HasDict) obj).getDict();
            if (d.size() > 0) {
                state = d.copy();
            }
        }
        PyObject slotnames = slotNames(cls);
        if (slotnames != PyNone.NONE && Abstract.len(slotnames) > 0) {
            PyDict slots = new PyDict();
            for (PyObject name : Abstract.iterable(slotnames)) {
                PyObject value;
                try {
                    value = Abstract.getAttr(obj, (PyStr) name);
                } catch (PyBaseException e) {
                    if (!e.matches(PyExc.AttributeError)) {
                        throw e;
                    }
                    continue;
                }
                slots.setItem(name, value);
            }
            if (slots.size() > 0) {
                state = PyTuple.of(new PyObject[] {state, slots});
            }
        }
        return state;
    }

    /** cls.__dict__['__slotnames__'] or copyreg._slotnames(cls). Compare _PyType_GetSlotNames. */
    private static PyObject slotNames(PyType cls) {
        PyObject cached = cls.getDict().getStr("__slotnames__");
        if (cached != null) {
            if (cached != PyNone.NONE && !(cached instanceof PyList)) {
                throw PyErr.typeError(cls.getName() + ".__slotnames__ should be a list or None, not "
                    + cached.type().getName());
            }
            return cached;
        }
        PyObject r = Abstract.call(Abstract.getAttr(copyreg(), "_slotnames"), cls);
        if (r != PyNone.NONE && !(r instanceof PyList)) {
            throw PyErr.typeError("copyreg._slotnames didn't return a list or None");
        }
        return r;
    }
}
