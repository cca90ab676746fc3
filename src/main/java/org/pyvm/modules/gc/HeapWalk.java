package org.pyvm.modules.gc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Consumer;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBoundMethod;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyClassMethod;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyGenerator;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyProperty;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStaticMethod;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTraceback;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * gc.get_referrers over the JVM: CPython walks its list of GC-tracked objects and asks each
 * one's tp_traverse whether it refers to a target (gcmodule.c: gc_referrers_for). The JVM
 * keeps no such list, so pyvm walks the Python objects reachable from sys.modules and the
 * threads' frames through the references Python code can see (container items, __dict__,
 * the type, a function's code/globals/defaults/closure, a code's constants, a frame's locals,
 * ...), and keeps those that refer to a target. An object that only Java-side state holds
 * (an inline cache, a C-level helper's fields) is not found.
 */
final class HeapWalk {

    private HeapWalk() {}

    /** The objects reachable from the roots that refer directly to one of TARGETS, in walk order. */
    static PyList referrers(PyObject[] targets) {
        IdentityHashMap<PyObject, Boolean> wanted = new IdentityHashMap<>();
        for (PyObject t : targets) {
            wanted.put(t, Boolean.TRUE);
        }
        return walk(wanted);
    }

    /** The tracked objects reachable from the roots (gc.get_objects), in walk order. */
    static PyList objects() {
        return walk(null);
    }

    /** Walks from the roots; keeps the tracked objects referring to one of WANTED, or all of them when it is null. */
    private static PyList walk(IdentityHashMap<PyObject, Boolean> wanted) {
        PyList out = new PyList();
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<PyObject> todo = new ArrayDeque<>();
        Consumer<PyObject> push = o -> {
            if (o != null && seen.put(o, Boolean.TRUE) == null) {
                todo.add(o);
            }
        };
        push.accept(PyRuntime.modules);
        for (PyFrame f : CodeRunner.get().threadFrames().values()) {
            push.accept(f);
        }
        List<PyObject> refs = new ArrayList<>();
        while (!todo.isEmpty()) {
            PyObject o = todo.poll();
            refs.clear();
            if (wanted == null && GcModule.is_tracked(o)) {
                out.append(o);
            }
            try {
                referents(o, refs::add);
            } catch (org.pyvm.runtime.PyBaseException e) {
                continue; // an object whose attributes cannot be read refers to nothing we can see
            }
            boolean hit = false;
            for (PyObject r : refs) {
                if (r == null) {
                    continue;
                }
                if (!hit && wanted != null && wanted.containsKey(r) && GcModule.is_tracked(o)) {
                    hit = true;
                }
                push.accept(r);
            }
            if (hit) {
                out.append(o);
            }
        }
        return out;
    }

    /** The objects O refers to, as its tp_traverse would visit them (where pyvm can see them). */
    static void referents(PyObject o, Consumer<PyObject> v) {
        if (o instanceof PyList || o instanceof PyTuple) {
            for (PyObject x : Abstract.toArray(o)) {
                v.accept(x);
            }
        } else if (o instanceof PySet) {
            for (PyObject x : Abstract.iterable(o)) {
                v.accept(x);
            }
        } else if (o instanceof PyDict d) {
            // dict_traverse: the keys too unless they are all exact str.
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                v.accept(d.valueAt(i));
                PyObject k = d.keyAt(i);
                if (k.getClass() != PyStr.class) {
                    v.accept(k);
                }
            }
        }
        if (o instanceof PyType t) {
            v.accept(t.getDict());
            for (PyType b : t.getBases()) {
                v.accept(b);
            }
            for (PyType b : t.getMro()) {
                v.accept(b);
            }
        } else if (o instanceof PyFunction f) {
            v.accept(f.code);
            v.accept(f.globals);
            v.accept(f.module);
            v.accept(f.annotations);
            v.accept(f.kwdefaults);
            if (f.defaults != null) {
                for (PyObject x : f.defaults) {
                    v.accept(x);
                }
            }
            if (f.closure != null) {
                // CPython's function holds its closure as a tuple of cells (func_closure)
                v.accept(PyTuple.of((PyObject[]) f.closure.clone()));
            }
        } else if (o instanceof PyCode c) {
            for (PyObject x : c.consts) {
                v.accept(x);
            }
        } else if (o instanceof PyCell c) {
            v.accept(c.value);
        } else if (o instanceof PyBoundMethod m) {
            v.accept(m.func);
            v.accept(m.self);
        } else if (o instanceof PyFrame f) {
            v.accept(f.code());
            v.accept(f.globals());
            v.accept(f.back());
            PyObject locals = f.locals();
            if (locals instanceof PyDict d && d != f.globals()) {
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    v.accept(d.valueAt(i));
                }
            } else {
                v.accept(locals);
            }
        } else if (o instanceof PyTraceback tb) {
            v.accept(tb.frame);
            v.accept(tb.next);
        } else if (o instanceof PyBaseException e) {
            v.accept(e.args);
            v.accept(e.cause);
            v.accept(e.context);
            v.accept(e.traceback);
        } else if (o instanceof PyClassMethod || o instanceof PyStaticMethod) {
            v.accept(Abstract.lookupAttr(o, "__func__"));
        } else if (o instanceof PyProperty) {
            v.accept(Abstract.lookupAttr(o, "fget"));
            v.accept(Abstract.lookupAttr(o, "fset"));
            v.accept(Abstract.lookupAttr(o, "fdel"));
        } else if (o instanceof PyGenerator) {
            v.accept(Abstract.lookupAttr(o, "gi_frame"));
        }
        if (o instanceof HasDict h && !(o instanceof PyType)) {
            v.accept(h.getDict());
        }
        if (!(o instanceof PyType) && o.type().isHeapType()) {
            v.accept(o.type()); // subtype_traverse visits a heap type's instances' type
        }
    }
}
