package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.util.List;

import org.pyvm.ast.Mod;
import org.pyvm.ast.Stmt;

/**
 * The front end's entry point: source bytes to a {@link Mod.Module}, or a
 * {@link PySyntaxError} as CPython 3.12 raises it.
 *
 * <pre>
 *   Mod.Module m = Parser.parseFile(bytes, "x.py");
 * </pre>
 */
public final class Parser extends StmtParser {

    private Parser(Tokenizer t) {
        super(t);
    }

    /**
     * Parses a whole file given as bytes ({@code ast.parse(source_bytes, filename)}, mode
     * 'exec'; also what running a file does): the encoding comes from a BOM or coding
     * declaration, UTF-8 by default.
     */
    public static Mod.Module parseFile(byte[] source, String filename) {
        return parse(source, filename, true);
    }

    /** Parses source text ({@code ast.parse(str, filename)}, {@code compile(str, ...)}). */
    public static Mod.Module parseString(String source, String filename) {
        return parse(source.getBytes(java.nio.charset.StandardCharsets.UTF_8), filename, false);
    }

    private static Mod.Module parse(byte[] source, String filename, boolean bytesInput) {
        for (byte b : source) {
            if (b == 0) {
                throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", null, PySyntaxError.NONE,
                    PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, null);
            }
        }
        byte[] buf = SourceDecoder.decode(source, filename);
        SourceLines lines = new SourceLines(buf, filename);
        lines.byteOffsets = bytesInput && SourceDecoder.codingSpec(source, 0) == null;
        Tokenizer tk = new Tokenizer(buf, lines);
        tk.run();
        Parser ps = new Parser(tk);
        return ps.file();
    }


    // file: [statements] ENDMARKER
    private Mod.Module file() {
        try {
            List<Stmt> body = statements(false);
            expect(ENDMARKER);
            Mod.Module m = new Mod.Module(body, List.of());
            if (AstDepth.of(m) > AstDepth.LIMIT) {
                throw new PySyntaxError("RecursionError", "maximum recursion depth exceeded during ast construction",
                    null, PySyntaxError.NONE, PySyntaxError.NONE,
                    PySyntaxError.NONE, PySyntaxError.NONE, null);
            }
            return m;
        } catch (Fail f) {
            throw ErrorReporter.generic(this);
        } catch (PySyntaxError e) {
            throw ErrorReporter.prioritize(this, e);
        } catch (StackOverflowError e) {
            throw tooComplex();
        }
    }
}
