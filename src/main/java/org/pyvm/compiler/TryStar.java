package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

import java.util.List;
import org.pyvm.ast.Excepthandler;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Stmt;
import org.pyvm.bytecode.Constant;

/**
 * {@code try: ... except* ...} (PEP 654): each handler takes its part of the exception
 * group with CHECK_EG_MATCH; what the handlers raise or leave unhandled is collected in a
 * list and re-raised together by INTRINSIC_PREP_RERAISE_STAR.
 * Compare CPython Python/compile.c: compiler_try_star_except.
 */
final class TryStar {

    private TryStar() {}

    static void tryStarExcept(CodeGen g, List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse, Loc loc) {
        Block bodyB = g.newBlock(), except = g.newBlock(), orelseB = g.newBlock(), end = g.newBlock(),
            cleanup = g.newBlock(), reraiseStar = g.newBlock();
        g.addopJ(SETUP_FINALLY, except, loc);
        g.useBlock(bodyB);
        g.pushFBlock(Unit.FType.TRY_EXCEPT, bodyB, null, null, loc);
        g.visitStmts(body);
        g.popFBlock(Unit.FType.TRY_EXCEPT);
        g.addop(POP_BLOCK, Loc.NONE);
        g.addopJ(JUMP, orelseB, Loc.NONE);
        int n = handlers.size();
        g.useBlock(except);
        g.addopJ(SETUP_CLEANUP, cleanup, Loc.NONE);
        g.addop(PUSH_EXC_INFO, Loc.NONE);
        g.pushFBlock(Unit.FType.EXCEPTION_GROUP_HANDLER, null, null, "except handler", loc);
        for (int i = 0; i < n; i++) {
            Excepthandler.ExceptHandler h = (Excepthandler.ExceptHandler) handlers.get(i);
            Loc hloc = Loc.of(h);
            Block nextExcept = g.newBlock();
            except = nextExcept;
            Block exceptWithError = g.newBlock(), noMatch = g.newBlock();
            if (i == 0) {
                g.addopI(BUILD_LIST, 0, hloc);
                g.addopI(COPY, 2, hloc);
            }
            if (h.type() != null) {
                g.visitExpr(h.type());
                g.addop(CHECK_EG_MATCH, hloc);
                g.addopI(COPY, 1, hloc);
                g.addopJ(POP_JUMP_IF_NONE, noMatch, hloc);
            }
            Block cleanupEnd = g.newBlock(), cleanupBody = g.newBlock();
            if (h.name() != null) {
                g.nameop(h.name(), ExprContext.Store, hloc);
            } else {
                g.addop(POP_TOP, hloc);
            }
            g.addopJ(SETUP_CLEANUP, cleanupEnd, hloc);
            g.useBlock(cleanupBody);
            g.pushFBlock(Unit.FType.HANDLER_CLEANUP, cleanupBody, null, h.name(), hloc);
            g.visitStmts(h.body());
            g.popFBlock(Unit.FType.HANDLER_CLEANUP);
            g.addop(POP_BLOCK, Loc.NONE);
            if (h.name() != null) {
                g.loadConst(Constant.NONE, Loc.NONE);
                g.nameop(h.name(), ExprContext.Store, Loc.NONE);
                g.nameop(h.name(), ExprContext.Del, Loc.NONE);
            }
            g.addopJ(JUMP, except, Loc.NONE);
            g.useBlock(cleanupEnd);
            if (h.name() != null) {
                g.loadConst(Constant.NONE, Loc.NONE);
                g.nameop(h.name(), ExprContext.Store, Loc.NONE);
                g.nameop(h.name(), ExprContext.Del, Loc.NONE);
            }
            g.addopI(LIST_APPEND, 3, Loc.NONE);
            g.addop(POP_TOP, Loc.NONE);
            g.addopJ(JUMP, exceptWithError, Loc.NONE);
            g.useBlock(except);
            g.addop(NOP, Loc.NONE);
            g.addopJ(JUMP, exceptWithError, Loc.NONE);
            g.useBlock(noMatch);
            g.addop(POP_TOP, hloc);
            g.useBlock(exceptWithError);
            if (i == n - 1) {
                g.addopI(LIST_APPEND, 1, Loc.NONE);
                g.addopJ(JUMP, reraiseStar, Loc.NONE);
            }
        }
        g.popFBlock(Unit.FType.EXCEPTION_GROUP_HANDLER);
        Block reraise = g.newBlock();
        g.useBlock(reraiseStar);
        g.addopI(CALL_INTRINSIC_2, 1, Loc.NONE); // INTRINSIC_PREP_RERAISE_STAR
        g.addopI(COPY, 1, Loc.NONE);
        g.addopJ(POP_JUMP_IF_NOT_NONE, reraise, Loc.NONE);
        g.addop(POP_TOP, Loc.NONE);
        g.addop(POP_BLOCK, Loc.NONE);
        g.addop(POP_EXCEPT, Loc.NONE);
        g.addopJ(JUMP, end, Loc.NONE);
        g.useBlock(reraise);
        g.addop(POP_BLOCK, Loc.NONE);
        g.addopI(SWAP, 2, Loc.NONE);
        g.addop(POP_EXCEPT, Loc.NONE);
        g.addopI(RERAISE, 0, Loc.NONE);
        g.useBlock(cleanup);
        g.popExceptAndReraise(Loc.NONE);
        g.useBlock(orelseB);
        g.visitStmts(orelse);
        g.useBlock(end);
    }
}
