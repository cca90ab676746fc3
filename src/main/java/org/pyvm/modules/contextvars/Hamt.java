package org.pyvm.modules.contextvars;

import java.util.ArrayList;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyIterator;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Ops;

/**
 * An immutable mapping that shares structure between versions: a hash array mapped trie
 * on 32-bit hashes, five bits a level, bitmap nodes over pairs and sub-nodes, and nodes of
 * keys whose hashes collide at the bottom. set() and delete() return a new mapping that
 * copies only the nodes on one key's path; setting a key to the value it already has
 * (the same object), or deleting a key that is absent, returns the mapping itself. Keys
 * are compared with Python's == (identity first), so a key's __hash__ or __eq__ errors
 * propagate. Python sees it as the type {@code hamt} that _testcapi.hamt() makes (CPython's
 * test_context drives it that way). CPython's array nodes (a plain 32-way node for wide
 * levels) are not kept: a full bitmap node behaves the same. Compare CPython Python/hamt.c
 * (hamt_hash, hamt_node_bitmap_assoc/without/find, hamt_node_collision_*, _PyHamt_Eq).
 */
public final class Hamt implements PyObject {

    public static final PyType TYPE = PyType.builtin("hamt", Hamt.class, Hamt.class).notSubclassable();

    /** The root: a BitmapNode, or null when empty. */
    private final Node root;
    private final int count;

