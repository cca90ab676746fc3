package org.pyvm.runtime;

/**
 * The C API's dict and type watchers: up to eight callbacks of each kind, and per dict or
 * type a bit per watcher watching it ({@link PyDict#watched}, {@link PyType#watched}).
 * A watched dict reports each change before it is made (an added key, a replaced value, a
 * deleted key, a clear, and a clone: an empty dict filled at once from a whole other
 * dict); a dict's deallocation, which CPython reports when the last reference goes, is not
 * reported (the JVM's collector gives no such moment). A watched type reports a change of
 * its attributes or a base's, as PyType_Modified does: once until the type is looked up
 * again (CPython invalidates the type's version tag and calls the watchers only while it
 * was valid; a look-up or a watch assigns a new one). A callback that raises is reported
 * as unraisable. Compare CPython Objects/dictobject.c: PyDict_AddWatcher, _PyDict_SendEvent,
 * and Objects/typeobject.c: PyType_AddWatcher, type_modified_unlocked.
 */
public final class Watchers {

    private Watchers() {}

    /** DICT_MAX_WATCHERS and TYPE_MAX_WATCHERS. */
    public static final int MAX = 8;

    /** PyDict_WatchEvent, in CPython's order. */
    public static final int DICT_ADDED = 0;
    public static final int DICT_MODIFIED = 1;
    public static final int DICT_DELETED = 2;
    public static final int DICT_CLONED = 3;
    public static final int DICT_CLEARED = 4;
    public static final int DICT_DEALLOCATED = 5;

    private static final String[] DICT_EVENT_NAMES = {"PyDict_EVENT_ADDED", "PyDict_EVENT_MODIFIED",
        "PyDict_EVENT_DELETED", "PyDict_EVENT_CLONED", "PyDict_EVENT_CLEARED", "PyDict_EVENT_DEALLOCATED"};

    /** A dict watcher: KEY and VALUE as the event has them (null where it has none); may raise. */
    public interface DictCallback {
        void event(int event, PyDict dict, PyObject key, PyObject value);
    }

    /** A type watcher, called with the modified type; may raise. */
    public interface TypeCallback {
        void modified(PyType type);
    }

    private static final DictCallback[] DICT = new DictCallback[MAX];
    private static final TypeCallback[] TYPE = new TypeCallback[MAX];

    /** The run ({@link Interrupts#runCount}) the watchers belong to: programs run one after another in one JVM start with none. */
    private static long run = -1;

    private static void newRunCheck() {
        long r = Interrupts.runCount();
        if (r != run) {
            run = r;
            java.util.Arrays.fill(DICT, null);
            java.util.Arrays.fill(TYPE, null);
            java.util.Arrays.fill(FUNC, null);
            java.util.Arrays.fill(CODE, null);
            activeFuncWatchers = 0;
            activeCodeWatchers = 0;
        }
    }

    // ---- dicts ----

    /** PyDict_AddWatcher: the lowest free id. */
    public static synchronized int addDictWatcher(DictCallback cb) {
        newRunCheck();
        for (int i = 0; i < MAX; i++) {
            if (DICT[i] == null) {
                DICT[i] = cb;
                return i;
            }
        }
        throw PyErr.runtimeError("no more dict watcher IDs available");
    }

    private static void checkDictId(int id) {
        if (id < 0 || id >= MAX) {
            throw PyErr.valueError("Invalid dict watcher ID " + id);
        }
        if (DICT[id] == null) {
            throw PyErr.valueError("No dict watcher set for ID " + id);
        }
    }

    /** PyDict_ClearWatcher: the id is free again (the dicts' bits for it stay, and are ignored). */
    public static synchronized void clearDictWatcher(int id) {
        checkDictId(id);
        DICT[id] = null;
    }

    private static PyDict dict(PyObject o) {
        if (!(o instanceof PyDict d)) {
            throw PyErr.valueError("Cannot watch non-dictionary");
        }
        return d;
    }

