package org.pyvm.cli;

import java.util.List;
import org.pyvm.ast.Arg;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.Constants;
import org.pyvm.ast.Excepthandler;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Keyword;
import org.pyvm.ast.Located;
import org.pyvm.ast.MatchCase;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Pattern;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.TypeParam;
import org.pyvm.ast.Withitem;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;

/**
 * The checks compile() makes of a tree built in Python before compiling it, with CPython's
 * exceptions and messages (contexts, empty bodies, positions, pattern shapes, constant
 * types...). Trees from pyvm's parser always pass. Compare CPython 3.12 Python/ast.c:
 * _PyAST_Validate and the validate_* functions.
 */
final class AstValidator {

    private static final int LIMIT = 2996;
    private int depth;

    private AstValidator() {}

    static void validate(Mod m) {
        AstValidator v = new AstValidator();
        switch (m) {
            case Mod.Module mm -> v.stmts(mm.body());
            case Mod.Interactive mi -> v.stmts(mi.body());
            case Mod.Expression me -> v.expr(me.body(), ExprContext.Load);
            case Mod.FunctionType mf -> {
                v.exprs(mf.argtypes(), ExprContext.Load, false);
                v.expr(mf.returns(), ExprContext.Load);
            }
        }
    }

    private static void positions(Located n) {
        if (n.lineno() > n.end_lineno()) {
            throw PyErr.valueError("AST node line range (" + n.lineno() + ", " + n.end_lineno() + ") is not valid");
        }
        if ((n.lineno() < 0 && n.end_lineno() != n.lineno())
            || (n.col_offset() < 0 && n.col_offset() != n.end_col_offset())) {
            throw PyErr.valueError("AST node column range (" + n.col_offset() + ", " + n.end_col_offset()
                + ") for line range (" + n.lineno() + ", " + n.end_lineno() + ") is not valid");
        }
        if (n.lineno() == n.end_lineno() && n.col_offset() > n.end_col_offset()) {
            throw PyErr.valueError("line " + n.lineno() + ", column " + n.col_offset() + "-" + n.end_col_offset()
                + " is not a valid range");
        }
    }

    private static void name(String id) {
        if (id != null && (id.equals("None") || id.equals("True") || id.equals("False"))) {
            throw PyErr.valueError("identifier field can't represent '" + id + "' constant");
        }
    }

