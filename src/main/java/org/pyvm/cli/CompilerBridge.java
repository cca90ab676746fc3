package org.pyvm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.ast.CompileWarning;
import org.pyvm.ast.Mod;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.compiler.CompileError;
import org.pyvm.compiler.Compiler;
import org.pyvm.parser.Parser;
import org.pyvm.parser.PySyntaxError;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.SourceCompilation;

/**
 * pyvm's parser and compiler behind the runtime's {@link SourceCompilation} bridge
 * (compile(), exec(), eval(), imports of {@code .py} modules), their errors turned into
 * the Python exceptions CPython raises. Installed by {@link RunCommand} at start-up.
 * Compare CPython Python/pythonrun.c: Py_CompileStringObject, Python/compile.c:
 * _PyCompile_Error.
 */
final class CompilerBridge implements SourceCompilation {

    private static final CompilerBridge INSTANCE = new CompilerBridge();

    private CompilerBridge() {}

    static void install() {
        SourceCompilation.install(INSTANCE);
        Parser.maxStrDigits = () -> org.pyvm.runtime.PyRuntime.intMaxStrDigits;
        Parser.unicodeName = org.pyvm.runtime.codecs.UnicodeNames::lookup;
        Compiler.numberFolder = org.pyvm.runtime.ConstantArithmetic::binary;
        Compiler.boolInvertWarning = () -> {
            try {
                Abstract.warn(PyExc.DeprecationWarning, org.pyvm.runtime.PyBool.INVERT_DEPRECATED);
                return true;
            } catch (PyBaseException e) {
                if (e.type().isSubtypeOf(PyExc.KeyboardInterrupt)) {
                    throw e;
                }
                return false;
            }
        };
    }

    @Override
    public CodeObject compile(byte[] source, boolean bytesInput, String filename, String mode, int flags,
                              int optimize) {
        ArrayList<CompileWarning> warnings = new ArrayList<>();
        try {
            Mod m = Parser.parseMode(source, filename, bytesInput, mode,
                flags & (Parser.DONT_IMPLY_DEDENT | Parser.ALLOW_INCOMPLETE_INPUT | Parser.TYPE_COMMENTS), warnings);
            CodeObject co = Compiler.compile(m, filename, flags & (PyCF_MASK | PyCF_ALLOW_TOP_LEVEL_AWAIT),
                optimize < 0 ? SourceCompilation.optimizeLevel() : optimize, warnings);
            issue(warnings, filename);
            return co;
        } catch (PySyntaxError e) {
            issue(warnings, filename);
            throw toPython(e);
        } catch (CompileError e) {
            issue(warnings, filename);
            throw toPython(e, filename);
        }
    }

    @Override
    public PyObject parseToNodes(byte[] source, boolean bytesInput, String filename, String mode, int flags,
                                 int featureVersion) {
        ArrayList<CompileWarning> warnings = new ArrayList<>();
        try {
            Mod m = Parser.parseMode(source, filename, bytesInput, mode,
                flags & (Parser.DONT_IMPLY_DEDENT | Parser.ALLOW_INCOMPLETE_INPUT | Parser.TYPE_COMMENTS), warnings,
                featureVersion);
            issue(warnings, filename);
            return AstToPython.convert(m);
        } catch (PySyntaxError e) {
            issue(warnings, filename);
            throw toPython(e);
        }
    }

    @Override
    public CodeObject compileNodes(PyObject mod, String filename, String mode, int flags, int optimize) {
        Mod m = AstFromPython.convert(mod, mode);
        AstValidator.validate(m);
        ArrayList<CompileWarning> warnings = new ArrayList<>();
        try {
            CodeObject co = Compiler.compile(m, filename, flags & (PyCF_MASK | PyCF_ALLOW_TOP_LEVEL_AWAIT),
                optimize < 0 ? SourceCompilation.optimizeLevel() : optimize, warnings);
            issue(warnings, filename);
            return co;
        } catch (CompileError e) {
            issue(warnings, filename);
            throw toPython(e, filename);
        } catch (PyBaseException e) {
            throw e;
        } catch (RuntimeException e) {
            // A tree that passes CPython's checks but has a shape the parser never makes and
            // the compiler does not expect: a Python error, never a Java trace.
            throw PyErr.systemError("pyvm: cannot compile this AST (" + e + ")");
        }
    }

