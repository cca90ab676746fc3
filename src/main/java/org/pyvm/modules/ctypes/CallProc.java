package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CRecursion;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * Calling a C function: each argument converted (by its argtype's from_param, then
 * ConvParam), the call made through a downcall handle for the signature, errno swapped
 * for use_errno functions, the GIL released around it (not for PyDLL functions), and the
 * result turned into a Python value by the restype. Compare CPython 3.12 callproc.c:
 * ConvParam, _ctypes_callproc, _call_function_pointer, GetResult.
 */
final class CallProc {

    private CallProc() {}

    static final int FUNCFLAG_CDECL = 1, FUNCFLAG_PYTHONAPI = 4, FUNCFLAG_USE_ERRNO = 8, FUNCFLAG_USE_LASTERROR = 16;
    static final int CTYPES_MAX_ARGCOUNT = 1024;

    /** An exception a Java function called through a FUNCFLAG_PYTHONAPI pointer left for its caller. */
    static final ThreadLocal<PyBaseException> PENDING = new ThreadLocal<>();

    /** The ctypes errno of each thread (get_errno/set_errno). */
    static final ThreadLocal<int[]> ERRNO = ThreadLocal.withInitial(() -> new int[1]);

    /** OBJ as a call argument. Compare callproc.c: ConvParam. */
    static CArgObject convParam(PyObject obj, int index) {
        if (obj instanceof CArgObject a) {
            return a;
        }
        StgInfo s = obj instanceof CDataObject ? StgInfo.ofInstance(obj) : null;
        if (s != null) {
            return paramOf((CDataObject) obj, s);
        }
        if (obj == PyNone.NONE) {
            return CArgObject.pointer(0, null);
        }
        if (obj instanceof PyInt i) {
            CArgObject a = new CArgObject('i', JAVA_INT);
            a.value.set(JAVA_INT, 0, (int) (i.isBig() ? i.bigValue().longValue() : i.longValue()));
            return a;
        }
        if (obj instanceof PyBytes b) {
            return CArgObject.pointer(Codecs.bytesAddress(b), obj);
        }
        if (obj instanceof PyStr str) {
            NativeBuffer keep = Codecs.wcharBuffer(str);
            return CArgObject.pointer(keep.segment.address(), keep);
        }
        PyObject arg = Abstract.lookupAttr(obj, "_as_parameter_");
        if (arg != null) {
            CRecursion c = enterAsParameter();
            try {
                return convParam(arg, index);
            } finally {
                CRecursion.leave(c);
            }
        }
        throw PyErr.typeError("Don't know how to convert parameter " + index);
    }

    /** A ctypes instance as an argument. Compare the paramfunc of each metaclass in _ctypes.c. */
    static CArgObject paramOf(CDataObject obj, StgInfo s) {
        switch (s.kind) {
            case SIMPLE: {
                char tag = s.codec.code;
                if (s.layout == null) {
                    throw PyErr.notSupported("passing a long double to a C function");
                }
                CArgObject a = new CArgObject(tag, s.layout);
                MemorySegment.copy(obj.mem, 0, a.value, 0, s.size);
                a.obj = obj;
                return a;
            }
            case POINTER, FUNCPTR:
                return CArgObject.pointer(obj.mem.get(JAVA_LONG, 0), obj);
            case ARRAY:
                return CArgObject.pointer(obj.address(), obj);
            default: {
                if (s.layout == null) {
                    throw PyErr.notSupported("passing this structure or union by value (a member the JDK's linker "
                        + "cannot pass)");
                }
                CArgObject a = new CArgObject('V', s.layout);
                a.value = Native.allocate(s.size, Math.max(s.align, 1));
                MemorySegment.copy(obj.mem, 0, a.value, 0, s.size);
                a.obj = obj;
                a.size = s.size;
                return a;
            }
        }
    }

    /** The layout and the Java value the linker passes for A. */
    private static MemoryLayout argLayout(CArgObject a) {
        if (a.layout instanceof GroupLayout) {
            return a.layout;
        }
        ValueLayout v = (ValueLayout) a.layout;
        Class<?> c = v.carrier();
        if (c == byte.class || c == short.class || c == char.class || c == boolean.class) {
            return JAVA_INT;
        }
        return v.withoutName();
    }

