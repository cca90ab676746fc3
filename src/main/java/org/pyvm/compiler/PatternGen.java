package org.pyvm.compiler;

import org.pyvm.ast.Stmt;

/** The match statement (PEP 634). Compare CPython Python/compile.c: compiler_match, compiler_pattern. */
final class PatternGen {

    private final CodeGen g;

    PatternGen(CodeGen g) {
        this.g = g;
    }

    void match(Stmt.Match m) {
        throw CompileError.unsupported("the match statement", Loc.of(m));
    }
}
