package org.pyvm.ast;

/**
 * A node with source positions ({@code _attributes} in Python's ast). Lines count from
 * 1; columns are UTF-8 byte offsets from the start of the line, as in CPython.
 */
public interface Located {
    int lineno();

    int col_offset();

    int end_lineno();

    int end_col_offset();
}
