package org.pyvm.modules.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.SourceCompilation;

/**
 * {@code _tokenize.TokenizerIter(readline, *, extra_tokens, encoding=None)}: iterates over
 * the tokens of the source that READLINE returns line by line (str, or bytes decoded with
 * ENCODING), as tuples {@code (type, string, (srow, scol), (erow, ecol), line)}. With
 * extra_tokens the stream is tokenize's (COMMENT, NL, operators as OP); without, the
 * parser's (exact operator types, ASYNC/AWAIT, no comments). pyvm's tokenizer works on
 * the whole text, so the lines are all read at the first next(); the tokens before an
 * error are still yielded before it is raised. Compare CPython Python/Python-tokenize.c:
 * tokenizeriter_new_impl, tokenizeriter_next, and Parser/tokenizer.c: tok_readline_string.
 */
final class TokenizerIter extends IterBase {
    static final PyType TYPE = Types.finish(Types.builtin("_tokenize", "TokenizerIter", TokenizerIter.class,
        TokenizerIter.class).alsoExposedBy(IterBase.class)).notSubclassable();

    /** Token numbers of Lib/token.py (Include/internal/pycore_token.h) by name. */
    private static final Map<String, Integer> TYPES = Map.ofEntries(Map.entry("ENDMARKER", 0), Map.entry("NAME", 1),
        Map.entry("NUMBER", 2), Map.entry("STRING", 3), Map.entry("NEWLINE", 4), Map.entry("INDENT", 5),
        Map.entry("DEDENT", 6), Map.entry("OP", 55), Map.entry("AWAIT", 56), Map.entry("ASYNC", 57),
        Map.entry("FSTRING_START", 61), Map.entry("FSTRING_MIDDLE", 62), Map.entry("FSTRING_END", 63),
        Map.entry("COMMENT", 64), Map.entry("NL", 65), Map.entry("ERRORTOKEN", 66));

    /** The operators in Lib/token.py's EXACT_TOKEN_TYPES order of numbers, from LPAR (7) on. */
    private static final List<String> EXACT = List.of("(", ")", "[", "]", ":", ",", ";", "+", "-", "*", "/", "|", "&",
        "<", ">", "=", ".", "%", "{", "}", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=",
        "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!");

    private final PyObject readline;
    private final String encoding;
    private final boolean extra;
    private List<SourceCompilation.Token> tokens;
    private int pos;
    private PyBaseException error;
    private boolean done;

    private TokenizerIter(PyType type, PyObject readline, String encoding, boolean extra) {
        super(type);
        this.readline = readline;
        this.encoding = encoding;
        this.extra = extra;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int npos = args.length - Args.nkw(kw);
        if (npos > 1) {
            throw PyErr.typeError("TokenizerIter() takes exactly 1 positional argument (" + npos + " given)");
        }
        PyObject[] a = Args.parse("TokenizerIter", args, kw, 1, 1, "readline", "extra_tokens", "encoding");
        if (a[1] == null) {
            throw PyErr.typeError("TokenizerIter() missing required keyword-only argument 'extra_tokens'");
        }
        String enc = null;
        if (a[2] != null) {
            if (!(a[2] instanceof PyStr s)) {
                throw PyErr.typeError("TokenizerIter() argument 'encoding' must be str, not " + PyErr.typeName(a[2]));
            }
            enc = s.toString();
        }
        return new TokenizerIter(cls, a[0], enc, Abstract.isTrue(a[1]));
    }

    @Override
    protected PyObject nextItem() {
        if (done) {
            return null;
        }
        if (tokens == null) {
            tokens = new ArrayList<>();
            String text;
            try {
                text = readAll();
            } catch (PyBaseException e) {
                done = true;
                throw e;
            }
            error = asIterError(SourceCompilation.get().tokenize(text, tokens, extra));
            if (!extra) {
                tokens = parserTokens(tokens);
            }
        }
        if (pos < tokens.size()) {
            SourceCompilation.Token t = tokens.get(pos++);
            return tuple(t);
        }
        done = true;
        if (error != null) {
            throw error;
        }
        return null;
    }

