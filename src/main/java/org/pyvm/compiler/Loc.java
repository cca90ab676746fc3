package org.pyvm.compiler;

import org.pyvm.ast.Located;

/**
 * A source location of an instruction (PEP 626/657): lines from 1, columns as UTF-8
 * byte offsets; -1 stands for "none". Compare CPython Python/compile.c: location.
 */
record Loc(int line, int endLine, int col, int endCol) {

    static final Loc NONE = new Loc(-1, -1, -1, -1);

    static Loc of(Located n) {
        return new Loc(n.lineno(), n.end_lineno(), n.col_offset(), n.end_col_offset());
    }

    boolean isNone() {
        return line < 0;
    }

    // Written out: a record's generated equals and hashCode are linked by an invokedynamic
    // bootstrap (ObjectMethods) on first use, which costs milliseconds at every start-up
    // (the line table compares locations when compiling even "pass").
    @Override
    public boolean equals(Object o) {
        return o instanceof Loc l && line == l.line && endLine == l.endLine && col == l.col && endCol == l.endCol;
    }

    @Override
    public int hashCode() {
        return ((line * 31 + endLine) * 31 + col) * 31 + endCol;
    }
}
