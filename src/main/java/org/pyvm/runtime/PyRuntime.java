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
     * Set at exit once the non-daemon threads are joined, before the atexit functions: no
     * new thread may start (CPython's interp->finalizing, "Block some operations" in
     * Py_FinalizeEx; sys.is_finalizing() is still false then).
     */
    public static volatile boolean threadsBlocked;
    /** sys.get_int_max_str_digits(): the limit on decimal int/str conversions (0: none). */
    public static volatile int intMaxStrDigits = 4300;

    /**
     * This interpreter's id: 0 for the main one; a subinterpreter (a copy of pyvm in a class
     * loader of its own, see modules.interpreters) sets its own, with whether it is isolated
     * (no daemon threads, fork or exec: CPython 3.12's _PyInterpreterConfig_INIT).
     */
    public static volatile long interpreterId;
    public static volatile boolean isolatedInterpreter;

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
