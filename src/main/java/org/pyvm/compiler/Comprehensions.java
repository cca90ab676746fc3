package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.Expr;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Constant;

/**
 * List, set and dict comprehensions, inlined into the enclosing code object as PEP 709
 * does in 3.12, and generator expressions, which keep their own code object.
 * Compare CPython Python/compile.c: compiler_comprehension,
 * push_inlined_comprehension_state, pop_inlined_comprehension_state,
 * compiler_sync_comprehension_generator, compiler_async_comprehension_generator.
 */
final class Comprehensions {

    private Comprehensions() {}

    static void comprehension(CodeGen g, Expr e, String type, List<Comprehension> generators, Expr elt, Expr val) {
        Scope entry = g.st.scopeOf(e);
        boolean inlined = entry.compInlined;
        boolean asyncGen = entry.coroutine;
        Unit.Kind scopeType = g.u.kind;
        boolean topLevelAwait = g.isTopLevelAwait();
        if (topLevelAwait && asyncGen) {
            g.u.ste.coroutine = true; // the module's code becomes a coroutine
        }
        Loc loc = Loc.of(e);
        Comprehension outermost = generators.get(0);
        List<String> pushed = null;
        Block cleanup = null, end = null;
        if (inlined) {
            g.visitExpr(Folding.foldIter(outermost.iter()));
            g.addop(outermost.is_async() != 0 ? GET_AITER : GET_ITER, loc);
            boolean inClassBlock = g.u.ste.kind == Scope.Kind.CLASS && g.u.inlined.isEmpty();
            // Compare push_inlined_comprehension_state
            pushed = new ArrayList<>();
            for (Map.Entry<String, Integer> s : entry.symbols.entrySet()) {
                int f = s.getValue();
                if (((f & Scope.DEF_LOCAL) != 0 && (f & Scope.DEF_NONLOCAL) == 0) || inClassBlock) {
                    String k = s.getKey();
                    g.addopFast(LOAD_FAST_AND_CLEAR, k, loc);
                    if (entry.scopeOf(k) == Scope.CELL) {
                        // A name free in the enclosing code names its free-variable slot,
                        // as compile.c does (even when a cell of that name exists too).
                        g.addopDeref(MAKE_CELL, k, loc, g.u.ste.scopeOf(k) == Scope.FREE);
                    }
                    pushed.add(k);
                }
            }
            g.u.inlined.add(new Unit.InlinedComp(entry, inClassBlock));
            if (!pushed.isEmpty()) {
                g.addopI(SWAP, pushed.size() + 1, loc);
                cleanup = g.newBlock();
                end = g.newBlock();
                g.addopJ(SETUP_FINALLY, cleanup, loc);
            }
        } else {
            g.enterScope("<" + type + ">", Unit.Kind.COMPREHENSION, e, e.lineno());
        }
        if (asyncGen && !type.equals("genexpr") && scopeType != Unit.Kind.ASYNC_FUNCTION
            && scopeType != Unit.Kind.COMPREHENSION && !topLevelAwait) {
            throw CompileError.syntax("asynchronous comprehension outside of an asynchronous function", loc);
        }
        if (!type.equals("genexpr")) {
            int op = switch (type) {
                case "listcomp" -> BUILD_LIST;
                case "setcomp" -> BUILD_SET;
                default -> BUILD_MAP;
            };
            g.addopI(op, 0, loc);
            if (inlined) {
                g.addopI(SWAP, 2, loc);
            }
        }
        generator(g, loc, generators, 0, 0, elt, val, type, inlined);
        if (inlined) {
            g.u.inlined.remove(g.u.inlined.size() - 1);
            if (!pushed.isEmpty()) {
                // Compare pop_inlined_comprehension_state
                g.addop(POP_BLOCK, Loc.NONE);
                g.addopJ(JUMP, end, Loc.NONE);
                g.useBlock(cleanup);
                g.addopI(SWAP, 2, Loc.NONE);
                g.addop(POP_TOP, Loc.NONE);
                restoreLocals(g, loc, pushed);
                g.addopI(RERAISE, 0, Loc.NONE);
                g.useBlock(end);
                restoreLocals(g, loc, pushed);
            }
            return;
        }
        if (!type.equals("genexpr")) {
            g.addop(RETURN_VALUE, loc);
        } else {
            Functions.wrapInStopIterationHandler(g);
        }
        CodeObject co = g.finishUnit(true);
        g.exitScope();
        g.makeClosure(loc, co, 0);
        g.visitExpr(Folding.foldIter(outermost.iter()));
        g.addop(outermost.is_async() != 0 ? GET_AITER : GET_ITER, loc);
        g.addopI(CALL, 0, loc);
        if (asyncGen && !type.equals("genexpr")) {
            g.addopI(GET_AWAITABLE, 0, loc);
            g.loadConst(Constant.NONE, loc);
            Async.addYieldFrom(g, loc, true);
        }
    }