    private static void nonEmpty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) {
            throw PyErr.valueError("empty " + what + " on " + owner);
        }
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            if (s == null) {
                throw PyErr.valueError("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private void body(List<Stmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private void exprs(List<Expr> es, ExprContext ctx, boolean nullOk) {
        for (Expr e : es) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw PyErr.valueError("None disallowed in expression list");
            }
        }
    }

    private void optional(Expr e) {
        if (e != null) {
            expr(e, ExprContext.Load);
        }
    }

    private void enter() {
        if (++depth > LIMIT) {
            throw PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    private void stmt(Stmt s) {
        positions(s);
        enter();
        ExprContext load = ExprContext.Load;
        switch (s) {
            case Stmt.FunctionDef f -> {
                body(f.body(), "FunctionDef");
                typeParams(f.type_params());
                arguments(f.args());
                exprs(f.decorator_list(), load, false);
                optional(f.returns());
            }
            case Stmt.AsyncFunctionDef f -> {
                body(f.body(), "AsyncFunctionDef");
                typeParams(f.type_params());
                arguments(f.args());
                exprs(f.decorator_list(), load, false);
                optional(f.returns());
            }
            case Stmt.ClassDef c -> {
                body(c.body(), "ClassDef");
                typeParams(c.type_params());
                exprs(c.bases(), load, false);
                keywords(c.keywords());
                exprs(c.decorator_list(), load, false);
            }
            case Stmt.Return r -> optional(r.value());
            case Stmt.Delete d -> {
                nonEmpty(d.targets(), "targets", "Delete");
                exprs(d.targets(), ExprContext.Del, false);
            }
            case Stmt.Assign a -> {
                nonEmpty(a.targets(), "targets", "Assign");
                exprs(a.targets(), ExprContext.Store, false);
                expr(a.value(), load);
            }
            case Stmt.AugAssign a -> {
                expr(a.target(), ExprContext.Store);
                expr(a.value(), load);
            }
            case Stmt.AnnAssign a -> {
                if (!(a.target() instanceof Expr.Name) && a.simple() != 0) {
                    throw PyErr.typeError("AnnAssign with simple non-Name target");
                }
                expr(a.target(), ExprContext.Store);
                optional(a.value());
                expr(a.annotation(), load);
            }
            case Stmt.TypeAlias t -> {
                if (!(t.name() instanceof Expr.Name)) {
                    throw PyErr.typeError("TypeAlias with non-Name name");
                }
                expr(t.name(), ExprContext.Store);
                typeParams(t.type_params());
                expr(t.value(), load);
            }
            case Stmt.For f -> {
                expr(f.target(), ExprContext.Store);
                expr(f.iter(), load);
                body(f.body(), "For");
                stmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                expr(f.target(), ExprContext.Store);
                expr(f.iter(), load);
                body(f.body(), "AsyncFor");
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test(), load);
                body(w.body(), "While");
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test(), load);
                body(i.body(), "If");
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                withItems(w.items(), "With");
                body(w.body(), "With");
            }
            case Stmt.AsyncWith w -> {
                withItems(w.items(), "AsyncWith");
                body(w.body(), "AsyncWith");
            }
            case Stmt.Match m -> {
                expr(m.subject(), load);
                nonEmpty(m.cases(), "cases", "Match");
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern(), false);
                    optional(c.guard());
                    body(c.body(), "match_case");
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc(), load);
                    optional(r.cause());
                } else if (r.cause() != null) {
                    throw PyErr.valueError("Raise with cause but no exception");
                }
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "Try");
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "TryStar");
            case Stmt.Assert a -> {
                expr(a.test(), load);
                optional(a.msg());
            }
            case Stmt.Import i -> nonEmpty(i.names(), "names", "Import");
            case Stmt.ImportFrom i -> {
                if (i.level() != null && i.level() < 0) {
                    throw PyErr.valueError("Negative ImportFrom level");
                }
                nonEmpty(i.names(), "names", "ImportFrom");
            }
            case Stmt.Global g -> nonEmpty(g.names(), "names", "Global");
            case Stmt.Nonlocal n -> nonEmpty(n.names(), "names", "Nonlocal");
            case Stmt.Expr e -> expr(e.value(), load);
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
        depth--;
    }

    private void withItems(List<Withitem> items, String owner) {
        nonEmpty(items, "items", owner);
        for (Withitem w : items) {
            expr(w.context_expr(), ExprContext.Load);
            if (w.optional_vars() != null) {
                expr(w.optional_vars(), ExprContext.Store);
            }
        }
    }

    private void tryStmt(List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                         String owner) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw PyErr.valueError(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw PyErr.valueError(owner + " has orelse but no except handlers");
        }
        for (Excepthandler h : handlers) {
            Excepthandler.ExceptHandler eh = (Excepthandler.ExceptHandler) h;
            positions(eh);
            optional(eh.type());
            body(eh.body(), "ExceptHandler");
        }
        if (!finalbody.isEmpty()) {
            stmts(finalbody);
        }
        if (!orelse.isEmpty()) {
            stmts(orelse);
        }
    }

    private void keywords(List<Keyword> ks) {
        for (Keyword k : ks) {
            expr(k.value(), ExprContext.Load);
        }
    }

    private void args(List<Arg> as) {
        for (Arg a : as) {
            positions(a);
            optional(a.annotation());
        }
    }

    private void arguments(Arguments a) {
        args(a.posonlyargs());
        args(a.args());
        if (a.vararg() != null) {
            optional(a.vararg().annotation());
        }
        args(a.kwonlyargs());
        if (a.kwarg() != null) {
            optional(a.kwarg().annotation());
        }
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw PyErr.valueError("more positional defaults than args on arguments");
        }
        if (a.kw_defaults().size() != a.kwonlyargs().size()) {
            throw PyErr.valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults(), ExprContext.Load, false);
        exprs(a.kw_defaults(), ExprContext.Load, true);
    }

    private void typeParams(List<TypeParam> ps) {
        for (TypeParam p : ps) {
            positions(p);
            switch (p) {
                case TypeParam.TypeVar t -> {
                    name(t.name());
                    optional(t.bound());
                }
                case TypeParam.ParamSpec s -> name(s.name());
                case TypeParam.TypeVarTuple t -> name(t.name());
            }
        }
    }

    private void comprehension(List<Comprehension> gens) {
        if (gens.isEmpty()) {
            throw PyErr.valueError("comprehension with no generators");
        }
        for (Comprehension c : gens) {
            expr(c.target(), ExprContext.Store);
            expr(c.iter(), ExprContext.Load);
            exprs(c.ifs(), ExprContext.Load, false);
        }
    }

    private void expr(Expr e, ExprContext ctx) {
        positions(e);
        enter();
        ExprContext actual = switch (e) {
            case Expr.Attribute a -> a.ctx();
            case Expr.Subscript s -> s.ctx();
            case Expr.Starred s -> s.ctx();
            case Expr.Name n -> n.ctx();
            case Expr.List l -> l.ctx();
            case Expr.Tuple t -> t.ctx();
            default -> null;
        };
        if (actual == null && ctx != ExprContext.Load) {
            throw PyErr.valueError("expression which can't be assigned to in " + ctx + " context");
        }
        if (actual != null && actual != ctx) {
            throw PyErr.valueError("expression must have " + ctx + " context but has " + actual + " instead");
        }
        ExprContext load = ExprContext.Load;
        switch (e) {
            case Expr.BoolOp b -> {
                if (b.values().size() < 2) {
                    throw PyErr.valueError("BoolOp with less than 2 values");
                }
                exprs(b.values(), load, false);
            }
            case Expr.BinOp b -> {
                expr(b.left(), load);
                expr(b.right(), load);
            }
            case Expr.UnaryOp u -> expr(u.operand(), load);
            case Expr.Lambda l -> {
                arguments(l.args());
                expr(l.body(), load);
            }
            case Expr.IfExp i -> {
                expr(i.test(), load);
                expr(i.body(), load);
                expr(i.orelse(), load);
            }
            case Expr.Dict d -> {
                if (d.keys().size() != d.values().size()) {
                    throw PyErr.valueError("Dict doesn't have the same number of keys as values");
                }
                exprs(d.keys(), load, true);
                exprs(d.values(), load, false);
            }
            case Expr.Set s -> exprs(s.elts(), load, false);
            case Expr.ListComp c -> {
                comprehension(c.generators());
                expr(c.elt(), load);
            }
            case Expr.SetComp c -> {
                comprehension(c.generators());
                expr(c.elt(), load);
            }
            case Expr.GeneratorExp c -> {
                comprehension(c.generators());
                expr(c.elt(), load);
            }
            case Expr.DictComp c -> {
                comprehension(c.generators());
                expr(c.key(), load);
                expr(c.value(), load);
            }
            case Expr.Yield y -> optional(y.value());
            case Expr.YieldFrom y -> expr(y.value(), load);
            case Expr.Await a -> expr(a.value(), load);
            case Expr.Compare c -> {
                if (c.comparators().isEmpty()) {
                    throw PyErr.valueError("Compare with no comparators");
                }
                if (c.comparators().size() != c.ops().size()) {
                    throw PyErr.valueError("Compare has a different number of comparators and operands");
                }
                exprs(c.comparators(), load, false);
                expr(c.left(), load);
            }
            case Expr.Call c -> {
                expr(c.func(), load);
                exprs(c.args(), load, false);
                keywords(c.keywords());
            }
            case Expr.Constant c -> constant(c.value());
            case Expr.JoinedStr j -> exprs(j.values(), load, false);
            case Expr.FormattedValue f -> {
                expr(f.value(), load);
                optional(f.format_spec());
            }
            case Expr.Attribute a -> expr(a.value(), load);
            case Expr.Subscript s -> {
                expr(s.slice(), load);
                expr(s.value(), load);
            }
            case Expr.Starred s -> expr(s.value(), ctx);
            case Expr.Slice s -> {
                optional(s.lower());
                optional(s.upper());
                optional(s.step());
            }
            case Expr.List l -> exprs(l.elts(), ctx, false);
            case Expr.Tuple t -> exprs(t.elts(), ctx, false);
            case Expr.NamedExpr n -> {
                if (!(n.target() instanceof Expr.Name)) {
                    throw PyErr.typeError("NamedExpr target must be a Name");
                }
                expr(n.value(), load);
            }
            case Expr.Name n -> name(n.id());
        }
        depth--;
    }

    private static void constant(Object v) {
        if (v instanceof AstFromPython.InvalidConstant bad) {
            throw PyErr.typeError("got an invalid type in Constant: " + bad.typeName());
        }
    }

    // ---- patterns (compare ast.c: validate_pattern) ----

    private void pattern(Pattern p, boolean starOk) {
        positions(p);
        enter();
        switch (p) {
            case Pattern.MatchValue v -> matchValue(v.value());
            case Pattern.MatchSingleton s -> {
                Object v = s.value();
                if (!(v == Constants.NONE || v instanceof Boolean)) {
                    throw PyErr.valueError("MatchSingleton can only contain True, False and None");
                }
            }
            case Pattern.MatchSequence s -> patterns(s.patterns(), true);
            case Pattern.MatchMapping m -> {
                if (m.keys().size() != m.patterns().size()) {
                    throw PyErr.valueError("MatchMapping doesn't have the same number of keys as patterns");
                }
                if (m.rest() != null) {
                    capture(m.rest());
                }
                for (Expr key : m.keys()) {
                    if (key instanceof Expr.Constant c && (c.value() == Constants.NONE || c.value() instanceof Boolean)) {
                        continue;
                    }
                    matchValue(key);
                }
                patterns(m.patterns(), false);
            }
            case Pattern.MatchClass c -> {
                if (c.kwd_attrs().size() != c.kwd_patterns().size()) {
                    throw PyErr.valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
                }
                expr(c.cls(), ExprContext.Load);
                Expr cls = c.cls();
                while (true) {
                    if (cls instanceof Expr.Name) {
                        break;
                    } else if (cls instanceof Expr.Attribute a) {
                        cls = a.value();
                    } else {
                        throw PyErr.valueError("MatchClass cls field can only contain Name or Attribute nodes.");
                    }
                }
                for (String k : c.kwd_attrs()) {
                    name(k);
                }
                patterns(c.patterns(), false);
                patterns(c.kwd_patterns(), false);
            }
            case Pattern.MatchStar s -> {
                if (!starOk) {
                    throw PyErr.valueError("can't use MatchStar here");
                }
                if (s.name() != null) {
                    capture(s.name());
                }
            }
            case Pattern.MatchAs a -> {
                if (a.name() != null) {
                    capture(a.name());
                }
                if (a.pattern() != null) {
                    if (a.name() == null) {
                        throw PyErr.valueError("MatchAs must specify a target name if a pattern is given");
                    }
                    pattern(a.pattern(), false);
                }
            }
            case Pattern.MatchOr o -> {
                if (o.patterns().size() < 2) {
                    throw PyErr.valueError("MatchOr requires at least 2 patterns");
                }
                patterns(o.patterns(), false);
            }
        }
        depth--;
    }

    private void patterns(List<Pattern> ps, boolean starOk) {
        for (Pattern p : ps) {
            pattern(p, starOk);
        }
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw PyErr.valueError("can't capture name '_' in patterns");
        }
        name(name);
    }

    /** Compare ast.c: validate_pattern_match_value. */
    private void matchValue(Expr e) {
        expr(e, ExprContext.Load);
        switch (e) {
            case Expr.Constant c -> {
                Object v = c.value();
                if (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double
                    || v instanceof Constants.Bytes || v instanceof Constants.Complex || v instanceof String
                    || v instanceof Constants.CodePoints) {
                    return;
                }
                throw PyErr.valueError("unexpected constant inside of a literal pattern");
            }
            case Expr.Attribute a -> {
                return;
            }
            case Expr.UnaryOp u -> {
                if (negativeLiteral(u)) {
                    return;
                }
            }
            case Expr.BinOp b -> {
                if (complexLiteral(b)) {
                    return;
                }
            }
            case Expr.JoinedStr j -> {
                return;
            }
            default -> { }
        }
        throw PyErr.valueError("patterns may only match literals and attribute lookups");
    }

    private static boolean number(Expr e, boolean real, boolean imaginary) {
        if (!(e instanceof Expr.Constant c)) {
            return false;
        }
        Object v = c.value();
        if (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double) {
            return real;
        }
        return v instanceof Constants.Complex && imaginary;
    }

    private static boolean negativeLiteral(Expr.UnaryOp u) {
        return u.op() == org.pyvm.ast.Unaryop.USub && number(u.operand(), true, true);
    }

    private static boolean complexLiteral(Expr.BinOp b) {
        if (b.op() != org.pyvm.ast.Operator.Add && b.op() != org.pyvm.ast.Operator.Sub) {
            return false;
        }
        Expr left = b.left();
        boolean leftOk = left instanceof Expr.UnaryOp u ? u.op() == org.pyvm.ast.Unaryop.USub
            && number(u.operand(), true, false) : number(left, true, false);
        return leftOk && number(b.right(), false, true);
    }
}
