package org.pyvm.cli;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes subinterpreters for _xxsubinterpreters: each is a fresh copy of pyvm loaded by a
 * class loader of its own (child-first for {@code org.pyvm.*}, from the jar or classes
 * folder this pyvm was loaded from), so that all of the runtime's static state is its
 * own. The copy's {@link SubInterpreter#start} is called reflectively with the
 * configuration; from then on the interpreters talk through JDK types only. Classes loaded
 * this way do not come from the AOT cache (see docs/ARCHITECTURE.md for the cost).
 */
final class SubInterpreterLoader {

    private SubInterpreterLoader() {}

    static void install() {
        org.pyvm.modules.interpreters.Subinterpreters.factory = SubInterpreterLoader::create;
    }

    /** Loads pyvm's classes afresh; everything else (the JDK) from the parent. */
    static final class ChildFirst extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        ChildFirst(URL[] urls, ClassLoader parent) {
            super("pyvm-subinterpreter", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.pyvm.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        // not in pyvm's own code source (a test's class): the parent's
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    /** The stack of a subinterpreter's thread (deep recursion ends in RecursionError, as on the main thread). */
    private static final long STACK_BYTES = 512L << 20;

    /**
     * A subinterpreter's own thread: it loads and starts the interpreter, then runs each
     * request ("run", "destroy") while the asking thread waits. Running the copy's code on
     * one thread of its own, which ends with the interpreter, lets the class loader be
     * collected: the copy's ThreadLocal values (thread states, recursion counters) would
     * otherwise stay in every thread that ran its code, and through their classes keep the
     * whole copy alive for as long as that thread lives.
     */
    static final class Worker implements Function<Object[], Object> {
        private record Task(Object[] op, java.util.concurrent.CompletableFuture<Object> done) {}

        private final java.util.concurrent.LinkedBlockingQueue<Task> tasks = new java.util.concurrent.LinkedBlockingQueue<>();
        private final java.util.concurrent.CompletableFuture<Function<Object[], Object>> started =
            new java.util.concurrent.CompletableFuture<>();

        Worker(Map<String, Object> config) {
            Thread t = new Thread(null, () -> loop(config), "subinterpreter-" + config.get("id"), STACK_BYTES);
            t.setDaemon(true);
            t.start();
            wait(started);
        }

        private void loop(Map<String, Object> config) {
            Function<Object[], Object> handle;
            try {
                handle = load(config);
                started.complete(handle);
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
                return;
            }
            while (true) {
                Task task;
                try {
                    task = tasks.take();
                } catch (InterruptedException e) {
                    continue;
                }
                try {
                    task.done.complete(handle.apply(task.op));
                } catch (RuntimeException | Error e) {
                    task.done.completeExceptionally(e);
                }
                if ("destroy".equals(task.op[0])) {
                    return; // the thread ends, and with it the copy's thread-local state
                }
            }
        }

        @Override
        public Object apply(Object[] op) {
            if ("pendingIdentify".equals(op[0])) {
                return wait(started).apply(op);   // not queued behind a running script: see SubInterpreter
            }
            java.util.concurrent.CompletableFuture<Object> done = new java.util.concurrent.CompletableFuture<>();
            tasks.add(new Task(op, done));
            return wait(done);
        }

        /** The result of F, waited for without giving up at an interrupt; its failure rethrown as it was. */
        private static <T> T wait(java.util.concurrent.CompletableFuture<T> f) {
            try {
                return f.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    static Function<Object[], Object> create(Map<String, Object> config) {
        return new Worker(config);
    }

    /** The loaders made so far, weakly: a test checks that destroyed interpreters' are collected. */
    static final java.util.List<java.lang.ref.WeakReference<ClassLoader>> MADE =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @SuppressWarnings("unchecked")
    private static Function<Object[], Object> load(Map<String, Object> config) {
        URL where = Main.class.getProtectionDomain().getCodeSource().getLocation();
        ChildFirst loader = new ChildFirst(new URL[] {where}, Main.class.getClassLoader());
        MADE.removeIf(r -> r.get() == null);
        MADE.add(new java.lang.ref.WeakReference<>(loader));
        try {
            Class<?> c = loader.loadClass(SubInterpreter.class.getName());
            return (Function<Object[], Object>) c.getMethod("start", Map.class).invoke(null, config);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof IllegalStateException ise && String.valueOf(ise.getMessage()).indexOf('\0') > 0) {
                throw ise;
            }
            throw failure(t);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(Throwable t) {
        return new IllegalStateException("RuntimeError\0interpreter creation failed: " + t);
    }
}