    private static Object argValue(CArgObject a) {
        if (a.layout instanceof GroupLayout) {
            return a.value;
        }
        Class<?> c = ((ValueLayout) a.layout).carrier();
        MemorySegment v = a.value;
        boolean signed = a.tag == 'b' || a.tag == 'h' || a.tag == 'c';
        if (c == byte.class) {
            byte b = v.get(JAVA_BYTE, 0);
            return signed ? (int) b : b & 0xFF;
        }
        if (c == short.class || c == char.class) {
            short s = v.get(JAVA_SHORT, 0);
            return signed ? (int) s : s & 0xFFFF;
        }
        if (c == int.class) {
            return v.get(JAVA_INT, 0);
        }
        if (c == long.class) {
            return v.get(JAVA_LONG, 0);
        }
        if (c == float.class) {
            return v.get(JAVA_FLOAT, 0);
        }
        if (c == double.class) {
            return v.get(JAVA_DOUBLE, 0);
        }
        return v.get(JAVA_LONG, 0);
    }

    /** The layout of a function's result; null for void. Compare callproc.c: _ctypes_get_ffi_type. */
    static MemoryLayout resultLayout(PyObject restype) {
        if (restype == PyNone.NONE) {
            return null;
        }
        StgInfo s = restype == null ? null : StgInfo.of(restype);
        if (s == null) {
            return JAVA_INT;
        }
        MemoryLayout l = s.kind == StgInfo.Kind.SIMPLE || s.kind == StgInfo.Kind.STRUCT || s.kind == StgInfo.Kind.UNION
            ? s.layout : JAVA_LONG;
        if (l == null) {
            throw PyErr.notSupported("this result type (" + ((PyType) restype).getName() + ") for a C function");
        }
        return l;
    }

    /** Calls the function at PPROC. Compare callproc.c: _ctypes_callproc. */
    static PyObject callProc(long pProc, PyObject[] args, int flags, PyObject[] converters, PyObject restype,
                             PyObject checker) {
        int argcount = args.length;
        if (argcount > CTYPES_MAX_ARGCOUNT) {
            throw PyErr.of(CtypesModule.argumentError(), "too many arguments (" + argcount + "), maximum is "
                + CTYPES_MAX_ARGCOUNT);
        }
        CArgObject[] cargs = new CArgObject[argcount];
        for (int i = 0; i < argcount; i++) {
            try {
                PyObject a = args[i];
                if (converters != null && i < converters.length) {
                    a = Abstract.call(converters[i], a);
                }
                cargs[i] = convParam(a, i + 1);
            } catch (PyBaseException e) {
                throw CtypesModule.extendError(e, CtypesModule.argumentError(), "argument " + (i + 1) + ": ");
            }
        }
        MemoryLayout rl = resultLayout(restype);
        MemoryLayout[] al = new MemoryLayout[argcount];
        for (int i = 0; i < argcount; i++) {
            al[i] = argLayout(cargs[i]);
        }
        FunctionDescriptor fd = rl == null ? FunctionDescriptor.ofVoid(al) : FunctionDescriptor.of(rl, al);
        boolean useErrno = (flags & FUNCFLAG_USE_ERRNO) != 0;
        MethodHandle h;
        try {
            h = Native.downcall(fd, useErrno);
        } catch (IllegalArgumentException e) {
            throw PyErr.notSupported("this C signature (" + e.getMessage() + ")");
        }
        boolean structResult = rl instanceof GroupLayout;
        try (Arena arena = Arena.ofConfined()) {
            int extra = 1 + (structResult ? 1 : 0) + (useErrno ? 1 : 0);
            Object[] jargs = new Object[argcount + extra];
            int k = 0;
            jargs[k++] = MemorySegment.ofAddress(pProc);
            if (structResult) {
                jargs[k++] = arena;
            }
            MemorySegment state = null;
            if (useErrno) {
                state = arena.allocate(Native.CAPTURE_LAYOUT);
                jargs[k++] = state;
            }
            for (int i = 0; i < argcount; i++) {
                jargs[k++] = argValue(cargs[i]);
            }
            Object result;
            boolean released = (flags & FUNCFLAG_PYTHONAPI) == 0 && org.pyvm.modules.corelib.NativeGil.begin();
            try {
                if (useErrno) {
                    Native.setErrno(ERRNO.get()[0]);
                }
                result = h.invokeWithArguments(jargs);
            } catch (Throwable t) {
                throw Native.fail(t);
            } finally {
                org.pyvm.modules.corelib.NativeGil.end(released);
            }
            if (useErrno) {
                ERRNO.get()[0] = Native.capturedErrno(state);
            }
            if ((flags & FUNCFLAG_PYTHONAPI) != 0) {
                PyBaseException pending = PENDING.get();
                if (pending != null) {
                    PENDING.remove();
                    throw pending;
                }
            }
            java.lang.ref.Reference.reachabilityFence(cargs);
            MemorySegment resbuf;
            if (rl == null) {
                resbuf = null;
            } else if (structResult) {
                resbuf = (MemorySegment) result;
            } else {
                resbuf = arena.allocate(16, 16);
                store(resbuf, (ValueLayout) rl, result);
            }
            return getResult(restype, resbuf, checker);
        }
    }

