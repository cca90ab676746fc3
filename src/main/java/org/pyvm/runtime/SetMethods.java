package org.pyvm.runtime;

/** The methods of {@code set} and {@code frozenset}. Compare CPython Objects/setobject.c. */
final class SetMethods {

    private SetMethods() {}

    private static PySet newLike(PySet self) {
        return new PySet(self.isFrozen());
    }

    private static PySet other(PyObject o) {
        return o instanceof PySet s ? s : PySet.fromIterable(o, false);
    }

    @ExposedMethod(min = 0)
    static PyObject __new__(PyType cls, PyObject iterable) {
        PySet s = cls.isHeapType() ? new PySet.Subclass(cls) : new PySet(cls);
        if (cls.isSubtypeOf(PySet.FROZENSET) && iterable != null) {
            s.update(iterable);
        }
        return s;
    }

    @ExposedMethod(min = 0)
    static void __init__(PySet self, PyObject iterable) {
        if (!self.isFrozen()) {
            self.clear();
            if (iterable != null) {
                self.update(iterable);
            }
        }
    }

    /** (type(s), (list(s),), state) with object.__getstate__'s state. Compare setobject.c: set_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PySet self) {
        PyList items = new PyList();
        PyObject it = Abstract.iter(self);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            items.append(x);
        }
        PyObject state = Abstract.call(Abstract.getAttr(self, "__getstate__"));
        return PyTuple.of(self.type(), PyTuple.of(items), state);
    }

    @ExposedMethod
    static String __repr__(PySet self) {
        String name = self.type().getName();
        if (self.used == 0) {
            return name + "()";
        }
        return Repr.guarded(self, name + "(...)", () -> {
            StringBuilder sb = new StringBuilder();
            boolean plain = self.type() == PySet.SET;
            if (!plain) {
                sb.append(name).append('(');
            }
            sb.append('{');
            boolean first = true;
            for (PyObject k : self.toArray()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(k));
            }
            sb.append('}');
            if (!plain) {
                sb.append(')');
            }
            return sb.toString();
        });
    }

    @ExposedMethod
    static long __len__(PySet self) {
        return self.used;
    }

    @ExposedMethod
    static boolean __contains__(PySet self, PyObject k) {
        if (k instanceof PySet s && !s.isFrozen()) {
            return self.contains(PySet.fromIterable(s, true));
        }
        return self.contains(k);
    }

    @ExposedMethod
    static PyObject __iter__(PySet self) {
        return new PySet.Iter(self);
    }

    @ExposedMethod
    static long __hash__(PySet self) {
        if (!self.isFrozen()) {
            throw PyErr.typeError("unhashable type: '" + self.type().getName() + "'");
        }
        return self.frozenHash();
    }

    private static void mutable(PySet self, String op) {
        if (self.isFrozen()) {
            throw PyErr.attributeError("'frozenset' object has no attribute '" + op + "'");
        }
    }

    @ExposedMethod
    static void add(PySet self, PyObject k) {
        mutable(self, "add");
        self.add(k);
    }

    @ExposedMethod
    static void discard(PySet self, PyObject k) {
        mutable(self, "discard");
        self.discard(k);
    }

    @ExposedMethod
    static void remove(PySet self, PyObject k) {
        mutable(self, "remove");
        if (!self.discard(k)) {
            throw PyErr.keyError(k);
        }
    }

    @ExposedMethod
    static PyObject pop(PySet self) {
        mutable(self, "pop");
        return self.pop();
    }

    @ExposedMethod
    static void clear(PySet self) {
        mutable(self, "clear");
        self.clear();
    }

    @ExposedMethod
    static PyObject copy(PySet self) {
        PySet s = newLike(self);
        s.update(self);
        return s;
    }

    @ExposedMethod
    static void update(PySet self, PyObject[] args, String[] kw) {
        mutable(self, "update");
        for (PyObject a : args) {
            self.update(a);
        }
    }

    @ExposedMethod
    static PyObject union(PySet self, PyObject[] args, String[] kw) {
        PySet s = (PySet) copy(self);
        for (PyObject a : args) {
            s.update(a);
        }
        return s;
    }

    static PySet intersect(PySet self, PyObject o) {
        PySet r = newLike(self);
        PySet b = other(o);
        PySet small = self.used <= b.used ? self : b;
        PySet big = small == self ? b : self;
        if (!(o instanceof PySet)) {
            for (PyObject k : Abstract.iterable(o)) {
                if (self.contains(k)) {
                    r.add(k);
                }
            }
            return r;
        }
        for (PyObject k : small.toArray()) {
            if (big.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    @ExposedMethod
    static PyObject intersection(PySet self, PyObject[] args, String[] kw) {
        PySet r = (PySet) copy(self);
        for (PyObject a : args) {
            r = intersect(r, a);
        }
        return r;
    }

    static PySet diff(PySet self, PyObject o) {
        PySet b = other(o);
        PySet r = newLike(self);
        for (PyObject k : self.toArray()) {
            if (!b.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    @ExposedMethod
    static PyObject difference(PySet self, PyObject[] args, String[] kw) {
        PySet r = (PySet) copy(self);
        for (PyObject a : args) {
            r = diff(r, a);
        }
        return r;
    }

    static PySet symDiff(PySet self, PyObject o) {
        PySet r = newLike(self);
        r.update(other(o));
        for (PyObject k : self.toArray()) {
            if (!r.discard(k)) {
                r.add(k);
            }
        }
        return r;
    }

    @ExposedMethod
    static PyObject symmetric_difference(PySet self, PyObject o) {
        return symDiff(self, o);
    }

    @ExposedMethod
    static void intersection_update(PySet self, PyObject[] args, String[] kw) {
        mutable(self, "intersection_update");
        PySet r = (PySet) intersection(self, args, kw);
        self.clear();
        self.update(r);
    }

    @ExposedMethod
    static void difference_update(PySet self, PyObject[] args, String[] kw) {
        mutable(self, "difference_update");
        for (PyObject a : args) {
            for (PyObject k : Abstract.toArray(a)) {
                self.discard(k);
            }
        }
    }

    @ExposedMethod
    static void symmetric_difference_update(PySet self, PyObject o) {
        mutable(self, "symmetric_difference_update");
        for (PyObject k : other(o).toArray()) {
            if (!self.discard(k)) {
                self.add(k);
            }
        }
    }

    @ExposedMethod
    static boolean issubset(PySet self, PyObject o) {
        PySet b = other(o);
        for (PyObject k : self.toArray()) {
            if (!b.contains(k)) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    static boolean issuperset(PySet self, PyObject o) {
        for (PyObject k : Abstract.iterable(o)) {
            if (!self.contains(k)) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    static boolean isdisjoint(PySet self, PyObject o) {
        for (PyObject k : Abstract.iterable(o)) {
            if (self.contains(k)) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    static PyObject __and__(PySet self, PyObject o) {
        return o instanceof PySet ? intersect(self, o) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __rand__(PySet self, PyObject o) {
        return __and__(self, o);
    }

    @ExposedMethod
    static PyObject __or__(PySet self, PyObject o) {
        if (!(o instanceof PySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet r = (PySet) copy(self);
        r.update(o);
        return r;
    }

    @ExposedMethod
    static PyObject __ror__(PySet self, PyObject o) {
        return __or__(self, o);
    }

    @ExposedMethod
    static PyObject __sub__(PySet self, PyObject o) {
        return o instanceof PySet ? diff(self, o) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __xor__(PySet self, PyObject o) {
        return o instanceof PySet ? symDiff(self, o) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __ior__(PySet self, PyObject o) {
        if (!(o instanceof PySet) || self.isFrozen()) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        self.update(o);
        return self;
    }

    @ExposedMethod
    static PyObject __iand__(PySet self, PyObject o) {
        if (!(o instanceof PySet) || self.isFrozen()) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet r = intersect(self, o);
        self.clear();
        self.update(r);
        return self;
    }

    @ExposedMethod
    static PyObject __isub__(PySet self, PyObject o) {
        if (!(o instanceof PySet s) || self.isFrozen()) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        for (PyObject k : s.toArray()) {
            self.discard(k);
        }
        return self;
    }

    @ExposedMethod
    static PyObject __ixor__(PySet self, PyObject o) {
        if (!(o instanceof PySet) || self.isFrozen()) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        symmetric_difference_update(self, o);
        return self;
    }

    @ExposedMethod
    static PyObject __eq__(PySet self, PyObject o) {
        if (!(o instanceof PySet s)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(self.used == s.used && issubset(self, s));
    }

    @ExposedMethod
    static PyObject __ne__(PySet self, PyObject o) {
        if (!(o instanceof PySet s)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!(self.used == s.used && issubset(self, s)));
    }

    @ExposedMethod
    static PyObject __le__(PySet self, PyObject o) {
        return o instanceof PySet s ? PyBool.of(issubset(self, s)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __lt__(PySet self, PyObject o) {
        return o instanceof PySet s ? PyBool.of(self.used < s.used && issubset(self, s)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __ge__(PySet self, PyObject o) {
        return o instanceof PySet s ? PyBool.of(issubset(s, self)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __gt__(PySet self, PyObject o) {
        return o instanceof PySet s ? PyBool.of(self.used > s.used && issubset(s, self)) : PyNotImplemented.NOT_IMPLEMENTED;
    }
}
