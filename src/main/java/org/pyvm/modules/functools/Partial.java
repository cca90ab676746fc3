package org.pyvm.modules.functools;

import java.util.Arrays;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.ReprGuard;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Callable;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/**
 * functools.partial: a callable with some arguments filled in. A partial of a partial
 * (without instance attributes) is flattened when made. Compare CPython
 * Modules/_functoolsmodule.c: partial_new, partial_call, partial_repr, partial_setstate.
 */
public final class Partial implements PyObject, Callable, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("functools", "partial", Partial.class, Partial.class));

    private final PyType type;
    private PyObject fn;
    private PyTuple args;
    private PyDict kw;
    private PyDict dict;

    private Partial(PyType type, PyObject fn, PyTuple args, PyDict kw) {
        this.type = type;
        this.fn = fn;
        this.args = args;
        this.kw = kw;
    }

    /** partial(FN, *ARGS, **KW) of the exact type, for other modules (methodcaller.__reduce__). */
    public static PyObject of(PyObject fn, PyObject[] args, PyDict kw) {
        return new Partial(TYPE, fn, PyTuple.of(args.clone()), kw.copy());
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    static boolean callable(PyObject o) {
        return o instanceof Callable || o instanceof PyType || o.type().slot(Slot.CALL) != null;
    }

    /** Whether calling P runs partial's own call (a subclass may override __call__). */
    private static boolean usesOwnCall(PyObject p) {
        return p instanceof Partial && p.type().slot(Slot.CALL) == TYPE.getDict().getStr("__call__");
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 1) {
            throw PyErr.typeError("type 'partial' takes at least one argument");
        }
        PyObject fn = args[0];
        if (!callable(fn)) {
            throw PyErr.typeError("the first argument must be callable");
        }
        PyObject[] before = new PyObject[0];
        PyDict kw = new PyDict();
        if (usesOwnCall(fn) && (((Partial) fn).dict == null || ((Partial) fn).dict.size() == 0)) {
            Partial inner = (Partial) fn;
            before = inner.args.toArray();
            kw = inner.kw.copy();
            fn = inner.fn;
        }
        PyObject[] all = Arrays.copyOf(before, before.length + npos - 1);
        System.arraycopy(args, 1, all, before.length, npos - 1);
        for (int k = 0; k < nkw; k++) {
            kw.setItem(PyStr.of(kwnames[k]), args[npos + k]);
        }
        return new Partial(cls, fn, PyTuple.of(all), kw);
    }

    @Override
    public PyObject call(PyObject[] callArgs, String[] kwnames) {
        if (type != TYPE && !usesOwnCall(this)) {
            return Abstract.call(Abstract.bindDescr(type.slot(Slot.CALL), this, type), callArgs, kwnames);
        }
        return callPartial(callArgs, kwnames);
    }

    /** fn(*self.args, *args, **{**self.keywords, **kwargs}). Compare partial_call. */
    private PyObject callPartial(PyObject[] callArgs, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = callArgs.length - nkw;
        PyObject[] mine = args.toArray();
        if (kw.size() == 0) {
            if (mine.length == 0) {
                return Abstract.call(fn, callArgs, kwnames);
            }
            PyObject[] all = new PyObject[mine.length + callArgs.length];
            System.arraycopy(mine, 0, all, 0, mine.length);
            System.arraycopy(callArgs, 0, all, mine.length, callArgs.length);
            return Abstract.call(fn, all, kwnames);
        }
        PyDict merged = kw.copy();
        for (int k = 0; k < nkw; k++) {
            merged.setItem(PyStr.of(kwnames[k]), callArgs[npos + k]);
        }
        int n = merged.size();
        PyObject[] all = new PyObject[mine.length + npos + n];
        System.arraycopy(mine, 0, all, 0, mine.length);
        System.arraycopy(callArgs, 0, all, mine.length, npos);
        String[] names = new String[n];
        int j = 0;
        for (int i = merged.nextEntry(0); i >= 0; i = merged.nextEntry(i + 1)) {
            PyObject key = merged.keyAt(i);
            if (!(key instanceof PyStr s)) {
                throw PyErr.typeError("keywords must be strings");
            }
            names[j] = s.value();
            all[mine.length + npos + j] = merged.valueAt(i);
            j++;
        }
        return Abstract.call(fn, all, names);
    }

    @ExposedMethod
    static PyObject __call__(Partial self, PyObject[] args, String[] kw) {
        return self.callPartial(args, kw);
    }

    /** Compare partial_repr: tp_name(fn, *args, k=v...), "..." when recursive. */
    @ExposedMethod
    static String __repr__(Partial self) {
        return ReprGuard.guarded(self, "...", () -> {
            StringBuilder sb = new StringBuilder(self.type.getName()).append('(').append(Abstract.repr(self.fn));
            for (PyObject a : self.args.toArray()) {
                sb.append(", ").append(Abstract.repr(a));
            }
            PyDict kw = self.kw;
            for (int i = kw.nextEntry(0); i >= 0; i = kw.nextEntry(i + 1)) {
                // The value first: str(key) may replace it in the dict (partial_repr holds it).
                PyObject value = kw.valueAt(i);
                sb.append(", ").append(Abstract.str(kw.keyAt(i))).append('=').append(Abstract.repr(value));
            }
            return sb.append(')').toString();
        });
    }

    @ExposedGetter
    static PyObject func(Partial self) {
        return self.fn;
    }

    @ExposedGetter
    static PyObject args(Partial self) {
        return self.args;
    }

    @ExposedGetter
    static PyObject keywords(Partial self) {
        return self.kw;
    }

    @ExposedMethod
    static PyObject __reduce__(Partial self) {
        PyObject d = self.dict == null || self.dict.size() == 0 ? PyNone.NONE : self.dict;
        return PyTuple.of(self.type, PyTuple.of(self.fn), PyTuple.of(self.fn, self.args, self.kw, d));
    }

    /** Compare partial_setstate: (fn, args, kwds, dict) with fn callable, args a tuple, the rest dicts or None. */
    @ExposedMethod
    static void __setstate__(Partial self, PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 4) {
            throw PyErr.typeError("invalid partial state");
        }
        PyObject fn = t.get(0);
        PyObject a = t.get(1);
        PyObject kw = t.get(2);
        PyObject d = t.get(3);
        if (!callable(fn) || !(a instanceof PyTuple) || (kw != PyNone.NONE && !(kw instanceof PyDict))
            || (d != PyNone.NONE && !(d instanceof PyDict))) {
            throw PyErr.typeError("invalid partial state");
        }
        self.fn = fn;
        self.args = a.getClass() == PyTuple.class ? (PyTuple) a : PyTuple.of(((PyTuple) a).toArray());
        self.kw = kw == PyNone.NONE ? new PyDict() : kw.getClass() == PyDict.class ? (PyDict) kw : ((PyDict) kw).copy();
        self.dict = d == PyNone.NONE ? null : (PyDict) d;
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
