package org.pyvm.modules.lzma;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/** _lzma.LZMACompressor. */
final class LzmaCompressorObj implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_lzma", "LZMACompressor", LzmaCompressorObj.class,
        LzmaCompressorObj.class)).notSubclassable();

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.of(PyExc.NotImplementedError, "pyvm: lzma compression (LZMACompressor) is not built yet");
    }
}
