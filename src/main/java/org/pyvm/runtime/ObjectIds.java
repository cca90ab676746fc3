package org.pyvm.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * id(): an integer unique among the objects alive at one time, constant for an object's
 * life (CPython uses the object's address: Python/bltinmodule.c builtin_id,
 * Objects/object.c PyLong_FromVoidPtr). The JVM moves objects and has no stable address;
 * its identity hash is stable but not unique (31 bits: among 100,000 live objects a few
 * pairs share one, and copy.deepcopy's memo, keyed by id, then hands back the wrong copy).
 *
 * <p>So the id is made from the identity hash plus a small slot number that tells apart
 * live objects with the same hash: the objects given an id are remembered weakly, per
 * hash, with their slots. The first object with a given hash gets slot 0, which keeps
 * the common id the plain address-like number {@code 0x7f... + (hash << 4)}; a slot is
 * freed (and may be reused, as CPython reuses addresses) when its object has died.
 */
final class ObjectIds {

    private ObjectIds() {}

    private static final long BASE = 0x7f0000000000L;

    /** One object that was given an id; refs with the same hash chain through next. */
    private static final class Ref extends WeakReference<PyObject> {
        final int hash;
        final int slot;
        Ref next;

        Ref(PyObject o, int hash, int slot, Ref next) {
            super(o, QUEUE);
            this.hash = hash;
            this.slot = slot;
            this.next = next;
        }
    }

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** identity hash -> the chain of refs to objects with that hash that were given an id. */
    private static final HashMap<Integer, Ref> TABLE = new HashMap<>();

    static synchronized long id(PyObject o) {
        expunge();
        // A generator GenFinalizer revived to finalize it is the object that died: same id.
        int h = o instanceof PyGenerator g && g.revivedHash != 0 ? g.revivedHash : System.identityHashCode(o);
        Ref head = TABLE.get(h);
        long used = 0;
        for (Ref r = head; r != null; r = r.next) {
            if (r.refersTo(o)) {
                return idOf(h, r.slot);
            }
            if (!r.refersTo(null) && r.slot < 64) {
                used |= 1L << r.slot;
            }
        }
        int slot = Long.numberOfTrailingZeros(~used);
        if (slot == 64) {
            // 64 live objects with one identity hash: not seen in practice; count on.
            slot = 64;
            for (Ref r = head; r != null; r = r.next) {
                if (!r.refersTo(null)) {
                    slot = Math.max(slot, r.slot + 1);
                }
            }
        }
        TABLE.put(h, new Ref(o, h, slot, head));
        return idOf(h, slot);
    }

    /**
     * The live object whose id() is ID, or null when none is (never given one, or dead):
     * the inverse of {@link #id}, for C's "pointer back to object" (PyLong_AsVoidPtr).
     */
    static synchronized PyObject lookup(long id) {
        long off = id - BASE;
        if (off < 0) {
            return null;
        }
        int hash = (int) ((off >>> 4) & 0xffffffffL);
        int slot = (int) (off >>> 36);
        if (idOf(hash, slot) != id) {
            return null;
        }
        for (Ref r = TABLE.get(hash); r != null; r = r.next) {
            if (r.slot == slot) {
                PyObject o = r.get();
                if (o != null) {
                    return o;
                }
            }
        }
        return null;
    }

    private static long idOf(int hash, int slot) {
        return BASE + ((hash & 0xffffffffL) << 4) + ((long) slot << 36);
    }

    /** Drops the refs the collector has cleared. */
    private static void expunge() {
        for (Reference<? extends PyObject> q = QUEUE.poll(); q != null; q = QUEUE.poll()) {
            Ref dead = (Ref) q;
            Ref head = TABLE.get(dead.hash);
            if (head == dead) {
                if (dead.next == null) {
                    TABLE.remove(dead.hash);
                } else {
                    TABLE.put(dead.hash, dead.next);
                }
            } else {
                for (Ref r = head; r != null; r = r.next) {
                    if (r.next == dead) {
                        r.next = dead.next;
                        break;
                    }
                }
            }
        }
    }
}
