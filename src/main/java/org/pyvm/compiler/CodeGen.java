package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.pyvm.ast.Alias;
import org.pyvm.ast.Arg;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.Boolop;
import org.pyvm.ast.Cmpop;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.Excepthandler;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Keyword;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Operator;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.Withitem;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Constant;
import org.pyvm.bytecode.TupleConst;

/**
 * Code generation: walks the tree of one module and emits instructions into the blocks
 * of one {@link Unit} per code object, then hands each unit to {@link FlowGraph} and
 * {@link Assembler}. Compare CPython Python/compile.c (compiler_visit_stmt,
 * compiler_visit_expr and their helpers).
 */
final class CodeGen {

    static final int STACK_USE_GUIDELINE = 30;
    static final int MAKE_FUNCTION_DEFAULTS = 1, MAKE_FUNCTION_KWDEFAULTS = 2, MAKE_FUNCTION_ANNOTATIONS = 4,
        MAKE_FUNCTION_CLOSURE = 8;

    final SymbolTable st;
    final String filename;
    final int futureFlags;
    final boolean futureAnnotations;
    /** compile()'s optimization level: 1 drops asserts, 2 docstrings too (compiler->c_optimize). */
    final int optimize;
    /** PyCF_ALLOW_TOP_LEVEL_AWAIT was given. */
    boolean topLevelAwait;
    /** Where SyntaxWarnings go (see {@link Checks}); null: not wanted. */
    java.util.List<org.pyvm.ast.CompileWarning> warnings;

    /** IS_TOP_LEVEL_AWAIT: the flag was given and the module's own code is being compiled. */
    boolean isTopLevelAwait() {
        return topLevelAwait && u.kind == Unit.Kind.MODULE;
    }
    Unit u;
    final Deque<Unit> stack = new ArrayDeque<>();
    final PatternGen patterns = new PatternGen(this);

    CodeGen(SymbolTable st, String filename, int futureFlags, int optimize) {
        this.st = st;
        this.optimize = optimize;
        this.filename = filename;
        this.futureFlags = futureFlags;
        this.futureAnnotations = (futureFlags & CodeObject.CO_FUTURE_ANNOTATIONS) != 0;
    }

    // ---- emission helpers -----------------------------------------------------------

    static boolean endsBlock(int op) {
        return switch (op) {
            case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
                 POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER, SEND,
                 RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE -> true;
            default -> false;
        };
    }

    Instr emit(int op, int arg, Block target, Loc loc) {
        Instr last = u.cur.last();
        if (last != null && endsBlock(last.op)) {
            // Compare CPython flowgraph.c: cfg_builder_maybe_start_new_block
            Block b = u.newBlock();
            useBlock(b);
            b.labeled = false;
        }
        Instr i = new Instr(op, arg, target, loc);
        u.cur.instrs.add(i);
        return i;
    }

    void addop(int op, Loc loc) {
        emit(op, 0, null, loc);
    }

    void addopI(int op, int arg, Loc loc) {
        emit(op, arg, null, loc);
    }

    void addopJ(int op, Block target, Loc loc) {
        emit(op, 0, target, loc);
    }

    Block newBlock() {
        return u.newBlock();
    }

    /** Makes b the current block, placed after the blocks used so far. */
    void useBlock(Block b) {
        u.blocks.add(b);
        u.cur = b;
        b.labeled = true;
    }

    void loadConst(Object value, Loc loc) {
        addopI(LOAD_CONST, u.constIndex(value), loc);
    }

    String mangle(String name) {
        return SymbolTable.mangle(u.privateName, name);
    }

    /** ADDOP_NAME: a name-table opcode with the name mangled. */
    void addopName(int op, String name, Loc loc) {
        int idx = u.nameIndex(mangle(name));
        switch (op) {
            case LOAD_ATTR, LOAD_GLOBAL -> addopI(op, idx << 1, loc);
            case LOAD_METHOD -> addopI(LOAD_ATTR, (idx << 1) | 1, loc);
            default -> addopI(op, idx, loc);
        }
    }

    /** ADDOP_N: a name-table opcode without mangling. */
    void addopN(int op, String name, Loc loc) {
        addopI(op, u.nameIndex(name), loc);
    }

    void addopFast(int op, String name, Loc loc) {
        addopI(op, u.varIndex(name), loc);
    }

    /** A cell or free variable opcode; the variable is looked up among the cells unless it is only free. */
    void addopDeref(int op, String name, Loc loc) {
        addopDeref(op, name, loc, !u.cellvars.contains(name));
    }

    /** A cell or free variable opcode, with the table (cells or free variables) given, as CPython's nameop picks it. */
    void addopDeref(int op, String name, Loc loc, boolean free) {
        Instr i = emit(op, 0, null, loc);
        i.name = name;
        i.free = free;
    }

    // ---- units ---------------------------------------------------------------------

    void enterScope(String name, Unit.Kind kind, Object node, int lineno) {
        Scope ste = st.scopeOf(node);
        Unit nu = new Unit(ste, kind, name, lineno);
        nu.privateName = u != null ? u.privateName : null;
        if (u != null) {
            stack.push(u);
        }
        u = nu;
        if (kind != Unit.Kind.MODULE) {
            setQualname();
        } else {
            u.qualname = name;
        }
        Loc loc = kind == Unit.Kind.MODULE ? new Loc(0, lineno, 0, 0) : new Loc(lineno, lineno, 0, 0);
        addopI(RESUME, 0, loc);
    }

    void exitScope() {
        u = stack.isEmpty() ? null : stack.pop();
    }

    // Compare CPython compile.c: compiler_set_qualname
    private void setQualname() {
        if (stack.isEmpty()) {
            u.qualname = u.name;
            return;
        }
        Unit parent = stack.peek();
        if (u.kind == Unit.Kind.TYPEPARAMS) {
            // skipped below: type-param units take the name as is
        }
        if (parent.kind == Unit.Kind.TYPEPARAMS) {
            Unit gp = null;
            var it = stack.iterator();
            it.next();
            if (it.hasNext()) {
                gp = it.next();
            }
            if (gp == null) {
                u.qualname = u.name;
                return;
            }
            parent = gp;
        }
        boolean forceGlobal = false;
        if (u.kind == Unit.Kind.FUNCTION || u.kind == Unit.Kind.ASYNC_FUNCTION || u.kind == Unit.Kind.CLASS) {
            String mangled = SymbolTable.mangle(parent.privateName, u.name);
            if (parent.ste.scopeOf(mangled) == Scope.GLOBAL_EXPLICIT) {
                forceGlobal = true;
            }
        }
        if (forceGlobal || parent.kind == Unit.Kind.MODULE) {
            u.qualname = u.name;
        } else if (parent.kind == Unit.Kind.FUNCTION || parent.kind == Unit.Kind.ASYNC_FUNCTION
            || parent.kind == Unit.Kind.LAMBDA) {
            u.qualname = parent.qualname + ".<locals>." + u.name;
        } else {
            u.qualname = parent.qualname + "." + u.name;
        }
    }

    CodeObject finishUnit(boolean addNone) {
        addReturnAtEnd(addNone);
        return Assembler.assemble(u, computeFlags(), filename);
    }

    // Compare CPython compile.c: add_return_at_end
    private void addReturnAtEnd(boolean addNone) {
        if (addNone) {
            loadConst(Constant.NONE, Loc.NONE);
        }
        addop(RETURN_VALUE, Loc.NONE);
    }

    /** Assembles a unit whose code already ends in a return. */
    CodeObject finishUnitNoReturn() {
        return Assembler.assemble(u, computeFlags(), filename);
    }