    private Hamt(Node root, int count) {
        this.root = root;
        this.count = count;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A new empty mapping. */
    public static Hamt empty() {
        return new Hamt(null, 0);
    }

    public int size() {
        return count;
    }

    /** 32 bits of KEY's hash as hamt.c: hamt_hash folds them (never -1). */
    private static int hash32(PyObject key) {
        long h = Abstract.hash(key);
        int x = (int) h ^ (int) (h >> 32);
        return x == -1 ? -2 : x;
    }

    private static boolean keyEq(PyObject a, PyObject b) {
        return a == b || Ops.eqBool(a, b);
    }

    /** KEY's value, or null. */
    public PyObject find(PyObject key) {
        int h = hash32(key);
        return root == null ? null : root.find(0, h, key);
    }

    /** This mapping with KEY set to VALUE. Compare hamt.c: _PyHamt_Assoc. */
    public Hamt assoc(PyObject key, PyObject value) {
        int h = hash32(key);
        boolean[] added = new boolean[1];
        Node r = (root == null ? BitmapNode.EMPTY : root).assoc(0, h, key, value, added);
        if (r == root) {
            return this;
        }
        return new Hamt(r, count + (added[0] ? 1 : 0));
    }

    /** This mapping without KEY (itself when KEY is absent). Compare hamt.c: _PyHamt_Without. */
    public Hamt without(PyObject key) {
        int h = hash32(key);
        if (root == null) {
            return this;
        }
        Object r = root.without(0, h, key);
        if (r == NOT_FOUND) {
            return this;
        }
        return r == null ? empty() : new Hamt((Node) r, count - 1);
    }

    /** What Node.without answers when the key is not there. */
    private static final Object NOT_FOUND = new Object();

    private static int bitpos(int hash, int shift) {
        return 1 << ((hash >>> shift) & 0x1f);
    }

    private abstract static class Node {
        abstract PyObject find(int shift, int hash, PyObject key);

        /** The node with KEY set (this node when unchanged); sets ADDED[0] when KEY is new. */
        abstract Node assoc(int shift, int hash, PyObject key, PyObject value, boolean[] added);

        /** The node without KEY, null when it becomes empty, or NOT_FOUND. */
        abstract Object without(int shift, int hash, PyObject key);

        /** Appends the pairs below this node, in trie order, to OUT (key, value, key, value ...). */
        abstract void collect(ArrayList<PyObject> out);
    }

    /** Pairs and sub-nodes at the bit positions set in the bitmap: slot 2i key (null for a sub-node), 2i+1 value or node. */
    private static final class BitmapNode extends Node {
        static final BitmapNode EMPTY = new BitmapNode(0, new Object[0]);
        final int bitmap;
        final Object[] array;

        BitmapNode(int bitmap, Object[] array) {
            this.bitmap = bitmap;
            this.array = array;
        }

        private int index(int bit) {
            return Integer.bitCount(bitmap & (bit - 1));
        }

        @Override
        PyObject find(int shift, int hash, PyObject key) {
            int bit = bitpos(hash, shift);
            if ((bitmap & bit) == 0) {
                return null;
            }
            int i = index(bit);
            Object k = array[2 * i];
            Object v = array[2 * i + 1];
            if (k == null) {
                return ((Node) v).find(shift + 5, hash, key);
            }
            return keyEq(key, (PyObject) k) ? (PyObject) v : null;
        }

        @Override
        Node assoc(int shift, int hash, PyObject key, PyObject value, boolean[] added) {
            int bit = bitpos(hash, shift);
            int i = index(bit);
            if ((bitmap & bit) != 0) {
                Object k = array[2 * i];
                Object v = array[2 * i + 1];
                if (k == null) {
                    Node sub = ((Node) v).assoc(shift + 5, hash, key, value, added);
                    return sub == v ? this : withSlot(2 * i + 1, sub);
                }
                PyObject sk = (PyObject) k;
                if (keyEq(key, sk)) {
                    return v == value ? this : withSlot(2 * i + 1, value);
                }
                // Two keys in one slot: a sub-node (or a collision node) holds both.
                Node sub = pair(shift + 5, hash32(sk), sk, (PyObject) v, hash, key, value);
                added[0] = true;
                Object[] a = array.clone();
                a[2 * i] = null;
                a[2 * i + 1] = sub;
                return new BitmapNode(bitmap, a);
            }
            added[0] = true;
            Object[] a = new Object[array.length + 2];
            System.arraycopy(array, 0, a, 0, 2 * i);
            a[2 * i] = key;
            a[2 * i + 1] = value;
            System.arraycopy(array, 2 * i, a, 2 * i + 2, array.length - 2 * i);
            return new BitmapNode(bitmap | bit, a);
        }

        private BitmapNode withSlot(int at, Object x) {
            Object[] a = array.clone();
            a[at] = x;
            return new BitmapNode(bitmap, a);
        }

        /** A node holding two different keys. Compare hamt.c: hamt_node_new_bitmap_or_collision. */
        private static Node pair(int shift, int h1, PyObject k1, PyObject v1, int h2, PyObject k2, PyObject v2) {
            if (h1 == h2) {
                return new CollisionNode(h1, new PyObject[] {k1, v1, k2, v2});
            }
            boolean[] ignored = new boolean[1];
            return EMPTY.assoc(shift, h1, k1, v1, ignored).assoc(shift, h2, k2, v2, ignored);
        }

        @Override
        Object without(int shift, int hash, PyObject key) {
            int bit = bitpos(hash, shift);
            if ((bitmap & bit) == 0) {
                return NOT_FOUND;
            }
            int i = index(bit);
            Object k = array[2 * i];
            Object v = array[2 * i + 1];
            if (k == null) {
                Object sub = ((Node) v).without(shift + 5, hash, key);
                if (sub == NOT_FOUND) {
                    return NOT_FOUND;
                }
                if (sub == null) {
                    return removeSlot(bit, i);
                }
                // A sub-node left with a single pair gives the pair back to this node.
                if (sub instanceof BitmapNode b && b.array.length == 2 && b.array[0] != null) {
                    Object[] a = array.clone();
                    a[2 * i] = b.array[0];
                    a[2 * i + 1] = b.array[1];
                    return new BitmapNode(bitmap, a);
                }
                if (sub instanceof CollisionNode c && c.kv.length == 2) {
                    Object[] a = array.clone();
                    a[2 * i] = c.kv[0];
                    a[2 * i + 1] = c.kv[1];
                    return new BitmapNode(bitmap, a);
                }
                return withSlot(2 * i + 1, sub);
            }
            if (!keyEq(key, (PyObject) k)) {
                return NOT_FOUND;
            }
            return removeSlot(bit, i);
        }

        private Object removeSlot(int bit, int i) {
            if (array.length == 2) {
                return null;
            }
            Object[] a = new Object[array.length - 2];
            System.arraycopy(array, 0, a, 0, 2 * i);
            System.arraycopy(array, 2 * i + 2, a, 2 * i, array.length - 2 * i - 2);
            return new BitmapNode(bitmap & ~bit, a);
        }

        @Override
        void collect(ArrayList<PyObject> out) {
            for (int j = 0; j < array.length; j += 2) {
                if (array[j] == null) {
                    ((Node) array[j + 1]).collect(out);
                } else {
                    out.add((PyObject) array[j]);
                    out.add((PyObject) array[j + 1]);
                }
            }
        }
    }

    /** Keys whose 32-bit hashes are all HASH: key, value, key, value ... */
    private static final class CollisionNode extends Node {
        final int hash;
        final PyObject[] kv;

        CollisionNode(int hash, PyObject[] kv) {
            this.hash = hash;
            this.kv = kv;
        }

        private int indexOf(PyObject key) {
            for (int j = 0; j < kv.length; j += 2) {
                if (keyEq(key, kv[j])) {
                    return j;
                }
            }
            return -1;
        }

        @Override
        PyObject find(int shift, int h, PyObject key) {
            if (h != hash) {
                return null;
            }
            int j = indexOf(key);
            return j < 0 ? null : kv[j + 1];
        }

        @Override
        Node assoc(int shift, int h, PyObject key, PyObject value, boolean[] added) {
            if (h == hash) {
                int j = indexOf(key);
                if (j >= 0) {
                    if (kv[j + 1] == value) {
                        return this;
                    }
                    PyObject[] a = kv.clone();
                    a[j + 1] = value;
                    return new CollisionNode(hash, a);
                }
                added[0] = true;
                PyObject[] a = java.util.Arrays.copyOf(kv, kv.length + 2);
                a[kv.length] = key;
                a[kv.length + 1] = value;
                return new CollisionNode(hash, a);
            }
            // Another hash at this depth: a bitmap node holding this node and the new key.
            BitmapNode b = new BitmapNode(bitpos(hash, shift), new Object[] {null, this});
            return b.assoc(shift, h, key, value, added);
        }

        @Override
        Object without(int shift, int h, PyObject key) {
            if (h != hash) {
                return NOT_FOUND;
            }
            int j = indexOf(key);
            if (j < 0) {
                return NOT_FOUND;
            }
            if (kv.length == 2) {
                return null;
            }
            PyObject[] a = new PyObject[kv.length - 2];
            System.arraycopy(kv, 0, a, 0, j);
            System.arraycopy(kv, j + 2, a, j, kv.length - j - 2);
            return new CollisionNode(hash, a);
        }

        @Override
        void collect(ArrayList<PyObject> out) {
            for (PyObject o : kv) {
                out.add(o);
            }
        }
    }

    /** The pairs in trie order: key, value, key, value ... */
    public PyObject[] pairs() {
        ArrayList<PyObject> out = new ArrayList<>(2 * count);
        if (root != null) {
            root.collect(out);
        }
        return out.toArray(new PyObject[0]);
    }

    // ---- the Python type (hamt.c: hamt_py_* and PyHamt_Type) ----

    @ExposedMethod
    static PyObject set(Hamt self, PyObject key, PyObject value) {
        return self.assoc(key, value);
    }

    @ExposedMethod
    static PyObject get(Hamt self, PyObject[] args, String[] kw) {
        Args.noKeywords("get", kw);
        Args.positional("get", args.length, 1, 2);
        PyObject v = self.find(args[0]);
        return v != null ? v : args.length > 1 ? args[1] : PyNone.NONE;
    }

    @ExposedMethod
    static PyObject delete(Hamt self, PyObject key) {
        return self.without(key);
    }

    @ExposedMethod
    static PyObject __getitem__(Hamt self, PyObject key) {
        PyObject v = self.find(key);
        if (v == null) {
            throw PyErr.keyError(key);
        }
        return v;
    }

    @ExposedMethod
    static boolean __contains__(Hamt self, PyObject key) {
        return self.find(key) != null;
    }

    @ExposedMethod
    static long __len__(Hamt self) {
        return self.count;
    }

    @ExposedMethod
    public static PyObject __iter__(Hamt self) {
        return new Iter(Iter.KEYS_TYPE, self, 0);
    }

    @ExposedMethod
    public static PyObject keys(Hamt self) {
        return new Iter(Iter.KEYS_TYPE, self, 0);
    }

    @ExposedMethod
    public static PyObject values(Hamt self) {
        return new Iter(Iter.VALUES_TYPE, self, 1);
    }

    @ExposedMethod
    public static PyObject items(Hamt self) {
        return new Iter(Iter.ITEMS_TYPE, self, 2);
    }

    /** Compare hamt.c: _PyHamt_Eq (same size, and each key of one maps to an equal value in the other). */
    static boolean equal(Hamt a, Hamt b) {
        if (a == b) {
            return true;
        }
        if (a.count != b.count) {
            return false;
        }
        PyObject[] p = a.pairs();
        for (int j = 0; j < p.length; j += 2) {
            PyObject w = b.find(p[j]);
            if (w == null || !Ops.eqBool(p[j + 1], w)) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    static PyObject __eq__(Hamt self, PyObject other) {
        return other instanceof Hamt o ? PyBool.of(equal(self, o)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __ne__(Hamt self, PyObject other) {
        return other instanceof Hamt o ? PyBool.of(!equal(self, o)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __hash__(Hamt self) {
        throw PyErr.typeError("unhashable type: 'hamt'");
    }

    /**
     * hamt_keys, hamt_values, hamt_items (their type names are keys, values, items): an iterator over a snapshot of the pairs that
     * also has a length (the mapping's). Compare hamt.c: hamt_baseiter_tp_iternext.
     */
    static final class Iter implements PyObject, PyIterator {
        static final PyType KEYS_TYPE = PyType.builtin("keys", Iter.class, Iter.class).notSubclassable();
        static final PyType VALUES_TYPE = PyType.builtin("values", Iter.class, Iter.class).notSubclassable();
        static final PyType ITEMS_TYPE = PyType.builtin("items", Iter.class, Iter.class).notSubclassable();
        private final PyType type;
        private final Hamt map;
        /** 0 keys, 1 values, 2 items. */
        private final int kind;
        private PyObject[] pairs;
        private int at;

        Iter(PyType type, Hamt map, int kind) {
            this.type = type;
            this.map = map;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyObject next() {
            if (pairs == null) {
                pairs = map.pairs();
            }
            if (at >= pairs.length) {
                return null;
            }
            PyObject k = pairs[at];
            PyObject v = pairs[at + 1];
            at += 2;
            return kind == 0 ? k : kind == 1 ? v : PyTuple.of(k, v);
        }

        @ExposedMethod
        static PyObject __iter__(Iter self) {
            return self;
        }

        @ExposedMethod
        static PyObject __next__(Iter self) {
            PyObject v = self.next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        }

        @ExposedMethod
        static long __len__(Iter self) {
            return self.map.count;
        }
    }
}
