package org.pyvm.parser;

import java.util.ArrayDeque;
import java.util.List;

import org.pyvm.ast.Node;

/**
 * The nesting depth of a tree, counted as CPython's ast2obj counts it (each node but
 * the enum-like ones: contexts and operators). CPython raises RecursionError
 * ("maximum recursion depth exceeded during ast construction") beyond LIMIT; so do we,
 * which also keeps later recursive passes (dump, compiler) within bounds. Iterative.
 */
final class AstDepth {
    /** Deepest tree ast.parse accepts in CPython 3.12 (measured: 'a' + '+a' * 2993). */
    static final int LIMIT = 2996;

    private AstDepth() {}

    static int of(Node root) {
        ArrayDeque<Object> stack = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(1);
        int max = 0;
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            int d = depths.pop();
            if (o instanceof Node n) {
                if (n instanceof Enum<?>) {
                    continue;
                }
                if (d > max) {
                    max = d;
                }
                for (Object v : n.fieldValues()) {
                    if (v instanceof Node || v instanceof List<?>) {
                        stack.push(v);
                        depths.push(d + 1);
                    }
                }
            } else if (o instanceof List<?> l) {
                for (Object v : l) {
                    if (v != null) {
                        stack.push(v);
                        depths.push(d);
                    }
                }
            }
        }
        return max;
    }
}
