package org.pyvm.modules.itertools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
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

        /** count(n) while counting ints by 1, else count(cnt, step). Compare count_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Count self) {
            ItertoolsModule.pickleDeprecated();
            if (self.fast && self.fastStep == 1) {
                return PyTuple.of(self.type(), PyTuple.of(PyInt.of(self.fastCnt)));
            }
            return PyTuple.of(self.type(), PyTuple.of(self.current(), self.fast ? PyInt.of(self.fastStep) : self.step));
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
        /** The items seen (a list: __setstate__ may give one). */
        private PyList saved = new PyList();
        /** Set by __setstate__ from a pickle: saved is complete, items from it are not added. */
        private boolean firstpass;
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
                    if (!firstpass) {
                        saved.append(v);
                    }
                    return v;
                }
                it = null;
            }
            if (saved.size() == 0) {
                return null;
            }
            PyObject v = saved.get(index);
            index++;
            if (index >= saved.size()) {
                index = 0;
            }
            return v;
        }

        /** Compare cycle_reduce: the iterator (or the saved items from the index) and (saved, firstpass). */
        @ExposedMethod
        static PyObject __reduce__(Cycle self) {
            ItertoolsModule.pickleDeprecated();
            if (self.it == null) {
                PyObject it = Abstract.iter(self.saved);
                if (self.index != 0) {
                    Abstract.call(Abstract.getAttr(it, "__setstate__"), PyInt.of(self.index));
                }
                return PyTuple.of(self.type(), PyTuple.of(it), PyTuple.of(self.saved, PyBool.TRUE));
            }
            return PyTuple.of(self.type(), PyTuple.of(self.it), PyTuple.of(self.saved, PyBool.of(self.firstpass)));
        }

        /** Compare cycle_setstate: (list, firstpass) where firstpass may be 1/0 from old pickles. */
        @ExposedMethod
        static void __setstate__(Cycle self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            if (!(state instanceof PyTuple t)) {
                throw PyErr.typeError("state is not a tuple");
            }
            if (t.size() != 2) {
                throw PyErr.typeError("function takes exactly 2 arguments (" + t.size() + " given)");
            }
            if (!(t.get(0) instanceof PyList l)) {
                throw PyErr.typeError("argument 1 must be list, not " + t.get(0).type().getName());
            }
            if (t.get(1) instanceof PyFloat) {
                throw PyErr.typeError("'float' object cannot be interpreted as an integer");
            }
            boolean first = Abstract.index(t.get(1)).signum() != 0;
            self.saved = l;
            self.firstpass = first;
            self.index = 0;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            args = Args.dropKeywords("cycle", cls, TYPE, args, kw);
            Args.exact("cycle", args, null, 1);
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

        /** Compare repeat_reduce: repeat(element, cnt) or repeat(element). */
        @ExposedMethod
        static PyObject __reduce__(Repeat self) {
            ItertoolsModule.pickleDeprecated();
            if (self.cnt >= 0) {
                return PyTuple.of(self.type(), PyTuple.of(self.element, PyInt.of(self.cnt)));
            }
            return PyTuple.of(self.type(), PyTuple.of(self.element));
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
