package org.pyvm.ast;

/**
 * A SyntaxWarning the parser or the compiler found (an invalid escape sequence, {@code is}
 * with a literal, an assert on a tuple...): its message and where it is, with 1-based
 * offsets as the SyntaxError it becomes when a warnings filter turns it into an error.
 * TEXT is the source line that error carries, or null where CPython's compiler reads it
 * from the file named by the filename (PyErr_ProgramTextObject). The front end only
 * collects these; whoever runs it issues them through Python's warnings machinery.
 * (It sits here because both the parser and the compiler produce them.)
 */
public record CompileWarning(String message, int lineno, int offset, int endLineno, int endOffset, String text) {}
