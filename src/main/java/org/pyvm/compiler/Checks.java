package org.pyvm.compiler;

import org.pyvm.ast.CompileWarning;
import org.pyvm.ast.Expr;
import org.pyvm.bytecode.BytesConst;
import org.pyvm.bytecode.ComplexConst;
import org.pyvm.bytecode.Constant;
import org.pyvm.bytecode.FrozenSetConst;
import org.pyvm.bytecode.StrPoints;
import org.pyvm.bytecode.TupleConst;

/**
 * The compiler's SyntaxWarnings about code that runs but cannot do what it seems to: an
 * assert on a tuple, {@code is} with a literal, calling or subscripting a literal. They
 * look at the tree as CPython's AST optimizer leaves it (folded constants count as
 * literals). Compare CPython Python/compile.c: compiler_warn, check_compare,
 * check_caller, check_subscripter, check_index, infer_type, compiler_assert.
 */
final class Checks {

    private Checks() {}

    /** compiler_warn: a SyntaxWarning at LOC, kept for the caller of the compiler to issue. */
    static void warn(CodeGen g, String msg, Loc loc) {
        if (g.warnings != null) {
            g.warnings.add(new CompileWarning(msg, loc.line(), loc.col() + 1, loc.endLine(), loc.endCol() + 1, null));
        }
    }

    /** infer_type: the Python type name of a literal (after folding), or null. */
    static String inferType(Expr e) {
        Object c = Folding.fold(e);
        if (c != null) {
            return constType(c);
        }
        if (e instanceof Expr.Tuple t) {
            return "tuple";
        } else if (e instanceof Expr.List l) {
            return "list";
        } else if (e instanceof Expr.ListComp l) {
            return "list";
        } else if (e instanceof Expr.Dict d) {
            return "dict";
        } else if (e instanceof Expr.DictComp d) {
            return "dict";
        } else if (e instanceof Expr.Set s) {
            return "set";
        } else if (e instanceof Expr.SetComp s) {
            return "set";
        } else if (e instanceof Expr.GeneratorExp ge) {
            return "generator";
        } else if (e instanceof Expr.Lambda l) {
            return "function";
        } else if (e instanceof Expr.JoinedStr j) {
            return "str";
        } else if (e instanceof Expr.FormattedValue f) {
            return "str";
        } else {
            return null;
        }
    }

    private static String constType(Object c) {
        if (c instanceof Boolean b) {
            return "bool";
        } else if (c instanceof Long l) {
            return "int";
        } else if (c instanceof java.math.BigInteger b) {
            return "int";
        } else if (c instanceof Double d) {
            return "float";
        } else if (c instanceof String s) {
            return "str";
        } else if (c instanceof StrPoints s) {
            return "str";
        } else if (c instanceof BytesConst b) {
            return "bytes";
        } else if (c instanceof TupleConst t) {
            return "tuple";
        } else if (c instanceof ComplexConst x) {
            return "complex";
        } else if (c instanceof FrozenSetConst f) {
            return "frozenset";
        } else if (c instanceof Constant k && k == Constant.NONE) {
            return "NoneType";
        } else if (c instanceof Constant k && k == Constant.ELLIPSIS) {
            return "ellipsis";
        } else {
            return c.getClass().getSimpleName();
        }
    }

    /** check_is_arg: not a literal, or None, True, False or Ellipsis. */
    private static boolean isArg(Expr e) {
        Object c = Folding.fold(e);
        return c == null || c == Constant.NONE || c == Constant.ELLIPSIS || c instanceof Boolean;
    }

    /** check_compare: {@code is} / {@code is not} with a literal on either side. */
    static void compare(CodeGen g, Expr.Compare e) {
        if (g.warnings == null) {
            return;
        }
        boolean left = isArg(e.left());
        Expr leftExpr = e.left();
        for (int i = 0; i < e.ops().size(); i++) {
            org.pyvm.ast.Cmpop op = e.ops().get(i);
            Expr rightExpr = e.comparators().get(i);
            boolean right = isArg(rightExpr);
            if ((op == org.pyvm.ast.Cmpop.Is || op == org.pyvm.ast.Cmpop.IsNot) && (!right || !left)) {
                Expr literal = !left ? leftExpr : rightExpr;
                warn(g, (op == org.pyvm.ast.Cmpop.Is ? "\"is\" with '%s' literal. Did you mean \"==\"?"
                    : "\"is not\" with '%s' literal. Did you mean \"!=\"?").formatted(inferType(literal)), Loc.of(e));
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /** check_caller: calling a literal. */
    static void caller(CodeGen g, Expr func) {
        if (g.warnings == null) {
            return;
        }
        boolean literal = Folding.fold(func) != null || isDisplay(func);
        if (literal) {
            warn(g, "'" + inferType(func) + "' object is not callable; perhaps you missed a comma?", Loc.of(func));
        }
    }

    /** check_subscripter and check_index: subscripting a literal that cannot be subscripted so. */
    static void subscript(CodeGen g, Expr value, Expr slice) {
        if (g.warnings == null) {
            return;
        }
        Object c = Folding.fold(value);
        boolean notSubscriptable = c != null
            ? c == Constant.NONE || c == Constant.ELLIPSIS || c instanceof Long || c instanceof java.math.BigInteger
                || c instanceof Boolean || c instanceof Double || c instanceof ComplexConst || c instanceof FrozenSetConst
            : value instanceof Expr.Set || value instanceof Expr.SetComp || value instanceof Expr.GeneratorExp
                || value instanceof Expr.Lambda;
        if (notSubscriptable) {
            warn(g, "'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?",
                Loc.of(value));
            return;
        }
        String index = inferType(slice);
        if (index == null || index.equals("int") || index.equals("bool") || slice instanceof Expr.Slice) {
            return;
        }
        boolean sequence = c != null
            ? c instanceof String || c instanceof StrPoints || c instanceof BytesConst || c instanceof TupleConst
            : value instanceof Expr.Tuple || value instanceof Expr.List || value instanceof Expr.ListComp
                || value instanceof Expr.JoinedStr || value instanceof Expr.FormattedValue;
        if (sequence) {
            warn(g, inferType(value) + " indices must be integers or slices, not " + index
                + "; perhaps you missed a comma?", Loc.of(value));
        }
    }

    /** compiler_assert: {@code assert (x, y)} is always true. */
    static void assertion(CodeGen g, Expr test, Loc loc) {
        if (g.warnings == null) {
            return;
        }
        Object c = Folding.fold(test);
        if (test instanceof Expr.Tuple t && !t.elts().isEmpty() || c instanceof TupleConst tc && tc.items().length > 0) {
            warn(g, "assertion is always true, perhaps remove parentheses?", loc);
        }
    }

    /** Whether FUNC is a display or comprehension (what check_caller warns about beside constants). */
    private static boolean isDisplay(Expr func) {
        if (func instanceof Expr.Tuple t) {
            return true;
        } else if (func instanceof Expr.List l) {
            return true;
        } else if (func instanceof Expr.ListComp l) {
            return true;
        } else if (func instanceof Expr.Dict d) {
            return true;
        } else if (func instanceof Expr.DictComp d) {
            return true;
        } else if (func instanceof Expr.Set s) {
            return true;
        } else if (func instanceof Expr.SetComp s) {
            return true;
        } else if (func instanceof Expr.GeneratorExp ge) {
            return true;
        } else if (func instanceof Expr.JoinedStr j) {
            return true;
        } else if (func instanceof Expr.FormattedValue f) {
            return true;
        } else {
            return false;
        }
    }
}
