package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Unraisable;

/**
 * Python callables called from C: a thunk holds the callable, the argument converters and
 * the result type, and an upcall stub (made by the JDK's linker for the C signature) whose
 * address C calls. The stub lives as long as the thunk, which the function pointer object
 * keeps in its _objects. Nothing escapes a callback: an exception is reported to
 * sys.unraisablehook and C gets a zero result. Compare CPython 3.12 callbacks.c:
 * _ctypes_alloc_callback, _CallPythonObject, closure_fcn, CThunkObject.
 */
final class Callbacks {

    private Callbacks() {}

    private static final MethodHandle DISPATCH;
    /** What callbacks' results needed kept alive (CPython leaks these too). */
    private static final java.util.List<PyObject> LEAKED = new java.util.ArrayList<>();

    static {
        try {
            DISPATCH = MethodHandles.lookup().findStatic(Callbacks.class, "dispatch",
                MethodType.methodType(Object.class, Thunk.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A callback's data and its upcall stub. Compare callbacks.c: CThunkObject. */
    static final class Thunk implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("_ctypes", "CThunkObject", Thunk.class, Thunk.class))
            .notSubclassable().noInstances();

        PyObject callable;
        PyObject[] converters;
        MemoryLayout[] argLayouts;
        PyObject restype;
        MemoryLayout resLayout;
        Codecs.Codec setfunc;
        int flags;
        MemorySegment stub;

        @Override
        public PyType type() {
            return TYPE;
        }

        long address() {
            return stub.address();
        }
    }

    /** Compare callbacks.c: _ctypes_alloc_callback. */
    static Thunk allocate(PyObject callable, PyObject argtypes, PyObject restype, int flags) {
        PyObject[] cnv = Abstract.toArray(argtypes);
        Thunk t = new Thunk();
        t.flags = flags;
        t.converters = cnv;
        t.argLayouts = new MemoryLayout[cnv.length];
        for (int i = 0; i < cnv.length; i++) {
            StgInfo s = StgInfo.of(cnv[i]);
            MemoryLayout l;
            if (s == null) {
                l = JAVA_INT;
            } else if (s.kind == StgInfo.Kind.SIMPLE || s.kind == StgInfo.Kind.STRUCT || s.kind == StgInfo.Kind.UNION) {
                l = s.layout;
            } else {
                l = JAVA_LONG;
            }
            if (l == null) {
                throw PyErr.notSupported("this argument type in a callback");
            }
            t.argLayouts[i] = l;
        }
        t.restype = restype;
        if (restype == PyNone.NONE) {
            t.resLayout = null;
        } else {
            StgInfo s = StgInfo.of(restype);
            if (s == null || s.codec == null || s.kind != StgInfo.Kind.SIMPLE) {
                throw PyErr.typeError("invalid result type for callback function");
            }
            if (s.layout == null) {
                throw PyErr.notSupported("long double as a callback's result");
            }
            t.setfunc = s.codec;
            t.resLayout = s.layout;
        }
        t.callable = callable;
        FunctionDescriptor fd = t.resLayout == null ? FunctionDescriptor.ofVoid(t.argLayouts)
            : FunctionDescriptor.of(t.resLayout, t.argLayouts);
        try {
            MethodHandle mh = DISPATCH.bindTo(t).asCollector(Object[].class, cnv.length).asType(fd.toMethodType());
            t.stub = Native.LINKER.upcallStub(mh, fd, Arena.ofAuto());
        } catch (IllegalArgumentException e) {
            // The JVM limits a method to 255 parameter slots; C and CPython's ctypes allow 1024.
            throw PyErr.notSupported("a callback with " + cnv.length + " arguments (the JVM allows at most 255 "
                + "parameter slots)");
        }
        return t;
    }

    /** What C's call of the stub runs. Compare callbacks.c: _CallPythonObject. */
    private static Object dispatch(Thunk t, Object[] args) {
        boolean taken = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment res = arena.allocate(16, 16);
            try {
                call(t, args, arena, res);
            } catch (Throwable e) {
                // Never let anything unwind into C.
                try {
                    Unraisable.report(e instanceof PyBaseException pe ? pe : PyErr.systemError(String.valueOf(e)),
                        "Exception ignored on calling ctypes callback function", t.callable);
                } catch (Throwable ignored) {
                    // nothing left to report to
                }
            }
            return t.resLayout == null ? null : CallProc.load(res, (ValueLayout) t.resLayout);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(taken);
        }
    }

    private static void call(Thunk t, Object[] args, Arena arena, MemorySegment res) {
        PyObject[] pyargs = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            PyObject cnv = t.converters[i];
            StgInfo s = StgInfo.of(cnv);
            MemorySegment tmp;
            if (t.argLayouts[i] instanceof GroupLayout) {
                tmp = (MemorySegment) args[i];
            } else {
                tmp = arena.allocate(16, 16);
                CallProc.store(tmp, (ValueLayout) t.argLayouts[i], args[i]);
            }
            try {
                if (s != null && s.codec != null && s.kind == StgInfo.Kind.SIMPLE
                    && !SimpleType.isSimpleInstance((PyType) cnv)) {
                    pyargs[i] = s.codec.get(tmp, 0, (int) s.size);
                } else if (s != null) {
                    PyObject obj = Abstract.call(cnv);
                    if (!(obj instanceof CDataObject c)) {
                        throw PyErr.typeError("unexpected result of create argument " + i);
                    }
                    MemorySegment.copy(tmp, 0, c.mem, 0, Math.min(s.size, tmp.byteSize()));
                    pyargs[i] = obj;
                } else {
                    throw PyErr.typeError("cannot build parameter");
                }
            } catch (PyBaseException e) {
                Unraisable.report(e, "Exception ignored on creating argument " + i + " of ctypes callback function",
                    t.callable);
                return;
            }
        }
        boolean useErrno = (t.flags & CallProc.FUNCFLAG_USE_ERRNO) != 0;
        if (useErrno) {
            int[] space = CallProc.ERRNO.get();
            int c = Native.getErrno();
            Native.setErrno(space[0]);
            space[0] = c;
        }
        PyObject result;
        try {
            result = Abstract.call(t.callable, pyargs);
        } catch (PyBaseException e) {
            Unraisable.report(e, "Exception ignored on calling ctypes callback function", t.callable);
            result = null;
        } finally {
            if (useErrno) {
                int[] space = CallProc.ERRNO.get();
                int c = Native.getErrno();
                Native.setErrno(space[0]);
                space[0] = c;
            }
        }
        if (t.resLayout != null && result != null) {
            try {
                if (t.setfunc.code == 'O') {
                    res.set(JAVA_LONG, 0, Handles.returned(result));
                } else {
                    PyObject keep = t.setfunc.set(res, 0, result, 0);
                    if (keep != PyNone.NONE) {
                        // As in CPython, kept alive for ever: C may hold on to it.
                        synchronized (LEAKED) {
                            LEAKED.add(keep);
                        }
                        Abstract.warn(PyExc.RuntimeWarning, "memory leak in callback function.");
                    }
                }
            } catch (PyBaseException e) {
                Unraisable.report(e, "Exception ignored on converting result of ctypes callback function",
                    t.callable);
            }
        }
    }
}
