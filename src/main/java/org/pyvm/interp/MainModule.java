package org.pyvm.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * {@code -m MODULE}: finds the module (a package runs its {@code __main__} submodule)
 * and fills the {@code __main__} module's dict as runpy does, without runpy. Compare
 * CPython Lib/runpy.py: _run_module_as_main, _get_module_details, _run_code.
 */
public final class MainModule {

    private MainModule() {}

    /** A module -m cannot run, with runpy's message (printed as "EXECUTABLE: message", status 1). */
    public static final class NotRunnable extends RuntimeException {
        NotRunnable(String message) {
            super(message, null, false, false);
        }
    }

    /** What -m runs: the code and the file it came from (sys.argv[0]). */
    public record Prepared(PyCode code, String origin) {}

    /** Finds NAME, sets MAIN's __file__, __cached__, __loader__, __package__ and __spec__, and returns its code. */
    public static Prepared prepare(String name, PyModule main) {
        if (name.startsWith(".")) {
            throw new NotRunnable("Relative module names not supported");
        }
        Object[] found = details(name);
        String realName = (String) found[0];
        SourceModules.Found f = (SourceModules.Found) found[1];
        PyCode code = (PyCode) found[2];
        PyModule spec = Imports.newModule(realName, f);
        PyDict from = spec.getDict();
        PyDict d = main.getDict();
        d.setStr("__file__", from.getStr("__file__"));
        d.setStr("__cached__", from.getStr("__cached__"));
        d.setStr("__doc__", PyNone.NONE);
        d.setStr("__loader__", from.getStr("__loader__"));
        d.setStr("__package__", from.getStr("__package__"));
        d.setStr("__spec__", from.getStr("__spec__"));
        return new Prepared(code, f.file().toString());
    }

    /**
     * __main__'s loader before a program file replaces it: the loader of builtin modules
     * (CPython: BuiltinImporter; pylifecycle.c: add_main_module).
     */
    public static PyObject builtinLoader() {
        return ImportSupport.MetaPathFinder.INSTANCE;
    }

    /** The loader of a program file PATH: SourceFileLoader, or SourcelessFileLoader for a .pyc (pythonrun.c: set_main_loader). */
    public static PyObject fileLoader(boolean sourceless, String path) {
        return ImportSupport.fileLoader(sourceless, "__main__", path);
    }

    // Compare runpy.py: _get_module_details
    private static Object[] details(String name) {
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        if (!pkg.isEmpty()) {
            try {
                Imports.importModule(pkg);
            } catch (PyBaseException e) {
                PyObject en = e.matches(PyExc.ImportError) ? e.getDict().getStr("name") : null;
                if (!e.matches(PyExc.ImportError) || !(en instanceof PyStr)
                    || (!en.toString().equals(pkg) && !pkg.startsWith(en + "."))) {
                    throw e;
                }
            }
        }
        SourceModules.Found f = findSpec(name, pkg);
        if (f == null) {
            throw new NotRunnable("No module named " + name);
        }
        if (f.pkgDir() != null || f.kind() == SourceModules.Kind.NAMESPACE) {
            if (name.equals("__main__") || name.endsWith(".__main__")) {
                throw new NotRunnable("Cannot use package as __main__ module");
            }
            try {
                return details(name + ".__main__");
            } catch (NotRunnable e) {
                if (PyRuntime.modules.getStr(name) == null) {
                    throw e;
                }
                throw new NotRunnable(e.getMessage() + "; '" + name + "' is a package and cannot be directly executed");
            }
        }
        return new Object[] {name, f, Imports.code(name, f)};
    }

    // Compare importlib/util.py: find_spec (the file-system finders only)
    private static SourceModules.Found findSpec(String name, String pkg) {
        List<String> dirs = new ArrayList<>();
        if (!pkg.isEmpty()) {
            PyObject parent;
            try {
                parent = Imports.importModule(pkg);
            } catch (PyBaseException e) {
                throw new NotRunnable("Error while finding module specification for '" + name + "' ("
                    + e.type().getName() + ": " + Abstract.str(e) + ")");
            }
            PyObject path = Abstract.lookupAttr(parent, "__path__");
            if (path == null) {
                throw new NotRunnable("Error while finding module specification for '" + name
                    + "' (ModuleNotFoundError: __path__ attribute not found on '" + pkg + "' while trying to find '"
                    + name + "')");
            }
            for (PyObject p : Abstract.iterable(path)) {
                dirs.add(p.toString());
            }
            return SourceModules.find(name.substring(pkg.length() + 1), dirs);
        }
        if (PyRuntime.BUILTIN_MODULES.containsKey(name)) {
            throw new NotRunnable("No code object available for " + name);
        }
        PyObject path = PyRuntime.builtinModule("sys").getDict().getStr("path");
        if (path instanceof PyList l) {
            for (PyObject p : l.toArray()) {
                dirs.add(p.toString());
            }
        }
        return SourceModules.find(name, dirs);
    }
}
