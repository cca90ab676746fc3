package org.pyvm.modules.ctypes;

import java.io.File;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * _ctypes_test for CPython's test_ctypes, which only reads its __file__ to load it with
 * CDLL: the module's __file__ names the C library of the CPython installation whose
 * standard library pyvm uses (lib-dynload/_ctypes_test*.so), and nothing of it runs as an
 * extension module. That library refers to a data symbol of the C API (_Py_NoneStruct,
 * used only by its extension-module functions, which ctypes never calls), so loading it
 * needs the installation's libpython mapped for symbol resolution first; it is mapped,
 * never initialized and never called. Without either library the import fails as
 * CPython's does without the module.
 */
public final class CtypesTestModule {

    private CtypesTestModule() {}

    public static PyModule create() {
        String lib = null;
        String libpython = null;
        try {
            PyObject sys = PyRuntime.modules.getStr("sys");
            String stdlib = Abstract.getAttr(sys, "_stdlib_dir").toString();
            File[] dyn = new File(stdlib, "lib-dynload").listFiles((d, n) -> n.startsWith("_ctypes_test.")
                && n.endsWith(".so"));
            if (dyn != null && dyn.length > 0) {
                lib = dyn[0].getPath();
            }
            String prefix = Abstract.getAttr(sys, "base_prefix").toString();
            for (String n : new String[] {"libpython3.12.so.1.0", "libpython3.12.so"}) {
                File f = new File(prefix + "/lib", n);
                if (f.exists()) {
                    libpython = f.getPath();
                    break;
                }
            }
        } catch (PyBaseException e) {
            lib = null;
        }
        long h = lib == null || libpython == null || Native.LOAD_ERROR != null ? 0
            : Native.dlopen(libpython, CtypesModule.RTLD_GLOBAL | 1);
        if (h != 0 && Native.libpythonBase == 0) {
            long sym = Native.dlsym(h, "Py_IsInitialized");
            Native.libpythonBase = sym == 0 ? 0 : Native.libraryBase(sym);
            if (Native.libpythonBase == 0) {
                h = 0;
            }
        }
        if (h == 0) {
            PyBaseException e = PyErr.of(PyExc.ModuleNotFoundError, PyStr.of("No module named '_ctypes_test'"));
            Abstract.setAttr(e, "name", PyStr.of("_ctypes_test"));
            throw e;
        }
        PyModule m = new PyModule("_ctypes_test");
        m.getDict().setStr("__file__", PyStr.of(lib));
        return m;
    }
}
