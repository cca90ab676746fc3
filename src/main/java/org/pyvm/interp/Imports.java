package org.pyvm.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.BoundJavaMethod;
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
import org.pyvm.runtime.StrMethods;

/**
 * The import system: sys.modules, then the builtin modules written in Java, then modules
 * and packages on sys.path (or the parent package's __path__) found and loaded by
 * {@link SourceModules}: {@code .py} source compiled by pyvm's compiler and cached in
 * {@code __pycache__}, sourceless {@code .pyc} files, namespace packages. A module that
 * is already in sys.modules costs one dict look-up: no file is touched. Module
 * attributes (__file__, __cached__, __spec__, __loader__, __package__, __path__) are set
 * as CPython's module_from_spec sets them. Compare CPython Python/import.c and
 * Lib/importlib/_bootstrap.py: _find_and_load, _load_unlocked, _handle_fromlist,
 * _calc___package__, _resolve_name.
 */
final class Imports {

    private Imports() {}

    /**
     * IMPORT_NAME: the import system itself, or a replaced builtins.__import__ called as
     * CPython calls it (ceval.c: import_name). One dict look-up tells them apart.
     */
    static PyObject importName(Frame f, PyStr name, PyObject fromlist, PyObject level) {
        PyObject imp = f.builtins.getStr("__import__");
        if (imp instanceof BoundJavaMethod b && b.getName().equals("__import__")) {
            return importName(f.globals, name.toString(), fromlist, (int) ((PyInt) level).value);
        }
        if (imp == null) {
            throw importError("__import__ not found");
        }
        boolean optimized = (f.code.flags & org.pyvm.bytecode.CodeObject.CO_OPTIMIZED) != 0;
        PyObject locals = optimized || f.locals == null ? PyNone.NONE : f.locals;
        return Abstract.call(imp, name, f.globals, locals, fromlist, level);
    }

    /** __import__(name, globals, locals, fromlist, level) with a globals dict (or null). */
    static PyObject importName(PyDict globals, String n, PyObject fromlist, int lvl) {
        String given = n;
        if (lvl > 0) {
            n = resolveRelative(globals, n, lvl);
        } else if (n.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        PyObject m = importModule(n);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            // Compare import.c: PyImport_ImportModuleLevelObject. The top package is imported
            // again if it is not in sys.modules (its body failed after importing the child).
            int dot = given.indexOf('.');
            if (dot < 0) {
                return m;
            }
            if (lvl == 0) {
                return importModule(given.substring(0, dot));
            }
            String top = n.substring(0, n.length() - (given.length() - dot));
            PyObject t = PyRuntime.modules.getStr(top);
            if (t == null) {
                throw PyErr.of(PyExc.KeyError, StrMethods.repr(top) + " not in sys.modules as expected");
            }
            return t;
        }
        if (Abstract.lookupAttr(m, "__path__") != null) {
            handleFromlist(m, n, fromlist, false);
        }
        return m;
    }

