package org.pyvm.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.monitoring's state (PEP 669): the tools' names, their callbacks per event, their
 * global event sets and each code object's local event sets, and the locations where a
 * callback returned DISABLE. The interpreter reports the events (interp.Monitor); this
 * class only holds the state. While no tool has an event set, {@link #on} is false and
 * {@link Tracing#active} stays as sys.settrace/setprofile leave it, so monitoring costs
 * nothing. Compare CPython Python/instrumentation.c (interp->monitors,
 * interp->monitoring_callables, code->_co_monitoring).
 */
public final class Monitoring {

    private Monitoring() {}

    public static final int PY_START = 0;
    public static final int PY_RESUME = 1;
    public static final int PY_RETURN = 2;
    public static final int PY_YIELD = 3;
    public static final int CALL = 4;
    public static final int LINE = 5;
    public static final int INSTRUCTION = 6;
    public static final int JUMP = 7;
    public static final int BRANCH = 8;
    public static final int STOP_ITERATION = 9;
    public static final int RAISE = 10;
    public static final int EXCEPTION_HANDLED = 11;
    public static final int PY_UNWIND = 12;
    public static final int PY_THROW = 13;
    public static final int RERAISE = 14;
    public static final int C_RETURN = 15;
    public static final int C_RAISE = 16;
    /** All events; the first LOCAL_EVENTS can be set per code object; UNGROUPED excludes C_RETURN/C_RAISE. */
    public static final int EVENTS = 17;
    public static final int LOCAL_EVENTS = 10;
    public static final int UNGROUPED = 15;
    public static final int TOOLS = 6;

    public static final String[] NAMES = {"PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE",
        "INSTRUCTION", "JUMP", "BRANCH", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW",
        "RERAISE", "C_RETURN", "C_RAISE"};

    private static final int C_RETURN_EVENTS = (1 << C_RETURN) | (1 << C_RAISE);
    private static final int C_CALL_EVENTS = C_RETURN_EVENTS | (1 << CALL);

    /** sys.monitoring.DISABLE and MISSING (made with the module). */
    public static PyObject disable;
    public static PyObject missing;

    /** The names of the tools in use, by id (interp->monitoring_tool_names). */
    public static final PyObject[] TOOL_NAMES = new PyObject[TOOLS];
    /** The callbacks (interp->monitoring_callables). */
    public static final PyObject[][] CALLBACKS = new PyObject[TOOLS][EVENTS];
    /** Each tool's global event set. */
    private static final int[] GLOBAL = new int[TOOLS];
    /** The union of the global event sets. */
    private static volatile int globalAny;
    /** Code objects with a local event set. */
    private static int localCodes;
    /** Whether any tool has any event set, globally or on some code object. */
    public static volatile boolean on;
    /** Changes whenever event sets, callbacks or disabled locations change (frames refresh what they cached). */
    public static volatile int version;

    /** A code object's monitoring data (code->_co_monitoring). */
    public static final class CodeData {
        /** Each tool's local event set. */
        public final int[] local = new int[TOOLS];
        public int localAny;
        final byte[] bytecode;
        /** Per code unit: the tools that returned DISABLE there for LINE, INSTRUCTION, and the instruction's own event. */
        public final byte[] lineOff;
        public final byte[] instrOff;
        public final byte[] eventOff;
        /** Per code unit: a FOR_ITER already run once (CPython specializes it from its second run on). */
        public final boolean[] forIterSeen;
        /** Each tool's events as of this code's last instrumentation (code->_co_monitoring->active_monitors). */
        final int[] seen = new int[TOOLS];

        CodeData(PyCode code) {
            bytecode = code.bytecode;
            int n = bytecode.length / 2 + 1;
            lineOff = new byte[n];
            instrOff = new byte[n];
            eventOff = new byte[n];
            forIterSeen = new boolean[n];
        }

        /** Tool T may report EVENT at code unit I again. */
        void enable(int t, int eventSet) {
            byte keep = (byte) ~(1 << t);
            for (int i = 0; i < lineOff.length; i++) {
                if ((eventSet & (1 << LINE)) != 0) {
                    lineOff[i] &= keep;
                }
                if ((eventSet & (1 << INSTRUCTION)) != 0) {
                    instrOff[i] &= keep;
                }
                if ((eventSet & ~((1 << LINE) | (1 << INSTRUCTION))) != 0) {
                    eventOff[i] &= keep;
                }
            }
        }

        void restart() {
            java.util.Arrays.fill(lineOff, (byte) 0);
            java.util.Arrays.fill(instrOff, (byte) 0);
            java.util.Arrays.fill(eventOff, (byte) 0);
        }
    }

    private static final List<WeakReference<CodeData>> CODES = new ArrayList<>();

    /** CODE's data, made on first use. */
    public static CodeData data(PyCode code) {
        CodeData d = code.monitoring;
        if (d == null) {
            synchronized (CODES) {
                d = code.monitoring;
                if (d == null) {
                    d = new CodeData(code);
                    for (int t = 0; t < TOOLS; t++) {
                        d.seen[t] = GLOBAL[t];
                    }
                    code.monitoring = d;
                    CODES.removeIf(r -> r.get() == null);
                    CODES.add(new WeakReference<>(d));
                }
            }
        }
        return d;
    }

    /** The events on for CODE: the tools' global sets and CODE's local ones together. */
    public static int activeEvents(PyCode code) {
        CodeData d = code.monitoring;
        return d == null ? globalAny : globalAny | d.localAny;
    }

    /** The tools (a bit per tool id) that want EVENT in code D (null: no local events); C_RETURN/C_RAISE follow CALL. */
    public static int tools(CodeData d, int event) {
        int e = event >= UNGROUPED ? CALL : event;
        int tools = 0;
        for (int t = 0; t < TOOLS; t++) {
            int set = GLOBAL[t] | (d == null ? 0 : d.local[t]);
            if ((set >> e & 1) != 0 && CALLBACKS[t][event] != null) {
                tools |= 1 << t;
            }
        }
        return tools;
    }

    /**
     * A frame of D's code is (re)instrumented: the events each tool added since the last
     * time report again where the tool had disabled them, as _Py_Instrument adds the new
     * tools (add_tools); events removed and set again meanwhile stay disabled, as there.
     */
    public static synchronized void sync(CodeData d) {
        for (int t = 0; t < TOOLS; t++) {
            int cur = GLOBAL[t] | d.local[t];
            int added = cur & ~d.seen[t];
            if (added != 0) {
                d.enable(t, added);
            }
            d.seen[t] = cur;
        }
    }

    /** A new run in this JVM: no tools, callbacks or events. */
    public static synchronized void reset() {
        java.util.Arrays.fill(TOOL_NAMES, null);
        for (PyObject[] row : CALLBACKS) {
            java.util.Arrays.fill(row, null);
        }
        java.util.Arrays.fill(GLOBAL, 0);
        globalAny = 0;
        synchronized (CODES) {
            for (WeakReference<CodeData> r : CODES) {
                CodeData d = r.get();
                if (d != null) {
                    java.util.Arrays.fill(d.local, 0);
                    d.localAny = 0;
                    d.restart();
                }
            }
            CODES.clear();
        }
        localCodes = 0;
        disable = Abstract.call(PyType.OBJECT);
        missing = Abstract.call(PyType.OBJECT);
        version++;
        on = false;
    }

    private static void changed() {
        version++;
        on = globalAny != 0 || localCodes > 0;
        Tracing.monitoringChanged(on);
    }

    /** A tool id argument: ValueError outside 0..5. Compare instrumentation.c: check_valid_tool. */
    public static int toolId(PyObject o) {
        int id = Abstract.asCInt(o);
        if (id < 0 || id >= TOOLS) {
            throw PyErr.valueError("invalid tool " + id + " (must be between 0 and 5)");
        }
        return id;
    }

    /** Compare instrumentation.c: check_tool. */
    private static void checkInUse(int tool) {
        if (TOOL_NAMES[tool] == null) {
            throw PyErr.valueError("tool " + tool + " is not in use");
        }
    }

    /** The checks set_events and set_local_events share; returns the set without C_RETURN/C_RAISE. */
    private static int eventSet(int events) {
        if (events < 0 || events >= (1 << EVENTS)) {
            throw PyErr.valueError("invalid event set 0x" + Integer.toHexString(events));
        }
        if ((events & C_RETURN_EVENTS) != 0 && (events & C_CALL_EVENTS) != C_CALL_EVENTS) {
            throw PyErr.valueError("cannot set C_RETURN or C_RAISE events independently");
        }
        return events & ~C_RETURN_EVENTS;
    }

    /** sys.monitoring.set_events. Compare monitoring_set_events_impl, _PyMonitoring_SetEvents. */
    public static synchronized void setEvents(int tool, int events) {
        events = eventSet(events);
        checkInUse(tool);
        int old = GLOBAL[tool];
        if (old == events) {
            return;
        }
        GLOBAL[tool] = events;
        int any = 0;
        for (int g : GLOBAL) {
            any |= g;
        }
        globalAny = any;
        changed();
    }

    /** sys.monitoring.get_events. */
    public static synchronized int getEvents(int tool) {
        return GLOBAL[tool];
    }

    /** sys.monitoring.set_local_events. Compare monitoring_set_local_events_impl. */
    public static synchronized void setLocalEvents(int tool, PyCode code, int events) {
        events = eventSet(events);
        if ((events & ~((1 << LOCAL_EVENTS) - 1)) != 0) {
            throw PyErr.valueError("invalid local event set 0x" + Integer.toHexString(events));
        }
        checkInUse(tool);
        CodeData d = data(code);
        int old = d.local[tool];
        if (old == events) {
            return;
        }
        boolean hadAny = d.localAny != 0;
        d.local[tool] = events;
        int any = 0;
        for (int l : d.local) {
            any |= l;
        }
        d.localAny = any;
        if (hadAny != (any != 0)) {
            localCodes += any != 0 ? 1 : -1;
        }
        sync(d);
        changed();
    }

    /** sys.monitoring.get_local_events. */
    public static synchronized int getLocalEvents(int tool, PyCode code) {
        CodeData d = code.monitoring;
        return d == null ? 0 : d.local[tool];
    }

    /** sys.monitoring.register_callback: the previous callback or null. */
    public static PyObject registerCallback(int tool, int event, PyObject func) {
        if (Audit.on()) {
            Audit.event("sys.monitoring.register_callback", func == null ? PyNone.NONE : func);
        }
        return registerCallbackLocked(tool, event, func);
    }

    private static synchronized PyObject registerCallbackLocked(int tool, int event, PyObject func) {
        PyObject old = CALLBACKS[tool][event];
        CALLBACKS[tool][event] = func;
        changed();
        return old;
    }

    /** sys.monitoring.restart_events: every location disabled by DISABLE reports again. */
    public static synchronized void restartEvents() {
        synchronized (CODES) {
            for (WeakReference<CodeData> r : CODES) {
                CodeData d = r.get();
                if (d != null) {
                    d.restart();
                }
            }
        }
        changed();
    }

    /** sys.monitoring._all_events: {event name: tools} of the global sets. */
    public static synchronized PyDict allEvents() {
        PyDict r = new PyDict();
        for (int e = 0; e < UNGROUPED; e++) {
            int tools = 0;
            for (int t = 0; t < TOOLS; t++) {
                if ((GLOBAL[t] >> e & 1) != 0) {
                    tools |= 1 << t;
                }
            }
            if (tools != 0) {
                r.setStr(NAMES[e], PyInt.of(tools));
            }
        }
        return r;
    }

    /** A callback of TOOL returned DISABLE at a location: noted (the caller marks the location). */
    public static synchronized void disabledAt() {
        version++;
    }
}
