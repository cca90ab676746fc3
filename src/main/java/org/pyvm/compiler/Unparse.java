package org.pyvm.compiler;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pyvm.ast.Arg;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.Constants;
import org.pyvm.ast.Expr;
import org.pyvm.ast.Keyword;
import org.pyvm.ast.Repr;

/**
 * Turns an annotation back into source text for {@code from __future__ import annotations}
 * (PEP 563), as CPython 3.12's Python/ast_unparse.c does: every expression kind, with
 * parentheses exactly where its precedence levels put them (so that
 * {@code a ** -b} becomes {@code a ** (-b)} and {@code (a - b) - c} becomes
 * {@code a - b - c}), string prefixes such as {@code u} kept, infinite floats written
 * {@code 1e309}, f-strings rebuilt with their braces escaped. (instanceof chains, not
 * pattern switches: see the package notes.)
 */
final class Unparse {

    private Unparse() {}

    // Precedence levels, lowest first (ast_unparse.c's PR_* enum).
    private static final int TUPLE = 0;
    private static final int TEST = 1; // if-else, lambda
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int EXPR = 6; // also '|'
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The annotation's text (_PyAST_ExprAsUnicode: the level of a test). */
    static String unparse(Expr e) {
        return text(e, TEST);
    }

    private static String text(Expr e, int level) {
        StringBuilder sb = new StringBuilder();
        expr(sb, e, level);
        return sb.toString();
    }

    private static void open(StringBuilder sb, boolean paren) {
        if (paren) {
            sb.append('(');
        }
    }

    private static void close(StringBuilder sb, boolean paren) {
        if (paren) {
            sb.append(')');
        }
    }