    /** Imports the submodules a fromlist names (_handle_fromlist), and those of __all__ for '*'. */
    private static void handleFromlist(PyObject m, String modName, PyObject fromlist, boolean recursive) {
        for (PyObject o : Abstract.iterable(fromlist)) {
            if (!(o instanceof PyStr)) {
                String where = recursive ? modName + ".__all__" : "``from list''";
                throw PyErr.typeError("Item in " + where + " must be str, not " + o.type().getName());
            }
            String sub = o.toString();
            if (sub.equals("*")) {
                if (!recursive) {
                    PyObject all = Abstract.lookupAttr(m, "__all__");
                    if (all != null) {
                        handleFromlist(m, modName, all, true);
                    }
                }
                continue;
            }
            if (Abstract.lookupAttr(m, sub) == null) {
                String full = modName + "." + sub;
                try {
                    importModule(full);
                } catch (PyBaseException e) {
                    // A submodule that does not exist is left to IMPORT_FROM's error.
                    if (e.matches(PyExc.ModuleNotFoundError) && e.getDict().getStr("name") instanceof PyStr s
                        && s.toString().equals(full) && PyRuntime.modules.getStr(full) != PyNone.NONE) {
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

    // Compare _bootstrap.py: _calc___package__ and _resolve_name
    private static String resolveRelative(PyDict globals, String name, int level) {
        // Compare CPython import.c: resolve_name.
        if (globals == null) {
            throw PyErr.of(PyExc.KeyError, "'__name__' not in globals");
        }
        PyObject pkg = globals.getStr("__package__");
        if (pkg == PyNone.NONE) {
            pkg = null;
        }
        PyObject spec = globals.getStr("__spec__");
        String base;
        if (pkg != null) {
            if (!(pkg instanceof PyStr)) {
                throw PyErr.typeError("package must be a string");
            }
            if (spec != null && spec != PyNone.NONE) {
                PyObject parent = Abstract.getAttr(spec, "parent");
                if (!org.pyvm.runtime.Ops.eqBool(pkg, parent)) {
                    Abstract.warn(PyExc.DeprecationWarning, "__package__ != __spec__.parent");
                }
            }
            base = pkg.toString();
        } else if (spec != null && spec != PyNone.NONE) {
            PyObject parent = Abstract.getAttr(spec, "parent");
            if (!(parent instanceof PyStr)) {
                throw PyErr.typeError("__spec__.parent must be a string");
            }
            base = parent.toString();
        } else {
            Abstract.warn(PyExc.ImportWarning,
                "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
            PyObject mn = globals.getStr("__name__");
            if (mn == null) {
                throw PyErr.of(PyExc.KeyError, "'__name__' not in globals");
            }
            if (!(mn instanceof PyStr)) {
                throw PyErr.typeError("__name__ must be a string");
            }
            base = mn.toString();
            if (globals.getStr("__path__") == null) {
                int dot = base.lastIndexOf('.');
                if (dot < 0) {
                    throw importError("attempted relative import with no known parent package");
                }
                base = base.substring(0, dot);
            }
        }
        if (base.isEmpty()) {
            throw importError("attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw importError("attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** _gcd_import: the module NAME (absolute), imported if it is not in sys.modules yet. */
    static PyObject importModule(String name) {
        PyObject m = PyRuntime.modules.getStr(name);
        if (m != null) {
            if (m == PyNone.NONE) {
                throw notFound(name, "import of " + name + " halted; None in sys.modules");
            }
            if (ModuleLocks.anyHeld()) {
                // Another thread may still be running its body: wait for it (_lock_unlock_module).
                ModuleLocks.awaitOthers(name);
                PyObject now = PyRuntime.modules.getStr(name);
                if (now != null && now != PyNone.NONE) {
                    return now;
                }
            }
            return m;
        }
        if (ImportTime.on()) {
            long saved = ImportTime.begin();
            long start = System.nanoTime();
            try {
                return findAndLoadLocked(name);
            } finally {
                ImportTime.end(name, start, saved);
            }
        }
        return findAndLoadLocked(name);
    }

    /** NAME's import under its module lock (import.c: import_find_and_load's call of _find_and_load). */
    private static PyObject findAndLoadLocked(String name) {
        boolean locked = ModuleLocks.acquire(name);
        try {
            PyObject m;
            // Another thread may have imported it while this one waited.
            m = PyRuntime.modules.getStr(name);
            if (m != null && m != PyNone.NONE) {
                return m;
            }
            return findAndLoad(name);
        } finally {
            if (locked) {
                ModuleLocks.release(name);
            }
        }
    }

    /**
     * Top-level module NAME from the standard library's own folder (sys._stdlib_dir),
     * whatever sys.path holds: for the modules CPython freezes into its binary (zipimport),
     * which a program that empties or replaces sys.path still gets. Falls back to the
     * ordinary import when there is no such folder or file.
     */
    static PyObject importFromStdlib(String name) {
        PyObject m = PyRuntime.modules.getStr(name);
        if (m != null && m != PyNone.NONE) {
            return m;
        }
        String dir = stdlibDir();
        SourceModules.Found f = dir == null ? null : SourceModules.findIn(name, dir, new ArrayList<>());
        return f == null ? importModule(name) : load(name, f);
    }

    /** sys._stdlib_dir, or null. */
    static String stdlibDir() {
        PyModule sys = PyRuntime.builtinModule("sys");
        PyObject d = sys == null ? null : sys.getDict().getStr("_stdlib_dir");
        return d instanceof PyStr s ? s.toString() : null;
    }

    /**
     * A program's finder on sys.meta_path: the import goes through importlib's own
     * _find_and_load, which asks each finder in turn (pyvm's among them).
     */
    private static PyObject findAndLoadByImportlib(String name) {
        PyObject bootstrap = importModule(FrozenImportlib.BOOTSTRAP);
        PyDict bd = ((PyModule) bootstrap).getDict();
        return Abstract.call(bd.getStr("_find_and_load"), PyStr.of(name), bd.getStr("_gcd_import"));
    }

    // Compare _bootstrap.py: _find_and_load_unlocked
    private static PyObject findAndLoad(String name) {
        if (org.pyvm.runtime.Audit.on()) {
            // Compare import.c: import_find_and_load.
            PyDict sd = PyRuntime.builtinModule("sys").getDict();
            org.pyvm.runtime.Audit.event("import", PyStr.of(name), PyNone.NONE, orNone(sd.getStr("path")),
                orNone(sd.getStr("meta_path")), orNone(sd.getStr("path_hooks")));
        }
        if ((!defaultMetaPath() || PyRuntime.frozenInUse.test(name))
            && !name.startsWith(FrozenImportlib.BOOTSTRAP)) {
            return findAndLoadByImportlib(name);
        }
        List<String> dirs = new ArrayList<>();
        PyObject parent = null;
        int dot = name.lastIndexOf('.');
        // The part after the last dot is what the finders look for: nothing for '.' (a name
        // with a dot but no parent), which no directory entry matches. Compare
        // _bootstrap_external.py: FileFinder.find_spec (tail_module).
        String last = name.substring(dot + 1);
        if (dot > 0) {
            String parentName = name.substring(0, dot);
            parent = importModule(parentName);
            // Importing the parent may have imported this module.
            PyObject again = PyRuntime.modules.getStr(name);
            if (again != null) {
                return again;
            }
            if (!defaultMetaPath()) {
                // Importing the parent put a finder on sys.meta_path (six does, for its
                // 'moves' submodules): that finder is asked from here on.
                return findAndLoadByImportlib(name);
            }
            last = name.substring(dot + 1);
            PyObject path = Abstract.lookupAttr(parent, "__path__");
            if (path == null) {
                throw notFound(name, "No module named " + StrMethods.repr(name) + "; " + StrMethods.repr(parentName) + " is not a package");
            }
            for (PyObject p : Abstract.iterable(path)) {
                if (p instanceof PyStr) {
                    dirs.add(p.toString());
                }
            }
        } else {
            PyModule b = PyRuntime.builtinModule(name);
            if (b != null) {
                // Compare _bootstrap.py: _setup and _load_unlocked, which give every builtin
                // module BuiltinImporter's spec and loader.
                giveBuiltinSpec(b, name);
                return b;
            }
            dirs = sysPathDirs();
        }
        Object found = last.isEmpty() ? null : search(name, last, dirs);
        if (found == null) {
            String hint = parent == null ? SourceModules.missingHint() : null;
            throw notFound(name, "No module named " + StrMethods.repr(name) + (hint == null ? "" : " (" + hint + ")"));
        }
        // The child being loaded is in its parent's spec._uninitialized_submodules meanwhile,
        // for the "cannot access submodule" message of a circular import. Compare
        // _bootstrap.py: _find_and_load_unlocked.
        PyObject pending = null;
        if (parent != null) {
            PyObject pspec = Abstract.lookupAttr(parent, "__spec__");
            PyObject subs = pspec == null || pspec == PyNone.NONE ? null
                : Abstract.lookupAttr(pspec, "_uninitialized_submodules");
            if (subs instanceof PyList l) {
                l.append(PyStr.of(last));
                pending = l;
            }
        }
        PyObject module;
        try {
            module = found instanceof SourceModules.Found f ? load(name, f) : loadSpec((PyObject) found);
        } finally {
            if (pending instanceof PyList l && l.size() > 0) {
                Abstract.call(Abstract.getAttr(l, "pop"));
            }
        }
        if (parent != null) {
            // Compare _bootstrap.py: _find_and_load_unlocked (the parent as sys.modules has it).
            PyObject parentModule = PyRuntime.modules.getStr(name.substring(0, dot));
            try {
                Abstract.setAttr(parentModule == null ? parent : parentModule, last, module);
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.AttributeError)) {
                    throw e;
                }
                Abstract.warn(PyExc.ImportWarning, "Cannot set an attribute on " + StrMethods.repr(name.substring(0, dot))
                    + " for child module " + StrMethods.repr(last));
            }
        }
        return module;
    }

    /**
     * Whether sys.meta_path holds pyvm's finder alone, as at start-up (or nothing yet: an
     * embedding that has not installed it). The two importlib modules themselves are always
     * made by pyvm, since asking the finders needs them.
     */
    private static boolean defaultMetaPath() {
        PyModule sys = PyRuntime.builtinModule("sys");
        PyObject mp = sys == null ? null : sys.getDict().getStr("meta_path");
        return !(mp instanceof PyList l) || l.size() == 0
            || l.size() == 1 && l.get(0) == ImportSupport.MetaPathFinder.INSTANCE;
    }

    /**
     * Module FULLNAME (whose last part is LAST) on the path entries DIRS: a
     * SourceModules.Found for what pyvm finds itself, the spec of a path entry finder
     * (zipimport's, or a program's hook's), or null. Compare _bootstrap_external.py:
     * PathFinder._get_spec.
     */
    static Object search(String fullname, String last, List<String> dirs) {
        if (last.isEmpty()) {
            // No directory entry has an empty name (FileFinder looks the name up in the
            // folder's listing): not the folder itself as a namespace portion.
            return null;
        }
        List<java.nio.file.Path> portions = new ArrayList<>();
        boolean javaPaths = !hasLoneSurrogate(last);
        for (String entry : dirs) {
            Object finder = PathHooks.finderFor(entry, false);
            if (finder == PathHooks.OWN && (!javaPaths || hasLoneSurrogate(entry))) {
                // A name with a lone surrogate (an undecodable byte of a file name, as
                // surrogateescape gives it) is no java.nio Path: importlib's own FileFinder,
                // which goes through os, searches such an entry (a directory; anything else
                // has nothing for it).
                try {
                    finder = PathHooks.FileHook.__call__(PathHooks.FileHook.INSTANCE, PyStr.of(entry));
                } catch (PyBaseException e) {
                    if (!e.matches(PyExc.ImportError)) {
                        throw e;
                    }
                    continue;
                }
            } else if (finder == PathHooks.OWN) {
                int before = portions.size();
                SourceModules.Found f = SourceModules.findIn(last, entry, portions);
                if (f != null) {
                    return f;
                }
                if (portions.size() != before) {
                    continue; // a namespace portion: the entry is a directory
                }
                finder = PathHooks.finderFor(entry, true);
                if (finder == PathHooks.OWN) {
                    continue;
                }
            }
            if (finder != null) {
                PyObject spec = PathHooks.askFinder((PyObject) finder, fullname, portions);
                if (spec != null) {
                    return spec;
                }
            }
        }
        return portions.isEmpty() ? null : new SourceModules.Found(SourceModules.Kind.NAMESPACE, null, null, portions);
    }

    /** Whether S holds a surrogate that is not half of a pair (so no UTF-8 file name). */
    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** Loads a module from a path entry finder's SPEC. Compare _bootstrap.py: _load_unlocked. */
    private static PyObject loadSpec(PyObject spec) {
        PyModule bootstrap = (PyModule) importModule(FrozenImportlib.BOOTSTRAP);
        return Abstract.call(bootstrap.getDict().getStr("_load_unlocked"), spec);
    }

    /**
     * Gives builtin module B BuiltinImporter's spec and loader unless it has a spec.
     * Compare _bootstrap.py: _setup and _load_unlocked.
     */
    static void giveBuiltinSpec(PyModule b, String name) {
        PyDict bd = b.getDict();
        if (bd.getStr("__spec__") == null) {
            PyObject spec = ImportSupport.builtinSpec(name);
            bd.setStr("__spec__", spec);
            bd.setStr("__loader__", Abstract.getAttr(spec, "loader"));
        }
    }

    private static PyBaseException notFound(String name, String msg) {
        PyBaseException e = PyErr.of(PyExc.ModuleNotFoundError, msg);
        e.getDict().setStr("name", PyStr.of(name));
        e.getDict().setStr("path", PyNone.NONE);
        return e;
    }

    /** An ImportError with name and path None, as ImportError(msg) has them. */
    private static PyBaseException importError(String msg) {
        PyBaseException e = PyErr.of(PyExc.ImportError, msg);
        e.getDict().setStr("name", PyNone.NONE);
        e.getDict().setStr("path", PyNone.NONE);
        return e;
    }

    /** The ModuleSpec of what FOUND names, as importlib's PathFinder makes it. */
    static PyObject specFor(String name, SourceModules.Found found) {
        if (found.kind() == SourceModules.Kind.NAMESPACE) {
            PyObject[] p = found.portions().stream().map(x -> PyStr.of(x.toString())).toArray(PyObject[]::new);
            return ImportSupport.namespaceSpec(name, new PyList(p));
        }
        String file = found.file().toString();
        String cached = found.kind() == SourceModules.Kind.SOURCE ? SourceModules.cachePath(found.file()).toString()
            : file;
        PyObject loader = ImportSupport.fileLoader(found.kind() != SourceModules.Kind.SOURCE, name, file);
        PyList path = found.pkgDir() == null ? null : new PyList(new PyObject[] {PyStr.of(found.pkgDir().toString())});
        return ImportSupport.spec(name, loader, file, path, cached);
    }

    /**
     * The spec of module NAME as sys.meta_path's finder finds it (a builtin module, or a
     * file or package in DIRS), or null. Compare _bootstrap.py: BuiltinImporter.find_spec
     * and _bootstrap_external.py: PathFinder.find_spec.
     */
    static PyObject findSpec(String name, List<String> dirs) {
        if (name.indexOf('.') < 0 && PyRuntime.BUILTIN_MODULES.containsKey(name)) {
            return ImportSupport.builtinSpec(name);
        }
        Object found = search(name, name.substring(name.lastIndexOf('.') + 1), dirs);
        return found == null ? null : found instanceof SourceModules.Found f ? specFor(name, f) : (PyObject) found;
    }

    /** The search path of a top-level import: sys.path's str entries. */
    static List<String> sysPathDirs() {
        List<String> dirs = new ArrayList<>();
        PyModule sys = PyRuntime.builtinModule("sys");
        PyObject path = sys == null ? null : sys.getDict().getStr("path");
        if (path instanceof PyList l) {
            for (PyObject p : l.toArray()) {
                if (p instanceof PyStr) {
                    dirs.add(p.toString());
                }
            }
        }
        return dirs;
    }

    /** The spec, loader and module attributes of what FOUND names; the module is not run. */
    static PyModule newModule(String name, SourceModules.Found found) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        PyObject spec = specFor(name, found);
        PyObject path = Abstract.getAttr(spec, "submodule_search_locations");
        PyObject origin = Abstract.getAttr(spec, "origin");
        // Compare _bootstrap.py: _init_module_attrs (this order).
        d.setStr("__package__", Abstract.getAttr(spec, "parent"));
        d.setStr("__loader__", Abstract.getAttr(spec, "loader"));
        d.setStr("__spec__", spec);
        if (path != PyNone.NONE) {
            d.setStr("__path__", path);
        }
        if (origin != PyNone.NONE) {
            d.setStr("__file__", origin);
            d.setStr("__cached__", Abstract.getAttr(spec, "cached"));
        } else {
            d.setStr("__file__", PyNone.NONE); // a namespace package, as CPython 3.12 leaves it
        }
        return m;
    }

    /** The code that FOUND holds (none for a namespace package). */
    static PyCode code(String name, SourceModules.Found found) {
        return switch (found.kind()) {
            case SOURCE -> new PyCode(SourceModules.sourceCode(name, found.file()));
            case SOURCELESS -> PycLoader.loadModule(found.file(), name);
            case NAMESPACE -> null;
        };
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    // Compare _bootstrap.py: _load_unlocked
    private static PyObject load(String name, SourceModules.Found found) {
        PyModule m = newModule(name, found);
        PyDict d = m.getDict();
        PyObject spec = d.getStr("__spec__");
        PyRuntime.modules.setStr(name, m);
        Abstract.setAttr(spec, "_initializing", org.pyvm.runtime.PyBool.TRUE);
        try {
            PyCode code = code(name, found);
            if (code != null) {
                d.setStr("__builtins__", PyRuntime.builtins);
                if (org.pyvm.runtime.Audit.on()) {
                    org.pyvm.runtime.Audit.event("exec", code);
                }
                Interpreter.execute(new Frame(code, d, PyRuntime.builtins, d, null));
                StdlibFixups.afterExec(name, found.file(), d);
            }
        } catch (PyBaseException e) {
            if (PyRuntime.modules.getStr(name) != null) {
                PyRuntime.modules.delItem(PyStr.of(name));
            }
            throw e;
        } finally {
            Abstract.setAttr(spec, "_initializing", org.pyvm.runtime.PyBool.FALSE);
        }
        PyObject r = PyRuntime.modules.getStr(name);
        if (r == null) {
            throw PyErr.of(PyExc.KeyError, PyStr.of(name));
        }
        return r;
    }

    // Compare CPython Python/ceval.c: import_from
    static PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        PyObject pkgname = Abstract.lookupAttr(module, "__name__");
        if (pkgname instanceof PyStr) {
            PyObject sub = PyRuntime.modules.getStr(pkgname + "." + name);
            if (sub != null) {
                return sub;
            }
        }
        String pkg = pkgname instanceof PyStr ? pkgname.toString() : "<unknown module name>";
        PyObject file = module instanceof HasDict hd ? hd.getDict().getStr("__file__") : null;
        String msg;
        if (!(file instanceof PyStr)) {
            msg = "cannot import name " + Abstract.repr(name) + " from " + Abstract.repr(PyStr.of(pkg))
                + " (unknown location)";
        } else {
            PyObject spec = Abstract.lookupAttr(module, "__spec__");
            PyObject init = spec == null || spec == PyNone.NONE ? null : Abstract.lookupAttr(spec, "_initializing");
            if (init != null && Abstract.isTrue(init)) {
                msg = "cannot import name " + Abstract.repr(name) + " from partially initialized module "
                    + Abstract.repr(PyStr.of(pkg)) + " (most likely due to a circular import) (" + file + ")";
            } else {
                msg = "cannot import name " + Abstract.repr(name) + " from " + Abstract.repr(PyStr.of(pkg)) + " ("
                    + file + ")";
            }
        }
        PyBaseException e = PyErr.of(PyExc.ImportError, msg);
        e.getDict().setStr("name", PyStr.of(pkg));
        e.getDict().setStr("path", file instanceof PyStr ? file : PyNone.NONE);
        e.getDict().setStr("name_from", name);
        throw e;
    }

    /**
     * from MODULE import *: the names of __all__, else the module's __dict__ keys not
     * starting with an underscore, read one by one by index; each must be a str. Compare
     * CPython Python/ceval.c: import_all_from.
     */
    static void importStar(Frame f, PyObject module) {
        PyObject loc = Steps.locals(f);
        PyObject all = Abstract.lookupAttr(module, "__all__");
        boolean skipUnderscores = false;
        if (all == null) {
            PyObject dict = Abstract.lookupAttr(module, "__dict__");
            if (dict == null) {
                throw PyErr.of(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            all = dict instanceof PyDict d ? new org.pyvm.runtime.PyList(d.keysArray())
                : Abstract.call(Abstract.getAttr(dict, "keys"));
            skipUnderscores = true;
        }
        for (int pos = 0; ; pos++) {
            PyObject name;
            try {
                name = Abstract.getItem(all, org.pyvm.runtime.PyInt.of(pos));
            } catch (PyBaseException e) {
                if (e.matches(PyExc.IndexError)) {
                    break;
                }
                throw e;
            }
            if (!(name instanceof PyStr n)) {
                PyObject modname = Abstract.getAttr(module, "__name__");
                if (!(modname instanceof PyStr)) {
                    throw PyErr.typeError("module __name__ must be a string, not " + modname.type().getName());
                }
                throw PyErr.typeError((skipUnderscores ? "Key" : "Item") + " in " + modname + "."
                    + (skipUnderscores ? "__dict__" : "__all__") + " must be str, not " + name.type().getName());
            }
            if (skipUnderscores && n.value().startsWith("_")) {
                continue;
            }
            Abstract.setItem(loc, n, Abstract.getAttr(module, n));
        }
    }
}
