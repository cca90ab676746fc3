package org.pyvm.modules.collections;

import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _deque_iterator and _deque_reverse_iterator: walk a deque by position, and fail once
 * the deque has changed under them. Compare CPython Modules/_collectionsmodule.c:
 * dequeiter_next, dequereviter_next.
 */
final class DequeIter extends IterBase {
    static final PyType FORWARD = Types.finish(Types.builtin("_collections", "_deque_iterator", DequeIter.class,
        DequeIter.class).alsoExposedBy(IterBase.class).notSubclassable());
    static final PyType REVERSE = Types.finish(Types.builtin("_collections", "_deque_reverse_iterator",
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
}
