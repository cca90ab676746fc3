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
            return r;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            Args.exact("_grouper", args, kw, 2);
            if (!(args[0] instanceof GroupBy g)) {
                throw PyErr.typeError("_grouper() argument 1 must be itertools.groupby, not "
                    + args[0].type().getName());
            }
            return new Grouper(g, args[1]);
        }
    }
}
