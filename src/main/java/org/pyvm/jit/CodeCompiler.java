package org.pyvm.jit;

import static org.pyvm.bytecode.Opcode.*;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.bytecode.Opcode;
import org.pyvm.bytecode.StackEffect;
import org.pyvm.interp.JitCode;
import org.pyvm.interp.JitSupport;
import org.pyvm.runtime.PyCode;

/**
 * Turns one code object into a hidden JVM class implementing {@link JitCode}: a baseline
 * compiler, instruction by instruction, with no speculation of its own.
 *
 * <p>The compiled method works on the interpreter's own frame. Python locals stay in the
 * frame's {@code fast} array (frame.f_locals, tracebacks and the interpreter see them);
 * the value stack, whose depth at each instruction is known statically (computed here as
 * the compiler's stack-depth pass does), lives in JVM locals, one per stack slot, so the
 * JVM keeps it in registers: no pc, no sp, no dispatch, jumps are gotos. The values are
 * written back into the frame ("spilled") only where the interpreter takes over:
 * <ul>
 * <li>an instruction outside the supported set: the rest of the invocation runs in the
 * interpreter from that instruction ({@link JitSupport#deopt});
 * <li>tracing switched on during a call or at a backward jump: likewise;
 * <li>an exception: one JVM handler over the whole body spills every stack slot and
 * hands the frame to the interpreter's unwinding ({@link JitSupport#unwind}), which
 * adds the traceback entry and continues at this frame's Python handler in the
 * interpreter, or lets the exception propagate. So handler blocks (only reachable
 * through the exception table) are never compiled.
 * </ul>
 * Before every instruction that can run Python code or raise, f.lasti is set to its
 * offset, as Eval.loop does, so tracebacks, f_lineno and the inline caches (indexed by
 * lasti) see the same values. Rarer instructions run the interpreter's helper on the
 * spilled stack ({@link JitSupport#generic}).
 */
final class CodeCompiler {

    /** HotSpot compiles no method longer than this (HugeMethodLimit): such code would run slower than the interpreter. */
    private static final int MAX_JVM_CODE = 8000;

    private static final ClassDesc CD_OBJ = ClassDesc.of("org.pyvm.runtime.PyObject");
    private static final ClassDesc CD_OBJS = CD_OBJ.arrayType();
    private static final ClassDesc CD_FRAME = ClassDesc.of("org.pyvm.interp.Frame");
    private static final ClassDesc CD_SUPPORT = ClassDesc.of("org.pyvm.interp.JitSupport");
    private static final ClassDesc CD_OPS = ClassDesc.of("org.pyvm.jit.JitOps");
    private static final ClassDesc CD_STORE = ClassDesc.of("org.pyvm.runtime.ArrayStore");
    private static final ClassDesc CD_TRACING = ClassDesc.of("org.pyvm.runtime.Tracing");
    private static final ClassDesc CD_EXC = ClassDesc.of("org.pyvm.runtime.PyBaseException");
    private static final ClassDesc CD_JITCODE = ClassDesc.of("org.pyvm.interp.JitCode");

