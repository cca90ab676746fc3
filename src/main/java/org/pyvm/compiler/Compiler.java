package org.pyvm.compiler;

import org.pyvm.ast.Expr;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Stmt;
import org.pyvm.bytecode.CodeObject;

/**
 * The compiler's entry point: a module's tree to its code object, through the passes of
 * CPython's compiler: future features, symbol table, code generation, control-flow graph
 * optimisation and assembly. Compare CPython Python/compile.c: _PyAST_Compile.
 */
public final class Compiler {

    /**
     * Issues the DeprecationWarning of {@code ~} on a bool, which CPython's constant folding
     * gets from calling bool_invert; answers false when the warning became an exception,
     * which leaves the expression unfolded, as ast_opt.c: fold_unaryop leaves it when the
     * operation fails (it then warns, or raises, when it runs). Set by the runtime's
     * compiler bridge; null folds with no warning.
     */
    public static volatile java.util.function.BooleanSupplier boolInvertWarning;

    /**
     * A binary operation on two number constants (Long, BigInteger, Double, ComplexConst,
     * Boolean) computed by the runtime's own arithmetic, as ast_opt.c: fold_binop calls
     * PyNumber_Add and the rest: the folded constant is then the very value the operation
     * would give when run. Answers null when the operation raises (the expression is left
     * for run time) or its result is not a number. Set by the runtime's compiler bridge;
     * while null, only the operations Folding computes exactly itself are folded.
     */
    public interface NumberFolder {
        /** NB_OP is BINARY_OP's argument for the operator (opcode._nb_ops). */
        Object fold(int nbOp, Object left, Object right);
    }

    /** The runtime's arithmetic for constant folding; see {@link NumberFolder}. */
    public static volatile NumberFolder numberFolder;

    private Compiler() {}

    /**
     * Compiles a module. {@code filename} becomes {@code co_filename} of every code object.
     *
     * @throws CompileError for what CPython's compiler rejects (SyntaxError with its message
     *     and location), or for a construct not supported yet (NotImplementedError)
     */
    public static CodeObject compileModule(Mod.Module mod, String filename) {
        return compileModule(mod, filename, 0);
    }

    /**
     * Compiles a module at optimization level OPTIMIZE (0: none, 1: {@code -O}, asserts
     * removed and {@code __debug__} false, 2: {@code -OO}, docstrings removed too), as
     * compile()'s {@code optimize} argument does.
     */
    public static CodeObject compileModule(Mod.Module mod, String filename, int optimize) {
        int future = futureFeatures(mod);
        Folding.reset(optimize);
        try {
            SymbolTable st = SymbolTable.build(mod, (future & CodeObject.CO_FUTURE_ANNOTATIONS) != 0);
            return new CodeGen(st, filename, future, optimize).compileModule(mod);
        } finally {
            Folding.reset(0);
        }
    }

    /** The __future__ feature flags (CO_FUTURE_*) compile() may pass in, CPython's PyCF_MASK. */
    public static final int FUTURE_MASK = CodeObject.CO_FUTURE_DIVISION | CodeObject.CO_FUTURE_ABSOLUTE_IMPORT
        | CodeObject.CO_FUTURE_WITH_STATEMENT | CodeObject.CO_FUTURE_PRINT_FUNCTION
        | CodeObject.CO_FUTURE_UNICODE_LITERALS | CodeObject.CO_FUTURE_BARRY_AS_BDFL
        | CodeObject.CO_FUTURE_GENERATOR_STOP | CodeObject.CO_FUTURE_ANNOTATIONS;

    /**
     * Compiles a tree of any compile() mode: {@code Mod.Module} ('exec'),
     * {@code Mod.Expression} ('eval': the code returns the value) or {@code Mod.Interactive}
     * ('single': expression statements print their value through sys.displayhook).
     * FUTURE holds CO_FUTURE_* flags in force besides the source's own __future__ imports
     * (compile()'s flags and the inherited ones); they also go into co_flags as CPython's
     * compute_code_flags puts them.
     */
    public static CodeObject compile(Mod mod, String filename, int future) {
        return compile(mod, filename, future, 0);
    }

    /** compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for/with at module level make a coroutine. */
    public static final int ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /**
     * {@link #compile(Mod, String, int)} at optimization level OPTIMIZE (0, 1 or 2); FLAGS
     * may also hold {@link #ALLOW_TOP_LEVEL_AWAIT}.
     */
    public static CodeObject compile(Mod mod, String filename, int flags, int optimize) {
        return compile(mod, filename, flags, optimize, null);
    }

    /**
     * {@link #compile(Mod, String, int, int)}, adding the SyntaxWarnings found to WARNINGS
     * (null: not wanted) for the caller to issue.
     */
    public static CodeObject compile(Mod mod, String filename, int flags, int optimize,
                                     java.util.List<org.pyvm.ast.CompileWarning> warnings) {
        Folding.reset(optimize);
        try {
            CodeGen g = codeGen(mod, filename, flags, optimize);
            g.warnings = warnings;
            if (mod instanceof Mod.Module m) {
                return g.compileModule(m);
            } else if (mod instanceof Mod.Interactive m) {
                return g.compileInteractive(m);
            } else if (mod instanceof Mod.Expression m) {
                return g.compileExpression(m);
            } else {
                throw new IllegalArgumentException("cannot compile " + mod.getClass().getSimpleName());
            }
        } finally {
            Folding.reset(0);
        }
    }

    /**
     * The code generator for MOD: its future features and symbol table. The caller resets
     * Folding to OPTIMIZE around its use.
     */
    static CodeGen codeGen(Mod mod, String filename, int flags, int optimize) {
        boolean topLevelAwait = (flags & ALLOW_TOP_LEVEL_AWAIT) != 0;
        int future = flags & FUTURE_MASK;
        if (mod instanceof Mod.Module m) {
            future |= futureFeatures(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            future |= futureFeatures(m.body());
        }
        SymbolTable st = SymbolTable.build(mod, (future & CodeObject.CO_FUTURE_ANNOTATIONS) != 0, topLevelAwait);
        CodeGen g = new CodeGen(st, filename, future, optimize);
        g.topLevelAwait = topLevelAwait;
        return g;
    }

    static int futureFeatures(Mod.Module mod) {
        return futureFeatures(mod.body());
    }

    // Compare CPython Python/future.c: future_parse
    static int futureFeatures(java.util.List<Stmt> body) {
        int flags = 0;
        boolean done = false;
        int i = 0;
        for (Stmt s : body) {
            if (done && s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                throw CompileError.syntax("from __future__ imports must occur at the beginning of the file", Loc.of(s));
            }
            if (done) {
                i++;
                continue;
            }
            if (i == 0 && s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String) {
                i++;
                continue; // docstring
            }
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (var a : f.names()) {
                    switch (a.name()) {
                        case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                             "print_function", "unicode_literals", "generator_stop" -> { }
                        case "barry_as_FLUFL" -> flags |= CodeObject.CO_FUTURE_BARRY_AS_BDFL;
                        case "annotations" -> flags |= CodeObject.CO_FUTURE_ANNOTATIONS;
                        case "braces" -> throw CompileError.future("not a chance", Loc.of(s));
                        default -> throw CompileError.future("future feature " + a.name() + " is not defined",
                            Loc.of(s));
                    }
                }
            } else {
                done = true;
            }
            i++;
        }
        return flags;
    }
}
