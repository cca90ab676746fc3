package org.pyvm.ast;

import java.util.List;

/**
 * {@code ast.dump(node, include_attributes=True)} as CPython 3.12 writes it (Lib/ast.py:
 * dump): every field as name=value, an optional field ({@code ?}) omitted when None,
 * lists always shown (3.12 does not omit empty lists), then the positions.
 */
public final class AstDump {
    private AstDump() {}

    public static String dump(Node node) {
        StringBuilder sb = new StringBuilder(4096);
        format(sb, node);
        return sb.toString();
    }

    private static void format(StringBuilder sb, Object v) {
        if (v instanceof Node n) {
            NodeKind k = n.nodeKind();
            sb.append(k.name()).append('(');
            Object[] vals = n.fieldValues();
            boolean first = true;
            for (int i = 0; i < vals.length; i++) {
                if (vals[i] == null && k.optional(i)) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(k.fields()[i]).append('=');
                format(sb, vals[i]);
            }
            if (k.positions() && n instanceof Located l) {
                if (!first) {
                    sb.append(", ");
                }
                sb.append("lineno=").append(l.lineno())
                    .append(", col_offset=").append(l.col_offset())
                    .append(", end_lineno=").append(l.end_lineno())
                    .append(", end_col_offset=").append(l.end_col_offset());
            }
            sb.append(')');
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(sb, list.get(i));
            }
            sb.append(']');
        } else {
            sb.append(Repr.of(v));
        }
    }
}
