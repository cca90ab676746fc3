package org.pyvm.modules.decimal;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * The flags and traps of a Context seen as a mapping from signal classes to booleans,
 * backed by the context's status bits. This is the C module's SignalDictMixin; the module
 * makes the Python class SignalDict from it and collections.abc.MutableMapping, as
 * _decimal.c does (PyDecSignalDictMixin_Type: signaldict_getitem, signaldict_setitem,
 * signaldict_repr, signaldict_copy).
 */
final class SignalDictObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("decimal", "SignalDictMixin", SignalDictObject.class,
        SignalDictObject.class));

    private final PyType type;
    private PyDict dict;
    ContextObject ctx;
    boolean traps;

    SignalDictObject(PyType type) {
        this.type = type;
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

    int bits() {
        return traps ? ctx.traps : ctx.flags;
    }

    private ContextObject live() {
        if (ctx == null) {
            throw PyErr.valueError("invalid signal dict");
        }
        return ctx;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new SignalDictObject(cls);
    }

    @ExposedMethod
    static void __init__(SignalDictObject self, PyObject[] args, String[] kw) {
    }

    @ExposedMethod
    static PyObject __getitem__(SignalDictObject self, PyObject key) {
        self.live();
        int b = DecimalModule.signalBits(key, false);
        if (b == 0) {
            throw PyErr.keyError(key);
        }
        return PyBool.of((self.bits() & b) != 0);
    }

    @ExposedMethod
    static void __setitem__(SignalDictObject self, PyObject key, PyObject value) {
        ContextObject c = self.live();
        int b = DecimalModule.signalBits(key, false);
        if (b == 0) {
            throw PyErr.keyError(key);
        }
        boolean on = Abstract.isTrue(value);
        if (self.traps) {
            c.traps = on ? c.traps | b : c.traps & ~b;
        } else {
            c.flags = on ? c.flags | b : c.flags & ~b;
        }
    }

    @ExposedMethod
    static void __delitem__(SignalDictObject self, PyObject key) {
        throw PyErr.valueError("signal keys cannot be deleted");
    }

    @ExposedMethod
    static long __len__(SignalDictObject self) {
        self.live();
        return DecimalModule.SIGNAL_COUNT;
    }

    @ExposedMethod
    static PyObject __iter__(SignalDictObject self) {
        self.live();
        return Abstract.iter(new PyList(DecimalModule.signalClasses()));
    }

    /** Compare signaldict_richcompare: two signal dicts by their bits, a dict by its items. */
    private static PyObject equal(SignalDictObject self, PyObject o) {
        self.live();
        if (o instanceof SignalDictObject sd) {
            sd.live();
            return PyBool.of(self.bits() == sd.bits());
        }
        if (o instanceof PyDict) {
            return PyBool.of(org.pyvm.runtime.Ops.eqBool(copy(self), o));
        }
        return org.pyvm.runtime.PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __eq__(SignalDictObject self, PyObject o) {
        return equal(self, o);
    }

    @ExposedMethod
    static PyObject __ne__(SignalDictObject self, PyObject o) {
        PyObject r = equal(self, o);
        return r instanceof PyBool b ? PyBool.of(b != PyBool.TRUE) : r;
    }

    @ExposedMethod
    static String __repr__(SignalDictObject self) {
        self.live();
        StringBuilder sb = new StringBuilder("{");
        PyObject[] sigs = DecimalModule.signalClasses();
        for (int i = 0; i < sigs.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(sigs[i]).value()).append(':')
                .append((self.bits() & DecimalModule.signalBits(sigs[i], false)) != 0 ? "True" : "False");
        }
        return sb.append('}').toString();
    }

    @ExposedMethod
    static PyObject copy(SignalDictObject self) {
        self.live();
        PyDict d = new PyDict();
        for (PyObject s : DecimalModule.signalClasses()) {
            d.setItem(s, PyBool.of((self.bits() & DecimalModule.signalBits(s, false)) != 0));
        }
        return d;
    }
}
