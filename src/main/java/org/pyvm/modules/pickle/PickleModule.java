package org.pyvm.modules.pickle;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/**
 * The _pickle module: Pickler and Unpickler ({@link PicklerObject}, {@link UnpicklerObject}),
 * dump/dumps/load/loads, PickleBuffer and the three exception classes. pickle.py takes all
 * of these from here when the module exists. Compare CPython Modules/_pickle.c: PyInit__pickle,
 * _Pickle_InitState and the _pickle_dump*_impl/_pickle_load*_impl functions.
 */
public final class PickleModule {

    private PickleModule() {}

    /** The exception classes of the module last made (one interpreter at a time). */
    static PyType pickleError;
    static PyType picklingError;
    static PyType unpicklingError;

    /** The copyreg and _compat_pickle tables, fetched on first use. Compare PickleState. */
    private static State state;

    public static PyModule create() {
        PyModule m = new PyModule("_pickle");
        m.addFunctions(PickleModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Optimized C implementation for the Python pickle module."));
        pickleError = exceptionClass("PickleError", PyExc.Exception);
        picklingError = exceptionClass("PicklingError", pickleError);
        unpicklingError = exceptionClass("UnpicklingError", pickleError);
        d.setStr("PickleError", pickleError);
        d.setStr("PicklingError", picklingError);
        d.setStr("UnpicklingError", unpicklingError);
        d.setStr("Pickler", PicklerObject.TYPE);
        d.setStr("Unpickler", UnpicklerObject.TYPE);
        d.setStr("PickleBuffer", PickleBufferObject.TYPE);
        state = null;
        return m;
    }

    private static PyType exceptionClass(String name, PyType base) {
        return org.pyvm.modules.corelib.Types.newException("_pickle", name, null, base);
    }

    static PyBaseException picklingError(String msg) {
        return PyErr.of(picklingError, msg);
    }

    static PyBaseException unpicklingError(String msg) {
        return PyErr.of(unpicklingError, msg);
    }

    /** Module-level objects _pickle.c keeps in its PickleState. */
    static final class State {
        final PyDict dispatchTable;
        final PyDict extensionRegistry;
        final PyDict invertedRegistry;
        final PyDict extensionCache;
        final PyDict nameMapping2to3;
        final PyDict importMapping2to3;
        final PyDict nameMapping3to2;
        final PyDict importMapping3to2;
        final PyObject codecsEncode;
        final PyObject partial;

        State() {
            PyObject copyreg = importModule("copyreg");
            dispatchTable = dictAttr(copyreg, "copyreg", "dispatch_table");
            extensionRegistry = dictAttr(copyreg, "copyreg", "_extension_registry");
            invertedRegistry = dictAttr(copyreg, "copyreg", "_inverted_registry");
            extensionCache = dictAttr(copyreg, "copyreg", "_extension_cache");
            PyObject compat = importModule("_compat_pickle");
            nameMapping2to3 = dictAttr(compat, "_compat_pickle", "NAME_MAPPING");
            importMapping2to3 = dictAttr(compat, "_compat_pickle", "IMPORT_MAPPING");
            nameMapping3to2 = dictAttr(compat, "_compat_pickle", "REVERSE_NAME_MAPPING");
            importMapping3to2 = dictAttr(compat, "_compat_pickle", "REVERSE_IMPORT_MAPPING");
            codecsEncode = Abstract.getAttr(importModule("codecs"), "encode");
            partial = Abstract.getAttr(importModule("functools"), "partial");
        }

        private static PyDict dictAttr(PyObject module, String modName, String name) {
            PyObject v = Abstract.getAttr(module, name);
            if (v.type() != PyDict.TYPE) {
                throw PyErr.runtimeError(modName + "." + name + " should be a dict, not " + v.type().getName());
            }
            return (PyDict) v;
        }
    }

    static State state() {
        State s = state;
        if (s == null) {
            s = new State();
            state = s;
        }
        return s;
    }

    /** PyImport_Import: __import__(NAME), then the module from sys.modules. */
    static PyObject importModule(String name) {
        return importModule(PyStr.of(name));
    }

    static PyObject importModule(PyObject name) {
        PyObject top = Abstract.call(PyRuntime.builtins.getStr("__import__"), new PyObject[] {name,
            PyNone.NONE, PyNone.NONE, new org.pyvm.runtime.PyList(new PyObject[] {PyStr.of("__doc__")})}, null);
        PyObject m = PyRuntime.modules.get(name);
        if (m == null) {
            // Compare import.c: PyImport_Import falls back on the module __import__ returned.
            return top;
        }
        return m;
    }

    static boolean isCallable(PyObject o) {
        return o instanceof org.pyvm.runtime.Callable || o instanceof PyType || o.type().slot(Slot.CALL) != null;
    }

    /** The bytes of a bytes-like object, or the TypeError PyObject_GetBuffer raises. */
    static byte[] bufferBytes(PyObject o) {
        if (o instanceof PyStr || o == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + (o == null ? "NoneType" : o.type().getName()) + "'");
        }
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        if (o instanceof PyByteArray) {
            // The bytearray's array may be longer than its contents, and may change under us.
            b = java.util.Arrays.copyOf(b, (int) Abstract.len(o));
        }
        return b;
    }

