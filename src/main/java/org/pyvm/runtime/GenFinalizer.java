package org.pyvm.runtime;

import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 *
 * <p>It also watches coroutines that are not awaited at once (anything but {@code await
 * f()}): one that becomes unreachable before it started warns "coroutine ... was never
 * awaited" (RuntimeWarning), as CPython's _PyGen_Finalize does; the watch ends when the
 * coroutine starts or is closed.
 */
public final class GenFinalizer extends PhantomReference<PyObject> {

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /**
     * Keeps the references themselves reachable until processed: a doubly linked list
     * through prev/next from this sentinel, guarded by its monitor. (A list rather than a
     * concurrent set: every coroutine not awaited at once is added and removed again when
     * it starts, and linking costs no allocation.)
     */
    private static final GenFinalizer LIVE = new GenFinalizer();
    private GenFinalizer prev, next;
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    private final GeneratorFrame frame;
    private final String name;
    private final String qualname;
    private final boolean coroutine;
    private final boolean asyncGen;
    /** The async generator's finalizer hook (captured at its first iteration), or null. */
    volatile PyObject asyncFinalizer;
    /** A watch for "coroutine ... was never awaited" (registerUnawaited), retired when the coroutine starts. */
    boolean unawaited;
    /** The watched coroutine's cr_origin, for the warning's text. */
    private PyObject origin;
    /** Set when the generator finished or was closed: nothing left to do. */
    volatile boolean done;
    private final long order;
    /** The owner's identity hash: a generator revived to finalize it keeps the owner's id(). */
    private final int ownerHash;
    private static long counter;

    /** The list's sentinel. */
    private GenFinalizer() {
        super(null, null);
        frame = null;
        name = qualname = null;
        coroutine = asyncGen = false;
        ownerHash = 0;
        order = -1;
        prev = next = this;
    }

    private static void link(GenFinalizer f) {
        synchronized (LIVE) {
            f.prev = LIVE.prev;
            f.next = LIVE;
            LIVE.prev.next = f;
            LIVE.prev = f;
        }
    }

    /** Takes F out of the live list; false when it was not in it. */
    private static boolean unlink(GenFinalizer f) {
        synchronized (LIVE) {
            if (f.next == null) {
                return false;
            }
            f.prev.next = f.next;
            f.next.prev = f.prev;
            f.prev = f.next = null;
            return true;
        }
    }

    /** The live list's members, oldest first. */
    private static List<GenFinalizer> live() {
        List<GenFinalizer> all = new ArrayList<>();
        synchronized (LIVE) {
            for (GenFinalizer f = LIVE.next; f != LIVE; f = f.next) {
                all.add(f);
            }
        }
        return all;
    }

    private GenFinalizer(PyObject owner, GeneratorFrame frame, String name, String qualname, boolean coroutine,
                         boolean asyncGen) {
        super(owner, QUEUE);
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        this.coroutine = coroutine;
        this.asyncGen = asyncGen;
        this.ownerHash = System.identityHashCode(owner);
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
        link(f);
        return f;
    }

    /**
     * Watches a coroutine not started yet (OWNER): if it becomes unreachable before it
     * starts, it warns that it was never awaited. ORIGIN is its cr_origin or null.
     */
    static GenFinalizer registerUnawaited(PyGenerator owner, String name, String qualname, PyObject origin) {
        GenFinalizer f = register(owner, owner, name, qualname, true, false);
        f.unawaited = true;
        f.origin = origin;
        return f;
    }

    /** The generator finished: nothing to close, and the frame need not be kept. */
    void retire() {
        done = true;
        unlink(this);
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
                if (unlink(f)) {
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
        for (GenFinalizer f : live()) {
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
                if (unlink(f)) {
                    f.finalizeFrame();
                }
            }
        } finally {
            RUNNING.remove();
        }
        return true;
    }

    /**
     * frame.clear() on FRAME, whose generator is unreachable (the frame's weak link to it
     * was cleared): finalizes that generator now
     * if it is watched and was not finalized yet. Rare, so the live set is searched.
     */
    static boolean finalizeUnreachable(PyFrame frame) {
        for (GenFinalizer f : live()) {
            // (The frame's weak link to its generator was cleared: the generator is dead,
            // though the collector may not have cleared this phantom reference yet.)
            if (f.frame.frame() == frame && unlink(f)) {
                f.finalizeFrame();
                return true;
            }
        }
        return false;
    }

    /** At exit: collected generators first, then every one still suspended, oldest first. */
    public static void atExit() {
        drain();
        List<GenFinalizer> rest = live();
        for (GenFinalizer f : rest) {
            unlink(f);
        }
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
        if (done) {
            return;
        }
        if (!frame.started()) {
            if (unawaited) {
                done = true;
                // The coroutine revived for the warning's text (its __qualname__, cr_origin).
                PyGenerator g = new PyGenerator(frame, name, qualname, true, false);
                g.revivedHash = ownerHash;
                g.restoreOrigin(origin);
                PyGenerator.warnUnawaited(g);
            }
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
            g.revivedHash = ownerHash;
            shown = g;
            PyGenerator.close(g);
        } catch (PyBaseException e) {
            Unraisable.report(e, shown);
        }
    }
}
