package org.pyvm.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.ast.Mod;
import org.pyvm.bytecode.CodeObject;

/**
 * The compiler's symbol table as plain data, for the {@code _symtable} module: one
 * {@link Block} per scope with CPython 3.12's values (the {@code _symtable.TYPE_*} block
 * types, each symbol's DEF_* flags with its resolved scope at bit {@code SCOPE_OFF}, the
 * parameters in order, the children with inlined comprehensions replaced by their own
 * children). Compare CPython Python/symtable.c: the ste_* fields of PySTEntryObject.
 */
public final class SymtableExport {

    private SymtableExport() {}

    /** _symtable.SCOPE_OFF: where the resolved scope sits in a symbol's value. */
    public static final int SCOPE_OFF = 12;

    // _symtable.TYPE_*, CPython Include/internal/pycore_symtable.h: _Py_block_ty.
    public static final int TYPE_FUNCTION = 0, TYPE_CLASS = 1, TYPE_MODULE = 2, TYPE_ANNOTATION = 3,
        TYPE_TYPE_VAR_BOUND = 4, TYPE_TYPE_ALIAS = 5, TYPE_TYPE_PARAM = 6;

    /** One scope: ste_name, ste_type, ste_lineno, ste_nested, ste_symbols, ste_varnames, ste_children. */
    public record Block(String name, int type, int lineno, boolean nested, Map<String, Integer> symbols,
                        List<String> varnames, List<Block> children) {}

    /**
     * The table of a parsed tree (any compile() mode), its __future__ imports honoured.
     *
     * @throws CompileError for the errors the symbol table finds (nonlocal at module level...)
     */
    public static Block of(Mod mod) {
        int future = switch (mod) {
            case Mod.Module m -> Compiler.futureFeatures(m.body());
            case Mod.Interactive m -> Compiler.futureFeatures(m.body());
            default -> 0;
        };
        SymbolTable st = SymbolTable.build(mod, (future & CodeObject.CO_FUTURE_ANNOTATIONS) != 0);
        return block(st.top);
    }

    // CPython names comprehension blocks "genexpr", "listcomp"... and a type-parameter
    // block after its function or class; the compiler's scopes carry the code objects'
    // names ("<genexpr>", "<generic parameters of f>").
    private static String steName(Scope s) {
        String n = s.name;
        String prefix = "<generic parameters of ";
        if (s.kind == Scope.Kind.TYPE_PARAMS && n.startsWith(prefix) && n.endsWith(">")) {
            return n.substring(prefix.length(), n.length() - 1);
        }
        if (s.comprehension && n.startsWith("<") && n.endsWith(">")) {
            return n.substring(1, n.length() - 1);
        }
        return n;
    }

    private static Block block(Scope s) {
        Map<String, Integer> symbols = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : s.symbols.entrySet()) {
            symbols.put(e.getKey(), e.getValue() | (s.scopeOf(e.getKey()) << SCOPE_OFF));
        }
        List<Block> children = new ArrayList<>();
        for (Scope c : s.children) {
            children.add(block(c));
        }
        int type = switch (s.kind) {
            case MODULE -> TYPE_MODULE;
            case CLASS -> TYPE_CLASS;
            case FUNCTION -> TYPE_FUNCTION;
            case TYPE_PARAMS -> TYPE_TYPE_PARAM;
            case TYPE_ALIAS -> TYPE_TYPE_ALIAS;
            case TYPE_VAR_BOUND -> TYPE_TYPE_VAR_BOUND;
            case ANNOTATION -> TYPE_ANNOTATION; // never in the tree (SymbolTable.visitStringAnnotation)
        };
        return new Block(steName(s), type, s.lineno, s.nested, symbols, List.copyOf(s.varnames), children);
    }
}
