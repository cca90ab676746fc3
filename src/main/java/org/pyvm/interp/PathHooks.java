package org.pyvm.interp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * sys.path_hooks and sys.path_importer_cache as the path-based finder uses them: a
 * sys.path (or __path__) entry that is not a directory pyvm searches itself, such as a zip
 * file, is given to the hooks, and the finder the first hook accepting it returns is
 * asked for the module. Directories stay pyvm's own fast search (what CPython's FileFinder
 * does), unless a program put a finder for one in sys.path_importer_cache or hooks of its
 * own in front of the default ones. Compare _bootstrap_external.py: PathFinder._path_hooks,
 * _path_importer_cache and _get_spec.
 *
 * <p>CPython's start-up puts zipimport.zipimporter and FileFinder's hook on sys.path_hooks;
 * importing them needs Python code, which pyvm's start-up does not run. So the two default
 * entries are stand-ins that import the real hook on first call.
 */
final class PathHooks {

    private PathHooks() {}

    /** Stands for zipimport.zipimporter: imports zipimport on first use. */
    static final class ZipHook implements PyObject {
        static final PyType TYPE = named(PyType.builtin("zipimporter_hook", ZipHook.class, ZipHook.class));
        static final ZipHook INSTANCE = new ZipHook();

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __call__(ZipHook self, PyObject path) {
            PyObject zipimporter = Abstract.getAttr(Imports.importFromStdlib("zipimport"), "zipimporter");
            return Abstract.call(zipimporter, path);
        }

        @ExposedMethod
        static String __repr__(ZipHook self) {
            return "<pyvm's hook for zipimport.zipimporter>";
        }
    }

    /** Stands for FileFinder.path_hook(...): a real FileFinder for a directory, made on first use. */
    static final class FileHook implements PyObject {
        static final PyType TYPE = named(PyType.builtin("path_hook_for_FileFinder", FileHook.class, FileHook.class));
        static final FileHook INSTANCE = new FileHook();
        private PyObject hook;

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __call__(FileHook self, PyObject path) {
            if (self.hook == null) {
                PyModule ext = Imports.importModule(FrozenImportlib.EXTERNAL) instanceof PyModule m ? m : null;
                if (ext == null) {
                    throw PyErr.of(PyExc.ImportError, "_frozen_importlib_external is not available");
                }
                PyObject details = Abstract.call(ext.getDict().getStr("_get_supported_file_loaders"));
                PyObject fileFinder = ext.getDict().getStr("FileFinder");
                List<PyObject> args = new java.util.ArrayList<>();
                for (PyObject x : Abstract.iterable(details)) {
                    args.add(x);
                }
                self.hook = Abstract.call(Abstract.getAttr(fileFinder, "path_hook"), args.toArray(PyObject[]::new));
            }
            return Abstract.call(self.hook, path);
        }

        @ExposedMethod
        static String __repr__(FileHook self) {
            return "<pyvm's hook for FileFinder>";
        }
    }

    private static PyType named(PyType t) {
        t.getDict().setStr("__module__", PyStr.of("_frozen_importlib_external"));
        return t;
    }

    /** The defaults for sys.path_hooks. */
    static PyObject[] defaults() {
        return new PyObject[] {ZipHook.INSTANCE, FileHook.INSTANCE};
    }

    /** What an entry's search gave: pyvm's own search of a directory, nothing, or a finder's spec. */
    static final Object OWN = new Object();

