package org.pyvm.modules.itertools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * groupby(iterable, key=None) and its groups, _grouper. Only the newest group yields
 * items: advancing the groupby ends the groups handed out before. Compare CPython
 * Modules/itertoolsmodule.c: groupby_next, groupby_step, _grouper_next.
 */
final class GroupBy extends IterBase {
    static final PyType TYPE = Types.finish(Types.builtin("itertools", "groupby", GroupBy.class, GroupBy.class)
        .alsoExposedBy(IterBase.class));

    private final PyObject it;
    private final PyObject keyfunc;
    private PyObject tgtkey;
    private PyObject currkey;
    private PyObject currvalue;
    private Grouper currgrouper;

    GroupBy(PyType type, PyObject it, PyObject keyfunc) {
        super(type);
        this.it = it;
        this.keyfunc = keyfunc;
    }

    /** Reads the next item and its key; false at the end. Compare groupby_step. */
    private boolean step() {
        PyObject v = Abstract.next(it);
        if (v == null) {
            return false;
        }
        PyObject k = keyfunc == PyNone.NONE ? v : Abstract.call(keyfunc, v);
        currvalue = v;
        currkey = k;
        return true;
    }

    @Override
    protected PyObject nextItem() {
        currgrouper = null;
        // Skip the rest of the current group.
        while (true) {
            if (currkey != null) {
                if (tgtkey == null || !Ops.eqBool(tgtkey, currkey)) {
                    break;
                }
            }
            if (!step()) {
                return null;
            }
        }
        tgtkey = currkey;
        Grouper g = new Grouper(this, tgtkey);
        currgrouper = g;
        return PyTuple.of(currkey, g);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("groupby", args, kw, 1, 2, "iterable", "key");
        return new GroupBy(cls, Abstract.iter(a[0]), a[1] == null ? PyNone.NONE : a[1]);
    }

    /** (it, keyfunc), with (currkey, currvalue, tgtkey) once inside a group. Compare groupby_reduce. */
    @ExposedMethod
    static PyObject __reduce__(GroupBy self) {
        ItertoolsModule.pickleDeprecated();
        PyObject args = PyTuple.of(self.it, self.keyfunc);
        if (self.tgtkey != null && self.currkey != null && self.currvalue != null) {
            return PyTuple.of(self.type(), args, PyTuple.of(self.currkey, self.currvalue, self.tgtkey));
        }
        return PyTuple.of(self.type(), args);
    }

    /** Compare groupby_setstate. */
    @ExposedMethod
    static void __setstate__(GroupBy self, PyObject state) {
        ItertoolsModule.pickleDeprecated();
        if (!(state instanceof PyTuple t)) {
            throw PyErr.typeError("state is not a tuple");
        }
        if (t.size() != 3) {
            throw PyErr.typeError("function takes exactly 3 arguments (" + t.size() + " given)");
        }
        self.currkey = t.get(0);
        self.currvalue = t.get(1);
        self.tgtkey = t.get(2);
    }

    /** One group of a groupby. Compare _grouper_next. */
    static final class Grouper extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "_grouper", Grouper.class, Grouper.class)
            .alsoExposedBy(IterBase.class).notSubclassable());

        private final GroupBy parent;
        private final PyObject tgtkey;

        Grouper(GroupBy parent, PyObject tgtkey) {
            super(TYPE);
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override
        protected PyObject nextItem() {
            GroupBy gbo = parent;
            if (gbo.currgrouper != this) {
                return null;
            }
            if (gbo.currvalue == null && !gbo.step()) {
                return null;
            }
            if (!Ops.eqBool(tgtkey, gbo.currkey)) {
                return null;
            }
            PyObject r = gbo.currvalue;
            gbo.currvalue = null;
            gbo.currkey = null;
            return r;
        }

        /** The group, or iter(()) once the groupby has moved past it. Compare _grouper_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Grouper self) {
            ItertoolsModule.pickleDeprecated();
            if (self.parent.currgrouper != self) {
                PyObject iter = org.pyvm.runtime.PyRuntime.builtinModule("builtins").getDict().getStr("iter");
                return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(self.type(), PyTuple.of(self.parent, self.tgtkey));
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            Args.exact("_grouper", args, kw, 2);
            if (!(args[0] instanceof GroupBy g)) {
                throw PyErr.typeError("_grouper() argument 1 must be itertools.groupby, not "
                    + args[0].type().getName());
            }
            // Compare _grouper_create: the new group becomes the parent's current one.
            Grouper gr = new Grouper(g, args[1]);
            g.currgrouper = gr;
            return gr;
        }
    }
}
