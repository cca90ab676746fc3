package org.pyvm.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.bytecode.MarshalException;
import org.pyvm.bytecode.Pyc;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * Loads CPython 3.12 {@code .pyc} files through the bytecode layer's {@link Pyc}, turning
 * its errors into the Python exceptions CPython raises: as {@code python3.12 FILE.pyc}
 * does for the program ({@link #load}) and as the import system does for modules
 * ({@link #loadModule}).
 */
public final class PycLoader {

    private PycLoader() {}

    /** The program's code: Bad magic number / Bad code object in .pyc file. */
    public static PyCode load(Path path) {
        try {
            return new PyCode(Pyc.read(read(path)).code());
        } catch (MarshalException e) {
            throw fromMarshal(e);
        }
    }

    public static PyCode load(byte[] data) {
        try {
            return new PyCode(Pyc.read(data).code());
        } catch (MarshalException e) {
            throw fromMarshal(e);
        }
    }

    /** A module's code, with the importer's errors (bad magic number in 'name': b'...'). */
    static PyCode loadModule(Path path, String name) {
        try {
            return new PyCode(Pyc.load(read(path), name, path.toString()).code());
        } catch (MarshalException e) {
            PyBaseException err = fromMarshal(e);
            if (err.matches(PyExc.ImportError)) {
                // ImportError(message, name=name, path=bytecode_path): importlib's _classify_pyc.
                err.getDict().setStr("name", PyStr.of(name));
                err.getDict().setStr("path", PyStr.of(path.toString()));
            }
            throw err;
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw PyErr.of(PyExc.OSError, e.toString());
        }
    }

    /** The Python exception named by the bytecode layer's error. */
    static PyBaseException fromMarshal(MarshalException e) {
        PyType t = PyExc.ALL.getOrDefault(e.pythonType(), PyExc.ValueError);
        return PyErr.of(t, PyStr.of(e.getMessage()));
    }
}