    /**
     * The path entry finder to ask about ENTRY, OWN when pyvm searches the entry itself,
     * or null when nothing can find modules there. NEEDS_HOOKS: pyvm's search found nothing
     * in the entry, so the hooks are tried when it is not a directory. Compare
     * PathFinder._path_importer_cache.
     */
    static Object finderFor(String entry, boolean ownSearchDone) {
        PyModule sys = PyRuntime.builtinModule("sys");
        PyDict d = sys.getDict();
        PyObject cache = d.getStr("path_importer_cache");
        PyStr key = PyStr.of(entry);
        PyObject cached = null;
        if (cache instanceof PyDict c) {
            cached = c.get(key);
        }
        if (cached != null) {
            if (cached == PyNone.NONE) {
                return null;
            }
            return isFileFinder(cached) ? OWN : cached;
        }
        PyObject hooks = d.getStr("path_hooks");
        boolean defaults = isDefault(hooks);
        if (defaults && !ownSearchDone) {
            return OWN; // the fast path: a directory, or nothing there to find
        }
        if (defaults && isDirectory(entry)) {
            return OWN; // FileFinder's job, which pyvm's own search does
        }
        if (!(hooks instanceof PyList list)) {
            throw PyErr.of(PyExc.ImportError, "sys.path_hooks is not a list");
        }
        // A hook's own imports (zipimport's, on first use) search this entry too: there it
        // has nothing yet. (CPython's zipimport is frozen, so this cannot happen there.)
        java.util.Set<String> busy = RESOLVING.get();
        if (!busy.add(entry)) {
            return null;
        }
        // Compare PathFinder._path_hooks: the first hook that does not raise ImportError.
        PyObject finder = PyNone.NONE;
        try {
            for (PyObject hook : list.toArray()) {
                if (hook == FileHook.INSTANCE && isDirectory(entry)) {
                    return OWN;
                }
                try {
                    finder = Abstract.call(hook, key);
                    break;
                } catch (PyBaseException e) {
                    if (!e.matches(PyExc.ImportError)) {
                        throw e;
                    }
                }
            }
        } finally {
            busy.remove(entry);
        }
        if (cache instanceof PyDict c) {
            c.setItem(key, finder);
        }
        if (finder == PyNone.NONE) {
            return null;
        }
        return isFileFinder(finder) ? OWN : finder;
    }

    /**
     * Whether pyvm asks the hooks only about entries it cannot search itself: the default
     * hooks, or none yet (an embedding that has not installed them).
     */
    private static boolean isDefault(PyObject hooks) {
        if (hooks instanceof PyList l && l.size() == 0) {
            return true;
        }
        if (!(hooks instanceof PyList l) || l.size() != 2) {
            return false;
        }
        PyObject first = l.get(0);
        return (first == ZipHook.INSTANCE || isZipimporter(first)) && l.get(1) == FileHook.INSTANCE;
    }

    private static boolean isZipimporter(PyObject o) {
        PyObject zi = PyRuntime.modules.getStr("zipimport");
        return zi instanceof PyModule m && m.getDict().getStr("zipimporter") == o;
    }

    private static boolean isFileFinder(PyObject o) {
        PyObject ext = PyRuntime.modules.getStr(FrozenImportlib.EXTERNAL);
        return ext instanceof PyModule m && o.type() == m.getDict().getStr("FileFinder");
    }

    /** The entries whose hooks this thread is calling. */
    private static final ThreadLocal<java.util.Set<String>> RESOLVING = ThreadLocal.withInitial(java.util.HashSet::new);

    /** Entries found to be directories: a miss asks once, not at every import. */
    private static final java.util.Set<String> DIRECTORIES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static boolean isDirectory(String entry) {
        if (DIRECTORIES.contains(entry)) {
            return true;
        }
        try {
            boolean dir = Files.isDirectory(Path.of(entry.isEmpty() ? "." : entry));
            if (dir && !entry.isEmpty()) {
                DIRECTORIES.add(entry);
            }
            return dir;
        } catch (RuntimeException e) {
            return false; // an entry that is no valid path (a NUL byte, say)
        }
    }

    /**
     * Asks path entry finder FINDER for FULLNAME: its spec when it has a loader, null when it
     * has nothing; a namespace portion's locations are added to PORTIONS. Compare
     * PathFinder._get_spec.
     */
    static PyObject askFinder(PyObject finder, String fullname, List<Path> portions) {
        PyObject findSpec = Abstract.lookupAttr(finder, "find_spec");
        if (findSpec == null) {
            return null; // a legacy finder with find_module only: 3.12 no longer uses it here
        }
        PyObject spec = Abstract.call(findSpec, PyStr.of(fullname));
        if (spec == PyNone.NONE) {
            return null;
        }
        if (Abstract.getAttr(spec, "loader") != PyNone.NONE) {
            return spec;
        }
        PyObject locations = Abstract.getAttr(spec, "submodule_search_locations");
        if (locations == PyNone.NONE) {
            throw PyErr.of(PyExc.ImportError, "spec missing loader");
        }
        for (PyObject p : Abstract.iterable(locations)) {
            try {
                portions.add(Path.of(p.toString()));
            } catch (java.nio.file.InvalidPathException e) {
                throw PyErr.of(PyExc.ImportError, "pyvm cannot use the namespace package portion "
                    + org.pyvm.runtime.StrMethods.repr(p.toString()) + " of " + org.pyvm.runtime.StrMethods.repr(fullname)
                    + ": its path is not valid UTF-8");
            }
        }
        return null;
    }
}
