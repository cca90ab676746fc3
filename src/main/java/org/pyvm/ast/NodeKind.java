package org.pyvm.ast;

/**
 * The shape of one node class: its Python name, {@code _fields}, a qualifier per field
 * ({@code '?'} optional, {@code '*'} list, {@code '-'} required, as in the ASDL), and
 * whether it carries positions ({@code _attributes}).
 */
public record NodeKind(String name, String[] fields, String qualifiers, boolean positions) {

    /** True when field I is optional ({@code expr?}): ast.dump omits it when None. */
    public boolean optional(int i) {
        return qualifiers.charAt(i) == '?';
    }
}