    public static synchronized void watchDict(int id, PyObject o) {
        PyDict d = dict(o);
        checkDictId(id);
        d.watched |= (byte) (1 << id);
    }

    public static synchronized void unwatchDict(int id, PyObject o) {
        PyDict d = dict(o);
        checkDictId(id);
        d.watched &= (byte) ~(1 << id);
    }

    /** Tells the watchers of D (d.watched != 0) about EVENT. */
    static void dictEvent(int event, PyDict d, PyObject key, PyObject value) {
        int bits = d.watched & 0xff;
        for (int i = 0; bits != 0; i++, bits >>>= 1) {
            DictCallback cb = (bits & 1) != 0 ? DICT[i] : null;
            if (cb == null) {
                continue;
            }
            try {
                cb.event(event, d, key, value);
            } catch (PyBaseException e) {
                // Not the dict itself (its repr may run code): a description of it, as CPython.
                Unraisable.report(e, PyStr.of(DICT_EVENT_NAMES[event] + " watcher callback for <dict at 0x"
                    + Abstract.idHex(d) + ">"));
            }
        }
    }

    // ---- types ----

    public static synchronized int addTypeWatcher(TypeCallback cb) {
        newRunCheck();
        for (int i = 0; i < MAX; i++) {
            if (TYPE[i] == null) {
                TYPE[i] = cb;
                return i;
            }
        }
        throw PyErr.runtimeError("no more type watcher IDs available");
    }

    private static void checkTypeId(int id) {
        if (id < 0 || id >= MAX) {
            throw PyErr.valueError("Invalid type watcher ID " + id);
        }
        if (TYPE[id] == null) {
            throw PyErr.valueError("No type watcher set for ID " + id);
        }
    }

    public static synchronized void clearTypeWatcher(int id) {
        checkTypeId(id);
        TYPE[id] = null;
    }

    private static PyType type(PyObject o) {
        if (!(o instanceof PyType t)) {
            throw PyErr.valueError("Cannot watch non-type");
        }
        return t;
    }

    /** PyType_Watch: also assigns a version tag, so that the next change is reported. */
    public static synchronized void watchType(int id, PyObject o) {
        PyType t = type(o);
        checkTypeId(id);
        t.assignTagForWatch();
        t.watched |= (byte) (1 << id);
    }

    public static synchronized void unwatchType(int id, PyObject o) {
        PyType t = type(o);
        checkTypeId(id);
        t.watched &= (byte) ~(1 << id);
    }

    /** Tells the watchers of T (t.watched != 0) that it was modified. */
    static void typeModified(PyType t) {
        int bits = t.watched & 0xff;
        for (int i = 0; bits != 0; i++, bits >>>= 1) {
            TypeCallback cb = (bits & 1) != 0 ? TYPE[i] : null;
            if (cb == null) {
                continue;
            }
            try {
                cb.modified(t);
            } catch (PyBaseException e) {
                Unraisable.report(e, t);
            }
        }
    }

    // ---- functions ----

    /** PyFunction_WatchEvent, in CPython's order. */
    public static final int FUNC_CREATE = 0;
    public static final int FUNC_DESTROY = 1;
    public static final int FUNC_MODIFY_CODE = 2;
    public static final int FUNC_MODIFY_DEFAULTS = 3;
    public static final int FUNC_MODIFY_KWDEFAULTS = 4;

    private static final String[] FUNC_EVENT_NAMES = {"PyFunction_EVENT_CREATE", "PyFunction_EVENT_DESTROY",
        "PyFunction_EVENT_MODIFY_CODE", "PyFunction_EVENT_MODIFY_DEFAULTS", "PyFunction_EVENT_MODIFY_KWDEFAULTS"};

    /** A function watcher: NEW_VALUE is the code, defaults or keyword defaults being set (null: none). */
    public interface FuncCallback {
        void event(int event, PyFunction func, PyObject newValue);
    }

