package org.pyvm.modules.testcapi;

import org.pyvm.runtime.BufferExporter;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _testcapi.testBuf: an object of a builtin type exporting the read-only bytes b"test",
 * which counts its exports in {@code references}; PEP 688's __buffer__ and
 * __release_buffer__ are its buffer slots seen from Python (test_buffer's test_c_buffer).
 * Compare CPython Modules/_testcapi/buffer.c: testBufType.
 */
final class TestBufObject implements BufferExporter {

    static final PyType TYPE = PyType.builtin("testBufType", TestBufObject.class, TestBufObject.class);

    private final byte[] data = {'t', 'e', 's', 't'};
    private final PyMemoryView.Exports exports = new PyMemoryView.Exports();

    static void addTo(PyModule m) {
        m.getDict().setStr("testBuf", TYPE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public byte[] exportedArray() {
        return data;
    }

    @Override
    public boolean exportedReadonly() {
        return true;
    }

    @Override
    public PyMemoryView.Exports exports() {
        return exports;
    }

    /** testBufType(...): the arguments are ignored, as PyType_GenericNew does. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new TestBufObject();
    }

    @ExposedMethod
    static PyObject __buffer__(TestBufObject self, PyObject flags) {
        return PyMemoryView.builtinView(self, PyMemoryView.bufferFlags(flags));
    }

    @ExposedMethod
    static void __release_buffer__(TestBufObject self, PyObject view) {
        PyMemoryView.releaseBufferOf(self, view);
    }

    /** The exports not yet released (CPython's count, which its getbuffer/releasebuffer keep). */
    @ExposedGetter
    static PyObject references(TestBufObject self) {
        return PyInt.of(self.exports.count());
    }
}
