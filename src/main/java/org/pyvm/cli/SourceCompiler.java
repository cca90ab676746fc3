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
        try {
            return Compiler.compileModule(Parser.parseFile(source, filename), filename);
        } catch (PySyntaxError e) {
            throw new Failure(SyntaxErrorDisplay.format(e));
        } catch (CompileError e) {
            // The compiler's errors carry no source text: take the line from the source,
            // so that the display has the line and carets CPython prints.
            String text = sourceLine(source, e.lineno());
            PySyntaxError se = new PySyntaxError(e.pyType(), e.getMessage(), filename, e.lineno(), e.offset(),
                e.endLineno(), e.endOffset(), text);
            throw new Failure(SyntaxErrorDisplay.format(se));
        }
    }

    static CodeObject compile(String source, String filename) throws Failure {
        return compile(source.getBytes(StandardCharsets.UTF_8), filename);
    }

    /** Line LINENO (1-based) of SOURCE with its newline, or null. */
    private static String sourceLine(byte[] source, int lineno) {
        if (lineno < 1) {
            return null;
        }
        String s = new String(source, StandardCharsets.UTF_8);
        int start = 0;
        for (int i = 1; i < lineno; i++) {
            int nl = s.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = s.indexOf('\n', start);
        return end < 0 ? s.substring(start) + "\n" : s.substring(start, end + 1);
    }
}