    /** Writes the Java value V with layout L at the start of SEG. */
    static void store(MemorySegment seg, ValueLayout l, Object v) {
        Class<?> c = l.carrier();
        if (c == byte.class) {
            seg.set(JAVA_BYTE, 0, (Byte) v);
        } else if (c == short.class) {
            seg.set(JAVA_SHORT, 0, (Short) v);
        } else if (c == char.class) {
            seg.set(ValueLayout.JAVA_CHAR, 0, (Character) v);
        } else if (c == int.class) {
            seg.set(JAVA_INT, 0, (Integer) v);
        } else if (c == long.class) {
            seg.set(JAVA_LONG, 0, (Long) v);
        } else if (c == float.class) {
            seg.set(JAVA_FLOAT, 0, (Float) v);
        } else if (c == double.class) {
            seg.set(JAVA_DOUBLE, 0, (Double) v);
        } else if (c == boolean.class) {
            seg.set(JAVA_BYTE, 0, (byte) ((Boolean) v ? 1 : 0));
        } else {
            seg.set(JAVA_LONG, 0, ((MemorySegment) v).address());
        }
    }

    /** Reads the value with layout L at the start of SEG, boxed as the linker wants it. */
    static Object load(MemorySegment seg, ValueLayout l) {
        Class<?> c = l.carrier();
        if (c == byte.class) {
            return seg.get(JAVA_BYTE, 0);
        } else if (c == short.class) {
            return seg.get(JAVA_SHORT, 0);
        } else if (c == char.class) {
            return seg.get(ValueLayout.JAVA_CHAR, 0);
        } else if (c == int.class) {
            return seg.get(JAVA_INT, 0);
        } else if (c == long.class) {
            return seg.get(JAVA_LONG, 0);
        } else if (c == float.class) {
            return seg.get(JAVA_FLOAT, 0);
        } else if (c == double.class) {
            return seg.get(JAVA_DOUBLE, 0);
        } else if (c == boolean.class) {
            return seg.get(JAVA_BYTE, 0) != 0;
        }
        return MemorySegment.ofAddress(seg.get(JAVA_LONG, 0));
    }

    /** The Python result of a call. Compare callproc.c: GetResult. */
    static PyObject getResult(PyObject restype, MemorySegment result, PyObject checker) {
        if (restype == null) {
            return PyInt.of(result.get(JAVA_INT, 0));
        }
        if (restype == PyNone.NONE) {
            return PyNone.NONE;
        }
        StgInfo s = StgInfo.of(restype);
        if (s == null) {
            return Abstract.call(restype, PyInt.of(result.get(JAVA_INT, 0)));
        }
        PyObject retval;
        if (s.codec != null && s.kind == StgInfo.Kind.SIMPLE && !SimpleType.isSimpleInstance((PyType) restype)) {
            retval = s.codec.get(result, 0, (int) s.size);
        } else {
            retval = CDataObject.fromBase((PyType) restype, null, 0, result);
        }
        if (checker == null) {
            return retval;
        }
        return Abstract.call(checker, retval);
    }

    /**
     * One level of following {@code _as_parameter_}: an object that names itself recurses
     * without Python frames, so it is counted against the C recursion limit (RecursionError,
     * worded as CPython's, where the nested call through Python code reports it).
     */
    static CRecursion enterAsParameter() {
        return CRecursion.enter(" while calling a Python object");
    }
}
