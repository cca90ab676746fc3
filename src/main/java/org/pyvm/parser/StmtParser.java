package org.pyvm.parser;

import static org.pyvm.parser.TokenType.*;

import java.util.ArrayList;
import java.util.List;

import org.pyvm.ast.Alias;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.Excepthandler;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Keyword;
import org.pyvm.ast.Operator;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.TypeParam;
import org.pyvm.ast.Withitem;

/** Statements (python.gram: "STATEMENTS" through compound statements). */
abstract class StmtParser extends PatternParser {

    StmtParser(Tokenizer t) {
        super(t);
    }

    // statements: statement+
    final List<Stmt> statements(boolean untilDedent) {
        ArrayList<Stmt> out = new ArrayList<>();
        while (true) {
            int k = t();
            if (k == ENDMARKER || (untilDedent && k == DEDENT)) {
                return out;
            }
            statement(out);
        }
    }

    // statement: compound_stmt | simple_stmts
    final void statement(List<Stmt> out) {
        switch (t()) {
            case KW_DEF, KW_IF, KW_CLASS, KW_WITH, KW_FOR, KW_TRY, KW_WHILE, AT -> out.add(compound());
            case KW_ASYNC -> out.add(compound());
            case NAME -> {
                if (atName("match") && startsMatch()) {
                    matchWithoutColon = null;
                    Stmt m = matchStmt();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                    Token nl = matchWithoutColon;
                    if (nl != null) {
                        try {
                            simpleStmts(out);
                        } catch (Fail f) {
                            throw syntaxError("expected ':'", nl);
                        }
                        return;
                    }
                }
                simpleStmts(out);
            }
            case INDENT -> throw FAIL;
            default -> simpleStmts(out);
        }
    }

    private boolean startsMatch() {
        int k = t(1);
        return k != EQUAL && k != DOT && k != NEWLINE && k != COMMA && k != RPAR && k != COLON && k != SEMI
            && !(k >= PLUSEQUAL && k <= DOUBLESLASHEQUAL && k != DOUBLESLASH);
    }

    // simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (eat(SEMI) == null) {
                break;
            }
            if (at(NEWLINE)) {
                break;
            }
        }
        if (!at(NEWLINE)) {
            throw FAIL;
        }
        next();
    }

    // simple_stmt: assignment | type_alias | star_expressions | return_stmt | import_stmt | raise_stmt
    //     | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
    private Stmt simpleStmt() {
        Token s = cur();
        switch (s.type) {
            case KW_PASS -> {
                next();
                return new Stmt.Pass(s.lineno, s.col, s.endLineno, s.endCol);
            }
            case KW_BREAK -> {
                next();
                return new Stmt.Break(s.lineno, s.col, s.endLineno, s.endCol);
            }
            case KW_CONTINUE -> {
                next();
                return new Stmt.Continue(s.lineno, s.col, s.endLineno, s.endCol);
            }
            case KW_RETURN -> {
                next();
                Expr v = startsExpression() ? starExpressions() : null;
                return new Stmt.Return(v, s.lineno, s.col, el(), ec());
            }
            case KW_RAISE -> {
                next();
                Expr exc = null;
                Expr cause = null;
                if (startsExpression()) {
                    exc = expression();
                    if (eat(KW_FROM) != null) {
                        cause = expression();
                    }
                }
                return new Stmt.Raise(exc, cause, s.lineno, s.col, el(), ec());
            }
            case KW_GLOBAL, KW_NONLOCAL -> {
                next();
                ArrayList<String> names = new ArrayList<>();
                do {
                    names.add(expect(NAME).text);
                } while (eat(COMMA) != null);
                return s.type == KW_GLOBAL ? new Stmt.Global(names, s.lineno, s.col, el(), ec())
                    : new Stmt.Nonlocal(names, s.lineno, s.col, el(), ec());
            }
            case KW_DEL -> {
                // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt ('del' star_expressions)
                next();
                Expr all = starExpressions();
                if (!at(NEWLINE) && !at(SEMI)) {
                    throw FAIL;
                }
                List<Expr> targets = all instanceof Expr.Tuple tu && !parenthesized(all) ? tu.elts() : List.of(all);
                ArrayList<Expr> out = new ArrayList<>();
                for (Expr e : targets) {
                    Expr bad = invalidTarget(e, true);
                    if (bad != null) {
                        throw syntaxError("cannot delete " + exprName(bad), bad);
                    }
                    out.add(withCtx(e, ExprContext.Del));
                }
                return new Stmt.Delete(out, s.lineno, s.col, el(), ec());
            }
            case KW_ASSERT -> {
                next();
                Expr test = expression();
                Expr msg = eat(COMMA) != null ? expression() : null;
                return new Stmt.Assert(test, msg, s.lineno, s.col, el(), ec());
            }
            case KW_IMPORT -> {
                return importName();
            }
            case KW_FROM -> {
                return importFrom();
            }
            case NAME -> {
                if (atName("type") && t(1) == NAME && (t(2) == EQUAL || t(2) == LSQB)) {
                    return typeAlias();
                }
                return exprStmt();
            }
            default -> {
                return exprStmt();
            }
        }
    }

    // type_alias: "type" NAME [type_params] '=' expression
    private Stmt typeAlias() {
        Token s = next();
        Token n = next();
        Expr name = new Expr.Name(n.text, ExprContext.Store, n.lineno, n.col, n.endLineno, n.endCol);
        List<TypeParam> tps = at(LSQB) ? typeParams() : List.of();
        expect(EQUAL);
        Expr v = expression();
        checkVersion(12, "Type statement is");
        return new Stmt.TypeAlias(name, tps, v, s.lineno, s.col, el(), ec());
    }

    // assignment | star_expressions | yield_stmt
    private Stmt exprStmt() {
        Token s = cur();
        Expr e = at(KW_YIELD) ? yieldExpr() : starExpressions();
        int k = t();
        if (e instanceof Expr.Name n && startsExpression() && !at(LPAR)) {
            // invalid_legacy_expression: NAME !'(' star_expressions, an error for print and exec
            int save = p;
            int saveMax = maxPos;
            try {
                Expr b = starExpressions();
                if (n.id().equals("print") || n.id().equals("exec")) {
                    throw syntaxError("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id()
                        + "(...)?", e, b);
                }
            } catch (Fail f) {
                // not this form
            }
            p = save;
            maxPos = saveMax;
        }
        if (k == EQUAL) {
            ArrayList<Expr> targets = new ArrayList<>();
            Expr value = e;
            int firstRhs = p + 1;
            while (eat(EQUAL) != null) {
                targets.add(value);
                int save = p;
                try {
                    value = at(KW_YIELD) ? yieldExpr() : starExpressions();
                } catch (Fail f) {
                    // invalid_assignment: (star_targets '=')* star_expressions '=' needs no right side
                    int failedAt = maxPos;
                    p = save;
                    checkTargets(targets, firstRhs);
                    maxPos = failedAt;
                    throw f;
                }
            }
            checkTargets(targets, firstRhs);
            for (int i = 0; i < targets.size(); i++) {
                targets.set(i, withCtx(targets.get(i), ExprContext.Store));
            }
            // (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
            Token tc = eat(TYPE_COMMENT);
            return new Stmt.Assign(targets, value, tc == null ? null : tc.text, s.lineno, s.col, el(), ec());
        }
        if (k == COLON) {
            // annotated assignment: single_target ':' expression ['=' annotated_rhs]
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                // invalid_assignment's annotation rules need "':' expression" to match
                int save = p;
                int saveMax = maxPos;
                next();
                try {
                    expression();
                } catch (Fail f) {
                    p = save;
                    maxPos = saveMax;
                    throw f;
                }
                p = save;
                if (e instanceof Expr.Tuple tu) {
                    throw syntaxError("only single target (not tuple) can be annotated",
                        parenthesized(e) ? e : tu.elts().get(0));
                }
                if (e instanceof Expr.List) {
                    throw syntaxError("only single target (not list) can be annotated", e);
                }
                throw syntaxError("illegal target for annotation", e);
            }
            next();
            Expr ann = expression();
            Expr value = null;
            if (eat(EQUAL) != null) {
                value = at(KW_YIELD) ? yieldExpr() : starExpressions();
            }
            int simple = e instanceof Expr.Name && s.type != LPAR ? 1 : 0;
            checkVersion(6, simple == 1 ? "Variable annotation syntax is" : "Variable annotations syntax is");
            return new Stmt.AnnAssign(withCtx(e, ExprContext.Store), ann, value, simple, s.lineno, s.col, el(), ec());
        }
        Operator op = augOp(k);
        if (op != null) {
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                throw syntaxError("'" + exprName(e) + "' is an illegal expression for augmented assignment", e);
            }
            next();
            if (op == Operator.MatMult) {
                checkVersion(5, "The '@' operator is");
            }
            Expr value = at(KW_YIELD) ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(withCtx(e, ExprContext.Store), op, value, s.lineno, s.col, el(), ec());
        }
        if (k != NEWLINE && k != SEMI) {
            if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript
                || e instanceof Expr.Call || e instanceof Expr.Constant) {
                forgotComma(e);
            }
            throw FAIL;
        }
        return new Stmt.Expr(e, s.lineno, s.col, el(), ec());
    }

    /**
     * The targets of "t1 = t2 = ... = value", checked as CPython's second pass does:
     * invalid_named_expression on the first target (or the last element of an unparenthesized
     * tuple) followed by "= bitwise_or" not followed by '=' or ':=' ("Maybe you meant
     * '=='"), else invalid_assignment ("cannot assign to %s", yield expressions).
     */
    private void checkTargets(List<Expr> targets, int firstRhs) {
        Expr bad = null;
        for (Expr t : targets) {
            if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom || invalidTarget(t, false) != null) {
                bad = t;
                break;
            }
        }
        if (bad == null) {
            return;
        }
        Expr first = targets.get(0);
        Expr l = first instanceof Expr.Tuple tu && !parenthesized(first) ? tu.elts().get(tu.elts().size() - 1) : first;
        boolean excluded = l instanceof Expr.List || l instanceof Expr.Tuple || l instanceof Expr.GeneratorExp
            || l instanceof Expr.Starred
            || ((l instanceof Expr.Yield || l instanceof Expr.YieldFrom) && !inParens(l))
            || (l instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == org.pyvm.ast.Constants.NONE))
            || !bitwiseOrLevel(l);
        if (!excluded) {
            Expr rhs = rhsBitwiseOr(firstRhs);
            if (rhs != null) {
                if (l instanceof Expr.Name) {
                    throw syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", l, rhs);
                }
                throw syntaxError("cannot assign to " + exprName(l) + " here. Maybe you meant '==' instead of '='?", l);
            }
        }
        if (bad instanceof Expr.Yield || bad instanceof Expr.YieldFrom) {
            throw syntaxError("assignment to yield expression not possible", bad);
        }
        Expr t = invalidTarget(bad, false);
        throw syntaxError("cannot assign to " + exprName(t), t);
    }

    /** Whether E is what a bitwise_or can be (no comparison, not/and/or, if-else, lambda). */
    private boolean bitwiseOrLevel(Expr e) {
        if (inParens(e)) {
            return true;
        }
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
            || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr
            || (e instanceof Expr.UnaryOp u && u.op() == org.pyvm.ast.Unaryop.Not));
    }

    /**
     * The bitwise_or at token index AT when nothing like '=' or ':=' follows it, else null.
     * Where the full bitwise_or fails, PEG backtracking would settle for a primary.
     */
    private Expr rhsBitwiseOr(int at) {
        int save = p;
        int saveMax = maxPos;
        p = at;
        try {
            if (at(STAR) || at(KW_YIELD) || at(KW_LAMBDA) || at(KW_NOT)) {
                return null;
            }
            Expr r;
            try {
                r = bitwiseOr();
            } catch (Fail f) {
                p = at;
                r = primary();
            }
            return at(EQUAL) || at(COLONEQUAL) ? null : r;
        } catch (Fail f) {
            return null;
        } finally {
            p = save;
            maxPos = saveMax;
        }
    }

    private static Operator augOp(int k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    // import_name: 'import' dotted_as_names
    private Stmt importName() {
        Token s = next();
        ArrayList<Alias> names = new ArrayList<>();
        int save = p;
        int saveMax = maxPos;
        invalidImport(s);
        p = save;
        maxPos = saveMax;
        do {
            Token a = cur();
            String name = dottedName();
            String as = null;
            if (eat(KW_AS) != null) {
                as = expect(NAME).text;
            }
            names.add(new Alias(name, as, a.lineno, a.col, el(), ec()));
        } while (eat(COMMA) != null);
        return new Stmt.Import(names, s.lineno, s.col, el(), ec());
    }

    /** invalid_import: 'import' dotted_as_names 'from' dotted_name: "Did you mean ... from ... import". */
    private void invalidImport(Token s) {
        try {
            do {
                dottedName();
                if (eat(KW_AS) != null) {
                    expect(NAME);
                }
            } while (eat(COMMA) != null);
            if (at(KW_FROM)) {
                next();
                dottedName();
                throw syntaxErrorFrom("Did you mean to use 'from ... import ...' instead?", s.lineno, s.col);
            }
        } catch (Fail f) {
            // not this form
        }
    }

    // dotted_name: dotted_name '.' NAME | NAME
    private String dottedName() {
        StringBuilder sb = new StringBuilder(expect(NAME).text);
        while (at(DOT)) {
            next();
            sb.append('.').append(expect(NAME).text);
        }
        return sb.toString();
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' | '...')+ 'import' ...
    private Stmt importFrom() {
        Token s = next();
        int level = 0;
        while (at(DOT) || at(ELLIPSIS)) {
            level += next().type == DOT ? 1 : 3;
        }
        String module = null;
        if (!at(KW_IMPORT) || level == 0) {
            module = dottedName();
        }
        expect(KW_IMPORT);
        ArrayList<Alias> names = new ArrayList<>();
        if (at(STAR)) {
            Token st = next();
            names.add(new Alias("*", null, st.lineno, st.col, st.endLineno, st.endCol));
            return new Stmt.ImportFrom(module, names, level, s.lineno, s.col, el(), ec());
        }
        boolean paren = eat(LPAR) != null;
        do {
            if (paren && at(RPAR) && !names.isEmpty()) {
                break;
            }
            if (!paren && at(NEWLINE) && !names.isEmpty()) {
                throw syntaxError("trailing comma not allowed without surrounding parentheses", cur());
            }
            Token a = expect(NAME);
            String as = null;
            if (eat(KW_AS) != null) {
                as = expect(NAME).text;
            }
            names.add(new Alias(a.text, as, a.lineno, a.col, el(), ec()));
        } while (eat(COMMA) != null);
        if (paren) {
            expect(RPAR);
        }
        return new Stmt.ImportFrom(module, names, level, s.lineno, s.col, el(), ec());
    }

    // ---- compound statements -----------------------------------------------------------------

    private Stmt compound() {
        Token s = cur();
        switch (s.type) {
            case AT -> {
                ArrayList<Expr> decos = new ArrayList<>();
                while (eat(AT) != null) {
                    decos.add(namedExpression());
                    expect(NEWLINE);
                }
                if (at(KW_CLASS)) {
                    return classDef(decos);
                }
                if (at(KW_DEF) || (at(KW_ASYNC) && t(1) == KW_DEF)) {
                    return funcDef(decos);
                }
                throw FAIL;
            }
            case KW_DEF -> {
                return funcDef(List.of());
            }
            case KW_CLASS -> {
                return classDef(List.of());
            }
            case KW_IF -> {
                return ifStmt("if");
            }
            case KW_WHILE -> {
                next();
                Expr test = namedExpression();
                expectColon();
                List<Stmt> body = block("'while' statement", s);
                List<Stmt> orelse = elseBlock();
                return new Stmt.While(test, body, orelse, s.lineno, s.col, el(), ec());
            }
            case KW_FOR -> {
                return forStmt(s, false);
            }
            case KW_WITH -> {
                return withStmt(s, false);
            }
            case KW_TRY -> {
                return tryStmt();
            }
            case KW_ASYNC -> {
                next();
                return switch (t()) {
                    case KW_DEF -> funcDef(List.of(), s);
                    case KW_FOR -> forStmt(s, true);
                    case KW_WITH -> withStmt(s, true);
                    default -> throw FAIL;
                };
            }
            default -> throw FAIL;
        }
    }

    /** ':' where python.gram has invalid_*_stmt "... NEWLINE" alternatives saying "expected ':'". */
    final void expectColon() {
        if (at(COLON)) {
            next();
            return;
        }
        if (at(NEWLINE)) {
            throw syntaxError("expected ':'", cur());
        }
        throw FAIL;
    }

    /** A forced token (&&':' in python.gram): "expected ':'" wherever it is missing. */
    final void forceColon() {
        if (at(COLON)) {
            next();
            return;
        }
        throw syntaxError("expected ':'", cur());
    }

    // block: NEWLINE INDENT statements DEDENT | simple_stmts
    final List<Stmt> block(String what, Token opener) {
        if (at(NEWLINE)) {
            next();
            if (!at(INDENT)) {
                throw errorLastToken("IndentationError", "expected an indented block after " + what + " on line "
                    + opener.lineno, cur());
            }
            next();
            List<Stmt> body = statements(true);
            expect(DEDENT);
            return body;
        }
        ArrayList<Stmt> out = new ArrayList<>();
        simpleStmts(out);
        return out;
    }

    // else_block: 'else' &&':' block
    private List<Stmt> elseBlock() {
        if (!at(KW_ELSE)) {
            return List.of();
        }
        Token e = next();
        forceColon();
        return block("'else' statement", e);
    }

    // if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
    private Stmt ifStmt(String kw) {
        Token s = next();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'" + kw + "' statement", s);
        List<Stmt> orelse;
        if (at(KW_ELIF)) {
            orelse = List.of(ifStmt("elif"));
        } else {
            orelse = elseBlock();
        }
        return new Stmt.If(test, body, orelse, s.lineno, s.col, el(), ec());
    }

    // for_stmt: ASYNC? 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    private Stmt forStmt(Token s, boolean isAsync) {
        Token f = expect(KW_FOR);
        Expr target = starTargets();
        if (!at(KW_IN)) {
            throw FAIL;
        }
        next();
        Expr iter = starExpressions();
        expectColon();
        Token tc = eat(TYPE_COMMENT);
        List<Stmt> body = block("'for' statement", f);
        List<Stmt> orelse = elseBlock();
        if (isAsync) {
            checkVersion(5, "Async for loops are");
        }
        String tcs = tc == null ? null : tc.text;
        return isAsync ? new Stmt.AsyncFor(target, iter, body, orelse, tcs, s.lineno, s.col, el(), ec())
            : new Stmt.For(target, iter, body, orelse, tcs, s.lineno, s.col, el(), ec());
    }

    // with_stmt: ASYNC? 'with' '(' ','.with_item+ ','? ')' ':' block | ASYNC? 'with' ','.with_item+ ':' block
    private Stmt withStmt(Token s, boolean isAsync) {
        Token w = expect(KW_WITH);
        List<Withitem> items = null;
        boolean parenthesized = false;
        if (at(LPAR)) {
            int save = p;
            try {
                next();
                ArrayList<Withitem> its = new ArrayList<>();
                do {
                    if (at(RPAR) && !its.isEmpty()) {
                        break;
                    }
                    its.add(withItem());
                } while (eat(COMMA) != null);
                expect(RPAR);
                if (at(NEWLINE)) {
                    throw syntaxError("expected ':'", cur());
                }
                if (!at(COLON) || t(1) == TYPE_COMMENT) {
                    // a type comment: only the unparenthesized form takes one (its item a tuple)
                    throw FAIL;
                }
                items = its;
                parenthesized = !isAsync;
            } catch (Fail f) {
                p = save;
            }
        }
        if (items == null) {
            ArrayList<Withitem> its = new ArrayList<>();
            do {
                its.add(withItem());
            } while (eat(COMMA) != null);
            items = its;
        }
        expectColon();
        Token tc = eat(TYPE_COMMENT);
        List<Stmt> body = block("'with' statement", w);
        if (parenthesized) {
            checkVersion(9, "Parenthesized context managers are");
        }
        if (isAsync) {
            checkVersion(5, "Async with statements are");
        }
        String tcs = tc == null ? null : tc.text;
        return isAsync ? new Stmt.AsyncWith(items, body, tcs, s.lineno, s.col, el(), ec())
            : new Stmt.With(items, body, tcs, s.lineno, s.col, el(), ec());
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    private Withitem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (eat(KW_AS) != null) {
            vars = starTarget();
            if (!at(COMMA) && !at(RPAR) && !at(COLON) && !at(NEWLINE)) {
                throw FAIL;
            }
        }
        return new Withitem(e, vars);
    }

    // try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block]
    //     | except_star_block+ [else_block] [finally_block])
    private Stmt tryStmt() {
        Token s = next();
        forceColon();
        List<Stmt> body = block("'try' statement", s);
        ArrayList<Excepthandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean sawPlain = false;
        while (at(KW_EXCEPT)) {
            Token e = next();
            Token starTok = at(STAR) ? next() : null;
            boolean thisStar = starTok != null;
            boolean mixed = thisStar ? sawPlain : star;
            if (thisStar) {
                star = true;
            } else {
                sawPlain = true;
            }
            Expr type = null;
            String name = null;
            if (at(NEWLINE) && !thisStar) {
                throw syntaxError("expected ':'", cur());
            }
            if (!at(COLON)) {
                Token ts = cur();
                type = expression();
                if (at(COMMA)) {
                    // invalid_except_stmt: 'except' expression ',' expressions ['as' NAME] ':'
                    while (eat(COMMA) != null) {
                        expression();
                    }
                    if (eat(KW_AS) != null) {
                        expect(NAME);
                    }
                    expect(COLON);
                    throw syntaxErrorFrom("multiple exception types must be parenthesized", type.lineno(),
                        type.col_offset());
                }
                if (eat(KW_AS) != null) {
                    name = expect(NAME).text;
                }
            } else if (thisStar) {
                throw syntaxError("expected one or more exception types", cur());
            }
            if (mixed && at(COLON)) {
                throw thisStar ? syntaxError("cannot have both 'except' and 'except*' on the same 'try'", e, starTok)
                    : syntaxError("cannot have both 'except' and 'except*' on the same 'try'", e);
            }
            expectColon();
            List<Stmt> hb = block(thisStar ? "'except*' statement" : "'except' statement", e);
            handlers.add(new Excepthandler.ExceptHandler(type, name, hb, e.lineno, e.col, el(), ec()));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty()) {
            orelse = elseBlock();
        }
        List<Stmt> fin = List.of();
        if (at(KW_FINALLY)) {
            Token f = next();
            forceColon();
            fin = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && fin.isEmpty()) {
            cur();
            throw errorAtLast("expected 'except' or 'finally' block");
        }
        if (star) {
            checkVersion(11, "Exception groups are");
        }
        return star ? new Stmt.TryStar(body, handlers, orelse, fin, s.lineno, s.col, el(), ec())
            : new Stmt.Try(body, handlers, orelse, fin, s.lineno, s.col, el(), ec());
    }

    private Stmt funcDef(List<Expr> decos) {
        Token s = cur();
        eat(KW_ASYNC);
        return funcDef(decos, s);
    }

    // function_def_raw: ASYNC? 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block
    private Stmt funcDef(List<Expr> decos, Token s) {
        Token d = expect(KW_DEF);
        Token name = expect(NAME);
        List<TypeParam> tps = at(LSQB) && t(1) != RSQB ? typeParams() : List.of();
        if (!at(LPAR)) {
            throw syntaxError("expected '('", cur());
        }
        next();
        Arguments args = parameters(RPAR, true);
        expect(RPAR);
        Expr returns = null;
        if (at(RARROW)) {
            int save = p;
            next();
            try {
                returns = expression();
            } catch (Fail f) {
                p = save;
                throw syntaxError("expected ':'", cur());
            }
        }
        forceColon();
        String tc = funcTypeComment();
        List<Stmt> body = block("function definition", d);
        if (s.type == KW_ASYNC) {
            checkVersion(5, "Async functions are");
            return new Stmt.AsyncFunctionDef(name.text, args, body, decos, returns, tc, tps, s.lineno, s.col, el(), ec());
        }
        return new Stmt.FunctionDef(name.text, args, body, decos, returns, tc, tps, s.lineno, s.col, el(), ec());
    }

    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
    private String funcTypeComment() {
        if (at(NEWLINE) && t(1) == TYPE_COMMENT && t(2) == NEWLINE && t(3) == INDENT) {
            next();
            return next().text;
        }
        if (at(TYPE_COMMENT)) {
            if (t(1) == NEWLINE && t(2) == TYPE_COMMENT && t(3) == NEWLINE && t(4) == INDENT) {
                p += 4;
                throw errorAtLast("Cannot have two type comments on def");
            }
            return next().text;
        }
        return null;
    }

    // class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
    private Stmt classDef(List<Expr> decos) {
        Token s = next();
        Token name = expect(NAME);
        List<TypeParam> tps = at(LSQB) ? typeParams() : List.of();
        List<Expr> bases = List.of();
        List<Keyword> kws = List.of();
        if (at(LPAR)) {
            Expr.Call c = (Expr.Call) call(new Expr.Name(name.text, LOAD, name.lineno, name.col, name.endLineno,
                name.endCol), name, true);
            bases = c.args();
            kws = c.keywords();
        }
        expectColon();
        List<Stmt> body = block("class definition", s);
        return new Stmt.ClassDef(name.text, bases, kws, body, decos, tps, s.lineno, s.col, el(), ec());
    }

    // type_params: '[' ','.type_param+ [','] ']'
    // type_param: NAME [':' expression] | '*' NAME | '**' NAME
    final List<TypeParam> typeParams() {
        next();
        ArrayList<TypeParam> out = new ArrayList<>();
        do {
            if (at(RSQB) && !out.isEmpty()) {
                break;
            }
            Token s = cur();
            if (eat(STAR) != null) {
                Token n = expect(NAME);
                if (at(COLON)) {
                    Token colon = next();
                    Expr b = expression();
                    throw syntaxError("cannot use " + (b instanceof Expr.Tuple && parenthesized(b) ? "constraints" : "bound")
                        + " with TypeVarTuple", colon, last());
                }
                out.add(new TypeParam.TypeVarTuple(n.text, s.lineno, s.col, el(), ec()));
            } else if (eat(DOUBLESTAR) != null) {
                Token n = expect(NAME);
                if (at(COLON)) {
                    Token colon = next();
                    Expr b = expression();
                    throw syntaxError("cannot use " + (b instanceof Expr.Tuple && parenthesized(b) ? "constraints" : "bound")
                        + " with ParamSpec", colon, last());
                }
                out.add(new TypeParam.ParamSpec(n.text, s.lineno, s.col, el(), ec()));
            } else {
                Token n = expect(NAME);
                Expr bound = null;
                if (eat(COLON) != null) {
                    bound = expression();
                }
                out.add(new TypeParam.TypeVar(n.text, bound, s.lineno, s.col, el(), ec()));
            }
        } while (eat(COMMA) != null);
        expect(RSQB);
        checkVersion(12, "Type parameter lists are");
        return out;
    }
}
