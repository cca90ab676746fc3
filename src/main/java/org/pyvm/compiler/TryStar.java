package org.pyvm.compiler;

import java.util.List;
import org.pyvm.ast.Excepthandler;
import org.pyvm.ast.Stmt;

/** {@code try: ... except* ...} (PEP 654). Compare CPython Python/compile.c: compiler_try_star_except. */
final class TryStar {

    private TryStar() {}

    static void tryStarExcept(CodeGen g, List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse, Loc loc) {
        throw CompileError.unsupported("try/except*", loc);
    }
}
