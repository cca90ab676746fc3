package org.pyvm.modules.warnings;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The {@code _warnings} module: the warning machinery that Lib/warnings.py takes over when
 * it can (filters, the "once" registry, the default action, {@code warn},
 * {@code warn_explicit}), and which importlib's bootstrap requires as a builtin module.
 * While the {@code warnings} module is imported, its {@code filters}, {@code onceregistry},
 * {@code defaultaction} and {@code _showwarnmsg} are used, as CPython's C code does; before
 * that this module's own state is, and a warning is written to sys.stderr directly.
 * Compare CPython Python/_warnings.c.
 */
public final class WarningsModule {

    private WarningsModule() {}

    /** This run's state (a new one with each fresh runtime, as the module is created per run). */
    private static PyList filters;
    private static PyDict onceRegistry;
    private static PyObject defaultAction;
    private static long filtersVersion;

    public static PyModule create() {
        filters = defaultFilters();
        onceRegistry = new PyDict();
        defaultAction = PyStr.of("default");
        filtersVersion = 0;
        PyModule m = new PyModule("_warnings");
        m.addFunctions(WarningsModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("_warnings provides basic warning filtering support.\n"
            + "It is a helper module to speed up interpreter start-up."));
        d.setStr("filters", filters);
        d.setStr("_onceregistry", onceRegistry);
        d.setStr("_defaultaction", defaultAction);
        return m;
    }

    /** The filters of a release build without -W or -X dev (_warnings.c: init_filters). */
    private static PyList defaultFilters() {
        PyList l = new PyList();
        l.append(filter("default", PyExc.DeprecationWarning, PyStr.of("__main__")));
        l.append(filter("ignore", PyExc.DeprecationWarning, PyNone.NONE));
        l.append(filter("ignore", PyExc.PendingDeprecationWarning, PyNone.NONE));
        l.append(filter("ignore", PyExc.ImportWarning, PyNone.NONE));
        l.append(filter("ignore", PyExc.ResourceWarning, PyNone.NONE));
        return l;
    }

    private static PyTuple filter(String action, PyType category, PyObject module) {
        return PyTuple.of(PyStr.of(action), PyNone.NONE, category, module, PyInt.of(0));
    }

    /** warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()). */
    @ExposedMethod
    static PyObject warn(PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("warn", args, kw, 1, 4, "message", "category", "stacklevel", "source",
            "skip_file_prefixes");
        PyObject message = ap.get(0);
        PyObject category = category(message, ap.get(1));
        long stacklevel = ap.get(2) == null ? 1 : Abstract.index(ap.get(2)).longValue();
        PyObject source = ap.get(3);
        PyTuple skip = PyTuple.EMPTY;
        if (ap.get(4) != null) {
            if (!(ap.get(4) instanceof PyTuple t)) {
                throw PyErr.typeError("warn() argument 'skip_file_prefixes' must be tuple, not "
                    + ap.get(4).type().getName());
            }
            skip = t;
            for (PyObject p : skip.items()) {
                if (!(p instanceof PyStr)) {
                    throw PyErr.typeError("Found non-str '" + p.type().getName() + "' in skip_file_prefixes.");
                }
            }
            if (skip.size() > 0 && stacklevel < 2) {
                stacklevel = 2;
            }
        }
        doWarn(message, category, stacklevel, source, skip);
        return PyNone.NONE;
    }

    /** Issues a warning from Java code, as CPython's PyErr_WarnEx: STACKLEVEL 1 is the running Python frame. */
    public static void warn(PyType category, String message, int stacklevel) {
        // The module (and its filters) is made on first import; Java code may warn before that.
        org.pyvm.runtime.PyRuntime.builtinModule("_warnings");
        doWarn(PyStr.of(message), category, stacklevel, null, PyTuple.EMPTY);
    }

    /**
     * A ResourceWarning-style warning about SOURCE (the object being finalized), as
     * CPython's PyErr_ResourceWarning(source, stacklevel, ...).
     */
    public static void warnWithSource(PyType category, String message, int stacklevel, PyObject source) {
        doWarn(PyStr.of(message), category, stacklevel, source, PyTuple.EMPTY);
    }

