package org.pyvm.modules.pickle;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.ViewExporter;

/**
 * pickle.PickleBuffer: a wrapper of a buffer that protocol 5 pickles in band (as bytes or
 * bytearray) or hands to the pickler's buffer_callback (out of band). It holds a memoryview
 * of the buffer it was given until release(). Compare CPython Objects/picklebufobject.c.
 */
public final class PickleBufferObject implements ViewExporter {

    static final PyType TYPE = Types.finish(Types.builtin("pickle", "PickleBuffer", PickleBufferObject.class,
        PickleBufferObject.class).notSubclassable());

    /** The view of the wrapped buffer, or null once released. */
    private PyMemoryView view;

    private PickleBufferObject(PyMemoryView view) {
        this.view = view;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (Args.nkw(kw) > 0) {
            throw PyErr.typeError("PickleBuffer() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError("PickleBuffer() takes exactly 1 argument (" + args.length + " given)");
        }
        PyMemoryView v = PyMemoryView.fromObject(args[0]);
        if (v == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + args[0].type().getName() + "'");
        }
        return new PickleBufferObject(v);
    }

    /** The view, or ValueError once released. */
    PyMemoryView view() {
        if (view == null) {
            throw PyErr.valueError("operation forbidden on released PickleBuffer object");
        }
        return view;
    }

    @Override
    public PyMemoryView exportView() {
        return PyMemoryView.fromObject(view());
    }

    /** raw(): a 1-D unsigned-byte memoryview of the whole buffer. Compare picklebuf_raw. */
    @ExposedMethod
    static PyObject raw(PickleBufferObject self) {
        PyMemoryView v = self.view();
        if (!Abstract.isTrue(Abstract.getAttr(v, "contiguous"))) {
            throw PyErr.of(PyExc.BufferError, "cannot extract raw buffer from non-contiguous buffer");
        }
        // Over the same memory and writable as the buffer is, in either contiguous order.
        return v.memoryOrderBytes();
    }

    /** release(): lets go of the buffer. Compare picklebuf_release. */
    @ExposedMethod
    static void release(PickleBufferObject self) {
        PyObject v = self.view;
        self.view = null;
        if (v != null) {
            Abstract.call(Abstract.getAttr(v, "release"));
        }
    }
}
