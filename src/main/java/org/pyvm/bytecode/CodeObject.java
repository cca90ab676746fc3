package org.pyvm.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A CPython 3.12 code object as data: every field that {@code marshal} writes, in
 * CPython's layout ({@code co_code} with its inline {@code CACHE} units,
 * {@code co_localsplusnames}/{@code co_localspluskinds}, {@code co_linetable},
 * {@code co_exceptiontable}), immutable. Constants are the neutral values described in
 * {@link Constant}; nested functions' code objects are {@code CodeObject}s in
 * {@link #consts()}.
 *
 * <p>The array accessors return copies (so the object stays immutable): call them once
 * and keep the result. {@link #exceptionTable()} and {@link #locationTable()} decode the
 * two tables on demand.
 *
 * <p>{@code co_code} is kept in the form CPython's {@code co_code} attribute shows and
 * marshal writes: each instruction's opcode normalized by {@link Opcode#normalize(int)}
 * and its inline cache units zeroed (Compare CPython Objects/codeobject.c: deopt_code).
 * Code from a compiler is already in that form; only corrupt or hand-made code changes.
 *
 * <p>Equality compares every field by value (Java equality, not Python's
 * {@code code.__eq__}).
 */
public final class CodeObject {

    // co_flags bits. Compare CPython Include/cpython/code.h.
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    public static final int CO_NOFREE = 0x0040;
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;
    // __future__ flags (the compiler_flag of each __future__ feature).
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    // co_localspluskinds bits. Compare CPython Include/internal/pycore_code.h (_PyLocals_Kind).
    /** A local of an inlined comprehension, hidden from {@code locals()} (PEP 709). */
    public static final byte CO_FAST_HIDDEN = 0x10;
    /** An argument or plain local (in {@code co_varnames}). */
    public static final byte CO_FAST_LOCAL = 0x20;
    /** A cell: a local that inner functions use (in {@code co_cellvars}); may also be LOCAL (an argument). */
    public static final byte CO_FAST_CELL = 0x40;
    /** A free variable, from the enclosing function's cells (in {@code co_freevars}). */
    public static final byte CO_FAST_FREE = (byte) 0x80;

    private final int argcount;
    private final int posonlyargcount;
    private final int kwonlyargcount;
    private final int stacksize;
    private final int flags;
    private final byte[] code;
    /** The code to run when it differs from code (see withUnknownOpcodes), else null. */
    private final byte[] runCode;
    private final Object[] consts;
    private final String[] names;
    private final String[] localsplusnames;
    private final byte[] localspluskinds;
    private final String filename;
    private final String name;
    private final String qualname;
    private final int firstlineno;
    private final byte[] linetable;
    private final byte[] exceptiontable;

    // Derived once: counts of co_localspluskinds.
    private final int nlocals;
    private final int ncellvars;
    private final int nfreevars;

    private volatile ExceptionTable decodedExceptions;
    private volatile LocationTable decodedLocations;

    /**
     * False under -X no_debug_ranges: every code object made from now on (compiled,
     * unmarshalled or replaced) keeps line numbers only. Set once per run, before any code
     * runs. Compare CPython Objects/codeobject.c: _PyCode_New (config->code_debug_ranges).
     */
    private static volatile boolean debugRanges = true;

    public static void setDebugRanges(boolean on) {
        debugRanges = on;
    }

    /**
     * Makes a code object from its fields, in the order marshal writes them (and
     * {@code code.replace} names them). Arrays are copied.
     *
     * @throws IllegalArgumentException when CPython's {@code _PyCode_Validate} would refuse
     *     the fields, with its message
     */
    public CodeObject(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
                      byte[] code, Object[] consts, String[] names, String[] localsplusnames,
                      byte[] localspluskinds, String filename, String name, String qualname, int firstlineno,
                      byte[] linetable, byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.code = normalizeCode(code);
        this.runCode = withUnknownOpcodes(code, this.code);
        this.consts = consts.clone();
        this.names = names.clone();
        this.localsplusnames = localsplusnames.clone();
        this.localspluskinds = localspluskinds.clone();
        this.filename = Objects.requireNonNull(filename, "filename");
        this.name = Objects.requireNonNull(name, "name");
        this.qualname = Objects.requireNonNull(qualname, "qualname");
        this.firstlineno = firstlineno;
        this.linetable = debugRanges ? linetable.clone() : LocationTable.withoutColumns(linetable);
        this.exceptiontable = exceptiontable.clone();
        for (Object c : this.consts) {
            Objects.requireNonNull(c, "null in consts");
        }
        for (String s : this.names) {
            Objects.requireNonNull(s, "null in names");
        }
        for (String s : this.localsplusnames) {
            Objects.requireNonNull(s, "null in localsplusnames");
        }
        String problem = validate(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, this.code.length,
            this.localsplusnames.length, this.localspluskinds);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        // Compare CPython Objects/codeobject.c: get_localsplus_counts. The tests are
        // exclusive in that order (a LOCAL entry never counts as free), which only
        // matters for kinds that no compiler writes.
        int nl = 0, nc = 0, nf = 0;
        for (byte k : this.localspluskinds) {
            if ((k & CO_FAST_LOCAL) != 0) {
                nl++;
                if ((k & CO_FAST_CELL) != 0) {
                    nc++;
                }
            } else if ((k & CO_FAST_CELL) != 0) {
                nc++;
            } else if ((k & CO_FAST_FREE) != 0) {
                nf++;
            }
        }
        this.nlocals = nl;
        this.ncellvars = nc;
        this.nfreevars = nf;
    }

    // Compare CPython Objects/codeobject.c: deopt_code (what _PyCode_GetCode returns).
    /**
     * The code to run when RAW has numbers that name no opcode (code.replace(co_code=...)):
     * NORMALIZED with those bytes put back, so that running them raises CPython's
     * "unknown opcode" SystemError although co_code shows CACHE there. Null when there are none.
     */
    private static byte[] withUnknownOpcodes(byte[] raw, byte[] normalized) {
        byte[] run = null;
        int units = raw.length / 2;
        for (int i = 0; i < units; i++) {
            int op = raw[2 * i] & 0xff;
            if (op != Opcode.CACHE && Opcode.info(op) == null && normalized[2 * i] == Opcode.CACHE) {
                if (run == null) {
                    run = normalized.clone();
                }
                run[2 * i] = raw[2 * i];
            }
            i += Opcode.cacheEntries(normalized[2 * i]);
        }
        return run;
    }

    private static byte[] normalizeCode(byte[] raw) {
        byte[] code = raw.clone();
        int units = code.length / 2;
        for (int i = 0; i < units; i++) {
            int op = Opcode.normalize(code[2 * i]);
            code[2 * i] = (byte) op;
            int caches = Opcode.cacheEntries(op);
            for (int j = 1; j <= caches && i + j < units; j++) {
                code[2 * (i + j)] = 0;
                code[2 * (i + j) + 1] = 0;
            }
            i += caches;
        }
        return code;
    }

    /** CPython's message for bad argument to internal function in _PyCode_Validate (3.12.1). */
    static final String BAD_INTERNAL_CALL = "Objects/codeobject.c:354: bad argument to internal function";

    /**
     * Why CPython would refuse these fields, or null when they are fine. The message
     * starts with the Python exception's class name and a colon.
     * Compare CPython Objects/codeobject.c: _PyCode_Validate.
     */
    static String validate(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
                           int codeLength, int nnames, byte[] kinds) {
        if (argcount < posonlyargcount || posonlyargcount < 0 || kwonlyargcount < 0 || stacksize < 0 || flags < 0
            || nnames != kinds.length) {
            return "SystemError: " + BAD_INTERNAL_CALL;
        }
        if (codeLength % 2 != 0) {
            return "ValueError: code: co_code is malformed";
        }
        long nlocals = 0;
        for (byte k : kinds) {
            if ((k & CO_FAST_LOCAL) != 0) {
                nlocals++;
            }
        }
        long plain = nlocals - argcount - kwonlyargcount - ((flags & CO_VARARGS) != 0 ? 1 : 0)
            - ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (plain < 0) {
            return "ValueError: code: co_varnames is too small";
        }
        return null;
    }

    public int argcount() {
        return argcount;
    }

    public int posonlyargcount() {
        return posonlyargcount;
    }

    public int kwonlyargcount() {
        return kwonlyargcount;
    }

    public int stacksize() {
        return stacksize;
    }

    public int flags() {
        return flags;
    }

    /** {@code co_code}: instructions and their CACHE units, 2 bytes each (a copy). */
    public byte[] code() {
        return code.clone();
    }

    /** The bytecode to run: {@link #code()}, except that bytes naming no opcode stay (see withUnknownOpcodes). */
    public byte[] runnableCode() {
        return runCode != null ? runCode.clone() : code.clone();
    }

    /** Length of {@code co_code} in bytes. */
    public int codeLength() {
        return code.length;
    }

    /** {@code co_consts} (a copy; the items are shared neutral values). */
    public Object[] consts() {
        return consts.clone();
    }

    public Object constAt(int i) {
        return consts[i];
    }

    public int constCount() {
        return consts.length;
    }

    /** {@code co_names} (a copy). */
    public String[] names() {
        return names.clone();
    }

    public String nameAt(int i) {
        return names[i];
    }

    /** {@code co_localsplusnames}: locals, then cells that are not arguments, then free variables (a copy). */
    public String[] localsplusnames() {
        return localsplusnames.clone();
    }

    /** {@code co_localspluskinds}: a CO_FAST_* bit set per entry of {@link #localsplusnames()} (a copy). */
    public byte[] localspluskinds() {
        return localspluskinds.clone();
    }

    public String filename() {
        return filename;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public int firstlineno() {
        return firstlineno;
    }

    /** {@code co_linetable}, the PEP 626/657 location table (a copy); see {@link #locationTable()}. */
    public byte[] linetable() {
        return linetable.clone();
    }

    /** {@code co_exceptiontable} (a copy); see {@link #exceptionTable()}. */
    public byte[] exceptiontable() {
        return exceptiontable.clone();
    }

    /** The decoded exception table (computed once). */
    public ExceptionTable exceptionTable() {
        ExceptionTable t = decodedExceptions;
        if (t == null) {
            t = ExceptionTable.decode(exceptiontable);
            decodedExceptions = t;
        }
        return t;
    }

    /** The decoded location table (computed once). */
    public LocationTable locationTable() {
        LocationTable t = decodedLocations;
        if (t == null) {
            t = LocationTable.decode(linetable, firstlineno);
            decodedLocations = t;
        }
        return t;
    }

    // Derived views. Compare CPython Objects/codeobject.c: get_localsplus_counts, get_localsplus_names.

    /** {@code co_nlocals}: entries with the CO_FAST_LOCAL bit. */
    public int nlocals() {
        return nlocals;
    }

    /** Size of the fast-locals array: every entry of {@code co_localsplusnames}. */
    public int nlocalsplus() {
        return localsplusnames.length;
    }

    public int ncellvars() {
        return ncellvars;
    }

    public int nfreevars() {
        return nfreevars;
    }

    /** {@code co_varnames}: the names with the CO_FAST_LOCAL bit, in order. */
    public String[] varnames() {
        return namesOfKind(CO_FAST_LOCAL, nlocals);
    }

    /** {@code co_cellvars}: the names with the CO_FAST_CELL bit, in order. */
    public String[] cellvars() {
        return namesOfKind(CO_FAST_CELL, ncellvars);
    }

    /** {@code co_freevars}: the names with the CO_FAST_FREE bit (and not LOCAL or CELL), in order. */
    public String[] freevars() {
        return namesOfKind(CO_FAST_FREE, nfreevars);
    }

    // The first `count` names with the bit, as CPython's get_localsplus_names fills a
    // tuple of the counted size (for corrupt kinds more names can have the bit).
    private String[] namesOfKind(byte kind, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.length && out.size() < count; i++) {
            if ((localspluskinds[i] & kind) != 0) {
                out.add(localsplusnames[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * This code object with file name NEW wherever it (or a code object nested in its
     * constants) had OLD; others keep theirs (a foreign code object put in the constants).
     * Compare import.c: update_code_filenames, which importlib's _fix_co_filename runs on code
     * read from a cache file written for another path.
     */
    public CodeObject withFilename(String old, String now) {
        Object[] cs = consts;
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] instanceof CodeObject c) {
                CodeObject fixed = c.withFilename(old, now);
                if (fixed != c) {
                    if (cs == consts) {
                        cs = consts.clone();
                    }
                    cs[i] = fixed;
                }
            }
        }
        if (cs == consts && !filename.equals(old)) {
            return this;
        }
        return toBuilder().consts(cs).filename(filename.equals(old) ? now : filename).build();
    }

    /** A builder starting from this code object's fields, as {@code code.replace} does. */
    public Builder toBuilder() {
        return new Builder().argcount(argcount).posonlyargcount(posonlyargcount).kwonlyargcount(kwonlyargcount)
            .stacksize(stacksize).flags(flags).code(code).consts(consts).names(names)
            .localsplusnames(localsplusnames).localspluskinds(localspluskinds).filename(filename).name(name)
            .qualname(qualname).firstlineno(firstlineno).linetable(linetable).exceptiontable(exceptiontable);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects fields for a code object; unset arrays are empty, unset strings are "". */
    public static final class Builder {
        private int argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno = 1;
        private byte[] code = new byte[0], localspluskinds = new byte[0], linetable = new byte[0],
            exceptiontable = new byte[0];
        private Object[] consts = new Object[0];
        private String[] names = new String[0], localsplusnames = new String[0];
        private String filename = "", name = "", qualname = "";

        public Builder argcount(int v) { argcount = v; return this; }
        public Builder posonlyargcount(int v) { posonlyargcount = v; return this; }
        public Builder kwonlyargcount(int v) { kwonlyargcount = v; return this; }
        public Builder stacksize(int v) { stacksize = v; return this; }
        public Builder flags(int v) { flags = v; return this; }
        public Builder code(byte[] v) { code = v; return this; }
        public Builder consts(Object[] v) { consts = v; return this; }
        public Builder names(String[] v) { names = v; return this; }
        public Builder localsplusnames(String[] v) { localsplusnames = v; return this; }
        public Builder localspluskinds(byte[] v) { localspluskinds = v; return this; }
        public Builder filename(String v) { filename = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder qualname(String v) { qualname = v; return this; }
        public Builder firstlineno(int v) { firstlineno = v; return this; }
        public Builder linetable(byte[] v) { linetable = v; return this; }
        public Builder exceptiontable(byte[] v) { exceptiontable = v; return this; }

        public CodeObject build() {
            return new CodeObject(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code, consts, names,
                localsplusnames, localspluskinds, filename, name, qualname, firstlineno, linetable, exceptiontable);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeObject c && argcount == c.argcount && posonlyargcount == c.posonlyargcount
            && kwonlyargcount == c.kwonlyargcount && stacksize == c.stacksize && flags == c.flags
            && firstlineno == c.firstlineno && Arrays.equals(code, c.code) && Arrays.equals(consts, c.consts)
            && Arrays.equals(names, c.names) && Arrays.equals(localsplusnames, c.localsplusnames)
            && Arrays.equals(localspluskinds, c.localspluskinds) && filename.equals(c.filename)
            && name.equals(c.name) && qualname.equals(c.qualname) && Arrays.equals(linetable, c.linetable)
            && Arrays.equals(exceptiontable, c.exceptiontable);
    }

    /**
     * Python's {@code ==} on code objects: the fields CPython's code_richcompare compares,
     * not the file name, qualified name or stack size; nested code objects alike.
     */
    public boolean equalsAsPython(CodeObject c) {
        if (c == this) {
            return true;
        }
        if (!(name.equals(c.name) && argcount == c.argcount && posonlyargcount == c.posonlyargcount
            && kwonlyargcount == c.kwonlyargcount && flags == c.flags && firstlineno == c.firstlineno
            && Arrays.equals(code, c.code) && Arrays.equals(names, c.names)
            && Arrays.equals(localsplusnames, c.localsplusnames) && Arrays.equals(linetable, c.linetable)
            && Arrays.equals(exceptiontable, c.exceptiontable) && consts.length == c.consts.length)) {
            return false;
        }
        for (int i = 0; i < consts.length; i++) {
            Object a = consts[i];
            Object b = c.consts[i];
            if (a instanceof CodeObject x && b instanceof CodeObject y ? !x.equalsAsPython(y) : !Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
    }

    /** A hash consistent with {@link #equalsAsPython}. Compare codeobject.c: code_hash. */
    public int hashAsPython() {
        return Objects.hash(name, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, Arrays.hashCode(code));
    }

    // Cached: a code object's hash covers its nested code objects, and the compiler and the
    // marshal writer hash each level's constants, so recomputing it is quadratic in nesting.
    private int hash;

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags,
                Arrays.hashCode(code), Arrays.hashCode(consts));
            hash = h;
        }
        return h;
    }

    /** As CPython's repr, without the address: {@code <code object NAME, file "F", line N>}. */
    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
