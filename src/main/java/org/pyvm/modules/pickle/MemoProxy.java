package org.pyvm.modules.pickle;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * What {@code Pickler.memo} and {@code Unpickler.memo} return: a view of the memo with
 * clear(), copy() (a dict) and __reduce__ (that dict), which can be assigned back to another
 * pickler's memo. Compare CPython Modules/_pickle.c: PicklerMemoProxyObject,
 * UnpicklerMemoProxyObject.
 */
final class MemoProxy {

    private MemoProxy() {}

    /** _pickle.PicklerMemoProxy. */
    static final class Pickling implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("_pickle", "PicklerMemoProxy", Pickling.class,
            Pickling.class).without("__hash__"));

        final PicklerObject pickler;

        Pickling(PicklerObject pickler) {
            this.pickler = pickler;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static void clear(Pickling self) {
            self.pickler.memo.clear();
        }

        @ExposedMethod
        static PyObject copy(Pickling self) {
            return self.pickler.memoCopy();
        }

        @ExposedMethod
        static PyObject __reduce__(Pickling self) {
            return PyTuple.of(PyDict.TYPE, PyTuple.of(self.pickler.memoCopy()));
        }
    }

    /** _pickle.UnpicklerMemoProxy. */
    static final class Unpickling implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("_pickle", "UnpicklerMemoProxy", Unpickling.class,
            Unpickling.class).without("__hash__"));

        final UnpicklerObject unpickler;

        Unpickling(UnpicklerObject unpickler) {
            this.unpickler = unpickler;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static void clear(Unpickling self) {
            self.unpickler.memoClear();
        }

        @ExposedMethod
        static PyObject copy(Unpickling self) {
            return self.unpickler.memoCopy();
        }

        @ExposedMethod
        static PyObject __reduce__(Unpickling self) {
            return PyTuple.of(PyDict.TYPE, PyTuple.of(self.unpickler.memoCopy()));
        }
    }
}
