package org.pyvm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.ast.Mod;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.compiler.CompileError;
import org.pyvm.compiler.Compiler;
import org.pyvm.parser.Parser;
import org.pyvm.parser.PySyntaxError;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
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
    }

    @Override
    public CodeObject compile(byte[] source, boolean bytesInput, String filename, String mode, int flags) {
        try {
            Mod m = Parser.parseMode(source, filename, bytesInput, mode);
            return Compiler.compile(m, filename, flags & PyCF_MASK);
        } catch (PySyntaxError e) {
            throw toPython(e);
        } catch (CompileError e) {
            throw toPython(e, filename);
        }
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
            programText(filename, e.lineno()), e.endLineno(), e.endOffset());
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
