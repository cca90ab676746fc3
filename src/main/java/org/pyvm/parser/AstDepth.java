package org.pyvm.parser;

import java.util.List;

import org.pyvm.ast.Node;

/**
 * The nesting depth of a tree, counted as CPython's ast2obj counts it (each node but
 * the enum-like ones: contexts and operators). CPython raises RecursionError
 * ("maximum recursion depth exceeded during ast construction") beyond LIMIT; so do we,
 * which also keeps later recursive passes (dump, compiler) within bounds. The walk
 * recurses at most LIMIT + 1 levels.
 */
final class AstDepth {
    /**
     * Deepest tree ast.parse accepts in CPython 3.12 (measured at a script's top level:
     * 'a' + '+a' * 2993; CPython's bound moves by a level or two with the caller's depth).
     */
    static final int LIMIT = 2996;

    private AstDepth() {}

    /** The depth of ROOT, or LIMIT + 1 as soon as it is known to be deeper (so recursion stays bounded). */
    static int of(Node root) {
        return walk(root, 1);
    }

    private static int walk(Object o, int d) {
        if (d > LIMIT) {
            return d;
        }
        int max = d;
        if (o instanceof Node n) {
            if (n instanceof Enum<?>) {
                return d - 1;
            }
            for (Object v : n.fieldValues()) {
                if (v instanceof Node || v instanceof List<?>) {
                    int c = walk(v, d + 1);
                    if (c > max) {
                        max = c;
                        if (max > LIMIT) {
                            return max;
                        }
                    }
                }
            }
        } else if (o instanceof List<?> l) {
            // a list adds no level: its items sit at the list's own depth
            max = d - 1;
            for (int i = 0, k = l.size(); i < k; i++) {
                Object v = l.get(i);
                if (v != null) {
                    int c = walk(v, d);
                    if (c > max) {
                        max = c;
                        if (max > LIMIT) {
                            return max;
                        }
                    }
                }
            }
        }
        return max;
    }
}
