package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

import org.pyvm.ast.Expr;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.Withitem;
import org.pyvm.bytecode.Constant;

/**
 * {@code await}, {@code yield from}'s send loop, {@code async for} and {@code async with}.
 * Compare CPython Python/compile.c: compiler_add_yield_from, compiler_async_for,
 * compiler_async_with.
 */
final class Async {

    private Async() {}

    // Compare CPython compile.c: compiler_add_yield_from
    static void addYieldFrom(CodeGen g, Loc loc, boolean await) {
        Block send = g.newBlock(), fail = g.newBlock(), exit = g.newBlock();
        g.useBlock(send);
        g.addopJ(SEND, exit, loc);
        g.addopJ(SETUP_FINALLY, fail, loc);
        g.addopI(YIELD_VALUE, 0, loc);
        g.addop(POP_BLOCK, Loc.NONE);
        g.addopI(RESUME, await ? 3 : 2, loc);
        g.addopJ(JUMP_NO_INTERRUPT, send, loc);
        g.useBlock(fail);
        g.addop(CLEANUP_THROW, loc);
        g.useBlock(exit);
        g.addop(END_SEND, loc);
    }

    static void await(CodeGen g, Expr.Await e) {
        Loc loc = Loc.of(e);
        if (!g.isTopLevelAwait()) {
            if (!g.u.isFunctionLike()) {
                throw CompileError.syntax("'await' outside function", loc);
            }
            if (g.u.kind != Unit.Kind.ASYNC_FUNCTION && g.u.kind != Unit.Kind.COMPREHENSION) {
                throw CompileError.syntax("'await' outside async function", loc);
            }
        }
        g.visitExpr(e.value());
        g.addopI(GET_AWAITABLE, 0, loc);
        g.loadConst(Constant.NONE, loc);
        addYieldFrom(g, loc, true);
    }

    // Compare CPython compile.c: compiler_async_for
    static void asyncFor(CodeGen g, Stmt.AsyncFor s) {
        Loc loc = Loc.of(s);
        if (g.isTopLevelAwait()) {
            g.u.ste.coroutine = true;
        } else if (g.u.kind != Unit.Kind.ASYNC_FUNCTION) {
            throw CompileError.syntax("'async for' outside async function", loc);
        }
        Block start = g.newBlock(), except = g.newBlock(), end = g.newBlock();
        g.visitExpr(s.iter());
        g.addop(GET_AITER, loc);
        g.useBlock(start);
        g.pushFBlock(Unit.FType.FOR_LOOP, start, end, null, loc);
        g.addopJ(SETUP_FINALLY, except, loc);
        g.addop(GET_ANEXT, loc);
        g.loadConst(Constant.NONE, loc);
        addYieldFrom(g, loc, true);
        g.addop(POP_BLOCK, loc);
        g.visitExpr(s.target());
        g.visitStmts(s.body());
        g.addopJ(JUMP, start, Loc.NONE);
        g.popFBlock(Unit.FType.FOR_LOOP);
        g.useBlock(except);
        g.addop(END_ASYNC_FOR, Loc.of(s.iter()));
        g.visitStmts(s.orelse());
        g.useBlock(end);
    }

    // Compare CPython compile.c: compiler_async_with
    static void asyncWith(CodeGen g, Stmt.AsyncWith s, int pos) {
        Loc loc = Loc.of(s);
        if (g.isTopLevelAwait()) {
            g.u.ste.coroutine = true;
        } else if (g.u.kind != Unit.Kind.ASYNC_FUNCTION) {
            throw CompileError.syntax("'async with' outside async function", loc);
        }
        Withitem item = s.items().get(pos);
        Block block = g.newBlock(), fin = g.newBlock(), exit = g.newBlock(), cleanup = g.newBlock();
        g.visitExpr(item.context_expr());
        g.addop(BEFORE_ASYNC_WITH, loc);
        g.addopI(GET_AWAITABLE, 1, loc);
        g.loadConst(Constant.NONE, loc);
        addYieldFrom(g, loc, true);
        g.addopJ(SETUP_WITH, fin, loc);
        g.useBlock(block);
        g.pushFBlock(Unit.FType.ASYNC_WITH, block, fin, s, loc);
        if (item.optional_vars() != null) {
            g.visitExpr(item.optional_vars());
        } else {
            g.addop(POP_TOP, loc);
        }
        pos++;
        if (pos == s.items().size()) {
            g.visitStmts(s.body());
        } else {
            asyncWith(g, s, pos);
        }
        g.popFBlock(Unit.FType.ASYNC_WITH);
        g.addop(POP_BLOCK, loc);
        g.callExitWithNones(loc);
        g.addopI(GET_AWAITABLE, 2, loc);
        g.loadConst(Constant.NONE, loc);
        addYieldFrom(g, loc, true);
        g.addop(POP_TOP, loc);
        g.addopJ(JUMP, exit, loc);
        g.useBlock(fin);
        g.addopJ(SETUP_CLEANUP, cleanup, loc);
        g.addop(PUSH_EXC_INFO, loc);
        g.addop(WITH_EXCEPT_START, loc);
        g.addopI(GET_AWAITABLE, 2, loc);
        g.loadConst(Constant.NONE, loc);
        addYieldFrom(g, loc, true);
        g.withExceptFinish(cleanup);
        g.useBlock(exit);
    }
}
