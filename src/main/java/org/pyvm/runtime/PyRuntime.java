package org.pyvm.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The interpreter-wide state shared by the layers: sys.modules, the builtins namespace,
 * the factories of builtin modules (filled by the modules layer at start-up, so that the
 * interpreter can import them without depending on it), and the recursion limit.
 * One per JVM for now (CPython's PyInterpreterState); {@link #reset} starts afresh, as
 * each in-process run of a program needs.
 */
public final class PyRuntime {

    /**
     * Whether NAME is a frozen module in use now: set by _imp (modules.FrozenModules, off
     * unless a test overrides it); the import system then asks importlib's FrozenImporter.
     */
    public static volatile java.util.function.Predicate<String> frozenInUse = name -> false;


    private PyRuntime() {}

    /** sys.modules. */
    public static PyDict modules = new PyDict();
    /** The builtins module's dict. */
    public static PyDict builtins = new PyDict();
    /** Builtin modules by name (sys, builtins, math ...), created on first import. */
    public static final Map<String, Supplier<PyModule>> BUILTIN_MODULES = new LinkedHashMap<>();
    /** sys.getrecursionlimit(). */
    public static volatile int recursionLimit = 1000;
    /** Set once the interpreter's exit has run the atexit functions (sys.is_finalizing()). */
    public static volatile boolean finalizing;

    /**
     * Set when the program itself (the main module, -c, -m or the REPL) starts, after
     * site's imports: start-up work that is hot only during start-up can tell (DataRunner).
     */
    public static boolean programStarted;
    /**
     * Set at exit once the non-daemon threads are joined, before the atexit functions: no
     * new thread may start (CPython's interp->finalizing, "Block some operations" in
     * Py_FinalizeEx; sys.is_finalizing() is still false then).
     */
    public static volatile boolean threadsBlocked;
    /** sys.get_int_max_str_digits(): the limit on decimal int/str conversions (0: none). */
    public static volatile int intMaxStrDigits = 4300;

    /**
     * This interpreter's id: 0 for the main one; a subinterpreter (a copy of pyvm in a class
     * loader of its own, see modules.interpreters) sets its own, with its feature flags.
     */
    public static volatile long interpreterId;

    /** Py_RTFLAGS_* of pycore_interp.h: what an interpreter was configured to allow. */
    public static final int RTFLAGS_USE_MAIN_OBMALLOC = 1 << 5;
    public static final int RTFLAGS_MULTI_INTERP_EXTENSIONS = 1 << 8;
    public static final int RTFLAGS_THREADS = 1 << 10;
    public static final int RTFLAGS_DAEMON_THREADS = 1 << 11;
    public static final int RTFLAGS_FORK = 1 << 15;
    public static final int RTFLAGS_EXEC = 1 << 16;
    /** The main interpreter's flags (_PyInterpreterConfig_LEGACY_INIT): everything but the extension check. */
    public static final int MAIN_FEATURES = RTFLAGS_USE_MAIN_OBMALLOC | RTFLAGS_THREADS | RTFLAGS_DAEMON_THREADS
        | RTFLAGS_FORK | RTFLAGS_EXEC;

    /**
     * This interpreter's feature flags (interp->feature_flags) and whether it has a GIL of its
     * own (interp->ceval.own_gil; every pyvm interpreter does, a copy of pyvm having its own
     * statics, but a legacy subinterpreter reports the shared GIL it was configured with).
     */
    public static volatile int interpreterFeatures = MAIN_FEATURES;
    public static volatile boolean ownGil = true;

    /** _PyInterpreterState_HasFeature. */
    public static boolean hasFeature(int flag) {
        return (interpreterFeatures & flag) != 0;
    }

    /** Counts the runtimes made in this JVM (reset()): per-interpreter state kept by a module is dropped when it changes. */
    public static volatile int generation;

    public static void reset() {
        generation++;
        modules = new PyDict();
        builtins = new PyDict();
        recursionLimit = 1000;
        intMaxStrDigits = 4300;
        finalizing = false;
        threadsBlocked = false;
        org.pyvm.runtime.codecs.CodecRegistry.reset();
        Finalization.reset();
        Tracing.reset();
    }

    /** The builtin module NAME, made and entered in sys.modules on first use; null when there is none. */
    public static PyModule builtinModule(String name) {
        PyObject m = modules.getStr(name);
        if (m instanceof PyModule pm) {
            return pm;
        }
        Supplier<PyModule> f = BUILTIN_MODULES.get(name);
        if (f == null) {
            return null;
        }
        PyModule pm = f.get();
        modules.setStr(name, pm);
        return pm;
    }
}
