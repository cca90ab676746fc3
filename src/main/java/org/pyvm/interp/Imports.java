package org.pyvm.interp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The import system, simplified: sys.modules, then the builtin modules written in Java,
 * then compiled modules on sys.path: {@code NAME.pyc} beside the program (CPython's
 * sourceless imports) or {@code __pycache__/NAME.cpython-312.pyc} beside {@code NAME.py}
 * (the source is not compiled: the compiler does not exist yet; the cached file is used
 * without checking its timestamp). Compare CPython Python/import.c and
 * Lib/importlib/_bootstrap.py: _find_and_load, _handle_fromlist.
 */
final class Imports {

    private Imports() {}

    static PyObject importName(Frame f, PyStr name, PyObject fromlist, PyObject level) {
        int lvl = (int) ((PyInt) level).value;
        String n = name.toString();
        if (lvl > 0) {
            n = resolveRelative(f, n, lvl);
        }
        PyModule m = importModule(n);
        boolean hasFrom = fromlist != PyNone.NONE && !(fromlist instanceof PyTuple t && t.size() == 0);
        if (!hasFrom) {
            if (lvl == 0 && n.contains(".")) {
                return PyRuntime.modules.getStr(n.substring(0, n.indexOf('.')));
            }
            return m;
        }
        // from package import submodule: import the submodules named in the fromlist.
        if (m.getDict().getStr("__path__") != null) {
            for (PyObject o : Abstract.iterable(fromlist)) {
                String sub = o.toString();
                if (!sub.equals("*") && m.getDict().getStr(sub) == null) {
                    try {
                        importModule(n + "." + sub);
                    } catch (PyBaseException e) {
                        if (!e.matches(PyExc.ModuleNotFoundError)) {
                            throw e;
                        }
                    }
                }
            }
        }
        return m;
    }

    private static String resolveRelative(Frame f, String name, int level) {
        PyObject pkg = f.globals.getStr("__package__");
        String base;
        if (pkg instanceof PyStr s && !s.toString().isEmpty()) {
            base = s.toString();
        } else {
            PyObject mn = f.globals.getStr("__name__");
            boolean isPkg = f.globals.getStr("__path__") != null;
            base = mn == null ? "" : mn.toString();
            if (!isPkg) {
                base = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : "";
            }
        }
        if (base.isEmpty()) {
            throw PyErr.of(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErr.of(PyExc.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    static PyModule importModule(String name) {
        PyObject m = PyRuntime.modules.getStr(name);
        if (m instanceof PyModule pm) {
            return pm;
        }
        if (m != null && m != PyNone.NONE) {
            return (PyModule) m;
        }
        PyModule b = PyRuntime.builtinModule(name);
        if (b != null) {
            return b;
        }
        java.util.List<Path> dirs = new java.util.ArrayList<>();
        PyModule parent = null;
        String last = name;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            parent = importModule(name.substring(0, dot));
            last = name.substring(dot + 1);
            PyObject path = parent.getDict().getStr("__path__");
            if (path == null) {
                throw notFound(name, "No module named '" + name + "'; '" + parent.getName() + "' is not a package");
            }
            for (PyObject p : Abstract.iterable(path)) {
                dirs.add(Path.of(p.toString()));
            }
        } else {
            PyModule sys = PyRuntime.builtinModule("sys");
            PyObject path = sys == null ? null : sys.getDict().getStr("path");
            if (path instanceof PyList l) {
                for (PyObject p : l.toArray()) {
                    dirs.add(Path.of(p.toString().isEmpty() ? "." : p.toString()));
                }
            }
        }
        for (Path dir : dirs) {
            PyModule loaded = tryLoad(dir, name, last);
            if (loaded != null) {
                if (parent != null) {
                    parent.getDict().setStr(last, loaded);
                }
                return loaded;
            }
        }
        throw notFound(name, "No module named '" + name + "'");
    }

    private static PyBaseException notFound(String name, String msg) {
        PyBaseException e = PyErr.of(PyExc.ModuleNotFoundError, msg);
        e.getDict().setStr("name", PyStr.of(name));
        return e;
    }

    private static final String TAG = ".cpython-312.pyc";

    private static PyModule tryLoad(Path dir, String fullName, String last) {
        Path pkgDir = dir.resolve(last);
        Path pkgInit = pkgDir.resolve("__init__.py");
        if (Files.isRegularFile(pkgInit) || Files.isRegularFile(pkgDir.resolve("__init__.pyc"))) {
            Path pyc = Files.isRegularFile(pkgDir.resolve("__init__.pyc")) ? pkgDir.resolve("__init__.pyc")
                : pkgDir.resolve("__pycache__").resolve("__init__" + TAG);
            return run(fullName, pyc, pkgInit, pkgDir);
        }
        Path source = dir.resolve(last + ".py");
        Path sourceless = dir.resolve(last + ".pyc");
        if (Files.isRegularFile(sourceless)) {
            return run(fullName, sourceless, sourceless, null);
        }
        if (Files.isRegularFile(source)) {
            return run(fullName, dir.resolve("__pycache__").resolve(last + TAG), source, null);
        }
        return null;
    }

    private static PyModule run(String name, Path pyc, Path file, Path pkgDir) {
        if (!Files.isRegularFile(pyc)) {
            throw PyErr.notSupported("importing " + name + " from source (" + file + "): no compiler yet, and no "
                + pyc.getFileName() + " was found");
        }
        PyCode code = PycLoader.loadModule(pyc, name);
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setStr("__file__", PyStr.of(file.toString()));
        d.setStr("__builtins__", PyRuntime.builtinModule("builtins"));
        d.setStr("__cached__", PyStr.of(pyc.toString()));
        if (pkgDir != null) {
            d.setStr("__path__", new PyList(new PyObject[] {PyStr.of(pkgDir.toString())}));
            d.setStr("__package__", PyStr.of(name));
        } else {
            d.setStr("__package__", PyStr.of(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""));
        }
        PyRuntime.modules.setStr(name, m);
        try {
            new Frame(code, d, PyRuntime.builtins, d, null);
            Interpreter.execute(new Frame(code, d, PyRuntime.builtins, d, null));
        } catch (PyBaseException e) {
            PyRuntime.modules.delItem(PyStr.of(name));
            throw e;
        }
        return (PyModule) PyRuntime.modules.getStr(name);
    }

    static PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        String modName = module instanceof PyModule m ? m.getName() : "?";
        PyObject sub = PyRuntime.modules.getStr(modName + "." + name);
        if (sub != null) {
            return sub;
        }
        PyObject file = module instanceof HasDict hd ? hd.getDict().getStr("__file__") : null;
        PyBaseException e = PyErr.of(PyExc.ImportError, "cannot import name '" + name + "' from '" + modName + "' ("
            + (file == null ? "unknown location" : file.toString()) + ")");
        e.getDict().setStr("name", PyStr.of(modName));
        throw e;
    }

    static void importStar(Frame f, PyObject module) {
        PyObject loc = Steps.locals(f);
        PyObject all = Abstract.lookupAttr(module, "__all__");
        if (all != null) {
            for (PyObject n : Abstract.iterable(all)) {
                Abstract.setItem(loc, n, Abstract.getAttr(module, (PyStr) n));
            }
            return;
        }
        PyDict d = ((HasDict) module).getDict();
        for (PyObject k : d.keysArray()) {
            if (!k.toString().startsWith("_")) {
                Abstract.setItem(loc, k, d.get(k));
            }
        }
    }
}
