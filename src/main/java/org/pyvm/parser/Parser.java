package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.pyvm.ast.Expr;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Stmt;

/**
 * The front end's entry point: source to a tree ({@link Mod}), or a {@link PySyntaxError}
 * as CPython 3.12 raises it. The modes of {@code compile()}:
 *
 * <pre>
 *   Mod.Module m = Parser.parseFile(bytes, "x.py");          // 'exec', bytes source
 *   Mod.Module m = Parser.parseString(text, "&lt;string&gt;");     // 'exec', str source
 *   Mod.Expression e = Parser.parseExpression(text, "&lt;string&gt;"); // 'eval'
 *   Mod.Interactive i = Parser.parseInteractive(text, "&lt;stdin&gt;"); // 'single'
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
        return parse(source, filename, true, Parser::file, EXEC, 0);
    }

    /** Parses source text ({@code ast.parse(str, filename)}, {@code compile(str, ...)}). */
    public static Mod.Module parseString(String source, String filename) {
        return parse(source.getBytes(StandardCharsets.UTF_8), filename, false, Parser::file, EXEC, 0);
    }

    /** Mode 'eval' ({@code ast.parse(str, mode='eval')}): one expression list. */
    public static Mod.Expression parseExpression(String source, String filename) {
        return parse(source.getBytes(StandardCharsets.UTF_8), filename, false, Parser::eval, EVAL, 0);
    }

    /** Mode 'single' ({@code ast.parse(str, mode='single')}): one interactive statement. */
    public static Mod.Interactive parseInteractive(String source, String filename) {
        return parse(source.getBytes(StandardCharsets.UTF_8), filename, false, Parser::interactive, SINGLE, 0);
    }

    /** compile()'s flags the parser reads (PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT). */
    public static final int DONT_IMPLY_DEDENT = 0x0200, ALLOW_INCOMPLETE_INPUT = 0x4000;
    /** PyCF_TYPE_COMMENTS: "# type:" comments become part of the tree (ast.parse(type_comments=True)). */
    public static final int TYPE_COMMENTS = 0x1000;
    /**
     * sys.get_int_max_str_digits(): decimal integer literals with more digits are errors
     * (the runtime installs its limit; 0 means none).
     */
    public static volatile java.util.function.IntSupplier maxStrDigits = () -> 4300;
    /**
     * The code point of {@code \N{NAME}}, or -1: the runtime installs the Unicode database's
     * lookup (CPython's parser asks unicodedata too); the JDK's names stand in until then.
     */
    public static volatile java.util.function.ToIntFunction<String> unicodeName = name -> {
        try {
            return name.isEmpty() ? -1 : Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    };
    /** The minor version of the grammar this parser implements. */
    static final int CURRENT_MINOR = 12;

    private static final int EXEC = 0, EVAL = 1, SINGLE = 2;

    /**
     * compile()'s front end for any mode ("exec", "eval", "single", "func_type"): SOURCE is the bytes
     * of a bytes object (BYTES_INPUT: encoding from a BOM or coding declaration) or a str
     * encoded in UTF-8.
     */
    public static Mod parseMode(byte[] source, String filename, boolean bytesInput, String mode) {
        return parseMode(source, filename, bytesInput, mode, 0);
    }

    /**
     * {@link #parseMode(byte[], String, boolean, String)} with compile()'s FLAGS:
     * {@link #DONT_IMPLY_DEDENT} (mode 'single' input whose last line is indented needs a
     * blank line to end) and {@link #ALLOW_INCOMPLETE_INPUT} (input that fails where it
     * ends is "incomplete input", as codeop and the REPL expect).
     */
    public static Mod parseMode(byte[] source, String filename, boolean bytesInput, String mode, int flags) {
        return parseMode(source, filename, bytesInput, mode, flags, null);
    }

    /**
     * {@link #parseMode(byte[], String, boolean, String, int)}, adding the SyntaxWarnings
     * found (invalid escape sequences) to WARNINGS, even when the parse then fails.
     */
    public static Mod parseMode(byte[] source, String filename, boolean bytesInput, String mode, int flags,
                                java.util.List<org.pyvm.ast.CompileWarning> warnings) {
        return parseMode(source, filename, bytesInput, mode, flags, warnings, -1);
    }

    /**
     * {@link #parseMode(byte[], String, boolean, String, int, java.util.List)} for ast.parse:
     * FLAGS may hold {@link #TYPE_COMMENTS}; FEATURE_VERSION (a minor version of Python 3,
     * -1 for the current one) rejects syntax that version lacked, as CPython's CHECK_VERSION
     * does, and below 7 takes 'async' and 'await' as names outside 'async def'.
     */
    public static Mod parseMode(byte[] source, String filename, boolean bytesInput, String mode, int flags,
                                java.util.List<org.pyvm.ast.CompileWarning> warnings, int featureVersion) {
        int fv = featureVersion < 0 ? CURRENT_MINOR : featureVersion;
        return switch (mode) {
            case "eval" -> parse(source, filename, bytesInput, Parser::eval, EVAL, flags, warnings, fv);
            case "single" -> parse(source, filename, bytesInput, Parser::interactive, SINGLE, flags, warnings, fv);
            case "func_type" -> parse(source, filename, bytesInput, Parser::funcType, EVAL, flags, warnings, fv);
            default -> parse(source, filename, bytesInput, Parser::file, EXEC, flags, warnings, fv);
        };
    }

    /**
     * The encoding a source file declares: "utf-8" for a UTF-8 BOM, else the normalized
     * name of a PEP 263 coding comment on line 1 or 2, or null (Python/traceback.c finds it
     * with _PyTokenizer_FindEncodingFilename to show source lines).
     */
    public static String sourceEncoding(byte[] source) {
        if (source.length >= 3 && (source[0] & 0xff) == 0xef && (source[1] & 0xff) == 0xbb
            && (source[2] & 0xff) == 0xbf) {
            return "utf-8";
        }
        String enc = SourceDecoder.codingSpec(source, 0);
        try {
            // a name Java knows for it (Python's aliases such as "latin" included)
            return enc == null ? null : SourceDecoder.charset(enc).name();
        } catch (RuntimeException e) {
            return enc;
        }
    }

    /**
     * For a program read from a file: the SyntaxError CPython's file tokenizer gives when
     * a line is not UTF-8 and no encoding is declared ("Non-UTF-8 code starting with ..."),
     * or null. String input (compile(), imports) reports a "(unicode error)" instead.
     */
    public static PySyntaxError fileEncodingError(byte[] source, String filename) {
        return SourceDecoder.nonUtf8File(source, filename);
    }

    private static <T extends Mod> T parse(byte[] source, String filename, boolean bytesInput, Function<Parser, T> rule,
                                           int mode, int flags) {
        return parse(source, filename, bytesInput, rule, mode, flags, null, CURRENT_MINOR);
    }

    private static <T extends Mod> T parse(byte[] source, String filename, boolean bytesInput, Function<Parser, T> rule,
                                           int mode, int flags, java.util.List<org.pyvm.ast.CompileWarning> warnings,
                                           int featureVersion) {
        for (byte b : source) {
            if (b == 0) {
                throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", null,
                    PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, null);
            }
        }
        byte[] buf = SourceDecoder.decode(source, filename, mode == EXEC, bytesInput);
        SourceLines lines = new SourceLines(buf, filename);
        lines.byteOffsets = bytesInput && SourceDecoder.codingSpec(source, 0) == null;
        Tokenizer tk = new Tokenizer(buf, lines);
        tk.emptySource = source.length == 0 || (source.length == 3 && buf.length == 1 && mode == EXEC);
        tk.warnings = warnings;
        tk.typeComments = (flags & TYPE_COMMENTS) != 0;
        tk.asyncHacks = featureVersion < 7;
        tk.run();
        if (mode == SINGLE) {
            SingleInput.endTokens(tk, (flags & DONT_IMPLY_DEDENT) != 0);
        }
        Parser ps = new Parser(tk);
        ps.warnings = warnings;
        ps.featureVersion = featureVersion;
        try {
            T m = rule.apply(ps);
            if (AstDepth.of(m) > AstDepth.LIMIT) {
                throw new PySyntaxError("RecursionError", "maximum recursion depth exceeded during ast construction",
                    null, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE, null);
            }
            return m;
        } catch (Fail f) {
            if ((flags & ALLOW_INCOMPLETE_INPUT) != 0 && SingleInput.atEndOfSource(ps)) {
                throw SingleInput.incomplete(ps);
            }
            throw SingleInput.cpythonText(ps, ErrorReporter.generic(ps));
        } catch (PySyntaxError e) {
            if (e.kind().equals("RecursionError")) {
                throw e;
            }
            if ((flags & ALLOW_INCOMPLETE_INPUT) != 0 && SingleInput.atEndOfSource(ps)) {
                throw SingleInput.incomplete(ps);
            }
            throw SingleInput.cpythonText(ps, ErrorReporter.prioritize(ps, e));
        } catch (StackOverflowError e) {
            throw tooComplex();
        }
    }

    // file: [statements] ENDMARKER
    private Mod.Module file() {
        List<Stmt> body = statements(false);
        expect(ENDMARKER);
        return new Mod.Module(body, List.copyOf(tokenizer.typeIgnores));
    }

    // eval: expressions NEWLINE* ENDMARKER
    // expressions: expression (',' expression )+ [','] | expression ',' | expression
    private Mod.Expression eval() {
        Token s = cur();
        Expr e = expression();
        if (at(COMMA)) {
            ArrayList<Expr> elts = new ArrayList<>();
            elts.add(e);
            while (eat(COMMA) != null) {
                if (!startsExpression()) {
                    break;
                }
                elts.add(expression());
            }
            e = new Expr.Tuple(elts, LOAD, s.lineno, s.col, el(), ec());
        }
        while (eat(NEWLINE) != null) {
            // trailing newlines
        }
        expect(ENDMARKER);
        return new Mod.Expression(e);
    }

    // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    // (ast.parse(mode='func_type'), the signature type comment of PEP 484)
    private Mod.FunctionType funcType() {
        expect(LPAR);
        ArrayList<Expr> types = new ArrayList<>();
        if (!at(RPAR)) {
            typeExpressions(types);
        }
        expect(RPAR);
        expect(RARROW);
        Expr returns = expression();
        while (eat(NEWLINE) != null) {
            // trailing newlines
        }
        expect(ENDMARKER);
        return new Mod.FunctionType(types, returns);
    }

    // type_expressions: ','.expression+ [',' '*' expression] [',' '**' expression]
    //     | '*' expression [',' '**' expression] | '**' expression
    // The stars are dropped: the list holds the expressions only, as in CPython.
    private void typeExpressions(List<Expr> out) {
        boolean starred = false;
        while (true) {
            if (eat(DOUBLESTAR) != null) {
                out.add(expression());
                return;
            }
            if (eat(STAR) != null) {
                if (starred) {
                    throw FAIL;
                }
                starred = true;
            } else if (starred) {
                throw FAIL;
            }
            out.add(expression());
            if (eat(COMMA) == null) {
                return;
            }
        }
    }

    // interactive: statement_newline
    // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
    private Mod.Interactive interactive() {
        ArrayList<Stmt> body = new ArrayList<>();
        if (at(NEWLINE) || at(ENDMARKER)) {
            // a blank line of string input is NL, then ENDMARKER: _PyPegen_interactive_exit fails
            throw FAIL;
        }
        statement(body);
        if (body.get(0) instanceof Stmt.If || body.get(0) instanceof Stmt.For || body.get(0) instanceof Stmt.AsyncFor
            || body.get(0) instanceof Stmt.While || body.get(0) instanceof Stmt.With
            || body.get(0) instanceof Stmt.AsyncWith || body.get(0) instanceof Stmt.Try
            || body.get(0) instanceof Stmt.TryStar || body.get(0) instanceof Stmt.FunctionDef
            || body.get(0) instanceof Stmt.AsyncFunctionDef || body.get(0) instanceof Stmt.ClassDef
            || body.get(0) instanceof Stmt.Match) {
            // compound_stmt NEWLINE: the statement's block ends with a NEWLINE of its own, so
            // another (a blank line, or the one made of the end of input) must follow
            expect(NEWLINE);
        }
        Token end = toks[p - 1];
        if (SingleInput.moreStatements(this)) {
            // bad_single_statement in pegen.c: only one statement in 'single' mode, reported
            // at the last token read
            throw lines.errorAt("SyntaxError", "multiple statements found while compiling a single statement",
                end.lineno, end.col, end.endLineno, end.endCol);
        }
        return new Mod.Interactive(body);
    }
}
