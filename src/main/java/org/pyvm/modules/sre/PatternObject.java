package org.pyvm.modules.sre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyIterators;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyMappingProxy;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * re.Pattern: what {@code _sre.compile} returns. It keeps the engine's
 * {@link SrePattern} beside the Python-level pattern, flags, groupindex and indexgroup;
 * match/fullmatch/search run the engine once, findall/split/sub loop on an
 * {@link SreScanner}. Compare CPython Modules/_sre/sre.c: the _sre.SRE_Pattern methods,
 * pattern_subx, pattern_repr, pattern_richcompare, pattern_hash.
 */
public final class PatternObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("re", "Pattern", PatternObject.class, PatternObject.class)).notSubclassable();

    final SrePattern engine;
    final PyObject pattern;
    final int flags;
    /** Capturing groups (not counting group 0). */
    final int groups;
    /** Null when the pattern has no named groups (CPython keeps NULL then). */
    final PyDict groupindex;
    final PyTuple indexgroup;
    /** -1: compiled from None (any subject), 0: str, 1: bytes. */
    final int isbytes;

    PatternObject(SrePattern engine, PyObject pattern, int flags, int groups, PyDict groupindex,
                  PyTuple indexgroup, int isbytes) {
        this.engine = engine;
        this.pattern = pattern;
        this.flags = flags;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isbytes = isbytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create 're.Pattern' instances");
    }

    /** The subject for a call, with state_init's str/bytes checks. */
    Subject subject(PyObject string) {
        Subject s = Subject.of(string);
        if (s.isBytes && isbytes == 0) {
            throw PyErr.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!s.isBytes && isbytes > 0) {
            throw PyErr.typeError("cannot use a bytes pattern on a string-like object");
        }
        return s;
    }

    /** A Py_ssize_t argument (an index, OverflowError past 64 bits), clamped to Java's int. */
    static int ssize(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        long v = Abstract.ssizeArg(o);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private interface Run {
        SreMatch run(int[] text, int pos, int endpos);
    }

    private PyObject once(String name, PyObject[] args, String[] kw, Run how) {
        PyObject[] a = Args.parse(name, args, kw, 1, 3, "string", "pos", "endpos");
        // Argument Clinic converts pos and endpos before the string is looked at.
        int pos = ssize(a[1], 0);
        int endpos = ssize(a[2], Integer.MAX_VALUE);
        Subject s = subject(a[0]);
        SreMatch m;
        try {
            m = how.run(s.text, pos, endpos);
        } catch (SreException e) {
            throw SreModule.error(e);
        }
        return m == null ? PyNone.NONE : new MatchObject(this, s, m);
    }

    @ExposedMethod
    static PyObject match(PatternObject self, PyObject[] args, String[] kw) {
        return self.once("match", args, kw, self.engine::match);
    }

    @ExposedMethod
    static PyObject fullmatch(PatternObject self, PyObject[] args, String[] kw) {
        return self.once("fullmatch", args, kw, self.engine::fullmatch);
    }

    @ExposedMethod
    static PyObject search(PatternObject self, PyObject[] args, String[] kw) {
        return self.once("search", args, kw, self.engine::search);
    }

    /** A scanner over [pos, endpos) of SUBJECT; CPython's pattern_scanner. */
    ScannerObject scannerOf(Subject s, int pos, int endpos) {
        return new ScannerObject(this, s, engine.scanner(s.text, pos, endpos));
    }

    private static SreMatch next(SreScanner sc) {
        try {
            return sc.search();
        } catch (SreException e) {
            throw SreModule.error(e);
        }
    }

    @ExposedMethod
    static PyObject scanner(PatternObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("scanner", args, kw, 1, 3, "string", "pos", "endpos");
        int pos = ssize(a[1], 0);
        int endpos = ssize(a[2], Integer.MAX_VALUE);
        return self.scannerOf(self.subject(a[0]), pos, endpos);
    }

    /** An iterator calling scanner.search until it returns None; CPython's PyCallIter_New. */
    @ExposedMethod
    static PyObject finditer(PatternObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("finditer", args, kw, 1, 3, "string", "pos", "endpos");
        int pos = ssize(a[1], 0);
        int endpos = ssize(a[2], Integer.MAX_VALUE);
        ScannerObject sc = self.scannerOf(self.subject(a[0]), pos, endpos);
        return new PyIterators.CallIter(Abstract.getAttr(sc, "search"), PyNone.NONE);
    }

    /** Compare sre.c: _sre_SRE_Pattern_findall_impl (group 0, group 1, or a tuple of all groups). */
    @ExposedMethod
    static PyObject findall(PatternObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("findall", args, kw, 1, 3, "string", "pos", "endpos");
        int pos = ssize(a[1], 0);
        int endpos = ssize(a[2], Integer.MAX_VALUE);
        Subject s = self.subject(a[0]);
        SreScanner sc = self.engine.scanner(s.text, pos, endpos);
        PyList list = new PyList();
        for (SreMatch m = next(sc); m != null; m = next(sc)) {
            switch (self.groups) {
                case 0 -> list.append(s.slice(m.start(), m.end()));
                case 1 -> list.append(groupOrEmpty(s, m, 1));
                default -> {
                    PyObject[] t = new PyObject[self.groups];
                    for (int g = 1; g <= self.groups; g++) {
                        t[g - 1] = groupOrEmpty(s, m, g);
                    }
                    list.append(PyTuple.of(t));
                }
            }
        }
        return list;
    }

    private static PyObject groupOrEmpty(Subject s, SreMatch m, int g) {
        return m.start(g) < 0 ? s.slice(0, 0) : s.slice(m.start(g), m.end(g));
    }

    /** Compare sre.c: _sre_SRE_Pattern_split_impl. */
    @ExposedMethod
    static PyObject split(PatternObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("split", args, kw, 1, 2, "string", "maxsplit");
        Subject s = self.subject(a[0]);
        long maxsplit = a[1] == null ? 0 : Abstract.index(a[1]).longValue();
        SreScanner sc = self.engine.scanner(s.text);
        PyList list = new PyList();
        int last = 0;
        long n = 0;
        while (maxsplit == 0 || n < maxsplit) {
            SreMatch m = next(sc);
            if (m == null) {
                break;
            }
            list.append(s.slice(last, m.start()));
            for (int g = 1; g <= self.groups; g++) {
                list.append(m.start(g) < 0 ? PyNone.NONE : s.slice(m.start(g), m.end(g)));
            }
            n++;
            last = m.end();
        }
        list.append(s.slice(last, s.text.length));
        return list;
    }

    @ExposedMethod
    static PyObject sub(PatternObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("sub", args, kw, 2, 3, "repl", "string", "count");
        return self.subx(a[0], a[1], a[2] == null ? 0 : Abstract.index(a[2]).longValue(), false);
    }

    @ExposedMethod
    static PyObject subn(PatternObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("subn", args, kw, 2, 3, "repl", "string", "count");
        return self.subx(a[0], a[1], a[2] == null ? 0 : Abstract.index(a[2]).longValue(), true);
    }

    static boolean callable(PyObject o) {
        return o instanceof org.pyvm.runtime.Callable || o instanceof PyType
            || o.type().slot(org.pyvm.runtime.Slot.CALL) != null;
    }

    /**
     * sub/subn. REPL is a callable (called with each match; None adds nothing), a literal
     * (no backslash), or a template compiled by re._compile_template. Compare sre.c:
     * pattern_subx.
     */
    private PyObject subx(PyObject repl, PyObject string, long count, boolean subn) {
        PyObject literal = null;
        TemplateObject template = null;
        PyObject func = null;
        if (callable(repl)) {
            func = repl;
        } else {
            boolean isLiteral;
            if (repl instanceof PyStr r) {
                isLiteral = r.value().indexOf('\\') < 0;
            } else {
                byte[] b = Subject.bytesOf(repl);
                isLiteral = b != null;
                if (b != null) {
                    for (byte x : b) {
                        if (x == '\\') {
                            isLiteral = false;
                            break;
                        }
                    }
                }
            }
            if (isLiteral) {
                literal = repl;
            } else {
                template = SreModule.compileTemplate(this, repl);
                if (template.isLiteral()) {
                    literal = template.literal;
                    template = null;
                }
            }
        }
        Subject s = subject(string);
        SreScanner sc = engine.scanner(s.text);
        List<PyObject> items = new ArrayList<>();
        int i = 0;
        long n = 0;
        while (count == 0 || n < count) {
            SreMatch m = next(sc);
            if (m == null) {
                break;
            }
            int b = m.start();
            int e = m.end();
            if (i < b) {
                items.add(s.slice(i, b));
            }
            PyObject item;
            if (literal != null) {
                item = literal;
            } else {
                MatchObject mo = new MatchObject(this, s, m);
                item = template != null ? template.expand(mo) : Abstract.call(func, mo);
            }
            if (item != PyNone.NONE) {
                items.add(item);
            }
            i = e;
            n++;
        }
        if (i < s.text.length) {
            items.add(s.slice(i, s.text.length));
        }
        PyObject result = items.isEmpty() ? s.slice(0, 0) : Pieces.join(s.isBytes, items);
        return subn ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    @ExposedMethod
    static PyObject __copy__(PatternObject self) {
        return self;
    }

    @ExposedMethod
    static PyObject __deepcopy__(PatternObject self, PyObject memo) {
        return self;
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    @ExposedGetter
    static PyObject pattern(PatternObject self) {
        return self.pattern;
    }

    @ExposedGetter
    static PyObject flags(PatternObject self) {
        return PyInt.of(self.flags);
    }

    @ExposedGetter
    static PyObject groups(PatternObject self) {
        return PyInt.of(self.groups);
    }

    @ExposedGetter
    static PyObject groupindex(PatternObject self) {
        // CPython gives a fresh dict (not a proxy) when there are no named groups.
        return self.groupindex == null ? new PyDict() : new PyMappingProxy(self.groupindex);
    }

    private static final String[] FLAG_NAMES = {"re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL",
        "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
    private static final int[] FLAG_VALUES = {SreConstants.FLAG_IGNORECASE, SreConstants.FLAG_LOCALE,
        SreConstants.FLAG_MULTILINE, SreConstants.FLAG_DOTALL, SreConstants.FLAG_UNICODE, SreConstants.FLAG_VERBOSE,
        SreConstants.FLAG_DEBUG, SreConstants.FLAG_ASCII};

    /** re.compile('...', re.IGNORECASE|0x...): the repr cut to 200 chars. Compare sre.c: pattern_repr. */
    @ExposedMethod
    static String __repr__(PatternObject self) {
        int f = self.flags;
        int kinds = SreConstants.FLAG_LOCALE | SreConstants.FLAG_UNICODE | SreConstants.FLAG_ASCII;
        if (self.isbytes == 0 && (f & kinds) == SreConstants.FLAG_UNICODE) {
            f &= ~SreConstants.FLAG_UNICODE;
        }
        StringBuilder names = new StringBuilder();
        for (int k = 0; k < FLAG_NAMES.length; k++) {
            if ((f & FLAG_VALUES[k]) != 0) {
                names.append(names.isEmpty() ? "" : "|").append(FLAG_NAMES[k]);
                f &= ~FLAG_VALUES[k];
            }
        }
        if (f != 0) {
            names.append(names.isEmpty() ? "" : "|").append("0x").append(Integer.toHexString(f));
        }
        String p = cut(Abstract.repr(self.pattern).value(), 200);
        return names.isEmpty() ? "re.compile(" + p + ")" : "re.compile(" + p + ", " + names + ")";
    }

    /** The first N code points of S: PyUnicode_FromFormat's "%.NR". */
    static String cut(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Compare sre.c: pattern_richcompare (only ==/!= between exact Patterns). */
    @ExposedMethod
    static PyObject __eq__(PatternObject self, PyObject other) {
        if (other.getClass() != PatternObject.class) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(self.sameAs((PatternObject) other));
    }

    @ExposedMethod
    static PyObject __ne__(PatternObject self, PyObject other) {
        if (other.getClass() != PatternObject.class) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!self.sameAs((PatternObject) other));
    }

    private boolean sameAs(PatternObject o) {
        if (o == this) {
            return true;
        }
        return flags == o.flags && isbytes == o.isbytes && Arrays.equals(engine.codeView(), o.engine.codeView())
            && Ops.eqBool(pattern, o.pattern);
    }

    /** Compare sre.c: pattern_hash (the pattern's hash mixed with the code, flags, kind and size). */
    @ExposedMethod
    static long __hash__(PatternObject self) {
        int[] code = self.engine.codeView();
        long h = Abstract.hash(self.pattern);
        h ^= Arrays.hashCode(code);
        h ^= self.flags;
        h ^= self.isbytes;
        h ^= code.length;
        return h == -1 ? -2 : h;
    }
}
