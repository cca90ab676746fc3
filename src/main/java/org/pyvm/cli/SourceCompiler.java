package org.pyvm.cli;

import java.nio.charset.StandardCharsets;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.compiler.CompileError;
import org.pyvm.compiler.Compiler;
import org.pyvm.parser.Parser;
import org.pyvm.parser.PySyntaxError;
import org.pyvm.parser.SyntaxErrorDisplay;

/**
 * Source bytes to a module code object with pyvm's own parser and compiler, for
 * {@code pyvm FILE.py}, {@code -c} and {@code -}. A program that does not compile ends
 * as CPython ends it: the SyntaxError displayed with its source line and carets
 * (compare CPython Python/pythonrun.c: _PyRun_SimpleFileObject, print_exception).
 */
final class SourceCompiler {

    private SourceCompiler() {}

    /** A program that did not compile, with what CPython prints for it. */
    static final class Failure extends Exception {
        Failure(String display) {
            super(display, null, false, false);
        }
    }

    static CodeObject compile(byte[] source, String filename) throws Failure {
        return compile(source, filename, true);
    }

    /** BYTESINPUT: the source is bytes, whose coding declaration counts (a str's is ignored). */
    private static CodeObject compile(byte[] source, String filename, boolean bytesInput) throws Failure {
        // SyntaxWarnings are issued as for any compile(); one turned into an error by a
        // warnings filter (-W error) is raised as the SyntaxError it becomes.
        java.util.ArrayList<org.pyvm.ast.CompileWarning> warnings = new java.util.ArrayList<>();
        try {
            CodeObject co = Compiler.compile(Parser.parseMode(source, filename, bytesInput, "exec", 0,
                warnings), filename, 0,
                org.pyvm.runtime.SourceCompilation.optimizeLevel(), warnings);
            CompilerBridge.issue(warnings, filename);
            return co;
        } catch (PySyntaxError e) {
            CompilerBridge.issue(warnings, filename);
            throw new Failure(SyntaxErrorDisplay.format(e));
        } catch (CompileError e) {
            CompilerBridge.issue(warnings, filename);
            // The compiler's errors carry no source text: as CPython's compiler, read the
            // line from the file (none for -c and stdin).
            String text = CompilerBridge.programText(filename, e.lineno());
            PySyntaxError se = new PySyntaxError(e.pyType(), e.getMessage(), filename, e.lineno(), e.offset(),
                e.endLineno(), e.endOffset(), text);
            throw new Failure(SyntaxErrorDisplay.format(se));
        }
    }

    /** A program file: as compile(), but a non-UTF-8 line without a coding declaration is reported as for a file. */
    static CodeObject compileFile(byte[] source, String filename) throws Failure {
        PySyntaxError bad = nullByte(source, filename);
        if (bad == null) {
            bad = Parser.fileEncodingError(source, filename);
        }
        if (bad != null) {
            throw new Failure(SyntaxErrorDisplay.format(bad));
        }
        return compile(source, filename);
    }

    /**
     * The file tokenizer's error for a NUL byte: it reads the program a line at a time and
     * stops at the first line holding one, shown up to the NUL (compare CPython
     * Parser/tokenizer.c: tok_nextc, contains_null_bytes). compile() of a string reports
     * "source code string cannot contain null bytes" instead (Parser).
     */
    private static PySyntaxError nullByte(byte[] source, String filename) {
        int lineno = 1;
        int lineStart = 0;
        for (int i = 0; i < source.length; i++) {
            byte b = source[i];
            if (b == '\n') {
                lineno++;
                lineStart = i + 1;
            } else if (b == 0) {
                String text = new String(source, lineStart, i - lineStart, StandardCharsets.UTF_8);
                return new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename, lineno, 0,
                    lineno, 0, text);
            }
        }
        return null;
    }

    /** A str program (-c): its coding declaration is ignored, as PyCF_IGNORE_COOKIE makes CPython's run_command. */
    static CodeObject compile(String source, String filename) throws Failure {
        return compile(source.getBytes(StandardCharsets.UTF_8), filename, false);
    }

    /**
     * The code point index of the first lone surrogate of S (an undecodable byte of the command
     * line, which UTF-8 cannot encode), or -1.
     */
    static int loneSurrogate(String s) {
        for (int i = 0, cp = 0; i < s.length(); i++, cp++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return cp;
            }
        }
        return -1;
    }
}
