package org.pyvm.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyvm.ast.Alias;
import org.pyvm.ast.Arg;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.Excepthandler;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Keyword;
import org.pyvm.ast.MatchCase;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Pattern;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.TypeParam;
import org.pyvm.ast.Withitem;

import static org.pyvm.compiler.Scope.*;

/**
 * The symbol table: one {@link Scope} per block, built by walking the tree, then
 * analysed to resolve every name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL.
 * List, set and dict comprehensions are inlined into their enclosing scope (PEP 709).
 * Compare CPython Python/symtable.c.
 */
final class SymbolTable {

    final Scope top;
    private final Map<Object, Scope> byNode = new IdentityHashMap<>();
    private final Map<Object, Scope> typeParamScopes = new IdentityHashMap<>();
    private final Deque<Scope> stack = new ArrayDeque<>();
    private Scope cur;
    private final boolean futureAnnotations;

    private final boolean topLevelAwait;

    private SymbolTable(Mod mod, boolean futureAnnotations, boolean topLevelAwait) {
        this.futureAnnotations = futureAnnotations;
        this.topLevelAwait = topLevelAwait;
        top = new Scope("top", Scope.Kind.MODULE, null, 0);
        cur = top;
        byNode.put(mod, top);
        // Compare CPython symtable.c: _PySymtable_Build, one case per compile() mode.
        if (mod instanceof Mod.Module m) {
            visitStmts(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            visitStmts(m.body());
        } else if (mod instanceof Mod.Expression m) {
            visitExpr(m.body());
        } else {
            throw new IllegalArgumentException("no symbol table for " + mod.getClass().getSimpleName());
        }
    }

    static SymbolTable build(Mod mod, boolean futureAnnotations) {
        return build(mod, futureAnnotations, false);
    }

    /** TOP_LEVEL_AWAIT: compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT (async comprehensions allowed in the module). */
    static SymbolTable build(Mod mod, boolean futureAnnotations, boolean topLevelAwait) {
        SymbolTable st = new SymbolTable(mod, futureAnnotations, topLevelAwait);
        st.analyze();
        return st;
    }

    Scope scopeOf(Object node) {
        Scope s = node instanceof IdentityKey k ? typeParamScopes.get(k.value()) : byNode.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
        }
        return s;
    }

    // ---- building -------------------------------------------------------------------

    private Scope enter(String name, Scope.Kind kind, Object node, int lineno) {
        Scope s = new Scope(name, kind, cur, lineno);
        s.nested = cur.nested || cur.isFunctionLike();
        s.privateName = cur.privateName;
        // bpo-37757 (symtable_enter_block): no walrus anywhere in a comprehension's outermost
        // iterable, not even in a lambda or comprehension nested there
        s.compIterExpr = cur.compIterExpr;
        cur.children.add(s);
        byNode.put(node, s);
        stack.push(cur);
        cur = s;
        return s;
    }

    private void exit() {
        cur = stack.pop();
    }

