package org.pyvm.parser;

/**
 * One token. Positions follow CPython: lines from 1, columns as UTF-8 byte offsets
 * from the start of the line; {@code start}/{@code end} are absolute offsets into the
 * tokenizer's UTF-8 buffer.
 */
final class Token {
    final int type;
    final int start;
    final int end;
    final int lineno;
    final int col;
    final int endLineno;
    final int endCol;
    /** NAME: the (NFKC-normalized) identifier; NUMBER, STRING, FSTRING_*: the text. */
    final String text;
    /** Bracket nesting level where the token starts (tok->level in CPython). */
    int level;
    /** A NEWLINE that mode 'single' made of an ENDMARKER: no columns of its own (col_offset -1). */
    boolean synthetic;

    Token(int type, int start, int end, int lineno, int col, int endLineno, int endCol, String text) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.lineno = lineno;
        this.col = col;
        this.endLineno = endLineno;
        this.endCol = endCol;
        this.text = text;
    }

    @Override
    public String toString() {
        return TokenType.name(type) + "(" + text + ")@" + lineno + ":" + col + "-" + endLineno + ":" + endCol;
    }
}
