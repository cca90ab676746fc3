package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.ast.Arg;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.TypeParam;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Constant;

/**
 * Function, lambda and class definitions, the zero-argument {@code super()} shortcut
 * and PEP 695 type parameters. Compare CPython Python/compile.c: compiler_function,
 * compiler_lambda, compiler_class, compiler_class_body, compiler_type_params.
 */
final class Functions {

    private Functions() {}

    static void decorators(CodeGen g, List<Expr> decos) {
        g.visitExprs(decos);
    }

    static void applyDecorators(CodeGen g, List<Expr> decos) {
        for (int i = decos.size() - 1; i >= 0; i--) {
            g.addopI(CALL, 0, Loc.of(decos.get(i)));
        }
    }

    // Compare CPython compile.c: compiler_visit_annotations
    static int annotations(CodeGen g, Loc loc, Arguments args, Expr returns) {
        int[] len = {0};
        argAnnotations(g, loc, args.args(), len);
        argAnnotations(g, loc, args.posonlyargs(), len);
        if (args.vararg() != null && args.vararg().annotation() != null) {
            argAnnotation(g, loc, args.vararg().arg(), args.vararg().annotation(), len);
        }
        argAnnotations(g, loc, args.kwonlyargs(), len);
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            argAnnotation(g, loc, args.kwarg().arg(), args.kwarg().annotation(), len);
        }
        if (returns != null) {
            argAnnotation(g, loc, "return", returns, len);
        }
        if (len[0] > 0) {
            g.addopI(BUILD_TUPLE, len[0], loc);
            return 1;
        }
        return 0;
    }

    private static void argAnnotations(CodeGen g, Loc loc, List<Arg> args, int[] len) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                argAnnotation(g, loc, a.arg(), a.annotation(), len);
            }
        }
    }

    private static void argAnnotation(CodeGen g, Loc loc, String id, Expr annotation, int[] len) {
        g.loadConst(g.mangle(id), loc);
        if (g.futureAnnotations) {
            g.loadConst(Unparse.unparse(annotation), Loc.of(annotation));
        } else if (annotation instanceof Expr.Starred s) {
            // *args: *Ts (PEP 646)
            g.visitExpr(s.value());
            g.addopI(UNPACK_SEQUENCE, 1, loc); // the def's location, as compiler_visit_argannotation
        } else {
            g.visitExpr(annotation);
        }
        len[0] += 2;
    }

    // Compare CPython compile.c: compiler_function
    static void function(CodeGen g, Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decos,
                         Expr returns, List<TypeParam> typeParams, boolean isAsync) {
        g.checkDebugArgs(args);
        decorators(g, decos);
        int firstlineno = s.lineno();
        if (!decos.isEmpty()) {
            firstlineno = decos.get(0).lineno();
        }
        Loc loc = Loc.of(s);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // The NULL under the call of the type-parameter function, pushed before the
            // defaults it takes as arguments (CPython 3.12.1's compiler_function).
            g.addop(PUSH_NULL, loc);
        }
        int funcflags = g.defaultArguments(loc, args);
        int numArgs = 0;
        if (generic) {
            if ((funcflags & CodeGen.MAKE_FUNCTION_DEFAULTS) != 0) {
                numArgs++;
            }
            if ((funcflags & CodeGen.MAKE_FUNCTION_KWDEFAULTS) != 0) {
                numArgs++;
            }
            if (numArgs == 2) {
                g.addopI(SWAP, 2, loc);
            }
            g.enterScope("<generic parameters of " + name + ">", Unit.Kind.TYPEPARAMS,
                new IdentityKey(s), firstlineno);
            typeParamsCode(g, typeParams);
            for (int i = 0; i < numArgs; i++) {
                g.addopI(LOAD_FAST, i, loc);
            }
        }
        int ann = annotations(g, loc, args, returns);
        if (ann > 0) {
            funcflags |= CodeGen.MAKE_FUNCTION_ANNOTATIONS;
        }
        CodeObject co = functionBody(g, s, name, args, body, isAsync, firstlineno);
        g.makeClosure(loc, co, funcflags);
        if (generic) {
            g.addopI(SWAP, 2, loc);
            g.addopI(CALL_INTRINSIC_2, 4, loc); // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
            g.u.argcount = numArgs;
            g.addop(RETURN_VALUE, loc);
            CodeObject tco = g.finishUnitNoReturn();
            g.exitScope();
            g.makeClosure(loc, tco, 0);
            if (numArgs > 0) {
                g.addopI(SWAP, numArgs + 1, loc);
                g.addopI(CALL, numArgs, loc);
            } else {
                g.addopI(CALL, 0, loc);
            }
        }
        applyDecorators(g, decos);
        g.nameop(name, ExprContext.Store, loc);
    }

    private static CodeObject functionBody(CodeGen g, Stmt s, String name, Arguments args, List<Stmt> body,
                                           boolean isAsync, int firstlineno) {
        g.enterScope(name, isAsync ? Unit.Kind.ASYNC_FUNCTION : Unit.Kind.FUNCTION, s, firstlineno);
        // -OO: no docstring; a leading string is then an ordinary (constant) statement
        String doc = g.optimize < 2 ? CodeGen.docstring(body) : null;
        g.u.constIndex(doc != null ? doc : Constant.NONE);
        g.u.argcount = args.args().size();
        g.u.posonlyargcount = args.posonlyargs().size();
        g.u.kwonlyargcount = args.kwonlyargs().size();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            g.visitStmt(body.get(i));
        }
        if (g.u.ste.coroutine || g.u.ste.generator) {
            wrapInStopIterationHandler(g);
        }
        CodeObject co = g.finishUnit(true);
        g.exitScope();
        return co;
    }

    // Compare CPython compile.c: wrap_in_stopiteration_handler
    static void wrapInStopIterationHandler(CodeGen g) {
        Block handler = g.newBlock();
        Instr setup = new Instr(SETUP_CLEANUP, 0, handler, Loc.NONE);
        g.u.entry.instrs.add(0, setup);
        g.loadConst(Constant.NONE, Loc.NONE);
        g.addop(RETURN_VALUE, Loc.NONE);
        g.useBlock(handler);
        g.addopI(CALL_INTRINSIC_1, 3, Loc.NONE); // INTRINSIC_STOPITERATION_ERROR
        g.addopI(RERAISE, 1, Loc.NONE);
    }

    // Compare CPython compile.c: compiler_lambda
    static void lambda(CodeGen g, Expr.Lambda e) {
        g.checkDebugArgs(e.args());
        Loc loc = Loc.of(e);
        int funcflags = g.defaultArguments(loc, e.args());
        g.enterScope("<lambda>", Unit.Kind.LAMBDA, e, e.lineno());
        g.u.constIndex(Constant.NONE);
        g.u.argcount = e.args().args().size();
        g.u.posonlyargcount = e.args().posonlyargs().size();
        g.u.kwonlyargcount = e.args().kwonlyargs().size();
        g.visitExpr(e.body());
        CodeObject co;
        if (g.u.ste.generator) {
            co = g.finishUnit(false);
        } else {
            g.addop(RETURN_VALUE, new Loc(e.lineno(), e.lineno(), 0, 0));
            co = g.finishUnit(true);
        }
        g.exitScope();
        g.makeClosure(loc, co, funcflags);
    }

    // Compare CPython compile.c: compiler_class
    static void classDef(CodeGen g, Stmt.ClassDef s) {
        List<Expr> decos = s.decorator_list();
        decorators(g, decos);
        int firstlineno = s.lineno();
        if (!decos.isEmpty()) {
            firstlineno = decos.get(0).lineno();
        }
        Loc loc = Loc.of(s);
        boolean generic = !s.type_params().isEmpty();
        if (generic) {
            g.addop(PUSH_NULL, loc);
            g.enterScope("<generic parameters of " + s.name() + ">", Unit.Kind.TYPEPARAMS,
                new IdentityKey(s), firstlineno);
            g.u.privateName = s.name();
            typeParamsCode(g, s.type_params());
            g.nameop(".type_params", ExprContext.Store, loc);
        }
        CodeObject co = classBody(g, s, firstlineno);
        g.addop(PUSH_NULL, loc);
        g.addop(LOAD_BUILD_CLASS, loc);
        g.makeClosure(loc, co, 0);
        g.loadConst(s.name(), loc);
        if (generic) {
            List<Expr> bases = new ArrayList<>(s.bases());
            // bases + Generic[*type_params]
            g.nameop(".type_params", ExprContext.Load, loc);
            g.addopI(CALL_INTRINSIC_1, 10, loc); // INTRINSIC_SUBSCRIPT_GENERIC
            g.nameop(".generic_base", ExprContext.Store, loc);
            bases.add(new Expr.Name(".generic_base", ExprContext.Load, s.lineno(), s.col_offset(), s.end_lineno(),
                s.end_col_offset()));
            g.callHelper(loc, 2, bases, s.keywords());
            g.addop(RETURN_VALUE, loc);
            CodeObject tco = g.finishUnitNoReturn();
            g.exitScope();
            g.makeClosure(loc, tco, 0);
            g.addopI(CALL, 0, loc);
        } else {
            g.callHelper(loc, 2, s.bases(), s.keywords());
        }
        applyDecorators(g, decos);
        g.nameop(s.name(), ExprContext.Store, loc);
    }

    // Compare CPython compile.c: compiler_class_body
    private static CodeObject classBody(CodeGen g, Stmt.ClassDef s, int firstlineno) {
        g.enterScope(s.name(), Unit.Kind.CLASS, s, firstlineno);
        Loc loc = new Loc(firstlineno, firstlineno, 0, 0);
        g.u.privateName = s.name();
        g.nameop("__name__", ExprContext.Load, loc);
        g.nameop("__module__", ExprContext.Store, loc);
        g.loadConst(g.u.qualname, loc);
        g.nameop("__qualname__", ExprContext.Store, loc);
        if (!s.type_params().isEmpty()) {
            g.nameop(".type_params", ExprContext.Load, loc);
            g.nameop("__type_params__", ExprContext.Store, loc);
        }
        if (g.u.ste.needsClassDict) {
            g.addop(LOAD_LOCALS, loc);
            g.addopDeref(STORE_DEREF, "__classdict__", loc);
        }
        g.body(s.body(), loc);
        if (g.u.ste.needsClassDict) {
            g.addopDeref(LOAD_CLOSURE, "__classdict__", Loc.NONE);
            g.addopN(STORE_NAME, "__classdictcell__", Loc.NONE);
        }
        if (g.u.ste.needsClassClosure) {
            g.addopDeref(LOAD_CLOSURE, "__class__", Loc.NONE);
            g.addopI(COPY, 1, Loc.NONE);
            g.addopN(STORE_NAME, "__classcell__", Loc.NONE);
        } else {
            g.loadConst(Constant.NONE, Loc.NONE);
        }
        g.addop(RETURN_VALUE, Loc.NONE);
        CodeObject co = g.finishUnitNoReturn();
        g.exitScope();
        return co;
    }

    // Compare CPython compile.c: compiler_type_params
    static void typeParamsCode(CodeGen g, List<TypeParam> tps) {
        Loc loc = Loc.NONE;
        for (TypeParam tp : tps) {
            loc = Loc.of(tp);
            if (tp instanceof TypeParam.TypeVar tv) {
                g.loadConst(tv.name(), loc);
                if (tv.bound() != null) {
                    boundFunction(g, tv);
                    g.addopI(CALL_INTRINSIC_2, tv.bound() instanceof Expr.Tuple ? 3 : 2, loc);
                } else {
                    g.addopI(CALL_INTRINSIC_1, 7, loc); // INTRINSIC_TYPEVAR
                }
                g.addopI(COPY, 1, loc);
                g.nameop(tv.name(), ExprContext.Store, loc);
            } else if (tp instanceof TypeParam.TypeVarTuple t) {
                g.loadConst(t.name(), loc);
                g.addopI(CALL_INTRINSIC_1, 9, loc);
                g.addopI(COPY, 1, loc);
                g.nameop(t.name(), ExprContext.Store, loc);
            } else if (tp instanceof TypeParam.ParamSpec p) {
                g.loadConst(p.name(), loc);
                g.addopI(CALL_INTRINSIC_1, 8, loc);
                g.addopI(COPY, 1, loc);
                g.nameop(p.name(), ExprContext.Store, loc);
            }
        }
        g.addopI(BUILD_TUPLE, tps.size(), Loc.of(tps.get(0)));
    }

    private static void boundFunction(CodeGen g, TypeParam.TypeVar tv) {
        Loc loc = Loc.of(tv);
        g.enterScope(tv.name(), Unit.Kind.TYPEPARAMS, tv, tv.lineno());
        g.visitExpr(tv.bound());
        g.addop(RETURN_VALUE, loc);
        // optimize_and_assemble(c, 1): the unreachable "return None" it adds leaves None
        // among the constants when it is the first (remove_unused_consts keeps index 0).
        CodeObject co = g.finishUnit(true);
        g.exitScope();
        g.makeClosure(loc, co, 0);
    }

    // Compare CPython compile.c: compiler_typealias
    static void typeAlias(CodeGen g, Stmt.TypeAlias s) {
        Loc loc = Loc.of(s);
        String name = ((Expr.Name) s.name()).id();
        boolean generic = !s.type_params().isEmpty();
        if (generic) {
            g.addop(PUSH_NULL, loc);
            g.enterScope("<generic parameters of " + name + ">", Unit.Kind.TYPEPARAMS,
                new IdentityKey(s), s.lineno());
            g.loadConst(name, loc);
            typeParamsCode(g, s.type_params());
        } else {
            g.loadConst(name, loc);
            g.loadConst(Constant.NONE, loc);
        }
        // A function scope, as compile.c: compiler_typealias_body enters it: a lambda in the
        // value is named "Alias.<locals>.<lambda>".
        g.enterScope(name, Unit.Kind.FUNCTION, s, s.lineno());
        g.u.constIndex(Constant.NONE); // no docstring for the value function
        g.visitExpr(s.value());
        g.addop(RETURN_VALUE, loc);
        CodeObject co = g.finishUnitNoReturn();
        g.exitScope();
        g.makeClosure(loc, co, 0);
        g.addopI(BUILD_TUPLE, 3, loc);
        g.addopI(CALL_INTRINSIC_1, 11, loc); // INTRINSIC_TYPEALIAS
        if (generic) {
            g.addop(RETURN_VALUE, loc);
            CodeObject tco = g.finishUnitNoReturn();
            g.exitScope();
            g.makeClosure(loc, tco, 0);
            g.addopI(CALL, 0, loc);
        }
        g.nameop(name, ExprContext.Store, loc);
    }

    // ---- super() -----------------------------------------------------------------------

    // Compare CPython compile.c: can_optimize_super_call
    static boolean isSuperAttr(CodeGen g, Expr.Attribute attr) {
        if (!(attr.value() instanceof Expr.Call call) || !(call.func() instanceof Expr.Name n)
            || !n.id().equals("super") || n.ctx() != ExprContext.Load || attr.attr().equals("__class__")) {
            return false;
        }
        Unit u = g.u;
        if (!u.inlined.isEmpty()) {
            for (Unit.InlinedComp ic : u.inlined) {
                if (ic.scope().symbols.containsKey("super")) {
                    return false;
                }
            }
        }
        if (u.ste.scopeOf("super") != Scope.GLOBAL_IMPLICIT) {
            return false;
        }
        if (!call.keywords().isEmpty()) {
            return false;
        }
        int nargs = call.args().size();
        if (nargs != 0 && nargs != 2) {
            return false;
        }
        for (Expr a : call.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        // Observed in CPython 3.12: a module that itself uses the name super, and code outside
        // functions, keep the plain call
        if (st(g).top.symbols.containsKey("super") || !u.isFunctionLike()) {
            return false;
        }
        if (nargs == 0) {
            if (u.kind != Unit.Kind.FUNCTION && u.kind != Unit.Kind.ASYNC_FUNCTION) {
                return false;
            }
            if (u.argcount + u.posonlyargcount == 0 && !u.ste.varargs) {
                return false;
            }
            if (!u.freevars.contains("__class__")) {
                return false;
            }
        }
        return true;
    }

    private static SymbolTable st(CodeGen g) {
        return g.st;
    }

    // Compare CPython compile.c: load_args_for_super
    static void loadSuperAttr(CodeGen g, Expr.Attribute attr, boolean method) {
        Expr.Call call = (Expr.Call) attr.value();
        Expr.Name superName = (Expr.Name) call.func();
        Loc loc = Loc.of(call);
        g.nameop("super", ExprContext.Load, Loc.of(superName));
        if (call.args().size() == 2) {
            g.visitExpr(call.args().get(0));
            g.visitExpr(call.args().get(1));
        } else {
            g.addopDeref(LOAD_DEREF, "__class__", loc, g.u.ste.scopeOf("__class__") == Scope.FREE);
            String first;
            if (g.u.argcount + g.u.posonlyargcount > 0) {
                first = g.u.varnames.keySet().iterator().next();
            } else {
                first = g.u.ste.varnames.get(g.u.kwonlyargcount + g.u.argcount + g.u.posonlyargcount);
            }
            g.nameop(first, ExprContext.Load, loc);
        }
        // The whole attribute's location, then a NOP at the attribute's own (compile.c:
        // compiler_visit_expr1's Attribute case, maybe_optimize_method_call).
        int idx = g.u.nameIndex(g.mangle(attr.attr()));
        int arg = (idx << 2) | (call.args().size() == 2 ? 2 : 0) | (method ? 1 : 0);
        g.addopI(LOAD_SUPER_ATTR, arg, Loc.of(attr));
        g.addop(NOP, CodeGen.attrLoc(Loc.of(attr), attr));
    }
}
