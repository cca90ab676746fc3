package org.pyvm.runtime;

import java.util.Arrays;

/**
 * Python {@code dict}: an insertion-ordered hash table calling Python {@code __hash__} and
 * {@code __eq__}, laid out as CPython's compact dict (an index table over arrays of
 * entries in insertion order), so iteration is by position and needs no iterator objects
 * that could be invalidated. Compare CPython Objects/dictobject.c.
 */
public class PyDict implements PyObject {

    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, DictMethods.class)
        .collection(PyType.MAPPING);

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    private int[] index;
    PyObject[] keys;
    PyObject[] values;
    private long[] hashes;
    /** Entries used, including deleted ones (their key is null). */
    int entries;
    /** Live entries. */
    int used;
    /** Bumped on every insertion or deletion, to detect changes during iteration. */
    int version;
    /**
     * Bumped when a key's value is replaced by another object: with {@link #version} it
     * makes PEP 509's version ({@link #mutations()}), which changes on every change.
     */
    private int replaced;
    /**
     * Bit (hash & 63) set for the hash of every key ever inserted since the dict was last
     * emptied (deletions leave their bit): a clear bit proves a key absent without probing
     * ({@link #mayContainStr}, the method form of LOAD_ATTR checking that the instance dict
     * does not shadow a method on each call; CPython checks its shared keys' version there).
     */
    private long keyBits;
    /** A bit per dict watcher watching this dict ({@link Watchers}); 0 for nearly every dict. */
    byte watched;

    public PyDict() {
        clearAll();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void clearAll() {
        index = new int[8];
        Arrays.fill(index, EMPTY);
        keys = new PyObject[5];
        values = new PyObject[5];
        hashes = new long[5];
        entries = 0;
        used = 0;
        keyBits = 0;
        version++;
    }

    public int size() {
        return used;
    }

    /**
     * Position in the index table holding KEY's entry, or the negated free slot - 1. A key's
     * __eq__ may change the dict; the lookup then starts again, as dictobject.c's does
     * (DKIX_KEY_CHANGED), rather than trust a stale position.
     */
    private int findSlot(PyObject key, long hash) {
        while (true) {
            int s = tryFindSlot(key, hash);
            if (s != RESTART) {
                return s;
            }
        }
    }

    /** findSlot's answer, or RESTART when an __eq__ changed the tables under it. */
    private static final int RESTART = Integer.MIN_VALUE;

    private int tryFindSlot(PyObject key, long hash) {
        int[] idx = index;
        PyObject[] ks = keys;
        long[] hs = hashes;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeSlot = -1;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -(freeSlot >= 0 ? freeSlot : i) - 1;
            }
            if (ix == DUMMY) {
                if (freeSlot < 0) {
                    freeSlot = i;
                }
            } else {
                PyObject stored = ks[ix];
                if (stored == key) {
                    return i;
                }
                if (hs[ix] == hash) {
                    if (stored instanceof PyStr a && key instanceof PyStr b && a.getClass() == PyStr.class
                        && b.getClass() == PyStr.class) {
                        if (a.value().equals(b.value())) {
                            return i;
                        }
                    } else {
                        boolean eq = Ops.eqBool(stored, key);
                        if (index != idx || keys != ks || ks[ix] != stored) {
                            return RESTART;
                        }
                        if (eq) {
                            return i;
                        }
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public PyObject get(PyObject key) {
        return get(key, Abstract.hash(key));
    }

    public PyObject get(PyObject key, long hash) {
        int s = findSlot(key, hash);
        return s >= 0 ? values[index[s]] : null;
    }

    /**
     * False when exact str KEY is surely not a key (no key with its hash's low six bits was
     * ever inserted); true when it may be (then {@link #get} decides).
     */
    public boolean mayContainStr(PyStr key) {
        return (keyBits & (1L << key.pyHash())) != 0;
    }

    /**
     * The position of KEY's entry (for {@link #valueAt}), or -1. It stays KEY's while
     * {@link #version()} is unchanged: a value replaced in place keeps its position.
     */
    public int entryIndex(PyObject key) {
        int s = findSlot(key, Abstract.hash(key));
        return s >= 0 ? index[s] : -1;
    }

    /**
     * The value at entry POS if that entry's key is KEY itself (the same object), else null:
     * a look-up by a remembered position that needs no hashing (AttrCache's hint). Any
     * POS is safe to pass.
     */
    public PyObject valueIfKeyAt(int pos, PyObject key) {
        return pos < entries && keys[pos] == key ? values[pos] : null;
    }

    /** Replaces the value at entry POS if its key is KEY itself; false (and nothing done) otherwise. */
    public boolean replaceIfKeyAt(int pos, PyObject key, PyObject value) {
        if (pos < entries && keys[pos] == key) {
            if (values[pos] != value) {
                values[pos] = value;
                replaced++;
            }
            return true;
        }
        return false;
    }

    /**
     * replaceIfKeyAt for a VALUE known to be a PyObject but typed Object (read through
     * Unsafe from a frame's stack, interp.DataLoop): stored without a cast to the interface.
     */
    public boolean replaceIfKeyAtTrusted(int pos, PyObject key, Object value) {
        if (pos < entries && keys[pos] == key) {
            if (values[pos] != value) {
                ArrayStore.putTrusted(values, pos, value);
                replaced++;
            }
            return true;
        }
        return false;
    }

    /** replaceValueAt for a VALUE known to be a PyObject but typed Object (see replaceIfKeyAtTrusted). */
    public void replaceValueAtTrusted(int pos, Object value) {
        if (values[pos] != value) {
            ArrayStore.putTrusted(values, pos, value);
            replaced++;
        }
    }

    /** Replaces the value of the live entry at POS (from {@link #entryIndex}), as setItem on its key would. */
    public void replaceValueAt(int pos, PyObject value) {
        if (values[pos] != value) {
            values[pos] = value;
            replaced++;
        }
    }

    /**
     * A count that changes whenever the dict does (a key added or removed, a value replaced
     * by another object; not a value stored again): the per-dict part of PEP 509's
     * ma_version_tag, which _testcapi.dict_get_version shows. Compare dictobject.c:
     * insertdict's and delitem_common's new_version.
     */
    public int mutations() {
        return version + replaced;
    }

    /** Changes whenever a key is added or removed (not when a value is replaced). */
    public int version() {
        return version;
    }

    public PyObject getStr(String key) {
        // Interned: the str and its hash are made once per name, not per lookup.
        return get(PyStr.intern(key));
    }

    public void setStr(String key, PyObject value) {
        setItem(PyStr.intern(key), value);
    }

    public void setItem(PyObject key, PyObject value) {
        setItem(key, Abstract.hash(key), value);
    }

    public void setItem(PyObject key, long hash, PyObject value) {
        int s = findSlot(key, hash);
        if (s >= 0) {
            int ix = index[s];
            if (values[ix] != value) {
                if (watched != 0) {
                    Watchers.dictEvent(Watchers.DICT_MODIFIED, this, key, value);
                }
                values[ix] = value;
                replaced++;
            }
            return;
        }
        insertNew(key, hash, value, s);
    }

    /**
     * KEY's value, else DFLT stored under KEY: one look-up, so KEY's __hash__ and __eq__
     * are called once, as in dict.setdefault. Compare dictobject.c: PyDict_SetDefault.
     */
    public PyObject setDefault(PyObject key, long hash, PyObject dflt) {
        int s = findSlot(key, hash);
        if (s >= 0) {
            return values[index[s]];
        }
        insertNew(key, hash, dflt, s);
        return dflt;
    }

    /** Adds KEY (known absent; S is findSlot's negative answer), growing the table first if full. */
    private void insertNew(PyObject key, long hash, PyObject value, int s) {
        if (watched != 0) {
            Watchers.dictEvent(Watchers.DICT_ADDED, this, key, value);
        }
        if (entries == keys.length) {
            resize(Integer.highestOneBit(Math.max(used * 3, 8)) * 2);
            // The fresh table has no deleted slots: the first empty one on KEY's probe, no key compared.
            int mask = index.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (index[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            s = -i - 1;
        }
        int slot = -s - 1;
        index[slot] = entries;
        keys[entries] = key;
        values[entries] = value;
        hashes[entries] = hash;
        keyBits |= 1L << hash;
        entries++;
        used++;
        version++;
    }

    /** Rebuilds the table with SIZE index slots, compacting deleted entries. */
    private void resize(int size) {
        size = Math.max(8, size);
        int n = Math.max(5, size * 2 / 3 + 1);
        PyObject[] nk = new PyObject[n];
        PyObject[] nv = new PyObject[n];
        long[] nh = new long[n];
        int[] ni = new int[size];
        Arrays.fill(ni, EMPTY);
        int j = 0;
        int mask = size - 1;
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                nk[j] = keys[i];
                nv[j] = values[i];
                nh[j] = hashes[i];
                long perturb = nh[j];
                int p = (int) (nh[j] & mask);
                while (ni[p] != EMPTY) {
                    perturb >>>= 5;
                    p = (int) ((p * 5L + perturb + 1) & mask);
                }
                ni[p] = j;
                j++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        index = ni;
        entries = j;
    }

    /** Removes KEY; returns its value, or null when absent. */
    public PyObject delItem(PyObject key) {
        long hash = Abstract.hash(key);
        int s = findSlot(key, hash);
        if (s < 0) {
            return null;
        }
        int ix = index[s];
        if (watched != 0) {
            Watchers.dictEvent(Watchers.DICT_DELETED, this, keys[ix], null);
        }
        PyObject v = values[ix];
        index[s] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        return v;
    }

    public boolean containsKey(PyObject key) {
        return findSlot(key, Abstract.hash(key)) >= 0;
    }

    public void clear() {
        // An empty dict is left as it is (its version unchanged), as PyDict_Clear does.
        if (entries > 0) {
            if (watched != 0) {
                Watchers.dictEvent(Watchers.DICT_CLEARED, this, null, null);
            }
            clearAll();
        }
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.update(this);
        return d;
    }

    public void update(PyDict other) {
        if (watched != 0 && clonesFrom(other)) {
            // One event for the whole copy, none per key.
            Watchers.dictEvent(Watchers.DICT_CLONED, this, other, null);
            byte w = watched;
            watched = 0;
            try {
                update(other);
            } finally {
                watched = w;
            }
            return;
        }
        for (int i = 0; i < other.entries; i++) {
            if (other.keys[i] != null) {
                setItem(other.keys[i], other.hashes[i], other.values[i]);
            }
        }
    }

    /**
     * Whether filling this dict from OTHER is the copy of a whole table that CPython makes
     * (and reports as one CLONED event): this dict empty, OTHER without deleted entries and
     * at its smallest size or more than half full. Compare dictobject.c: dict_merge.
     */
    boolean clonesFrom(PyDict other) {
        return other != this && used == 0 && other.used > 0 && other.used == other.entries
            && (other.index.length == 8 || (other.index.length / 2) * 2 / 3 < other.used);
    }

    /** The hash of the entry at POS. */
    long hashAt(int pos) {
        return hashes[pos];
    }

    /** Position of the next live entry at or after POS, or -1 (iteration by position). */
    public int nextEntry(int pos) {
        while (pos < entries) {
            if (keys[pos] != null) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    public PyObject keyAt(int pos) {
        return keys[pos];
    }

    public PyObject valueAt(int pos) {
        return values[pos];
    }

    public PyObject[] keysArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                out[j++] = keys[i];
            }
        }
        return out;
    }

    /** The last live entry's position, or -1 (popitem). */
    int lastEntry() {
        for (int i = entries - 1; i >= 0; i--) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }
}
