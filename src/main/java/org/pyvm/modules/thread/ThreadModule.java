package org.pyvm.modules.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.pyvm.modules.Setup;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/**
 * The _thread module with real JVM threads under the global interpreter lock
 * ({@link Gil}): start_new_thread, locks ({@link LockObject}, {@link RLockObject}),
 * thread-local objects ({@link LocalObject}), identities and the sentinel locks
 * threading.py joins on. Python threads are daemon JVM threads: the interpreter does not
 * wait for them, except through threading._shutdown at exit (as CPython).
 * Compare CPython Modules/_threadmodule.c.
 */
public final class ThreadModule {

    private ThreadModule() {}

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile long stackSize;
    /** The sentinel locks of this thread, released when it ends (_set_sentinel). */
    private static final ThreadLocal<List<LockObject>> SENTINELS = ThreadLocal.withInitial(ArrayList::new);

    public static PyModule create() {
        COUNT.set(0);
        stackSize = 0;
        PyModule m = new PyModule("_thread");
        m.addFunctions(ThreadModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("This module provides primitive operations to write multi-threaded programs.\n"
            + "The 'threading' module provides a more convenient interface."));
        d.setStr("LockType", LockObject.TYPE);
        d.setStr("RLock", RLockObject.TYPE);
        d.setStr("_local", LocalObject.TYPE);
        d.setStr("error", PyExc.RuntimeError);
        d.setStr("TIMEOUT_MAX", LockObject.timeoutMax());
        for (String alias : new String[] {"start_new", "allocate", "exit_thread"}) {
            String target = switch (alias) {
                case "start_new" -> "start_new_thread";
                case "allocate" -> "allocate_lock";
                default -> "exit";
            };
            d.setStr(alias, d.getStr(target));
        }
        return m;
    }

    static boolean callable(PyObject o) {
        return o instanceof org.pyvm.runtime.Callable || o instanceof PyType || o.type().slot(Slot.CALL) != null;
    }

