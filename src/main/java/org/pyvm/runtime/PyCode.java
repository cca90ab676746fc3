package org.pyvm.runtime;

import java.math.BigInteger;
import org.pyvm.bytecode.BytesConst;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.ComplexConst;
import org.pyvm.bytecode.Constant;
import org.pyvm.bytecode.ExceptionTable;
import org.pyvm.bytecode.FrozenSetConst;
import org.pyvm.bytecode.LocationTable;
import org.pyvm.bytecode.TupleConst;

/**
 * A code object as Python sees it, wrapping the bytecode layer's neutral
 * {@link CodeObject}. Its constants are converted to Python objects once, here, and
 * names are interned, so LOAD_CONST and LOAD_NAME index ready arrays. The interpreter
 * keeps its own prepared form in {@link #prepared}.
 */
public final class PyCode implements PyObject {

    public static final PyType TYPE = PyType.builtin("code", PyCode.class, PyCode.class).notSubclassable();

    public final CodeObject raw;
    public final String name;
    public final String qualname;
    /** co_filename; changed only by importlib's _fix_co_filename (see {@link #fixFilename}). */
    public String filename;
    public final int firstlineno;
    public final int flags;
    public final PyObject[] consts;
    public final PyStr[] names;
    public final String[] localsplusnames;
    public final PyStr[] localsplusNameObjects;
    public final byte[] localspluskinds;
    /** co_code, copied once here (the bytecode layer hands out defensive copies), read by every frame. */
    public final byte[] bytecode;
    public final int stacksize;
    public final ExceptionTable exceptions;
    /** The interpreter's private, prepared form of this code (set once, by the interpreter). */
    public Object prepared;
    /** sys.monitoring's data for this code (local events, disabled locations), made on first use. */
    public volatile Monitoring.CodeData monitoring;

