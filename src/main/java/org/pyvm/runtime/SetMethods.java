package org.pyvm.runtime;

/** The methods of {@code set} and {@code frozenset}. Compare CPython Objects/setobject.c. */
final class SetMethods {

    private SetMethods() {}

    private static PySet newLike(PySet self) {
        return new PySet(self.isFrozen());
    }

    /** A set of O's items: O itself when it is a set or frozenset (PyAnySet_Check). */
    private static PySet other(PyObject o) {
        return o instanceof PySet s ? s : PySet.fromIterable(o, false);
    }

    /**
     * set(iterable=(), /) and frozenset(iterable=(), /). Keywords are refused by set and
     * by a frozenset type whose __init__ is frozenset's own; frozenset(f) of an exact
     * frozenset is f. Compare setobject.c: set_new, frozenset_new.
     */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        boolean frozen = cls.isSubtypeOf(PySet.FROZENSET);
        if (nkw > 0 && (cls == PySet.SET || frozen && (cls == PySet.FROZENSET
            || cls.lookup("__init__") == PySet.FROZENSET.lookup("__init__")))) {
            throw PyErr.typeError((frozen ? "frozenset" : "set") + "() takes no keyword arguments");
        }
        PySet s;
        if (cls.isHeapType()) {
            PySet.Subclass sub = new PySet.Subclass(cls);
            if (Finalization.wanted(cls)) {
                // A class with __del__ gets it run once the instance dies.
                sub.finalizer = Finalization.watchInstance(sub);
            }
            s = sub;
        } else {
            s = new PySet(cls);
        }
        if (frozen) {
            PyObject iterable = atMostOne(cls, args, nkw);
            if (iterable != null) {
                if (cls == PySet.FROZENSET && iterable.getClass() == PySet.class && iterable.type() == PySet.FROZENSET) {
                    return iterable;
                }
                s.update(iterable);
            }
        }
        return s;
    }

    /** The optional single positional argument (PyArg_UnpackTuple with the type's name). */
    private static PyObject atMostOne(PyType cls, PyObject[] args, int nkw) {
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError(cls.getName() + " expected at most 1 argument, got " + npos);
        }
        return npos == 0 ? null : args[0];
    }

    /** Compare setobject.c: set_init. */
    @ExposedMethod
    static void __init__(PySet self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) {
            throw PyErr.typeError("set() takes no keyword arguments");
        }
        PyObject iterable = atMostOne(self.type(), args, 0);
        if (self.used > 0 || self.fill > 0) {
            self.clear();
        }
        if (iterable != null) {
            self.update(iterable);
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

    /**
     * KEY for a lookup retried after E: a set (not a frozenset) that could not be hashed is
     * looked up as a frozenset of its items; any other error propagates. Compare
     * setobject.c: set_contains, set_remove, set_discard.
     */
    private static PySet frozenKey(PyObject key, PyBaseException e) {
        if (key instanceof PySet s && s.type().isSubtypeOf(PySet.SET) && e.matches(PyExc.TypeError)) {
            return PySet.fromIterable(s, true);
        }
        throw e;
    }

    @ExposedMethod
    static boolean __contains__(PySet self, PyObject k) {
        try {
            return self.contains(k);
        } catch (PyBaseException e) {
            return self.contains(frozenKey(k, e));
        }
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
        discardKey(self, k);
    }

    private static boolean discardKey(PySet self, PyObject k) {
        try {
            return self.discard(k);
        } catch (PyBaseException e) {
            return self.discard(frozenKey(k, e));
        }
    }

    @ExposedMethod
    static void remove(PySet self, PyObject k) {
        mutable(self, "remove");
        if (!discardKey(self, k)) {
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

    /** A frozenset's copy is itself; a subclass's is a plain set/frozenset. Compare setobject.c: frozenset_copy. */
    @ExposedMethod
    static PyObject copy(PySet self) {
        if (self.getClass() == PySet.class && self.type() == PySet.FROZENSET) {
            return self;
        }
        return copyOf(self);
    }

    /** Compare setobject.c: set_copy (make_new_set_basetype). */
    private static PySet copyOf(PySet self) {
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

    /** Compare setobject.c: set_union. */
    @ExposedMethod
    static PyObject union(PySet self, PyObject[] args, String[] kw) {
        PySet s = copyOf(self);
        for (PyObject a : args) {
            if (a != self) {
                s.update(a);
            }
        }
        return s;
    }

    /**
     * The keys of the smaller set looked up in the larger, or those of any other iterable
     * looked up in SELF. The result has SELF's base type. Compare setobject.c: set_intersection.
     */
    static PySet intersect(PySet self, PyObject o) {
        PySet r = newLike(self);
        if (o == self) {
            r.update(self);
            return r;
        }
        if (o instanceof PySet b) {
            PySet small = b;
            PySet big = self;
            if (b.used > self.used) {
                small = self;
                big = b;
            }
            PyObject[] t = small.table;
            long[] h = small.hashes;
            for (int i = 0; i < t.length; i++) {
                PyObject k = t[i];
                if (k != null && k != PySet.DUMMY && big.contains(k, h[i])) {
                    r.add(k, h[i]);
                }
            }
            return r;
        }
        for (PyObject k : Abstract.iterable(o)) {
            long h = Abstract.hash(k);
            if (self.contains(k, h)) {
                r.add(k, h);
            }
        }
        return r;
    }

    /** Compare setobject.c: set_intersection_multi. */
    @ExposedMethod
    static PyObject intersection(PySet self, PyObject[] args, String[] kw) {
        PySet r = copyOf(self);
        for (PyObject a : args) {
            r = intersect(r, a);
        }
        return r;
    }

    /** Removes O's items from SELF. Compare setobject.c: set_difference_update_internal. */
    private static void differenceUpdate(PySet self, PyObject o) {
        if (o == self) {
            self.clear();
            return;
        }
        if (o instanceof PySet b) {
            PyObject[] t = b.table;
            long[] h = b.hashes;
            for (int i = 0; i < t.length; i++) {
                PyObject k = t[i];
                if (k != null && k != PySet.DUMMY) {
                    self.discard(k, h[i]);
                }
            }
        } else {
            for (PyObject k : Abstract.iterable(o)) {
                self.discard(k);
            }
        }
        self.shrinkIfManyDummies();
    }

    /** SELF's keys not in O. Compare setobject.c: set_difference. */
    static PySet diff(PySet self, PyObject o) {
        int otherSize;
        if (o instanceof PySet b) {
            otherSize = b.used;
        } else if (o.getClass() == PyDict.class) {
            otherSize = ((PyDict) o).size();
        } else {
            PySet r = copyOf(self);
            differenceUpdate(r, o);
            return r;
        }
        // Much larger than O: copying SELF and removing O's keys is cheaper.
        if ((self.used >> 2) > otherSize) {
            PySet r = copyOf(self);
            differenceUpdate(r, o);
            return r;
        }
        PySet r = newLike(self);
        PyObject[] t = self.table;
        long[] h = self.hashes;
        for (int i = 0; i < t.length; i++) {
            PyObject k = t[i];
            if (k == null || k == PySet.DUMMY) {
                continue;
            }
            boolean found = o instanceof PySet b ? b.contains(k, h[i]) : ((PyDict) o).get(k, h[i]) != null;
            if (!found) {
                r.add(k, h[i]);
            }
        }
        return r;
    }

    /** Compare setobject.c: set_difference_multi. */
    @ExposedMethod
    static PyObject difference(PySet self, PyObject[] args, String[] kw) {
        if (args.length == 0) {
            return copyOf(self);
        }
        PySet r = diff(self, args[0]);
        for (int i = 1; i < args.length; i++) {
            differenceUpdate(r, args[i]);
        }
        return r;
    }

    /** Compare setobject.c: set_symmetric_difference. */
    static PySet symDiff(PySet self, PyObject o) {
        PySet r = newLike(self);
        r.update(o);
        symDiffUpdate(r, self);
        return r;
    }

    @ExposedMethod
    static PyObject symmetric_difference(PySet self, PyObject o) {
        return symDiff(self, o);
    }

    /** Compare setobject.c: set_symmetric_difference_update. */
    private static void symDiffUpdate(PySet self, PyObject o) {
        if (o == self) {
            self.clear();
            return;
        }
        if (o.getClass() == PyDict.class) {
            PyDict d = (PyDict) o;
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                PyObject k = d.keyAt(i);
                long h = d.hashAt(i);
                if (!self.discard(k, h)) {
                    self.add(k, h);
                }
            }
            return;
        }
        PySet b = o instanceof PySet ps ? ps : PySet.fromIterable(o, self.isFrozen());
        PyObject[] t = b.table;
        long[] h = b.hashes;
        for (int i = 0; i < t.length; i++) {
            PyObject k = t[i];
            if (k != null && k != PySet.DUMMY && !self.discard(k, h[i])) {
                self.add(k, h[i]);
            }
        }
    }

    /** Compare setobject.c: set_intersection_update_multi (the result's table replaces SELF's). */
    @ExposedMethod
    static void intersection_update(PySet self, PyObject[] args, String[] kw) {
        mutable(self, "intersection_update");
        self.swapBodies((PySet) intersection(self, args, kw));
    }

    @ExposedMethod
    static void difference_update(PySet self, PyObject[] args, String[] kw) {
        mutable(self, "difference_update");
        for (PyObject a : args) {
            differenceUpdate(self, a);
        }
    }

    @ExposedMethod
    static void symmetric_difference_update(PySet self, PyObject o) {
        mutable(self, "symmetric_difference_update");
        symDiffUpdate(self, o);
    }

    /** Compare setobject.c: set_issubset. */
    @ExposedMethod
    static boolean issubset(PySet self, PyObject o) {
        PySet b = other(o);
        if (self.used > b.used) {
            return false;
        }
        PyObject[] t = self.table;
        long[] h = self.hashes;
        for (int i = 0; i < t.length; i++) {
            PyObject k = t[i];
            if (k != null && k != PySet.DUMMY && !b.contains(k, h[i])) {
                return false;
            }
        }
        return true;
    }

    /** Compare setobject.c: set_issuperset. */
    @ExposedMethod
    static boolean issuperset(PySet self, PyObject o) {
        if (o instanceof PySet b) {
            return issubset(b, self);
        }
        for (PyObject k : Abstract.iterable(o)) {
            if (!self.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** Compare setobject.c: set_isdisjoint. */
    @ExposedMethod
    static boolean isdisjoint(PySet self, PyObject o) {
        if (o == self) {
            return self.used == 0;
        }
        if (o instanceof PySet b) {
            PySet small = self;
            PySet big = b;
            if (b.used < self.used) {
                small = b;
                big = self;
            }
            PyObject[] t = small.table;
            long[] h = small.hashes;
            for (int i = 0; i < t.length; i++) {
                PyObject k = t[i];
                if (k != null && k != PySet.DUMMY && big.contains(k, h[i])) {
                    return false;
                }
            }
            return true;
        }
        for (PyObject k : Abstract.iterable(o)) {
            if (self.contains(k)) {
                return false;
            }
        }
        return true;
    }

    // The operators: both operands must be sets; the reflected forms compute with the
    // operands in their real order, so the result has the left operand's base type
    // (setobject.c: set_and, set_or, set_sub, set_xor are one slot each).

    @ExposedMethod
    static PyObject __and__(PySet self, PyObject o) {
        return o instanceof PySet ? intersect(self, o) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __rand__(PySet self, PyObject o) {
        return o instanceof PySet s ? intersect(s, self) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __or__(PySet self, PyObject o) {
        if (!(o instanceof PySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet r = copyOf(self);
        r.update(o);
        return r;
    }

    @ExposedMethod
    static PyObject __ror__(PySet self, PyObject o) {
        return o instanceof PySet s ? __or__(s, self) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __sub__(PySet self, PyObject o) {
        return o instanceof PySet ? diff(self, o) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __rsub__(PySet self, PyObject o) {
        return o instanceof PySet s ? diff(s, self) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __xor__(PySet self, PyObject o) {
        return o instanceof PySet ? symDiff(self, o) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __rxor__(PySet self, PyObject o) {
        return o instanceof PySet s ? symDiff(s, self) : PyNotImplemented.NOT_IMPLEMENTED;
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
        self.swapBodies(intersect(self, o));
        return self;
    }

    @ExposedMethod
    static PyObject __isub__(PySet self, PyObject o) {
        if (!(o instanceof PySet) || self.isFrozen()) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        differenceUpdate(self, o);
        return self;
    }

    @ExposedMethod
    static PyObject __ixor__(PySet self, PyObject o) {
        if (!(o instanceof PySet) || self.isFrozen()) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        symDiffUpdate(self, o);
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
