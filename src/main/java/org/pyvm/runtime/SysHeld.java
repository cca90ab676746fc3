package org.pyvm.runtime;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What the sys module keeps alive through CPython's teardown. finalize_modules empties
 * sys.modules and the module dicts, and restores the original builtins, so that what they
 * held is finalized while sys.stdout and sys.stderr still work; but whatever is reachable
 * from sys's own dict (a hook set by the program, an attribute stored on sys, and through
 * them a class, its functions and their module's globals) lives until the sys dict is
 * wiped last, when nothing can be printed or reported any more. This walks the references
 * a Python program can make from that dict (containers, instances, functions, bound
 * methods, cells, classes; module objects end the walk, since their dicts are cleared
 * anyway) and gives the finalizers of the tracked instances found. Compare pylifecycle.c:
 * finalize_modules, finalize_modules_delete_special, finalize_clear_sys_builtins_dict.
 */
final class SysHeld {

    private SysHeld() {}

    /**
     * sys entries CPython drops before the modules are cleared (finalize_modules_delete_special,
     * _PyImport_FiniExternal); stdin/stdout/stderr are set back to the original streams.
     */
    private static final Set<String> DROPPED = Set.of("modules", "path", "argv", "ps1", "ps2", "last_exc",
        "last_type", "last_value", "last_traceback", "__interactivehook__", "meta_path", "path_hooks",
        "path_importer_cache", "stdin", "stdout", "stderr");

    /** The finalizers of the tracked instances reachable from the sys module's dict. */
    static Set<Finalization.Trigger> finalizers() {
        Set<Finalization.Trigger> held = Collections.newSetFromMap(new IdentityHashMap<>());
        PyObject sys = PyRuntime.modules.getStr("sys");
        if (!(sys instanceof PyModule m)) {
            return held;
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<PyObject> todo = new ArrayDeque<>();
        PyDict d = m.getDict();
        for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
            PyObject k = d.keyAt(i);
            if (!(k instanceof PyStr s && DROPPED.contains(s.value()))) {
                push(todo, d.valueAt(i));
            }
        }
        seen.add(sys);
        while (!todo.isEmpty()) {
            PyObject o = todo.pop();
            if (o == null || !seen.add(o) || o instanceof PyModule) {
                continue;
            }
            if (o instanceof Finalization.Watched w) {
                held.add(w.trigger());
            }
            if (o instanceof PyDict dict) {
                for (int i = dict.nextEntry(0); i >= 0; i = dict.nextEntry(i + 1)) {
                    push(todo, dict.keyAt(i));
                    push(todo, dict.valueAt(i));
                }
            } else if (o instanceof PyList l) {
                pushAll(todo, l.toArray());
            } else if (o instanceof PyTuple t) {
                pushAll(todo, t.items());
            } else if (o instanceof PySet s) {
                pushAll(todo, s.toArray());
            } else if (o instanceof PyFunction f) {
                push(todo, f.globals);
                if (f.defaults != null) {
                    pushAll(todo, f.defaults);
                }
                push(todo, f.kwdefaults);
                if (f.closure != null) {
                    pushAll(todo, f.closure);
                }
            } else if (o instanceof PyBoundMethod b) {
                push(todo, b.func);
                push(todo, b.self);
            } else if (o instanceof PyCell c) {
                push(todo, c.value);
            } else if (o instanceof PyType t) {
                if (t.isHeapType()) {
                    push(todo, t.getDict());
                    pushAll(todo, t.getMro());
                }
                continue;
            }
            if (o instanceof PyInstance inst) {
                push(todo, inst.slotStorage());
            }
            if (o instanceof HasDict h && !(o instanceof PyType)) {
                push(todo, h.getDict());
            }
            PyType type = o.type();
            if (type.isHeapType()) {
                push(todo, type);
            }
        }
        return held;
    }

    private static void push(ArrayDeque<PyObject> todo, PyObject o) {
        if (o != null) {
            todo.push(o);
        }
    }

    private static void pushAll(ArrayDeque<PyObject> todo, PyObject[] a) {
        for (PyObject o : a) {
            push(todo, o);
        }
    }
}