    public PyCode(CodeObject raw) {
        this.raw = raw;
        this.name = raw.name();
        this.qualname = raw.qualname();
        this.filename = raw.filename();
        this.firstlineno = raw.firstlineno();
        this.flags = raw.flags();
        Object[] cs = raw.consts();
        this.consts = new PyObject[cs.length];
        for (int i = 0; i < cs.length; i++) {
            consts[i] = toPython(cs[i]);
        }
        String[] ns = raw.names();
        this.names = new PyStr[ns.length];
        for (int i = 0; i < ns.length; i++) {
            names[i] = PyStr.intern(ns[i]);
        }
        this.localsplusnames = raw.localsplusnames();
        this.localsplusNameObjects = new PyStr[localsplusnames.length];
        for (int i = 0; i < localsplusnames.length; i++) {
            localsplusNameObjects[i] = PyStr.intern(localsplusnames[i]);
        }
        this.localspluskinds = raw.localspluskinds();
        this.bytecode = raw.runnableCode();
        this.stacksize = raw.stacksize();
        this.exceptions = raw.exceptionTable();
        if (Watchers.activeCodeWatchers != 0) {
            Watchers.codeEvent(Watchers.CODE_CREATE, this);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A neutral constant of the bytecode layer as a Python object. */
    public static PyObject toPython(Object c) {
        if (c instanceof Constant k) {
            return switch (k) {
                case NONE -> PyNone.NONE;
                case ELLIPSIS -> PyEllipsis.ELLIPSIS;
                case STOP_ITERATION -> PyExc.StopIteration;
            };
        }
        if (c instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (c instanceof Long l) {
            return PyInt.of(l);
        }
        if (c instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (c instanceof Double d) {
            return PyFloat.of(d);
        }
        if (c instanceof String s) {
            return s.length() < 40 ? PyStr.intern(s) : PyStr.of(s);
        }
        if (c instanceof org.pyvm.bytecode.StrPoints p) {
            // The interpreter's str is a Java String too: the escaped pair becomes one character.
            return PyStr.of(p.merged());
        }
        if (c instanceof BytesConst b) {
            return PyBytes.of(b.value());
        }
        if (c instanceof TupleConst t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toPython(t.get(i));
            }
            return PyTuple.of(items);
        }
        if (c instanceof FrozenSetConst f) {
            PySet s = new PySet(true);
            for (Object o : f.items()) {
                s.add(toPython(o));
            }
            return s;
        }
        if (c instanceof CodeObject co) {
            return new PyCode(co);
        }
        if (c instanceof ComplexConst z) {
            return new PyComplex(z.real(), z.imag());
        }
        throw PyErr.systemError("pyvm: unknown constant " + c);
    }

    /**
     * The decoded location table, made on first use (a traceback, f_lineno, tracing): most
     * code objects an import unmarshals never need it.
     */
    public LocationTable locations() {
        return raw.locationTable();
    }

    public int lineAt(int offset) {
        return raw.locationTable().lineAt(offset);
    }

    public boolean isGenerator() {
        return (flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0;
    }

    @ExposedGetter
    static PyObject co_name(PyCode self) {
        return PyStr.of(self.name);
    }

    @ExposedGetter
    static PyObject co_qualname(PyCode self) {
        return PyStr.of(self.qualname);
    }

    /**
     * Sets co_filename to NOW here and in nested code objects whose file name is OLD, in place,
     * as importlib's _imp._fix_co_filename does for code read from a cache file written for
     * another path. Compare import.c: update_code_filenames.
     */
    public void fixFilename(String old, String now) {
        if (!filename.equals(old)) {
            return;
        }
        filename = now;
        for (PyObject c : consts) {
            if (c instanceof PyCode nested) {
                nested.fixFilename(old, now);
            }
        }
    }

    @ExposedGetter
    static PyObject co_filename(PyCode self) {
        return PyStr.of(self.filename);
    }

    @ExposedGetter
    static PyObject co_firstlineno(PyCode self) {
        return PyInt.of(self.firstlineno);
    }

    @ExposedGetter
    static PyObject co_flags(PyCode self) {
        return PyInt.of(self.flags);
    }

    @ExposedGetter
    static PyObject co_argcount(PyCode self) {
        return PyInt.of(self.raw.argcount());
    }

    @ExposedGetter
    static PyObject co_consts(PyCode self) {
        return PyTuple.of(self.consts.clone());
    }

    @ExposedGetter
    static PyObject co_names(PyCode self) {
        return PyTuple.of((PyObject[]) self.names.clone());
    }

    private static PyObject names(String[] v) {
        PyObject[] out = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = PyStr.of(v[i]);
        }
        return PyTuple.of(out);
    }

    @ExposedGetter
    static PyObject co_freevars(PyCode self) {
        return names(self.raw.freevars());
    }

    @ExposedGetter
    static PyObject co_cellvars(PyCode self) {
        return names(self.raw.cellvars());
    }

    @ExposedGetter
    static PyObject co_kwonlyargcount(PyCode self) {
        return PyInt.of(self.raw.kwonlyargcount());
    }

    @ExposedGetter
    static PyObject co_posonlyargcount(PyCode self) {
        return PyInt.of(self.raw.posonlyargcount());
    }

    @ExposedGetter
    static PyObject co_nlocals(PyCode self) {
        return PyInt.of(self.raw.nlocals());
    }

    @ExposedGetter
    static PyObject co_stacksize(PyCode self) {
        return PyInt.of(self.raw.stacksize());
    }

    @ExposedGetter
    static PyObject co_code(PyCode self) {
        return new PyBytes(self.raw.code().clone());
    }

    @ExposedGetter
    static PyObject co_varnames(PyCode self) {
        String[] v = self.raw.varnames();
        PyObject[] out = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = PyStr.of(v[i]);
        }
        return PyTuple.of(out);
    }

    private static PyObject lineOrNone(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    /** co_positions(): (line, end_line, column, end_column) per code unit, None where unknown. */
    @ExposedMethod
    static PyObject co_positions(PyCode self) {
        java.util.List<LocationTable.Position> ps = self.locations().positions();
        PyObject[] out = new PyObject[ps.size()];
        for (int i = 0; i < out.length; i++) {
            LocationTable.Position p = ps.get(i);
            out[i] = PyTuple.of(lineOrNone(p.line()), lineOrNone(p.endLine()), lineOrNone(p.column()), lineOrNone(p.endColumn()));
        }
        return Abstract.iter(PyTuple.of(out));
    }

    /** co_lines(): (start, end, line) ranges of bytes, line None where unknown. */
    @ExposedMethod
    static PyObject co_lines(PyCode self) {
        java.util.List<LocationTable.LineRange> rs = self.locations().lines();
        PyObject[] out = new PyObject[rs.size()];
        for (int i = 0; i < out.length; i++) {
            LocationTable.LineRange r = rs.get(i);
            out[i] = PyTuple.of(PyInt.of(r.start()), PyInt.of(r.end()), lineOrNone(r.line()));
        }
        return Abstract.iter(PyTuple.of(out));
    }

    @ExposedGetter
    static PyObject co_linetable(PyCode self) {
        return new PyBytes(self.raw.linetable());
    }

    @ExposedGetter
    static PyObject co_exceptiontable(PyCode self) {
        return new PyBytes(self.raw.exceptiontable());
    }

    /**
     * co_lnotab (deprecated): byte-offset and line increments between the starts of
     * co_lines() ranges. Compare CPython Objects/codeobject.c: decode_linetable.
     */
    @ExposedGetter
    static PyObject co_lnotab(PyCode self) {
        PyObject warnings = CodeRunner.get().importName("warnings", new PyDict(), PyNone.NONE, 0);
        Abstract.call(Abstract.getAttr(warnings, "warn"), PyStr.of("co_lnotab is deprecated, use co_lines instead."),
            PyExc.DeprecationWarning);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int codeOffset = 0;
        int line = self.firstlineno;
        int computed = self.firstlineno;
        for (LocationTable.Entry e : self.locations().entries()) {
            if (e.line() >= 0) {
                computed = e.line();
            }
            if (computed != line) {
                int bdelta = e.start() - codeOffset;
                int ldelta = computed - line;
                while (bdelta > 255) {
                    out.write(255);
                    out.write(0);
                    bdelta -= 255;
                }
                while (ldelta > 127) {
                    out.write(bdelta);
                    out.write(127);
                    bdelta = 0;
                    ldelta -= 127;
                }
                while (ldelta < -128) {
                    out.write(bdelta);
                    out.write(-128);
                    bdelta = 0;
                    ldelta += 128;
                }
                out.write(bdelta);
                out.write(ldelta);
                codeOffset = e.start();
                line = computed;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /** The adaptive (specialized) code; pyvm specializes privately, so this is co_code. */
    @ExposedGetter
    static PyObject _co_code_adaptive(PyCode self) {
        return new PyBytes(self.raw.code().clone());
    }

    @ExposedMethod
    static PyObject _varname_from_oparg(PyCode self, PyObject oparg) {
        long i = Abstract.index(oparg).longValue();
        if (i < 0 || i >= self.localsplusnames.length) {
            throw PyErr.of(PyExc.IndexError, "tuple index out of range");
        }
        return self.localsplusNameObjects[(int) i];
    }

    /** Code objects compare by their fields, constants included. Compare codeobject.c: code_richcompare. */
    @ExposedMethod
    static PyObject __eq__(PyCode self, PyObject o) {
        if (!(o instanceof PyCode c)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(self == c || self.raw.equalsAsPython(c.raw));
    }

    @ExposedMethod
    static PyObject __ne__(PyCode self, PyObject o) {
        if (!(o instanceof PyCode c)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!(self == c || self.raw.equalsAsPython(c.raw)));
    }

    @ExposedMethod
    static long __hash__(PyCode self) {
        return self.raw.hashAsPython();
    }

    private static final String[] REPLACE_NAMES = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
        "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars",
        "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};

    /** code.replace(**changes): a copy with the given fields changed. Compare codeobject.c: code_replace_impl. */
    @ExposedMethod
    static PyObject replace(PyCode self, PyObject[] args, String[] kwnames) {
        ArgParser a = new ArgParser("replace", args, kwnames, 0, 0, REPLACE_NAMES);
        CodeObject.Builder b = self.raw.toBuilder();
        CodeObject r = self.raw;
        if (a.get(0) != null) b.argcount(intField(a.get(0)));
        if (a.get(1) != null) b.posonlyargcount(intField(a.get(1)));
        if (a.get(2) != null) b.kwonlyargcount(intField(a.get(2)));
        if (a.get(4) != null) b.stacksize(intField(a.get(4)));
        if (a.get(5) != null) b.flags(intField(a.get(5)));
        if (a.get(6) != null) b.firstlineno(intField(a.get(6)));
        if (a.get(7) != null) b.code(bytesField(a.get(7), "co_code"));
        if (a.get(8) != null) b.consts(MarshalValues.constants(tupleField(a.get(8), "co_consts")));
        if (a.get(9) != null) b.names(strs(a.get(9), "co_names"));
        if (a.get(3) != null && intField(a.get(3)) != (a.get(10) != null ? strs(a.get(10), "co_varnames").length
            : r.varnames().length)) {
            throw PyErr.valueError("code: co_nlocals != len(co_varnames)");
        }
        if (a.get(10) != null || a.get(11) != null || a.get(12) != null) {
            String[] vars = a.get(10) != null ? strs(a.get(10), "co_varnames") : r.varnames();
            String[] cells = a.get(12) != null ? strs(a.get(12), "co_cellvars") : r.cellvars();
            String[] frees = a.get(11) != null ? strs(a.get(11), "co_freevars") : r.freevars();
            localsplus(b, vars, cells, frees);
        }
        if (a.get(13) != null) b.filename(strField(a.get(13), "co_filename"));
        if (a.get(14) != null) b.name(strField(a.get(14), "co_name"));
        if (a.get(15) != null) b.qualname(strField(a.get(15), "co_qualname"));
        if (a.get(16) != null) b.linetable(bytesField(a.get(16), "co_linetable"));
        if (a.get(17) != null) b.exceptiontable(bytesField(a.get(17), "co_exceptiontable"));
        try {
            return new PyCode(b.build());
        } catch (IllegalArgumentException e) {
            throw PyErr.valueError(e.getMessage());
        }
    }

    /**
     * code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
     * constants, names, varnames, filename, name, qualname, firstlineno, linetable,
     * exceptiontable, freevars=(), cellvars=(), /). Compare codeobject.c: code_new_impl.
     */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("code() takes no keyword arguments");
        }
        if (args.length < 16 || args.length > 18) {
            throw PyErr.typeError("code expected " + (args.length < 16 ? "at least 16" : "at most 18")
                + " arguments, got " + args.length);
        }
        String[] vars = strs(args[9], "co_varnames");
        if (intField(args[3]) != vars.length) {
            throw PyErr.valueError("code: co_nlocals != len(co_varnames)");
        }
        CodeObject.Builder b = CodeObject.builder().argcount(intField(args[0])).posonlyargcount(intField(args[1]))
            .kwonlyargcount(intField(args[2])).stacksize(intField(args[4])).flags(intField(args[5]))
            .code(bytesField(args[6], "co_code")).consts(MarshalValues.constants(tupleField(args[7], "co_consts")))
            .names(strs(args[8], "co_names")).filename(strField(args[10], "co_filename"))
            .name(strField(args[11], "co_name")).qualname(strField(args[12], "co_qualname"))
            .firstlineno(intField(args[13])).linetable(bytesField(args[14], "co_linetable"))
            .exceptiontable(bytesField(args[15], "co_exceptiontable"));
        String[] frees = args.length > 16 ? strs(args[16], "co_freevars") : new String[0];
        String[] cells = args.length > 17 ? strs(args[17], "co_cellvars") : new String[0];
        localsplus(b, vars, cells, frees);
        try {
            return new PyCode(b.build());
        } catch (IllegalArgumentException e) {
            throw PyErr.valueError(e.getMessage());
        }
    }

    /** co_localsplusnames and kinds from varnames, cellvars and freevars (as _PyCode_Validate's callers build them). */
    private static void localsplus(CodeObject.Builder b, String[] vars, String[] cells, String[] frees) {
        {
            java.util.List<String> names = new java.util.ArrayList<>();
            java.util.List<Byte> kinds = new java.util.ArrayList<>();
            for (int i = 0; i < vars.length; i++) {
                names.add(vars[i]);
                byte k = CodeObject.CO_FAST_LOCAL;
                for (String c : cells) {
                    if (c.equals(vars[i])) {
                        k |= CodeObject.CO_FAST_CELL;
                    }
                }
                kinds.add(k);
            }
            for (String c : cells) {
                if (!names.contains(c)) {
                    names.add(c);
                    kinds.add(CodeObject.CO_FAST_CELL);
                }
            }
            for (String f : frees) {
                names.add(f);
                kinds.add(CodeObject.CO_FAST_FREE);
            }
            byte[] k = new byte[kinds.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = kinds.get(i);
            }
            b.localsplusnames(names.toArray(new String[0])).localspluskinds(k);
        }
    }

    private static int intField(PyObject v) {
        return Abstract.index(v).intValue();
    }

    private static byte[] bytesField(PyObject v, String what) {
        if (!(v instanceof PyBytes bs)) {
            throw PyErr.typeError("replace() argument '" + what + "' must be bytes, not " + v.type().getName());
        }
        return bs.bytes().clone();
    }

    private static PyObject[] tupleField(PyObject v, String what) {
        if (!(v instanceof PyTuple t)) {
            throw PyErr.typeError("replace() argument '" + what + "' must be tuple, not " + v.type().getName());
        }
        return t.toArray();
    }

    private static String strField(PyObject v, String what) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("replace() argument '" + what + "' must be str, not " + v.type().getName());
        }
        return s.value();
    }

    private static String[] strs(PyObject v, String what) {
        PyObject[] t = tupleField(v, what);
        String[] out = new String[t.length];
        for (int i = 0; i < t.length; i++) {
            if (!(t[i] instanceof PyStr s)) {
                throw PyErr.typeError("name tuples must contain only strings, not '" + t[i].type().getName() + "'");
            }
            out[i] = s.value();
        }
        return out;
    }

    @ExposedMethod
    static String __repr__(PyCode self) {
        return "<code object " + self.name + " at 0x" + Abstract.idHex(self) + ", file \"" + self.filename + "\", line "
            + self.firstlineno + ">";
    }
}