    /** The category: the message's class for a Warning instance, UserWarning for None (get_category). */
    private static PyObject category(PyObject message, PyObject category) {
        if (Abstract.isInstance(message, PyExc.Warning)) {
            category = message.type();
        } else if (category == null || category == PyNone.NONE) {
            category = PyExc.UserWarning;
        }
        if (!(category instanceof PyType t) || !t.isSubtypeOf(PyExc.Warning)) {
            throw PyErr.typeError("category must be a Warning subclass, not '" + category.type().getName() + "'");
        }
        return category;
    }

    /** Finds the frame STACKLEVEL up (skipping importlib's bootstrap frames) and warns from it (setup_context). */
    private static void doWarn(PyObject message, PyObject category, long stacklevel, PyObject source, PyTuple skip) {
        PyFrame f = CodeRunner.get().currentFrame();
        if (stacklevel <= 0 || isInternal(f)) {
            while (--stacklevel > 0 && f != null) {
                f = f.back();
            }
        } else {
            while (--stacklevel > 0 && f != null) {
                do {
                    f = f.back();
                } while (f != null && (isInternal(f) || skipped(f, skip)));
            }
        }
        PyDict globals;
        PyObject filename;
        int lineno;
        if (f == null) {
            globals = PyRuntime.builtinModule("sys").getDict();
            filename = PyStr.of("sys");
            lineno = 1;
        } else {
            globals = f.globals();
            filename = PyStr.of(f.code().filename);
            lineno = f.lineno();
        }
        PyObject registry = globals.getStr("__warningregistry__");
        if (registry == null) {
            registry = new PyDict();
            globals.setStr("__warningregistry__", registry);
        }
        PyObject module = globals.getStr("__name__");
        if (module == null || !(module == PyNone.NONE || module instanceof PyStr)) {
            module = PyStr.of("<string>");
        }
        warnExplicit(category, message, filename, lineno, module, registry, null, source);
    }

    /** A frame of importlib's bootstrap (is_internal_frame): warnings are attributed to its caller. */
    private static boolean isInternal(PyFrame f) {
        if (f == null) {
            return false;
        }
        String name = f.code().filename;
        return name.contains("importlib") && name.contains("_bootstrap");
    }

    private static boolean skipped(PyFrame f, PyTuple prefixes) {
        for (PyObject p : prefixes.items()) {
            if (p instanceof PyStr s && f.code().filename.startsWith(s.toString())) {
                return true;
            }
        }
        return false;
    }

    /** warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None). */
    @ExposedMethod
    static PyObject warn_explicit(PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("warn_explicit", args, kw, 4, 8, "message", "category", "filename", "lineno",
            "module", "registry", "module_globals", "source");
        PyObject filename = ap.get(2);
        if (!(filename instanceof PyStr)) {
            throw PyErr.typeError("warn_explicit() argument 3 must be str, not " + filename.type().getName());
        }
        int lineno = Abstract.index(ap.get(3)).intValue();
        PyObject globals = ap.get(6);
        PyObject sourceLine = null;
        if (globals != null && globals != PyNone.NONE) {
            if (!(globals instanceof PyDict g)) {
                throw PyErr.typeError("module_globals must be a dict, not '" + globals.type().getName() + "'");
            }
            sourceLine = sourceLine(g, lineno);
        }
        return warnExplicit(ap.get(1), ap.get(0), filename, lineno, ap.get(4), ap.get(5), sourceLine, ap.get(7));
    }

    /** The line LINENO of the module's source as its loader gives it, or null (get_source_line). */
    private static PyObject sourceLine(PyDict globals, int lineno) {
        PyObject loader = globals.getStr("__loader__");
        PyObject name = globals.getStr("__name__");
        if (loader == null || name == null) {
            return null;
        }
        PyObject getSource = Abstract.lookupAttr(loader, "get_source");
        if (getSource == null) {
            return null;
        }
        PyObject source = Abstract.call(getSource, name);
        if (source == PyNone.NONE) {
            return null;
        }
        PyObject lines = Abstract.call(Abstract.getAttr(source, "splitlines"));
        return lines instanceof PyList l && lineno >= 1 && lineno <= l.size() ? l.get(lineno - 1) : null;
    }