    private static final MethodTypeDesc MT_RUN = MethodTypeDesc.of(CD_OBJ, CD_FRAME);
    private static final MethodTypeDesc MT_OO_O = MethodTypeDesc.of(CD_OBJ, CD_OBJ, CD_OBJ);
    private static final MethodTypeDesc MT_OOI_O = MethodTypeDesc.of(CD_OBJ, CD_OBJ, CD_OBJ, ConstantDescs.CD_int);
    private static final MethodTypeDesc MT_O_O = MethodTypeDesc.of(CD_OBJ, CD_OBJ);
    private static final MethodTypeDesc MT_O_Z = MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_OBJ);
    private static final MethodTypeDesc MT_FI_O = MethodTypeDesc.of(CD_OBJ, CD_FRAME, ConstantDescs.CD_int);
    private static final MethodTypeDesc MT_FI_V = MethodTypeDesc.of(ConstantDescs.CD_void, CD_FRAME, ConstantDescs.CD_int);
    private static final MethodTypeDesc MT_V = MethodTypeDesc.of(ConstantDescs.CD_void);
    private static final MethodTypeDesc MT_SPILLED = MethodTypeDesc.of(ConstantDescs.CD_int, CD_FRAME, CD_OBJS,
        ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int);

    // JVM locals of the compiled method.
    private static final int F = 1;
    private static final int S = 2;
    private static final int CONSTS = 3;
    private static final int TMP = 4;
    private static final int STACK0 = 5;

    private final PyCode code;
    private final int base;
    private final List<Insn> insns = new ArrayList<>();
    /** Instruction index by byte offset (both the EXTENDED_ARG start and the opcode's own offset), -1 elsewhere. */
    private final int[] indexAt;
    private final Label[] labels;
    private final List<Stub> stubs = new ArrayList<>();

    /** One decoded instruction: START is where its EXTENDED_ARGs begin, AT its opcode, NEXT the following one. */
    private record Insn(int start, int at, int op, int arg, int next) {}

    /** An exit to the interpreter at PC with DEPTH stack values, emitted out of the try range. */
    private record Stub(Label label, int pc, int depth) {}

    private CodeCompiler(PyCode code) {
        this.code = code;
        this.base = code.localsplusnames.length;
        byte[] bc = code.bytecode;
        this.indexAt = new int[bc.length + 2];
        java.util.Arrays.fill(indexAt, -1);
        int pc = 0;
        while (pc < bc.length) {
            int start = pc;
            int op = bc[pc] & 0xff;
            int arg = bc[pc + 1] & 0xff;
            while (op == EXTENDED_ARG) {
                pc += 2;
                if (pc >= bc.length) {
                    throw new IllegalStateException("EXTENDED_ARG at the end");
                }
                op = bc[pc] & 0xff;
                arg = ((arg << 8) | (bc[pc + 1] & 0xff)) & 0x3fffffff;
            }
            int next = pc + 2 + 2 * Opcode.cacheEntries(op);
            indexAt[start] = insns.size();
            indexAt[pc] = insns.size();
            insns.add(new Insn(start, pc, op, arg, next));
            pc = next;
        }
        this.labels = new Label[insns.size()];
    }

    /** Compiles CODE to a new instance of a hidden class, or throws saying why not. */
    static JitCode compile(PyCode code, MethodHandles.Lookup lookup) throws Throwable {
        CodeCompiler c = new CodeCompiler(code);
        int[] depth = c.depths();
        byte[] bytes = c.generate(depth);
        int size = ClassFile.of().parse(bytes).methods().stream()
            .filter(m -> m.methodName().equalsString("run"))
            .mapToInt(m -> m.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength).orElse(0))
            .max().orElse(0);
        if (size > MAX_JVM_CODE) {
            throw new IllegalStateException("too large for the JVM's compiler (" + size + " bytes)");
        }
        MethodHandles.Lookup h = lookup.defineHiddenClass(bytes, true);
        return (JitCode) h.findConstructor(h.lookupClass(), MethodType.methodType(void.class)).invoke();
    }

    // ---- analysis ----

    /** Whether the compiled code runs OP itself (else: an exit to the interpreter). */
    private static boolean supported(int op) {
        return switch (op) {
            case NOP, RESUME, LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_AND_CLEAR, STORE_FAST, DELETE_FAST, LOAD_CONST,
                 POP_TOP, PUSH_NULL, END_FOR, COPY, SWAP, UNARY_NEGATIVE, UNARY_NOT, BINARY_OP, COMPARE_OP, IS_OP,
                 CONTAINS_OP, BINARY_SUBSCR, STORE_SUBSCR, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                 POP_JUMP_IF_NOT_NONE, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, GET_ITER, FOR_ITER,
                 LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, KW_NAMES, CALL, RETURN_VALUE, RETURN_CONST, LIST_APPEND,
                 MAKE_CELL, COPY_FREE_VARS, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, RAISE_VARARGS -> true;
            default -> JitSupport.isGeneric(op);
        };
    }

    /**
     * The stack depth before each instruction reachable from the entry without an
     * exception (-1: not reachable so; those run only in the interpreter).
     */
    private int[] depths() {
        int n = insns.size();
        int[] depth = new int[n];
        java.util.Arrays.fill(depth, -1);
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        reach(depth, work, 0, 0);
        while (!work.isEmpty()) {
            int i = work.pop();
            Insn in = insns.get(i);
            int d = depth[i];
            int op = in.op;
            if (!supported(op) || op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS) {
                continue;
            }
            switch (op) {
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                    reach(depth, work, target(in), d - 1);
                    reach(depth, work, in.next, d - 1);
                }
                case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> reach(depth, work, target(in), d);
                case FOR_ITER -> {
                    reach(depth, work, target(in) + 2, d - 1);
                    reach(depth, work, in.next, d + 1);
                }
                default -> {
                    if (Opcode.jump(op) != Opcode.Jump.NONE) {
                        throw new IllegalStateException("unexpected jump " + Opcode.name(op));
                    }
                    reach(depth, work, in.next, d + StackEffect.of(op, in.arg, false));
                }
            }
        }
        return depth;
    }

    private int target(Insn in) {
        return Opcode.jumpTarget(in.at, in.op, in.arg);
    }

    private void reach(int[] depth, java.util.ArrayDeque<Integer> work, int offset, int d) {
        if (offset < 0 || offset >= indexAt.length || indexAt[offset] < 0) {
            throw new IllegalStateException("jump outside the code: " + offset);
        }
        if (d < 0 || d > code.stacksize) {
            throw new IllegalStateException("stack depth " + d + " at " + offset);
        }
        int i = indexAt[offset];
        if (depth[i] < 0) {
            depth[i] = d;
            work.push(i);
        } else if (depth[i] != d) {
            throw new IllegalStateException("inconsistent stack depth at " + offset);
        }
    }

    // ---- code generation ----

    private byte[] generate(int[] depth) {
        ClassDesc self = ClassDesc.of("org.pyvm.jit.Compiled");
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.ofClassLoading(CodeCompiler.class.getClassLoader())));
        return cf.build(self, clb -> {
            clb.withFlags(AccessFlag.PUBLIC, AccessFlag.FINAL, AccessFlag.SYNTHETIC);
            clb.withInterfaceSymbols(CD_JITCODE);
            clb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, cb -> {
                cb.aload(0);
                cb.invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                cb.return_();
            });
            clb.withMethodBody("run", MT_RUN, ClassFile.ACC_PUBLIC, cb -> body(cb, depth));
        });
    }

    private void body(CodeBuilder cb, int[] depth) {
        for (int i = 0; i < labels.length; i++) {
            labels[i] = cb.newLabel();
        }
        cb.aload(F);
        cb.invokestatic(CD_SUPPORT, "fast", MethodTypeDesc.of(CD_OBJS, CD_FRAME));
        cb.astore(S);
        cb.aload(F);
        cb.invokestatic(CD_SUPPORT, "consts", MethodTypeDesc.of(CD_OBJS, CD_FRAME));
        cb.astore(CONSTS);
        for (int k = 0; k < code.stacksize; k++) {
            cb.aconst_null();
            cb.astore(STACK0 + k);
        }
        // Entry: at the first instruction, or at a loop head when the interpreter hands a
        // running frame over (on-stack replacement, JitHook.backEdge): its stack values are
        // in the frame.
        List<java.lang.classfile.instruction.SwitchCase> entries = new ArrayList<>();
        List<Integer> entryInsns = new ArrayList<>();
        for (int i = 0; i < insns.size(); i++) {
            Insn in = insns.get(i);
            if (depth[i] >= 0 && in.op == JUMP_BACKWARD) {
                int t = indexAt[target(in)];
                if (!entryInsns.contains(t)) {
                    entryInsns.add(t);
                    entries.add(java.lang.classfile.instruction.SwitchCase.of(insns.get(t).start, cb.newLabel()));
                }
            }
        }
        Label otherEntry = cb.newLabel();
        Label tryStart = cb.newBoundLabel();
        cb.aload(F);
        support(cb, "pc", MethodTypeDesc.of(ConstantDescs.CD_int, CD_FRAME));
        List<java.lang.classfile.instruction.SwitchCase> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparingInt(java.lang.classfile.instruction.SwitchCase::caseValue));
        cb.lookupswitch(otherEntry, sorted);
        for (int i = 0; i < insns.size(); i++) {
            if (depth[i] < 0) {
                continue;
            }
            cb.labelBinding(labels[i]);
            Insn in = insns.get(i);
            boolean kw = i > 0 && insns.get(i - 1).op == KW_NAMES;
            instruction(cb, in, depth[i], kw);
        }
        Label tryEnd = cb.newBoundLabel();
        // Not at the start nor at a loop head compiled here (say a loop in an exception
        // handler, which only the interpreter runs): the interpreter goes on.
        cb.labelBinding(otherEntry);
        cb.aload(F);
        support(cb, "pc", MethodTypeDesc.of(ConstantDescs.CD_int, CD_FRAME));
        cb.ifeq(labels[0]);
        cb.aload(F);
        support(cb, "stayInterpreted", MT_RUN);
        cb.areturn();
        for (int e = 0; e < entries.size(); e++) {
            int t = entryInsns.get(e);
            cb.labelBinding(entries.get(e).target());
            reload(cb, depth[t]);
            cb.goto_(labels[t]);
        }
        // Exits to the interpreter, outside the handler's range: an error the interpreter
        // raises after taking over must not be unwound here a second time.
        for (Stub st : stubs) {
            cb.labelBinding(st.label);
            spill(cb, st.depth);
            cb.aload(F);
            cb.loadConstant(st.pc);
            cb.loadConstant(base + st.depth);
            cb.invokestatic(CD_SUPPORT, "deopt", MethodTypeDesc.of(CD_OBJ, CD_FRAME, ConstantDescs.CD_int, ConstantDescs.CD_int));
            cb.areturn();
        }
        Label handler = cb.newBoundLabel();
        cb.astore(TMP);
        spill(cb, code.stacksize);
        cb.aload(F);
        cb.aload(TMP);
        cb.invokestatic(CD_SUPPORT, "unwind", MethodTypeDesc.of(CD_OBJ, CD_FRAME, ConstantDescs.CD_Throwable));
        cb.areturn();
        cb.exceptionCatch(tryStart, tryEnd, handler, ConstantDescs.CD_Throwable);
    }

    private int slot(int k) {
        return STACK0 + k;
    }

    private Label label(int offset) {
        return labels[indexAt[offset]];
    }

    /** A new exit to the interpreter at PC with D stack values (emitted after the body). */
    private Label newStub(CodeBuilder cb, int pc, int d) {
        Label l = cb.newLabel();
        stubs.add(new Stub(l, pc, d));
        return l;
    }

    /** Writes the stack values 0..D-1 into the frame. */
    private void spill(CodeBuilder cb, int d) {
        for (int k = 0; k < d; k++) {
            cb.aload(S);
            cb.loadConstant(base + k);
            cb.aload(slot(k));
            cb.aastore();
        }
    }

    /** Reads the stack values 0..D-1 back from the frame, clearing them there (as the interpreter keeps the frame's stack clean above sp). */
    private void reload(CodeBuilder cb, int d) {
        for (int k = 0; k < d; k++) {
            cb.aload(S);
            cb.loadConstant(base + k);
            cb.aaload();
            cb.astore(slot(k));
            cb.aload(S);
            cb.loadConstant(base + k);
            cb.aconst_null();
            cb.aastore();
        }
    }

    private void lasti(CodeBuilder cb, Insn in) {
        cb.aload(F);
        cb.loadConstant(in.at);
        cb.invokestatic(CD_SUPPORT, "lasti", MT_FI_V);
    }

    private void ops(CodeBuilder cb, String name, MethodTypeDesc t) {
        cb.invokestatic(CD_OPS, name, t);
    }

    private void support(CodeBuilder cb, String name, MethodTypeDesc t) {
        cb.invokestatic(CD_SUPPORT, name, t);
    }

    /** After a call: if tracing came on, the interpreter continues (it instruments the frame). */
    private void tracingExit(CodeBuilder cb, int pc, int d) {
        cb.getstatic(CD_TRACING, "active", ConstantDescs.CD_boolean);
        cb.ifne(newStub(cb, pc, d));
    }

    private void instruction(CodeBuilder cb, Insn in, int d, boolean afterKwNames) {
        int op = in.op;
        int arg = in.arg;
        if (!supported(op)) {
            cb.goto_(newStub(cb, in.start, d));
            return;
        }
        if (JitSupport.isGeneric(op)) {
            int after = d + StackEffect.of(op, arg, false);
            lasti(cb, in);
            spill(cb, d);
            cb.aload(F);
            cb.aload(S);
            cb.loadConstant(base + d);
            cb.loadConstant(op);
            cb.loadConstant(arg);
            support(cb, "generic", MT_SPILLED);
            cb.pop();
            reload(cb, after);
            if (op == CALL_FUNCTION_EX) {
                tracingExit(cb, in.next, after);
            }
            return;
        }
        switch (op) {
            case NOP -> { }
            case RESUME -> {
                lasti(cb, in);
                support(cb, "resume", MT_V);
            }
            case LOAD_FAST, LOAD_CLOSURE -> {
                cb.aload(S);
                cb.loadConstant(arg);
                cb.aaload();
                cb.astore(slot(d));
            }
            case LOAD_FAST_CHECK -> {
                lasti(cb, in);
                cb.aload(F);
                cb.loadConstant(arg);
                support(cb, "checkedLocal", MT_FI_O);
                cb.astore(slot(d));
            }
            case LOAD_FAST_AND_CLEAR -> {
                cb.aload(S);
                cb.loadConstant(arg);
                cb.aaload();
                cb.astore(slot(d));
                cb.aload(S);
                cb.loadConstant(arg);
                cb.aconst_null();
                cb.aastore();
            }
            case STORE_FAST -> {
                cb.aload(S);
                cb.loadConstant(arg);
                cb.aload(slot(d - 1));
                cb.invokestatic(CD_STORE, "put", MethodTypeDesc.of(ConstantDescs.CD_void, CD_OBJS, ConstantDescs.CD_int, CD_OBJ));
                clear(cb, d - 1);
            }
            case DELETE_FAST -> {
                lasti(cb, in);
                cb.aload(F);
                cb.loadConstant(arg);
                support(cb, "deleteFast", MT_FI_V);
            }
            case LOAD_CONST -> {
                cb.aload(CONSTS);
                cb.loadConstant(arg);
                cb.aaload();
                cb.astore(slot(d));
            }
            case POP_TOP -> clear(cb, d - 1);
            case PUSH_NULL -> clear(cb, d);
            case END_FOR -> {
                clear(cb, d - 1);
                clear(cb, d - 2);
            }
            case COPY -> {
                cb.aload(slot(d - arg));
                cb.astore(slot(d));
            }
            case SWAP -> {
                cb.aload(slot(d - 1));
                cb.aload(slot(d - arg));
                cb.astore(slot(d - 1));
                cb.astore(slot(d - arg));
            }
            case UNARY_NEGATIVE, UNARY_NOT -> {
                lasti(cb, in);
                cb.aload(slot(d - 1));
                ops(cb, op == UNARY_NEGATIVE ? "neg" : "not", MT_O_O);
                cb.astore(slot(d - 1));
            }
            case BINARY_OP -> {
                lasti(cb, in);
                cb.aload(slot(d - 2));
                cb.aload(slot(d - 1));
                cb.loadConstant(arg);
                String name = switch (arg) {
                    case 0, 13 -> "add";
                    case 10, 23 -> "sub";
                    case 5, 18 -> "mul";
                    default -> "binary";
                };
                ops(cb, name, MT_OOI_O);
                cb.astore(slot(d - 2));
                clear(cb, d - 1);
            }
            case COMPARE_OP -> {
                lasti(cb, in);
                cb.aload(slot(d - 2));
                cb.aload(slot(d - 1));
                int cmp = arg >> 4;
                if (cmp >= 0 && cmp <= 5) {
                    ops(cb, new String[] {"lt", "le", "eq", "ne", "gt", "ge"}[cmp], MT_OO_O);
                } else {
                    cb.loadConstant(cmp);
                    support(cb, "compare", MT_OOI_O);
                }
                cb.astore(slot(d - 2));
                clear(cb, d - 1);
            }
            case IS_OP -> {
                cb.aload(slot(d - 2));
                cb.aload(slot(d - 1));
                cb.loadConstant(arg);
                ops(cb, "is", MT_OOI_O);
                cb.astore(slot(d - 2));
                clear(cb, d - 1);
            }
            case CONTAINS_OP -> {
                lasti(cb, in);
                cb.aload(slot(d - 2));
                cb.aload(slot(d - 1));
                cb.loadConstant(arg);
                ops(cb, "contains", MT_OOI_O);
                cb.astore(slot(d - 2));
                clear(cb, d - 1);
            }
            case BINARY_SUBSCR -> {
                lasti(cb, in);
                cb.aload(slot(d - 2));
                cb.aload(slot(d - 1));
                ops(cb, "getItem", MT_OO_O);
                cb.astore(slot(d - 2));
                clear(cb, d - 1);
            }
            case STORE_SUBSCR -> {
                lasti(cb, in);
                cb.aload(slot(d - 3));
                cb.aload(slot(d - 2));
                cb.aload(slot(d - 1));
                ops(cb, "setItem", MethodTypeDesc.of(ConstantDescs.CD_void, CD_OBJ, CD_OBJ, CD_OBJ));
                clear(cb, d - 1);
                clear(cb, d - 2);
                clear(cb, d - 3);
            }
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                lasti(cb, in);
                cb.aload(slot(d - 1));
                clear(cb, d - 1);
                ops(cb, "isTrue", MT_O_Z);
                if (op == POP_JUMP_IF_FALSE) {
                    cb.ifeq(label(target(in)));
                } else {
                    cb.ifne(label(target(in)));
                }
            }
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                cb.aload(slot(d - 1));
                clear(cb, d - 1);
                ops(cb, "isNone", MT_O_Z);
                if (op == POP_JUMP_IF_NONE) {
                    cb.ifne(label(target(in)));
                } else {
                    cb.ifeq(label(target(in)));
                }
            }
            case JUMP_FORWARD -> cb.goto_(label(target(in)));
            case JUMP_BACKWARD -> {
                lasti(cb, in);
                support(cb, "backEdge", MT_V);
                tracingExit(cb, target(in), d);
                cb.goto_(label(target(in)));
            }
            case JUMP_BACKWARD_NO_INTERRUPT -> {
                lasti(cb, in);
                support(cb, "interruptCheck", MT_V);
                cb.goto_(label(target(in)));
            }
            case GET_ITER -> {
                lasti(cb, in);
                cb.aload(slot(d - 1));
                ops(cb, "iter", MT_O_O);
                cb.astore(slot(d - 1));
            }
            case FOR_ITER -> {
                lasti(cb, in);
                cb.aload(slot(d - 1));
                support(cb, "forIterNext", MT_O_O);
                cb.astore(slot(d));
                cb.aload(slot(d));
                cb.ifnonnull(label(in.next));
                clear(cb, d - 1);
                cb.goto_(label(target(in) + 2));
            }
            case LOAD_GLOBAL -> {
                lasti(cb, in);
                int k = d;
                if ((arg & 1) != 0) {
                    clear(cb, k++);
                }
                cb.aload(F);
                cb.loadConstant(arg >> 1);
                support(cb, "loadGlobal", MT_FI_O);
                cb.astore(slot(k));
            }
            case LOAD_ATTR -> {
                lasti(cb, in);
                if ((arg & 1) == 0) {
                    cb.aload(F);
                    cb.aload(slot(d - 1));
                    cb.loadConstant(arg >> 1);
                    support(cb, "loadAttr", MethodTypeDesc.of(CD_OBJ, CD_FRAME, CD_OBJ, ConstantDescs.CD_int));
                    cb.astore(slot(d - 1));
                } else {
                    // The method form on the frame's stack, with the interpreter's helper.
                    cb.aload(S);
                    cb.loadConstant(base + d - 1);
                    cb.aload(slot(d - 1));
                    cb.aastore();
                    cb.aload(F);
                    cb.aload(S);
                    cb.loadConstant(base + d);
                    cb.loadConstant(arg >> 1);
                    support(cb, "loadMethod", MethodTypeDesc.of(ConstantDescs.CD_void, CD_FRAME, CD_OBJS,
                        ConstantDescs.CD_int, ConstantDescs.CD_int));
                    for (int k = d - 1; k <= d; k++) {
                        cb.aload(S);
                        cb.loadConstant(base + k);
                        cb.aaload();
                        cb.astore(slot(k));
                        cb.aload(S);
                        cb.loadConstant(base + k);
                        cb.aconst_null();
                        cb.aastore();
                    }
                }
            }
            case STORE_ATTR -> {
                lasti(cb, in);
                cb.aload(F);
                cb.aload(slot(d - 1));
                cb.loadConstant(arg);
                cb.aload(slot(d - 2));
                support(cb, "storeAttr", MethodTypeDesc.of(ConstantDescs.CD_void, CD_FRAME, CD_OBJ, ConstantDescs.CD_int, CD_OBJ));
                clear(cb, d - 1);
                clear(cb, d - 2);
            }
            case KW_NAMES -> {
                cb.aload(F);
                cb.aload(CONSTS);
                cb.loadConstant(arg);
                cb.aaload();
                support(cb, "kwnames", MethodTypeDesc.of(ConstantDescs.CD_void, CD_FRAME, CD_OBJ));
            }
            case CALL -> {
                lasti(cb, in);
                int b = d - arg - 2;
                if (afterKwNames || arg > 3) {
                    spill(cb, d);
                    cb.aload(F);
                    cb.aload(S);
                    cb.loadConstant(base + d);
                    cb.loadConstant(arg);
                    support(cb, "callSpilled", MethodTypeDesc.of(ConstantDescs.CD_int, CD_FRAME, CD_OBJS,
                        ConstantDescs.CD_int, ConstantDescs.CD_int));
                    cb.pop();
                    reload(cb, b + 1);
                } else {
                    cb.aload(F);
                    ClassDesc[] params = new ClassDesc[arg + 3];
                    params[0] = CD_FRAME;
                    for (int k = 0; k < arg + 2; k++) {
                        cb.aload(slot(b + k));
                        params[k + 1] = CD_OBJ;
                    }
                    support(cb, "call", MethodTypeDesc.of(CD_OBJ, params));
                    cb.astore(slot(b));
                    for (int k = b + 1; k < d; k++) {
                        clear(cb, k);
                    }
                }
                tracingExit(cb, in.next, b + 1);
            }
            case RETURN_VALUE -> {
                cb.aload(slot(d - 1));
                cb.areturn();
            }
            case RETURN_CONST -> {
                cb.aload(CONSTS);
                cb.loadConstant(arg);
                cb.aaload();
                cb.areturn();
            }
            case LIST_APPEND -> {
                lasti(cb, in);
                cb.aload(slot(d - 1 - arg));
                cb.aload(slot(d - 1));
                ops(cb, "listAppend", MethodTypeDesc.of(ConstantDescs.CD_void, CD_OBJ, CD_OBJ));
                clear(cb, d - 1);
            }
            case MAKE_CELL -> {
                cb.aload(S);
                cb.loadConstant(arg);
                support(cb, "makeCell", MethodTypeDesc.of(ConstantDescs.CD_void, CD_OBJS, ConstantDescs.CD_int));
            }
            case COPY_FREE_VARS -> {
                cb.aload(F);
                cb.loadConstant(arg);
                support(cb, "copyFreeVars", MT_FI_V);
            }
            case LOAD_DEREF -> {
                lasti(cb, in);
                cb.aload(F);
                cb.loadConstant(arg);
                support(cb, "loadDeref", MT_FI_O);
                cb.astore(slot(d));
            }
            case STORE_DEREF -> {
                cb.aload(S);
                cb.loadConstant(arg);
                cb.aload(slot(d - 1));
                support(cb, "storeDeref", MethodTypeDesc.of(ConstantDescs.CD_void, CD_OBJS, ConstantDescs.CD_int, CD_OBJ));
                clear(cb, d - 1);
            }
            case RAISE_VARARGS -> {
                lasti(cb, in);
                spill(cb, d);
                cb.aload(F);
                cb.aload(S);
                cb.loadConstant(base + d);
                cb.loadConstant(arg);
                support(cb, "raise", MethodTypeDesc.of(CD_EXC, CD_FRAME, CD_OBJS, ConstantDescs.CD_int, ConstantDescs.CD_int));
                cb.athrow();
            }
            default -> throw new IllegalStateException("unhandled " + Opcode.name(op));
        }
    }

    /** Drops the reference in stack slot K (a popped value must not stay reachable from the frame). */
    private void clear(CodeBuilder cb, int k) {
        cb.aconst_null();
        cb.astore(slot(k));
    }
}