    private static void list(StringBuilder sb, List<Expr> items, int level) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(sb, items.get(i), level);
        }
    }

    private static void expr(StringBuilder sb, Expr e, int level) {
        if (e instanceof Expr.BoolOp b) {
            boolean and = b.op() == org.pyvm.ast.Boolop.And;
            int pr = and ? AND : OR;
            open(sb, level > pr);
            for (int i = 0; i < b.values().size(); i++) {
                if (i > 0) {
                    sb.append(and ? " and " : " or ");
                }
                expr(sb, b.values().get(i), pr + 1);
            }
            close(sb, level > pr);
        } else if (e instanceof Expr.BinOp b) {
            binOp(sb, b, level);
        } else if (e instanceof Expr.UnaryOp u) {
            String op;
            int pr;
            switch (u.op()) {
                case Invert -> { op = "~"; pr = FACTOR; }
                case Not -> { op = "not "; pr = NOT; }
                case UAdd -> { op = "+"; pr = FACTOR; }
                default -> { op = "-"; pr = FACTOR; }
            }
            open(sb, level > pr);
            sb.append(op);
            expr(sb, u.operand(), pr);
            close(sb, level > pr);
        } else if (e instanceof Expr.Lambda l) {
            open(sb, level > TEST);
            boolean positional = !l.args().args().isEmpty() || !l.args().posonlyargs().isEmpty();
            sb.append(positional ? "lambda " : "lambda");
            arguments(sb, l.args());
            sb.append(": ");
            expr(sb, l.body(), TEST);
            close(sb, level > TEST);
        } else if (e instanceof Expr.IfExp i) {
            open(sb, level > TEST);
            expr(sb, i.body(), TEST + 1);
            sb.append(" if ");
            expr(sb, i.test(), TEST + 1);
            sb.append(" else ");
            expr(sb, i.orelse(), TEST);
            close(sb, level > TEST);
        } else if (e instanceof Expr.Dict d) {
            sb.append('{');
            for (int i = 0; i < d.values().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                Expr key = d.keys().get(i);
                if (key != null) {
                    expr(sb, key, TEST);
                    sb.append(": ");
                    expr(sb, d.values().get(i), TEST);
                } else {
                    sb.append("**");
                    expr(sb, d.values().get(i), EXPR);
                }
            }
            sb.append('}');
        } else if (e instanceof Expr.Set s) {
            sb.append('{');
            list(sb, s.elts(), TEST);
            sb.append('}');
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(sb, '(', g.elt(), g.generators(), ')');
        } else if (e instanceof Expr.ListComp c) {
            comprehension(sb, '[', c.elt(), c.generators(), ']');
        } else if (e instanceof Expr.SetComp c) {
            comprehension(sb, '{', c.elt(), c.generators(), '}');
        } else if (e instanceof Expr.DictComp c) {
            sb.append('{');
            expr(sb, c.key(), TEST);
            sb.append(": ");
            expr(sb, c.value(), TEST);
            comprehensions(sb, c.generators());
            sb.append('}');
        } else if (e instanceof Expr.Yield y) {
            if (y.value() == null) {
                sb.append("(yield)");
            } else {
                sb.append("(yield ");
                expr(sb, y.value(), TEST);
                sb.append(')');
            }
        } else if (e instanceof Expr.YieldFrom y) {
            sb.append("(yield from ");
            expr(sb, y.value(), TEST);
            sb.append(')');
        } else if (e instanceof Expr.Await a) {
            open(sb, level > AWAIT);
            sb.append("await ");
            expr(sb, a.value(), ATOM);
            close(sb, level > AWAIT);
        } else if (e instanceof Expr.Compare c) {
            open(sb, level > CMP);
            expr(sb, c.left(), CMP + 1);
            for (int i = 0; i < c.ops().size(); i++) {
                sb.append(switch (c.ops().get(i)) {
                    case Eq -> " == ";
                    case NotEq -> " != ";
                    case Lt -> " < ";
                    case LtE -> " <= ";
                    case Gt -> " > ";
                    case GtE -> " >= ";
                    case Is -> " is ";
                    case IsNot -> " is not ";
                    case In -> " in ";
                    case NotIn -> " not in ";
                });
                expr(sb, c.comparators().get(i), CMP + 1);
            }
            close(sb, level > CMP);
        } else if (e instanceof Expr.Call c) {
            call(sb, c);
        } else if (e instanceof Expr.Constant c) {
            if (c.value() == Constants.ELLIPSIS) {
                sb.append("...");
            } else {
                if (c.kind() != null) {
                    sb.append(c.kind()); // the 'u' of u'...'
                }
                sb.append(constant(c.value()));
            }
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(sb, j, false);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(sb, f);
        } else if (e instanceof Expr.Attribute a) {
            expr(sb, a.value(), ATOM);
            // An int needs a space before the dot: "1 .real", not the float "1.real"
            boolean intValue = a.value() instanceof Expr.Constant k
                && (k.value() instanceof Long || k.value() instanceof java.math.BigInteger);
            sb.append(intValue ? " ." : ".").append(a.attr());
        } else if (e instanceof Expr.Subscript s) {
            expr(sb, s.value(), ATOM);
            sb.append('[');
            expr(sb, s.slice(), TUPLE);
            sb.append(']');
        } else if (e instanceof Expr.Starred s) {
            sb.append('*');
            expr(sb, s.value(), EXPR);
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(sb, s.lower(), TEST);
            }
            sb.append(':');
            if (s.upper() != null) {
                expr(sb, s.upper(), TEST);
            }
            if (s.step() != null) {
                sb.append(':');
                expr(sb, s.step(), TEST);
            }
        } else if (e instanceof Expr.Name n) {
            sb.append(n.id());
        } else if (e instanceof Expr.List l) {
            sb.append('[');
            list(sb, l.elts(), TEST);
            sb.append(']');
        } else if (e instanceof Expr.Tuple t) {
            if (t.elts().isEmpty()) {
                sb.append("()");
            } else {
                open(sb, level > TUPLE);
                list(sb, t.elts(), TEST);
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
                close(sb, level > TUPLE);
            }
        } else if (e instanceof Expr.NamedExpr n) {
            open(sb, level > TUPLE);
            expr(sb, n.target(), ATOM);
            sb.append(":=");
            expr(sb, n.value(), ATOM);
            close(sb, level > TUPLE);
        } else {
            throw new CompileError("SystemError", "unknown expression kind", 0, 0, 0, 0);
        }
    }

    private static void binOp(StringBuilder sb, Expr.BinOp b, int level) {
        String op;
        int pr;
        switch (b.op()) {
            case Add -> { op = " + "; pr = ARITH; }
            case Sub -> { op = " - "; pr = ARITH; }
            case Mult -> { op = " * "; pr = TERM; }
            case MatMult -> { op = " @ "; pr = TERM; }
            case Div -> { op = " / "; pr = TERM; }
            case Mod -> { op = " % "; pr = TERM; }
            case LShift -> { op = " << "; pr = SHIFT; }
            case RShift -> { op = " >> "; pr = SHIFT; }
            case BitOr -> { op = " | "; pr = EXPR; }
            case BitXor -> { op = " ^ "; pr = BXOR; }
            case BitAnd -> { op = " & "; pr = BAND; }
            case FloorDiv -> { op = " // "; pr = TERM; }
            default -> { op = " ** "; pr = POWER; }
        }
        // ** groups to the right: its left operand needs the higher level, the others' right one
        int rightAssoc = b.op() == org.pyvm.ast.Operator.Pow ? 1 : 0;
        open(sb, level > pr);
        expr(sb, b.left(), pr + rightAssoc);
        sb.append(op);
        expr(sb, b.right(), pr + 1 - rightAssoc);
        close(sb, level > pr);
    }

    private static void call(StringBuilder sb, Expr.Call c) {
        expr(sb, c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            expr(sb, g, TEST); // f(x for x in y): the generator's own parentheses
            return;
        }
        sb.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            expr(sb, a, TEST);
        }
        for (Keyword k : c.keywords()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(k.arg() == null ? "**" : k.arg() + "=");
            expr(sb, k.value(), TEST);
        }
        sb.append(')');
    }

    /** A generator expression, list or set comprehension between OPEN and CLOSE. */
    private static void comprehension(StringBuilder sb, char open, Expr elt, List<Comprehension> generators,
                                      char close) {
        sb.append(open);
        expr(sb, elt, TEST);
        comprehensions(sb, generators);
        sb.append(close);
    }

    private static void comprehensions(StringBuilder sb, List<Comprehension> generators) {
        for (Comprehension g : generators) {
            sb.append(g.is_async() != 0 ? " async for " : " for ");
            expr(sb, g.target(), TUPLE);
            sb.append(" in ");
            expr(sb, g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                sb.append(" if ");
                expr(sb, cond, TEST + 1);
            }
        }
    }

    private static void arg(StringBuilder sb, Arg a) {
        sb.append(a.arg());
        if (a.annotation() != null) {
            sb.append(": ");
            expr(sb, a.annotation(), TEST);
        }
    }

    /** A lambda's parameters. Compare append_ast_args. */
    private static void arguments(StringBuilder sb, Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs().size();
        int positional = posonly + args.args().size();
        int defaults = args.defaults().size();
        for (int i = 0; i < positional; i++) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            arg(sb, i < posonly ? args.posonlyargs().get(i) : args.args().get(i - posonly));
            int d = i - positional + defaults;
            if (d >= 0) {
                sb.append('=');
                expr(sb, args.defaults().get(d), TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                sb.append(", /");
            }
        }
        if (args.vararg() != null || !args.kwonlyargs().isEmpty()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('*');
            if (args.vararg() != null) {
                arg(sb, args.vararg());
            }
        }
        int kwonly = args.kwonlyargs().size();
        int kwDefaults = args.kw_defaults().size();
        for (int i = 0; i < kwonly; i++) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            arg(sb, args.kwonlyargs().get(i));
            int d = i - kwonly + kwDefaults;
            if (d >= 0 && args.kw_defaults().get(d) != null) {
                sb.append('=');
                expr(sb, args.kw_defaults().get(d), TEST);
            }
        }
        if (args.kwarg() != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("**");
            arg(sb, args.kwarg());
        }
    }

    /** An f-string: its body built first, then quoted as a whole by repr (append_joinedstr). */
    private static void joinedStr(StringBuilder sb, Expr.JoinedStr j, boolean formatSpec) {
        StringBuilder body = new StringBuilder();
        for (Expr v : j.values()) {
            fstringElement(body, v, formatSpec);
        }
        if (formatSpec) {
            sb.append(body);
        } else {
            sb.append('f').append(Repr.str(body.toString()));
        }
    }

    private static void fstringElement(StringBuilder sb, Expr e, boolean formatSpec) {
        if (e instanceof Expr.Constant c) {
            sb.append(constantText(c.value()).replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(sb, j, formatSpec);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(sb, f);
        } else {
            throw new CompileError("SystemError", "unknown expression kind inside f-string", 0, 0, 0, 0);
        }
    }

    private static void formattedValue(StringBuilder sb, Expr.FormattedValue f) {
        // Above a test, so that a lambda (whose ':' would start a format spec) is parenthesized
        String value = text(f.value(), TEST + 1);
        sb.append(value.startsWith("{") ? "{ " : "{").append(value);
        int conversion = f.conversion() == null ? -1 : f.conversion();
        if (conversion > 0) {
            sb.append('!').append((char) conversion);
        }
        if (f.format_spec() != null) {
            sb.append(':');
            fstringElement(sb, f.format_spec(), true);
        }
        sb.append('}');
    }

    /** A string constant's value as text (literal pieces of an f-string). */
    private static String constantText(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Constants.CodePoints c) {
            return new String(c.value(), 0, c.value().length);
        }
        return String.valueOf(v);
    }

    /** repr() of a constant, infinities written as 1e309 (append_repr's replace_inf_value). */
    private static String constant(Object v) {
        if (v == Constants.NONE) {
            return "None";
        }
        String r = Repr.of(v);
        if (v instanceof Double || v instanceof Constants.Complex) {
            r = r.replace("inf", "1e309");
        }
        return r;
    }
}
