package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.pyvm.ast.Arg;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.Boolop;
import org.pyvm.ast.Cmpop;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.Constants;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Keyword;
import org.pyvm.ast.Operator;
import org.pyvm.ast.Unaryop;

/** Expressions (python.gram: "EXPRESSIONS" to "ATOMS", comprehensions, calls, lambdas). */
abstract class ExprParser extends ParserBase {
    static final ExprContext LOAD = ExprContext.Load;

    final StringParser strings = new StringParser(this);

    ExprParser(Tokenizer t) {
        super(t);
    }

    // star_expressions: star_expression (',' star_expression)* [',']
    final Expr starExpressions() {
        Token s = cur();
        Expr e = starExpression();
        if (!at(COMMA)) {
            return e;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (eat(COMMA) != null) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, LOAD, s.lineno, s.col, el(), ec());
    }

    // star_expression: '*' bitwise_or | expression
    final Expr starExpression() {
        if (at(STAR)) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, LOAD, s.lineno, s.col, el(), ec());
        }
        return expression();
    }

    // star_named_expression: '*' bitwise_or | named_expression
    final Expr starNamedExpression() {
        if (at(STAR)) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, LOAD, s.lineno, s.col, el(), ec());
        }
        return namedExpression();
    }

    /** True when the current token can begin an expression (FIRST set of expression). */
    final boolean startsExpression() {
        return switch (t()) {
            case NAME, NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR, ELLIPSIS,
                 KW_NOT, KW_LAMBDA, KW_AWAIT, KW_NONE, KW_TRUE, KW_FALSE -> true;
            default -> false;
        };
    }

    // named_expression: NAME ':=' ~ expression | expression !':='
    final Expr namedExpression() {
        return namedExpression(true);
    }

    /** CHECK_EQ: apply invalid_named_expression's rules for a stray '='. */
    final Expr namedExpression(boolean checkEq) {
        if (at(NAME) && t(1) == COLONEQUAL) {
            Token s = next();
            next();
            Expr v = expression();
            checkVersion(8, "Assignment expressions are");
            return new Expr.NamedExpr(new Expr.Name(s.text, ExprContext.Store, s.lineno, s.col, s.endLineno, s.endCol),
                v, s.lineno, s.col, el(), ec());
        }
        Token s = cur();
        Expr e = expression();
        if (at(COLONEQUAL)) {
            // invalid_named_expression
            throw syntaxError("cannot use assignment expressions with " + exprName(e), e);
        }
        if (checkEq && at(EQUAL)) {
            invalidNamedEquals(e, s);
        }
        return e;
    }

    /**
     * invalid_named_expression: NAME '=' bitwise_or !('='|':=') is "Maybe you meant '==' or
     * ':='"; any other bitwise_or '=' bitwise_or is "cannot assign to %s here".
     */
    private void invalidNamedEquals(Expr a, Token s) {
        int save = p;
        int saveMax = maxPos;
        next();
        Expr b;
        try {
            b = bitwiseOr();
        } catch (Fail f) {
            p = save;
            maxPos = saveMax;
            return;
        }
        if (at(EQUAL) || at(COLONEQUAL)) {
            p = save;
            maxPos = saveMax;
            return;
        }
        if (a instanceof Expr.Name) {
            throw syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
        }
        boolean excluded = a instanceof Expr.List || a instanceof Expr.Tuple || a instanceof Expr.GeneratorExp
            || (a instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == Constants.NONE));
        if (!excluded && !(a instanceof Expr.Compare || a instanceof Expr.BoolOp || a instanceof Expr.UnaryOp
            || a instanceof Expr.IfExp || a instanceof Expr.Lambda)) {
            throw syntaxError("cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?", a);
        }
        p = save;
        maxPos = saveMax;
    }

    // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    final Expr expression() {
        if (at(KW_LAMBDA)) {
            return lambdef();
        }
        enter();
        Token s = cur();
        Expr body = disjunction();
        if (at(KW_IF)) {
            next();
            Expr test = disjunction();
            if (!at(KW_ELSE)) {
                // invalid_expression: "expected 'else' after 'if' expression"
                // invalid_expression: disjunction 'if' disjunction !('else'|':')
                if (at(COLON)) {
                    throw FAIL;
                }
                throw syntaxError("expected 'else' after 'if' expression", body, test);
            }
            next();
            Expr orelse = expression();
            body = new Expr.IfExp(test, body, orelse, s.lineno, s.col, el(), ec());
        }
        leave();
        return body;
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    final Expr yieldExpr() {
        Token s = expect(KW_YIELD);
        if (eat(KW_FROM) != null) {
            Expr v = expression();
            return new Expr.YieldFrom(v, s.lineno, s.col, el(), ec());
        }
        Expr v = startsExpression() ? starExpressions() : null;
        return new Expr.Yield(v, s.lineno, s.col, el(), ec());
    }

    // disjunction: conjunction ('or' conjunction)+ | conjunction
    final Expr disjunction() {
        Token s = cur();
        Expr e = conjunction();
        if (!at(KW_OR)) {
            return e;
        }
        ArrayList<Expr> vs = new ArrayList<>();
        vs.add(e);
        while (eat(KW_OR) != null) {
            vs.add(conjunction());
        }
        return new Expr.BoolOp(Boolop.Or, vs, s.lineno, s.col, el(), ec());
    }

    // conjunction: inversion ('and' inversion)+ | inversion
    final Expr conjunction() {
        Token s = cur();
        Expr e = inversion();
        if (!at(KW_AND)) {
            return e;
        }
        ArrayList<Expr> vs = new ArrayList<>();
        vs.add(e);
        while (eat(KW_AND) != null) {
            vs.add(inversion());
        }
        return new Expr.BoolOp(Boolop.And, vs, s.lineno, s.col, el(), ec());
    }

    // inversion: 'not' inversion | comparison
    final Expr inversion() {
        if (at(KW_NOT)) {
            Token s = next();
            enter();
            Expr v = inversion();
            leave();
            return new Expr.UnaryOp(Unaryop.Not, v, s.lineno, s.col, el(), ec());
        }
        return comparison();
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    final Expr comparison() {
        Token s = cur();
        Expr e = bitwiseOr();
        Cmpop op = cmpop();
        if (op == null) {
            return e;
        }
        ArrayList<Cmpop> ops = new ArrayList<>();
        ArrayList<Expr> rights = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            rights.add(bitwiseOr());
            op = cmpop();
        }
        return new Expr.Compare(e, ops, rights, s.lineno, s.col, el(), ec());
    }

    private Cmpop cmpop() {
        switch (t()) {
            case EQEQUAL -> { next(); return Cmpop.Eq; }
            case NOTEQUAL -> {
                Token n = next();
                // '<>' is only valid with the Barry-as-FLUFL future (invalid_comparison)
                if (lines.buf[n.start] == '<') {
                    p--;
                    throw FAIL;
                }
                return Cmpop.NotEq;
            }
            case LESS -> { next(); return Cmpop.Lt; }
            case LESSEQUAL -> { next(); return Cmpop.LtE; }
            case GREATER -> { next(); return Cmpop.Gt; }
            case GREATEREQUAL -> { next(); return Cmpop.GtE; }
            case KW_IN -> { next(); return Cmpop.In; }
            case KW_NOT -> {
                if (t(1) == KW_IN) {
                    next();
                    next();
                    return Cmpop.NotIn;
                }
                return null;
            }
            case KW_IS -> {
                next();
                if (eat(KW_NOT) != null) {
                    return Cmpop.IsNot;
                }
                return Cmpop.Is;
            }
            default -> { return null; }
        }
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (and the levels below)
    final Expr bitwiseOr() {
        Token s = cur();
        Expr e = bitwiseXor();
        while (at(VBAR)) {
            next();
            Expr r = bitwiseXor();
            e = new Expr.BinOp(e, Operator.BitOr, r, s.lineno, s.col, el(), ec());
        }
        return e;
    }

    private Expr bitwiseXor() {
        Token s = cur();
        Expr e = bitwiseAnd();
        while (at(CIRCUMFLEX)) {
            next();
            Expr r = bitwiseAnd();
            e = new Expr.BinOp(e, Operator.BitXor, r, s.lineno, s.col, el(), ec());
        }
        return e;
    }

    private Expr bitwiseAnd() {
        Token s = cur();
        Expr e = shiftExpr();
        while (at(AMPER)) {
            next();
            Expr r = shiftExpr();
            e = new Expr.BinOp(e, Operator.BitAnd, r, s.lineno, s.col, el(), ec());
        }
        return e;
    }

    // shift_expr: shift_expr ('<<' | '>>') sum | sum
    private Expr shiftExpr() {
        Token s = cur();
        Expr e = sum();
        while (true) {
            Operator op = switch (t()) {
                case LEFTSHIFT -> Operator.LShift;
                case RIGHTSHIFT -> Operator.RShift;
                default -> null;
            };
            if (op == null) {
                return e;
            }
            next();
            Expr r = sum();
            e = new Expr.BinOp(e, op, r, s.lineno, s.col, el(), ec());
        }
    }

    // sum: sum ('+' | '-') term | term
    private Expr sum() {
        Token s = cur();
        Expr e = term();
        while (true) {
            Operator op = switch (t()) {
                case PLUS -> Operator.Add;
                case MINUS -> Operator.Sub;
                default -> null;
            };
            if (op == null) {
                return e;
            }
            next();
            Expr r = term();
            e = new Expr.BinOp(e, op, r, s.lineno, s.col, el(), ec());
        }
    }

    // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
    private Expr term() {
        Token s = cur();
        Expr e = factor();
        while (true) {
            Operator op = switch (t()) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
            if (op == null) {
                return e;
            }
            next();
            Expr r = factor();
            if (op == Operator.MatMult) {
                checkVersion(5, "The '@' operator is");
            }
            e = new Expr.BinOp(e, op, r, s.lineno, s.col, el(), ec());
        }
    }

    // factor: '+' factor | '-' factor | '~' factor | power
    final Expr factor() {
        Unaryop op = switch (t()) {
            case PLUS -> Unaryop.UAdd;
            case MINUS -> Unaryop.USub;
            case TILDE -> Unaryop.Invert;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        Token s = next();
        enter();
        Expr v = factor();
        leave();
        return new Expr.UnaryOp(op, v, s.lineno, s.col, el(), ec());
    }

    // power: await_primary '**' factor | await_primary
    private Expr power() {
        Token s = cur();
        Expr e = awaitPrimary();
        if (at(DOUBLESTAR)) {
            next();
            Expr r = factor();
            e = new Expr.BinOp(e, Operator.Pow, r, s.lineno, s.col, el(), ec());
        }
        return e;
    }

    // await_primary: AWAIT primary | primary
    private Expr awaitPrimary() {
        if (at(KW_AWAIT)) {
            Token s = next();
            Expr v = primary();
            checkVersion(5, "Await expressions are");
            return new Expr.Await(v, s.lineno, s.col, el(), ec());
        }
        return primary();
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    final Expr primary() {
        Token s = cur();
        Expr e = atom();
        while (true) {
            switch (t()) {
                case DOT -> {
                    next();
                    Token n = expect(NAME);
                    e = new Expr.Attribute(e, n.text, LOAD, s.lineno, s.col, el(), ec());
                }
                case LPAR -> e = call(e, s);
                case LSQB -> {
                    next();
                    Expr sl = slices();
                    expect(RSQB);
                    e = new Expr.Subscript(e, sl, LOAD, s.lineno, s.col, el(), ec());
                }
                default -> {
                    return e;
                }
            }
        }
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    private Expr slices() {
        Token s = cur();
        Expr first = at(STAR) ? starredExpression() : slice();
        if (!at(COMMA) && !(first instanceof Expr.Starred)) {
            return first;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (eat(COMMA) != null) {
            if (at(RSQB)) {
                break;
            }
            elts.add(at(STAR) ? starredExpression() : slice());
        }
        return new Expr.Tuple(elts, LOAD, s.lineno, s.col, el(), ec());
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    private Expr slice() {
        Token s = cur();
        Expr lower = null;
        if (!at(COLON)) {
            lower = namedExpression();
            if (!at(COLON)) {
                return lower;
            }
            if (lower instanceof Expr.NamedExpr) {
                throw FAIL;
            }
        }
        next();
        Expr upper = at(COLON) || at(COMMA) || at(RSQB) ? null : expression();
        Expr step = null;
        if (eat(COLON) != null) {
            step = at(COMMA) || at(RSQB) ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, s.lineno, s.col, el(), ec());
    }

    // starred_expression: '*' expression
    final Expr starredExpression() {
        Token s = expect(STAR);
        Expr v = expression();
        return new Expr.Starred(v, LOAD, s.lineno, s.col, el(), ec());
    }

    // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp | list
    //       | listcomp | dict | set | dictcomp | setcomp | '...'
    final Expr atom() {
        Token s = cur();
        switch (s.type) {
            case NAME -> {
                next();
                return new Expr.Name(s.text, LOAD, s.lineno, s.col, s.endLineno, s.endCol);
            }
            case KW_TRUE, KW_FALSE, KW_NONE -> {
                next();
                Object v = s.type == KW_NONE ? Constants.NONE : Boolean.valueOf(s.type == KW_TRUE);
                return new Expr.Constant(v, null, s.lineno, s.col, s.endLineno, s.endCol);
            }
            case ELLIPSIS -> {
                next();
                return new Expr.Constant(Constants.ELLIPSIS, null, s.lineno, s.col, s.endLineno, s.endCol);
            }
            case NUMBER -> {
                next();
                return new Expr.Constant(numberToken(s), null, s.lineno, s.col, s.endLineno, s.endCol);
            }
            case STRING, FSTRING_START -> {
                return strings.strings();
            }
            case LPAR -> {
                return parenAtom();
            }
            case LSQB -> {
                return listAtom();
            }
            case LBRACE -> {
                return dictOrSet();
            }
            default -> throw FAIL;
        }
    }

    /**
     * The value of the NUMBER token T, with the checks of _PyPegen_number_token: underscores
     * need feature_version 3.6, and a decimal integer longer than sys.get_int_max_str_digits()
     * is a SyntaxError at the token's line, without columns.
     */
    final Object numberToken(Token t) {
        String text = t.text;
        if (featureVersion < 6 && text.indexOf('_') >= 0) {
            throw errorLastToken("SyntaxError",
                "Underscores in numeric literals are only supported in Python 3.6 and greater", t);
        }
        int limit = Parser.maxStrDigits.getAsInt();
        if (limit > 0 && text.length() > limit && text.length() > 640) {
            int digits = 0;
            boolean decimalInt = text.length() < 2 || (text.charAt(1) | 0x20) != 'x' && (text.charAt(1) | 0x20) != 'o'
                && (text.charAt(1) | 0x20) != 'b';
            for (int i = 0; i < text.length() && decimalInt; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c != '_') {
                    decimalInt = false;
                }
            }
            if (decimalInt && digits > limit) {
                // PyLong_FromString's ValueError, as a SyntaxError with advice
                throw lines.errorRaw("SyntaxError", "Exceeds the limit (" + limit + " digits) for integer string "
                    + "conversion: value has " + digits + " digits; use sys.set_int_max_str_digits() to increase the "
                    + "limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    t.lineno, 0, t.endLineno, 0);
            }
        }
        return number(text);
    }

    /** The value of a NUMBER token (ast_opt: parsenumber in action_helpers.c). */
    static Object number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Constants.Complex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = (char) (s.charAt(1) | 0x20);
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() < (radix == 10 ? 19 : radix == 16 ? 16 : radix == 8 ? 21 : 63)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    // tuple | group | genexp
    private Expr parenAtom() {
        Token s = next();
        if (at(RPAR)) {
            next();
            return new Expr.Tuple(List.of(), LOAD, s.lineno, s.col, el(), ec());
        }
        if (at(KW_YIELD)) {
            Expr y = yieldExpr();
            expect(RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        if (at(KW_FOR) || at(KW_ASYNC)) {
            if (first instanceof Expr.Starred) {
                throw syntaxError("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> gens = forIfClauses();
            expect(RPAR);
            return new Expr.GeneratorExp(first, gens, s.lineno, s.col, el(), ec());
        }
        if (at(RPAR)) {
            next();
            if (first instanceof Expr.Starred) {
                throw syntaxError("cannot use starred expression here", first);
            }
            return first;
        }
        if (!at(COMMA)) {
            forgotComma(first);
            throw FAIL;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (eat(COMMA) != null) {
            if (at(RPAR)) {
                break;
            }
            elts.add(starNamedExpression());
            if (!at(COMMA) && !at(RPAR)) {
                forgotComma(elts.get(elts.size() - 1));
            }
        }
        expect(RPAR);
        return new Expr.Tuple(elts, LOAD, s.lineno, s.col, el(), ec());
    }

    /**
     * invalid_expression: two expressions side by side inside brackets: "invalid
     * syntax. Perhaps you forgot a comma?" from the first to the second.
     */
    final void forgotComma(Expr a) {
        if (a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))) {
            return;
        }
        if (!startsExpression() || at(STAR) || at(KW_NOT) || at(MINUS) || at(PLUS) || at(TILDE)
            || at(KW_LAMBDA) || a instanceof Expr.Starred || a instanceof Expr.NamedExpr) {
            return;
        }
        // !(NAME STRING | SOFT_KEYWORD): a prefix-like name before a string, or a soft keyword
        Token prev = last();
        if (prev.type == NAME && (at(STRING) || at(FSTRING_START)) && a instanceof Expr.Name) {
            return;
        }
        if (a instanceof Expr.Name n && (n.id().equals("match") || n.id().equals("case") || n.id().equals("type")
            || n.id().equals("_"))) {
            return;
        }
        int save = p;
        int saveMax = maxPos;
        Expr b;
        try {
            b = disjunctionNoIf();
        } catch (Fail f) {
            p = save;
            maxPos = saveMax;
            return;
        }
        if (b == null || toks[p - 1].level == 0) {
            p = save;
            maxPos = saveMax;
            return;
        }
        throw syntaxError("invalid syntax. Perhaps you forgot a comma?", a, b);
    }

    private Expr disjunctionNoIf() {
        Expr b = disjunction();
        if (at(KW_IF) || at(COLONEQUAL)) {
            return null;
        }
        return b;
    }

    // list | listcomp
    private Expr listAtom() {
        Token s = next();
        if (at(RSQB)) {
            next();
            return new Expr.List(List.of(), LOAD, s.lineno, s.col, el(), ec());
        }
        Expr first = starNamedExpression();
        if (at(KW_FOR) || at(KW_ASYNC)) {
            if (first instanceof Expr.Starred) {
                throw syntaxError("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> gens = forIfClauses();
            expect(RSQB);
            return new Expr.ListComp(first, gens, s.lineno, s.col, el(), ec());
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (true) {
            if (at(RSQB)) {
                break;
            }
            if (eat(COMMA) == null) {
                forgotComma(elts.get(elts.size() - 1));
                comprehensionTarget(elts);
                throw FAIL;
            }
            if (at(RSQB)) {
                break;
            }
            if (elts.size() == 1 && at(KW_FOR)) {
                throw syntaxError("did you forget parentheses around the comprehension target?", elts.get(0), last());
            }
            elts.add(starNamedExpression());
        }
        expect(RSQB);
        return new Expr.List(elts, LOAD, s.lineno, s.col, el(), ec());
    }

    // dict | set | dictcomp | setcomp
    private Expr dictOrSet() {
        Token s = next();
        if (at(RBRACE)) {
            next();
            return new Expr.Dict(List.of(), List.of(), s.lineno, s.col, el(), ec());
        }
        ArrayList<Expr> keys = new ArrayList<>();
        ArrayList<Expr> values = new ArrayList<>();
        boolean isDict;
        if (at(DOUBLESTAR)) {
            Token ds = next();
            keys.add(null);
            values.add(bitwiseOr());
            if (at(KW_FOR) || at(KW_ASYNC)) {
                throw syntaxError("dict unpacking cannot be used in dict comprehension", ds);
            }
            isDict = true;
        } else {
            Expr k = starNamedExpression();
            if (at(COLON) && !(k instanceof Expr.Starred)) {
                Token colon = next();
                if (at(RBRACE) || at(COMMA)) {
                    throw syntaxError("expression expected after dictionary key and ':'", colon);
                }
                starredDictValue();
                Expr v = expression();
                if (at(KW_FOR) || at(KW_ASYNC)) {
                    List<Comprehension> gens = forIfClauses();
                    expect(RBRACE);
                    return new Expr.DictComp(k, v, gens, s.lineno, s.col, el(), ec());
                }
                keys.add(k);
                values.add(v);
                isDict = true;
            } else {
                if (at(KW_FOR) || at(KW_ASYNC)) {
                    if (k instanceof Expr.Starred) {
                        throw syntaxError("iterable unpacking cannot be used in comprehension", k);
                    }
                    List<Comprehension> gens = forIfClauses();
                    expect(RBRACE);
                    return new Expr.SetComp(k, gens, s.lineno, s.col, el(), ec());
                }
                values.add(k);
                isDict = false;
            }
        }
        while (true) {
            if (at(RBRACE)) {
                break;
            }
            if (eat(COMMA) == null) {
                forgotComma(values.get(values.size() - 1));
                if (!isDict) {
                    comprehensionTarget(values);
                }
                throw FAIL;
            }
            if (at(RBRACE)) {
                break;
            }
            if (!isDict && values.size() == 1 && at(KW_FOR)) {
                throw syntaxError("did you forget parentheses around the comprehension target?", values.get(0), last());
            }
            if (isDict) {
                if (eat(DOUBLESTAR) != null) {
                    keys.add(null);
                    values.add(bitwiseOr());
                } else {
                    Expr k = expression();
                    if (!at(COLON)) {
                        if (at(RBRACE) || at(COMMA)) {
                            // invalid_kvpair: reported at the key's last character, no end
                            throw lines.errorRaw("SyntaxError", "':' expected after dictionary key", k.lineno(),
                                lines.pegenCol(k.end_lineno(), lines.start(k.end_lineno()) + k.end_col_offset()),
                                k.end_lineno(), 0);
                        }
                        throw FAIL;
                    }
                    Token colon = next();
                    if (at(RBRACE) || at(COMMA)) {
                        throw syntaxError("expression expected after dictionary key and ':'", colon);
                    }
                    starredDictValue();
                    keys.add(k);
                    values.add(expression());
                }
            } else {
                values.add(starNamedExpression());
            }
        }
        expect(RBRACE);
        if (isDict) {
            return new Expr.Dict(keys, values, s.lineno, s.col, el(), ec());
        }
        return new Expr.Set(values, s.lineno, s.col, el(), ec());
    }

    /** invalid_kvpair: '*' bitwise_or as a dictionary value. */
    private void starredDictValue() {
        if (at(STAR)) {
            Token st = next();
            bitwiseOr();
            throw syntaxError("cannot use a starred expression in a dictionary value", st, last());
        }
    }

    /** invalid_comprehension: [a, b for ...]: "did you forget parentheses around the comprehension target?" */
    private void comprehensionTarget(List<Expr> elts) {
        if (elts.size() > 1 && (at(KW_FOR) || (at(KW_ASYNC) && t(1) == KW_FOR))) {
            throw syntaxError("did you forget parentheses around the comprehension target?", elts.get(0),
                elts.get(elts.size() - 1));
        }
    }

    // for_if_clauses: for_if_clause+
    // for_if_clause: ASYNC? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    final List<Comprehension> forIfClauses() {
        ArrayList<Comprehension> out = new ArrayList<>();
        while (at(KW_FOR) || (at(KW_ASYNC) && t(1) == KW_FOR)) {
            int isAsync = eat(KW_ASYNC) != null ? 1 : 0;
            expect(KW_FOR);
            Expr target = starTargets();
            if (!at(KW_IN)) {
                throw FAIL;
            }
            next();
            Expr iter = disjunction();
            ArrayList<Expr> ifs = new ArrayList<>();
            while (eat(KW_IF) != null) {
                ifs.add(disjunction());
            }
            if (isAsync == 1) {
                checkVersion(6, "Async comprehensions are");
            }
            out.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return out;
    }

    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    final Expr starTargets() {
        Token s = cur();
        Expr e = starTarget();
        if (!at(COMMA)) {
            return e;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (eat(COMMA) != null) {
            if (!startsTarget()) {
                break;
            }
            elts.add(starTarget());
        }
        return new Expr.Tuple(elts, ExprContext.Store, s.lineno, s.col, el(), ec());
    }

    final boolean startsTarget() {
        int k = t();
        return k == NAME || k == LPAR || k == LSQB || k == STAR;
    }

    // star_target: '*' (!'*' star_target) | target_with_star_atom
    final Expr starTarget() {
        if (at(STAR)) {
            Token s = next();
            if (at(STAR)) {
                throw FAIL;
            }
            Expr v = starTarget();
            return new Expr.Starred(v, ExprContext.Store, s.lineno, s.col, el(), ec());
        }
        Expr e = primary();
        Expr bad = invalidTarget(e, false);
        if (bad != null) {
            if (at(KW_IN) || at(EQUAL) || at(COMMA) || at(RPAR) || at(COLON)) {
                throw syntaxError("cannot assign to " + exprName(bad), bad);
            }
            throw FAIL;
        }
        return withCtx(e, ExprContext.Store);
    }

    // call: primary '(' [arguments] ')' | primary genexp
    final Expr call(Expr func, Token s) {
        return call(func, s, false);
    }

    /** A call's arguments; IN_CLASS for a class definition's bases, where a bare genexp is invalid. */
    final Expr call(Expr func, Token s, boolean inClass) {
        Token open = next();
        ArrayList<Expr> args = new ArrayList<>();
        ArrayList<Keyword> kws = new ArrayList<>();
        boolean sawKw = false;
        boolean sawDoubleStar = false;
        while (!at(RPAR)) {
            Token a = cur();
            if (at(STAR)) {
                Token star = cur();
                if (sawDoubleStar) {
                    throw syntaxError("iterable argument unpacking follows keyword argument unpacking", star);
                }
                Expr st = starredExpression();
                if (at(EQUAL)) {
                    next();
                    Expr b = expression();
                    throw syntaxError("cannot assign to iterable argument unpacking", star, last());
                }
                if (sawDoubleStar) {
                    throw syntaxError("iterable argument unpacking follows keyword argument unpacking", star);
                }
                args.add(st);
            } else if (at(DOUBLESTAR)) {
                next();
                Expr v = expression();
                if (at(EQUAL)) {
                    next();
                    expression();
                    throw syntaxError("cannot assign to keyword argument unpacking", a, last());
                }
                kws.add(new Keyword(null, v, a.lineno, a.col, el(), ec()));
                sawDoubleStar = true;
            } else if (at(NAME) && t(1) == EQUAL) {
                next();
                Token eq = next();
                if (at(COMMA) || at(RPAR)) {
                    throw syntaxError("expected argument value expression", a, eq);
                }
                Expr v = expression();
                if (at(KW_FOR) || at(KW_ASYNC)) {
                    // invalid_kwarg: NAME '=' expression for_if_clauses
                    throw syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, eq);
                }
                kws.add(new Keyword(a.text, v, a.lineno, a.col, el(), ec()));
                sawKw = true;
            } else {
                Expr e = namedExpression(false);
                if ((at(KW_FOR) || at(KW_ASYNC)) && inClass) {
                    throw FAIL;
                }
                if (at(KW_FOR) || at(KW_ASYNC)) {
                    List<Comprehension> gens = forIfClauses();
                    Expr g;
                    if (args.isEmpty() && kws.isEmpty() && at(RPAR)) {
                        next();
                        g = new Expr.GeneratorExp(e, gens, open.lineno, open.col, el(), ec());
                        args.add(g);
                        return new Expr.Call(func, args, kws, s.lineno, s.col, el(), ec());
                    }
                    g = new Expr.GeneratorExp(e, gens, a.lineno, a.col, el(), ec());
                    throw syntaxError("Generator expression must be parenthesized", g);
                }
                if (at(EQUAL)) {
                    // invalid_kwarg
                    Token eq = cur();
                    if (e instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == Constants.NONE)) {
                        throw syntaxError("cannot assign to " + exprName(e), a, eq);
                    }
                    throw lines.errorAt("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?",
                        e.lineno(), e.col_offset(), eq.endLineno, eq.endCol);
                }
                if (sawDoubleStar) {
                    throw errorLastToken("SyntaxError", "positional argument follows keyword argument unpacking", cur());
                }
                if (sawKw) {
                    throw errorLastToken("SyntaxError", "positional argument follows keyword argument", cur());
                }
                args.add(e);
            }
            if (eat(COMMA) == null) {
                if (!at(RPAR)) {
                    Expr prev = !kws.isEmpty() && kws.get(kws.size() - 1).lineno() >= (args.isEmpty() ? 0
                        : args.get(args.size() - 1).lineno()) ? kws.get(kws.size() - 1).value() : args.isEmpty() ? null
                        : args.get(args.size() - 1);
                    if (prev != null) {
                        forgotComma(prev);
                    }
                }
                break;
            }
        }
        expect(RPAR);
        return new Expr.Call(func, args, kws, s.lineno, s.col, el(), ec());
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    private Expr lambdef() {
        Token s = next();
        Arguments args = parameters(COLON, false);
        if (at(COLON) && cur().text != null) {
            // the ':' began an f-string format spec
            throw syntaxError("f-string: lambda expressions are not allowed without parentheses", s, cur());
        }
        expect(COLON);
        Expr body = expression();
        return new Expr.Lambda(args, body, s.lineno, s.col, el(), ec());
    }

    /**
     * parameters / lambda_parameters: positional-only, plain, '*', keyword-only and
     * '**' parameters, up to the token END (':' or ')'). ANNOTATIONS allows "NAME: expr".
     */
    final Arguments parameters(int end, boolean annotations) {
        ArrayList<Arg> posonly = new ArrayList<>();
        ArrayList<Arg> plain = new ArrayList<>();
        ArrayList<Expr> defaults = new ArrayList<>();
        ArrayList<Arg> kwonly = new ArrayList<>();
        ArrayList<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean star = false;
        boolean sawDefault = false;
        boolean sawSlash = false;
        while (!at(end)) {
            Token s = cur();
            // which parameter a type comment after this one belongs to (param_no_default ','
            // TYPE_COMMENT? and the like): 1 plain, 2 keyword-only, 3 *args, 4 **kwargs
            int lastKind = 0;
            if (at(SLASH)) {
                if (star) {
                    throw syntaxError("/ must be ahead of *", s);
                }
                if (sawSlash) {
                    throw syntaxError("/ may appear only once", s);
                }
                if (plain.isEmpty()) {
                    if (toks[Math.min(p + 1, toks.length - 1)].type != COMMA) {
                        throw FAIL;
                    }
                    throw syntaxError("at least one argument must precede /", s);
                }
                next();
                if (at(STAR)) {
                    throw syntaxError("expected comma between / and *", cur());
                }
                sawSlash = true;
                posonly.addAll(plain);
                plain.clear();
            } else if (at(STAR)) {
                if (star) {
                    throw syntaxError("* argument may appear only once", s);
                }
                next();
                star = true;
                if (at(COMMA)) {
                    if (t(1) == end || t(1) == DOUBLESTAR) {
                        // invalid_star_etc reports the '*', invalid_lambda_star_etc the last token
                        throw annotations ? syntaxError("named arguments must follow bare *", s)
                            : errorLastToken("SyntaxError", "named arguments must follow bare *", tok(1));
                    }
                } else if (at(end)) {
                    throw annotations ? syntaxError("named arguments must follow bare *", s)
                        : errorLastToken("SyntaxError", "named arguments must follow bare *", cur());
                } else {
                    vararg = param(annotations, true);
                    lastKind = 3;
                    if (at(EQUAL)) {
                        throw syntaxError("var-positional argument cannot have default value", cur());
                    }
                }
            } else if (at(DOUBLESTAR)) {
                next();
                kwarg = param(annotations, false);
                if (at(EQUAL)) {
                    throw syntaxError("var-keyword argument cannot have default value", cur());
                }
                boolean comma = eat(COMMA) != null;
                if (annotations && at(TYPE_COMMENT) && (comma || t(1) == end)) {
                    kwarg = withTypeComment(kwarg, next().text);
                }
                if (!at(end)) {
                    throw syntaxError("arguments cannot follow var-keyword argument", cur());
                }
                break;
            } else if (at(LPAR) && !star) {
                // invalid_parameters: param_no_default* '(' param_no_default+ ','? ')'
                int i = p + 1;
                boolean names = false;
                while (toks[i].type == NAME) {
                    names = true;
                    i++;
                    if (toks[i].type != COMMA) {
                        break;
                    }
                    i++;
                }
                if (!names || toks[i].type != RPAR) {
                    throw FAIL;
                }
                throw syntaxError(annotations ? "Function parameters cannot be parenthesized"
                    : "Lambda expression parameters cannot be parenthesized", s, toks[i]);
            } else {
                Arg a = param(annotations, false);
                Expr dflt = null;
                if (at(EQUAL)) {
                    Token eq = next();
                    if (at(COMMA) || at(end) || at(RPAR)) {
                        throw syntaxError("expected default value expression", eq);
                    }
                    dflt = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                    lastKind = 2;
                } else {
                    lastKind = 1;
                    if (dflt != null) {
                        defaults.add(dflt);
                        sawDefault = true;
                    } else if (sawDefault) {
                        throw syntaxError("parameter without a default follows parameter with a default", a);
                    }
                    plain.add(a);
                }
            }
            boolean comma = eat(COMMA) != null;
            if (annotations && at(TYPE_COMMENT)) {
                if (lastKind == 0 && comma && s.type == STAR) {
                    throw errorAtLast("bare * has associated type comment");
                }
                if (lastKind != 0 && (comma || t(1) == end)) {
                    String tc = next().text;
                    switch (lastKind) {
                        case 1 -> plain.set(plain.size() - 1, withTypeComment(plain.get(plain.size() - 1), tc));
                        case 2 -> kwonly.set(kwonly.size() - 1, withTypeComment(kwonly.get(kwonly.size() - 1), tc));
                        default -> vararg = withTypeComment(vararg, tc);
                    }
                }
            }
            if (!comma) {
                break;
            }
        }
        if (sawSlash) {
            checkVersion(8, "Positional-only parameters are");
        }
        return new Arguments(posonly, plain, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** _PyPegen_add_type_comment_to_arg: the parameter A with the "# type:" comment TC. */
    private static Arg withTypeComment(Arg a, String tc) {
        return new Arg(a.arg(), a.annotation(), tc, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
    }

    // param: NAME annotation? (star_annotation for *args)
    private Arg param(boolean annotations, boolean starAnnotation) {
        Token n = expect(NAME);
        Expr ann = null;
        if (annotations && eat(COLON) != null) {
            ann = starAnnotation && at(STAR) ? starExpression() : expression();
        }
        return new Arg(n.text, ann, null, n.lineno, n.col, el(), ec());
    }
}
