package org.pyvm.modules.lsprof;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pyvm.modules.SysTrace;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.PyStructSeq;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.Callable;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Tracing;
import org.pyvm.runtime.Unraisable;

/**
 * _lsprof.Profiler, behind cProfile: counts calls and times per function and per
 * caller/callee pair. It claims sys.monitoring's PROFILER_ID while enabled, as CPython
 * 3.12's does, and takes its events from the interpreter's profile hook (the 'call',
 * 'return', 'c_call', 'c_return' and 'c_exception' events sys.setprofile sees) installed
 * for the enabling thread as a hook that sys.getprofile() does not show. Times are
 * integers: nanoseconds of the performance counter, or what the user's timer returns
 * (seconds as a float, or units of TIMEUNIT when one is given), scaled in getstats().
 * Compare CPython Modules/_lsprof.c.
 */
public final class ProfilerObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_lsprof", "Profiler", ProfilerObject.class,
        ProfilerObject.class));

    static final PyStructSeq.Spec ENTRY = PyStructSeq.define("_lsprof", "profiler_entry", 6, "code", "callcount",
        "reccallcount", "totaltime", "inlinetime", "calls");
    static final PyStructSeq.Spec SUBENTRY = PyStructSeq.define("_lsprof", "profiler_subentry", 5, "code", "callcount",
        "reccallcount", "totaltime", "inlinetime");

    private static final int PROFILER_ID = 2;

    private final PyType type;
    private PyDict dict;
    private PyObject timer;
    private double timeUnit;
    private boolean subcalls = true;
    private boolean builtins = true;
    private boolean enabled;
    /** Per function (a code object, or a builtin's name string): what was measured. */
    private final Map<Object, Entry> entries = new LinkedHashMap<>();
    /** The calls in progress, innermost last. Compare ProfilerContext. */
    private Context current;
    private final Hook hook = new Hook();

    private ProfilerObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** One function's figures; SUB holds those of the functions it called. Compare ProfilerEntry. */
    static final class Entry {
        final PyObject userObj;
        long tt;
        long it;
        long callcount;
        long recursivecallcount;
        int recursionLevel;
        final Map<Entry, Entry> sub = new LinkedHashMap<>();

        Entry(PyObject userObj) {
            this.userObj = userObj;
        }
    }

    /** A call in progress. Compare ProfilerContext. */
    static final class Context {
        final Entry entry;
        final Context previous;
        long t0;
        long subt;

        Context(Entry entry, Context previous) {
            this.entry = entry;
            this.previous = previous;
        }
    }

    /** The _lsprof module: Profiler and its two result types. */
    public static PyModule createModule() {
        PyModule m = new PyModule("_lsprof");
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Fast profiler"));
        d.setStr("Profiler", TYPE);
        d.setStr("profiler_entry", ENTRY.type());
        d.setStr("profiler_subentry", SUBENTRY.type());
        return m;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new ProfilerObject(cls);
    }

    /** Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True). Compare profiler_init. */
    @ExposedMethod
    static void __init__(ProfilerObject self, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("Profiler", args, kw, 0, 4, "timer", "timeunit", "subcalls", "builtins");
        PyObject t = ap.get(0);
        self.timer = t == null || t == PyNone.NONE ? null : t;
        self.timeUnit = ap.get(1) == null ? 0.0 : Abstract.toDouble(ap.get(1));
        self.subcalls = ap.get(2) == null || Abstract.isTrue(ap.get(2));
        self.builtins = ap.get(3) == null || Abstract.isTrue(ap.get(3));
    }

    /** enable(subcalls=True, builtins=True). Compare _lsprof_Profiler_enable_impl. */
    @ExposedMethod
    static PyObject enable(ProfilerObject self, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("enable", args, kw, 0, 2, "subcalls", "builtins");
        if (ap.get(0) != null) {
            self.subcalls = Abstract.isTrue(ap.get(0));
        }
        if (ap.get(1) != null) {
            self.builtins = Abstract.isTrue(ap.get(1));
        }
        if (!SysTrace.claimTool(PROFILER_ID, "cProfile")) {
            throw PyErr.valueError("Another profiling tool is already active");
        }
        self.enabled = true;
        Tracing.setProfile(self.hook);
        return PyNone.NONE;
    }

    /** disable(): stops, and ends the calls still open as if they returned now. */
    @ExposedMethod
    static PyObject disable(ProfilerObject self) {
        if (self.enabled) {
            self.enabled = false;
            if (Tracing.hooks().profile == self.hook) {
                Tracing.setProfile(null);
            }
            SysTrace.freeTool(PROFILER_ID);
        }
        self.flushUnmatched();
        return PyNone.NONE;
    }

    /** clear(): forgets everything measured. */
    @ExposedMethod
    static PyObject clear(ProfilerObject self) {
        self.entries.clear();
        self.current = null;
        return PyNone.NONE;
    }

    /**
     * getstats(): a list of profiler_entry(code, callcount, reccallcount, totaltime,
     * inlinetime, calls), calls a list of profiler_subentry (None when it called nothing); times
     * in seconds, or in timeunits. Compare profiler_getstats.
     */
    @ExposedMethod
    static PyObject getstats(ProfilerObject self) {
        double factor = self.timer == null || self.timeUnit == 0.0 ? 1e-9 : self.timeUnit;
        PyList out = new PyList();
        for (Entry e : self.entries.values()) {
            if (e.callcount == 0) {
                continue;   // still running when it was last enabled: left out, as statsForEntry does
            }
            PyObject calls = PyNone.NONE;
            if (!e.sub.isEmpty()) {
                PyList l = new PyList();
                for (Map.Entry<Entry, Entry> s : e.sub.entrySet()) {
                    Entry se = s.getValue();
                    l.append(SUBENTRY.make(s.getKey().userObj, PyInt.of(se.callcount), PyInt.of(se.recursivecallcount),
                        PyFloat.of(se.tt * factor), PyFloat.of(se.it * factor)));
                }
                calls = l;
            }
            out.append(ENTRY.make(e.userObj, PyInt.of(e.callcount), PyInt.of(e.recursivecallcount),
                PyFloat.of(e.tt * factor), PyFloat.of(e.it * factor), calls));
        }
        return out;
    }

    // ---- measuring ----

    /** The time now: the performance counter, or the user's timer. Compare call_timer, CallExternalTimer. */
    private long now() {
        if (timer == null) {
            return System.nanoTime();
        }
        try {
            PyObject o = Abstract.call(timer);
            if (timeUnit > 0.0) {
                return Abstract.index(o).longValue();
            }
            if (o instanceof PyFloat) {
                return (long) Math.floor(Abstract.toDouble(o) * 1e9);
            }
            return Math.multiplyExact(Abstract.index(o).longValue(), 1_000_000_000L);
        } catch (PyBaseException e) {
            Unraisable.report(e, timer);
            return 0;
        } catch (ArithmeticException e) {
            Unraisable.report(PyErr.overflowError("timestamp too large to convert to C _PyTime_t"), timer);
            return 0;
        }
    }

    private Entry entry(Object key, PyObject userObj) {
        Entry e = entries.get(key);
        if (e == null) {
            e = new Entry(userObj);
            entries.put(key, e);
        }
        return e;
    }

    /** Compare ptrace_enter_call, initContext. */
    private void enter(Object key, PyObject userObj) {
        Entry e = entry(key, userObj);
        Context c = new Context(e, current);
        current = c;
        e.recursionLevel++;
        if (subcalls && c.previous != null) {
            Entry caller = c.previous.entry;
            Entry sub = caller.sub.get(e);
            if (sub == null) {
                sub = new Entry(null);
                caller.sub.put(e, sub);
            }
            sub.recursionLevel++;
        }
        c.t0 = now();
    }

    /** Compare ptrace_leave_call. */
    private void leave(Object key) {
        Context c = current;
        if (c == null) {
            return;
        }
        if (entries.get(key) != null) {
            stop(c);
        } else {
            current = c.previous;
        }
    }

    /** Compare Stop. */
    private void stop(Context c) {
        long tt = now() - c.t0;
        long it = tt - c.subt;
        if (c.previous != null) {
            c.previous.subt += tt;
        }
        current = c.previous;
        Entry e = c.entry;
        if (--e.recursionLevel == 0) {
            e.tt += tt;
        } else {
            e.recursivecallcount++;
        }
        e.it += it;
        e.callcount++;
        if (subcalls && c.previous != null) {
            Entry sub = c.previous.entry.sub.get(e);
            if (sub != null) {
                if (--sub.recursionLevel == 0) {
                    sub.tt += tt;
                } else {
                    sub.recursivecallcount++;
                }
                sub.it += it;
                sub.callcount++;
            }
        }
    }

    /** Compare flush_unmatched. */
    private void flushUnmatched() {
        while (current != null) {
            stop(current);
        }
    }

    /** The key of a builtin (by its name: bound methods are new objects at each call) and how it is shown. */
    private final Map<String, PyObject> builtinNames = new HashMap<>();

    private void enterBuiltin(PyObject fn) {
        String label = label(fn);
        PyObject s = builtinNames.computeIfAbsent(label, PyStr::of);
        enter(label, s);
    }

    /**
     * How getstats names a builtin: "<built-in method builtins.max>", or the repr of the
     * method a bound builtin is found as on its object's type ("<method 'append' of 'list'
     * objects>"). Compare normalizeUserObj.
     */
    private static String label(PyObject fn) {
        PyObject self = Abstract.lookupAttr(fn, "__self__");
        String name = Abstract.str(Abstract.getAttr(fn, "__name__")).toString();
        PyObject mod = Abstract.lookupAttr(fn, "__module__");
        String modname = mod instanceof PyStr s ? s.toString() : mod instanceof PyModule m ? m.getName() : null;
        if (self == null || self == PyNone.NONE) {
            return modname != null && !modname.equals("builtins") ? "<" + modname + "." + name + ">" : "<" + name + ">";
        }
        PyObject mo = self.type().lookup(name);
        if (mo != null) {
            return Abstract.repr(mo).toString();
        }
        return modname != null ? "<built-in method " + modname + "." + name + ">" : "<built-in method " + name + ">";
    }

    /** The profile hook: the interpreter's events, hidden from sys.getprofile(). */
    private final class Hook implements PyObject, Callable, Tracing.MonitorHook {
        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (!enabled || args.length < 3) {
                return PyNone.NONE;
            }
            String event = args[1].toString();
            switch (event) {
                case "call" -> {
                    if (args[0] instanceof PyFrame f) {
                        enter(f.code(), f.code());
                    }
                }
                case "return" -> {
                    if (args[0] instanceof PyFrame f) {
                        leave(f.code());
                    }
                }
                case "c_call" -> {
                    if (builtins) {
                        enterBuiltin(args[2]);
                    }
                }
                case "c_return", "c_exception" -> {
                    if (builtins) {
                        leave(label(args[2]));
                    }
                }
                default -> { }
            }
            return PyNone.NONE;
        }
    }
}
