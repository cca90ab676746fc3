package org.pyvm.runtime;

/**
 * Python {@code set} and {@code frozenset}: an open-addressing table with CPython's probe
 * sequence (linear probes, then perturbation) and resize policy, so that iteration order,
 * which programs print, is CPython's. Compare CPython Objects/setobject.c.
 */
public class PySet implements PyObject {

    // set.__hash__ is None (a mutable set is unhashable), frozenset has one: they share SetMethods.
    public static final PyType SET = PyType.builtin("set", PySet.class, SetMethods.class).without("__hash__");
    public static final PyType FROZENSET = PyType.builtin("frozenset", PySet.class, SetMethods.class)
        .without("add", "discard", "remove", "pop", "clear", "update", "intersection_update", "difference_update",
            "symmetric_difference_update", "__ior__", "__iand__", "__isub__", "__ixor__", "__init__");

    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    static final PyObject DUMMY = new PyInstance(PyType.OBJECT);

    private PyType type;
    PyObject[] table = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    int fill;
    int used;
    private int finger;

    public PySet(boolean frozen) {
        this.type = frozen ? FROZENSET : SET;
    }

    PySet(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    void retype(PyType t) {
        type = t;
    }

    public boolean isFrozen() {
        return type.isSubtypeOf(FROZENSET);
    }

    public int size() {
        return used;
    }

    static PySet fromIterable(PyObject it, boolean frozen) {
        PySet s = new PySet(frozen);
        s.update(it);
        return s;
    }

    public void update(PyObject it) {
        if (it instanceof PySet o) {
            merge(o);
            return;
        }
        if (it instanceof PyDict d) {
            if ((fill + d.size()) * 5L >= mask * 3L) {
                resize((used + d.size()) * 2);
            }
            // The dict's stored hashes: its keys are not hashed again (set_update_internal).
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                add(d.keyAt(i), d.hashAt(i));
            }
            return;
        }
        for (PyObject o : Abstract.iterable(it)) {
            add(o);
        }
    }

    /** Compare setobject.c: set_merge. */
    private void merge(PySet o) {
        if (o.used == 0) {
            return;
        }
        if ((fill + o.used) * 5L >= mask * 3L) {
            resize((used + o.used) * 2);
        }
        if (fill == 0 && mask == o.mask && o.fill == o.used) {
            System.arraycopy(o.table, 0, table, 0, table.length);
            System.arraycopy(o.hashes, 0, hashes, 0, hashes.length);
            fill = o.fill;
            used = o.used;
            return;
        }
        for (int i = 0; i <= o.mask; i++) {
            PyObject k = o.table[i];
            if (k != null && k != DUMMY) {
                add(k, o.hashes[i]);
            }
        }
    }

    public boolean add(PyObject key) {
        return add(key, Abstract.hash(key));
    }

