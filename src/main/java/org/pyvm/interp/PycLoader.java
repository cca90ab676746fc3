package org.pyvm.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.MarshalException;
import org.pyvm.bytecode.MarshalReader;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * Reads a CPython 3.12 {@code .pyc}: the 16-byte header (magic 3531, flags, then mtime
 * and size or a hash) and the marshalled module code object, with CPython's errors for
 * bad files. Compare CPython Lib/importlib/_bootstrap_external.py: _classify_pyc and
 * Python/pythonrun.c: run_pyc_file.
 */
public final class PycLoader {

    private PycLoader() {}

    /** CPython 3.12's magic number, 3531, as the file's first four bytes. */
    static final byte[] MAGIC = {(byte) 0xcb, 0x0d, 0x0d, 0x0a};

    public static PyCode load(Path path) {
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw PyErr.of(PyExc.OSError, e.toString());
        }
        return load(data);
    }

    public static PyCode load(byte[] data) {
        if (data.length < 4 || data[0] != MAGIC[0] || data[1] != MAGIC[1] || data[2] != MAGIC[2] || data[3] != MAGIC[3]) {
            throw PyErr.runtimeError("Bad magic number in .pyc file");
        }
        if (data.length < 16) {
            throw PyErr.of(PyExc.EOFError, "marshal data too short");
        }
        Object o;
        try {
            o = new MarshalReader(data, 16, data.length - 16).readObject();
        } catch (MarshalException e) {
            // CPython's run_pyc_file reports any unreadable body this way.
            throw PyErr.runtimeError("Bad code object in .pyc file");
        }
        if (!(o instanceof CodeObject co)) {
            throw PyErr.runtimeError("Bad code object in .pyc file");
        }
        return new PyCode(co);
    }

    /** The Python exception CPython raises for this bad marshal data. */
    static PyBaseException fromMarshal(MarshalException e) {
        PyType t = PyExc.ALL.getOrDefault(e.pythonType(), PyExc.ValueError);
        return PyErr.of(t, PyStr.of(e.getMessage()));
    }
}
