package org.pyvm.runtime;

import org.pyvm.bytecode.CodeObject;

/**
 * The narrow bridge from the object model to the compiler, as {@link CodeRunner} is the
 * bridge to the interpreter: the runtime and the builtin modules never import the
 * parser or the compiler; the command line installs an implementation at start-up
 * ({@link #install}). compile(), exec() and eval() of source text and the import of
 * {@code .py} modules all go through here. Compare CPython Python/pythonrun.c:
 * Py_CompileStringObject.
 */
public interface SourceCompilation {

    // compile()'s flags, CPython Include/cpython/compile.h (PyCF_*).
    int PyCF_SOURCE_IS_UTF8 = 0x0100;
    int PyCF_DONT_IMPLY_DEDENT = 0x0200;
    int PyCF_ONLY_AST = 0x0400;
    int PyCF_IGNORE_COOKIE = 0x0800;
    int PyCF_TYPE_COMMENTS = 0x1000;
    int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    /** The __future__ features (CO_FUTURE_*), PyCF_MASK. */
    int PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
    /** CO_NESTED, accepted and ignored (PyCF_MASK_OBSOLETE). */
    int PyCF_MASK_OBSOLETE = 0x0010;
    int PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT
        | PyCF_ALLOW_INCOMPLETE_INPUT;

    /**
     * Compiles SOURCE in MODE ("exec", "eval" or "single") to a code object whose
     * co_filename is FILENAME. SOURCE is the bytes of a bytes object when BYTES_INPUT (its
     * encoding comes from a BOM or a coding declaration), else a str encoded in UTF-8.
     * FLAGS holds compile()'s PyCF_* and CO_FUTURE_* flags.
     *
     * @throws PyBaseException SyntaxError (IndentationError, TabError) with CPython's
     *     message and location, MemoryError or RecursionError for input nested too deeply
     */
    default CodeObject compile(byte[] source, boolean bytesInput, String filename, String mode, int flags) {
        return compile(source, bytesInput, filename, mode, flags, -1);
    }

    /**
     * {@link #compile(byte[], boolean, String, String, int)} at optimization level
     * OPTIMIZE: 0, 1 ({@code -O}: no asserts, {@code __debug__} false), 2 ({@code -OO}: no
     * docstrings either), or -1 for the interpreter's own level ({@link #optimizeLevel}).
     */
    CodeObject compile(byte[] source, boolean bytesInput, String filename, String mode, int flags, int optimize);

    /**
     * Parses SOURCE (as {@link #compile}) in MODE ("exec", "eval", "single" or
     * "func_type") to a tree of Python {@code ast} node objects: compile() with
     * PyCF_ONLY_AST, hence ast.parse(). FEATURE_VERSION is compile()'s
     * {@code _feature_version} (the minor version, -1 for the current one).
     */
    PyObject parseToNodes(byte[] source, boolean bytesInput, String filename, String mode, int flags,
                          int featureVersion);

    /**
     * Compiles a tree of Python {@code ast} node objects (compile() of an AST object) in
     * MODE at OPTIMIZE (as compile()'s), after CPython's checks of the tree (TypeError/ValueError with CPython's
     * messages for a malformed one). Compare CPython Python/bltinmodule.c: builtin_compile_impl,
     * PyAST_obj2mod, _PyAST_Validate.
     */
    CodeObject compileNodes(PyObject mod, String filename, String mode, int flags, int optimize);

    /**
     * Code generation alone on an {@code ast.Module} (_testinternalcapi.compiler_codegen):
     * the instructions in {@link #optimizeCfg}'s form before any flow-graph pass; CONSTS
     * receives the constants by index. Compare CPython Python/compile.c: _PyCompile_CodeGen.
     */
    default int[][] codegen(PyObject mod, String filename, int optimize, java.util.List<Object> consts) {
        throw PyErr.of(PyExc.NotImplementedError, "pyvm: this interpreter has no compiler installed");
    }

    /**
     * The compiler's flow-graph stage alone (_testinternalcapi.optimize_cfg): INSTS are
     * {opcode, oparg, lineno, end_lineno, col_offset, end_col_offset} with jump targets as
     * instruction indexes, CONSTS Java constants (as in code objects), updated in place.
     * Compare CPython Python/compile.c: _PyCompile_OptimizeCfg.
     *
     * @throws IllegalArgumentException for an instruction the stage cannot take
     */
    default int[][] optimizeCfg(int[][] insts, java.util.List<Object> consts, int nlocals) {
        throw PyErr.of(PyExc.NotImplementedError, "pyvm: this interpreter has no compiler installed");
    }

    /** What _testinternalcapi.assemble_code_object's metadata dict gives the assembler. */
    record UnitMetadata(String name, String qualname, java.util.List<Object> consts, java.util.List<String> names,
                        java.util.List<String> varnames, java.util.List<String> cellvars, java.util.List<String> freevars,
                        int argcount, int posonlyargcount, int kwonlyargcount, int firstlineno) {}

