package org.pyvm.interp;

import java.util.HashMap;
import java.util.Map;
import org.pyvm.runtime.Gil;

/**
 * Per-module import locks. A thread that imports a module another thread is still finding
 * or running waits until that thread is done, so that it never sees the module half made
 * (the GIL can pass to another thread in the middle of a module's body). Waiting that
 * would deadlock (the owner is itself waiting, directly or through others, for a module
 * this thread is importing) is skipped, and the import goes on with the partial module, as
 * importlib's _lock_unlock_module does. Compare _bootstrap.py: _ModuleLock (reentrant, with
 * has_deadlock), _find_and_load.
 */
final class ModuleLocks {

    private ModuleLocks() {}

    private static final class Lock {
        Thread owner;
        int count;
    }

    /** Guards the two maps; waiters wait on it. */
    private static final Object MONITOR = new Object();
    /** Module name -> its lock, while some thread holds it. */
    private static final Map<String, Lock> LOCKS = new HashMap<>();
    /** Thread -> the module it waits for. */
    private static final Map<Thread, String> WAITING = new HashMap<>();
    /** How many locks are held: 0 lets an import of a module already in sys.modules skip all this. */
    private static volatile int held;

    /** Whether any thread holds a module lock (the fast path of an import checks only this). */
    static boolean anyHeld() {
        return held > 0;
    }

    /**
     * Takes NAME's lock for this thread (again, if it has it), first waiting while another
     * thread holds it. Returns false when it did not take it, because waiting would
     * deadlock; the caller then imports without it.
     */
    static boolean acquire(String name) {
        Thread me = Thread.currentThread();
        synchronized (MONITOR) {
            Lock l = LOCKS.get(name);
            if (l == null || l.owner == me) {
                take(name, l, me);
                return true;
            }
        }
        if (!waitFor(name, me)) {
            return false;
        }
        synchronized (MONITOR) {
            take(name, LOCKS.get(name), me);
            return true;
        }
    }

    private static void take(String name, Lock l, Thread me) {
        if (l == null) {
            l = new Lock();
            l.owner = me;
            LOCKS.put(name, l);
            held++;
        }
        l.count++;
    }

    static void release(String name) {
        synchronized (MONITOR) {
            Lock l = LOCKS.get(name);
            if (l == null || l.owner != Thread.currentThread()) {
                return;
            }
            if (--l.count == 0) {
                LOCKS.remove(name);
                held--;
                MONITOR.notifyAll();
            }
        }
    }

    /** Waits, with the GIL released, until no other thread holds NAME's lock: _lock_unlock_module. */
    static void awaitOthers(String name) {
        waitFor(name, Thread.currentThread());
    }

    /**
     * Waits until NAME's lock is free or this thread's own; false (without waiting) when the
     * holder waits, directly or along a chain, for a lock this thread holds.
     */
    private static boolean waitFor(String name, Thread me) {
        boolean released = false;
        try {
            synchronized (MONITOR) {
                while (true) {
                    Lock l = LOCKS.get(name);
                    if (l == null || l.owner == me) {
                        return true;
                    }
                    if (deadlocks(l.owner, me)) {
                        return false;
                    }
                    if (!released) {
                        // Not under MONITOR while taking the GIL back (below): no lock-order cycle.
                        WAITING.put(me, name);
                        released = Gil.release();
                    }
                    try {
                        MONITOR.wait(50);
                    } catch (InterruptedException e) {
                        // Interrupts are seen at the next eval-breaker check; keep the flag.
                        Thread.currentThread().interrupt();
                        return true;
                    }
                }
            }
        } finally {
            synchronized (MONITOR) {
                WAITING.remove(me);
            }
            Gil.reacquire(released);
        }
    }

    /** Whether OWNER waits, through a chain of held locks, for one that ME holds. Compare _ModuleLock.has_deadlock. */
    private static boolean deadlocks(Thread owner, Thread me) {
        Thread t = owner;
        for (int steps = 0; t != null && steps <= LOCKS.size(); steps++) {
            if (t == me) {
                return true;
            }
            String wanted = WAITING.get(t);
            Lock l = wanted == null ? null : LOCKS.get(wanted);
            t = l == null ? null : l.owner;
        }
        return false;
    }
}
