package org.pyvm.runtime;

/**
 * Audit hooks (PEP 578): sys.addaudithook's hooks and the events pyvm raises for them.
 * Code that CPython audits calls {@link #event} with CPython's event name and arguments
 * ("open", "exec", "object.__setattr__", ...); while no hook was ever added that costs one
 * read of a static boolean, so the events can sit on warm paths (id(), open()). Compare
 * CPython Python/sysmodule.c: PySys_Audit, sys_audit_tstate, PySys_AddAuditHook.
 */
public final class Audit {

    private Audit() {}

    /** True once a hook was added in this process (never turned off: CPython cannot remove hooks either). */
    private static volatile boolean any;

    /** The interpreter (its sys.modules) the hooks belong to: a fresh interpreter starts with none. */
    private static PyObject owner;
    private static PyList hooks;

    /**
     * Whether any hook was ever added in this process: one volatile read. Call sites test it
     * before building an event's arguments, so that with no hooks (nearly always) an audited
     * operation (id(), open(), a function's __code__) allocates nothing for auditing.
     */
    public static boolean on() {
        return any;
    }

    private static synchronized PyList current() {
        // The interpreter's module table tells one interpreter from the next (an in-process
        // run starts a new one). Never PyRuntime.builtinModule("sys"): an event raised while
        // sys is being set up (opening the standard streams) must not create it.
        PyDict interp = PyRuntime.modules;
        if (owner != interp) {
            owner = interp;
            hooks = new PyList();
        }
        return hooks;
    }

    /**
     * sys.addaudithook(hook): first raises "sys.addaudithook" to the hooks already there; a
     * hook that raises an Exception stops the addition silently, any other BaseException
     * propagates. Compare sysmodule.c: sys_addaudithook_impl.
     */
    public static void addHook(PyObject hook) {
        if (any) {
            try {
                event("sys.addaudithook");
            } catch (PyBaseException e) {
                if (Abstract.isInstance(e, PyExc.Exception)) {
                    return;
                }
                throw e;
            }
        }
        current().append(hook);
        any = true;
    }

    /** Raises EVENT with ARGS to every hook, in the order they were added. */
    public static void event(String name, PyObject... args) {
        if (!any) {
            return;
        }
        fire(PyStr.of(name), PyTuple.of(args));
    }

    /** sys.audit(event, *args): EVENT is a str object already checked. */
    public static void event(PyObject name, PyTuple args) {
        if (!any) {
            return;
        }
        fire(name, args);
    }

    private static void fire(PyObject name, PyTuple args) {
        PyObject[] all = current().toArray();
        if (all.length == 0) {
            return;
        }
        Tracing.Hooks tracing = Tracing.hooks();
        for (PyObject hook : all) {
            // A hook is not traced unless it says it may be (a truthy __cantrace__), so that a
            // trace function cannot observe or interfere with auditing (sys_audit_tstate).
            PyObject canTrace = Abstract.lookupAttr(hook, "__cantrace__");
            boolean quiet = canTrace == null || !Abstract.isTrue(canTrace);
            if (quiet) {
                tracing.busy++;
            }
            try {
                Abstract.call(hook, name, args);
            } finally {
                if (quiet) {
                    tracing.busy--;
                }
            }
        }
    }
}
