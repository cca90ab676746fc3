package org.pyvm.interp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * {@code _frozen_importlib} and {@code _frozen_importlib_external}: in CPython the frozen
 * copies of importlib/_bootstrap.py and _bootstrap_external.py that run its import system.
 * pyvm's import statement is its own (Imports), but modules such as zipimport import these
 * names, and importlib itself prefers them to fresh copies of its own files. So each is made
 * on first import from the standard library's own file, run as a module of that name and set
 * up as CPython's start-up does (_bootstrap._setup(sys, _imp); _bootstrap_external's
 * _set_bootstrap_module), without installing its finders: importlib then renames and adopts
 * them (importlib/__init__.py). Compare CPython Python/pylifecycle.c: init_importlib,
 * Python/import.c: _PyImport_InitExternal.
 */
final class FrozenImportlib {

    private FrozenImportlib() {}

    static final String BOOTSTRAP = "_frozen_importlib";
    static final String EXTERNAL = "_frozen_importlib_external";

    /** Registers the two names as modules made on first import. */
    static void register() {
        PyRuntime.BUILTIN_MODULES.put(BOOTSTRAP, () -> load(BOOTSTRAP, "_bootstrap.py"));
        PyRuntime.BUILTIN_MODULES.put(EXTERNAL, () -> load(EXTERNAL, "_bootstrap_external.py"));
    }

    /** The standard library's importlib/FILE: in sys._stdlib_dir (they are frozen in CPython), else on sys.path. */
    private static Path source(String name, String file) {
        java.util.List<String> dirs = new java.util.ArrayList<>();
        String stdlib = Imports.stdlibDir();
        if (stdlib != null) {
            dirs.add(stdlib);
        }
        dirs.addAll(Imports.sysPathDirs());
        for (String dir : dirs) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "importlib", file);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw PyErr.of(PyExc.ModuleNotFoundError, "No module named '" + name + "'");
    }

    private static PyModule load(String name, String file) {
        Path src = source(name, file);
        PyModule bootstrap = name.equals(EXTERNAL) ? PyRuntime.builtinModule(BOOTSTRAP) : null;
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setStr("__builtins__", PyRuntime.builtins);
        // In sys.modules while it runs and sets up: _setup looks itself up there.
        PyRuntime.modules.setStr(name, m);
        try {
            PyCode code = new PyCode(SourceModules.sourceCode(name, src));
            Interpreter.execute(new Frame(code, d, PyRuntime.builtins, d, null));
            if (bootstrap == null) {
                Abstract.call(d.getStr("_setup"), PyRuntime.builtinModule("sys"), PyRuntime.builtinModule("_imp"));
            } else {
                Abstract.call(d.getStr("_set_bootstrap_module"), bootstrap);
                bootstrap.getDict().setStr("_bootstrap_external", m);
            }
        } catch (PyBaseException e) {
            PyRuntime.modules.delItem(PyStr.of(name));
            throw e;
        }
        return m;
    }
}