    /**
     * The errors that the C tokenizer leaves to the iterator to raise (unindent, tabs and
     * spaces, too deep, line continuation) point past the end of the line, without the
     * newline, and have no end. Compare Python-tokenize.c: _tokenizer_error.
     */
    private static PyBaseException asIterError(PyBaseException e) {
        if (e == null || !e.matches(PyExc.SyntaxError)) {
            return e;
        }
        PyObject msg = Abstract.getAttr(e, "msg");
        boolean own = e.matches(PyExc.IndentationError)
            || msg.toString().equals("unexpected character after line continuation character");
        PyObject text = Abstract.getAttr(e, "text");
        PyObject lineno = Abstract.getAttr(e, "lineno");
        if (!own || !(text instanceof PyStr) || !(lineno instanceof PyInt)) {
            return e;
        }
        String line = text.toString();
        if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
        }
        return SourceCompilation.syntaxError(e.type(), msg.toString(), "<string>", ((PyInt) lineno).intValue(),
            line.codePointCount(0, line.length()) + 1, line, Integer.MIN_VALUE, Integer.MIN_VALUE);
    }

    /** The lines READLINE gives until StopIteration or an empty one. Compare tok_readline_string. */
    private String readAll() {
        StringBuilder sb = new StringBuilder();
        while (true) {
            PyObject raw;
            try {
                raw = Abstract.call(readline);
            } catch (PyBaseException e) {
                if (e.matches(PyExc.StopIteration)) {
                    break;
                }
                throw e;
            }
            String line;
            if (encoding != null) {
                if (!(raw instanceof PyBytes) && !(raw instanceof PyByteArray)) {
                    throw PyErr.typeError("readline() returned a non-bytes object");
                }
                line = Abstract.call(Abstract.getAttr(raw, "decode"), PyStr.of(encoding), PyStr.of("replace"))
                    .toString();
            } else {
                if (!(raw instanceof PyStr s)) {
                    throw PyErr.typeError("readline() returned a non-string object");
                }
                line = s.toString();
            }
            if (line.isEmpty()) {
                break;
            }
            sb.append(line);
        }
        return sb.toString();
    }

    private PyObject tuple(SourceCompilation.Token t) {
        int type;
        if (t.type().equals("OP") && !extra) {
            type = 7 + EXACT.indexOf(t.string());
        } else {
            Integer n = TYPES.get(t.type());
            type = n == null ? 66 : n;
        }
        return PyTuple.of(PyInt.of(type), PyStr.of(t.string()), PyTuple.of(PyInt.of(t.startLine()),
            PyInt.of(t.startCol())), PyTuple.of(PyInt.of(t.endLine()), PyInt.of(t.endCol())), PyStr.of(t.line()));
    }

    /**
     * tokenize's stream turned into the one the parser sees (extra_tokens false): no
     * COMMENT or NL, async/await as ASYNC/AWAIT, NEWLINE empty at the end of the line (or
     * standing for the comment that ends it, as the C tokenizer reports it), INDENT,
     * DEDENT and ENDMARKER without text at column -1, the last ones on the last line.
     */
    private static List<SourceCompilation.Token> parserTokens(List<SourceCompilation.Token> in) {
        List<SourceCompilation.Token> out = new ArrayList<>(in.size());
        SourceCompilation.Token prev = null;
        int lastLine = 0;
        for (SourceCompilation.Token t : in) {
            switch (t.type()) {
                case "COMMENT", "NL" -> { }
                case "NAME" -> out.add(t.string().equals("async") || t.string().equals("await")
                    ? new SourceCompilation.Token(t.string().equals("async") ? "ASYNC" : "AWAIT", t.string(),
                        t.startLine(), t.startCol(), t.endLine(), t.endCol(), t.line())
                    : t);
                case "NEWLINE" -> {
                    if (prev != null && prev.type().equals("COMMENT") && prev.startLine() == t.startLine()) {
                        out.add(new SourceCompilation.Token("NEWLINE", prev.string(), prev.startLine(),
                            prev.startCol(), prev.endLine(), prev.endCol(), t.line()));
                    } else {
                        out.add(new SourceCompilation.Token("NEWLINE", "", t.startLine(), t.startCol(), t.startLine(),
                            t.startCol(), t.line()));
                    }
                }
                case "INDENT", "DEDENT", "ENDMARKER" -> {
                    boolean trailing = t.startLine() > lastLine && t.line().isEmpty();
                    int line = trailing ? t.startLine() - 1 : t.startLine();
                    out.add(new SourceCompilation.Token(t.type(), "", line, -1, line, -1,
                        t.type().equals("ENDMARKER") ? "" : t.line()));
                }
                default -> out.add(t);
            }
            if (!t.type().equals("ENDMARKER") && !t.type().equals("DEDENT")) {
                lastLine = t.endLine();
            }
            prev = t;
        }
        return out;
    }
}
