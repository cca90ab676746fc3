package org.pyvm.modules.collections;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.ReprGuard;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * collections.deque: a double-ended queue on a ring buffer (an array whose capacity is
 * a power of two, a head index and a size), so both ends take O(1) and indexing is
 * O(1) too. {@link #state} counts mutations; iterators and searches compare it to
 * raise "deque mutated during iteration". Compare CPython Modules/_collectionsmodule.c
 * (which uses a linked list of blocks; the behaviour, messages and reprs are the same).
 */
public class Deque implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("collections", "deque", Deque.class, Deque.class))
        .collection(PyType.SEQUENCE);

    static {
        TYPE.getDict().setStr("__hash__", PyNone.NONE);
    }

    private final PyType type;
    private PyObject[] buf = new PyObject[8];
    private int head;
    int size;
    /** The bound on the length, or -1 for none. */
    long maxlen = -1;
    /** Bumped by every change of the contents. Compare deque->state. */
    long state;

    Deque(PyType type) {
        this.type = type;
    }

    /** An instance of a Python subclass of deque: it has an attribute dictionary. */
    static final class Sub extends Deque implements HasDict {
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

    // ---- the ring buffer ----

    PyObject get(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    private void set(int i, PyObject v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    private void grow() {
        if (size < buf.length) {
            return;
        }
        if (buf.length >= 1 << 30) {
            throw PyErr.memoryError();
        }
        PyObject[] nb = new PyObject[buf.length * 2];
        for (int i = 0; i < size; i++) {
            nb[i] = get(i);
        }
        buf = nb;
        head = 0;
    }

    void pushRight(PyObject v) {
        grow();
        set(size, v);
        size++;
        state++;
    }

    void pushLeft(PyObject v) {
        grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
        state++;
    }

    PyObject popRight() {
        size--;
        int p = (head + size) & (buf.length - 1);
        PyObject v = buf[p];
        buf[p] = null;
        state++;
        return v;
    }

    PyObject popLeft() {
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        state++;
        return v;
    }

    /** append with the maxlen rule: a full deque drops an item from the other end. */
    void append(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        pushRight(v);
        if (maxlen >= 0 && size > maxlen) {
            popLeft();
        }
    }

    void appendLeft(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        pushLeft(v);
        if (maxlen >= 0 && size > maxlen) {
            popRight();
        }
    }

    void clearAll() {
        buf = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** Fails when the deque changed since STATE0 (during a comparison that called Python code). */
    private void checkState(long state0) {
        if (state != state0) {
            throw PyErr.runtimeError("deque mutated during iteration");
        }
    }

    // ---- construction ----

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return cls == TYPE ? new Deque(TYPE) : new Sub(cls);
    }

    /** deque([iterable[, maxlen]]). Compare deque_init. */
    @ExposedMethod
    static void __init__(Deque self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("deque", args, kw, 0, 2, "iterable", "maxlen");
        long maxlen = -1;
        if (a[1] != null && a[1] != PyNone.NONE) {
            if (!(a[1] instanceof PyInt) && !Abstract.hasIndex(a[1])) {
                throw PyErr.typeError("an integer is required");
            }
            maxlen = Abstract.index(a[1]).longValue();
            if (maxlen < 0) {
                throw PyErr.valueError("maxlen must be non-negative");
            }
        }
        self.maxlen = maxlen;
        if (self.size > 0) {
            self.clearAll();
        }
        if (a[0] != null) {
            extend(self, a[0]);
        }
    }

    // ---- the ends ----

    @ExposedMethod
    static void append(Deque self, PyObject v) {
        self.append(v);
    }

    @ExposedMethod
    static void appendleft(Deque self, PyObject v) {
        self.appendLeft(v);
    }

    @ExposedMethod
    static PyObject pop(Deque self) {
        if (self.size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        return self.popRight();
    }

    @ExposedMethod
    static PyObject popleft(Deque self) {
        if (self.size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        return self.popLeft();
    }

    /** The items of ITERABLE, read first when it is the deque itself. */
    private static Iterable<PyObject> source(Deque self, PyObject iterable) {
        if (iterable == self) {
            return java.util.Arrays.asList(self.toArray());
        }
        return Abstract.iterable(iterable);
    }

    @ExposedMethod
    static void extend(Deque self, PyObject iterable) {
        if (self.maxlen == 0) {
            for (PyObject ignored : source(self, iterable)) {
                // consumed, as CPython does, but nothing is kept
            }
            return;
        }
        for (PyObject v : source(self, iterable)) {
            self.append(v);
        }
    }

    @ExposedMethod
    static void extendleft(Deque self, PyObject iterable) {
        for (PyObject v : source(self, iterable)) {
            self.appendLeft(v);
        }
    }

    @ExposedMethod
    static PyObject __iadd__(Deque self, PyObject other) {
        extend(self, other);
        return self;
    }

    // ---- whole-deque operations ----

    /** rotate(n=1): to the right for positive N. Compare _deque_rotate. */
    @ExposedMethod(min = 0)
    static void rotate(Deque self, PyObject n) {
        long k = n == null ? 1 : Abstract.index(n).longValue();
        int len = self.size;
        if (len <= 1) {
            return;
        }
        int r = (int) Math.floorMod(k, (long) len);
        if (r == 0) {
            return;
        }
        // Rotating right by r moves the last r items to the front.
        PyObject[] items = self.toArray();
        for (int i = 0; i < len; i++) {
            self.set((i + r) % len, items[i]);
        }
    }

    @ExposedMethod
    static void reverse(Deque self) {
        for (int i = 0, j = self.size - 1; i < j; i++, j--) {
            PyObject t = self.get(i);
            self.set(i, self.get(j));
            self.set(j, t);
        }
    }

    @ExposedMethod
    static void clear(Deque self) {
        self.clearAll();
    }

    /** copy(): the same type; a subclass is called with (deque) or (deque, maxlen). Compare deque_copy. */
    @ExposedMethod
    static PyObject copy(Deque self) {
        if (self.type == TYPE) {
            Deque d = new Deque(TYPE);
            d.maxlen = self.maxlen;
            for (int i = 0; i < self.size; i++) {
                d.pushRight(self.get(i));
            }
            return d;
        }
        if (self.maxlen < 0) {
            return Abstract.call(self.type, self);
        }
        return Abstract.call(self.type, self, PyInt.of(self.maxlen));
    }

    @ExposedMethod
    static PyObject __copy__(Deque self) {
        return copy(self);
    }

    @ExposedMethod
    static long count(Deque self, PyObject v) {
        long state0 = self.state;
        int n = self.size;
        long c = 0;
        for (int i = 0; i < n; i++) {
            PyObject item = self.get(i);
            boolean eq = Ops.eqBool(item, v);
            self.checkState(state0);
            if (eq) {
                c++;
            }
        }
        return c;
    }

    /** The list-style clamp of a start or stop argument. */
    private static int clampIndex(PyObject o, int n) {
        PyInt i = Abstract.index(o);
        long v = i.isBig() ? (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : i.value;
        if (v < 0) {
            v = Math.max(0, v + n);
        }
        return (int) Math.min(v, n);
    }

    /** index(x[, start[, stop]]). Compare deque_index. */
    @ExposedMethod(min = 1)
    static long index(Deque self, PyObject v, PyObject start, PyObject stop) {
        int n = self.size;
        int lo = start == null ? 0 : clampIndex(start, n);
        int hi = stop == null ? n : clampIndex(stop, n);
        long state0 = self.state;
        for (int i = lo; i < hi && i < self.size; i++) {
            boolean eq = Ops.eqBool(self.get(i), v);
            self.checkState(state0);
            if (eq) {
                return i;
            }
        }
        throw PyErr.valueError(Abstract.repr(v) + " is not in deque");
    }

    /** insert(i, x), placed as list.insert places it. Compare deque_insert. */
    @ExposedMethod
    static void insert(Deque self, PyObject index, PyObject v) {
        int n = self.size;
        if (self.maxlen >= 0 && n >= self.maxlen) {
            throw PyErr.indexError("deque already at its maximum size");
        }
        long i = Abstract.index(index).longValue();
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        int at = (int) Math.min(i, n);
        self.pushRight(v);
        for (int j = n; j > at; j--) {
            self.set(j, self.get(j - 1));
        }
        self.set(at, v);
    }

    /** Removes the item at I (0 <= I < size), shifting the shorter side. */
    void removeAt(int i) {
        if (i < size / 2) {
            for (int j = i; j > 0; j--) {
                set(j, get(j - 1));
            }
            popLeft();
        } else {
            for (int j = i; j < size - 1; j++) {
                set(j, get(j + 1));
            }
            popRight();
        }
    }

    @ExposedMethod
    static void remove(Deque self, PyObject v) {
        long state0 = self.state;
        int n = self.size;
        for (int i = 0; i < n; i++) {
            boolean eq = Ops.eqBool(self.get(i), v);
            if (self.state != state0) {
                throw PyErr.indexError("deque mutated during iteration");
            }
            if (eq) {
                self.removeAt(i);
                return;
            }
        }
        throw PyErr.valueError(Abstract.repr(v) + " is not in deque");
    }

    @ExposedGetter
    static PyObject maxlen(Deque self) {
        return self.maxlen < 0 ? PyNone.NONE : PyInt.of(self.maxlen);
    }

    // ---- the sequence protocol ----

    @ExposedMethod
    static long __len__(Deque self) {
        return self.size;
    }

    @ExposedMethod
    static boolean __bool__(Deque self) {
        return self.size != 0;
    }

    private int itemIndex(PyObject key) {
        if (!(key instanceof PyInt) && !Abstract.hasIndex(key)) {
            throw PyErr.typeError("sequence index must be integer, not '" + key.type().getName() + "'");
        }
        // d[i] = v and del d[i] go through PyObject_SetItem's sequence path (IndexError);
        // CPython's explicit d.__setitem__(big, v) says OverflowError, not told apart here.
        long i = Abstract.asSsize(key, PyExc.IndexError);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("deque index out of range");
        }
        return (int) i;
    }

    @ExposedMethod
    static PyObject __getitem__(Deque self, PyObject key) {
        return self.get(self.itemIndex(key));
    }

    @ExposedMethod
    static void __setitem__(Deque self, PyObject key, PyObject v) {
        self.set(self.itemIndex(key), v);
    }

    @ExposedMethod
    static void __delitem__(Deque self, PyObject key) {
        self.removeAt(self.itemIndex(key));
    }

    @ExposedMethod
    static boolean __contains__(Deque self, PyObject v) {
        long state0 = self.state;
        int n = self.size;
        for (int i = 0; i < n; i++) {
            boolean eq = Ops.eqBool(self.get(i), v);
            self.checkState(state0);
            if (eq) {
                return true;
            }
        }
        return false;
    }

    @ExposedMethod
    static PyObject __iter__(Deque self) {
        return new DequeIter(self, false);
    }

    @ExposedMethod
    static PyObject __reversed__(Deque self) {
        return new DequeIter(self, true);
    }

    /** deque + deque: a copy of the left extended by the right. Compare deque_concat. */
    @ExposedMethod
    static PyObject __add__(Deque self, PyObject other) {
        if (!(other instanceof Deque)) {
            throw PyErr.typeError("can only concatenate deque (not \"" + other.type().getName() + "\") to deque");
        }
        PyObject d = copy(self);
        extend((Deque) d, other);
        return d;
    }

    /** Repeats in place, keeping at most maxlen of the last items. Compare deque_inplace_repeat. */
    @ExposedMethod
    static PyObject __imul__(Deque self, PyObject n) {
        if (!Abstract.hasIndex(n)) {
            throw notInt(n);
        }
        long times = Abstract.asSsize(n, PyExc.OverflowError);
        int len = self.size;
        if (times <= 0 || len == 0) {
            if (len > 0) {
                self.clearAll();
            }
            return self;
        }
        if (times == 1) {
            return self;
        }
        // The result is the last L items of the items repeated TIMES times; as
        // TIMES * len is a multiple of len, the first of them is item (-L mod len).
        long total;
        try {
            total = Math.multiplyExact(times, (long) len);
        } catch (ArithmeticException e) {
            total = Long.MAX_VALUE;
        }
        long keep = self.maxlen < 0 ? total : Math.min(total, self.maxlen);
        if (keep > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        PyObject[] items = self.toArray();
        self.clearAll();
        int first = (int) Math.floorMod(-keep, (long) len);
        for (long k = 0; k < keep; k++) {
            self.pushRight(items[(int) ((first + k) % len)]);
        }
        return self;
    }

    /**
     * CPython's sequence repeat raises this when the count is not an int; it comes after
     * the other operand's __rmul__ had its chance, so that is left to try first.
     */
    private static org.pyvm.runtime.PyBaseException notInt(PyObject n) {
        return PyErr.typeError("can't multiply sequence by non-int of type '" + n.type().getName() + "'");
    }

    @ExposedMethod
    static PyObject __mul__(Deque self, PyObject n) {
        if (!Abstract.hasIndex(n)) {
            if (n.type().isHeapType() && n.type().lookup("__rmul__") != null && !(n instanceof Deque)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            throw notInt(n);
        }
        return __imul__((Deque) copy(self), n);
    }

    @ExposedMethod
    static PyObject __rmul__(Deque self, PyObject n) {
        if (!Abstract.hasIndex(n)) {
            throw notInt(n);
        }
        return __mul__(self, n);
    }

    /** Lexicographic, deques only. Compare deque_richcompare. */
    private static PyObject compare(Deque v, PyObject other, int op) {
        if (!(other instanceof Deque w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int vs = v.size;
        int ws = w.size;
        if (vs != ws && (op == Ops.EQ || op == Ops.NE)) {
            return PyBool.of(op == Ops.NE);
        }
        int i = 0;
        long vstate = v.state;
        long wstate = w.state;
        for (; i < vs && i < ws; i++) {
            PyObject a = v.get(i);
            PyObject b = w.get(i);
            boolean eq = Ops.eqBool(a, b);
            v.checkState(vstate);
            w.checkState(wstate);
            if (!eq) {
                if (op == Ops.EQ) {
                    return PyBool.FALSE;
                }
                if (op == Ops.NE) {
                    return PyBool.TRUE;
                }
                return Ops.richCompare(a, b, op);
            }
        }
        return PyBool.of(Ops.cmpResult(Integer.compare(vs, ws), op));
    }

    @ExposedMethod
    static PyObject __eq__(Deque self, PyObject o) {
        return compare(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(Deque self, PyObject o) {
        return compare(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(Deque self, PyObject o) {
        return compare(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(Deque self, PyObject o) {
        return compare(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(Deque self, PyObject o) {
        return compare(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(Deque self, PyObject o) {
        return compare(self, o, Ops.GE);
    }

    /** deque([...]) or deque([...], maxlen=N); "[...]" for a deque inside itself. Compare deque_repr. */
    @ExposedMethod
    static String __repr__(Deque self) {
        return ReprGuard.guarded(self, "[...]", () -> {
            String items = Abstract.repr(new PyList(self.toArray())).toString();
            String name = Types.shortName(self.type);
            if (self.maxlen >= 0) {
                return name + "(" + items + ", maxlen=" + self.maxlen + ")";
            }
            return name + "(" + items + ")";
        });
    }

    /** (type, (), state, iterator) or (type, ((), maxlen), ...). Compare deque___reduce___impl. */
    @ExposedMethod
    static PyObject __reduce__(Deque self) {
        // The state and the iterator as a subclass defines them (its __getstate__, __iter__).
        PyObject state = org.pyvm.runtime.Reduce.getState(self);
        PyObject it = org.pyvm.runtime.Abstract.iter(self);
        PyObject args = self.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(self.maxlen));
        return PyTuple.of(self.type, args, state, it);
    }

    @ExposedMethod
    static long __sizeof__(Deque self) {
        return 64 + 8L * self.buf.length;
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
