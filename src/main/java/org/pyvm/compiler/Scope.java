package org.pyvm.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table: a module, class, function, lambda, comprehension,
 * type-parameter or annotation scope. Compare CPython Include/internal/pycore_symtable.h:
 * PySTEntryObject. Symbols keep their insertion order (CPython's dict), which decides the
 * order of saved names around inlined comprehensions.
 */
final class Scope {

    /** ANNOTATION: the throwaway block a PEP 563 annotation is checked in (SymbolTable.visitStringAnnotation). */
    enum Kind { MODULE, CLASS, FUNCTION, TYPE_PARAMS, TYPE_ALIAS, TYPE_VAR_BOUND, ANNOTATION }

    // Definition flags (Compare CPython pycore_symtable.h: DEF_*).
    static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
        DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512,
        DEF_TYPE_PARAM = 1024, DEF_COMP_CELL = 2048;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    // Resolved scopes (Compare CPython pycore_symtable.h: LOCAL .. CELL).
    static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    final String name;
    final Kind kind;
    final Scope parent;
    final int lineno;
    /** Name to DEF_* flags, in insertion order. */
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    /** Name to resolved scope, filled by the analysis. */
    final Map<String, Integer> scopes = new HashMap<>();
    /** Parameters in order (posonly, args, kwonly, *args, **kwargs; '.0' for comprehensions). */
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Where each global/nonlocal directive of a name is (for error locations). */
    final Map<String, Loc> directives = new HashMap<>();

    boolean nested;
    boolean generator;
    boolean coroutine;
    boolean comprehension;
    boolean compInlined;
    boolean varargs;
    boolean varkeywords;
    boolean needsClassClosure;
    boolean needsClassDict;
    boolean canSeeClassScope;
    boolean returnsValue;
    boolean compIterTarget;
    int compIterExpr;
    /** For a class, the private name used for mangling. */
    String privateName;
    /** Kind of comprehension: "listcomp", "setcomp", "dictcomp", "genexpr" (or null). */
    String compKind;

    Scope(String name, Kind kind, Scope parent, int lineno) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.lineno = lineno;
    }

    /** Function, lambda, comprehension, annotation or type-parameter scope. Compare _PyST_IsFunctionLike. */
    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.TYPE_PARAMS || kind == Kind.TYPE_ALIAS || kind == Kind.TYPE_VAR_BOUND;
    }

    int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    /** The resolved scope of a name, 0 when the name is unknown here. Compare _PyST_GetScope. */
    int scopeOf(String name) {
        Integer s = scopes.get(name);
        return s == null ? 0 : s;
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