    private static boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.getClass() == PyStr.class && y.getClass() == PyStr.class) {
            return x.value().equals(y.value());
        }
        return Ops.eqBool(a, b);
    }

    /** Adds KEY; false when it was there. Compare setobject.c: set_add_entry. */
    boolean add(PyObject key, long hash) {
        while (true) {
            int r = tryAdd(key, hash);
            if (r != RESTART) {
                return r == 1;
            }
        }
    }

    /** A comparison (Python __eq__) changed the table under a lookup: start it again, as setobject.c does. */
    private static final int RESTART = 2;

    private boolean changedUnder(PyObject[] t, int e, PyObject k) {
        return table != t || t[e] != k;
    }

    /** 1 added, 0 present, RESTART when an __eq__ changed the table. */
    private int tryAdd(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int e = i;
            do {
                PyObject k = table[e];
                if (k == null) {
                    fill++;
                    used++;
                    table[e] = key;
                    hashes[e] = hash;
                    if (fill * 5L >= mask * 3L) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return 1;
                }
                if (k != DUMMY && hashes[e] == hash) {
                    PyObject[] t = table;
                    boolean eq = same(k, key);
                    if (changedUnder(t, e, k)) {
                        return RESTART;
                    }
                    if (eq) {
                        return 0;
                    }
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** The table slot holding KEY, or -1. Compare setobject.c: set_lookkey. */
    private int find(PyObject key, long hash) {
        while (true) {
            int r = tryFind(key, hash);
            if (r != -2) {
                return r;
            }
        }
    }

    /** The slot, -1 when absent, -2 when an __eq__ changed the table (setobject.c restarts then). */
    private int tryFind(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int e = i;
            do {
                PyObject k = table[e];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[e] == hash) {
                    PyObject[] t = table;
                    boolean eq = same(k, key);
                    if (changedUnder(t, e, k)) {
                        return -2;
                    }
                    if (eq) {
                        return e;
                    }
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(PyObject key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    boolean contains(PyObject key, long hash) {
        return find(key, hash) >= 0;
    }

    public boolean discard(PyObject key) {
        return discard(key, Abstract.hash(key));
    }

    /** Removes KEY; false when absent. Compare setobject.c: set_discard_entry. */
    boolean discard(PyObject key, long hash) {
        int e = find(key, hash);
        if (e < 0) {
            return false;
        }
        table[e] = DUMMY;
        hashes[e] = -1;
        used--;
        return true;
    }

    PyObject pop() {
        if (used == 0) {
            throw PyErr.keyError(PyStr.of("pop from an empty set"));
        }
        int e = finger & mask;
        while (table[e] == null || table[e] == DUMMY) {
            e++;
            if (e > mask) {
                e = 0;
            }
        }
        PyObject k = table[e];
        table[e] = DUMMY;
        hashes[e] = -1;
        used--;
        finger = e + 1;
        return k;
    }

    void clear() {
        table = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    /** After many removals, a smaller table without the dummies (set_difference_update_internal's end). */
    void shrinkIfManyDummies() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** Exchanges the contents (not the type) with OTHER. Compare setobject.c: set_swap_bodies. */
    void swapBodies(PySet other) {
        PyObject[] t = table;
        long[] h = hashes;
        int m = mask;
        int f = fill;
        int u = used;
        table = other.table;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        other.table = t;
        other.hashes = h;
        other.mask = m;
        other.fill = f;
        other.used = u;
    }

    /** Compare setobject.c: set_table_resize and set_insert_clean. */
    private void resize(int minused) {
        int size = MINSIZE;
        while (size <= minused) {
            size <<= 1;
        }
        PyObject[] old = table;
        long[] oldH = hashes;
        table = new PyObject[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used;
        for (int j = 0; j < old.length; j++) {
            PyObject k = old[j];
            if (k != null && k != DUMMY) {
                insertClean(k, oldH[j]);
            }
        }
    }

    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** The live keys in table (iteration) order. */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (PyObject k : table) {
            if (k != null && k != DUMMY) {
                out[j++] = k;
            }
        }
        return out;
    }

    /** Compare setobject.c: frozenset_hash. */
    long frozenHash() {
        long h = 0;
        for (int i = 0; i <= mask; i++) {
            if (table[i] != null && table[i] != DUMMY) {
                h ^= shuffle(hashes[i]);
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        return h;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** Iteration over the table, checking for changes. */
    static final class Iter implements PyObject, PyIterator {
        static final PyType TYPE = PyType.builtin("set_iterator", Iter.class, Iter.class).notSubclassable();
        /** The set; null once exhausted, so that the iterator no longer keeps it alive (setiter_iternext). */
        private PySet set;
        private int pos;
        private final int size;

        Iter(PySet set) {
            this.set = set;
            this.size = set.used;
        }

        private Iter(PySet set, int size, int pos) {
            this.set = set;
            this.size = size;
            this.pos = pos;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (pos < 0) {
                return null;
            }
            if (set.used != size) {
                pos = -1;
                throw PyErr.runtimeError("Set changed size during iteration");
            }
            while (pos <= set.mask) {
                PyObject k = set.table[pos++];
                if (k != null && k != DUMMY) {
                    return k;
                }
            }
            pos = -1;
            set = null;
            return null;
        }

        @ExposedMethod
        static PyObject __iter__(Iter self) {
            return self;
        }

        /** The items not yet returned (none after a change of size). Compare setobject.c: setiter_len. */
        @ExposedMethod
        static long __length_hint__(Iter self) {
            if (self.pos < 0 || self.set.used != self.size) {
                return 0;
            }
            long n = 0;
            for (int i = self.pos; i <= self.set.mask; i++) {
                PyObject k = self.set.table[i];
                if (k != null && k != DUMMY) {
                    n++;
                }
            }
            return n;
        }

        /** (iter, (list of the items left,)), from a copy so that this iterator does not move. Compare setiter_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Iter self) {
            PyList rest = new PyList();
            if (self.pos >= 0) {
                Iter copy = new Iter(self.set, self.size, self.pos);
                for (PyObject k = copy.next(); k != null; k = copy.next()) {
                    rest.append(k);
                }
            }
            return PyTuple.of(PySeqIter.builtin("iter"), PyTuple.of(rest));
        }

        @ExposedMethod
        static PyObject __next__(Iter self) {
            PyObject v = self.next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        }
    }

    /** An instance of a Python subclass of set or frozenset: a set with an attribute dict. */
    static final class Subclass extends PySet implements HasDict, Finalization.Watched {

        private PyDict dict;
        /** Runs __del__ once this is unreachable, when the class has one (Finalization). */
        Finalization.Trigger finalizer;

        Subclass(PyType type) {
            super(type);
        }

        @Override
        public Finalization.Trigger trigger() {
            return finalizer;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public boolean setType(PyType t) {
            retype(t);
            return true;
        }
    }
}
