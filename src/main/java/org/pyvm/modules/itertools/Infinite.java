package org.pyvm.modules.itertools;

import java.util.ArrayList;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;

/** The infinite iterators of itertools: count, cycle, repeat. Compare CPython Modules/itertoolsmodule.c. */
final class Infinite {

    private Infinite() {}

    /** CPython's PyNumber_Check: has __index__, __int__ or __float__, or is complex. */
    static boolean isNumber(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat) {
            return true;
        }
        PyType t = o.type();
        return t.slot(Slot.INDEX) != null || t.slot(Slot.INT) != null || t.slot(Slot.FLOAT) != null
            || t.lookup("__complex__") != null || t.getName().equals("complex");
    }

    /** count(start=0, step=1). Compare itertoolsmodule.c: itertools_count_impl, count_next. */
    static final class Count extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "count", Count.class, Count.class)
            .alsoExposedBy(IterBase.class));

        /** Fast mode: both ints fit a long (CPython's cnt with long_cnt NULL). */
        private long fastCnt;
        private long fastStep;
        private boolean fast;
        /** Slow mode: any numbers, added with +. */
        private PyObject cnt;
        private PyObject step;

        Count(PyType type, PyObject start, PyObject step) {
            super(type);
            this.cnt = start;
            this.step = step;
            if (start instanceof PyInt a && !a.isBig() && start.getClass() == PyInt.class
                && step instanceof PyInt b && !b.isBig() && step.getClass() == PyInt.class) {
                fast = true;
                fastCnt = a.value;
                fastStep = b.value;
            }
        }

        @Override
        protected PyObject nextItem() {
            if (fast) {
                long v = fastCnt;
                try {
                    fastCnt = Math.addExact(v, fastStep);
                    return PyInt.of(v);
                } catch (ArithmeticException e) {
                    fast = false;
                    cnt = PyInt.of(v);
                }
            }
            PyObject v = cnt;
            cnt = Ops.binaryOp(v, step, Ops.NB_ADD);
            return v;
        }

        private PyObject current() {
            return fast ? PyInt.of(fastCnt) : cnt;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("count", args, kw, 0, 2, "start", "step");
            PyObject start = a[0] == null ? PyInt.ZERO : a[0];
            PyObject step = a[1] == null ? PyInt.ONE : a[1];
            if (!isNumber(start) || !isNumber(step)) {
                throw PyErr.typeError("a number is required");
            }
            return new Count(cls, start, step);
        }

        /** Compare count_repr: the step is left out when it is the int 1. */
        @ExposedMethod
        static String __repr__(Count self) {
            String name = Types.shortName(self.type());
            PyObject step = self.fast ? PyInt.of(self.fastStep) : self.step;
            String c = Abstract.repr(self.current()).toString();
            if (step instanceof PyInt i && !i.isBig() && i.value == 1) {
                return name + "(" + c + ")";
            }
            return name + "(" + c + ", " + Abstract.repr(step) + ")";
        }
    }

    /** cycle(iterable). Compare itertoolsmodule.c: cycle_next. */
    static final class Cycle extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "cycle", Cycle.class, Cycle.class)
            .alsoExposedBy(IterBase.class));

        private PyObject it;
        private final ArrayList<PyObject> saved = new ArrayList<>();
        private int index;

        Cycle(PyType type, PyObject it) {
            super(type);
            this.it = it;
        }

        @Override
        protected PyObject nextItem() {
            if (it != null) {
                PyObject v = Abstract.next(it);
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                it = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            PyObject v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            Args.exact("cycle", args, kw, 1);
            return new Cycle(cls, Abstract.iter(args[0]));
        }
    }

    /** repeat(object[, times]). Compare itertoolsmodule.c: repeat_new, repeat_next, repeat_repr. */
    static final class Repeat extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "repeat", Repeat.class, Repeat.class)
            .alsoExposedBy(IterBase.class));

        private final PyObject element;
        /** Items left, or -1 for ever. */
        private long cnt;

        Repeat(PyType type, PyObject element, long cnt) {
            super(type);
            this.element = element;
            this.cnt = cnt;
        }

        @Override
        protected PyObject nextItem() {
            if (cnt == 0) {
                return null;
            }
            if (cnt > 0) {
                cnt--;
            }
            return element;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("repeat", args, kw, 1, 2, "object", "times");
            long cnt = -1;
            if (a[1] != null) {
                PyInt n = Abstract.index(a[1]);
                cnt = n.signum() < 0 ? 0 : n.isBig() ? Long.MAX_VALUE : n.value;
            }
            return new Repeat(cls, a[0], cnt);
        }

        @ExposedMethod
        static String __repr__(Repeat self) {
            String name = Types.shortName(self.type());
            if (self.cnt == -1) {
                return name + "(" + Abstract.repr(self.element) + ")";
            }
            return name + "(" + Abstract.repr(self.element) + ", " + self.cnt + ")";
        }

        @ExposedMethod
        static PyObject __length_hint__(Repeat self) {
            if (self.cnt == -1) {
                throw PyErr.typeError("len() of unsized object");
            }
            return PyInt.of(self.cnt);
        }
    }

}
