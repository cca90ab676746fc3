package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.Watchers;

/**
 * _testcapi's dict and type watchers of test_capi.test_watchers, over {@link Watchers}: three
 * kinds of callback each (0 records the events in a list, 1 raises RuntimeError("boom!"),
 * 2 records "second" or the type wrapped in a list), the list living while any of this
 * module's watchers does. Compare CPython Modules/_testcapi/watchers.c.
 */
final class WatcherFunctions {

    private WatcherFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(WatcherFunctions.class);
        String[] events = {"CREATE", "DESTROY", "MODIFY_CODE", "MODIFY_DEFAULTS", "MODIFY_KWDEFAULTS"};
        for (int i = 0; i < events.length; i++) {
            m.getDict().setStr("PYFUNC_EVENT_" + events[i], org.pyvm.runtime.PyInt.of(i));
        }
    }

    private static PyList dictEvents;
    private static int dictWatchers;
    private static PyList typeEvents;
    private static int typeWatchers;

    /** The run this module's watcher state belongs to: a new run in the same JVM starts afresh (see Watchers). */
    private static long run = -1;

    private static void newRunCheck() {
        long r = org.pyvm.runtime.Interrupts.runCount();
        if (r != run) {
            run = r;
            dictEvents = null;
            dictWatchers = 0;
            typeEvents = null;
            typeWatchers = 0;
            java.util.Arrays.fill(FUNC_CALLABLES, null);
            java.util.Arrays.fill(FUNC_IDS, -1);
            java.util.Arrays.fill(CODE_IDS, -1);
        }
    }

    private static RuntimeException boom() {
        return PyErr.runtimeError("boom!");
    }

    /** Compare watchers.c: dict_watch_callback ("new:KEY:VALUE" and so on, str() of each). */
    private static void recordDictEvent(int event, PyObject key, PyObject value) {
        String msg = switch (event) {
            case Watchers.DICT_CLEARED -> "clear";
            case Watchers.DICT_DEALLOCATED -> "dealloc";
            case Watchers.DICT_CLONED -> "clone";
            case Watchers.DICT_ADDED -> "new:" + Abstract.str(key) + ":" + Abstract.str(value);
            case Watchers.DICT_MODIFIED -> "mod:" + Abstract.str(key) + ":" + Abstract.str(value);
            case Watchers.DICT_DELETED -> "del:" + Abstract.str(key);
            default -> "unknown";
        };
        dictEvents.append(PyStr.of(msg));
    }

    @ExposedMethod
    static PyObject add_dict_watcher(PyObject kind) {
        newRunCheck();
        long k = Abstract.index(kind).longValue();
        Watchers.DictCallback cb;
        if (k == 2) {
            cb = (event, d, key, value) -> dictEvents.append(PyStr.of("second"));
        } else if (k == 1) {
            cb = (event, d, key, value) -> {
                throw boom();
            };
        } else {
            cb = (event, d, key, value) -> recordDictEvent(event, key, value);
        }
        int id = Watchers.addDictWatcher(cb);
        if (dictWatchers++ == 0) {
            dictEvents = new PyList();
        }
        return org.pyvm.runtime.PyInt.of(id);
    }

    @ExposedMethod
    static PyObject clear_dict_watcher(PyObject id) {
        Watchers.clearDictWatcher(Abstract.asCInt(id));
        if (--dictWatchers == 0) {
            dictEvents = null;
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject watch_dict(PyObject id, PyObject dict) {
        Watchers.watchDict(Abstract.asCInt(id), dict);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject unwatch_dict(PyObject id, PyObject dict) {
        Watchers.unwatchDict(Abstract.asCInt(id), dict);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject get_dict_watcher_events() {
        if (dictEvents == null) {
            throw PyErr.runtimeError("no watchers active");
        }
        return dictEvents;
    }

    @ExposedMethod
    static PyObject add_type_watcher(PyObject kind) {
        newRunCheck();
        long k = Abstract.index(kind).longValue();
        Watchers.TypeCallback cb;
        if (k == 2) {
            cb = t -> {
                PyList wrapped = new PyList();
                wrapped.append(t);
                typeEvents.append(wrapped);
            };
        } else if (k == 1) {
            cb = t -> {
                throw boom();
            };
        } else {
            cb = t -> typeEvents.append(t);
        }
        int id = Watchers.addTypeWatcher(cb);
        if (typeWatchers++ == 0) {
            typeEvents = new PyList();
        }
        return org.pyvm.runtime.PyInt.of(id);
    }

    @ExposedMethod
    static PyObject clear_type_watcher(PyObject id) {
        Watchers.clearTypeWatcher(Abstract.asCInt(id));
        if (--typeWatchers == 0) {
            typeEvents = null;
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject get_type_modified_events() {
        if (typeEvents == null) {
            throw PyErr.runtimeError("no watchers active");
        }
        return typeEvents;
    }

    @ExposedMethod
    static PyObject watch_type(PyObject id, PyObject type) {
        Watchers.watchType(Abstract.asCInt(id), type);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject unwatch_type(PyObject id, PyObject type) {
        Watchers.unwatchType(Abstract.asCInt(id), type);
        return PyNone.NONE;
    }

    // ---- function watchers: two slots, each calling a Python callable ----

    private static final PyObject[] FUNC_CALLABLES = new PyObject[2];
    private static final int[] FUNC_IDS = {-1, -1};

    /**
     * add_func_watcher(func): a watcher calling FUNC(event, function, new_value), new_value
     * None for none. Compare watchers.c: add_func_watcher, call_pyfunc_watcher.
     */
    @ExposedMethod
    static PyObject add_func_watcher(PyObject func) {
        newRunCheck();
        if (!(func instanceof org.pyvm.runtime.PyFunction)) {
            throw PyErr.typeError("'func' must be a function");
        }
        int idx = FUNC_IDS[0] == -1 ? 0 : FUNC_IDS[1] == -1 ? 1 : -1;
        if (idx == -1) {
            throw PyErr.runtimeError("no free test watchers");
        }
        final PyObject callable = func;
        FUNC_IDS[idx] = Watchers.addFuncWatcher((event, f, newValue) -> Abstract.call(callable,
            org.pyvm.runtime.PyInt.of(event), f, newValue == null ? PyNone.NONE : newValue));
        FUNC_CALLABLES[idx] = func;
        return org.pyvm.runtime.PyInt.of(FUNC_IDS[idx]);
    }

    @ExposedMethod
    static PyObject clear_func_watcher(PyObject id) {
        long wid = Abstract.index(id).longValue();
        if (wid < Integer.MIN_VALUE || wid > Integer.MAX_VALUE) {
            throw PyErr.valueError("invalid watcher ID");
        }
        Watchers.clearFuncWatcher((int) wid);
        for (int i = 0; i < FUNC_IDS.length; i++) {
            if (FUNC_IDS[i] == wid) {
                FUNC_IDS[i] = -1;
                FUNC_CALLABLES[i] = null;
            }
        }
        return PyNone.NONE;
    }

    /** PyFunction_SetDefaults / SetKwDefaults, for the events they send. */
    @ExposedMethod
    static PyObject set_func_defaults_via_capi(PyObject func, PyObject defaults) {
        return MiscFunctions.function_set_defaults(func, defaults);
    }

    @ExposedMethod
    static PyObject set_func_kwdefaults_via_capi(PyObject func, PyObject defaults) {
        return MiscFunctions.function_set_kw_defaults(func, defaults);
    }

    /** Adds one more do-nothing watcher than there are ids, then clears those it got: the RuntimeError. */
    @ExposedMethod
    static PyObject allocate_too_many_func_watchers() {
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        RuntimeException failure = null;
        for (int i = 0; i < Watchers.MAX + 1; i++) {
            try {
                ids.add(Watchers.addFuncWatcher((event, f, v) -> { }));
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        for (int id : ids) {
            Watchers.clearFuncWatcher(id);
        }
        if (failure != null) {
            throw failure;
        }
        return PyNone.NONE;
    }

    // ---- code watchers: two counting slots and one raising ----

    private static final int[] CODE_IDS = {-1, -1};
    private static final int[] CODE_CREATED = new int[2];
    private static final int[] CODE_DESTROYED = new int[2];

    private static Watchers.CodeCallback counting(int which) {
        return (event, code) -> {
            if (event == Watchers.CODE_CREATE) {
                CODE_CREATED[which]++;
            } else {
                CODE_DESTROYED[which]++;
            }
        };
    }

    /** add_code_watcher(which): 0 and 1 count events, 2 raises RuntimeError("boom!"). Compare watchers.c. */
    @ExposedMethod
    static PyObject add_code_watcher(PyObject which) {
        newRunCheck();
        long w = Abstract.index(which).longValue();
        int id;
        if (w == 0 || w == 1) {
            int i = (int) w;
            id = Watchers.addCodeWatcher(counting(i));
            CODE_IDS[i] = id;
            CODE_CREATED[i] = 0;
            CODE_DESTROYED[i] = 0;
        } else if (w == 2) {
            id = Watchers.addCodeWatcher((event, code) -> {
                throw boom();
            });
        } else {
            throw PyErr.valueError("invalid watcher " + w);
        }
        return org.pyvm.runtime.PyInt.of(id);
    }

    @ExposedMethod
    static PyObject clear_code_watcher(PyObject id) {
        int wid = Abstract.asCInt(id);
        Watchers.clearCodeWatcher(wid);
        for (int i = 0; i < CODE_IDS.length; i++) {
            if (wid == CODE_IDS[i]) {
                CODE_IDS[i] = -1;
                CODE_CREATED[i] = 0;
                CODE_DESTROYED[i] = 0;
            }
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject get_code_watcher_num_created_events(PyObject which) {
        return org.pyvm.runtime.PyInt.of(CODE_CREATED[Abstract.asCInt(which)]);
    }

    @ExposedMethod
    static PyObject get_code_watcher_num_destroyed_events(PyObject which) {
        return org.pyvm.runtime.PyInt.of(CODE_DESTROYED[Abstract.asCInt(which)]);
    }

    @ExposedMethod
    static PyObject allocate_too_many_code_watchers() {
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        RuntimeException failure = null;
        for (int i = 0; i < Watchers.MAX + 1; i++) {
            try {
                ids.add(Watchers.addCodeWatcher((event, code) -> { }));
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        for (int id : ids) {
            Watchers.clearCodeWatcher(id);
        }
        if (failure != null) {
            throw failure;
        }
        return PyNone.NONE;
    }

    /**
     * code_newempty(filename, funcname, firstlineno): PyCode_NewEmpty, a code object whose
     * bytecode raises AssertionError (RESUME, LOAD_ASSERTION_ERROR, RAISE_VARARGS 1), with no
     * names, constants or locations. Compare Objects/codeobject.c: PyCode_NewEmpty.
     */
    @ExposedMethod
    static PyObject code_newempty(PyObject[] args, String[] kw) {
        java.util.List<PyObject> a = GetArgs.parseTuple(args, "ssi:code_newempty");
        String filename = new String(((org.pyvm.runtime.PyBytes) a.get(0)).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        PyStr funcname = PyStr.of(new String(((org.pyvm.runtime.PyBytes) a.get(1)).bytes(),
            java.nio.charset.StandardCharsets.UTF_8));
        PyObject os = Abstract.call(org.pyvm.runtime.PyRuntime.builtins.getStr("__import__"), PyStr.of("os"));
        PyObject fsname = Abstract.call(Abstract.getAttr(os, "fsdecode"), PyStr.of(filename));
        byte[] assert0 = {(byte) 151, 0, 74, 0, (byte) 130, 1};
        org.pyvm.runtime.PyTuple empty = org.pyvm.runtime.PyTuple.EMPTY;
        org.pyvm.runtime.PyBytes none = new org.pyvm.runtime.PyBytes(new byte[0]);
        org.pyvm.runtime.PyInt zero = org.pyvm.runtime.PyInt.of(0);
        PyObject codeType = org.pyvm.runtime.PyCode.TYPE;
        return Abstract.call(codeType, zero, zero, zero, zero, org.pyvm.runtime.PyInt.of(1), zero,
            new org.pyvm.runtime.PyBytes(assert0), empty, empty, empty, fsname, funcname, funcname, a.get(2), none,
            none, empty, empty);
    }
}
