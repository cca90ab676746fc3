package org.pyvm.modules.ctypes;

import java.lang.foreign.MemorySegment;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * Native memory a ctypes object keeps alive in its _objects (a wchar_t copy of a str given
 * to c_wchar_p): CPython keeps a capsule there, and this prints as one. Compare
 * cfield.c: Z_set's PyCapsule_New(buffer, "_ctypes/cfield.c pymem", ...).
 */
final class NativeBuffer implements PyObject {

    static final PyType TYPE = PyType.builtin("PyCapsule", NativeBuffer.class, NativeBuffer.class).notSubclassable()
        .noInstances();

    final MemorySegment segment;

    NativeBuffer(MemorySegment segment) {
        this.segment = segment;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static String __repr__(PyObject self) {
        return "<capsule object \"_ctypes/cfield.c pymem\" at 0x" + Abstract.idHex(self) + ">";
    }
}