    @ExposedMethod
    static void _filters_mutated() {
        filtersVersion++;
    }

    /** The core (warn_explicit in _warnings.c): registry, filters, then the action. */
    private static PyObject warnExplicit(PyObject category, PyObject message, PyObject filename, int lineno,
                                         PyObject module, PyObject registry, PyObject sourceLine, PyObject source) {
        // A warning late at shutdown, when module globals are gone: ignored.
        if (module == PyNone.NONE) {
            return PyNone.NONE;
        }
        if (registry != null && registry != PyNone.NONE && !(registry instanceof PyDict)) {
            throw PyErr.typeError("'registry' must be a dict or None");
        }
        PyDict reg = registry instanceof PyDict d ? d : null;
        if (module == null) {
            String f = filename.toString();
            module = PyStr.of(f.isEmpty() ? "<unknown>" : f.endsWith(".py") ? f.substring(0, f.length() - 3) : f);
        }
        PyObject text;
        if (Abstract.isInstance(message, PyExc.Warning)) {
            text = Abstract.str(message);
            category = message.type();
        } else {
            text = message;
            message = Abstract.call(category, message);
        }
        PyObject linenoObj = PyInt.of(lineno);
        if (source == PyNone.NONE) {
            source = null;
        }
        PyTuple key = PyTuple.of(text, category, linenoObj);
        if (reg != null && alreadyWarned(reg, key, false)) {
            return PyNone.NONE;
        }
        PyObject[] item = new PyObject[1];
        String action = filterAction(category, text, lineno, module, item);
        switch (action) {
            case "error" -> {
                if (message instanceof PyBaseException e) {
                    throw e;
                }
                throw PyErr.typeError("exceptions must derive from BaseException");
            }
            case "ignore" -> {
                return PyNone.NONE;
            }
            default -> { }
        }
        boolean warned = false;
        if (!action.equals("always")) {
            if (reg != null) {
                reg.setItem(key, PyBool.TRUE);
            }
            switch (action) {
                case "once" -> warned = alreadyWarned(reg != null ? reg : onceRegistry(), PyTuple.of(text, category), true);
                case "module" -> warned = reg != null && alreadyWarned(reg, PyTuple.of(text, category, PyInt.of(0)), true);
                case "default" -> { }
                default -> throw PyErr.runtimeError("Unrecognized action (" + Abstract.repr(PyStr.of(action))
                    + ") in warnings.filters:\n " + Abstract.repr(item[0]));
            }
        }
        if (!warned) {
            show(category, text, message, filename, lineno, linenoObj, sourceLine, source);
        }
        return PyNone.NONE;
    }

    /** Whether KEY is in the registry (cleared first when the filters changed since it was filled); SET records it. */
    private static boolean alreadyWarned(PyDict registry, PyObject key, boolean set) {
        PyObject version = registry.getStr("version");
        if (!(version instanceof PyInt v) || v.type() != PyInt.TYPE || !v.equals(PyInt.of(filtersVersion))) {
            registry.clear();
            registry.setStr("version", PyInt.of(filtersVersion));
        } else {
            PyObject seen = registry.get(key);
            if (seen != null && Abstract.isTrue(seen)) {
                return true;
            }
        }
        if (set) {
            registry.setItem(key, PyBool.TRUE);
        }
        return false;
    }

    /** An attribute of the warnings module when it has been imported, else null (get_warnings_attr). */
    private static PyObject warningsAttr(String name, boolean tryImport) {
        PyObject m = PyRuntime.modules.getStr("warnings");
        if (m == null) {
            if (!tryImport) {
                return null;
            }
            m = CodeRunner.get().importName("warnings", null, PyTuple.EMPTY, 0);
        }
        return m instanceof PyModule mod ? mod.getDict().getStr(name) : Abstract.lookupAttr(m, name);
    }

    private static PyDict onceRegistry() {
        PyObject r = warningsAttr("onceregistry", false);
        if (r == null) {
            return onceRegistry;
        }
        if (!(r instanceof PyDict d)) {
            throw PyErr.typeError("_warnings.onceregistry must be a dict, not '" + r.type().getName() + "'");
        }
        onceRegistry = d;
        return d;
    }

