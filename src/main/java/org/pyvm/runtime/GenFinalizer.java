package org.pyvm.runtime;

import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes generators nobody can reach any more, as CPython's _PyGen_Finalize does when a
 * suspended generator is deallocated (GeneratorExit thrown in, so its {@code finally} and
 * {@code with} blocks run; an async generator goes to the finalizer hook of
 * sys.set_asyncgen_hooks when one was set).
 *
 * <p>The difference from CPython: CPython runs this the moment the last reference goes
 * (for {@code for x in gen(): break}, right after the loop). pyvm has no reference counts:
 * it learns that a generator is unreachable only after the JVM's collector ran, through a
 * phantom reference, and it then closes the generator on the interpreter's thread at the
 * next safe point (the next creation of a generator or coroutine), and at exit closes
 * every generator still suspended (as CPython's interpreter teardown does for the ones
 * still referenced). So the finally blocks run, but later than in CPython and in a
 * different order. Only generators suspended where a handler of their own covers the
 * yield are registered (a yield outside any try/with has nothing to run on close), which
 * keeps ordinary generators free of this cost.
 */
public final class GenFinalizer extends PhantomReference<PyObject> {

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** Keeps the references themselves reachable until processed. */
    private static final Set<GenFinalizer> LIVE = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    private final GeneratorFrame frame;
    private final String name;
    private final String qualname;
    private final boolean coroutine;
    private final boolean asyncGen;
    /** The async generator's finalizer hook (captured at its first iteration), or null. */
    volatile PyObject asyncFinalizer;
    /** Set when the generator finished or was closed: nothing left to do. */
    volatile boolean done;
    private final long order;
    private static long counter;

    private GenFinalizer(PyObject owner, GeneratorFrame frame, String name, String qualname, boolean coroutine,
                         boolean asyncGen) {
        super(owner, QUEUE);
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        this.coroutine = coroutine;
        this.asyncGen = asyncGen;
        synchronized (GenFinalizer.class) {
            this.order = counter++;
        }
    }

    /** Watches OWNER (the Python-visible generator object) for the frame driven by G. */
    static GenFinalizer register(PyObject owner, PyGenerator g, String name, String qualname, boolean coroutine,
                                 boolean asyncGen) {
        GenFinalizer f = new GenFinalizer(owner, g.genFrame(), name, qualname, coroutine, asyncGen);
        // The frame, held here, must not keep its generator alive.
        g.genFrame().frame().weakenGenerator();
        LIVE.add(f);
        return f;
    }

    /** The generator finished: nothing to close, and the frame need not be kept. */
    void retire() {
        done = true;
        LIVE.remove(this);
        clear();
    }

    /** Closes the generators found unreachable since the last call. Cheap when there are none. */
    public static boolean drain() {
        if (RUNNING.get() != null) {
            return false;
        }
        java.lang.ref.Reference<? extends PyObject> r = QUEUE.poll();
        if (r == null) {
            return false;
        }
        boolean ran = false;
        RUNNING.set(Boolean.TRUE);
        try {
            for (; r != null; r = QUEUE.poll()) {
                GenFinalizer f = (GenFinalizer) r;
                if (LIVE.remove(f)) {
                    f.finalizeFrame();
                    ran = true;
                }
            }
        } finally {
            RUNNING.remove();
        }
        return ran;
    }

    /**
     * After a full collection (gc.collect()): closes the generators it found unreachable.
     * The collector clears phantom references at once but the JVM queues them later, on
     * its reference handler thread, so the live set is searched too.
     */
    public static boolean collected() {
        if (RUNNING.get() != null) {
            return false;
        }
        boolean drained = drain();
        List<GenFinalizer> dead = new ArrayList<>();
        for (GenFinalizer f : LIVE) {
            if (f.refersTo(null)) {
                dead.add(f);
            }
        }
        if (dead.isEmpty()) {
            return drained;
        }
        dead.sort((a, b) -> Long.compare(a.order, b.order));
        RUNNING.set(Boolean.TRUE);
        try {
            for (GenFinalizer f : dead) {
                if (LIVE.remove(f)) {
                    f.finalizeFrame();
                }
            }
        } finally {
            RUNNING.remove();
        }
        return true;
    }

    /** At exit: collected generators first, then every one still suspended, oldest first. */
    public static void atExit() {
        drain();
        List<GenFinalizer> rest = new ArrayList<>(LIVE);
        LIVE.clear();
        // Oldest first (module globals are cleared in order), but a generator another one
        // delegates to (yield from / await) after that one, which closes it through the chain.
        Set<GeneratorFrame> inner = new java.util.HashSet<>();
        for (GenFinalizer f : rest) {
            if (f.frame.delegate() instanceof PyGenerator d) {
                inner.add(d.genFrame());
            }
        }
        if (inner.isEmpty()) {
            // The usual case: age alone (a program's exit may have 100,000s of them).
            rest.sort((a, b) -> Long.compare(a.order, b.order));
        } else {
            rest.sort((a, b) -> inner.contains(a.frame) != inner.contains(b.frame) ? (inner.contains(a.frame) ? 1 : -1)
                : Long.compare(a.order, b.order));
        }
        RUNNING.set(Boolean.TRUE);
        try {
            for (GenFinalizer f : rest) {
                f.clear();
                f.finalizeFrame();
            }
        } finally {
            RUNNING.remove();
        }
    }

    /** Compare genobject.c: _PyGen_Finalize (errors are reported as unraisable, never propagated). */
    /**
     * How many unreachable generators have been finalized so far, wherever that happened (a
     * safe point inside a weakref callback, say): gc.collect() compares it around a round.
     */
    public static long finalizedCount() {
        return FINALIZED.get();
    }

    private static final java.util.concurrent.atomic.AtomicLong FINALIZED = new java.util.concurrent.atomic.AtomicLong();

    private void finalizeFrame() {
        FINALIZED.incrementAndGet();
        if (done || !frame.started()) {
            return;
        }
        done = true;
        PyObject shown = null;
        try {
            if (asyncGen) {
                PyAsyncGen ag = PyAsyncGen.revive(frame, name, qualname);
                shown = ag;
                PyObject hook = asyncFinalizer;
                if (hook != null) {
                    Abstract.call(hook, ag);
                    return;
                }
                PyGenerator.close(ag.core);
                return;
            }
            PyGenerator g = new PyGenerator(frame, name, qualname, coroutine, false);
            shown = g;
            PyGenerator.close(g);
        } catch (PyBaseException e) {
            Unraisable.report(e, shown);
        }
    }
}