    /**
     * The assembler stage alone (_testinternalcapi.assemble_code_object): a code object from
     * instructions in {@link #optimizeCfg}'s form and METADATA, with no optimization.
     * Compare CPython Python/compile.c: _PyCompile_Assemble.
     */
    default CodeObject assemble(String filename, int[][] insts, UnitMetadata metadata) {
        throw PyErr.of(PyExc.NotImplementedError, "pyvm: this interpreter has no compiler installed");
    }

    /** One scope of a symbol table, as the _symtable module shows it (see compiler.SymtableExport). */
    record SymtableBlock(String name, int type, int lineno, boolean nested, java.util.Map<String, Integer> symbols,
                         java.util.List<String> varnames, java.util.List<SymtableBlock> children) {}

    /**
     * The symbol table of SOURCE in MODE (as {@link #compile}), for _symtable.symtable.
     *
     * @throws PyBaseException SyntaxError as compile() raises it
     */
    default SymtableBlock symtable(byte[] source, boolean bytesInput, String filename, String mode) {
        throw PyErr.of(PyExc.NotImplementedError, "pyvm: this interpreter has no symbol table builder installed");
    }

    /**
     * One token of Python's tokenize module: TYPE is a name of Lib/token.py (operators are
     * "OP", keywords "NAME", as tokenize reports them), columns count characters, LINE is
     * the physical line(s) the token is on.
     */
    record Token(String type, String string, int startLine, int startCol, int endLine, int endCol, String line) {}

    /**
     * Adds to OUT the tokens of source TEXT (decoded already: no ENCODING token) as
     * tokenize.generate_tokens gives them; returns the SyntaxError (IndentationError,
     * TabError) the tokenizer stops at, after the tokens before it, or null. Compare
     * CPython Python/Python-tokenize.c: tokenizeriter_next with extra_tokens.
     */
    /**
     * The encoding a source file declares (a UTF-8 BOM, or a PEP 263 coding comment on line
     * 1 or 2) as a normalized name, or null for the default UTF-8.
     */
    default String sourceEncoding(byte[] source) {
        return null;
    }

    default PyBaseException tokenize(String text, java.util.List<Token> out, boolean extraTokens) {
        return tokenize(text, out);
    }

    default PyBaseException tokenize(String text, java.util.List<Token> out) {
        throw PyErr.of(PyExc.NotImplementedError, "pyvm: this interpreter has no tokenizer installed");
    }

    /** Holder of the installed compiler. */
    final class Holder {
        private Holder() {}

        static volatile SourceCompilation compiler;
        static volatile int optimize;
    }

    /** The interpreter's optimization level (-O, -OO: sys.flags.optimize), set at start-up. */
    static int optimizeLevel() {
        return Holder.optimize;
    }

    static void setOptimizeLevel(int level) {
        Holder.optimize = Math.max(0, level); // above 2 acts as 2; it names .opt-N.pyc files as CPython does
    }

    static void install(SourceCompilation c) {
        Holder.compiler = c;
    }

    /** The installed compiler; without one (an embedding that left it out) a clear SystemError. */
    static SourceCompilation get() {
        SourceCompilation c = Holder.compiler;
        if (c == null) {
            throw PyErr.of(PyExc.SystemError, "pyvm: no source compiler is installed in this interpreter");
        }
        return c;
    }

    /**
     * A SyntaxError-family exception of type T with CPython's attributes (msg, filename,
     * lineno, offset, text, end_lineno, end_offset; null or {@code Integer.MIN_VALUE} for
     * None) and args {@code (msg, (filename, lineno, offset, text, end_lineno, end_offset))}.
     */
    static PyBaseException syntaxError(PyType t, String msg, String filename, int lineno, int offset, String text,
                                       int endLineno, int endOffset) {
        return syntaxError(t, msg, filename, lineno, offset, text, endLineno, endOffset, false);
    }

    /**
     * {@link #syntaxError(PyType, String, String, int, int, String, int, int)}; MSG_ONLY:
     * args are {@code (msg,)} with the location in the attributes only, as the errors
     * CPython's symbol table raises (PyErr_RangedSyntaxLocationObject).
     */
    static PyBaseException syntaxError(PyType t, String msg, String filename, int lineno, int offset, String text,
                                       int endLineno, int endOffset, boolean msgOnly) {
        PyObject[] info = {str(filename), num(lineno), num(offset), str(text), num(endLineno), num(endOffset)};
        PyTuple args = msgOnly || filename == null && lineno == Integer.MIN_VALUE ? PyTuple.of(PyStr.of(msg))
            : PyTuple.of(PyStr.of(msg), PyTuple.of(info));
        PyBaseException e = new PyBaseException(t, args);
        PyExc.SyntaxErrorMethods.setAttributes(e, PyStr.of(msg), info);
        return e;
    }

    private static PyObject str(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    private static PyObject num(int n) {
        return n == Integer.MIN_VALUE ? PyNone.NONE : PyInt.of(n);
    }
}
