package org.pyvm.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The type-variable bookkeeping of types.GenericAlias: which type variables an alias's
 * arguments hold (__parameters__), and ALIAS[ITEM], which replaces them by ITEM's
 * entries, through each variable's __typing_subst__ (and __typing_prepare_subst__ for
 * TypeVarTuple and ParamSpec), into nested aliases, and spreading *tuple[...] and
 * unpacked TypeVarTuples. Compare CPython Objects/genericaliasobject.c:
 * _Py_make_parameters, _Py_subs_parameters, subs_tvars, _unpack_args.
 */
final class GenericAliasSubst {

    private GenericAliasSubst() {}

    /** The type variables among ARGS, in order, each once. Compare _Py_make_parameters. */
    static PyTuple makeParameters(PyTuple args) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject t : args.items) {
            // not the __parameters__ descriptor of a bare class
            if (t instanceof PyType) {
                continue;
            }
            if (Abstract.lookupAttr(t, "__typing_subst__") != null) {
                addOnce(out, t);
                continue;
            }
            if (Abstract.lookupAttr(t, "__parameters__") instanceof PyTuple sub) {
                for (PyObject p : sub.items) {
                    addOnce(out, p);
                }
            }
        }
        return PyTuple.of(out);
    }

    private static void addOnce(List<PyObject> out, PyObject o) {
        if (indexOf(out, o) < 0) {
            out.add(o);
        }
    }

    /** tuple_index: by identity, as CPython compares type variables. */
    private static int indexOf(List<PyObject> l, PyObject o) {
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) == o) {
                return i;
            }
        }
        return -1;
    }

    /** The new arguments of SELF (whose arguments are ARGS) subscripted by ITEM. Compare _Py_subs_parameters. */
    static PyTuple substitute(PyObject self, PyTuple args, PyTuple parameters, PyObject item) {
        int nparams = parameters.size();
        if (nparams == 0) {
            throw PyErr.typeError(Abstract.repr(self).value() + " is not a generic class");
        }
        item = unpackArgs(item);
        for (PyObject param : parameters.items) {
            PyObject prepare = Abstract.lookupAttr(param, "__typing_prepare_subst__");
            if (prepare != null && prepare != PyNone.NONE) {
                item = Abstract.call(prepare, self, item instanceof PyTuple ? item : PyTuple.of(item));
            }
        }
        PyObject[] argItems = item instanceof PyTuple t ? t.items : new PyObject[] {item};
        if (argItems.length != nparams) {
            throw PyErr.typeError("Too " + (argItems.length > nparams ? "many" : "few") + " arguments for "
                + Abstract.repr(self).value() + "; actual " + argItems.length + ", expected " + nparams);
        }
        List<PyObject> params = List.of(parameters.items);
        List<PyObject> newArgs = new ArrayList<>(args.size());
        for (PyObject arg : args.items) {
            if (arg instanceof PyType) {
                newArgs.add(arg);
                continue;
            }
            boolean unpack = isUnpackedTypeVarTuple(arg);
            PyObject subst = Abstract.lookupAttr(arg, "__typing_subst__");
            PyObject r = subst != null ? Abstract.call(subst, argItems[indexOf(params, arg)])
                : substituteIn(arg, params, argItems);
            if (unpack && r instanceof PyTuple t) {
                newArgs.addAll(List.of(t.items));
            } else {
                newArgs.add(r);
            }
        }
        return PyTuple.of(newArgs);
    }

    /** OBJ with its own parameters replaced, when it has any (list[T] inside dict[str, list[T]]). Compare subs_tvars. */
    private static PyObject substituteIn(PyObject obj, List<PyObject> params, PyObject[] argItems) {
        if (!(Abstract.lookupAttr(obj, "__parameters__") instanceof PyTuple sub) || sub.size() == 0) {
            return obj;
        }
        List<PyObject> subArgs = new ArrayList<>();
        for (PyObject p : sub.items) {
            int i = indexOf(params, p);
            if (i >= 0) {
                PyObject a = argItems[i];
                // a TypeVarTuple (iterable) takes a tuple of several arguments
                if (params.get(i).type().slot(Slot.ITER) != null && a instanceof PyTuple t) {
                    subArgs.addAll(List.of(t.items));
                    continue;
                }
                subArgs.add(a);
            } else {
                subArgs.add(p);
            }
        }
        return Abstract.getItem(obj, PyTuple.of(subArgs));
    }

    private static boolean isUnpackedTypeVarTuple(PyObject arg) {
        if (arg instanceof PyType) {
            return false;
        }
        PyObject v = Abstract.lookupAttr(arg, "__typing_is_unpacked_typevartuple__");
        return v != null && Abstract.isTrue(v);
    }

    /** ITEM as a tuple with each *tuple[X, Y] spread into X, Y (not *tuple[X, ...]). Compare _unpack_args. */
    private static PyObject unpackArgs(PyObject item) {
        PyObject[] items = item instanceof PyTuple t ? t.items : new PyObject[] {item};
        List<PyObject> out = new ArrayList<>(items.length);
        for (PyObject it : items) {
            if (!(it instanceof PyType)) {
                PyObject sub = unpackedTupleArgs(it);
                if (sub instanceof PyTuple st && !(st.size() > 0 && st.get(st.size() - 1) == PyEllipsis.ELLIPSIS)) {
                    out.addAll(List.of(st.items));
                    continue;
                }
            }
            out.add(it);
        }
        return PyTuple.of(out);
    }

    /** Compare _unpacked_tuple_args. */
    private static PyObject unpackedTupleArgs(PyObject arg) {
        if (arg instanceof PyGenericAlias g && g.starred && g.origin == PyTuple.TYPE) {
            return g.args;
        }
        PyObject r = Abstract.lookupAttr(arg, "__typing_unpacked_tuple_args__");
        return r == PyNone.NONE ? null : r;
    }
}
