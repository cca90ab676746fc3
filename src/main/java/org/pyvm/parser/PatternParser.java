package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.util.ArrayList;
import java.util.List;

import org.pyvm.ast.Constants;
import org.pyvm.ast.Expr;
import org.pyvm.ast.MatchCase;
import org.pyvm.ast.Operator;
import org.pyvm.ast.Pattern;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.Unaryop;

/** The match statement and its patterns (python.gram: "Match statement"). */
abstract class PatternParser extends ExprParser {

    PatternParser(Tokenizer t) {
        super(t);
    }

    /** The NEWLINE where a "match" subject ended without ':', for invalid_match_stmt. */
    Token matchWithoutColon;

    abstract List<Stmt> block(String what, Token opener);

    abstract void expectColon();

    /**
     * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. Returns
     * null (position restored) when the statement is not a match statement after all.
     */
    final Stmt matchStmt() {
        int save = p;
        Token s = next();
        Expr subject;
        try {
            subject = subjectExpr();
        } catch (Fail f) {
            p = save;
            return null;
        }
        if (at(NEWLINE)) {
            // invalid_match_stmt runs only when no other parse works: remember it
            matchWithoutColon = cur();
            p = save;
            return null;
        }
        if (!at(COLON)) {
            p = save;
            return null;
        }
        next();
        if (!at(NEWLINE)) {
            throw FAIL;
        }
        next();
        if (!at(INDENT)) {
            throw errorLastToken("IndentationError", "expected an indented block after 'match' statement on line "
                + s.lineno, cur());
        }
        next();
        ArrayList<MatchCase> cases = new ArrayList<>();
        while (atName("case")) {
            cases.add(caseBlock());
        }
        if (cases.isEmpty()) {
            throw FAIL;
        }
        expect(DEDENT);
        checkVersion(10, "Pattern matching is");
        return new Stmt.Match(subject, cases, s.lineno, s.col, el(), ec());
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private Expr subjectExpr() {
        Token s = cur();
        Expr first = starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) {
                throw FAIL;
            }
            return first;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (eat(COMMA) != null) {
            if (at(COLON) || at(NEWLINE)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(elts, LOAD, s.lineno, s.col, el(), ec());
    }

    // case_block: "case" patterns guard? ':' block
    private MatchCase caseBlock() {
        Token c = next();
        Pattern pat = patterns();
        Expr guard = null;
        if (eat(KW_IF) != null) {
            guard = namedExpression();
        }
        expectColon();
        List<Stmt> body = block("'case' statement", c);
        return new MatchCase(pat, guard, body);
    }

    // patterns: open_sequence_pattern | pattern
    private Pattern patterns() {
        Token s = cur();
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(List.of(first), s.lineno, s.col, el(), ec());
            }
            return first;
        }
        ArrayList<Pattern> ps = new ArrayList<>();
        ps.add(first);
        while (eat(COMMA) != null) {
            if (at(COLON) || at(KW_IF)) {
                break;
            }
            ps.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(ps, s.lineno, s.col, el(), ec());
    }

    // maybe_star_pattern: star_pattern | pattern
    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            Token s = next();
            Token n = expect(NAME);
            String name = n.text.equals("_") ? null : n.text;
            return new Pattern.MatchStar(name, s.lineno, s.col, el(), ec());
        }
        return pattern();
    }

    // pattern: as_pattern | or_pattern;  as_pattern: or_pattern 'as' pattern_capture_target
    private Pattern pattern() {
        Token s = cur();
        enter();
        Pattern or = orPattern();
        if (eat(KW_AS) != null) {
            Token n = cur();
            if (!at(NAME) || (t(1) != COLON && t(1) != COMMA && t(1) != RPAR && t(1) != RSQB && t(1) != RBRACE
                && t(1) != VBAR && t(1) != KW_IF && !n.text.equals("_"))) {
                // invalid_as_pattern: or_pattern 'as' expression
                int save = p;
                try {
                    Expr e = expression();
                    throw syntaxError("invalid pattern target", e);
                } catch (Fail f) {
                    p = save;
                    throw FAIL;
                }
            }
            if (n.text.equals("_")) {
                throw syntaxError("cannot use '_' as a target", n);
            }
            next();
            or = new Pattern.MatchAs(or, n.text, s.lineno, s.col, el(), ec());
        }
        leave();
        return or;
    }

    // or_pattern: '|'.closed_pattern+
    private Pattern orPattern() {
        Token s = cur();
        Pattern first = closedPattern();
        if (!at(VBAR)) {
            return first;
        }
        ArrayList<Pattern> ps = new ArrayList<>();
        ps.add(first);
        while (eat(VBAR) != null) {
            ps.add(closedPattern());
        }
        return new Pattern.MatchOr(ps, s.lineno, s.col, el(), ec());
    }

    // closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
    private Pattern closedPattern() {
        Token s = cur();
        switch (s.type) {
            case NUMBER, MINUS, STRING, FSTRING_START -> {
                Expr v = literalExpr();
                return new Pattern.MatchValue(v, s.lineno, s.col, el(), ec());
            }
            case KW_NONE, KW_TRUE, KW_FALSE -> {
                next();
                Object v = s.type == KW_NONE ? Constants.NONE : Boolean.valueOf(s.type == KW_TRUE);
                return new Pattern.MatchSingleton(v, s.lineno, s.col, el(), ec());
            }
            case NAME -> {
                Expr nameOrAttr = nameOrAttr();
                if (at(LPAR)) {
                    return classPattern(nameOrAttr, s);
                }
                if (nameOrAttr instanceof Expr.Name n) {
                    if (n.id().equals("_")) {
                        return new Pattern.MatchAs(null, null, s.lineno, s.col, el(), ec());
                    }
                    return new Pattern.MatchAs(null, n.id(), s.lineno, s.col, el(), ec());
                }
                return new Pattern.MatchValue(nameOrAttr, s.lineno, s.col, el(), ec());
            }
            case LPAR -> {
                next();
                if (at(RPAR)) {
                    next();
                    return new Pattern.MatchSequence(List.of(), s.lineno, s.col, el(), ec());
                }
                Pattern first = maybeStarPattern();
                if (at(RPAR) && !(first instanceof Pattern.MatchStar)) {
                    next();
                    return first;
                }
                ArrayList<Pattern> ps = new ArrayList<>();
                ps.add(first);
                if (!at(RPAR)) {
                    expect(COMMA);
                    while (!at(RPAR)) {
                        ps.add(maybeStarPattern());
                        if (eat(COMMA) == null) {
                            break;
                        }
                    }
                }
                expect(RPAR);
                return new Pattern.MatchSequence(ps, s.lineno, s.col, el(), ec());
            }
            case LSQB -> {
                next();
                ArrayList<Pattern> ps = new ArrayList<>();
                while (!at(RSQB)) {
                    ps.add(maybeStarPattern());
                    if (eat(COMMA) == null) {
                        break;
                    }
                }
                expect(RSQB);
                return new Pattern.MatchSequence(ps, s.lineno, s.col, el(), ec());
            }
            case LBRACE -> {
                return mappingPattern();
            }
            default -> throw FAIL;
        }
    }

    // name_or_attr: attr | NAME
    private Expr nameOrAttr() {
        Token s = expect(NAME);
        Expr e = new Expr.Name(s.text, LOAD, s.lineno, s.col, s.endLineno, s.endCol);
        while (at(DOT)) {
            next();
            Token n = expect(NAME);
            e = new Expr.Attribute(e, n.text, LOAD, s.lineno, s.col, el(), ec());
        }
        return e;
    }

    // literal_expr: signed_number !('+' | '-') | complex_number | strings | None | True | False
    private Expr literalExpr() {
        Token s = cur();
        if (at(STRING) || at(FSTRING_START)) {
            // CPython 3.12.1 accepts f-strings here (MatchValue(JoinedStr)); so do we.
            return strings.strings();
        }
        if (at(KW_NONE) || at(KW_TRUE) || at(KW_FALSE)) {
            return atom();
        }
        Expr real = signedNumber();
        if (at(PLUS) || at(MINUS)) {
            // complex_number: signed_real_number ('+' | '-') imaginary_number
            Expr.Constant realPart = (Expr.Constant) (real instanceof Expr.UnaryOp u ? u.operand() : real);
            if (realPart.value() instanceof Constants.Complex) {
                throw syntaxError("real number required in complex literal", realPart);
            }
            Operator op = next().type == PLUS ? Operator.Add : Operator.Sub;
            Token n = expect(NUMBER);
            Object v = numberToken(n);
            Expr imag = new Expr.Constant(v, null, n.lineno, n.col, n.endLineno, n.endCol);
            if (!(v instanceof Constants.Complex)) {
                throw syntaxError("imaginary number required in complex literal", imag);
            }
            return new Expr.BinOp(real, op, imag, s.lineno, s.col, el(), ec());
        }
        return real;
    }

    // signed_number: NUMBER | '-' NUMBER
    private Expr signedNumber() {
        Token s = cur();
        if (eat(MINUS) != null) {
            Token n = expect(NUMBER);
            Expr c = new Expr.Constant(numberToken(n), null, n.lineno, n.col, n.endLineno, n.endCol);
            return new Expr.UnaryOp(Unaryop.USub, c, s.lineno, s.col, el(), ec());
        }
        Token n = expect(NUMBER);
        return new Expr.Constant(numberToken(n), null, n.lineno, n.col, n.endLineno, n.endCol);
    }

    // mapping_pattern: '{' [items] [double_star_pattern] '}'
    private Pattern mappingPattern() {
        Token s = next();
        ArrayList<Expr> keys = new ArrayList<>();
        ArrayList<Pattern> ps = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (eat(DOUBLESTAR) != null) {
                if (atName("_")) {
                    throw FAIL;
                }
                rest = expect(NAME).text;
                eat(COMMA);
                break;
            }
            Expr key = at(NAME) ? nameOrAttr() : literalExpr();
            if (key instanceof Expr.Name) {
                throw FAIL;
            }
            expect(COLON);
            keys.add(key);
            ps.add(pattern());
            if (eat(COMMA) == null) {
                break;
            }
        }
        expect(RBRACE);
        return new Pattern.MatchMapping(keys, ps, rest, s.lineno, s.col, el(), ec());
    }

    // class_pattern: name_or_attr '(' [positional_patterns ','?] [keyword_patterns ','?] ')'
    private Pattern classPattern(Expr cls, Token s) {
        next();
        ArrayList<Pattern> ps = new ArrayList<>();
        ArrayList<String> kwNames = new ArrayList<>();
        ArrayList<Pattern> kwPats = new ArrayList<>();
        while (!at(RPAR)) {
            if (at(NAME) && t(1) == EQUAL) {
                kwNames.add(next().text);
                next();
                kwPats.add(pattern());
            } else {
                Pattern pt = pattern();
                if (!kwNames.isEmpty()) {
                    throw syntaxError("positional patterns follow keyword patterns", pt);
                }
                ps.add(pt);
            }
            if (eat(COMMA) == null) {
                break;
            }
        }
        expect(RPAR);
        return new Pattern.MatchClass(cls, ps, kwNames, kwPats, s.lineno, s.col, el(), ec());
    }
}
