package org.pyvm.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.SourceCompilation;

/**
 * The Python-level objects of the import system that modules see: {@code ModuleSpec}
 * ({@code __spec__}) and the loaders ({@code __loader__}: SourceFileLoader,
 * SourcelessFileLoader, NamespaceLoader), with CPython's attributes and methods. They are
 * builtin types written in Java, with an instance dict holding the attributes (name,
 * loader, origin, submodule_search_locations, cached, parent, has_location, ...) so that
 * they can be set as in CPython; their {@code __module__} names are CPython's
 * ({@code _frozen_importlib}, {@code _frozen_importlib_external}) but no such module is
 * registered, so that {@code importlib} sets itself up from its own {@code _bootstrap}.
 * (They were Python source first: compiling and running it cost about 0.1 s of start-up
 * for any program that imports a module.) Compare CPython Lib/importlib/_bootstrap.py:
 * ModuleSpec, and _bootstrap_external.py: FileLoader, SourceFileLoader, NamespaceLoader.
 */
final class ImportSupport {

    private ImportSupport() {}

    /** An object whose attributes live in its dict. */
    abstract static class DictObject implements PyObject, HasDict {
        final PyDict dict = new PyDict();

        @Override
        public PyDict getDict() {
            return dict;
        }

        PyObject attr(String name) {
            PyObject v = dict.getStr(name);
            return v == null ? PyNone.NONE : v;
        }
    }

    /** importlib's ModuleSpec. */
    static final class ModuleSpec extends DictObject {
        static final PyType TYPE = named(PyType.builtin("ModuleSpec", ModuleSpec.class, ModuleSpec.class),
            "_frozen_importlib");

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static String __repr__(ModuleSpec self) {
            StringBuilder sb = new StringBuilder("ModuleSpec(name=").append(Abstract.repr(self.attr("name")))
                .append(", loader=").append(Abstract.repr(self.attr("loader")));
            if (self.attr("origin") != PyNone.NONE) {
                sb.append(", origin=").append(Abstract.repr(self.attr("origin")));
            }
            if (self.attr("submodule_search_locations") != PyNone.NONE) {
                sb.append(", submodule_search_locations=").append(Abstract.str(self.attr("submodule_search_locations")));
            }
            return sb.append(')').toString();
        }

