package org.pyvm.ast;

/**
 * Any node of the tree, mirroring Python's {@code ast.AST}. Fields are enumerated
 * generically through {@link #nodeKind()} (names, and whether each is optional or a list)
 * and {@link #fieldValues()} (values in the same order as {@code _fields}); the dump,
 * and later {@code _ast} in the runtime, walk the tree with these two.
 */
public interface Node {
    /** The node's class: Python name, field names and qualifiers. */
    NodeKind nodeKind();

    /** The field values in {@code _fields} order (lists are {@code java.util.List}). */
    Object[] fieldValues();
}
