package org.pyvm.modules.testbuffer;

import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.BufferProvider;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBuffer;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _testbuffer.staticarray: a non-compliant exporter that answers every request with the
 * same full, read-only buffer of the twelve bytes 0..11 (a legacy-mode one without an
 * exporting object, so a view's obj is None). Compare Modules/_testbuffer.c: StaticArray_Type.
 */
final class StaticArray implements BufferProvider {

    static final PyType TYPE = PyType.builtin("staticarray", StaticArray.class, StaticArray.class)
        .notSubclassable();

    private static final byte[] MEM = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    private boolean legacyMode;

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("staticarray", args, kw, 0, 1, "legacy_mode");
        StaticArray a = new StaticArray();
        PyObject lm = ap.getOr(0, PyBool.FALSE);
        a.legacyMode = lm != PyBool.FALSE;
        return a;
    }

    /** Compare staticarray_getbuf: FLAGS are not looked at. */
    @Override
    public PyBuffer getBuffer(int flags) {
        PyBuffer b = new PyBuffer();
        b.mem = MEM;
        b.buf = 0;
        b.len = 12;
        b.itemsize = 1;
        b.readonly = true;
        b.ndim = 1;
        b.format = "B";
        b.shape = new int[] {12};
        b.strides = new int[] {1};
        b.obj = legacyMode ? null : this;
        return b;
    }
}