        @ExposedMethod
        static PyObject __eq__(ModuleSpec self, PyObject other) {
            if (!(other instanceof ModuleSpec o)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            for (String k : new String[] {"name", "loader", "origin", "submodule_search_locations", "cached",
                "has_location"}) {
                if (!Ops.eqBool(self.attr(k), o.attr(k))) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }
    }

    /** FileLoader and its two kinds: source and sourceless. */
    static final class FileLoader extends DictObject {
        static final PyType SOURCE = named(PyType.builtin("SourceFileLoader", FileLoader.class, FileLoader.class),
            "_frozen_importlib_external");
        static final PyType SOURCELESS = named(PyType.builtin("SourcelessFileLoader", FileLoader.class,
            FileLoader.class), "_frozen_importlib_external");

        private final PyType type;

        FileLoader(PyType type, PyObject name, PyObject path) {
            this.type = type;
            dict.setStr("name", name);
            dict.setStr("path", path);
        }

        @Override
        public PyType type() {
            return type;
        }

        private boolean sourceless() {
            return type == SOURCELESS;
        }

        @ExposedMethod
        static PyObject __eq__(FileLoader self, PyObject other) {
            if (!(other instanceof FileLoader o) || o.type != self.type) {
                return PyBool.FALSE;
            }
            return PyBool.of(Ops.eqBool(self.dict, o.dict));
        }

        @ExposedMethod
        static long __hash__(FileLoader self) {
            return Abstract.hash(self.attr("name")) ^ Abstract.hash(self.attr("path"));
        }

        @ExposedMethod(min = 0)
        static PyObject get_filename(FileLoader self, PyObject name) {
            return self.attr("path");
        }

        @ExposedMethod
        static PyObject get_data(FileLoader self, PyObject path) {
            String p = Abstract.strArg(path, "get_data");
            try {
                return new PyBytes(Files.readAllBytes(org.pyvm.runtime.WorkingDir.get().resolve(p)));
            } catch (IOException e) {
                throw PyErr.of(PyExc.FileNotFoundError, PyInt.of(2), PyStr.of("No such file or directory"), path);
            }
        }

        @ExposedMethod
        static boolean is_package(FileLoader self, PyObject fullname) {
            String f = self.attr("path").toString();
            f = f.substring(f.lastIndexOf('/') + 1);
            int dot = f.lastIndexOf('.');
            return (dot < 0 ? f : f.substring(0, dot)).equals("__init__");
        }

        @ExposedMethod
        static PyObject get_source(FileLoader self, PyObject fullname) {
            if (self.sourceless()) {
                return PyNone.NONE;
            }
            PyBytes data = (PyBytes) get_data(self, self.attr("path"));
            return PyStr.of(new String(data.bytes(), StandardCharsets.UTF_8));
        }

        @ExposedMethod
        static PyObject get_code(FileLoader self, PyObject fullname) {
            Path p = org.pyvm.runtime.WorkingDir.get().resolve(self.attr("path").toString());
            String name = fullname.toString();
            return self.sourceless() ? PycLoader.loadModule(p, name) : new PyCode(SourceModules.sourceCode(name, p));
        }

        @ExposedMethod
        static PyObject create_module(FileLoader self, PyObject spec) {
            return PyNone.NONE;
        }

        @ExposedMethod
        static void exec_module(FileLoader self, PyObject module) {
            PyObject code = get_code(self, Abstract.getAttr(module, "__name__"));
            PyDict d = ((HasDict) module).getDict();
            Interpreter.execute(new Frame((PyCode) code, d, PyRuntime.builtins, d, null));
        }

        @ExposedMethod
        static PyObject path_stats(FileLoader self, PyObject path) {
            long[] st = SourceModules.stat(org.pyvm.runtime.WorkingDir.get().resolve(Abstract.strArg(path, "path_stats")));
            PyDict d = new PyDict();
            d.setStr("mtime", PyInt.of(st[0]));
            d.setStr("size", PyInt.of(st[1]));
            return d;
        }

        @ExposedMethod
        static PyObject source_to_code(FileLoader self, PyObject data, PyObject path) {
            byte[] src = data instanceof PyBytes b ? b.bytes() : data.toString().getBytes(StandardCharsets.UTF_8);
            return new PyCode(SourceCompilation.get().compile(src, data instanceof PyBytes, path.toString(), "exec",
                0));
        }
    }

    /** The loader of a namespace package. */
    static final class NamespaceLoader extends DictObject {
        static final PyType TYPE = named(PyType.builtin("NamespaceLoader", NamespaceLoader.class,
            NamespaceLoader.class), "_frozen_importlib_external");

        NamespaceLoader(PyObject path) {
            dict.setStr("_path", path);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static boolean is_package(NamespaceLoader self, PyObject fullname) {
            return true;
        }

        @ExposedMethod
        static PyObject get_source(NamespaceLoader self, PyObject fullname) {
            return PyStr.EMPTY;
        }

        @ExposedMethod
        static PyObject get_code(NamespaceLoader self, PyObject fullname) {
            return new PyCode(SourceCompilation.get().compile(new byte[0], false, "<string>", "exec", 0));
        }

        @ExposedMethod
        static PyObject create_module(NamespaceLoader self, PyObject spec) {
            return PyNone.NONE;
        }

        @ExposedMethod
        static void exec_module(NamespaceLoader self, PyObject module) {
        }
    }

    private static PyType named(PyType t, String module) {
        t.getDict().setStr("__module__", PyStr.of(module));
        return t;
    }

    /** A source (or, SOURCELESS, a .pyc) file loader for module NAME at PATH. */
    static PyObject fileLoader(boolean sourceless, String name, String path) {
        // Once importlib's own loaders exist (a program imported importlib), modules get
        // them as in CPython, so that their class is importlib.machinery's. pyvm's import
        // statement still runs the module itself; the loader serves reload and get_source.
        if (PyRuntime.modules.getStr(FrozenImportlib.EXTERNAL) instanceof org.pyvm.runtime.PyModule ext) {
            PyObject cls = ext.getDict().getStr(sourceless ? "SourcelessFileLoader" : "SourceFileLoader");
            if (cls != null) {
                return Abstract.call(cls, PyStr.of(name), PyStr.of(path));
            }
        }
        return new FileLoader(sourceless ? FileLoader.SOURCELESS : FileLoader.SOURCE, PyStr.of(name), PyStr.of(path));
    }

    /**
     * The spec of namespace package NAME whose portions are PATH. Once importlib's own
     * classes exist, the package gets them as in CPython: its __path__ is a _NamespacePath
     * that recomputes itself when the parent's path changes (PathFinder.find_spec), and its
     * loader a NamespaceLoader sharing that path (_bootstrap._init_module_attrs), which
     * importlib.resources reads through.
     */
    static PyObject namespaceSpec(String name, PyList path) {
        if (PyRuntime.modules.getStr(FrozenImportlib.EXTERNAL) instanceof org.pyvm.runtime.PyModule ext) {
            PyDict d = ext.getDict();
            PyObject nsPathType = d.getStr("_NamespacePath");
            PyObject loaderType = d.getStr("NamespaceLoader");
            PyObject finder = d.getStr("PathFinder");
            if (nsPathType != null && loaderType instanceof PyType lt && finder != null) {
                PyObject nsPath = Abstract.call(nsPathType, PyStr.of(name), path, Abstract.getAttr(finder, "_get_spec"));
                PyObject loader = Abstract.call(Abstract.getAttr(lt, "__new__"), lt);
                Abstract.setAttr(loader, "_path", nsPath);
                return spec(name, loader, null, nsPath, null);
            }
        }
        return spec(name, new NamespaceLoader(path), null, path, null);
    }

    /**
     * A ModuleSpec as spec_from_file_location makes it: SEARCH_LOCATIONS for a package
     * (null for a module), CACHED the __pycache__ file; parent and has_location computed.
     */
    static PyObject spec(String name, PyObject loader, String origin, PyObject searchLocations, String cached) {
        ModuleSpec s = new ModuleSpec();
        PyDict d = s.dict;
        d.setStr("name", PyStr.of(name));
        d.setStr("loader", loader);
        d.setStr("origin", origin == null ? PyNone.NONE : PyStr.of(origin));
        d.setStr("loader_state", PyNone.NONE);
        d.setStr("submodule_search_locations", searchLocations == null ? PyNone.NONE : searchLocations);
        d.setStr("_uninitialized_submodules", new PyList(new PyObject[0]));
        d.setStr("cached", cached == null ? PyNone.NONE : PyStr.of(cached));
        d.setStr("has_location", PyBool.of(origin != null));
        d.setStr("parent", PyStr.of(searchLocations != null || name.lastIndexOf('.') < 0
            ? (searchLocations != null ? name : "") : name.substring(0, name.lastIndexOf('.'))));
        return s;
    }

    /** A builtin module's spec: BuiltinImporter's, origin 'built-in', no location. */
    static PyObject builtinSpec(String name) {
        PyObject s = spec(name, MetaPathFinder.INSTANCE, "built-in", null, null);
        ((ModuleSpec) s).dict.setStr("has_location", PyBool.FALSE);
        return s;
    }

    /**
     * The finder pyvm puts on sys.meta_path, so that importlib (import_module, find_spec,
     * reload, test.support's import_fresh_module) finds what the import statement finds:
     * builtin modules (this object is their loader too) and modules and packages on a
     * path. The import statement itself does not go through sys.meta_path: finders a
     * program adds there are not consulted by it. Compare _bootstrap.py: BuiltinImporter
     * and _bootstrap_external.py: PathFinder.
     */
    static final class MetaPathFinder implements PyObject {
        static final PyType TYPE = named(PyType.builtin("MetaPathFinder", MetaPathFinder.class, MetaPathFinder.class),
            "_frozen_importlib");
        static final MetaPathFinder INSTANCE = new MetaPathFinder();

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod(min = 1)
        static PyObject find_spec(MetaPathFinder self, PyObject fullname, PyObject path, PyObject target) {
            String name = Abstract.strArg(fullname, "find_spec");
            if (PyRuntime.frozenInUse.test(name)) {
                // Frozen modules turned on (_imp._override_frozen_modules_for_tests): as
                // FrozenImporter, which CPython's sys.meta_path asks before PathFinder.
                PyObject bootstrap = Imports.importModule(FrozenImportlib.BOOTSTRAP);
                PyObject frozen = Abstract.getAttr(bootstrap, "FrozenImporter");
                return Abstract.call(Abstract.getAttr(frozen, "find_spec"), fullname);
            }
            java.util.List<String> dirs;
            if (path == null || path == PyNone.NONE) {
                dirs = Imports.sysPathDirs();
            } else {
                dirs = new java.util.ArrayList<>();
                for (PyObject p : Abstract.iterable(path)) {
                    if (p instanceof PyStr) {
                        dirs.add(p.toString());
                    }
                }
            }
            PyObject spec = Imports.findSpec(name, dirs);
            return spec == null ? PyNone.NONE : spec;
        }

        @ExposedMethod
        static PyObject create_module(MetaPathFinder self, PyObject spec) {
            String name = Abstract.getAttr(spec, "name").toString();
            PyObject m = PyRuntime.builtinModule(name);
            if (m == null) {
                throw PyErr.of(PyExc.ImportError, PyStr.of("no built-in module named " + name));
            }
            return m;
        }

        @ExposedMethod
        static void exec_module(MetaPathFinder self, PyObject module) {
            // A builtin module is complete once created.
        }

        @ExposedMethod
        static boolean is_package(MetaPathFinder self, PyObject fullname) {
            return false;
        }

        @ExposedMethod
        static PyObject get_code(MetaPathFinder self, PyObject fullname) {
            return PyNone.NONE;
        }

        @ExposedMethod
        static PyObject get_source(MetaPathFinder self, PyObject fullname) {
            return PyNone.NONE;
        }

        /**
         * The installed distributions (importlib.metadata asks each finder on sys.meta_path),
         * found as CPython's PathFinder.find_distributions finds them: by
         * importlib.metadata.MetadataPathFinder.
         */
        @ExposedMethod
        static PyObject find_distributions(MetaPathFinder self, PyObject[] args, String[] kw) {
            PyObject metadata = Imports.importModule("importlib.metadata");
            return Abstract.call(Abstract.getAttr(Abstract.getAttr(metadata, "MetadataPathFinder"), "find_distributions"),
                args, kw);
        }

        /**
         * importlib.invalidate_caches(): as PathFinder.invalidate_caches, drops the path
         * entry finders of relative entries, asks the others to forget, and makes every
         * namespace package's _NamespacePath look at its portions again.
         */
        @ExposedMethod
        static void invalidate_caches(MetaPathFinder self) {
            PyObject cache = PyRuntime.builtinModule("sys").getDict().getStr("path_importer_cache");
            if (cache instanceof PyDict d) {
                for (PyObject key : d.keysArray()) {
                    PyObject finder = d.get(key);
                    if (finder == null) {
                        continue;
                    }
                    if (finder == PyNone.NONE || !(key instanceof PyStr k && k.toString().startsWith("/"))) {
                        d.delItem(key);
                    } else if (Abstract.lookupAttr(finder, "invalidate_caches") instanceof PyObject m) {
                        Abstract.call(m);
                    }
                }
            }
            if (PyRuntime.modules.getStr(FrozenImportlib.EXTERNAL) instanceof org.pyvm.runtime.PyModule ext
                && ext.getDict().getStr("_NamespacePath") instanceof PyType nsPath) {
                PyObject epoch = Abstract.getAttr(nsPath, "_epoch");
                Abstract.setAttr(nsPath, "_epoch", org.pyvm.runtime.Ops.binaryOp(epoch, org.pyvm.runtime.PyInt.of(1), org.pyvm.runtime.Ops.NB_ADD));
            }
        }

        @ExposedMethod
        static String __repr__(MetaPathFinder self) {
            return "<pyvm's builtin and path finder>";
        }
    }
}
