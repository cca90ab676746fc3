package org.pyvm.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.SourceCompilation;

/**
 * The Python-level objects of the import system that modules see: {@code ModuleSpec}
 * ({@code __spec__}) and the loaders ({@code __loader__}: SourceFileLoader,
 * SourcelessFileLoader, NamespaceLoader, BuiltinImporter), with the attributes and
 * methods CPython's have (name, origin, parent, cached, has_location,
 * submodule_search_locations; get_filename, get_data, get_source, is_package, get_code,
 * exec_module). They are written in Python (below) and compiled once per interpreter,
 * on the first import that needs them; their {@code __module__} names are CPython's
 * ({@code _frozen_importlib}, {@code _frozen_importlib_external}) but no such module is
 * registered, so that {@code importlib} sets itself up from its own {@code _bootstrap}.
 * Compare CPython Lib/importlib/_bootstrap.py: ModuleSpec, and
 * _bootstrap_external.py: FileLoader, SourceFileLoader, NamespaceLoader.
 */
final class ImportSupport {

    private ImportSupport() {}

    private static final String SOURCE = """
        class ModuleSpec:
            __module__ = '_frozen_importlib'

            def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
                self.name = name
                self.loader = loader
                self.origin = origin
                self.loader_state = loader_state
                self.submodule_search_locations = [] if is_package else None
                self._uninitialized_submodules = []
                self._set_fileattr = False
                self._cached = None

            def __repr__(self):
                args = [f'name={self.name!r}', f'loader={self.loader!r}']
                if self.origin is not None:
                    args.append(f'origin={self.origin!r}')
                if self.submodule_search_locations is not None:
                    args.append(f'submodule_search_locations={self.submodule_search_locations}')
                return f'{self.__class__.__name__}({", ".join(args)})'

            def __eq__(self, other):
                smsl = self.submodule_search_locations
                try:
                    return (self.name == other.name and self.loader == other.loader and
                            self.origin == other.origin and smsl == other.submodule_search_locations and
                            self.cached == other.cached and self.has_location == other.has_location)
                except AttributeError:
                    return NotImplemented

            @property
            def cached(self):
                return self._cached

            @cached.setter
            def cached(self, cached):
                self._cached = cached

            @property
            def parent(self):
                if self.submodule_search_locations is None:
                    return self.name.rpartition('.')[0]
                return self.name

            @property
            def has_location(self):
                return self._set_fileattr

            @has_location.setter
            def has_location(self, value):
                self._set_fileattr = bool(value)


        class BuiltinImporter:
            __module__ = '_frozen_importlib'
            _ORIGIN = 'built-in'

            @classmethod
            def create_module(cls, spec):
                return _builtin(spec.name)

            @classmethod
            def exec_module(cls, module):
                pass

            @classmethod
            def is_package(cls, fullname):
                return False

            @classmethod
            def get_code(cls, fullname):
                return None

            @classmethod
            def get_source(cls, fullname):
                return None


        class FileLoader:
            __module__ = '_frozen_importlib_external'

            def __init__(self, fullname, path):
                self.name = fullname
                self.path = path

            def __eq__(self, other):
                return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

            def __hash__(self):
                return hash(self.name) ^ hash(self.path)

            def get_filename(self, name=None):
                return self.path

            def get_data(self, path):
                return _read(path)

            def is_package(self, fullname):
                filename = self.path.rpartition('/')[2]
                return filename.rsplit('.', 1)[0] == '__init__'

            def create_module(self, spec):
                return None

            def exec_module(self, module):
                code = self.get_code(module.__name__)
                if code is None:
                    raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
                exec(code, module.__dict__)


        class SourceFileLoader(FileLoader):
            __module__ = '_frozen_importlib_external'

            def get_source(self, fullname):
                return _decode_source(self.get_data(self.path))

            def get_code(self, fullname):
                return _source_code(fullname, self.path)

            def source_to_code(self, data, path, *, _optimize=-1):
                return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

            def path_stats(self, path):
                return _stats(path)


        class SourcelessFileLoader(FileLoader):
            __module__ = '_frozen_importlib_external'

            def get_source(self, fullname):
                return None

            def get_code(self, fullname):
                return _pyc_code(fullname, self.path)


        class NamespaceLoader:
            __module__ = '_frozen_importlib_external'

            def __init__(self, name, path, path_finder=None):
                self._path = path

            def is_package(self, fullname):
                return True

            def get_source(self, module):
                return ''

            def get_code(self, fullname):
                return compile('', '<string>', 'exec', dont_inherit=True)

            def create_module(self, spec):
                return None

            def exec_module(self, module):
                pass
        """;