    /** The value of a 'p' (bool) argument: PyObject_IsTrue. */
    static boolean flag(PyObject o, boolean dflt) {
        return o == null ? dflt : Abstract.isTrue(o);
    }

    /** An 's' argument (encoding, errors). */
    static String strArg(String fn, String argName, int pos, PyObject o, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(fn + "() argument '" + argName + "' must be str, not " + o.type().getName());
        }
        return s.value();
    }

    /** dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None). Compare _pickle_dump_impl. */
    @ExposedMethod
    static PyObject dump(PyObject[] args, String[] kw) {
        int npos = args.length - Args.nkw(kw);
        if (npos > 3) {
            throw PyErr.typeError("dump() takes at most 3 positional arguments (" + npos + " given)");
        }
        PyObject[] a = Args.parse("dump", args, kw, 2, 3, "obj", "file", "protocol", "fix_imports", "buffer_callback");
        PicklerObject p = new PicklerObject(PicklerObject.TYPE);
        p.init(a[1], a[2], flag(a[3], true), a[4]);
        p.dumpTo(a[0]);
        return PyNone.NONE;
    }

    /** dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None). Compare _pickle_dumps_impl. */
    @ExposedMethod
    static PyObject dumps(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("dumps", args, kw, 1, 2, "obj", "protocol", "fix_imports", "buffer_callback");
        PicklerObject p = new PicklerObject(PicklerObject.TYPE);
        p.init(null, a[1], flag(a[2], true), a[3]);
        return p.dumpsValue(a[0]);
    }

    /** load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()). Compare _pickle_load_impl. */
    @ExposedMethod
    static PyObject load(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("load", args, kw, 1, 1, "file", "fix_imports", "encoding", "errors", "buffers");
        UnpicklerObject u = new UnpicklerObject(UnpicklerObject.TYPE);
        u.initFile(a[0]);
        u.initOptions(flag(a[1], true), strArg("load", "encoding", 2, a[2], "ASCII"),
            strArg("load", "errors", 3, a[3], "strict"), a[4]);
        return u.loadValue();
    }

    /** loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()). Compare _pickle_loads_impl. */
    @ExposedMethod
    static PyObject loads(PyObject[] args, String[] kw) {
        int npos = args.length - Args.nkw(kw);
        if (npos > 1) {
            throw PyErr.typeError("loads() takes exactly 1 positional argument (" + npos + " given)");
        }
        if (kw != null) {
            for (String k : kw) {
                if (k.equals("data")) {
                    throw PyErr.typeError("loads() got some positional-only arguments passed as keyword arguments: 'data'");
                }
            }
        }
        PyObject[] a = Args.parse("loads", args, kw, 1, 1, "data", "fix_imports", "encoding", "errors", "buffers");
        UnpicklerObject u = new UnpicklerObject(UnpicklerObject.TYPE);
        u.initBytes(bufferBytes(a[0]));
        u.initOptions(flag(a[1], true), strArg("loads", "encoding", 2, a[2], "ASCII"),
            strArg("loads", "errors", 3, a[3], "strict"), a[4]);
        return u.loadValue();
    }
}
