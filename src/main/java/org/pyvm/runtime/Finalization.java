package org.pyvm.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * __del__ (CPython's tp_finalize) of objects found unreachable: instances of Python
 * classes that define __del__ ({@link InstanceFinalizer} makes them), file objects and
 * sockets. (Generators are closed by {@link GenFinalizer}.)
 *
 * <p>How: such an object holds a {@link Trigger} in a field, and nothing else holds the
 * trigger. When the object becomes unreachable, so does the trigger; the JVM then calls
 * the trigger's {@code finalize()} on its finalizer thread with the object reachable again
 * through the trigger (the JVM's own resurrection), and the trigger queues the object.
 * __del__ runs later on an interpreter thread holding the GIL: at gc.collect(), at the
 * next eval-breaker check of a running thread (the trigger raises the breaker flag), or,
 * when every Python thread is blocked, on a daemon thread ({@link #idleCollector}). As
 * PEP 442 says, __del__ runs once per object even when it resurrects it (the JVM
 * finalizes an object once), and an object in a reference cycle is finalized like any
 * other.
 *
 * <p>Differences from CPython: there __del__ runs the moment the last reference goes;
 * here only after the JVM's collector has found the object unreachable (gc.collect()
 * forces it). Objects found together are finalized oldest first, except that one that
 * another of them refers to waits for it (a text file goes before its buffer, a buffer
 * before its raw file, an instance before what its attributes hold), as reference
 * counting would order them.
 * Object.finalize is deprecated in the JDK, but it is the JDK's only mechanism that
 * gives back the dead object itself, which __del__ needs; if a later JDK removes it,
 * this class is the one to replace.
 */
public final class Finalization {

    private Finalization() {}

    /** Objects whose trigger fired, waiting for their __del__. */
    private static final ConcurrentLinkedQueue<Trigger> PENDING = new ConcurrentLinkedQueue<>();
    /** Something is in PENDING (read by the eval breaker). */
    public static volatile boolean pending;
    /** Triggers made in this run and not yet fired or disarmed. */
    private static final AtomicLong ARMED = new AtomicLong();
    private static final AtomicLong ORDER = new AtomicLong();
    /** Triggers that fired (counted so that a forced collection can wait for the finalizer to go quiet). */
    private static final AtomicLong FIRED = new AtomicLong();
    /** Bumped by {@link #reset}: triggers of an earlier run (in-process tests) are ignored. */
    private static volatile int generation;
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();
    private static Thread idle;
    /** Set by the sentinel trigger planted before a forced collection. */
    private static volatile long sentinelSeen = -1;

    /** Triggers of instances of Python classes still alive, by number: their __del__ runs at exit if never before. */
    private static final Map<Long, WeakReference<Trigger>> AT_EXIT = new ConcurrentHashMap<>();

    /** An object that holds a trigger. */
    public interface Watched {
        Trigger trigger();
    }

    /** An object that wraps another (a buffer its raw file): finalized before it. */
    public interface Wrapper {
        PyObject wrapped();
    }

    /** Held by the watched object only; queues it when the JVM finds both unreachable. */
    public static final class Trigger {
        private final PyObject owner;
        private final int gen;
        private final long order;
        private final boolean atExit;
        private volatile boolean disarmed;
        /** Set once __del__ has been called on the owner (gc.is_finalized). */
        private volatile boolean finalized;

        public boolean finalized() {
            return finalized;
        }

        private Trigger(PyObject owner, boolean atExit) {
            this.owner = owner;
            this.gen = generation;
            this.order = ORDER.incrementAndGet();
            this.atExit = atExit;
        }

        /** __del__ is no longer wanted (the object was closed for good, or finalized at exit). */
        public void disarm() {
            if (!disarmed) {
                disarmed = true;
                ARMED.decrementAndGet();
                if (atExit) {
                    AT_EXIT.remove(order);
                }
            }
        }

        @Override
        @SuppressWarnings({"removal", "deprecation", "checkstyle:NoFinalizer"})
        protected void finalize() {
            if (owner == null) {
                sentinelSeen = order;
                return;
            }
            if (disarmed || gen != generation) {
                return;
            }
            disarm();
            PENDING.add(this);
            FIRED.incrementAndGet();
            pending = true;
            Gil.dropRequest = true;
        }
    }

    /**
     * A trigger for OWNER, which must keep it in a field (and give it to nobody else):
     * OWNER's type's __del__ runs once after OWNER has become unreachable.
     */
    public static Trigger watch(PyObject owner) {
        return watch(owner, false);
    }

    /** As {@link #watch}, for an instance of a Python class: its __del__ also runs at exit if it never ran. */
    public static Trigger watchInstance(PyObject owner) {
        return watch(owner, true);
    }

    private static Trigger watch(PyObject owner, boolean atExit) {
        Trigger t = new Trigger(owner, atExit);
        ARMED.incrementAndGet();
        if (atExit) {
            AT_EXIT.put(t.order, new WeakReference<>(t));
        }
        if (idle == null && Gil.isActive()) {
            startIdleCollector();
        }
        return t;
    }

    /** Whether some instance may need its __del__ at exit. */
    static boolean anyAtExit() {
        return !AT_EXIT.isEmpty();
    }

    /** The triggers of instances still alive whose __del__ has not run, oldest first; forgets them. */
    static List<Trigger> takeLiveAtExit() {
        List<Trigger> live = new ArrayList<>();
        for (WeakReference<Trigger> r : AT_EXIT.values()) {
            Trigger t = r.get();
            if (t != null && !t.disarmed && t.gen == generation) {
                live.add(t);
            }
        }
        AT_EXIT.clear();
        live.sort((a, b) -> Long.compare(a.order, b.order));
        return live;
    }

    /** Runs T's __del__ now (at exit), once. */
    static void runNow(Trigger t) {
        if (!t.disarmed) {
            t.disarm();
            t.finalized = true;
            runDel(t.owner);
        }
    }

    /** Whether CLS's instances need a trigger: its MRO defines __del__. */
    public static boolean wanted(PyType cls) {
        return cls.hasDel();
    }

    /** A new run in this JVM (PyRuntime.reset): what the last one left is forgotten. */
    static void reset() {
        generation++;
        idle = null;   // the old collector sees the new generation and ends
        AT_EXIT.clear();
        PENDING.clear();
        pending = false;
        ARMED.set(0);
        PendingCalls.reset();
    }

    /**
     * The eval breaker's hook for queued work that any thread may do: the __del__ of the
     * objects found unreachable, then the pending calls ({@link PendingCalls}, which may
     * raise into the running code). Whether a __del__ ran.
     */
    public static boolean runPending() {
        pending = false;
        boolean ran = runFinalizers();
        PendingCalls.run();
        return ran;
    }

    /**
     * Runs __del__ of the queued objects, newest first, on this thread, which holds the GIL.
     * Errors go to sys.unraisablehook as "Exception ignored in: <__del__ ...>", as CPython's
     * slot_tp_finalize reports them. Compare typeobject.c: slot_tp_finalize.
     */
    private static boolean runFinalizers() {
        if (PENDING.isEmpty() || RUNNING.get() != null) {
            return false;
        }
        boolean ran = false;
        RUNNING.set(Boolean.TRUE);
        try {
            while (true) {
                List<Trigger> batch = new ArrayList<>();
                for (Trigger t = PENDING.poll(); t != null; t = PENDING.poll()) {
                    if (t.gen == generation) {
                        batch.add(t);
                    }
                }
                if (batch.isEmpty()) {
                    return ran;
                }
                ran = true;
                for (Trigger t : ordered(batch)) {
                    t.finalized = true;
                    runDel(t.owner);
                }
            }
        } finally {
            RUNNING.remove();
        }
    }

    /**
     * BATCH in the order reference counting would finalize it: oldest first, but an object
     * another member refers to (directly) after that member; members of a cycle oldest first.
     */
    private static List<Trigger> ordered(List<Trigger> batch) {
        batch.sort((a, b) -> Long.compare(a.order, b.order));
        if (batch.size() < 2) {
            return batch;
        }
        Map<PyObject, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            index.put(batch.get(i).owner, i);
        }
        int n = batch.size();
        int[] referrers = new int[n];
        List<List<Integer>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Integer> out = new ArrayList<>();
            for (PyObject r : referents(batch.get(i).owner)) {
                Integer j = r == null ? null : index.get(r);
                if (j != null && j != i && !out.contains(j)) {
                    out.add(j);
                    referrers[j]++;
                }
            }
            edges.add(out);
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (referrers[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] done = new boolean[n];
        List<Trigger> out = new ArrayList<>(n);
        int next = 0;
        while (out.size() < n) {
            Integer i = ready.poll();
            if (i == null) {
                // A cycle: its oldest member goes first.
                while (done[next]) {
                    next++;
                }
                i = next;
            }
            if (done[i]) {
                continue;
            }
            done[i] = true;
            out.add(batch.get(i));
            for (int j : edges.get(i)) {
                if (--referrers[j] == 0 && !done[j]) {
                    ready.add(j);
                }
            }
        }
        return out;
    }

    /** What O refers to directly, as far as the ordering needs: attributes, items, a wrapped stream. */
    private static List<PyObject> referents(PyObject o) {
        List<PyObject> out = new ArrayList<>();
        if (o instanceof Wrapper w) {
            out.add(w.wrapped());
        }
        if (o instanceof PyInstance inst) {
            addValues(out, inst.slotStorage());
        }
        if (o instanceof HasDict h && !(o instanceof PyType)) {
            addValues(out, h.getDict());
        }
        if (o instanceof PyTuple t) {
            out.addAll(java.util.Arrays.asList(t.items()));
        } else if (o instanceof PyList l) {
            out.addAll(java.util.Arrays.asList(l.toArray()));
        } else if (o instanceof PyDict d) {
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                out.add(d.keyAt(i));
                out.add(d.valueAt(i));
            }
        } else if (o instanceof PySet s) {
            out.addAll(java.util.Arrays.asList(s.toArray()));
        }
        return out;
    }

    private static void addValues(List<PyObject> out, PyDict d) {
        for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
            out.add(d.valueAt(i));
        }
    }

    private static void runDel(PyObject self) {
        PyObject del = self.type().lookup("__del__");
        if (del == null) {
            return;
        }
        try {
            Abstract.call(del, self);
        } catch (PyBaseException e) {
            Unraisable.report(e, del);
        } catch (RuntimeException | StackOverflowError e) {
            // A finalizer must not take the thread it borrowed down with it.
        }
    }

    /**
     * gc.collect()'s part, after its full collection: waits until the JVM has run the
     * triggers of what that collection found unreachable, then runs their __del__.
     * Costs nothing when no watched object exists.
     */
    public static boolean collected(long sentinel) {
        if (sentinel >= 0) {
            awaitTriggers(sentinel);
        }
        return runFinalizers();
    }

    /**
     * Before gc.collect()'s full collection: plants a sentinel when watched objects exist
     * (see {@link #awaitTriggers}); its number, or -1.
     */
    public static long beforeCollection() {
        return ARMED.get() > 0 ? plantSentinel() : -1;
    }

    /** A full collection now, then the __del__ of what it found (at exit). */
    static void collectNow() {
        forceCollection();
        runFinalizers();
    }

    /**
     * The JVM queues finalizable objects on its reference handler thread after the
     * collection: a sentinel trigger that became garbage just before the collection tells
     * when that queue has been handed to the finalizer, and runFinalization then drains it.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private static void awaitTriggers(long s) {
        long deadline = System.nanoTime() + 200_000_000L;
        do {
            System.runFinalization();
            if (sentinelSeen == s) {
                break;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        // The JVM's finalizer thread may still be inside the finalize() of a trigger it took
        // off the queue before runFinalization looked (the queue hands them out in no fixed
        // order): wait until a round of runFinalization sees no trigger fire.
        long last = FIRED.get();
        for (int i = 0; i < 50 && System.nanoTime() < deadline + 100_000_000L; i++) {
            System.runFinalization();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = FIRED.get();
            if (now == last && i > 0) {
                return;
            }
            last = now;
        }
    }

    /** A full collection, returning once the JVM has run the triggers of what it found. */
    private static void forceCollection() {
        long s = plantSentinel();
        System.gc();
        awaitTriggers(s);
    }

    /** Makes an unreachable trigger with no owner and returns its number. */
    private static long plantSentinel() {
        return new Trigger(null, false).order;
    }

    // ---- collection while every thread waits ----

    private static synchronized void startIdleCollector() {
        if (idle != null) {
            return;
        }
        Thread t = new Thread(() -> idleCollector(generation), "pyvm-finalizer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        idle = t;
        t.start();
    }

    /**
     * With threads, a program can wait forever for a finalizer CPython would have run
     * at once: a thread reading a socket until EOF while the peer's last reference to its
     * end was dropped (test_httpservers does this). When no thread has held the GIL for a
     * second and watched objects exist, this daemon asks for one collection and, with the
     * GIL, runs the __del__ it queued. A running program never pays for it: it only looks
     * at the GIL four times a second.
     */
    private static void idleCollector(int gen) {
        long lastEpoch = -1;
        int idleTicks = 0;
        boolean collected = false;
        while (gen == generation) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
            long epoch = Gil.epoch();
            if (Gil.isHeld() || epoch != lastEpoch) {
                lastEpoch = epoch;
                idleTicks = 0;
                collected = false;
                continue;
            }
            idleTicks++;
            if (!collected && idleTicks >= 4 && ARMED.get() > 0) {
                collected = true;
                forceCollection();
            }
            if (!PENDING.isEmpty() && idleTicks >= 1) {
                Gil.acquire();
                try {
                    if (gen == generation) {
                        runFinalizers();
                    }
                } finally {
                    Gil.release();
                }
                lastEpoch = Gil.epoch();
            }
        }
    }
}