    /** The action of the first filter that matches (get_filter); ITEM[0] gets the filter, None for the default. */
    private static String filterAction(PyObject category, PyObject text, int lineno, PyObject module, PyObject[] item) {
        PyObject f = warningsAttr("filters", false);
        if (f != null) {
            if (!(f instanceof PyList l)) {
                throw PyErr.valueError("_warnings.filters must be a list");
            }
            filters = l;
        }
        // The list may change while it is walked (a match() with side effects): index each time.
        for (int i = 0; i < filters.size(); i++) {
            PyObject it = filters.get(i);
            if (!(it instanceof PyTuple t) || t.size() != 5) {
                throw PyErr.valueError("_warnings.filters item " + i + " isn't a 5-tuple");
            }
            PyObject action = t.get(0);
            if (!(action instanceof PyStr a)) {
                throw PyErr.typeError("action must be a string, not '" + action.type().getName() + "'");
            }
            boolean goodMsg = matched(t.get(1), text);
            boolean goodMod = matched(t.get(3), module);
            boolean isSub = Abstract.isSubclass(category, t.get(2));
            long ln = Abstract.index(t.get(4)).longValue();
            if (goodMsg && isSub && goodMod && (ln == 0 || ln == lineno)) {
                item[0] = t;
                return a.toString();
            }
        }
        item[0] = PyNone.NONE;
        PyObject d = warningsAttr("defaultaction", false);
        if (d != null) {
            if (!(d instanceof PyStr)) {
                throw PyErr.typeError("_warnings.defaultaction must be a string, not '" + d.type().getName() + "'");
            }
            defaultAction = d;
        }
        return defaultAction.toString();
    }

    /** None matches all; a plain str must be equal; anything else is a pattern whose match() decides (check_matched). */
    private static boolean matched(PyObject filter, PyObject arg) {
        if (filter == PyNone.NONE) {
            return true;
        }
        if (filter.type() == PyStr.TYPE) {
            return arg instanceof PyStr && filter.toString().equals(arg.toString());
        }
        return Abstract.isTrue(Abstract.call(Abstract.getAttr(filter, "match"), arg));
    }

    /** warnings._showwarnmsg(WarningMessage(...)) when warnings is imported, else a line on sys.stderr (call_show_warning). */
    private static void show(PyObject category, PyObject text, PyObject message, PyObject filename, int lineno,
                             PyObject linenoObj, PyObject sourceLine, PyObject source) {
        PyObject showFn = warningsAttr("_showwarnmsg", source != null);
        if (showFn == null) {
            StringBuilder sb = new StringBuilder();
            sb.append(Abstract.str(filename)).append(':').append(lineno).append(": ")
                .append(Abstract.str(Abstract.getAttr(category, "__name__"))).append(": ")
                .append(Abstract.str(text)).append('\n');
            if (sourceLine != null) {
                sb.append(Abstract.str(sourceLine).toString().strip()).append('\n');
            } else if (filename instanceof PyStr) {
                // The line from the file itself, indented by two (_Py_DisplaySourceLine).
                String line = org.pyvm.runtime.TracebackPrinter.sourceLine(filename.toString(), lineno);
                if (line != null && !line.isBlank()) {
                    sb.append("  ").append(line.strip()).append('\n');
                }
            }
            org.pyvm.modules.Setup.writeErr(sb.toString());
            return;
        }
        if (!(showFn instanceof org.pyvm.runtime.Callable || showFn instanceof PyType
            || showFn.type().slot(org.pyvm.runtime.Slot.CALL) != null)) {
            throw PyErr.typeError("warnings._showwarnmsg() must be set to a callable");
        }
        PyObject cls = warningsAttr("WarningMessage", false);
        if (cls == null) {
            throw PyErr.runtimeError("unable to get warnings.WarningMessage");
        }
        PyObject msg = Abstract.call(cls, message, category, filename, linenoObj, PyNone.NONE, PyNone.NONE,
            source == null ? PyNone.NONE : source);
        Abstract.call(showFn, msg);
    }
}