    /**
     * Issues the SyntaxWarnings the parser and compiler found, in their order, through
     * {@code warnings.warn_explicit} (so filters apply; without the library, printed as
     * CPython's C warnings print them). One a filter turns into an error becomes a
     * SyntaxError at its place. Compare CPython Python/compile.c: compiler_warn and
     * Parser/string_parser.c: warn_invalid_escape_sequence.
     */
    static void issue(List<CompileWarning> warnings, String filename) {
        if (warnings.isEmpty()) {
            return;
        }
        PyObject module;
        try {
            module = Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("warnings"));
        } catch (PyBaseException e) {
            module = null;
        }
        for (CompileWarning w : warnings) {
            if (module == null) {
                PyObject err = PyRuntime.builtinModule("sys").getDict().getStr("stderr");
                Abstract.call(Abstract.getAttr(err, "write"),
                    PyStr.of(filename + ":" + w.lineno() + ": SyntaxWarning: " + w.message() + "\n"));
                continue;
            }
            try {
                Abstract.call(Abstract.getAttr(module, "warn_explicit"), PyStr.of(w.message()), PyExc.SyntaxWarning,
                    PyStr.of(filename), PyInt.of(w.lineno()));
            } catch (PyBaseException e) {
                if (e.matches(PyExc.SyntaxWarning)) {
                    String text = w.text() != null ? w.text() : programText(filename, w.lineno());
                    throw SourceCompilation.syntaxError(PyExc.SyntaxError, w.message(), filename, w.lineno(),
                        w.offset(), text, w.endLineno(), w.endOffset());
                }
                throw e;
            }
        }
    }

    @Override
    public int[][] codegen(PyObject mod, String filename, int optimize, List<Object> consts) {
        Mod m = AstFromPython.convert(mod, "exec");
        AstValidator.validate(m);
        try {
            return org.pyvm.compiler.CfgStage.codegen((Mod.Module) m, filename, optimize, consts);
        } catch (CompileError e) {
            throw toPython(e, filename);
        }
    }

    @Override
    public CodeObject assemble(String filename, int[][] insts, UnitMetadata m) {
        return org.pyvm.compiler.CfgStage.assemble(filename, insts, m.name(), m.qualname(), m.consts(), m.names(),
            m.varnames(), m.cellvars(), m.freevars(), m.argcount(), m.posonlyargcount(), m.kwonlyargcount(),
            m.firstlineno());
    }

    @Override
    public int[][] optimizeCfg(int[][] insts, List<Object> consts, int nlocals) {
        return org.pyvm.compiler.CfgStage.optimize(insts, consts, nlocals);
    }

    @Override
    public SymtableBlock symtable(byte[] source, boolean bytesInput, String filename, String mode) {
        try {
            Mod m = Parser.parseMode(source, filename, bytesInput, mode);
            return convert(org.pyvm.compiler.SymtableExport.of(m));
        } catch (PySyntaxError e) {
            throw toPython(e);
        } catch (CompileError e) {
            throw toPython(e, filename);
        }
    }

    @Override
    public PyBaseException tokenize(String text, List<Token> out) {
        return tokenize(text, out, true);
    }

    @Override
    public String sourceEncoding(byte[] source) {
        return Parser.sourceEncoding(source);
    }

    @Override
    public PyBaseException tokenize(String text, List<Token> out, boolean extraTokens) {
        List<org.pyvm.parser.Tokenize.TokenInfo> toks = new ArrayList<>();
        PyBaseException err = null;
        try {
            org.pyvm.parser.Tokenize.tokenizeDecoded(text.getBytes(StandardCharsets.UTF_8), toks, extraTokens);
        } catch (PySyntaxError e) {
            err = toPython(e);
        }
        for (org.pyvm.parser.Tokenize.TokenInfo t : toks) {
            out.add(new Token(t.type(), t.string(), t.startLine(), t.startCol(), t.endLine(), t.endCol(), t.line()));
        }
        return err;
    }

    private static SymtableBlock convert(org.pyvm.compiler.SymtableExport.Block b) {
        java.util.List<SymtableBlock> kids = new java.util.ArrayList<>();
        for (org.pyvm.compiler.SymtableExport.Block c : b.children()) {
            kids.add(convert(c));
        }
        return new SymtableBlock(b.name(), b.type(), b.lineno(), b.nested(), b.symbols(), b.varnames(), kids);
    }

    /** The parser's error as the Python exception. */
    static PyBaseException toPython(PySyntaxError e) {
        PyType t = PyExc.ALL.getOrDefault(e.kind(), PyExc.SyntaxError);
        if (!t.isSubtypeOf(PyExc.SyntaxError)) {
            return PyErr.of(t, e.msg());
        }
        return SourceCompilation.syntaxError(t, e.msg(), e.filename(), e.lineno(), e.offset(), e.text(),
            e.endLineno(), e.endOffset());
    }

    /**
     * The compiler's error as the Python exception. As CPython's compiler does
     * (PyErr_ProgramTextObject), the source line is read from the file FILENAME names,
     * and is None for "&lt;string&gt;" and other names of no file.
     */
    static PyBaseException toPython(CompileError e, String filename) {
        PyType t = PyExc.ALL.getOrDefault(e.pyType(), PyExc.SyntaxError);
        if (!t.isSubtypeOf(PyExc.SyntaxError)) {
            return PyErr.of(t, e.getMessage());
        }
        return SourceCompilation.syntaxError(t, e.getMessage(), filename, e.lineno(), e.offset(),
            programText(filename, e.lineno()), e.endLineno(), e.endOffset(), e.msgOnlyArgs());
    }

    /** Line LINENO of the file FILENAME with its newline, or null. Compare errors.c: PyErr_ProgramTextObject. */
    static String programText(String filename, int lineno) {
        if (filename == null || lineno < 1 || filename.startsWith("<")) {
            return null;
        }
        try {
            Path p = Path.of(filename);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            return lineOf(Files.readAllBytes(p), lineno);
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    /** Line LINENO (1-based) of SOURCE with its newline, or null. */
    static String lineOf(byte[] source, int lineno) {
        String s = new String(source, StandardCharsets.UTF_8);
        int start = 0;
        for (int i = 1; i < lineno; i++) {
            int nl = s.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (start >= s.length()) {
            return null;
        }
        int end = s.indexOf('\n', start);
        return end < 0 ? s.substring(start) + "\n" : s.substring(start, end + 1);
    }
}
