package org.pyvm.modules.introspect;

import java.util.Map;
import org.pyvm.modules.CompileBuiltins;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.SourceCompilation;

/**
 * The _symtable module that Lib/symtable.py wraps: {@code symtable(source, filename,
 * compile_type)} returns the module's "symtable entry", built from pyvm's own compiler's
 * symbol table (reached through {@link SourceCompilation#symtable}, since modules do not
 * use the compiler directly), plus the DEF_*, SCOPE_*, TYPE_* and scope constants.
 * Compare CPython Modules/symtablemodule.c and Python/symtable.c (ste_* members).
 */
public final class SymtableModule {

    private SymtableModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_symtable");
        m.addFunctions(SymtableModule.class);
        PyDict d = m.getDict();
        int[] values = {1, 2, 4, 8, 16, 32, 64, 128, 256, 2 | 4 | 128, 12, 15, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 6};
        String[] names = {"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE", "DEF_FREE_CLASS",
            "DEF_IMPORT", "DEF_ANNOT", "DEF_BOUND", "SCOPE_OFF", "SCOPE_MASK", "LOCAL", "GLOBAL_EXPLICIT",
            "GLOBAL_IMPLICIT", "FREE", "CELL", "TYPE_FUNCTION", "TYPE_CLASS", "TYPE_MODULE", "TYPE_ANNOTATION",
            "TYPE_TYPE_VAR_BOUND", "TYPE_TYPE_ALIAS", "TYPE_TYPE_PARAM"};
        for (int i = 0; i < names.length; i++) {
            d.setStr(names[i], PyInt.of(values[i]));
        }
        return m;
    }

    /** symtable(source, filename, compile_type, /). Compare symtablemodule.c: _symtable_symtable_impl. */
    @ExposedMethod
    static PyObject symtable(PyObject source, PyObject filename, PyObject startstr) {
        boolean[] isBytes = new boolean[1];
        byte[] src = CompileBuiltins.sourceBytes(source, "symtable", "string or bytes", isBytes);
        String fn = CompileBuiltins.fsDecode(filename);
        String mode = Abstract.strArg(startstr, "symtable");
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw PyErr.valueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
        }
        return new Entry(SourceCompilation.get().symtable(src, isBytes[0], fn, mode));
    }

    /** A scope of the table: CPython's PySTEntryObject, type name "symtable entry". */
    public static final class Entry implements PyObject {

        public static final PyType TYPE = PyType.builtin("symtable entry", Entry.class, Entry.class).notSubclassable();

        private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong(1);

        private final SourceCompilation.SymtableBlock block;
        // ste_id: CPython uses the address of the scope's tree node; any unique number serves.
        private final long id = IDS.getAndIncrement();
        private PyDict symbols;
        private PyList children;

        Entry(SourceCompilation.SymtableBlock block) {
            this.block = block;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedGetter
        static PyObject id(Entry self) {
            return PyInt.of(self.id);
        }

        @ExposedGetter
        static PyObject name(Entry self) {
            return PyStr.of(self.block.name());
        }

        @ExposedGetter
        static PyObject type(Entry self) {
            return PyInt.of(self.block.type());
        }

        @ExposedGetter
        static PyObject lineno(Entry self) {
            return PyInt.of(self.block.lineno());
        }

        @ExposedGetter
        static PyObject nested(Entry self) {
            return PyInt.of(self.block.nested() ? 1 : 0);
        }

        @ExposedGetter
        static PyObject symbols(Entry self) {
            if (self.symbols == null) {
                PyDict d = new PyDict();
                for (Map.Entry<String, Integer> e : self.block.symbols().entrySet()) {
                    d.setItem(PyStr.intern(e.getKey()), PyInt.of(e.getValue()));
                }
                self.symbols = d;
            }
            return self.symbols;
        }

        @ExposedGetter
        static PyObject varnames(Entry self) {
            PyList l = new PyList(new PyObject[0]);
            for (String v : self.block.varnames()) {
                l.append(PyStr.of(v));
            }
            return l;
        }

        @ExposedGetter
        static PyObject children(Entry self) {
            if (self.children == null) {
                PyList l = new PyList(new PyObject[0]);
                for (SourceCompilation.SymtableBlock c : self.block.children()) {
                    l.append(new Entry(c));
                }
                self.children = l;
            }
            return self.children;
        }

        @ExposedMethod
        static String __repr__(Entry self) {
            return "<symtable entry " + self.block.name() + "(" + self.id + "), line " + self.block.lineno() + ">";
        }
    }
}