    private static void restoreLocals(CodeGen g, Loc loc, List<String> pushed) {
        g.addopI(SWAP, pushed.size() + 1, loc);
        // the saved value may be NULL (unbound before the comprehension): STORE_FAST_MAYBE_NULL
        // keeps the uninitialised-load analysis from trusting it
        for (int i = pushed.size() - 1; i >= 0; i--) {
            g.addopFast(STORE_FAST_MAYBE_NULL, pushed.get(i), loc);
        }
    }

    static void generator(CodeGen g, Loc loc, List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                          String type, boolean iterOnStack) {
        if (gens.get(index).is_async() != 0) {
            asyncGenerator(g, loc, gens, index, depth, elt, val, type, iterOnStack);
        } else {
            syncGenerator(g, loc, gens, index, depth, elt, val, type, iterOnStack);
        }
    }

    // Compare CPython compile.c: compiler_sync_comprehension_generator
    private static void syncGenerator(CodeGen g, Loc loc, List<Comprehension> gens, int index, int depth, Expr elt,
                                      Expr val, String type, boolean iterOnStack) {
        Block start = g.newBlock(), ifCleanup = g.newBlock(), anchor = g.newBlock();
        Comprehension gen = gens.get(index);
        if (!iterOnStack) {
            if (index == 0) {
                g.u.argcount = 1;
                g.addopI(LOAD_FAST, 0, loc);
            } else {
                if (CodeGen.singleElementIter(gen)) {
                    Expr only = gen.iter() instanceof Expr.List l ? l.elts().get(0) : ((Expr.Tuple) gen.iter()).elts()
                        .get(0);
                    g.visitExpr(only);
                    start = null;
                } else {
                    g.visitExpr(Folding.foldIter(gen.iter()));
                    g.addop(GET_ITER, loc);
                }
            }
        }
        if (start != null) {
            depth++;
            g.useBlock(start);
            g.addopJ(FOR_ITER, anchor, loc);
        }
        g.visitExpr(gen.target());
        for (Expr e : gen.ifs()) {
            g.jumpIf(loc, e, ifCleanup, false);
        }
        if (++index < gens.size()) {
            generator(g, loc, gens, index, depth, elt, val, type, false);
        }
        Loc eltLoc = Loc.of(elt);
        if (index >= gens.size()) {
            eltLoc = element(g, depth, elt, val, type);
        }
        g.useBlock(ifCleanup);
        if (start != null) {
            g.addopJ(JUMP, start, eltLoc);
            g.useBlock(anchor);
            g.addop(END_FOR, Loc.NONE);
        }
    }

    private static Loc element(CodeGen g, int depth, Expr elt, Expr val, String type) {
        Loc eltLoc = Loc.of(elt);
        switch (type) {
            case "genexpr" -> {
                g.visitExpr(elt);
                g.addYield(eltLoc);
                g.addop(POP_TOP, eltLoc);
            }
            case "listcomp" -> {
                g.visitExpr(elt);
                g.addopI(LIST_APPEND, depth + 1, eltLoc);
            }
            case "setcomp" -> {
                g.visitExpr(elt);
                g.addopI(SET_ADD, depth + 1, eltLoc);
            }
            default -> {
                g.visitExpr(elt);
                g.visitExpr(val);
                eltLoc = new Loc(elt.lineno(), val.end_lineno(), elt.col_offset(), val.end_col_offset());
                g.addopI(MAP_ADD, depth + 1, eltLoc);
            }
        }
        return eltLoc;
    }

    // Compare CPython compile.c: compiler_async_comprehension_generator
    private static void asyncGenerator(CodeGen g, Loc loc, List<Comprehension> gens, int index, int depth, Expr elt,
                                       Expr val, String type, boolean iterOnStack) {
        Block start = g.newBlock(), except = g.newBlock(), ifCleanup = g.newBlock();
        Comprehension gen = gens.get(index);
        if (!iterOnStack) {
            if (index == 0) {
                g.u.argcount = 1;
                g.addopI(LOAD_FAST, 0, loc);
            } else {
                g.visitExpr(gen.iter());
                g.addop(GET_AITER, loc);
            }
        }
        g.useBlock(start);
        g.pushFBlock(Unit.FType.ASYNC_COMPREHENSION_GENERATOR, start, null, null, loc);
        g.addopJ(SETUP_FINALLY, except, loc);
        g.addop(GET_ANEXT, loc);
        g.loadConst(Constant.NONE, loc);
        Async.addYieldFrom(g, loc, true);
        g.addop(POP_BLOCK, loc);
        g.visitExpr(gen.target());
        for (Expr e : gen.ifs()) {
            g.jumpIf(loc, e, ifCleanup, false);
        }
        depth++;
        if (++index < gens.size()) {
            generator(g, loc, gens, index, depth, elt, val, type, false);
        }
        Loc eltLoc = Loc.of(elt);
        if (index >= gens.size()) {
            eltLoc = element(g, depth, elt, val, type);
        }
        g.useBlock(ifCleanup);
        g.addopJ(JUMP, start, eltLoc);
        g.popFBlock(Unit.FType.ASYNC_COMPREHENSION_GENERATOR);
        g.useBlock(except);
        g.addop(END_ASYNC_FOR, loc);
    }
}
