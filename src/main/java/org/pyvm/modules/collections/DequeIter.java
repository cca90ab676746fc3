package org.pyvm.modules.collections;

import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _deque_iterator and _deque_reverse_iterator: walk a deque by position, and fail once
 * the deque has changed under them. Compare CPython Modules/_collectionsmodule.c:
 * dequeiter_next, dequereviter_next.
 */
final class DequeIter extends IterBase {
    static final PyType FORWARD = Types.finish(Types.builtin("collections", "_deque_iterator", DequeIter.class,
        DequeIter.class).alsoExposedBy(IterBase.class).notSubclassable());
    static final PyType REVERSE = Types.finish(Types.builtin("collections", "_deque_reverse_iterator",
        DequeIter.class, DequeIter.class).alsoExposedBy(IterBase.class).notSubclassable());

    private final Deque deque;
    private final long state;
    private final boolean reverse;
    /** Position of the next item. */
    private int index;
    /** Items left. Compare it->counter. */
    private int counter;

    DequeIter(Deque deque, boolean reverse) {
        super(reverse ? REVERSE : FORWARD);
        this.deque = deque;
        this.state = deque.state;
        this.reverse = reverse;
        this.counter = deque.size;
        this.index = reverse ? deque.size - 1 : 0;
    }

    @Override
    protected PyObject nextItem() {
        if (deque.state != state) {
            counter = 0;
            throw PyErr.runtimeError("deque mutated during iteration");
        }
        if (counter == 0) {
            return null;
        }
        PyObject v = deque.get(index);
        index += reverse ? -1 : 1;
        counter--;
        return v;
    }

    @ExposedMethod
    static long __length_hint__(DequeIter self) {
        return self.counter;
    }

    /**
     * _deque_iterator(deque[, index]): a new iterator that has already consumed INDEX
     * items (how pickle rebuilds one). Keywords are ignored, as PyArg_ParseTuple does.
     * Compare _collectionsmodule.c: dequeiter_new, dequereviter_new.
     */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int n = args.length - (kw == null ? 0 : kw.length);
        if (n < 1) {
            throw PyErr.typeError("function takes at least 1 argument (0 given)");
        }
        if (n > 2) {
            throw PyErr.typeError("function takes at most 2 arguments (" + n + " given)");
        }
        if (!(args[0] instanceof Deque d)) {
            throw PyErr.typeError("argument 1 must be collections.deque, not " + args[0].type().getName());
        }
        long index = n == 2 ? Abstract.index(args[1]).longValue() : 0;
        DequeIter it = new DequeIter(d, cls == REVERSE);
        for (long i = 0; i < index && it.nextItem() != null; i++) {
            // consume
        }
        return it;
    }

    /** (type(it), (deque, items consumed)). Compare dequeiter_reduce. */
    @ExposedMethod
    static PyObject __reduce__(DequeIter self) {
        return PyTuple.of(self.reverse ? REVERSE : FORWARD, PyTuple.of(self.deque, PyInt.of(self.deque.size - self.counter)));
    }
}
