package org.pyvm.compiler;

import java.nio.charset.StandardCharsets;
import org.pyvm.ast.Expr;

/**
 * Turns an annotation back into source text for {@code from __future__ import annotations}
 * (PEP 563). Compare CPython Python/ast_unparse.c. Covers the expressions annotations
 * use; anything else is reported as not supported yet.
 */
final class Unparse {

    private Unparse() {}

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static String unparse(Expr e) {
        StringBuilder sb = new StringBuilder();
        append(sb, e, 0);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Expr e, int level) {
        switch (e) {
            case Expr.Name n -> sb.append(n.id());
            case Expr.Attribute a -> {
                append(sb, a.value(), 10);
                sb.append('.').append(a.attr());
            }
            case Expr.Subscript s -> {
                append(sb, s.value(), 10);
                sb.append('[');
                if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    for (int i = 0; i < t.elts().size(); i++) {
                        if (i > 0) {
                            sb.append(", ");
                        }
                        append(sb, t.elts().get(i), 0);
                    }
                    if (t.elts().size() == 1) {
                        sb.append(',');
                    }
                } else {
                    append(sb, s.slice(), 0);
                }
                sb.append(']');
            }
            case Expr.Constant c -> sb.append(repr(c.value()));
            case Expr.Tuple t -> {
                sb.append('(');
                for (int i = 0; i < t.elts().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    append(sb, t.elts().get(i), 0);
                }
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
                sb.append(')');
            }
            case Expr.List t -> {
                sb.append('[');
                for (int i = 0; i < t.elts().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    append(sb, t.elts().get(i), 0);
                }
                sb.append(']');
            }
            case Expr.BinOp b when b.op() == org.pyvm.ast.Operator.BitOr -> {
                if (level > 1) {
                    sb.append('(');
                }
                append(sb, b.left(), 1);
                sb.append(" | ");
                append(sb, b.right(), 2);
                if (level > 1) {
                    sb.append(')');
                }
            }
            case Expr.Starred s -> {
                sb.append('*');
                append(sb, s.value(), 10);
            }
            default -> throw CompileError.unsupported("this annotation under 'from __future__ import annotations'",
                Loc.of(e));
        }
    }

    private static String repr(Object v) {
        if (v == org.pyvm.ast.Constants.NONE) {
            return "None";
        }
        if (v == org.pyvm.ast.Constants.ELLIPSIS) {
            return "...";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long || v instanceof java.math.BigInteger) {
            return v.toString();
        }
        if (v instanceof String s) {
            boolean dq = s.indexOf('\'') >= 0 && s.indexOf('"') < 0;
            char q = dq ? '"' : '\'';
            StringBuilder sb = new StringBuilder().append(q);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == q || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c < 0x20 || c == 0x7f) {
                    sb.append(String.format("\\x%02x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            return sb.append(q).toString();
        }
        throw new CompileError("NotImplementedError", "pyvm compiler: unparsing this constant is not supported yet",
            0, 0, 0, 0);
    }
}