    private static final FuncCallback[] FUNC = new FuncCallback[MAX];
    /**
     * A bit per function watcher set: every function is watched by all of them. Read on each
     * function's creation, so not volatile: watchers are set under the GIL, which publishes it.
     */
    static int activeFuncWatchers;

    /** PyFunction_AddWatcher. */
    public static synchronized int addFuncWatcher(FuncCallback cb) {
        newRunCheck();
        for (int i = 0; i < MAX; i++) {
            if (FUNC[i] == null) {
                FUNC[i] = cb;
                activeFuncWatchers |= 1 << i;
                return i;
            }
        }
        throw PyErr.runtimeError("no more func watcher IDs available");
    }

    /** PyFunction_ClearWatcher. */
    public static synchronized void clearFuncWatcher(int id) {
        if (id < 0 || id >= MAX) {
            throw PyErr.valueError("invalid func watcher ID " + id);
        }
        if (FUNC[id] == null) {
            throw PyErr.valueError("no func watcher set for ID " + id);
        }
        FUNC[id] = null;
        activeFuncWatchers &= ~(1 << id);
    }

    /**
     * Tells the function watchers about EVENT on FUNC (called only while some are set). A
     * function's destruction, which CPython reports when its last reference goes, is not
     * reported.
     */
    static void funcEvent(int event, PyFunction func, PyObject newValue) {
        int bits = activeFuncWatchers;
        for (int i = 0; bits != 0; i++, bits >>>= 1) {
            FuncCallback cb = (bits & 1) != 0 ? FUNC[i] : null;
            if (cb == null) {
                continue;
            }
            try {
                cb.event(event, func, newValue);
            } catch (PyBaseException e) {
                Unraisable.report(e, PyStr.of(FUNC_EVENT_NAMES[event] + " watcher callback for "
                    + Abstract.repr(func)));
            }
        }
    }

    // ---- code objects ----

    /** PyCodeEvent. */
    public static final int CODE_CREATE = 0;
    public static final int CODE_DESTROY = 1;

    /** A code watcher; may raise. */
    public interface CodeCallback {
        void event(int event, PyCode code);
    }

    private static final CodeCallback[] CODE = new CodeCallback[MAX];
    /** A bit per code watcher set: every code object is watched by all of them (not volatile, as above). */
    static int activeCodeWatchers;

    /** PyCode_AddWatcher. */
    public static synchronized int addCodeWatcher(CodeCallback cb) {
        newRunCheck();
        for (int i = 0; i < MAX; i++) {
            if (CODE[i] == null) {
                CODE[i] = cb;
                activeCodeWatchers |= 1 << i;
                return i;
            }
        }
        throw PyErr.runtimeError("no more code watcher IDs available");
    }

    /** PyCode_ClearWatcher. */
    public static synchronized void clearCodeWatcher(int id) {
        if (id < 0 || id >= MAX) {
            throw PyErr.valueError("Invalid code watcher ID " + id);
        }
        if (CODE[id] == null) {
            throw PyErr.valueError("No code watcher set for ID " + id);
        }
        CODE[id] = null;
        activeCodeWatchers &= ~(1 << id);
    }

    /**
     * Tells the code watchers that CODE was made (called only while some are set); its
     * destruction, which CPython reports when the last reference goes, is not reported.
     */
    static void codeEvent(int event, PyCode code) {
        int bits = activeCodeWatchers;
        for (int i = 0; bits != 0; i++, bits >>>= 1) {
            CodeCallback cb = (bits & 1) != 0 ? CODE[i] : null;
            if (cb == null) {
                continue;
            }
            try {
                cb.event(event, code);
            } catch (PyBaseException e) {
                String name = event == CODE_CREATE ? "PY_CODE_EVENT_CREATE" : "PY_CODE_EVENT_DESTROY";
                Unraisable.report(e, PyStr.of(name + " watcher callback for " + Abstract.repr(code)));
            }
        }
    }
}
