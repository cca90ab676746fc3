package org.pyvm.modules.collections;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Member;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _collections._tuplegetter(index, doc): the read-only field descriptors of the classes
 * namedtuple makes. Compare CPython Modules/_collectionsmodule.c: tuplegetter_descr_get.
 */
final class TupleGetter implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("collections", "_tuplegetter", TupleGetter.class,
        TupleGetter.class).notSubclassable());

    static {
        // __doc__ is writable, as namedtuple's users set a field's docstring.
        Member.install(TYPE, "__doc__", o -> ((TupleGetter) o).doc,
            (o, v) -> ((TupleGetter) o).doc = v == null ? PyNone.NONE : v);
    }

    private final long index;
    private PyObject doc;

    TupleGetter(long index, PyObject doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        Args.exact("_tuplegetter", args, kw, 2);
        PyInt i = Abstract.index(args[0]);
        return new TupleGetter(i.isBig() ? Long.MAX_VALUE : i.value, args[1]);
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(TupleGetter self, PyObject obj, PyObject type) {
        if (obj == null || obj == PyNone.NONE) {
            return self;
        }
        if (!(obj instanceof PyTuple t)) {
            throw PyErr.typeError("descriptor for index '" + self.index + "' for tuple subclasses doesn't apply to '"
                + obj.type().getName() + "' object");
        }
        if (self.index < 0 || self.index >= t.size()) {
            throw PyErr.indexError("tuple index out of range");
        }
        return t.get((int) self.index);
    }

    @ExposedMethod
    static void __set__(TupleGetter self, PyObject obj, PyObject value) {
        throw PyErr.attributeError("can't set attribute");
    }

    @ExposedMethod
    static void __delete__(TupleGetter self, PyObject obj) {
        throw PyErr.attributeError("can't delete attribute");
    }

    @ExposedMethod
    static String __repr__(TupleGetter self) {
        return "_tuplegetter(" + self.index + ", " + Abstract.repr(self.doc) + ")";
    }

    @ExposedMethod
    static PyObject __reduce__(TupleGetter self) {
        return PyTuple.of(TYPE, PyTuple.of(PyInt.of(self.index), self.doc));
    }
}
