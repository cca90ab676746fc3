package org.pyvm.modules.interpreters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What every interpreter of the process shares: the interpreters (ids, which are running)
 * and the channels. One instance, made by the main interpreter; a subinterpreter is a copy
 * of pyvm in a class loader of its own, so it cannot name this class, and reaches the
 * instance through its JDK interface, {@code Function<Object[], Object>}: an operation's
 * name and its arguments in, a result out, all of JDK types (Long, String, byte[],
 * Boolean, arrays, null for None). Errors come back as {@link Failure}, an
 * IllegalStateException whose message is "KIND\0text", which the module that asked turns
 * into its own Python exception (KIND: RuntimeError, ValueError, NotFound, Closed, Empty,
 * NotEmpty). Compare CPython Python/pystate.c (the interpreter list, interp->id) and
 * Modules/_xxinterpchannelsmodule.c (_channels, _channel_state, _channelends).
 */
public final class ProcessState implements Function<Object[], Object> {

    /** Makes a subinterpreter from a configuration map; its handle answers "run" and "destroy". */
    private final Function<Map<String, Object>, Function<Object[], Object>> factory;

    /** One interpreter: its handle (null for the main one) and how many threads run in it. */
    private static final class Interp {
        final Function<Object[], Object> handle;
        int running;

        Interp(Function<Object[], Object> handle) {
            this.handle = handle;
        }
    }

    private final TreeMap<Long, Interp> interps = new TreeMap<>();
    private long nextInterp = 1;
    /** The channels (_xxinterpchannels). */
    private final ChannelTable channels = new ChannelTable();

    ProcessState(Function<Map<String, Object>, Function<Object[], Object>> factory) {
        this.factory = factory;
        interps.put(0L, new Interp(null));
    }

    /** An error for the asking interpreter's module to raise. */
    public static final class Failure extends IllegalStateException {
        public Failure(String kind, String text) {
            super(kind + "\0" + text, null);
        }
    }

    private static Failure fail(String kind, String text) {
        return new Failure(kind, text);
    }

    @Override
    public Object apply(Object[] a) {
        String op = (String) a[0];
        switch (op) {
            case "list":
                return listInterps();
            case "create":
                return create(a);
            case "destroy":
                destroy((Long) a[1], (Long) a[2]);
                return null;
            case "exists":
                return exists((Long) a[1]);
            case "isRunning":
                return isRunning((Long) a[1]);
            case "run":
                return run((Long) a[1], (String) a[2], (Object[]) a[3], a.length > 4 && Boolean.TRUE.equals(a[4]));
            case "pendingIdentify":
                return pendingIdentify((Long) a[1]);
            case "destroyAll":
                destroyAll();
                return null;
            default:
                return channels.apply(a);
        }
    }

    private synchronized long[] listInterps() {
        long[] ids = new long[interps.size()];
        int i = 0;
        for (Long id : interps.keySet()) {
            ids[i++] = id;
        }
        return ids;
    }

    private synchronized Interp lookup(long id) {
        Interp in = interps.get(id);
        if (in == null) {
            throw fail("RuntimeError", "unrecognized interpreter ID " + id);
        }
        return in;
    }

    private synchronized boolean exists(long id) {
        return interps.containsKey(id);
    }

    private synchronized boolean isRunning(long id) {
        Interp in = lookup(id);
        return in.handle == null || in.running > 0;
    }

    /** {"create", config map}: a new interpreter's id. Made outside the lock (it takes a while). */
    private Object create(Object[] a) {
        @SuppressWarnings("unchecked")
        Map<String, Object> config = new LinkedHashMap<>((Map<String, Object>) a[1]);
        long id;
        synchronized (this) {
            id = nextInterp++;
        }
        config.put("process", this);
        config.put("id", id);
        Function<Object[], Object> handle = factory.apply(config);
        synchronized (this) {
            interps.put(id, new Interp(handle));
        }
        return id;
    }

    /** Destroys ID at the request of interpreter CALLER. Compare _xxsubinterpretersmodule.c: interp_destroy. */
    private void destroy(long id, long caller) {
        Interp in;
        synchronized (this) {
            in = lookup(id);
            if (id == caller) {
                throw fail("RuntimeError", "cannot destroy the current interpreter");
            }
            if (in.handle == null) {
                throw fail("RuntimeError", "cannot destroy the main interpreter");
            }
            if (in.running > 0) {
                throw fail("RuntimeError", "interpreter running");
            }
            interps.remove(id);
            in.running = 1; // nobody runs in it while it finalizes
        }
        try {
            in.handle.apply(new Object[] {"destroy"});
        } finally {
            channels.apply(new Object[] {"ch.clearInterp", id});
        }
    }

    /**
     * {"pendingIdentify", id}: a future that a pending call run in interpreter ID completes
     * with that interpreter's id. Compare _testinternalcapi.c: pending_identify.
     */
    private Object pendingIdentify(long id) {
        Interp in = lookup(id);
        if (in.handle == null) {
            // this class is the main interpreter's: its pending calls are this copy's
            java.util.concurrent.CompletableFuture<Object> f = new java.util.concurrent.CompletableFuture<>();
            org.pyvm.runtime.PendingCalls.addJava(() -> f.complete(org.pyvm.runtime.PyRuntime.interpreterId));
            return f;
        }
        return in.handle.apply(new Object[] {"pendingIdentify"});
    }

    /**
     * The main interpreter's exit: the subinterpreters nobody runs in are finalized (each
     * one's thread ends with it); those still running are left to the process's end.
     */
    private void destroyAll() {
        java.util.List<Interp> idle = new java.util.ArrayList<>();
        java.util.List<Long> ids = new java.util.ArrayList<>();
        synchronized (this) {
            for (Map.Entry<Long, Interp> e : interps.entrySet()) {
                if (e.getValue().handle != null && e.getValue().running == 0) {
                    idle.add(e.getValue());
                    ids.add(e.getKey());
                    e.getValue().running = 1;
                }
            }
            interps.keySet().removeAll(ids);
        }
        for (Interp in : idle) {
            try {
                in.handle.apply(new Object[] {"destroy"});
            } catch (RuntimeException | Error e) {
                // finalizing one must not stop the others
            }
        }
    }

    /**
     * {"run", id, script, shared[, simple]}: runs SCRIPT in ID's __main__ on this thread; null,
     * or {type text, message} when it raised; with SIMPLE (PyRun_SimpleString) the exception is
     * printed there and the result is -1. Compare _xxsubinterpretersmodule.c:
     * interp_run_string, _ensure_not_running.
     */
    private Object run(long id, String script, Object[] shared, boolean simple) {
        Interp in;
        synchronized (this) {
            in = lookup(id);
            if (in.handle == null || in.running > 0) {
                throw fail("RuntimeError", "interpreter already running");
            }
            in.running++;
        }
        try {
            return in.handle.apply(new Object[] {"run", script, shared, simple});
        } finally {
            synchronized (this) {
                in.running--;
            }
        }
    }
}
