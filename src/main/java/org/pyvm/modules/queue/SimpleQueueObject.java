package org.pyvm.modules.queue;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.Interrupts;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _queue.SimpleQueue: an unbounded FIFO whose put never blocks, so that it may be called
 * from a __del__ method or a signal handler while the same thread is inside get (it is
 * reentrant). get waits with the GIL released. Compare CPython Modules/_queuemodule.c:
 * simplequeue_new, _queue_SimpleQueue_put_impl, _queue_SimpleQueue_get_impl.
 */
public class SimpleQueueObject implements PyObject {

    static final PyType TYPE = Types.finish(
        Types.builtin("_queue", "SimpleQueue", SimpleQueueObject.class, SimpleQueueObject.class));

    private final PyType type;
    /** The items. A concurrent queue, since a getter waits on it with the GIL released. */
    private final LinkedBlockingQueue<PyObject> items = new LinkedBlockingQueue<>();

    SimpleQueueObject(PyType type) {
        this.type = type;
    }

    /** An instance of a Python subclass: it has an attribute dictionary. */
    static final class Sub extends SimpleQueueObject implements HasDict {
        private PyDict dict;

        Sub(PyType type) {
            super(type);
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    /** SimpleQueue(): the exact type takes no arguments; a subclass's __init__ may take any. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (cls == TYPE) {
            int nkw = Args.nkw(kw);
            if (args.length - nkw > 0) {
                throw PyErr.typeError("SimpleQueue() takes no positional arguments");
            }
            if (nkw > 0) {
                throw PyErr.typeError("SimpleQueue() takes no keyword arguments");
            }
            return new SimpleQueueObject(TYPE);
        }
        return new Sub(cls);
    }

    /** put(item, block=True, timeout=None): never blocks; BLOCK and TIMEOUT are accepted for Queue compatibility. */
    @ExposedMethod
    static void put(SimpleQueueObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("put", args, kw, 1, 3, "item", "block", "timeout");
        self.items.add(a[0]);
    }

    @ExposedMethod
    static void put_nowait(SimpleQueueObject self, PyObject item) {
        self.items.add(item);
    }

    /** get(block=True, timeout=None): the oldest item; _queue.Empty when none came in time. */
    @ExposedMethod
    static PyObject get(SimpleQueueObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("get", args, kw, 0, 2, "block", "timeout");
        boolean block = a[0] == null || Abstract.isTrue(a[0]);
        long nanos = -1;
        if (!block) {
            nanos = 0;
        } else if (a[1] != null && a[1] != PyNone.NONE) {
            nanos = timeoutNanos(a[1]);
        }
        return self.take(nanos);
    }

    @ExposedMethod
    static PyObject get_nowait(SimpleQueueObject self) {
        return self.take(0);
    }

    @ExposedMethod
    static boolean empty(SimpleQueueObject self) {
        return self.items.isEmpty();
    }

    @ExposedMethod
    static int qsize(SimpleQueueObject self) {
        return self.items.size();
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    /**
     * get's timeout as _PyTime_FromSecondsObject reads it (rounding up), in nanoseconds;
     * a negative one is refused as in _queue_SimpleQueue_get_impl.
     */
    private static long timeoutNanos(PyObject t) {
        long nanos;
        if (t instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double d = Math.ceil(f.value * 1e9);
            if (!(d >= -0x1p63 && d < 0x1p63)) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            nanos = (long) d;
        } else {
            PyInt i = Abstract.index(t);
            if (i.isBig() || Math.abs(i.value) > Long.MAX_VALUE / 1_000_000_000L) {
                throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            nanos = i.value * 1_000_000_000L;
        }
        if (nanos < 0) {
            throw PyErr.valueError("'timeout' must be a non-negative number");
        }
        return nanos;
    }

    /**
     * The oldest item, waiting up to NANOS (-1: forever, 0: not at all) with the GIL released.
     * A signal whose handler raises ends the wait with that exception; otherwise the wait
     * goes on for the time left.
     */
    private PyObject take(long nanos) {
        PyObject item = items.poll();
        if (item != null) {
            return item;
        }
        if (nanos == 0) {
            throw empty();
        }
        long deadline = System.nanoTime() + nanos;
        while (true) {
            boolean released = Gil.release();
            Interrupts.beginWait();
            try {
                item = nanos < 0 ? items.take() : items.poll(nanos, TimeUnit.NANOSECONDS);
                if (item != null) {
                    return item;
                }
                if (nanos > 0) {
                    throw empty();
                }
            } catch (InterruptedException e) {
                Gil.reacquire(released);
                released = false;
                Interrupts.afterInterruptedWait();
            } finally {
                Interrupts.endWait();
                Gil.reacquire(released);
            }
            if (nanos > 0) {
                nanos = Math.max(1, deadline - System.nanoTime());
            }
        }
    }

    private static PyBaseException empty() {
        PyType e = QueueModule.empty;
        if (e == null) {
            org.pyvm.runtime.PyRuntime.builtinModule("_queue");
            e = QueueModule.empty;
        }
        return new PyBaseException(e, PyTuple.EMPTY);
    }
}
