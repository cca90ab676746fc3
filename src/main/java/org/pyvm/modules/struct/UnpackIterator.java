package org.pyvm.modules.struct;

import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/** The iterator iter_unpack returns. Compare CPython Modules/_struct.c: unpackiter_iternext. */
final class UnpackIterator extends IterBase {

    static final PyType TYPE = Types.finish(Types.builtin("_struct", "unpack_iterator", UnpackIterator.class,
        UnpackIterator.class).alsoExposedBy(IterBase.class).notSubclassable());

    private final StructFormat format;
    private final byte[] data;
    private int index;

    UnpackIterator(StructFormat format, byte[] data) {
        super(TYPE);
        this.format = format;
        this.data = data;
    }

    @Override
    protected PyObject nextItem() {
        if (index + format.size > data.length) {
            return null;
        }
        PyObject r = PyTuple.of(format.unpack(data, index));
        index += (int) format.size;
        return r;
    }

    @ExposedMethod
    static PyObject __length_hint__(UnpackIterator self) {
        return PyInt.of((self.data.length - self.index) / self.format.size);
    }
}