    /** start_new_thread(function, args, kwargs=None): the new thread's identity. Compare thread_PyThread_start_new_thread. */
    @ExposedMethod
    static long start_new_thread(PyObject[] args, String[] kw) {
        Args.noKeywords("start_new_thread", kw);
        Args.positional("start_new_thread", args.length, 2, 3);
        PyObject func = args[0];
        if (!callable(func)) {
            throw PyErr.typeError("first arg must be callable");
        }
        if (!(args[1] instanceof PyTuple fargs)) {
            throw PyErr.typeError("2nd arg must be a tuple");
        }
        PyObject fkw = args.length > 2 ? args[2] : null;
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("_thread.start_new_thread", func, fargs, fkw == null ? org.pyvm.runtime.PyNone.NONE : fkw);
        }
        if (!org.pyvm.runtime.PyRuntime.hasFeature(org.pyvm.runtime.PyRuntime.RTFLAGS_THREADS)) {
            throw PyErr.runtimeError("thread is not supported for isolated subinterpreters");
        }
        if (org.pyvm.runtime.PyRuntime.threadsBlocked) {
            throw PyErr.runtimeError("can't create new thread at interpreter shutdown");
        }
        if (fkw != null && fkw != org.pyvm.runtime.PyNone.NONE && !(fkw instanceof PyDict)) {
            throw PyErr.typeError("optional 3rd arg must be a dictionary");
        }
        PyDict kwd = fkw instanceof PyDict dd ? dd : null;
        Gil.activate();
        long size = stackSize == 0 ? 256L << 20 : stackSize;
        Thread t = new Thread(null, () -> run(func, fargs, kwd), "pyvm-thread", size);
        t.setDaemon(true);
        COUNT.incrementAndGet();
        t.start();
        return t.threadId();
    }

    /** The body of a new thread: take the GIL, call, report an uncaught exception, release. Compare thread_run. */
    private static void run(PyObject func, PyTuple fargs, PyDict kw) {
        Gil.acquire();
        try {
            PyObject[] a = fargs.toArray();
            if (kw == null || kw.size() == 0) {
                Abstract.call(func, a, null);
            } else {
                PyObject[] all = new PyObject[a.length + kw.size()];
                System.arraycopy(a, 0, all, 0, a.length);
                String[] names = new String[kw.size()];
                int j = 0;
                for (int i = kw.nextEntry(0); i >= 0; i = kw.nextEntry(i + 1)) {
                    names[j] = Abstract.strArg(kw.keyAt(i), "start_new_thread");
                    all[a.length + j++] = kw.valueAt(i);
                }
                Abstract.call(func, all, names);
            }
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.SystemExit)) {
                // Compare _threadmodule.c: thread_run (_PyErr_WriteUnraisableMsg).
                org.pyvm.runtime.Unraisable.report(e, "Exception ignored in thread started by", func);
            }
        } catch (RuntimeException | StackOverflowError e) {
            Setup.writeErr("SystemError: pyvm internal error in a thread: " + e + "\n");
        } finally {
            for (LockObject l : SENTINELS.get()) {
                LockObject.releaseSentinel(l);
            }
            SENTINELS.remove();
            LocalObject.threadEnded();
            // Its trace/profile functions go with it (CPython: the thread state is cleared).
            org.pyvm.runtime.Tracing.threadEnded();
            COUNT.decrementAndGet();
            Gil.release();
        }
    }

    @ExposedMethod
    static PyObject allocate_lock() {
        return new LockObject();
    }

    @ExposedMethod
    static long get_ident() {
        return Thread.currentThread().threadId();
    }

    /** The JVM does not expose the OS thread id; the JVM thread id stands in for it. */
    @ExposedMethod
    static long get_native_id() {
        return Thread.currentThread().threadId();
    }

    @ExposedMethod
    static long _count() {
        return COUNT.get();
    }

    @ExposedMethod
    static boolean daemon_threads_allowed() {
        // An isolated subinterpreter has none (CPython 3.12's _PyInterpreterConfig_INIT).
        return org.pyvm.runtime.PyRuntime.hasFeature(org.pyvm.runtime.PyRuntime.RTFLAGS_DAEMON_THREADS);
    }

    @ExposedMethod
    static boolean _is_main_interpreter() {
        return org.pyvm.runtime.PyRuntime.interpreterId == 0;
    }

    @ExposedMethod
    static void exit() {
        throw PyErr.of(PyExc.SystemExit, new PyObject[0]);
    }

    /** A lock that is released, if held, when this thread ends (threading acquires it: _tstate_lock). */
    @ExposedMethod
    static PyObject _set_sentinel() {
        LockObject l = new LockObject();
        SENTINELS.get().add(l);
        return l;
    }

    /** stack_size([size]): the previous size; 0 or at least 32 KiB. */
    @ExposedMethod
    static long stack_size(PyObject[] args, String[] kw) {
        Args.noKeywords("stack_size", kw);
        Args.positional("stack_size", args.length, 0, 1);
        long old = stackSize;
        if (args.length == 1) {
            long size = Abstract.index(args[0]).longValue();
            if (size != 0 && size < 32768) {
                throw PyErr.valueError("size not valid: " + size + " bytes");
            }
            stackSize = size;
        }
        return old;
    }

    /**
     * interrupt_main(signum=SIGINT): as if SIGNUM arrived, when Python handles it (SIGINT's
     * default handler raises KeyboardInterrupt in the main thread at its next check);
     * nothing when it is SIG_DFL or SIG_IGN. Compare CPython _PyErr_SetInterruptEx.
     */
    @ExposedMethod
    static void interrupt_main(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("interrupt_main", args, kw, 0, 1, "signum");
        long sig = a[0] == null ? 2 : Abstract.index(a[0]).longValue();
        if (sig < 1 || sig >= 65) {
            throw PyErr.of(PyExc.ValueError, PyStr.of("signal number out of range"));
        }
        org.pyvm.modules.signal.SignalModule.simulate((int) sig);
    }

    static PyObject intOf(long v) {
        return PyInt.of(v);
    }
}
