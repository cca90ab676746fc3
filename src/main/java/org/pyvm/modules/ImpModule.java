package org.pyvm.modules;

import org.pyvm.bytecode.Pyc;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * The {@code _imp} module: what importlib's Python code asks of the interpreter. pyvm
 * has builtin modules (written in Java), frozen modules only as {@link FrozenModules} says, and no extension modules
 * ({@code extension_suffixes()} is empty: pyvm never loads a {@code .so}). The import
 * lock is a per-interpreter count (one thread runs Python code). Compare CPython
 * Python/import.c: _imp_* functions.
 */
public final class ImpModule {

    private ImpModule() {}

    private static int lockCount;

    public static PyModule create() {
        return create("default");
    }

    /** _imp with check_hash_based_pycs as the command line set it. */
    public static PyModule create(String checkHashBasedPycs) {
        lockCount = 0;
        FrozenModules.reset();
        PyModule m = new PyModule("_imp");
        m.addFunctions(ImpModule.class);
        m.getDict().setStr("check_hash_based_pycs", PyStr.of(checkHashBasedPycs));
        return m;
    }

    /** 1 for a builtin module, -1 for sys and builtins (which cannot be initialized again), else 0. */
    @ExposedMethod
    static long is_builtin(PyObject name) {
        String n = Abstract.strArg(name, "is_builtin");
        if (n.equals("sys") || n.equals("builtins")) {
            return -1;
        }
        return PyRuntime.BUILTIN_MODULES.containsKey(n) ? 1 : 0;
    }

    /** The builtin module SPEC.name, or None when there is none. */
    @ExposedMethod
    static PyObject create_builtin(PyObject spec) {
        PyObject name = Abstract.getAttr(spec, "name");
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("name must be string, not " + name.type().getName());
        }
        PyObject existing = PyRuntime.modules.getStr(s.toString());
        if (existing != null && PyRuntime.BUILTIN_MODULES.containsKey(s.toString())) {
            return existing;
        }
        PyModule m = PyRuntime.builtinModule(s.toString());
        return m == null ? PyNone.NONE : m;
    }

    @ExposedMethod
    static long exec_builtin(PyObject mod) {
        return 0;
    }

    @ExposedMethod
    static PyObject create_dynamic(PyObject spec, PyObject file) {
        throw PyErr.notSupported("extension modules (" + Abstract.str(Abstract.getAttr(spec, "origin"))
            + "): pyvm does not load .so files");
    }

    @ExposedMethod
    static long exec_dynamic(PyObject mod) {
        return 0;
    }

    @ExposedMethod
    static PyObject extension_suffixes() {
        return new PyList(new PyObject[0]);
    }

    /** Whether NAME is a frozen module in use (see {@link FrozenModules}: off unless overridden for tests). */
    @ExposedMethod
    static boolean is_frozen(PyObject name) {
        return FrozenModules.isFrozen(name);
    }

    @ExposedMethod
    static PyObject find_frozen(PyObject[] args, String[] kw) {
        PyObject[] a = org.pyvm.modules.corelib.Args.parse("find_frozen", args, kw, 1, 1, "name", "withdata");
        return FrozenModules.find(a[0], a[1] != null && Abstract.isTrue(a[1]));
    }

    @ExposedMethod
    static PyObject is_frozen_package(PyObject name) {
        return FrozenModules.isFrozenPackage(name);
    }

    @ExposedMethod(min = 1)
    static PyObject get_frozen_object(PyObject name, PyObject data) {
        return FrozenModules.getObject(name, data);
    }

    @ExposedMethod
    static PyObject init_frozen(PyObject name) {
        if (!FrozenModules.isFrozen(name)) {
            return PyNone.NONE;
        }
        throw PyErr.notSupported("_imp.init_frozen (importlib's FrozenImporter loads frozen modules)");
    }

    @ExposedMethod
    static PyObject _frozen_module_names() {
        return FrozenModules.namesList();
    }

    @ExposedMethod
    static void acquire_lock() {
        lockCount++;
    }

    @ExposedMethod
    static void release_lock() {
        if (lockCount == 0) {
            throw PyErr.runtimeError("not holding the import lock");
        }
        lockCount--;
    }

    @ExposedMethod
    static boolean lock_held() {
        return lockCount > 0;
    }

    /**
     * _fix_co_filename(code, path): CODE's co_filename (and its nested code objects') becomes
     * PATH when it differs. Compare import.c: _imp__fix_co_filename_impl, update_compiled_module.
     */
    @ExposedMethod
    static void _fix_co_filename(PyObject code, PyObject path) {
        if (!(code instanceof org.pyvm.runtime.PyCode c)) {
            throw PyErr.typeError("_fix_co_filename() argument 1 must be code, not " + code.type().getName());
        }
        if (!(path instanceof org.pyvm.runtime.PyStr p)) {
            throw PyErr.typeError("_fix_co_filename() argument 2 must be str, not " + path.type().getName());
        }
        if (!c.filename.equals(p.toString())) {
            c.fixFilename(c.filename, p.toString());
        }
    }

    @ExposedMethod
    static PyObject _override_frozen_modules_for_tests(PyObject override) {
        FrozenModules.override = (int) Abstract.index(override).longValue();
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject _override_multi_interp_extensions_check(PyObject override) {
        return PyInt.of(-1);
    }

    /** SipHash-1-3 of SOURCE keyed with KEY (a hash-based pyc's hash). */
    @ExposedMethod(names = {"key", "source"})
    static PyObject source_hash(PyObject key, PyObject source) {
        byte[] data;
        if (source instanceof PyBytes b) {
            data = b.bytes();
        } else if (source instanceof PyByteArray b) {
            data = b.bytes();
        } else {
            throw PyErr.typeError("a bytes-like object is required, not '" + source.type().getName() + "'");
        }
        return new PyBytes(Pyc.keyedHash(Abstract.index(key).longValue(), data));
    }
}