    static String mangle(String privateName, String name) {
        // Compare CPython Python/compile.c: _Py_Mangle
        if (privateName == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    private void addDef(String name, int flag, Loc loc) {
        addDefIn(name, flag, cur, loc);
    }

    // Compare CPython symtable.c: symtable_add_def_helper
    private void addDefIn(String name, int flag, Scope ste, Loc loc) {
        String mangled = mangle(cur.privateName, name);
        Integer o = ste.symbols.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw CompileError.symtable("duplicate argument '" + name + "' in function definition", loc);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw CompileError.symtable("duplicate type parameter '" + name + "'", loc);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw CompileError.symtable("comprehension inner loop cannot rebind assignment expression target '"
                    + name + "'", loc);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    // Compare CPython symtable.c: symtable_visit_stmt
    private void visitStmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            visitFunction(s, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(),
                f.type_params(), false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            visitFunction(s, f.name(), f.args(), f.body(), f.decorator_list(),
                f.returns(), f.type_params(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            addDef(c.name(), DEF_LOCAL, Loc.of(c));
            visitExprs(c.decorator_list());
            if (!c.type_params().isEmpty()) {
                enterTypeParams(c, "<generic parameters of " + c.name() + ">", c.lineno(), true);
                cur.privateName = c.name();
                visitTypeParams(c.type_params());
            }
            visitExprs(c.bases());
            for (Keyword k : c.keywords()) {
                visitExpr(k.value());
            }
            Scope cls = enter(c.name(), Scope.Kind.CLASS, c, c.lineno());
            cls.privateName = c.name();
            if (!c.type_params().isEmpty()) {
                addDef("__type_params__", DEF_LOCAL, Loc.of(c));
                addDef(".type_params", USE, Loc.of(c));
            }
            visitStmts(c.body());
            exit();
            if (!c.type_params().isEmpty()) {
                exit();
            }
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                visitExpr(r.value());
                cur.returnsValue = true;
            }
        } else if (s instanceof Stmt.Delete d) {
            visitExprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            visitExprs(a.targets());
            visitExpr(a.value());
        } else if (s instanceof Stmt.TypeAlias t) {
            visitExpr(t.name());
            String name = ((Expr.Name) t.name()).id();
            // (in the class, not in the type parameters' scope entered below)
            boolean inClass = cur.kind == Scope.Kind.CLASS;
            if (!t.type_params().isEmpty()) {
                enterTypeParams(t, name, t.lineno(), false);
                visitTypeParams(t.type_params());
            }
            Scope a = enter(name, Scope.Kind.TYPE_ALIAS, t, t.lineno());
            a.canSeeClassScope = inClass;
            if (inClass) {
                addDef("__classdict__", USE, Loc.of(t));
            }
            visitExpr(t.value());
            exit();
            if (!t.type_params().isEmpty()) {
                exit();
            }
        } else if (s instanceof Stmt.AugAssign a) {
            visitExpr(a.target());
            visitExpr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name n) {
                int c = cur.flags(mangle(cur.privateName, n.id()));
                if ((c & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple() != 0) {
                    throw CompileError.symtable("annotated name '" + n.id() + "' can't be "
                        + ((c & DEF_GLOBAL) != 0 ? "global" : "nonlocal"), Loc.of(s));
                }
                if (a.simple() != 0) {
                    addDef(n.id(), DEF_ANNOT | DEF_LOCAL, Loc.of(n));
                } else if (a.value() != null) {
                    addDef(n.id(), DEF_LOCAL, Loc.of(n));
                }
            } else {
                visitExpr(a.target());
            }
            visitAnnotation(a.annotation());
            if (a.value() != null) {
                visitExpr(a.value());
            }
        } else if (s instanceof Stmt.For f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            visitExpr(w.test());
            visitStmts(w.body());
            visitStmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            visitExpr(i.test());
            visitStmts(i.body());
            visitStmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            visitWithItems(w.items());
            visitStmts(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            visitWithItems(w.items());
            visitStmts(w.body());
        } else if (s instanceof Stmt.Match m) {
            visitExpr(m.subject());
            for (MatchCase mc : m.cases()) {
                visitPattern(mc.pattern());
                if (mc.guard() != null) {
                    visitExpr(mc.guard());
                }
                visitStmts(mc.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                visitExpr(r.exc());
                if (r.cause() != null) {
                    visitExpr(r.cause());
                }
            }
        } else if (s instanceof Stmt.Try t) {
            visitStmts(t.body());
            visitStmts(t.orelse());
            visitHandlers(t.handlers());
            visitStmts(t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            visitStmts(t.body());
            visitStmts(t.orelse());
            visitHandlers(t.handlers());
            visitStmts(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            visitExpr(a.test());
            if (a.msg() != null) {
                visitExpr(a.msg());
            }
        } else if (s instanceof Stmt.Import i) {
            for (Alias al : i.names()) {
                visitAlias(al, s);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Alias al : i.names()) {
                visitAlias(al, s);
            }
        } else if (s instanceof Stmt.Global g) {
            for (String name : g.names()) {
                int c = cur.flags(mangle(cur.privateName, name));
                if ((c & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                    String msg;
                    if ((c & DEF_PARAM) != 0) {
                        msg = "name '%s' is parameter and global";
                    } else if ((c & USE) != 0) {
                        msg = "name '%s' is used prior to global declaration";
                    } else if ((c & DEF_ANNOT) != 0) {
                        msg = "annotated name '%s' can't be global";
                    } else {
                        msg = "name '%s' is assigned to before global declaration";
                    }
                    throw CompileError.symtable(msg.formatted(name), Loc.of(s));
                }
                addDef(name, DEF_GLOBAL, Loc.of(s));
                cur.directives.putIfAbsent(mangle(cur.privateName, name), Loc.of(s));
            }
        } else if (s instanceof Stmt.Nonlocal g) {
            for (String name : g.names()) {
                int c = cur.flags(mangle(cur.privateName, name));
                if ((c & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                    String msg;
                    if ((c & DEF_PARAM) != 0) {
                        msg = "name '%s' is parameter and nonlocal";
                    } else if ((c & USE) != 0) {
                        msg = "name '%s' is used prior to nonlocal declaration";
                    } else if ((c & DEF_ANNOT) != 0) {
                        msg = "annotated name '%s' can't be nonlocal";
                    } else {
                        msg = "name '%s' is assigned to before nonlocal declaration";
                    }
                    throw CompileError.symtable(msg.formatted(name), Loc.of(s));
                }
                addDef(name, DEF_NONLOCAL, Loc.of(s));
                cur.directives.putIfAbsent(mangle(cur.privateName, name), Loc.of(s));
            }
        } else if (s instanceof Stmt.Expr e) {
            visitExpr(e.value());
        } else if (s instanceof Stmt.Pass p) {
        } else if (s instanceof Stmt.Break b) {
        } else if (s instanceof Stmt.Continue c) {
        }
    }

    private void visitAlias(Alias a, Stmt s) {
        String store = a.asname() != null ? a.asname() : a.name();
        int dot = store.indexOf('.');
        if (a.asname() == null && dot >= 0) {
            store = store.substring(0, dot);
        }
        if (store.equals("*")) {
            if (cur.kind != Scope.Kind.MODULE) {
                throw CompileError.symtable("import * only allowed at module level", Loc.of(a));
            }
            return;
        }
        addDef(store, DEF_IMPORT, Loc.of(a));
    }

    private void visitHandlers(List<Excepthandler> hs) {
        for (Excepthandler h : hs) {
            Excepthandler.ExceptHandler eh = (Excepthandler.ExceptHandler) h;
            if (eh.type() != null) {
                visitExpr(eh.type());
            }
            if (eh.name() != null) {
                addDef(eh.name(), DEF_LOCAL, Loc.of(eh));
            }
            visitStmts(eh.body());
        }
    }

    private void visitWithItems(List<Withitem> items) {
        for (Withitem w : items) {
            visitExpr(w.context_expr());
            if (w.optional_vars() != null) {
                visitExpr(w.optional_vars());
            }
        }
    }

    private void visitAnnotation(Expr e) {
        if (futureAnnotations) {
            visitStringAnnotation(e);
            return;
        }
        visitExpr(e);
    }

    /**
     * Under PEP 563 an annotation is compiled to a string, but CPython's symtable still
     * visits it, in an annotation block of its own that is no one's child
     * (symtable_visit_annotation; symtable_enter_block leaves AnnotationBlocks out of the
     * tree): so the same errors are raised ("yield expression cannot be used within an
     * annotation", "'yield' inside list comprehension"...), while what the expression
     * defines stays out of the scopes the compiler uses.
     */
    /** How many PEP 563 annotations are being visited: code the compiler never compiles. */
    private int stringAnnotations;

    private void visitStringAnnotation(Expr e) {
        Scope s = new Scope("_annotation", Scope.Kind.ANNOTATION, cur, Loc.of(e).line());
        s.nested = cur.nested || cur.isFunctionLike();
        s.privateName = cur.privateName;
        s.compIterExpr = cur.compIterExpr;
        stack.push(cur);
        cur = s;
        stringAnnotations++;
        try {
            visitExpr(e);
        } finally {
            stringAnnotations--;
            exit();
        }
    }

    private void visitArgAnnotations(Arguments a, Expr returns) {
        for (List<Arg> l : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : l) {
                if (arg.annotation() != null) {
                    visitAnnotation(arg.annotation());
                }
            }
        }
        if (a.vararg() != null && a.vararg().annotation() != null) {
            visitAnnotation(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            visitAnnotation(a.kwarg().annotation());
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decos, Expr returns,
                               List<TypeParam> typeParams, boolean isAsync) {
        addDef(name, DEF_LOCAL, Loc.of(s));
        visitExprs(args.defaults());
        visitExprs(args.kw_defaults());
        visitExprs(decos);
        if (!typeParams.isEmpty()) {
            enterTypeParams(s, "<generic parameters of " + name + ">", s.lineno(), false);
            // CPython 3.12.1 passes "defaults != NULL", true for an empty list too: the
            // parameter '.defaults' is always there
            addDef(".defaults", DEF_PARAM, Loc.of(s));
            if (args.kw_defaults().stream().anyMatch(x -> x != null)) {
                addDef(".kwdefaults", DEF_PARAM, Loc.of(s));
            }
            visitTypeParams(typeParams);
        }
        visitArgAnnotations(args, returns);
        Scope f = enter(name, Scope.Kind.FUNCTION, s, s.lineno());
        f.coroutine = isAsync;
        visitParams(args);
        visitStmts(body);
        exit();
        if (!typeParams.isEmpty()) {
            exit();
        }
    }

    // Compare CPython symtable.c: symtable_enter_type_param_block
    private void enterTypeParams(Object node, String name, int lineno, boolean isClass) {
        boolean inClass = cur.kind == Scope.Kind.CLASS;
        Scope tp = enter(name, Scope.Kind.TYPE_PARAMS, new Object(), lineno);
        typeParamScopes.put(node, tp);
        tp.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, Loc.NONE);
        }
        if (isClass) {
            addDef(".type_params", DEF_LOCAL, Loc.NONE);
            addDef(".type_params", USE, Loc.NONE);
            addDef(".generic_base", DEF_LOCAL, Loc.NONE);
            addDef(".generic_base", USE, Loc.NONE);
        }
    }


    private void visitTypeParams(List<TypeParam> tps) {
        for (TypeParam tp : tps) {
            if (tp instanceof TypeParam.TypeVar tv) {
                addDef(tv.name(), DEF_TYPE_PARAM | DEF_LOCAL, Loc.of(tv));
                if (tv.bound() != null) {
                    boolean inClass = cur.canSeeClassScope;
                    Scope b = enter(tv.name(), Scope.Kind.TYPE_VAR_BOUND, tv, tv.lineno());
                    b.canSeeClassScope = inClass;
                    if (inClass) {
                        addDef("__classdict__", USE, Loc.of(tv));
                    }
                    visitExpr(tv.bound());
                    exit();
                }
            } else if (tp instanceof TypeParam.ParamSpec p) {
                addDef(p.name(), DEF_TYPE_PARAM | DEF_LOCAL, Loc.of(p));
            } else if (tp instanceof TypeParam.TypeVarTuple p) {
                addDef(p.name(), DEF_TYPE_PARAM | DEF_LOCAL, Loc.of(p));
            }
        }
    }

    private void visitParams(Arguments a) {
        for (Arg arg : a.posonlyargs()) {
            addDef(arg.arg(), DEF_PARAM, Loc.of(arg));
        }
        for (Arg arg : a.args()) {
            addDef(arg.arg(), DEF_PARAM, Loc.of(arg));
        }
        for (Arg arg : a.kwonlyargs()) {
            addDef(arg.arg(), DEF_PARAM, Loc.of(arg));
        }
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, Loc.of(a.vararg()));
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, Loc.of(a.kwarg()));
            cur.varkeywords = true;
        }
    }

    private void visitPattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            visitExpr(v.value());
        } else if (p instanceof Pattern.MatchSingleton v) {
        } else if (p instanceof Pattern.MatchSequence v) {
            v.patterns().forEach(this::visitPattern);
        } else if (p instanceof Pattern.MatchStar v) {
            if (v.name() != null) {
                addDef(v.name(), DEF_LOCAL, Loc.of(v));
            }
        } else if (p instanceof Pattern.MatchMapping v) {
            visitExprs(v.keys());
            v.patterns().forEach(this::visitPattern);
            if (v.rest() != null) {
                addDef(v.rest(), DEF_LOCAL, Loc.of(v));
            }
        } else if (p instanceof Pattern.MatchClass v) {
            visitExpr(v.cls());
            v.patterns().forEach(this::visitPattern);
            v.kwd_patterns().forEach(this::visitPattern);
        } else if (p instanceof Pattern.MatchAs v) {
            if (v.pattern() != null) {
                visitPattern(v.pattern());
            }
            if (v.name() != null) {
                addDef(v.name(), DEF_LOCAL, Loc.of(v));
            }
        } else if (p instanceof Pattern.MatchOr v) {
            v.patterns().forEach(this::visitPattern);
        }
    }

    /** WHAT (a walrus, yield or await) is not allowed in the scopes PEP 695 makes. Compare symtable_raise_if_annotation_block. */
    private void raiseIfAnnotationBlock(String what, Expr e) {
        String where = switch (cur.kind) {
            case TYPE_VAR_BOUND -> "a TypeVar bound";
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAMS -> "the definition of a generic";
            case ANNOTATION -> "an annotation";
            default -> null;
        };
        if (where != null) {
            throw CompileError.symtable(what + " cannot be used within " + where, Loc.of(e));
        }
    }

    // Compare CPython symtable.c: symtable_visit_expr
    private void visitExpr(Expr e) {
        if (e instanceof Expr.NamedExpr n) {
            raiseIfAnnotationBlock("named expression", e);
            if (cur.compIterExpr > 0) {
                throw CompileError.symtable("assignment expression cannot be used in a comprehension iterable expression",
                    Loc.of(e));
            }
            if (cur.comprehension) {
                extendNamedExprScope((Expr.Name) n.target());
            }
            visitExpr(n.value());
            visitExpr(n.target());
        } else if (e instanceof Expr.BoolOp b) {
            visitExprs(b.values());
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            visitExpr(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            if (cur.canSeeClassScope) {
                // gh-109118 (3.12.1): no nested scope in an annotation scope within a class
                throw CompileError.symtable("Cannot use lambda in annotation scope within class scope", Loc.of(e));
            }
            visitExprs(l.args().defaults());
            visitExprs(l.args().kw_defaults());
            enter("lambda", Scope.Kind.FUNCTION, l, l.lineno());
            visitParams(l.args());
            visitExpr(l.body());
            exit();
        } else if (e instanceof Expr.IfExp i) {
            visitExpr(i.test());
            visitExpr(i.body());
            visitExpr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            visitExprs(d.keys());
            visitExprs(d.values());
        } else if (e instanceof Expr.Set st) {
            visitExprs(st.elts());
        } else if (e instanceof Expr.GeneratorExp g) {
            visitComprehension(e, "genexpr", g.generators(), g.elt(), null);
        } else if (e instanceof Expr.ListComp g) {
            visitComprehension(e, "listcomp", g.generators(), g.elt(), null);
        } else if (e instanceof Expr.SetComp g) {
            visitComprehension(e, "setcomp", g.generators(), g.elt(), null);
        } else if (e instanceof Expr.DictComp g) {
            visitComprehension(e, "dictcomp", g.generators(), g.key(), g.value());
        } else if (e instanceof Expr.Yield y) {
            raiseIfAnnotationBlock("yield expression", e);
            checkComprehensionYield(e);
            if (y.value() != null) {
                visitExpr(y.value());
            }
            cur.generator = true;
        } else if (e instanceof Expr.YieldFrom y) {
            raiseIfAnnotationBlock("yield expression", e);
            checkComprehensionYield(e);
            visitExpr(y.value());
            cur.generator = true;
        } else if (e instanceof Expr.Await a) {
            raiseIfAnnotationBlock("await expression", e);
            visitExpr(a.value());
            cur.coroutine = true;
        } else if (e instanceof Expr.Compare c) {
            visitExpr(c.left());
            visitExprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            visitExpr(c.func());
            visitExprs(c.args());
            for (Keyword k : c.keywords()) {
                visitExpr(k.value());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            visitExpr(f.value());
            if (f.format_spec() != null) {
                visitExpr(f.format_spec());
            }
        } else if (e instanceof Expr.JoinedStr j) {
            visitExprs(j.values());
        } else if (e instanceof Expr.Constant c) {
        } else if (e instanceof Expr.Attribute a) {
            visitExpr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            visitExpr(s.value());
            visitExpr(s.slice());
        } else if (e instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                visitExpr(s.lower());
            }
            if (s.upper() != null) {
                visitExpr(s.upper());
            }
            if (s.step() != null) {
                visitExpr(s.step());
            }
        } else if (e instanceof Expr.Name n) {
            addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, Loc.of(n));
            // Special-case super: it counts as a use of __class__
            if (n.ctx() == ExprContext.Load && cur.kind == Scope.Kind.FUNCTION && n.id().equals("super")) {
                addDef("__class__", USE, Loc.of(n));
            }
        } else if (e instanceof Expr.List l) {
            visitExprs(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            visitExprs(t.elts());
        }
    }

    private void checkComprehensionYield(Expr e) {
        if (cur.comprehension) {
            String kind = switch (cur.compKind) {
                case "listcomp" -> "list comprehension";
                case "setcomp" -> "set comprehension";
                case "dictcomp" -> "dict comprehension";
                default -> "generator expression";
            };
            throw CompileError.symtable("'yield' inside " + kind, Loc.of(e));
        }
    }

    // Compare CPython symtable.c: symtable_extend_namedexpr_scope
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Loc loc = Loc.of(target);
        List<Scope> chain = new ArrayList<>();
        chain.add(cur);
        chain.addAll(stack);
        for (Scope ste : chain) {
            if (ste.comprehension) {
                // an iteration variable is bound by the target (a name only read there, as c in
                // c[i], is not one)
                int f = ste.flags(name);
                if ((f & DEF_COMP_ITER) != 0 && (f & DEF_LOCAL) != 0) {
                    throw CompileError.symtable("assignment expression cannot rebind comprehension iteration variable '"
                        + name + "'", loc);
                }
                continue;
            }
            if (ste.kind == Scope.Kind.FUNCTION) {
                if ((ste.flags(name) & DEF_GLOBAL) != 0) {
                    addDef(name, DEF_GLOBAL, loc);
                } else {
                    addDef(name, DEF_NONLOCAL, loc);
                }
                cur.directives.putIfAbsent(name, loc);
                addDefIn(name, DEF_LOCAL, ste, loc);
                return;
            }
            if (ste.kind == Scope.Kind.MODULE) {
                addDef(name, DEF_GLOBAL, loc);
                cur.directives.putIfAbsent(name, loc);
                addDefIn(name, DEF_GLOBAL, ste, loc);
                return;
            }
            if (ste.kind == Scope.Kind.CLASS) {
                throw CompileError.symtable("assignment expression within a comprehension cannot be used in a class body",
                    loc);
            }
            throw CompileError.symtable("assignment expression within a comprehension cannot be used within the definition"
                + " of a generic", loc);
        }
    }

    // Compare CPython symtable.c: symtable_handle_comprehension
    private void visitComprehension(Expr e, String kind, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension outermost = gens.get(0);
        if (cur.canSeeClassScope) {
            // gh-109118 (3.12.1): no nested scope in an annotation scope within a class
            throw CompileError.symtable("Cannot use comprehension in annotation scope within class scope", Loc.of(e));
        }
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        boolean isGen = kind.equals("genexpr");
        Scope s = enter("<" + kind + ">", Scope.Kind.FUNCTION, e, e.lineno());
        s.comprehension = true;
        s.compKind = kind;
        s.generator = isGen;
        if (outermost.is_async() != 0) {
            s.coroutine = true;
        }
        addDef(".0", DEF_PARAM, Loc.of(e));
        s.compIterTarget = true;
        visitExpr(outermost.target());
        s.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            s.compIterTarget = true;
            visitExpr(g.target());
            s.compIterTarget = false;
            s.compIterExpr++;
            visitExpr(g.iter());
            s.compIterExpr--;
            visitExprs(g.ifs());
            if (g.is_async() != 0) {
                s.coroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        exit();
        // An async list/set/dict comprehension makes its parent a coroutine; outside an
        // async function or another comprehension it is an error (compile.c raises it, with
        // the location in its args, not symtable.c).
        boolean isAsync = s.coroutine && !isGen;
        if (isAsync && !cur.comprehension && !(cur.kind == Scope.Kind.FUNCTION && cur.coroutine)
            && !(topLevelAwait && cur.kind == Scope.Kind.MODULE) && stringAnnotations == 0) {
            throw CompileError.syntax("asynchronous comprehension outside of an asynchronous function", Loc.of(e));
        }
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    // ---- analysis -------------------------------------------------------------------

    private void analyze() {
        Set<String> free = new HashSet<>();
        Set<String> global = new HashSet<>();
        analyzeBlock(top, null, free, global, null, null);
    }

    // Compare CPython symtable.c: analyze_name
    private static void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                                    Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
                                    Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw CompileError.symtable("name '" + name + "' is nonlocal and global", directive(ste, name));
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw CompileError.symtable("nonlocal declaration not allowed at module level", directive(ste, name));
            }
            if (!bound.contains(name)) {
                throw CompileError.symtable("no binding for nonlocal '" + name + "' found", directive(ste, name));
            }
            if (typeParams.contains(name)) {
                throw CompileError.symtable("nonlocal binding not allowed for type parameter '" + name + "'",
                    directive(ste, name));
            }
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        if (classEntry != null) {
            int cf = classEntry.flags(name);
            if ((cf & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((cf & DEF_BOUND) != 0 && (cf & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private static Loc directive(Scope ste, String name) {
        Loc l = ste.directives.get(name);
        return l != null ? l : new Loc(ste.lineno, ste.lineno, 0, 0);
    }

    // Compare CPython symtable.c: analyze_block
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, Scope classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = ste.scopes;
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();
        Set<String> tps = typeParams == null ? new HashSet<>() : typeParams;

        if (ste.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, tps, classEntry);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }
        // A child that can see the class scope sees this class, or (a TypeVar bound inside a
        // method's type parameters) the class this block sees. Compare analyze_block.
        Scope newClassEntry = ste.kind == Scope.Kind.CLASS ? ste : classEntry;

        List<Scope> kids = new ArrayList<>(ste.children);
        for (Scope entry : kids) {
            boolean inlineComp = entry.comprehension && !entry.generator;
            Set<String> childFree = new HashSet<>();
            Set<String> tb = new HashSet<>(newBound);
            Set<String> tg = new HashSet<>(newGlobal);
            Set<String> ttp = new HashSet<>(tps);
            analyzeBlock(entry, tb, childFree, tg, ttp, entry.canSeeClassScope ? newClassEntry : null);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
        }
        // Splice the children of inlined comprehensions into our children list
        if (kids.stream().anyMatch(k -> k.compInlined)) {
            ste.children.clear();
            for (Scope k : kids) {
                if (k.compInlined) {
                    ste.children.addAll(k.children);
                } else {
                    ste.children.add(k);
                }
            }
        }
        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.kind == Scope.Kind.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
            if (newFree.remove("__classdict__")) {
                ste.needsClassDict = true;
            }
        }
        updateSymbols(ste, scopes, bound, newFree, inlinedCells,
            ste.kind == Scope.Kind.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    // Compare CPython symtable.c: inline_comprehension
    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes, Set<String> compFree,
                                            Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue;
            }
            int scope = comp.scopeOf(k);
            if (scope == CELL || (compFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            if (scope == FREE && ste.kind == Scope.Kind.CLASS && k.equals("__class__")) {
                if (!isFreeInAnyChild(comp, k)) {
                    compFree.remove(k);
                }
            }
            if (existing == null) {
                ste.symbols.put(k, compFlags);
                scopes.put(k, scope);
            } else {
                if ((existing & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k) && ste.kind != Scope.Kind.CLASS) {
                    compFree.remove(k);
                }
            }
        }
    }

    private static boolean isFreeInAnyChild(Scope entry, String key) {
        for (Scope c : entry.children) {
            if (c.scopeOf(key) == FREE) {
                return true;
            }
        }
        return false;
    }

    // Compare CPython symtable.c: analyze_cells
    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    // Compare CPython symtable.c: update_symbols
    private static void updateSymbols(Scope ste, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
                                      Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            if (inlinedCells.contains(e.getKey())) {
                e.setValue(e.getValue() | DEF_COMP_CELL);
            }
        }
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                if (classFlag) {
                    ste.symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, 0);
            scopes.put(name, FREE);
        }
    }
}
