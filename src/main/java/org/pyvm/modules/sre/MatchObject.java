package org.pyvm.modules.sre;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * re.Match: the spans of a successful match, over the subject object it was found in.
 * Groups are looked up by number (anything with __index__) or by name through the
 * pattern's groupindex. Compare CPython Modules/_sre/sre.c: match_getindex,
 * match_getslice_by_index, the _sre.SRE_Match methods, match_repr.
 */
public final class MatchObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("re", "Match", MatchObject.class, MatchObject.class)).notSubclassable();

    static {
        TYPE.mappingOnly = true;   // match[g] is mp_subscript only: iter(match) is a TypeError
    }

    final PatternObject pattern;
    final Subject subject;
    /** start, end of group 0, then of each group; -1 for a group that did not match. */
    private final int[] regs;
    private final int lastindex;
    private final int pos;
    private final int endpos;
    private PyTuple regsTuple;

    MatchObject(PatternObject pattern, Subject subject, SreMatch m) {
        this.pattern = pattern;
        this.subject = subject;
        this.regs = m.regs();
        this.lastindex = m.lastindex();
        this.pos = m.pos();
        this.endpos = m.endpos();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create 're.Match' instances");
    }

    /** Number of groups counting group 0. */
    int ngroups() {
        return regs.length / 2;
    }

    /** Group number of INDEX (null: 0), or IndexError "no such group". Compare match_getindex. */
    int index(PyObject index) {
        if (index == null) {
            return 0;
        }
        long i = -1;
        if (Abstract.hasIndex(index)) {
            PyInt v = Abstract.index(index);
            i = v.isBig() ? (v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : v.value;
        } else if (pattern.groupindex != null) {
            PyObject v = pattern.groupindex.get(index);
            if (v instanceof PyInt n && !n.isBig()) {
                i = n.value;
            }
        }
        if (i < 0 || i >= ngroups()) {
            throw PyErr.indexError("no such group");
        }
        return (int) i;
    }

    /** The text of group G, or DFLT when it did not match. Compare match_getslice_by_index. */
    PyObject slice(int g, PyObject dflt) {
        int i = regs[2 * g];
        if (i < 0) {
            return dflt;
        }
        int length = subject.length();
        return subject.slice(Math.min(i, length), Math.min(regs[2 * g + 1], length));
    }

    int start(int g) {
        return regs[2 * g];
    }

    int end(int g) {
        return regs[2 * g + 1];
    }

    @ExposedMethod
    static PyObject group(MatchObject self, PyObject[] args, String[] kw) {
        if (Args.nkw(kw) > 0) {
            throw PyErr.typeError("Match.group() takes no keyword arguments");
        }
        if (args.length == 0) {
            return self.slice(0, PyNone.NONE);
        }
        if (args.length == 1) {
            return self.slice(self.index(args[0]), PyNone.NONE);
        }
        PyObject[] t = new PyObject[args.length];
        for (int k = 0; k < args.length; k++) {
            t[k] = self.slice(self.index(args[k]), PyNone.NONE);
        }
        return PyTuple.of(t);
    }

    @ExposedMethod
    static PyObject __getitem__(MatchObject self, PyObject key) {
        return self.slice(self.index(key), PyNone.NONE);
    }

    @ExposedMethod
    static PyObject groups(MatchObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("groups", args, kw, 0, 1, "default");
        PyObject dflt = a[0] == null ? PyNone.NONE : a[0];
        PyObject[] t = new PyObject[self.ngroups() - 1];
        for (int g = 1; g < self.ngroups(); g++) {
            t[g - 1] = self.slice(g, dflt);
        }
        return PyTuple.of(t);
    }

    @ExposedMethod
    static PyObject groupdict(MatchObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("groupdict", args, kw, 0, 1, "default");
        PyObject dflt = a[0] == null ? PyNone.NONE : a[0];
        PyDict result = new PyDict();
        PyDict gi = self.pattern.groupindex;
        if (gi != null) {
            for (int i = gi.nextEntry(0); i >= 0; i = gi.nextEntry(i + 1)) {
                PyObject key = gi.keyAt(i);
                result.setItem(key, self.slice(self.index(key), dflt));
            }
        }
        return result;
    }

    /** The group argument of start/end/span: "group=0, /". */
    private int groupArg(String name, PyObject[] args, String[] kw) {
        if (Args.nkw(kw) > 0) {
            throw PyErr.typeError("Match." + name + "() takes no keyword arguments");
        }
        Args.positional(name, args.length, 0, 1);
        return index(args.length == 0 ? null : args[0]);
    }

    @ExposedMethod
    static PyObject start(MatchObject self, PyObject[] args, String[] kw) {
        return PyInt.of(self.start(self.groupArg("start", args, kw)));
    }

    @ExposedMethod
    static PyObject end(MatchObject self, PyObject[] args, String[] kw) {
        return PyInt.of(self.end(self.groupArg("end", args, kw)));
    }

    @ExposedMethod
    static PyObject span(MatchObject self, PyObject[] args, String[] kw) {
        int g = self.groupArg("span", args, kw);
        return PyTuple.of(PyInt.of(self.start(g)), PyInt.of(self.end(g)));
    }

    /** Backslash substitution as sub() does it, through re._compile_template. */
    @ExposedMethod
    static PyObject expand(MatchObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("expand", args, kw, 1, 1, "template");
        return SreModule.compileTemplate(self.pattern, a[0]).expand(self);
    }

    @ExposedMethod
    static PyObject __copy__(MatchObject self) {
        return self;
    }

    @ExposedMethod
    static PyObject __deepcopy__(MatchObject self, PyObject memo) {
        return self;
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    @ExposedGetter
    static PyObject string(MatchObject self) {
        return self.subject.obj;
    }

    @ExposedGetter
    static PyObject re(MatchObject self) {
        return self.pattern;
    }

    @ExposedGetter
    static PyObject pos(MatchObject self) {
        return PyInt.of(self.pos);
    }

    @ExposedGetter
    static PyObject endpos(MatchObject self) {
        return PyInt.of(self.endpos);
    }

    @ExposedGetter
    static PyObject lastindex(MatchObject self) {
        return self.lastindex >= 0 ? PyInt.of(self.lastindex) : PyNone.NONE;
    }

    @ExposedGetter
    static PyObject lastgroup(MatchObject self) {
        PyTuple ig = self.pattern.indexgroup;
        if (ig != null && self.lastindex >= 0 && self.lastindex < ig.size()) {
            return ig.get(self.lastindex);
        }
        return PyNone.NONE;
    }

    @ExposedGetter
    static PyObject regs(MatchObject self) {
        if (self.regsTuple == null) {
            PyObject[] t = new PyObject[self.ngroups()];
            for (int g = 0; g < t.length; g++) {
                t[g] = PyTuple.of(PyInt.of(self.start(g)), PyInt.of(self.end(g)));
            }
            self.regsTuple = PyTuple.of(t);
        }
        return self.regsTuple;
    }

    /** {@code <re.Match object; span=(0, 3), match='abc'>}, the match's repr cut to 50 chars. */
    @ExposedMethod
    static String __repr__(MatchObject self) {
        PyObject g0 = self.slice(0, PyNone.NONE);
        return "<" + self.type().getName() + " object; span=(" + self.start(0) + ", " + self.end(0) + "), match="
            + PatternObject.cut(Abstract.repr(g0).value(), 50) + ">";
    }
}
