package org.pyvm.runtime;

/**
 * iter(tuple[int]): gives *tuple[int] once. It pickles as iter(tuple[int]), so that a
 * starred alias (whose __reduce__ is next(iter(alias))) pickles without meeting itself.
 * Compare CPython Objects/genericaliasobject.c: gaiterobject, ga_iternext, ga_iter_reduce.
 */
final class GenericAliasIter implements PyObject, PyIterator {

    static final PyType TYPE = PyType.builtin("generic_alias_iterator", GenericAliasIter.class,
        GenericAliasIter.class).notSubclassable();

    /** The alias not yet starred; null once the starred copy was given. */
    private PyGenericAlias alias;

    GenericAliasIter(PyGenericAlias alias) {
        this.alias = alias;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        PyGenericAlias a = alias;
        if (a == null) {
            return null;
        }
        alias = null;
        return a.starredCopy();
    }

    @ExposedMethod
    static PyObject __iter__(GenericAliasIter self) {
        return self;
    }

    @ExposedMethod
    static PyObject __next__(GenericAliasIter self) {
        PyObject v = self.next();
        if (v == null) {
            throw PyErr.stopIteration(null);
        }
        return v;
    }

    @ExposedMethod
    static PyObject __reduce__(GenericAliasIter self) {
        PyObject iter = PySeqIter.builtin("iter");
        return self.alias != null ? PyTuple.of(iter, PyTuple.of(self.alias)) : PyTuple.of(iter, PyTuple.of(PyTuple.of()));
    }
}