    // Compare CPython compile.c: compute_code_flags
    private int computeFlags() {
        Scope ste = u.ste;
        int flags = 0;
        if (ste.isFunctionLike()) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (ste.nested) {
                flags |= CodeObject.CO_NESTED;
            }
            if (ste.generator && !ste.coroutine) {
                flags |= CodeObject.CO_GENERATOR;
            }
            if (!ste.generator && ste.coroutine) {
                flags |= CodeObject.CO_COROUTINE;
            }
            if (ste.generator && ste.coroutine) {
                flags |= CodeObject.CO_ASYNC_GENERATOR;
            }
            if (ste.varargs) {
                flags |= CodeObject.CO_VARARGS;
            }
            if (ste.varkeywords) {
                flags |= CodeObject.CO_VARKEYWORDS;
            }
        }
        if (isTopLevelAwait() && ste.coroutine && !ste.generator) {
            flags |= CodeObject.CO_COROUTINE;
        }
        flags |= futureFlags;
        return flags;
    }

    // ---- module -----------------------------------------------------------------------

    CodeObject compileModule(Mod.Module mod) {
        moduleBody(mod);
        CodeObject co = finishUnit(true);
        exitScope();
        return co;
    }

    private void moduleBody(Mod.Module mod) {
        enterScope("<module>", Unit.Kind.MODULE, mod, 1);
        body(mod.body(), mod.body().isEmpty() ? new Loc(1, 1, 0, 0) : Loc.of(mod.body().get(0)));
    }

    /**
     * The module's instructions as code generation leaves them, before the flow-graph
     * passes, ending in the return add_return_at_end adds (for CfgStage.codegen).
     */
    Unit codegenModule(Mod.Module mod) {
        moduleBody(mod);
        addReturnAtEnd(true);
        Unit done = u;
        exitScope();
        return done;
    }

    /** True while compiling mode 'single': top-level expression statements print their value. */
    boolean interactive;

    // Compare CPython compile.c: compiler_codegen, case Interactive_kind (no docstring)
    CodeObject compileInteractive(Mod.Interactive mod) {
        enterScope("<module>", Unit.Kind.MODULE, mod, 1);
        Loc loc = mod.body().isEmpty() ? new Loc(1, 1, 0, 0) : Loc.of(mod.body().get(0));
        if (findAnn(mod.body())) {
            addop(SETUP_ANNOTATIONS, loc);
        }
        interactive = true;
        visitStmts(mod.body());
        CodeObject co = finishUnit(true);
        exitScope();
        return co;
    }

    // Compare CPython compile.c: compiler_codegen, case Expression_kind (the value is returned)
    CodeObject compileExpression(Mod.Expression mod) {
        enterScope("<module>", Unit.Kind.MODULE, mod, 1);
        visitExpr(mod.body());
        CodeObject co = finishUnit(false);
        exitScope();
        return co;
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
            && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    // Compare CPython compile.c: compiler_body (loc: the module's first statement, or the class line)
    void body(List<Stmt> stmts, Loc loc) {
        if (findAnn(stmts)) {
            addop(SETUP_ANNOTATIONS, loc);
        }
        int start = 0;
        String doc = docstring(stmts);
        if (doc != null && optimize < 2) {
            // (-OO: no __doc__; the string is then an ordinary constant statement)
            Stmt.Expr first = (Stmt.Expr) stmts.get(0);
            start = 1;
            visitExpr(first.value());
            nameop("__doc__", ExprContext.Store, Loc.NONE);
        }
        for (int i = start; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    // Compare CPython compile.c: find_ann
    static boolean findAnn(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (findAnn(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean findAnn(Stmt s) {
        if (s instanceof Stmt.AnnAssign a) {
            return true;
        } else if (s instanceof Stmt.For f) {
            return findAnn(f.body()) || findAnn(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            return findAnn(f.body()) || findAnn(f.orelse());
        } else if (s instanceof Stmt.While w) {
            return findAnn(w.body()) || findAnn(w.orelse());
        } else if (s instanceof Stmt.If i) {
            return findAnn(i.body()) || findAnn(i.orelse());
        } else if (s instanceof Stmt.With w) {
            return findAnn(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            return findAnn(w.body());
        } else if (s instanceof Stmt.Try t) {
            return findAnn(t.body()) || findAnn(t.orelse()) || findAnn(t.finalbody())
                || t.handlers().stream().anyMatch(h -> findAnn(((Excepthandler.ExceptHandler) h).body()));
        } else if (s instanceof Stmt.TryStar t) {
            return findAnn(t.body()) || findAnn(t.orelse()) || findAnn(t.finalbody())
                || t.handlers().stream().anyMatch(h -> findAnn(((Excepthandler.ExceptHandler) h).body()));
        } else if (s instanceof Stmt.Match m) {
            return m.cases().stream().anyMatch(c -> findAnn(c.body()));
        } else {
            return false;
        }
    }

    // ---- names ---------------------------------------------------------------------------

    private enum OpType { FAST, GLOBAL, DEREF, NAME }

    // Compare CPython compile.c: compiler_nameop (with PEP 709's temporary scopes)
    void nameop(String name, ExprContext ctx, Loc loc) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) {
            throw CompileError.syntax("cannot assign to __debug__", loc);
        }
        if (ctx == ExprContext.Del && name.equals("__debug__")) {
            throw CompileError.syntax("cannot delete __debug__", loc);
        }
        String mangled = mangle(name);
        int scope = -1;
        boolean hidden = false;
        for (int i = u.inlined.size() - 1; i >= 0; i--) {
            Unit.InlinedComp ic = u.inlined.get(i);
            Scope cs = ic.scope();
            Integer f = cs.symbols.get(mangled);
            if (f == null) {
                continue;
            }
            boolean pushed = ((f & Scope.DEF_LOCAL) != 0 && (f & Scope.DEF_NONLOCAL) == 0) || ic.inClassBlock();
            if (pushed) {
                int sc = cs.scopeOf(mangled);
                int outer = u.ste.scopeOf(mangled);
                if (sc == Scope.CELL && outer == Scope.FREE) {
                    scope = outer;
                } else {
                    scope = sc;
                }
                hidden = !u.isFunctionLike() && sc == Scope.LOCAL;
                break;
            }
        }
        if (scope < 0) {
            scope = u.ste.scopeOf(mangled);
        }
        OpType optype = OpType.NAME;
        switch (scope) {
            case Scope.FREE, Scope.CELL -> optype = OpType.DEREF;
            case Scope.LOCAL -> {
                if (u.isFunctionLike() || hidden) {
                    optype = OpType.FAST;
                }
                if (hidden) {
                    u.fastHidden.put(mangled, Boolean.TRUE);
                }
            }
            case Scope.GLOBAL_IMPLICIT -> {
                if (u.isFunctionLike()) {
                    optype = OpType.GLOBAL;
                }
            }
            case Scope.GLOBAL_EXPLICIT -> optype = OpType.GLOBAL;
            default -> { }
        }
        boolean inInlined = !u.inlined.isEmpty();
        boolean free = scope == Scope.FREE;
        switch (optype) {
            case DEREF -> {
                switch (ctx) {
                    case Load -> {
                        if (u.ste.kind == Scope.Kind.CLASS && !inInlined) {
                            addop(LOAD_LOCALS, loc);
                            addopDeref(LOAD_FROM_DICT_OR_DEREF, mangled, loc, free);
                        } else if (u.ste.canSeeClassScope) {
                            addopDeref(LOAD_DEREF, "__classdict__", loc, true);
                            addopDeref(LOAD_FROM_DICT_OR_DEREF, mangled, loc, free);
                        } else {
                            addopDeref(LOAD_DEREF, mangled, loc, free);
                        }
                    }
                    case Store -> addopDeref(STORE_DEREF, mangled, loc, free);
                    case Del -> addopDeref(DELETE_DEREF, mangled, loc, free);
                }
            }
            case FAST -> {
                switch (ctx) {
                    case Load -> addopFast(LOAD_FAST, mangled, loc);
                    case Store -> addopFast(STORE_FAST, mangled, loc);
                    case Del -> addopFast(DELETE_FAST, mangled, loc);
                }
            }
            case GLOBAL -> {
                switch (ctx) {
                    case Load -> {
                        if (u.ste.canSeeClassScope && scope == Scope.GLOBAL_IMPLICIT) {
                            addopDeref(LOAD_DEREF, "__classdict__", loc, true);
                            addopI(LOAD_FROM_DICT_OR_GLOBALS, u.nameIndex(mangled), loc);
                        } else {
                            addopI(LOAD_GLOBAL, u.nameIndex(mangled) << 1, loc);
                        }
                    }
                    case Store -> addopI(STORE_GLOBAL, u.nameIndex(mangled), loc);
                    case Del -> addopI(DELETE_GLOBAL, u.nameIndex(mangled), loc);
                }
            }
            case NAME -> {
                switch (ctx) {
                    case Load -> {
                        if (u.ste.kind == Scope.Kind.CLASS && inInlined) {
                            addopI(LOAD_GLOBAL, u.nameIndex(mangled) << 1, loc);
                        } else {
                            addopI(LOAD_NAME, u.nameIndex(mangled), loc);
                        }
                    }
                    case Store -> addopI(STORE_NAME, u.nameIndex(mangled), loc);
                    case Del -> addopI(DELETE_NAME, u.nameIndex(mangled), loc);
                }
            }
        }
    }

    // ---- statements --------------------------------------------------------------------

    void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    // Compare CPython compile.c: compiler_visit_stmt
    void visitStmt(Stmt s) {
        Loc loc = Loc.of(s);
        if (s instanceof Stmt.FunctionDef f) {
            Functions.function(this, s, f.name(), f.args(), f.body(), f.decorator_list(),
                f.returns(), f.type_params(), false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            Functions.function(this, s, f.name(), f.args(), f.body(),
                f.decorator_list(), f.returns(), f.type_params(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            Functions.classDef(this, c);
        } else if (s instanceof Stmt.Return r) {
            compileReturn(r);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                visitExpr(t);
            }
        } else if (s instanceof Stmt.Assign a) {
            visitExpr(a.value());
            int n = a.targets().size();
            for (int i = 0; i < n; i++) {
                if (i < n - 1) {
                    addopI(COPY, 1, loc);
                }
                visitExpr(a.targets().get(i));
            }
        } else if (s instanceof Stmt.TypeAlias t) {
            Functions.typeAlias(this, t);
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            compileFor(s, f.target(), f.iter(), f.body(), f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            Async.asyncFor(this, f);
        } else if (s instanceof Stmt.While w) {
            compileWhile(w);
        } else if (s instanceof Stmt.If i) {
            compileIf(i);
        } else if (s instanceof Stmt.With w) {
            compileWith(w, 0);
        } else if (s instanceof Stmt.AsyncWith w) {
            Async.asyncWith(this, w, 0);
        } else if (s instanceof Stmt.Match m) {
            patterns.match(m);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                visitExpr(r.exc());
                n++;
                if (r.cause() != null) {
                    visitExpr(r.cause());
                    n++;
                }
            }
            addopI(RAISE_VARARGS, n, loc);
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty()) {
                tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), loc, false);
            } else {
                tryExcept(t.body(), t.handlers(), t.orelse(), loc);
            }
        } else if (s instanceof Stmt.TryStar t) {
            if (!t.finalbody().isEmpty()) {
                tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), loc, true);
            } else {
                TryStar.tryStarExcept(this, t.body(), t.handlers(), t.orelse(), loc);
            }
        } else if (s instanceof Stmt.Assert a) {
            Checks.assertion(this, a.test(), loc);
            if (optimize > 0) {
                return; // -O: asserts compile to nothing (compiler_assert)
            }
            Block end = newBlock();
            jumpIf(loc, a.test(), end, true);
            addop(LOAD_ASSERTION_ERROR, loc);
            if (a.msg() != null) {
                visitExpr(a.msg());
                addopI(CALL, 0, loc);
            }
            addopI(RAISE_VARARGS, 1, loc);
            useBlock(end);
        } else if (s instanceof Stmt.Import i) {
            compileImport(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            compileFromImport(i);
        } else if (s instanceof Stmt.Global g) {
        } else if (s instanceof Stmt.Nonlocal n) {
        } else if (s instanceof Stmt.Expr e && interactive && stack.isEmpty()) {
            // Compare CPython compile.c: compiler_stmt_expr, c_interactive at nest level 1
            visitExpr(e.value());
            addopI(CALL_INTRINSIC_1, 1, loc); // INTRINSIC_PRINT
            addop(POP_TOP, Loc.NONE);
        } else if (s instanceof Stmt.Expr e) {
            if (Folding.fold(e.value()) != null) {
                addop(NOP, loc);
            } else {
                visitExpr(e.value());
                addop(POP_TOP, Loc.NONE);
            }
        } else if (s instanceof Stmt.Pass p) {
            addop(NOP, loc);
        } else if (s instanceof Stmt.Break b) {
            compileBreak(loc);
        } else if (s instanceof Stmt.Continue c) {
            compileContinue(loc);
        }
    }

    private void compileIf(Stmt.If s) {
        Block end = newBlock();
        Block next = s.orelse().isEmpty() ? end : newBlock();
        jumpIf(Loc.of(s), s.test(), next, false);
        visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            addopJ(JUMP, end, Loc.NONE);
            useBlock(next);
            visitStmts(s.orelse());
        }
        useBlock(end);
    }

    // Compare CPython compile.c: compiler_for
    void compileFor(Stmt s, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        Loc loc = Loc.of(s);
        Block start = newBlock(), bodyB = newBlock(), cleanup = newBlock(), end = newBlock();
        pushFBlock(Unit.FType.FOR_LOOP, start, end, null, loc);
        visitExpr(Folding.foldIter(iter));
        addop(GET_ITER, loc);
        useBlock(start);
        addopJ(FOR_ITER, cleanup, loc);
        useBlock(bodyB);
        visitExpr(target);
        visitStmts(body);
        addopJ(JUMP, start, Loc.NONE);
        useBlock(cleanup);
        addop(END_FOR, Loc.NONE);
        popFBlock(Unit.FType.FOR_LOOP);
        visitStmts(orelse);
        useBlock(end);
    }

    // Compare CPython compile.c: compiler_while
    private void compileWhile(Stmt.While s) {
        Loc loc = Loc.of(s);
        Block loop = newBlock(), bodyB = newBlock(), anchor = newBlock(), end = newBlock();
        useBlock(loop);
        pushFBlock(Unit.FType.WHILE_LOOP, loop, end, null, loc);
        jumpIf(loc, s.test(), anchor, false);
        useBlock(bodyB);
        visitStmts(s.body());
        jumpIf(loc, s.test(), bodyB, true);
        popFBlock(Unit.FType.WHILE_LOOP);
        useBlock(anchor);
        visitStmts(s.orelse());
        useBlock(end);
    }

    // Compare CPython compile.c: compiler_return
    private void compileReturn(Stmt.Return s) {
        Loc loc = Loc.of(s);
        Expr value = s.value();
        // the AST optimizer has made folded expressions constants by now
        Object folded = value == null ? null : Folding.fold(value);
        boolean preserveTos = value != null && folded == null;
        if (!u.isFunctionLike()) {
            throw CompileError.syntax("'return' outside function", loc);
        }
        if (value != null && u.ste.coroutine && u.ste.generator) {
            throw CompileError.syntax("'return' with value in async generator", loc);
        }
        if (preserveTos) {
            visitExpr(value);
        } else if (value != null) {
            loc = Loc.of(value);
            addop(NOP, loc);
        }
        if (value == null || value.lineno() != s.lineno()) {
            loc = Loc.of(s);
            addop(NOP, loc);
        }
        Loc[] ploc = {loc};
        unwindFBlockStack(ploc, preserveTos, null);
        if (value == null) {
            loadConst(Constant.NONE, ploc[0]);
        } else if (!preserveTos) {
            loadConst(folded, ploc[0]);
        }
        addop(RETURN_VALUE, ploc[0]);
    }

    private void compileBreak(Loc loc) {
        addop(NOP, loc);
        Loc[] ploc = {loc};
        Unit.FBlock[] loop = {null};
        unwindFBlockStack(ploc, false, loop);
        if (loop[0] == null) {
            throw CompileError.syntax("'break' outside loop", loc);
        }
        unwindFBlock(ploc, loop[0], false);
        addopJ(JUMP, loop[0].exit(), ploc[0]);
    }

    private void compileContinue(Loc loc) {
        addop(NOP, loc);
        Loc[] ploc = {loc};
        Unit.FBlock[] loop = {null};
        unwindFBlockStack(ploc, false, loop);
        if (loop[0] == null) {
            throw CompileError.syntax("'continue' not properly in loop", loc);
        }
        addopJ(JUMP, loop[0].block(), ploc[0]);
    }

    void pushFBlock(Unit.FType t, Block b, Block exit, Object datum, Loc loc) {
        if (u.fblocks.size() >= 20) {
            throw CompileError.syntax("too many statically nested blocks", loc);
        }
        u.fblocks.push(new Unit.FBlock(t, b, exit, datum, loc));
    }

    void popFBlock(Unit.FType t) {
        Unit.FBlock f = u.fblocks.pop();
        if (f.type() != t) {
            throw new IllegalStateException("fblock mismatch " + f.type() + " " + t);
        }
    }

    // Compare CPython compile.c: compiler_unwind_fblock
    void unwindFBlock(Loc[] ploc, Unit.FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
                 STOP_ITERATION -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    addopI(SWAP, 2, ploc[0]);
                }
                addop(POP_TOP, ploc[0]);
            }
            case TRY_EXCEPT -> addop(POP_BLOCK, ploc[0]);
            case FINALLY_TRY -> {
                addop(POP_BLOCK, ploc[0]);
                if (preserveTos) {
                    pushFBlock(Unit.FType.POP_VALUE, null, null, null, ploc[0]);
                }
                @SuppressWarnings("unchecked")
                List<Stmt> fin = (List<Stmt>) info.datum();
                visitStmts(fin);
                if (preserveTos) {
                    popFBlock(Unit.FType.POP_VALUE);
                }
                ploc[0] = Loc.NONE;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    addopI(SWAP, 2, ploc[0]);
                }
                addop(POP_TOP, ploc[0]);
                if (preserveTos) {
                    addopI(SWAP, 2, ploc[0]);
                }
                addop(POP_BLOCK, ploc[0]);
                addop(POP_EXCEPT, ploc[0]);
            }
            case WITH, ASYNC_WITH -> {
                ploc[0] = info.loc();
                addop(POP_BLOCK, ploc[0]);
                if (preserveTos) {
                    addopI(SWAP, 2, ploc[0]);
                }
                callExitWithNones(ploc[0]);
                if (info.type() == Unit.FType.ASYNC_WITH) {
                    addopI(GET_AWAITABLE, 2, ploc[0]);
                    loadConst(Constant.NONE, ploc[0]);
                    Async.addYieldFrom(this, ploc[0], true);
                }
                addop(POP_TOP, ploc[0]);
                ploc[0] = Loc.NONE;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    addop(POP_BLOCK, ploc[0]);
                }
                if (preserveTos) {
                    addopI(SWAP, 2, ploc[0]);
                }
                addop(POP_BLOCK, ploc[0]);
                addop(POP_EXCEPT, ploc[0]);
                if (info.datum() != null) {
                    loadConst(Constant.NONE, ploc[0]);
                    nameop((String) info.datum(), ExprContext.Store, ploc[0]);
                    nameop((String) info.datum(), ExprContext.Del, ploc[0]);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    addopI(SWAP, 2, ploc[0]);
                }
                addop(POP_TOP, ploc[0]);
            }
        }
    }

    // Compare CPython compile.c: compiler_unwind_fblock_stack
    void unwindFBlockStack(Loc[] ploc, boolean preserveTos, Unit.FBlock[] loop) {
        if (u.fblocks.isEmpty()) {
            return;
        }
        Unit.FBlock top = u.fblocks.peek();
        if (top.type() == Unit.FType.EXCEPTION_GROUP_HANDLER) {
            throw CompileError.syntax("'break', 'continue' and 'return' cannot appear in an except* block", ploc[0]);
        }
        if (loop != null && (top.type() == Unit.FType.WHILE_LOOP || top.type() == Unit.FType.FOR_LOOP)) {
            loop[0] = top;
            return;
        }
        u.fblocks.pop();
        unwindFBlock(ploc, top, preserveTos);
        unwindFBlockStack(ploc, preserveTos, loop);
        u.fblocks.push(top);
    }

    void callExitWithNones(Loc loc) {
        loadConst(Constant.NONE, loc);
        loadConst(Constant.NONE, loc);
        loadConst(Constant.NONE, loc);
        addopI(CALL, 2, loc);
    }

    void popExceptAndReraise(Loc loc) {
        addopI(COPY, 3, loc);
        addop(POP_EXCEPT, loc);
        addopI(RERAISE, 1, loc);
    }

    // Compare CPython compile.c: compiler_try_finally
    void tryFinally(List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Loc loc,
                    boolean star) {
        Block bodyB = newBlock(), end = newBlock(), exit = newBlock(), cleanup = newBlock();
        addopJ(SETUP_FINALLY, end, loc);
        useBlock(bodyB);
        pushFBlock(Unit.FType.FINALLY_TRY, bodyB, end, finalbody, loc);
        if (!handlers.isEmpty()) {
            if (star) {
                TryStar.tryStarExcept(this, body, handlers, orelse, loc);
            } else {
                tryExcept(body, handlers, orelse, loc);
            }
        } else {
            visitStmts(body);
        }
        addop(POP_BLOCK, Loc.NONE);
        popFBlock(Unit.FType.FINALLY_TRY);
        visitStmts(finalbody);
        addopJ(JUMP, exit, Loc.NONE);
        useBlock(end);
        addopJ(SETUP_CLEANUP, cleanup, Loc.NONE);
        addop(PUSH_EXC_INFO, Loc.NONE);
        pushFBlock(Unit.FType.FINALLY_END, end, null, null, Loc.NONE);
        visitStmts(finalbody);
        popFBlock(Unit.FType.FINALLY_END);
        addopI(RERAISE, 0, Loc.NONE);
        useBlock(cleanup);
        popExceptAndReraise(Loc.NONE);
        useBlock(exit);
    }

    // Compare CPython compile.c: compiler_try_except
    void tryExcept(List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse, Loc loc) {
        Block bodyB = newBlock(), except = newBlock(), end = newBlock(), cleanup = newBlock();
        addopJ(SETUP_FINALLY, except, loc);
        useBlock(bodyB);
        pushFBlock(Unit.FType.TRY_EXCEPT, bodyB, null, null, loc);
        visitStmts(body);
        popFBlock(Unit.FType.TRY_EXCEPT);
        addop(POP_BLOCK, Loc.NONE);
        visitStmts(orelse);
        addopJ(JUMP, end, Loc.NONE);
        int n = handlers.size();
        useBlock(except);
        addopJ(SETUP_CLEANUP, cleanup, Loc.NONE);
        addop(PUSH_EXC_INFO, Loc.NONE);
        pushFBlock(Unit.FType.EXCEPTION_HANDLER, null, null, null, loc);
        for (int i = 0; i < n; i++) {
            Excepthandler.ExceptHandler h = (Excepthandler.ExceptHandler) handlers.get(i);
            Loc hloc = Loc.of(h);
            if (h.type() == null && i < n - 1) {
                throw CompileError.syntax("default 'except:' must be last", hloc);
            }
            Block nextExcept = newBlock();
            if (h.type() != null) {
                visitExpr(h.type());
                addop(CHECK_EXC_MATCH, hloc);
                addopJ(POP_JUMP_IF_FALSE, nextExcept, hloc);
            }
            if (h.name() != null) {
                Block cleanupEnd = newBlock(), cleanupBody = newBlock();
                nameop(h.name(), ExprContext.Store, hloc);
                addopJ(SETUP_CLEANUP, cleanupEnd, hloc);
                useBlock(cleanupBody);
                pushFBlock(Unit.FType.HANDLER_CLEANUP, cleanupBody, null, h.name(), hloc);
                visitStmts(h.body());
                popFBlock(Unit.FType.HANDLER_CLEANUP);
                addop(POP_BLOCK, Loc.NONE);
                addop(POP_BLOCK, Loc.NONE);
                addop(POP_EXCEPT, Loc.NONE);
                loadConst(Constant.NONE, Loc.NONE);
                nameop(h.name(), ExprContext.Store, Loc.NONE);
                nameop(h.name(), ExprContext.Del, Loc.NONE);
                addopJ(JUMP, end, Loc.NONE);
                useBlock(cleanupEnd);
                loadConst(Constant.NONE, Loc.NONE);
                nameop(h.name(), ExprContext.Store, Loc.NONE);
                nameop(h.name(), ExprContext.Del, Loc.NONE);
                addopI(RERAISE, 1, Loc.NONE);
            } else {
                Block cleanupBody = newBlock();
                addop(POP_TOP, hloc);
                useBlock(cleanupBody);
                pushFBlock(Unit.FType.HANDLER_CLEANUP, cleanupBody, null, null, hloc);
                visitStmts(h.body());
                popFBlock(Unit.FType.HANDLER_CLEANUP);
                addop(POP_BLOCK, Loc.NONE);
                addop(POP_EXCEPT, Loc.NONE);
                addopJ(JUMP, end, Loc.NONE);
            }
            useBlock(nextExcept);
        }
        popFBlock(Unit.FType.EXCEPTION_HANDLER);
        addopI(RERAISE, 0, Loc.NONE);
        useBlock(cleanup);
        popExceptAndReraise(Loc.NONE);
        useBlock(end);
    }

    // Compare CPython compile.c: compiler_with
    private void compileWith(Stmt.With s, int pos) {
        Withitem item = s.items().get(pos);
        Block block = newBlock(), fin = newBlock(), exit = newBlock(), cleanup = newBlock();
        visitExpr(item.context_expr());
        Loc loc = Loc.of(s);
        addop(BEFORE_WITH, loc);
        addopJ(SETUP_WITH, fin, loc);
        useBlock(block);
        pushFBlock(Unit.FType.WITH, block, fin, s, loc);
        if (item.optional_vars() != null) {
            visitExpr(item.optional_vars());
        } else {
            addop(POP_TOP, loc);
        }
        pos++;
        if (pos == s.items().size()) {
            visitStmts(s.body());
        } else {
            compileWith(s, pos);
        }
        addop(POP_BLOCK, Loc.NONE);
        popFBlock(Unit.FType.WITH);
        callExitWithNones(loc);
        addop(POP_TOP, loc);
        addopJ(JUMP, exit, loc);
        useBlock(fin);
        addopJ(SETUP_CLEANUP, cleanup, loc);
        addop(PUSH_EXC_INFO, loc);
        addop(WITH_EXCEPT_START, loc);
        withExceptFinish(cleanup);
        useBlock(exit);
    }

    // Compare CPython compile.c: compiler_with_except_finish
    void withExceptFinish(Block cleanup) {
        Block suppress = newBlock(), exit = newBlock();
        addopJ(POP_JUMP_IF_TRUE, suppress, Loc.NONE);
        addopI(RERAISE, 2, Loc.NONE);
        useBlock(suppress);
        addop(POP_TOP, Loc.NONE);
        addop(POP_BLOCK, Loc.NONE);
        addop(POP_EXCEPT, Loc.NONE);
        addop(POP_TOP, Loc.NONE);
        addop(POP_TOP, Loc.NONE);
        addopJ(JUMP, exit, Loc.NONE);
        useBlock(cleanup);
        popExceptAndReraise(Loc.NONE);
        useBlock(exit);
    }

    // Compare CPython compile.c: compiler_import
    private void compileImport(Stmt.Import s) {
        Loc loc = Loc.of(s);
        for (Alias a : s.names()) {
            loadConst(0L, loc);
            loadConst(Constant.NONE, loc);
            addopName(IMPORT_NAME, a.name(), loc);
            if (a.asname() != null) {
                importAs(loc, a.name(), a.asname());
            } else {
                String tmp = a.name();
                int dot = tmp.indexOf('.');
                if (dot >= 0) {
                    tmp = tmp.substring(0, dot);
                }
                nameop(tmp, ExprContext.Store, loc);
            }
        }
    }

    private void importAs(Loc loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                addopN(IMPORT_FROM, attr, loc);
                if (dot < 0) {
                    break;
                }
                addopI(SWAP, 2, loc);
                addop(POP_TOP, loc);
            }
            nameop(asname, ExprContext.Store, loc);
            addop(POP_TOP, loc);
            return;
        }
        nameop(asname, ExprContext.Store, loc);
    }

    // Compare CPython compile.c: compiler_from_import
    private void compileFromImport(Stmt.ImportFrom s) {
        Loc loc = Loc.of(s);
        loadConst((long) (s.level() == null ? 0 : s.level()), loc);
        Object[] names = new Object[s.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = s.names().get(i).name();
        }
        loadConst(new TupleConst(names), loc);
        addopName(IMPORT_NAME, s.module() != null ? s.module() : "", loc);
        for (int i = 0; i < names.length; i++) {
            Alias a = s.names().get(i);
            if (i == 0 && a.name().startsWith("*")) {
                addopI(CALL_INTRINSIC_1, 2, loc); // INTRINSIC_IMPORT_STAR
                addop(POP_TOP, Loc.NONE);
                return;
            }
            addopName(IMPORT_FROM, a.name(), loc);
            nameop(a.asname() != null ? a.asname() : a.name(), ExprContext.Store, loc);
        }
        addop(POP_TOP, loc);
    }

    // Compare CPython compile.c: compiler_augassign
    private void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        Loc loc = Loc.of(e);
        if (e instanceof Expr.Attribute a) {
            visitExpr(a.value());
            addopI(COPY, 1, loc);
            addopName(LOAD_ATTR, a.attr(), attrLoc(loc, a));
        } else if (e instanceof Expr.Subscript sub) {
            visitExpr(sub.value());
            if (isTwoElementSlice(sub.slice())) {
                slice((Expr.Slice) sub.slice());
                addopI(COPY, 3, loc);
                addopI(COPY, 3, loc);
                addopI(COPY, 3, loc);
                addop(BINARY_SLICE, loc);
            } else {
                visitExpr(sub.slice());
                addopI(COPY, 2, loc);
                addopI(COPY, 2, loc);
                addop(BINARY_SUBSCR, loc);
            }
        } else if (e instanceof Expr.Name n) {
            nameop(n.id(), ExprContext.Load, loc);
        } else {
            throw CompileError.syntax("invalid node type for augmented assignment", loc);
        }
        visitExpr(s.value());
        addopI(BINARY_OP, binop(s.op()) + 13, Loc.of(s));
        if (e instanceof Expr.Attribute a) {
            Loc l = attrLoc(loc, a);
            addopI(SWAP, 2, l);
            addopName(STORE_ATTR, a.attr(), l);
        } else if (e instanceof Expr.Subscript sub) {
            if (isTwoElementSlice(sub.slice())) {
                addopI(SWAP, 4, loc);
                addopI(SWAP, 3, loc);
                addopI(SWAP, 2, loc);
                addop(STORE_SLICE, loc);
            } else {
                addopI(SWAP, 3, loc);
                addopI(SWAP, 2, loc);
                addop(STORE_SUBSCR, loc);
            }
        } else if (e instanceof Expr.Name n) {
            nameop(n.id(), ExprContext.Store, loc);
        }
    }

    // Compare CPython compile.c: compiler_annassign
    private void annAssign(Stmt.AnnAssign s) {
        Loc loc = Loc.of(s);
        Expr targ = s.target();
        if (s.value() != null) {
            visitExpr(s.value());
            visitExpr(targ);
        }
        boolean moduleOrClass = u.kind == Unit.Kind.MODULE || u.kind == Unit.Kind.CLASS;
        if (targ instanceof Expr.Name n) {
            if (n.id().equals("__debug__")) {
                // forbidden_name in compiler_annassign
                throw CompileError.syntax("cannot assign to __debug__", loc);
            }
            if (s.simple() != 0 && moduleOrClass) {
                if (futureAnnotations) {
                    loadConst(Unparse.unparse(s.annotation()), Loc.of(s.annotation()));
                } else {
                    visitExpr(s.annotation());
                }
                addopN(LOAD_NAME, "__annotations__", loc);
                loadConst(mangle(n.id()), loc);
                addop(STORE_SUBSCR, loc);
            }
        } else if (targ instanceof Expr.Attribute a) {
            if (a.attr().equals("__debug__")) {
                throw CompileError.syntax("cannot assign to __debug__", loc); // forbidden_name, even without a value
            }
            if (s.value() == null) {
                visitExpr(a.value());
                addop(POP_TOP, Loc.of(a.value()));
            }
        } else if (targ instanceof Expr.Subscript sub) {
            if (s.value() == null) {
                visitExpr(sub.value());
                addop(POP_TOP, Loc.of(sub.value()));
                checkAnnSubscr(sub.slice());
            }
        } else {
            throw CompileError.syntax("invalid node type for annotated assignment", loc);
        }
        if (s.simple() == 0 && !futureAnnotations && moduleOrClass) {
            visitExpr(s.annotation());
            addop(POP_TOP, Loc.of(s.annotation()));
        }
    }

    private void checkAnnSubscr(Expr e) {
        if (e instanceof Expr.Slice sl) {
            for (Expr x : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
                if (x != null) {
                    visitExpr(x);
                    addop(POP_TOP, Loc.of(x));
                }
            }
        } else if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) {
                checkAnnSubscr(x);
            }
        } else {
            visitExpr(e);
            addop(POP_TOP, Loc.of(e));
        }
    }

    // ---- expressions ---------------------------------------------------------------------

    static int binop(Operator op) {
        return switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
    }

    /** The bytecode constant for an AST constant value. */
    static Object constValue(Object v) {
        if (v == org.pyvm.ast.Constants.NONE) {
            return Constant.NONE;
        }
        if (v == org.pyvm.ast.Constants.ELLIPSIS) {
            return Constant.ELLIPSIS;
        }
        if (v instanceof org.pyvm.ast.Constants.Complex c) {
            return new org.pyvm.bytecode.ComplexConst(c.real(), c.imag());
        }
        if (v instanceof org.pyvm.ast.Constants.Bytes b) {
            return new org.pyvm.bytecode.BytesConst(b.value());
        }
        if (v instanceof org.pyvm.ast.Constants.CodePoints cp) {
            // A str with surrogates written as escapes. A Java String holds a lone surrogate
            // as one char, but reads an escaped pair ("\ud83d\ude00") as one character:
            // such a constant keeps its code points (StrPoints), for marshal to write apart.
            int[] cps = cp.value();
            return org.pyvm.bytecode.StrPoints.needed(cps) ? new org.pyvm.bytecode.StrPoints(cps.clone())
                : new String(cps, 0, cps.length);
        }
        return v;
    }

    // Compare CPython compile.c: update_start_location_to_match_attr
    static Loc attrLoc(Loc loc, Expr.Attribute a) {
        if (loc.line() != a.end_lineno()) {
            int line = a.end_lineno();
            int len = Unparse.utf8Length(a.attr());
            int col = len <= a.end_col_offset() ? a.end_col_offset() - len : -1;
            int endCol = col < 0 ? -1 : loc.endCol();
            int endLine = Math.max(line, loc.endLine());
            if (line == endLine && col >= 0) {
                endCol = Math.max(col, endCol);
            }
            return new Loc(line, endLine, col, endCol);
        }
        return loc;
    }

    static boolean isTwoElementSlice(Expr e) {
        return e instanceof Expr.Slice s && s.step() == null;
    }

    int slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) {
            visitExpr(s.lower());
        } else {
            loadConst(Constant.NONE, Loc.of(s));
        }
        if (s.upper() != null) {
            visitExpr(s.upper());
        } else {
            loadConst(Constant.NONE, Loc.of(s));
        }
        if (s.step() != null) {
            n++;
            visitExpr(s.step());
        }
        return n;
    }

    void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            visitExpr(e);
        }
    }

    // Compare CPython compile.c: compiler_visit_expr1
    void visitExpr(Expr e) {
        Loc loc = Loc.of(e);
        Object folded = Folding.fold(e);
        if (folded != null) {
            loadConst(folded, loc);
            return;
        }
        if (e instanceof Expr.NamedExpr n) {
            visitExpr(n.value());
            addopI(COPY, 1, loc);
            visitExpr(n.target());
        } else if (e instanceof Expr.BoolOp b) {
            int jumpi = b.op() == Boolop.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
            Block end = newBlock();
            int n = b.values().size() - 1;
            for (int i = 0; i < n; i++) {
                visitExpr(b.values().get(i));
                addopI(COPY, 1, loc);
                addopJ(jumpi, end, loc);
                addop(POP_TOP, loc);
            }
            visitExpr(b.values().get(n));
            useBlock(end);
        } else if (e instanceof Expr.BinOp b && Folding.percentFormat(b) != null) {
            visitExpr(Folding.percentFormat(b));
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
            addopI(BINARY_OP, binop(b.op()), loc);
        } else if (e instanceof Expr.UnaryOp un && un.op() == org.pyvm.ast.Unaryop.Not && un.operand() instanceof Expr.Compare c && c.ops().size() == 1 && negated(c.ops().get(0)) != null) {
            // Compare CPython ast_opt.c: fold_unaryop (not (a is b) -> a is not b, in -> not in)
                visitExpr(new Expr.Compare(c.left(), List.of(negated(c.ops().get(0))), c.comparators(), c.lineno(),
                    c.col_offset(), c.end_lineno(), c.end_col_offset()));
        } else if (e instanceof Expr.UnaryOp un) {
            visitExpr(un.operand());
            switch (un.op()) {
                case UAdd -> addopI(CALL_INTRINSIC_1, 5, loc); // INTRINSIC_UNARY_POSITIVE
                case USub -> addop(UNARY_NEGATIVE, loc);
                case Invert -> addop(UNARY_INVERT, loc);
                case Not -> addop(UNARY_NOT, loc);
            }
        } else if (e instanceof Expr.Lambda l) {
            Functions.lambda(this, l);
        } else if (e instanceof Expr.IfExp i) {
            Block end = newBlock(), next = newBlock();
            jumpIf(loc, i.test(), next, false);
            visitExpr(i.body());
            addopJ(JUMP, end, Loc.NONE);
            useBlock(next);
            visitExpr(i.orelse());
            useBlock(end);
        } else if (e instanceof Expr.Dict d) {
            dict(d);
        } else if (e instanceof Expr.Set s) {
            starunpackHelper(loc, s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        } else if (e instanceof Expr.GeneratorExp g) {
            Comprehensions.comprehension(this, e, "genexpr", g.generators(), g.elt(), null);
        } else if (e instanceof Expr.ListComp g) {
            Comprehensions.comprehension(this, e, "listcomp", g.generators(), g.elt(), null);
        } else if (e instanceof Expr.SetComp g) {
            Comprehensions.comprehension(this, e, "setcomp", g.generators(), g.elt(), null);
        } else if (e instanceof Expr.DictComp g) {
            Comprehensions.comprehension(this, e, "dictcomp", g.generators(), g.key(),
                g.value());
        } else if (e instanceof Expr.Yield y) {
            if (!u.isFunctionLike()) {
                throw CompileError.syntax("'yield' outside function", loc);
            }
            if (y.value() != null) {
                visitExpr(y.value());
            } else {
                loadConst(Constant.NONE, loc);
            }
            addYield(loc);
        } else if (e instanceof Expr.YieldFrom y) {
            if (!u.isFunctionLike()) {
                throw CompileError.syntax("'yield' outside function", loc);
            }
            if (u.kind == Unit.Kind.ASYNC_FUNCTION) {
                throw CompileError.syntax("'yield from' inside async function", loc);
            }
            visitExpr(y.value());
            addop(GET_YIELD_FROM_ITER, loc);
            loadConst(Constant.NONE, loc);
            Async.addYieldFrom(this, loc, false);
        } else if (e instanceof Expr.Await a) {
            Async.await(this, a);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Constant c) {
            loadConst(constValue(c.value()), loc);
        } else if (e instanceof Expr.JoinedStr j) {
            if (j.values().size() > STACK_USE_GUIDELINE) {
                loadConst("", loc);
                addopName(LOAD_METHOD, "join", loc);
                addopI(BUILD_LIST, 0, loc);
                for (Expr v : j.values()) {
                    visitExpr(v);
                    addopI(LIST_APPEND, 1, loc);
                }
                addopI(CALL, 1, loc);
            } else {
                visitExprs(j.values());
                if (j.values().size() != 1) {
                    addopI(BUILD_STRING, j.values().size(), loc);
                }
            }
        } else if (e instanceof Expr.FormattedValue f) {
            visitExpr(f.value());
            int conv = f.conversion() == null ? -1 : f.conversion();
            int oparg = switch (conv) {
                case 's' -> 1;
                case 'r' -> 2;
                case 'a' -> 3;
                default -> 0;
            };
            if (f.format_spec() != null) {
                visitExpr(f.format_spec());
                oparg |= 4;
            }
            addopI(FORMAT_VALUE, oparg, loc);
        } else if (e instanceof Expr.Attribute a) {
            switch (a.ctx()) {
                case Load -> {
                    if (Functions.isSuperAttr(this, a)) {
                        Functions.loadSuperAttr(this, a, false);
                    } else {
                        visitExpr(a.value());
                        addopName(LOAD_ATTR, a.attr(), attrLoc(loc, a));
                    }
                }
                case Store -> {
                    visitExpr(a.value());
                    if (a.attr().equals("__debug__")) {
                        // forbidden_name in compiler_visit_expr1
                        throw CompileError.syntax("cannot assign to __debug__", attrLoc(loc, a));
                    }
                    addopName(STORE_ATTR, a.attr(), attrLoc(loc, a));
                }
                case Del -> {
                    visitExpr(a.value());
                    addopName(DELETE_ATTR, a.attr(), attrLoc(loc, a));
                }
            }
        } else if (e instanceof Expr.Subscript s) {
            if (s.ctx() == ExprContext.Load) {
                Checks.subscript(this, s.value(), s.slice());
            }
            if (s.ctx() != ExprContext.Del && isTwoElementSlice(s.slice())) {
                visitExpr(s.value());
                slice((Expr.Slice) s.slice());
                addop(s.ctx() == ExprContext.Load ? BINARY_SLICE : STORE_SLICE, loc);
            } else {
                visitExpr(s.value());
                visitExpr(s.slice());
                addop(switch (s.ctx()) {
                    case Load -> BINARY_SUBSCR;
                    case Store -> STORE_SUBSCR;
                    case Del -> DELETE_SUBSCR;
                }, loc);
            }
        } else if (e instanceof Expr.Starred s) {
            if (s.ctx() == ExprContext.Store) {
                throw CompileError.syntax("starred assignment target must be in a list or tuple", loc);
            }
            throw CompileError.syntax("can't use starred expression here", loc);
        } else if (e instanceof Expr.Slice s) {
            int n = slice(s);
            addopI(BUILD_SLICE, n, loc);
        } else if (e instanceof Expr.Name n) {
            if (n.ctx() == ExprContext.Load && n.id().equals("__debug__")) {
                loadConst(Folding.debugValue(), loc);
            } else {
                nameop(n.id(), n.ctx(), loc);
            }
        } else if (e instanceof Expr.List l) {
            switch (l.ctx()) {
                case Store -> assignmentHelper(loc, l.elts());
                case Load -> starunpackHelper(loc, l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                case Del -> visitExprs(l.elts());
            }
        } else if (e instanceof Expr.Tuple t) {
            switch (t.ctx()) {
                case Store -> assignmentHelper(loc, t.elts());
                case Load -> starunpackHelper(loc, t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                case Del -> visitExprs(t.elts());
            }
        }
    }

    void addYield(Loc loc) {
        if (u.ste.generator && u.ste.coroutine) {
            addopI(CALL_INTRINSIC_1, 4, loc); // INTRINSIC_ASYNC_GEN_WRAP
        }
        addopI(YIELD_VALUE, 0, loc);
        addopI(RESUME, 1, loc);
    }

    private static Cmpop negated(Cmpop op) {
        return switch (op) {
            case Is -> Cmpop.IsNot;
            case IsNot -> Cmpop.Is;
            case In -> Cmpop.NotIn;
            case NotIn -> Cmpop.In;
            default -> null;
        };
    }

    // Compare CPython compile.c: assignment_helper / unpack_helper
    private void assignmentHelper(Loc loc, List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw CompileError.syntax("too many expressions in star-unpacking assignment", loc);
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (elt instanceof Expr.Starred) {
                throw CompileError.syntax("multiple starred expressions in assignment", loc);
            }
        }
        if (!seenStar) {
            addopI(UNPACK_SEQUENCE, n, loc);
        }
        for (Expr elt : elts) {
            visitExpr(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

    // Compare CPython compile.c: starunpack_helper
    void starunpackHelper(Loc loc, List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && Folding.allConst(elts)) {
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = Folding.fold(elts.get(i));
            }
            Object folded = new TupleConst(items);
            if (tuple && pushed == 0) {
                loadConst(folded, loc);
            } else {
                if (add == SET_ADD) {
                    folded = Folding.frozenset(items);
                }
                addopI(build, pushed, loc);
                loadConst(folded, loc);
                addopI(extend, 1, loc);
                if (tuple) {
                    addopI(CALL_INTRINSIC_1, 6, loc); // INTRINSIC_LIST_TO_TUPLE
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!seenStar && !big) {
            visitExprs(elts);
            addopI(tuple ? BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            addopI(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred s) {
                if (!built) {
                    addopI(build, i + pushed, loc);
                    built = true;
                }
                visitExpr(s.value());
                addopI(extend, 1, loc);
            } else {
                visitExpr(elt);
                if (built) {
                    addopI(add, 1, loc);
                }
            }
        }
        if (tuple) {
            addopI(CALL_INTRINSIC_1, 6, loc);
        }
    }

    // Compare CPython compile.c: compiler_dict / compiler_subdict
    private void dict(Expr.Dict d) {
        Loc loc = Loc.of(d);
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = d.keys().get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addopI(BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visitExpr(d.values().get(i));
                addopI(DICT_UPDATE, 1, loc);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(d, i - elements, i + 1);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) {
                addopI(DICT_UPDATE, 1, loc);
            }
            haveDict = true;
        }
        if (!haveDict) {
            addopI(BUILD_MAP, 0, loc);
        }
    }

    private void subdict(Expr.Dict d, int begin, int end) {
        Loc loc = Loc.of(d);
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && Folding.allConst(d.keys().subList(begin, end))) {
            for (int i = begin; i < end; i++) {
                visitExpr(d.values().get(i));
            }
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                keys[i - begin] = Folding.fold(d.keys().get(i));
            }
            loadConst(new TupleConst(keys), loc);
            addopI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            addopI(BUILD_MAP, 0, loc);
        }
        for (int i = begin; i < end; i++) {
            visitExpr(d.keys().get(i));
            visitExpr(d.values().get(i));
            if (big) {
                addopI(MAP_ADD, 1, loc);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n, loc);
        }
    }

    static int cmpArg(Cmpop op) {
        return switch (op) {
            case Lt -> (0 << 4) | 2;
            case LtE -> (1 << 4) | 2 | 8;
            case Eq -> (2 << 4) | 8;
            case NotEq -> (3 << 4) | 1 | 2 | 4;
            case Gt -> (4 << 4) | 4;
            case GtE -> (5 << 4) | 4 | 8;
            default -> throw new IllegalArgumentException();
        };
    }

    void addCompare(Cmpop op, Loc loc) {
        switch (op) {
            case Is -> addopI(IS_OP, 0, loc);
            case IsNot -> addopI(IS_OP, 1, loc);
            case In -> addopI(CONTAINS_OP, 0, loc);
            case NotIn -> addopI(CONTAINS_OP, 1, loc);
            default -> addopI(COMPARE_OP, cmpArg(op), loc);
        }
    }

    // Compare CPython compile.c: compiler_compare
    private void compare(Expr.Compare e) {
        Checks.compare(this, e);
        Loc loc = Loc.of(e);
        int n = e.ops().size() - 1;
        visitExpr(e.left());
        if (n == 0) {
            visitExpr(Folding.foldIn(e.ops().get(0), e.comparators().get(0)));
            addCompare(e.ops().get(0), loc);
            return;
        }
        Block cleanup = newBlock();
        for (int i = 0; i < n; i++) {
            visitExpr(e.comparators().get(i)); // only the last operand folds (ast_opt.c: fold_compare)
            addopI(SWAP, 2, loc);
            addopI(COPY, 2, loc);
            addCompare(e.ops().get(i), loc);
            addopI(COPY, 1, loc);
            addopJ(POP_JUMP_IF_FALSE, cleanup, loc);
            addop(POP_TOP, loc);
        }
        visitExpr(Folding.foldIn(e.ops().get(n), e.comparators().get(n)));
        addCompare(e.ops().get(n), loc);
        Block end = newBlock();
        addopJ(JUMP, end, Loc.NONE);
        useBlock(cleanup);
        addopI(SWAP, 2, loc);
        addop(POP_TOP, loc);
        useBlock(end);
    }

    // Compare CPython compile.c: compiler_jump_if
    void jumpIf(Loc loc, Expr e, Block next, boolean cond) {
        if (e instanceof Expr.UnaryOp un && un.op() == org.pyvm.ast.Unaryop.Not && un.operand() instanceof Expr.Compare c && c.ops().size() == 1 && negated(c.ops().get(0)) != null) {
            // the AST optimizer has already made not (a in b) into a not in b
            jumpIf(loc, new Expr.Compare(c.left(), List.of(negated(c.ops().get(0))), c.comparators(), c.lineno(),
                c.col_offset(), c.end_lineno(), c.end_col_offset()), next, cond);
            return;
        } else if (e instanceof Expr.UnaryOp un && un.op() == org.pyvm.ast.Unaryop.Not && Folding.fold(e) == null) {
            jumpIf(loc, un.operand(), next, !cond);
            return;
        } else if (e instanceof Expr.BoolOp b) {
            List<Expr> s = b.values();
            int n = s.size() - 1;
            boolean cond2 = b.op() == Boolop.Or;
            Block next2 = next;
            if (cond2 != cond) {
                next2 = newBlock();
            }
            for (int i = 0; i < n; i++) {
                jumpIf(loc, s.get(i), next2, cond2);
            }
            jumpIf(loc, s.get(n), next, cond);
            if (next2 != next) {
                useBlock(next2);
            }
            return;
        } else if (e instanceof Expr.IfExp i) {
            Block end = newBlock(), next2 = newBlock();
            jumpIf(loc, i.test(), next2, false);
            jumpIf(loc, i.body(), next, cond);
            addopJ(JUMP, end, Loc.NONE);
            useBlock(next2);
            jumpIf(loc, i.orelse(), next, cond);
            useBlock(end);
            return;
        } else if (e instanceof Expr.Compare c && c.ops().size() > 1) {
            Checks.compare(this, c);
            Loc l = Loc.of(e);
            int n = c.ops().size() - 1;
            Block cleanup = newBlock();
            visitExpr(c.left());
            for (int i = 0; i < n; i++) {
                visitExpr(c.comparators().get(i)); // only the last operand folds
                addopI(SWAP, 2, l);
                addopI(COPY, 2, l);
                addCompare(c.ops().get(i), l);
                addopJ(POP_JUMP_IF_FALSE, cleanup, l);
            }
            visitExpr(Folding.foldIn(c.ops().get(n), c.comparators().get(n)));
            addCompare(c.ops().get(n), l);
            addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, l);
            Block end = newBlock();
            addopJ(JUMP, end, Loc.NONE);
            useBlock(cleanup);
            addop(POP_TOP, l);
            if (!cond) {
                addopJ(JUMP, next, Loc.NONE);
            }
            useBlock(end);
            return;
        }
        visitExpr(e);
        addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, Loc.of(e));
    }

    // ---- calls -------------------------------------------------------------------------

    /** compiler_check_debug_args: no parameter may be named __debug__. */
    void checkDebugArgs(org.pyvm.ast.Arguments args) {
        java.util.ArrayList<org.pyvm.ast.Arg> all = new java.util.ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (org.pyvm.ast.Arg a : all) {
            if (a.arg().equals("__debug__")) {
                throw CompileError.syntax("cannot assign to __debug__", Loc.of(a));
            }
        }
    }

    // Compare CPython compile.c: validate_keywords
    private void validateKeywords(List<Keyword> kws) {
        for (int i = 0; i < kws.size(); i++) {
            Keyword k = kws.get(i);
            if (k.arg() == null) {
                continue;
            }
            if (k.arg().equals("__debug__")) {
                throw CompileError.syntax("cannot assign to __debug__", Loc.of(k));
            }
            for (int j = i + 1; j < kws.size(); j++) {
                if (k.arg().equals(kws.get(j).arg())) {
                    throw CompileError.syntax("keyword argument repeated: " + k.arg(), Loc.of(kws.get(j)));
                }
            }
        }
    }

    // Compare CPython compile.c: compiler_call
    private void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        Checks.caller(this, e.func());
        addop(PUSH_NULL, Loc.of(e.func()));
        visitExpr(e.func());
        callHelper(Loc.of(e), 0, e.args(), e.keywords());
    }

    // Compare CPython compile.c: maybe_optimize_method_call
    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) {
            return false;
        }
        // Compare CPython compile.c: is_import_originated (only the module scope is checked)
        if (meth.value() instanceof Expr.Name n && (st.top.flags(n.id()) & Scope.DEF_IMPORT) != 0) {
            return false;
        }
        int argsl = e.args().size(), kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : e.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : e.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        Loc loc = Loc.of(meth);
        if (Functions.isSuperAttr(this, meth)) {
            Functions.loadSuperAttr(this, meth, true);
        } else {
            visitExpr(meth.value());
            loc = attrLoc(loc, meth);
            addopName(LOAD_METHOD, meth.attr(), loc);
        }
        visitExprs(e.args());
        if (kwdsl > 0) {
            for (Keyword k : e.keywords()) {
                visitExpr(k.value());
            }
            callSimpleKwHelper(loc, e.keywords());
        }
        addopI(CALL, argsl + kwdsl, attrLoc(Loc.of(e), meth));
        return true;
    }

    private void callSimpleKwHelper(Loc loc, List<Keyword> kws) {
        Object[] names = new Object[kws.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = kws.get(i).arg();
        }
        addopI(KW_NAMES, u.constIndex(new TupleConst(names)), loc);
    }

    // Compare CPython compile.c: compiler_call_helper
    void callHelper(Loc loc, int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size(), nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
            || args.stream().anyMatch(a -> a instanceof Expr.Starred)
            || keywords.stream().anyMatch(k -> k.arg() == null);
        if (!ex) {
            visitExprs(args);
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    visitExpr(k.value());
                }
                callSimpleKwHelper(loc, keywords);
            }
            addopI(CALL, n + nelts + nkwelts, loc);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else {
            starunpackHelper(loc, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) {
                            addopI(DICT_MERGE, 1, loc);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addopI(BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    visitExpr(kw.value());
                    addopI(DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    addopI(DICT_MERGE, 1, loc);
                }
            }
        }
        addopI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
    }

    private void subkwargs(Loc loc, List<Keyword> kws, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                visitExpr(kws.get(i).value());
                keys[i - begin] = kws.get(i).arg();
            }
            loadConst(new TupleConst(keys), loc);
            addopI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            addopI(BUILD_MAP, 0, Loc.NONE);
        }
        for (int i = begin; i < end; i++) {
            loadConst(kws.get(i).arg(), loc);
            visitExpr(kws.get(i).value());
            if (big) {
                addopI(MAP_ADD, 1, Loc.NONE);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n, loc);
        }
    }

    // ---- functions helpers used by Functions ---------------------------------------------

    /** Compiles defaults and keyword-only defaults; returns the MAKE_FUNCTION flags. */
    int defaultArguments(Loc loc, Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            visitExprs(args.defaults());
            addopI(BUILD_TUPLE, args.defaults().size(), loc);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Arg arg = args.kwonlyargs().get(i);
            Expr def = args.kw_defaults().get(i);
            if (def != null) {
                keys.add(mangle(arg.arg()));
                visitExpr(def);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new TupleConst(keys.toArray()), loc);
            addopI(BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        return flags;
    }

    // Compare CPython compile.c: compiler_make_closure
    void makeClosure(Loc loc, CodeObject co, int flags) {
        String[] frees = co.freevars();
        if (frees.length > 0) {
            for (String name : frees) {
                // Compare CPython compile.c: get_ref_type
                boolean cell = u.kind == Unit.Kind.CLASS && (name.equals("__class__") || name.equals("__classdict__"))
                    || u.ste.scopeOf(name) == Scope.CELL;
                addopDeref(LOAD_CLOSURE, name, loc, !cell && u.freevars.contains(name));
            }
            flags |= MAKE_FUNCTION_CLOSURE;
            addopI(BUILD_TUPLE, frees.length, loc);
        }
        loadConst(co, loc);
        addopI(MAKE_FUNCTION, flags, loc);
    }

    /** Comprehension helper access to the iterator-target idiom check. */
    static boolean singleElementIter(Comprehension gen) {
        Expr it = gen.iter();
        List<Expr> elts = it instanceof Expr.List l ? l.elts() : it instanceof Expr.Tuple t ? t.elts() : null;
        return elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred);
    }
}
