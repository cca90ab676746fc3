package org.pyvm.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The frozen modules of _imp, as CPython 3.12's table names them (Python/frozen.c: the
 * bootstrap, stdlib and test sections; Tools/build/freeze_modules.py gives each its
 * "origname" and whether it is a package). CPython compiles them into the executable; pyvm
 * has no such copies, so a frozen module's code is compiled from its source in the
 * standard library when asked for (filename "&lt;frozen ORIGNAME&gt;", as CPython's).
 *
 * <p>pyvm behaves as CPython run with {@code -X frozen_modules=off}: importing uses the
 * source files and nothing is reported frozen, unless
 * {@code _imp._override_frozen_modules_for_tests(1)} turns frozen modules on (what
 * test.support.import_helper.frozen_modules() does). Said honestly: CPython always finds its
 * bootstrap section (importlib._bootstrap, _bootstrap_external, zipimport); pyvm loads those
 * from Lib/ and finds them frozen only under the override as well. __hello_only__ (frozen
 * from Tools/freeze/flag.py, which an installed Python does not have) is found but its code
 * cannot be made: ImportError. Compare CPython Python/import.c: find_frozen, look_up_frozen,
 * use_frozen, _imp_find_frozen_impl, _imp_get_frozen_object_impl.
 */
public final class FrozenModules {

    private FrozenModules() {}

    /** One table entry: its origname (null: none) and whether it is a package. */
    private record Frozen(String origname, boolean ispkg) {}

    private static final Map<String, Frozen> TABLE = new LinkedHashMap<>();

    private static void add(String name, String origname, boolean ispkg) {
        TABLE.put(name, new Frozen(origname, ispkg));
    }

    static {
        add("_frozen_importlib", "importlib._bootstrap", false);
        add("_frozen_importlib_external", "importlib._bootstrap_external", false);
        add("zipimport", "zipimport", false);
        for (String n : new String[] {"abc", "codecs", "io", "_collections_abc", "_sitebuiltins", "genericpath",
            "ntpath", "posixpath"}) {
            add(n, n, false);
        }
        add("os.path", "posixpath", false);
        for (String n : new String[] {"os", "site", "stat", "importlib.util", "importlib.machinery", "runpy",
            "__hello__"}) {
            add(n, n, false);
        }
        add("__hello_alias__", "__hello__", false);
        add("__phello_alias__", "__hello__", true);
        add("__phello_alias__.spam", "__hello__", false);
        add("__phello__", "__phello__", true);
        add("__phello__.__init__", "<__phello__", false);
        add("__phello__.ham", "__phello__.ham", true);
        add("__phello__.ham.__init__", "<__phello__.ham", false);
        add("__phello__.ham.eggs", "__phello__.ham.eggs", false);
        add("__phello__.spam", "__phello__.spam", false);
        add("__hello_only__", null, false);
    }

    /** _override_frozen_modules_for_tests: 1 on, -1 off, 0 as configured (off for pyvm). */
    static int override;

    static void reset() {
        override = 0;
        PyRuntime.frozenInUse = FrozenModules::inUse;
    }

    /** Whether NAME is a frozen module in use now (the import statement then asks importlib's FrozenImporter). */
    public static boolean inUse(String name) {
        return override > 0 && TABLE.containsKey(name);
    }

    /** The entry for NAME when frozen modules are in use, else null. */
    private static Frozen lookUp(PyObject name) {
        String n = Abstract.strArg(name, "find_frozen");
        return override > 0 ? TABLE.get(n) : null;
    }

    private static PyBaseException noFrozen(PyObject name) {
        PyBaseException e = PyErr.of(PyExc.ImportError, "No such frozen object named " + Abstract.repr(name));
        e.getDict().setStr("name", name);
        e.getDict().setStr("path", PyNone.NONE);
        return e;
    }

    static PyObject namesList() {
        PyList l = new PyList();
        for (String n : TABLE.keySet()) {
            l.append(PyStr.of(n));
        }
        return l;
    }

    static boolean isFrozen(PyObject name) {
        return lookUp(name) != null;
    }

    static PyObject isFrozenPackage(PyObject name) {
        Frozen f = lookUp(name);
        if (f == null) {
            throw noFrozen(name);
        }
        return PyBool.of(f.ispkg);
    }

    /** find_frozen(name, *, withdata=False): (data or None, ispkg, origname), or None. */
    static PyObject find(PyObject name, boolean withdata) {
        Frozen f = lookUp(name);
        if (f == null) {
            return PyNone.NONE;
        }
        PyObject data = PyNone.NONE;
        if (withdata) {
            PyObject code = compile(name, f);
            PyObject bytes = Abstract.call(Abstract.getAttr(PyRuntime.builtinModule("marshal"), "dumps"), code);
            data = Abstract.call(builtin("memoryview"), bytes);
        }
        return PyTuple.of(data, PyBool.of(f.ispkg), f.origname == null ? PyNone.NONE : PyStr.of(f.origname));
    }

    /** get_frozen_object(name, data=None): unmarshals DATA, or compiles the module's source. */
    static PyObject getObject(PyObject name, PyObject data) {
        if (data != null && data != PyNone.NONE) {
            // Data that is not a marshalled code object is "invalid" (import.c: unmarshal_frozen_code).
            PyObject code;
            try {
                code = Abstract.call(Abstract.getAttr(PyRuntime.builtinModule("marshal"), "loads"), data);
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.Exception)) {
                    throw e;
                }
                code = null;
            }
            if (code != null && !(code instanceof org.pyvm.runtime.PyCode)) {
                throw PyErr.typeError("frozen object " + Abstract.repr(name) + " is not a code object");
            }
            if (code == null) {
                PyBaseException e = PyErr.of(PyExc.ImportError, "Frozen object named " + Abstract.repr(name)
                    + " is invalid");
                e.getDict().setStr("name", name);
                e.getDict().setStr("path", PyNone.NONE);
                throw e;
            }
            return code;
        }
        Frozen f = lookUp(name);
        if (f == null) {
            throw noFrozen(name);
        }
        return compile(name, f);
    }

    private static PyObject builtin(String n) {
        return Abstract.getAttr(PyRuntime.modules.getStr("builtins"), n);
    }

    /** The code of entry F: its source in the standard library compiled as "<frozen ORIGNAME>". */
    private static PyObject compile(PyObject name, Frozen f) {
        if (f.origname == null) {
            PyBaseException e = noFrozen(name);
            e.getDict().setStr("msg", PyStr.of("pyvm: the frozen module " + Abstract.repr(name)
                + " has no source in the standard library"));
            throw e;
        }
        PyObject sys = PyRuntime.modules.getStr("sys");
        PyObject dir = sys == null ? null : Abstract.lookupAttr(sys, "_stdlib_dir");
        if (dir == null || dir == PyNone.NONE) {
            throw noFrozen(name);
        }
        boolean pkgInit = f.origname.startsWith("<");
        String mod = pkgInit ? f.origname.substring(1) : f.origname;
        Path base = Path.of(dir.toString()).resolve(mod.replace('.', '/'));
        Path file = pkgInit || Files.isRegularFile(base.resolve("__init__.py")) ? base.resolve("__init__.py")
            : base.resolveSibling(base.getFileName() + ".py");
        byte[] src;
        try {
            src = Files.readAllBytes(file);
        } catch (IOException e) {
            throw noFrozen(name);
        }
        return Abstract.call(builtin("compile"), new org.pyvm.runtime.PyBytes(src), PyStr.of("<frozen " + mod + ">"),
            PyStr.of("exec"));
    }
}
