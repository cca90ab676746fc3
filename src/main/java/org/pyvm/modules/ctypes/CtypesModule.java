package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/**
 * The _ctypes module: its classes (made by the other classes of this package), dlopen and
 * dlsym, sizeof/alignment/addressof/byref/resize, POINTER/pointer, errno, pickling
 * support, the constants, and the addresses of memmove/memset (libc's) and of string_at,
 * wstring_at and cast (upcall stubs into Java), which ctypes/__init__.py wraps in function
 * pointer types. Made on first import, never at start-up. Compare CPython 3.12
 * _ctypes.c: _ctypes_add_types/_ctypes_mod_exec, callproc.c: module_methods.
 */
public final class CtypesModule {

    private CtypesModule() {}

    static final int RTLD_LOCAL = 0, RTLD_GLOBAL = 256, RTLD_NOW = 2;

    private static PyType argumentError;
    private static PyModule internals;
    private static PyObject unpickle;

    /** The module, or ModuleNotFoundError when the JDK's foreign function interface cannot be used. */
    public static PyModule create() {
        String err;
        try {
            err = Native.LOAD_ERROR;
        } catch (Throwable t) {
            err = "the foreign function binding failed to initialize (" + t + ")";
        }
        if (err != null) {
            PyBaseException e = PyErr.of(PyExc.ModuleNotFoundError, PyStr.of("No module named '_ctypes': " + err));
            Abstract.setAttr(e, "name", PyStr.of("_ctypes"));
            throw e;
        }
        PyModule m = new PyModule("_ctypes");
        m.addFunctions(CtypesModule.class);
        PyDict d = m.getDict();
        d.setStr("__version__", PyStr.of("1.1.0"));
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("ctypes"));
        argumentError = (PyType) Abstract.call(PyType.TYPE, PyStr.of("ArgumentError"), PyTuple.of(PyExc.Exception), ns);
        d.setStr("ArgumentError", argumentError);
        d.setStr("_SimpleCData", SimpleType.SIMPLE);
        d.setStr("Structure", StructType.STRUCTURE);
        d.setStr("Union", StructType.UNION);
        d.setStr("Array", ArrayType.ARRAY);
        d.setStr("_Pointer", PointerType.POINTER);
        d.setStr("CFuncPtr", FuncPtrType.CFUNCPTR);
        PointerType.CACHE = new PyDict();
        d.setStr("_pointer_type_cache", PointerType.CACHE);
        d.setStr("CTYPES_MAX_ARGCOUNT", PyInt.of(CallProc.CTYPES_MAX_ARGCOUNT));
        d.setStr("FUNCFLAG_CDECL", PyInt.of(CallProc.FUNCFLAG_CDECL));
        d.setStr("FUNCFLAG_PYTHONAPI", PyInt.of(CallProc.FUNCFLAG_PYTHONAPI));
        d.setStr("FUNCFLAG_USE_ERRNO", PyInt.of(CallProc.FUNCFLAG_USE_ERRNO));
        d.setStr("FUNCFLAG_USE_LASTERROR", PyInt.of(CallProc.FUNCFLAG_USE_LASTERROR));
        d.setStr("RTLD_GLOBAL", PyInt.of(RTLD_GLOBAL));
        d.setStr("RTLD_LOCAL", PyInt.of(RTLD_LOCAL));
        d.setStr("SIZEOF_TIME_T", PyInt.of(8));
        var libc = Native.LINKER.defaultLookup();
        d.setStr("_memmove_addr", PyInt.of(libc.find("memmove").orElseThrow().address()));
        d.setStr("_memset_addr", PyInt.of(libc.find("memset").orElseThrow().address()));
        d.setStr("_string_at_addr", PyInt.of(Internals.STRING_AT.address()));
        d.setStr("_wstring_at_addr", PyInt.of(Internals.WSTRING_AT.address()));
        d.setStr("_cast_addr", PyInt.of(Internals.CAST.address()));
        unpickle = d.getStr("_unpickle");
        return m;
    }

    static PyType argumentError() {
        return argumentError;
    }

    static PyObject unpickleFunction() {
        return unpickle;
    }

    /** The functions installed as from_param of c_char_p, c_wchar_p and c_void_p. */
    static synchronized PyModule internals() {
        if (internals == null) {
            internals = new PyModule("_ctypes");
            internals.addFunctions(FromParam.class);
        }
        return internals;
    }

    /** Compare _ctypes.c: c_char_p_from_param and its siblings. */
    static final class FromParam {
        private FromParam() {}

        @ExposedMethod
        static PyObject c_char_p_from_param(PyObject type, PyObject value) {
            return SimpleType.charPFromParam(type, value);
        }

        @ExposedMethod
        static PyObject c_wchar_p_from_param(PyObject type, PyObject value) {
            return SimpleType.wcharPFromParam(type, value);
        }

        @ExposedMethod
        static PyObject c_void_p_from_param(PyObject type, PyObject value) {
            return SimpleType.voidPFromParam(type, value);
        }
    }

    static boolean callable(PyObject o) {
        return o instanceof org.pyvm.runtime.Callable || o instanceof PyType || o.type().slot(Slot.CALL) != null;
    }

    /**
     * CLS(PREFIX + "TypeName: message") from the exception E being handled. Compare
     * callproc.c: _ctypes_extend_error.
     */
    static PyBaseException extendError(PyBaseException e, PyType cls, String prefix) {
        String s = prefix;
        s += Abstract.getAttr(e.type(), "__name__").toString() + ": ";
        String msg;
        try {
            msg = Abstract.str(e).value();
        } catch (PyBaseException x) {
            msg = "???";
        }
        return PyErr.of(cls, s + msg);
    }

    // ---- module functions

    /** Compare callproc.c: py_dl_open. */
    @ExposedMethod(min = 1)
    static PyObject dlopen(PyObject name, PyObject modeArg) {
        int mode = modeArg == null ? RTLD_NOW | RTLD_LOCAL : Abstract.index(modeArg).intValue();
        mode |= RTLD_NOW;
        String path = null;
        if (name != PyNone.NONE) {
            PyObject n = name;
            if (!(n instanceof PyStr) && !(n instanceof PyBytes)) {
                PyObject fspath = n.type().lookup("__fspath__");
                if (fspath == null) {
                    throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + n.type().getName());
                }
                n = Abstract.callDescr(fspath, n);
            }
            path = n instanceof PyBytes b ? new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                : n.toString();
            if (path.indexOf('/') >= 0 && !path.startsWith("/")) {
                path = org.pyvm.runtime.WorkingDir.get().resolve(path).toString();
            }
        }
        long handle = Native.dlopen(path, mode);
        if (handle == 0) {
            String e = Native.dlerror();
            throw PyErr.of(PyExc.OSError, e != null ? e : "dlopen() error");
        }
        return PyInt.of(handle);
    }

    private static long handle(PyObject o) {
        PyInt i = Abstract.index(o);
        return i.isBig() ? i.bigValue().longValue() : i.longValue();
    }

    /** Compare callproc.c: py_dl_close. */
    @ExposedMethod
    static PyObject dlclose(PyObject h) {
        if (Native.dlclose(handle(h)) != 0) {
            String e = Native.dlerror();
            throw PyErr.of(PyExc.OSError, e != null ? e : "dlclose() error");
        }
        return PyNone.NONE;
    }

    /** Compare callproc.c: py_dl_sym. */
    @ExposedMethod
    static PyObject dlsym(PyObject h, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("dlsym() argument 2 must be str, not " + name.type().getName());
        }
        long p = Native.symbol(handle(h), s.value());
        if (p == 0) {
            String e = Native.dlerror();
            throw PyErr.of(PyExc.OSError, e != null ? e : "symbol not found");
        }
        return PyInt.of(p);
    }

    /** Compare callproc.c: sizeof. */
    @ExposedMethod
    static PyObject sizeof(PyObject obj) {
        StgInfo s = StgInfo.of(obj);
        if (s != null) {
            return PyInt.of(s.size);
        }
        if (obj instanceof CDataObject c) {
            return PyInt.of(c.size);
        }
        throw PyErr.typeError("this type has no size");
    }

    /** Compare callproc.c: align_func. */
    @ExposedMethod
    static PyObject alignment(PyObject obj) {
        StgInfo s = StgInfo.of(obj);
        if (s == null && obj instanceof CDataObject) {
            s = StgInfo.ofInstance(obj);
        }
        if (s != null) {
            return PyInt.of(s.align);
        }
        throw PyErr.typeError("no alignment info");
    }

    /** Compare callproc.c: addressof. */
    @ExposedMethod
    static PyObject addressof(PyObject obj) {
        if (!(obj instanceof CDataObject c)) {
            throw PyErr.typeError("invalid type");
        }
        return PyInt.of(c.address());
    }

    static CArgObject byrefOf(CDataObject obj, long offset) {
        return CArgObject.pointer(obj.address() + offset, obj);
    }

    /** Compare callproc.c: byref. */
    @ExposedMethod(min = 1)
    static PyObject byref(PyObject obj, PyObject offset) {
        if (!(obj instanceof CDataObject c)) {
            throw PyErr.typeError("byref() argument must be a ctypes instance, not '" + obj.type().getName() + "'");
        }
        long off = offset == null ? 0 : Abstract.index(offset).longValue();
        return byrefOf(c, off);
    }

    /** Compare callproc.c: resize. */
    @ExposedMethod
    static PyObject resize(PyObject obj, PyObject sizeArg) {
        StgInfo s = obj instanceof CDataObject ? StgInfo.ofInstance(obj) : null;
        if (s == null) {
            throw PyErr.typeError("excepted ctypes instance");
        }
        CDataObject c = (CDataObject) obj;
        long size = Abstract.index(sizeArg).longValue();
        if (size < s.size) {
            throw PyErr.valueError("minimum size is " + s.size);
        }
        if (!c.needsFree) {
            throw PyErr.valueError("Memory cannot be resized because this object doesn't own it");
        }
        MemorySegment m = Native.allocate(size, Math.max(s.align, 1));
        MemorySegment.copy(c.mem, 0, m, 0, Math.min(c.size, size));
        c.mem = m;
        c.size = size;
        return PyNone.NONE;
    }

    /** Compare callproc.c: POINTER. */
    @ExposedMethod
    static PyObject POINTER(PyObject cls) {
        return PointerType.pointerType(cls);
    }

    /** Compare callproc.c: pointer. */
    @ExposedMethod
    static PyObject pointer(PyObject obj) {
        PyObject typ = PointerType.pointerType(obj.type());
        return Abstract.call(typ, obj);
    }

    @ExposedMethod
    static PyObject get_errno() {
        return PyInt.of(CallProc.ERRNO.get()[0]);
    }

    @ExposedMethod
    static PyObject set_errno(PyObject value) {
        int v = Abstract.index(value).intValue();
        int[] space = CallProc.ERRNO.get();
        int old = space[0];
        space[0] = v;
        return PyInt.of(old);
    }

    /** Compare callproc.c: buffer_info. */
    @ExposedMethod
    static PyObject buffer_info(PyObject arg) {
        StgInfo s = StgInfo.of(arg);
        if (s == null && arg instanceof CDataObject) {
            s = StgInfo.ofInstance(arg);
        }
        if (s == null) {
            throw PyErr.typeError("not a ctypes type or object");
        }
        long[] shape = s.shape == null ? new long[0] : s.shape;
        PyObject[] sh = new PyObject[shape.length];
        for (int i = 0; i < shape.length; i++) {
            sh[i] = PyInt.of(shape[i]);
        }
        return PyTuple.of(s.format == null ? PyNone.NONE : PyStr.of(s.format), PyInt.of(shape.length), PyTuple.of(sh));
    }

    /** Compare callproc.c: unpickle. */
    @ExposedMethod
    static PyObject _unpickle(PyObject typ, PyObject state) {
        if (!(state instanceof PyTuple st)) {
            throw PyErr.typeError("_unpickle() argument 2 must be tuple, not " + state.type().getName());
        }
        PyObject obj = Abstract.call(Abstract.getAttr(typ, "__new__"), typ);
        Abstract.call(Abstract.getAttr(obj, "__setstate__"), st.items());
        return obj;
    }

    /** Compare callproc.c: call_function. */
    @ExposedMethod
    static PyObject call_function(PyObject addr, PyObject args) {
        if (!(args instanceof PyTuple t)) {
            throw PyErr.typeError("call_function() argument 2 must be tuple, not " + args.type().getName());
        }
        return CallProc.callProc(handle(addr), t.items(), 0, null, null, null);
    }

    /** Compare callproc.c: call_cdeclfunction. */
    @ExposedMethod
    static PyObject call_cdeclfunction(PyObject addr, PyObject args) {
        if (!(args instanceof PyTuple t)) {
            throw PyErr.typeError("call_cdeclfunction() argument 2 must be tuple, not " + args.type().getName());
        }
        return CallProc.callProc(handle(addr), t.items(), CallProc.FUNCFLAG_CDECL, null, null, null);
    }

    /** Compare callproc.c: My_PyObj_FromPtr. */
    @ExposedMethod
    static PyObject PyObj_FromPtr(PyObject addr) {
        return Handles.get(handle(addr));
    }

    @ExposedMethod
    static PyObject Py_INCREF(PyObject obj) {
        return obj;
    }

    @ExposedMethod
    static PyObject Py_DECREF(PyObject obj) {
        return obj;
    }

    static PyObject[] noArgs(String fn, PyObject[] args, String[] kw) {
        return Args.exact(fn, args, kw, 0);
    }

    // ---- functions C calls back into: string_at, wstring_at, cast

    /**
     * The C functions _string_at_addr, _wstring_at_addr and _cast_addr point to: upcall
     * stubs, called through PYFUNCTYPE function pointers. An exception they raise is kept
     * for the call to raise when it returns, as PyErr_Occurred after a FUNCFLAG_PYTHONAPI
     * call does. Compare _ctypes.c: string_at, wstring_at, cast, cast_check_pointertype.
     */
    static final class Internals {
        private Internals() {}

        static final MemorySegment STRING_AT = stub("stringAt", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));
        static final MemorySegment WSTRING_AT = stub("wstringAt", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));
        static final MemorySegment CAST = stub("cast", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));

        private static MemorySegment stub(String name, FunctionDescriptor fd) {
            try {
                var h = MethodHandles.lookup().findStatic(Internals.class, name, fd.toMethodType());
                return Native.LINKER.upcallStub(h, fd, Arena.global());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static long fail(Throwable t) {
            CallProc.PENDING.set(t instanceof PyBaseException e ? e : PyErr.systemError(String.valueOf(t)));
            return 0;
        }

        static long stringAt(long ptr, int size) {
            try {
                long n = size == -1 ? Native.strlen(ptr) : size;
                return Handles.returned(new PyBytes(Native.bytesAt(ptr, n)));
            } catch (Throwable t) {
                return fail(t);
            }
        }

        static long wstringAt(long ptr, int size) {
            try {
                long n = size == -1 ? Native.wcslen(ptr) : size;
                return Handles.returned(Codecs.wstringAt(ptr, n));
            } catch (Throwable t) {
                return fail(t);
            }
        }

        static long cast(long ptr, long srcHandle, long ctypeHandle) {
            try {
                PyObject src = Handles.get(srcHandle);
                PyObject ctype = Handles.get(ctypeHandle);
                checkPointerType(ctype);
                PyObject r = Abstract.call(ctype);
                if (!(r instanceof CDataObject result)) {
                    throw PyErr.typeError("cast() result is not a ctypes instance");
                }
                if (src instanceof CDataObject obj) {
                    CDataObject c = obj.container();
                    if (c.objects == PyNone.NONE) {
                        c.objects = new PyDict();
                    }
                    result.objects = c.objects;
                    if (result.objects instanceof PyDict d && d.getClass() == PyDict.class) {
                        d.setItem(PyInt.of(Abstract.id(src)), src);
                    }
                }
                result.mem.set(JAVA_LONG, 0, ptr);
                return Handles.returned(result);
            } catch (Throwable t) {
                return fail(t);
            }
        }

        private static void checkPointerType(PyObject arg) {
            StgInfo s = StgInfo.of(arg);
            if (s != null && (s.kind == StgInfo.Kind.POINTER || s.kind == StgInfo.Kind.FUNCPTR)) {
                return;
            }
            if (s != null && s.proto instanceof PyStr p && "sPzUZXO".indexOf(p.value().charAt(0)) >= 0) {
                return;
            }
            throw PyErr.typeError("cast() argument 2 must be a pointer type, not "
                + (arg instanceof PyType t ? t.getName() : arg.type().getName()));
        }
    }
}