    /** The classes above, per interpreter (PyRuntime.reset makes a new builtins dict). */
    private static PyDict ns;
    private static PyDict nsBuiltins;
    /** Their code, compiled once per JVM. */
    private static org.pyvm.bytecode.CodeObject code;

    static synchronized PyDict namespace() {
        if (ns == null || nsBuiltins != PyRuntime.builtins) {
            PyModule helpers = new PyModule("_pyvm_import");
            helpers.addFunctions(ImportSupport.class);
            PyDict d = helpers.getDict();
            d.setStr("__name__", PyStr.of("_frozen_importlib"));
            d.setStr("__builtins__", PyRuntime.builtins);
            if (code == null) {
                code = SourceCompilation.get().compile(SOURCE.getBytes(StandardCharsets.UTF_8), false,
                    "<frozen importlib._bootstrap>", "exec", 0);
            }
            PyCode c = new PyCode(code);
            Interpreter.execute(new Frame(c, d, PyRuntime.builtins, d, null));
            ns = d;
            nsBuiltins = PyRuntime.builtins;
        }
        return ns;
    }

    static PyObject newObject(String cls, PyObject... args) {
        return Abstract.call(namespace().getStr(cls), args);
    }

    /** A ModuleSpec with its cached path and has_location set as spec_from_file_location does. */
    static PyObject spec(String name, PyObject loader, String origin, PyList searchLocations, String cached) {
        PyObject spec = Abstract.call(namespace().getStr("ModuleSpec"), new PyObject[] {PyStr.of(name), loader,
            origin == null ? PyNone.NONE : PyStr.of(origin)}, new String[] {"origin"});
        if (searchLocations != null) {
            Abstract.setAttr(spec, PyStr.of("submodule_search_locations"), searchLocations);
        }
        if (origin != null) {
            Abstract.setAttr(spec, PyStr.of("_set_fileattr"), org.pyvm.runtime.PyBool.TRUE);
        }
        if (cached != null) {
            Abstract.setAttr(spec, PyStr.of("_cached"), PyStr.of(cached));
        }
        return spec;
    }

    // ---- helpers the Python classes call ----

    @ExposedMethod
    static PyObject _read(PyObject path) {
        try {
            return new PyBytes(Files.readAllBytes(Path.of(Abstract.strArg(path, "get_data"))));
        } catch (IOException e) {
            throw PyErr.of(PyExc.FileNotFoundError, "[Errno 2] No such file or directory: '" + path + "'");
        }
    }

    @ExposedMethod
    static PyObject _decode_source(PyObject data) {
        return PyStr.of(new String(((PyBytes) data).bytes(), StandardCharsets.UTF_8));
    }

    @ExposedMethod
    static PyObject _source_code(PyObject name, PyObject path) {
        return new PyCode(SourceModules.sourceCode(name.toString(), Path.of(path.toString())));
    }

    @ExposedMethod
    static PyObject _pyc_code(PyObject name, PyObject path) {
        return PycLoader.loadModule(Path.of(path.toString()), name.toString());
    }

    @ExposedMethod
    static PyObject _stats(PyObject path) {
        long[] st = SourceModules.stat(Path.of(path.toString()));
        PyDict d = new PyDict();
        d.setStr("mtime", org.pyvm.runtime.PyInt.of(st[0]));
        d.setStr("size", org.pyvm.runtime.PyInt.of(st[1]));
        return d;
    }

    @ExposedMethod
    static PyObject _builtin(PyObject name) {
        PyModule m = PyRuntime.builtinModule(name.toString());
        return m == null ? PyNone.NONE : m;
    }
}
