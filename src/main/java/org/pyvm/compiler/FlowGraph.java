package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.pyvm.bytecode.Constant;

/**
 * The control-flow graph passes between code generation and assembly: exception-handler
 * labelling, dead-code removal, jump threading and the 3.12 peepholes, uninitialised-local
 * checks ({@code LOAD_FAST_CHECK}), moving cold blocks (handlers) to the end, line-number
 * propagation, stack depth and jump normalisation. Compare CPython Python/flowgraph.c.
 */
final class FlowGraph {

    static final int MAX_COPY_SIZE = 4;

    final Unit u;
    Block entry;
    private int nextId;

    FlowGraph(Unit u) {
        this.u = u;
        this.entry = u.blocks.get(0);
        for (int i = 0; i < u.blocks.size() - 1; i++) {
            u.blocks.get(i).next = u.blocks.get(i + 1);
        }
        u.blocks.get(u.blocks.size() - 1).next = null;
        nextId = u.nextBlockId;
    }

    Block newBlock() {
        return new Block(nextId++);
    }

    static boolean isJump(Instr i) {
        return switch (i.op) {
            case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_FALSE,
                 POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER, SEND -> true;
            default -> false;
        };
    }

    static boolean isBlockPush(Instr i) {
        return i.op == SETUP_FINALLY || i.op == SETUP_CLEANUP || i.op == SETUP_WITH;
    }

    static boolean hasTarget(Instr i) {
        return hasTarget(i.op);
    }

    /** Whether OP's argument is a jump target (a jump or a SETUP_* pseudo-instruction). */
    static boolean hasTarget(int op) {
        return switch (op) {
            case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_FALSE,
                 POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER, SEND,
                 SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH -> true;
            default -> false;
        };
    }

    static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
            || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE;
    }

    static boolean hasFallthrough(Block b) {
        Instr last = b.last();
        return last == null || !(isUnconditionalJump(last.op) || isScopeExit(last.op));
    }

    static boolean exitsScope(Block b) {
        Instr last = b.last();
        return last != null && isScopeExit(last.op);
    }

    // ---- the pipeline ------------------------------------------------------------------

    /** Runs the passes of CPython's _PyCfg_OptimizeCodeUnit. */
    void optimize(int nparams) {
        markExceptHandlers();
        labelExceptionTargets();
        optimizeCfg();
        removeUnusedConsts();
        addChecksForUninitializedLoads(u.varnames.size(), nparams);
        pushColdBlocksToEnd();
        resolveLineNumbers();
    }

    private void markExceptHandlers() {
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (isBlockPush(i)) {
                    i.target.exceptHandler = true;
                }
            }
        }
    }

    // Compare CPython flowgraph.c: label_exception_targets
    private void labelExceptionTargets() {
        Deque<Block> todo = new ArrayDeque<>();
        entry.exceptStack = new ArrayDeque<>();
        entry.visited = true;
        todo.push(entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            ArrayDeque<Instr> stack = b.exceptStack;
            b.exceptStack = null;
            Block handler = stack.isEmpty() ? null : stack.peek().target;
            for (Instr instr : b.instrs) {
                if (isBlockPush(instr)) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = new ArrayDeque<>(stack);
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                    if (instr.op != SETUP_FINALLY) {
                        instr.target.preserveLasti = true;
                    }
                    stack.push(instr);
                    handler = instr.target;
                } else if (instr.op == POP_BLOCK) {
                    // stays a POP_BLOCK (taking part in line propagation) until convertPseudoOps
                    stack.pop();
                    handler = stack.isEmpty() ? null : stack.peek().target;
                } else if (isJump(instr)) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        instr.target.exceptStack = new ArrayDeque<>(stack);
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                } else if (instr.op == YIELD_VALUE) {
                    instr.except = handler;
                    instr.arg = stack.size();
                } else {
                    instr.except = handler;
                }
            }
            if (hasFallthrough(b) && b.next != null && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
        clearVisited();
    }

    private void clearVisited() {
        for (Block b = entry; b != null; b = b.next) {
            b.visited = false;
        }
    }

    // Compare CPython flowgraph.c: eliminate_empty_basic_blocks
    private void eliminateEmptyBlocks() {
        // Skip empty blocks in the layout, then retarget jumps to the next non-empty block.
        while (entry.instrs.isEmpty() && entry.next != null) {
            entry = entry.next;
        }
        for (Block b = entry; b != null; b = b.next) {
            while (b.next != null && b.next.instrs.isEmpty()) {
                b.next = b.next.next;
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.target != null) {
                    Block t = i.target;
                    while (t.instrs.isEmpty()) {
                        t = t.next;
                    }
                    i.target = t;
                }
            }
        }
    }

    private void inlineSmallExitBlocks(Block b) {
        Instr last = b.last();
        if (last == null || !isUnconditionalJump(last.op)) {
            return;
        }
        Block target = last.target;
        if (exitsScope(target) && target.instrs.size() <= MAX_COPY_SIZE) {
            last.op = NOP;
            last.arg = 0;
            last.target = null;
            for (Instr i : target.instrs) {
                b.instrs.add(i.copy());
            }
        }
    }

    // Compare CPython flowgraph.c: optimize_cfg
    private void optimizeCfg() {
        eliminateEmptyBlocks();
        for (Block b = entry; b != null; b = b.next) {
            inlineSmallExitBlocks(b);
        }
        for (Block b = entry; b != null; b = b.next) {
            optimizeBasicBlock(b);
        }
        removeRedundantNopsAndPairs();
        for (Block b = entry; b != null; b = b.next) {
            inlineSmallExitBlocks(b);
        }
        markReachable();
        for (Block b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            removeRedundantNops(b);
        }
        eliminateEmptyBlocks();
        removeRedundantJumps();
    }

    private Object constAt(int index) {
        for (var e : u.consts.entrySet()) {
            if (e.getValue() == index) {
                return Unit.constOfKey(e.getKey());
            }
        }
        throw new IllegalStateException();
    }

    private static Boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v == Constant.NONE) {
            return false;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof java.math.BigInteger) {
            return true;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof org.pyvm.bytecode.TupleConst t) {
            return t.size() != 0;
        }
        if (v instanceof org.pyvm.bytecode.BytesConst b) {
            return b.value().length != 0;
        }
        if (v instanceof org.pyvm.bytecode.FrozenSetConst f) {
            return f.size() != 0;
        }
        if (v instanceof org.pyvm.bytecode.ComplexConst c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        }
        if (v == Constant.ELLIPSIS || v instanceof org.pyvm.bytecode.CodeObject) {
            return true;
        }
        return null;
    }

    private static void setNop(Instr i) {
        i.op = NOP;
        i.arg = 0;
        i.target = null;
    }

    // Compare CPython flowgraph.c: jump_thread
    private static boolean jumpThread(Instr inst, Instr target, int opcode) {
        if ((inst.loc.line() == target.loc.line() || target.loc.line() == -1) && inst.target != target.target) {
            inst.target = target.target;
            inst.op = opcode;
            return true;
        }
        return false;
    }

    // Compare CPython flowgraph.c: optimize_basic_block
    private void optimizeBasicBlock(Block bb) {
        List<Instr> ins = bb.instrs;
        int opcode = 0, oparg = 0;
        Instr target = null;
        for (int i = 0; i < ins.size(); i++) {
            Instr inst = ins.get(i);
            // LOAD_CONST c; COPY 1 is handled as if the COPY were another LOAD_CONST c
            boolean isCopyOfLoadConst = opcode == LOAD_CONST && inst.op == COPY && inst.arg == 1;
            if (!isCopyOfLoadConst) {
                opcode = inst.op;
                oparg = inst.arg;
                target = null;
                if (hasTarget(inst)) {
                    target = inst.target.instrs.isEmpty() ? null : inst.target.instrs.get(0);
                }
            }
            int nextop = i + 1 < ins.size() ? ins.get(i + 1).op : 0;
            switch (opcode) {
                case LOAD_CONST -> {
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            Boolean t = truth(constAt(oparg));
                            if (t == null) {
                                break;
                            }
                            setNop(inst);
                            boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                            if (t == jumpIfTrue) {
                                ins.get(i + 1).op = JUMP;
                            } else {
                                setNop(ins.get(i + 1));
                            }
                        }
                        case IS_OP -> {
                            if (constAt(oparg) != Constant.NONE || ins.size() <= i + 2) {
                                break;
                            }
                            Instr isInstr = ins.get(i + 1), jumpInstr = ins.get(i + 2);
                            boolean invert = isInstr.arg != 0;
                            if (jumpInstr.op == POP_JUMP_IF_FALSE) {
                                invert = !invert;
                            } else if (jumpInstr.op != POP_JUMP_IF_TRUE) {
                                break;
                            }
                            setNop(inst);
                            setNop(isInstr);
                            jumpInstr.op = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                        }
                        case RETURN_VALUE -> {
                            setNop(inst);
                            Instr r = ins.get(++i);
                            r.op = RETURN_CONST;
                            r.arg = oparg;
                        }
                        default -> { }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == ins.get(i + 1).arg) {
                        if (oparg == 1) {
                            setNop(inst);
                            setNop(ins.get(i + 1));
                            break;
                        } else if (oparg == 2 || oparg == 3) {
                            setNop(inst);
                            ins.get(i + 1).op = SWAP;
                            break;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(ins, i, oparg);
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP -> {
                    if (target != null && target.op == JUMP) {
                        if (jumpThread(inst, target, opcode)) {
                            i--;
                        }
                    }
                }
                case SWAP -> {
                    if (oparg == 1) {
                        setNop(inst);
                    } else {
                        i = swaptimize(ins, i);
                        applyStaticSwaps(ins, i);
                    }
                }
                case PUSH_NULL -> {
                    if (nextop == LOAD_GLOBAL && (ins.get(i + 1).arg & 1) == 0) {
                        setNop(inst);
                        ins.get(i + 1).arg |= 1;
                    }
                }
                default -> { }
            }
        }
    }

    // Compare CPython flowgraph.c: swaptimize (a run of SWAPs and NOPs made into the fewest SWAPs)
    private static int swaptimize(List<Instr> ins, int ix) {
        int depth = ins.get(ix).arg;
        int len = 0;
        boolean more = false;
        int limit = ins.size() - ix;
        while (++len < limit) {
            int op = ins.get(ix + len).op;
            if (op == SWAP) {
                depth = Math.max(depth, ins.get(ix + len).arg);
                more = true;
            } else if (op != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr in = ins.get(ix + i);
            if (in.op == SWAP) {
                int top = stack[0];
                stack[0] = stack[in.arg - 1];
                stack[in.arg - 1] = top;
            }
        }
        final int visited = -1;
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr in = ins.get(ix + current--);
                    in.op = SWAP;
                    in.arg = j + 1;
                    in.target = null;
                }
                if (stack[j] == visited) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (0 <= current) {
            setNop(ins.get(ix + current--));
        }
        return ix + len - 1;
    }

    private static boolean swappable(int op) {
        return op == STORE_FAST || op == STORE_FAST_MAYBE_NULL || op == POP_TOP;
    }

    private static int storesTo(Instr i) {
        return i.op == STORE_FAST || i.op == STORE_FAST_MAYBE_NULL ? i.arg : -1;
    }

    // Compare CPython flowgraph.c: next_swappable_instruction
    private static int nextSwappable(List<Instr> ins, int i, int lineno) {
        while (++i < ins.size()) {
            Instr instr = ins.get(i);
            if (0 <= lineno && instr.loc.line() != lineno) {
                return -1;
            }
            if (instr.op == NOP) {
                continue;
            }
            if (swappable(instr.op)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    // Compare CPython flowgraph.c: apply_static_swaps
    private static void applyStaticSwaps(List<Instr> ins, int i) {
        for (; 0 <= i; i--) {
            Instr swap = ins.get(i);
            if (swap.op != SWAP) {
                if (swap.op == NOP || swappable(swap.op)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(ins, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = ins.get(j).loc.line();
            for (int count = swap.arg - 1; 0 < count; count--) {
                k = nextSwappable(ins, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(ins.get(j)), storeK = storesTo(ins.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(ins.get(idx));
                    if (s >= 0 && (s == storeJ || s == storeK)) {
                        return;
                    }
                }
            }
            setNop(swap);
            Instr t = ins.get(j);
            ins.set(j, ins.get(k));
            ins.set(k, t);
        }
    }

    // Compare CPython flowgraph.c: fold_tuple_on_constants
    private void foldTupleOnConstants(List<Instr> ins, int i, int n) {
        for (int k = i - n; k < i; k++) {
            if (ins.get(k).op != LOAD_CONST) {
                return;
            }
        }
        Object[] items = new Object[n];
        for (int k = 0; k < n; k++) {
            items[k] = constAt(ins.get(i - n + k).arg);
        }
        for (int k = i - n; k < i; k++) {
            setNop(ins.get(k));
        }
        Instr t = ins.get(i);
        t.op = LOAD_CONST;
        t.arg = u.constIndex(new org.pyvm.bytecode.TupleConst(items));
    }

    // Compare CPython flowgraph.c: remove_redundant_nops
    static void removeRedundantNops(Block bb) {
        List<Instr> ins = bb.instrs;
        int n = ins.size();
        int dst = 0;
        int prevLineno = -1;
        // Compacted in place (kept instructions move down; the loop only looks ahead).
        for (int src = 0; src < n; src++) {
            Instr instr = ins.get(src);
            int lineno = instr.loc.line();
            if (instr.op == NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < n - 1) {
                    int nextLineno = ins.get(src + 1).loc.line();
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        ins.get(src + 1).loc = instr.loc;
                        continue;
                    }
                } else {
                    Block next = bb.next;
                    while (next != null && next.instrs.isEmpty()) {
                        next = next.next;
                    }
                    if (next != null && lineno == next.instrs.get(0).loc.line()) {
                        continue;
                    }
                }
            }
            if (dst != src) {
                ins.set(dst, instr);
            }
            dst++;
            prevLineno = lineno;
        }
        if (dst < n) {
            ins.subList(dst, n).clear();
        }
    }

    // Compare CPython flowgraph.c: remove_redundant_nops_and_pairs
    private void removeRedundantNopsAndPairs() {
        boolean done = false;
        while (!done) {
            done = true;
            Instr instr = null;
            for (Block b = entry; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.labeled) {
                    instr = null;
                }
                for (Instr cur : b.instrs) {
                    Instr prev = instr;
                    instr = cur;
                    int prevOp = prev != null ? prev.op : 0;
                    int prevArg = prev != null ? prev.arg : 0;
                    if (cur.op == POP_TOP && (prevOp == LOAD_CONST || (prevOp == COPY && prevArg == 1))) {
                        setNop(prev);
                        setNop(cur);
                        done = false;
                    }
                }
                if ((instr != null && isJump(instr)) || !hasFallthrough(b)) {
                    instr = null;
                }
            }
        }
    }

    // Compare CPython flowgraph.c: mark_reachable
    private void markReachable() {
        for (Block b = entry; b != null; b = b.next) {
            b.predecessors = 0;
            b.visited = false;
        }
        Deque<Block> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        stack.push(entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.visited = true;
            if (b.next != null && hasFallthrough(b)) {
                if (!b.next.visited && b.next.predecessors == 0) {
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (hasTarget(i)) {
                    Block t = i.target;
                    if (!t.visited && t.predecessors == 0) {
                        stack.push(t);
                    }
                    t.predecessors++;
                }
            }
        }
        clearVisited();
    }

    // Compare CPython flowgraph.c: remove_redundant_jumps
    private void removeRedundantJumps() {
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && isUnconditionalJump(last.op)) {
                Block next = b.next;
                while (next != null && next.instrs.isEmpty()) {
                    next = next.next;
                }
                if (last.target == next) {
                    setNop(last);
                }
            }
        }
    }

    // Compare CPython flowgraph.c: remove_unused_consts (keeps index 0: the docstring slot)
    private void removeUnusedConsts() {
        int n = u.consts.size();
        if (n == 0) {
            return;
        }
        boolean[] used = new boolean[n];
        used[0] = true;
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.op == LOAD_CONST || i.op == RETURN_CONST || i.op == KW_NAMES) {
                    used[i.arg] = true;
                }
            }
        }
        int[] map = new int[n];
        int j = 0;
        for (int i = 0; i < n; i++) {
            map[i] = used[i] ? j++ : -1;
        }
        if (j == n) {
            return;
        }
        var entries = new ArrayList<>(u.consts.entrySet());
        u.consts.clear();
        for (var e : entries) {
            if (used[e.getValue()]) {
                u.consts.put(e.getKey(), map[e.getValue()]);
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.op == LOAD_CONST || i.op == RETURN_CONST || i.op == KW_NAMES) {
                    i.arg = map[i.arg];
                }
            }
        }
    }

    // Compare CPython flowgraph.c: add_checks_for_loads_of_uninitialized_variables
    private void addChecksForUninitializedLoads(int nlocals, int nparams) {
        if (nlocals == 0) {
            return;
        }
        if (nlocals > 64) {
            fastScanManyLocals(nlocals);
            nlocals = 64;
        }
        Deque<Block> stack = new ArrayDeque<>();
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) {
            startMask |= 1L << i;
        }
        for (Block b = entry; b != null; b = b.next) {
            b.unsafeLocals = 0;
            b.visited = false;
        }
        maybePush(entry, startMask, stack);
        for (Block b = entry; b != null; b = b.next) {
            scanBlockForLocals(b, stack);
        }
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.visited = false;
            scanBlockForLocals(b, stack);
        }
    }

    private static void maybePush(Block b, long unsafe, Deque<Block> stack) {
        long both = b.unsafeLocals | unsafe;
        if (b.unsafeLocals != both) {
            b.unsafeLocals = both;
            if (!b.visited) {
                stack.push(b);
                b.visited = true;
            }
        }
    }

    private static void scanBlockForLocals(Block b, Deque<Block> stack) {
        long unsafe = b.unsafeLocals;
        for (Instr instr : b.instrs) {
            if (instr.except != null) {
                maybePush(instr.except, unsafe, stack);
            }
            if (instr.arg >= 64 || instr.name != null) {
                continue;
            }
            long bit = 1L << instr.arg;
            switch (instr.op) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafe |= bit;
                case STORE_FAST, LOAD_FAST_CHECK -> unsafe &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafe & bit) != 0) {
                        instr.op = LOAD_FAST_CHECK;
                    }
                    unsafe &= ~bit;
                }
                default -> { }
            }
        }
        if (b.next != null && hasFallthrough(b)) {
            maybePush(b.next, unsafe, stack);
        }
        Instr last = b.last();
        if (last != null && isJump(last)) {
            maybePush(last.target, unsafe, stack);
        }
    }

    private void fastScanManyLocals(int nlocals) {
        int[] states = new int[nlocals - 64];
        int blocknum = 0;
        for (Block b = entry; b != null; b = b.next) {
            blocknum++;
            for (Instr instr : b.instrs) {
                if (instr.name != null) {
                    continue;
                }
                int arg = instr.arg;
                if (arg < 64) {
                    continue;
                }
                switch (instr.op) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blocknum - 1;
                    case STORE_FAST -> states[arg - 64] = blocknum;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) {
                            instr.op = LOAD_FAST_CHECK;
                        }
                        states[arg - 64] = blocknum;
                    }
                    default -> { }
                }
            }
        }
    }

    // Compare CPython flowgraph.c: push_cold_blocks_to_end
    private void pushColdBlocksToEnd() {
        if (entry.next == null) {
            return;
        }
        markCold();
        for (Block b = entry; b != null; b = b.next) {
            if (b.cold && hasFallthrough(b) && b.next != null && b.next.warm) {
                Block jump = newBlock();
                Instr j = new Instr(JUMP, 0, b.next, Loc.NONE);
                jump.instrs.add(j);
                jump.cold = true;
                jump.next = b.next;
                b.next = jump;
            }
        }
        Block coldHead = null, coldTail = null;
        Block b = entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) {
                b = b.next;
            }
            if (b.next == null) {
                break;
            }
            Block bEnd = b.next;
            while (bEnd.next != null && bEnd.next.cold) {
                bEnd = bEnd.next;
            }
            if (coldHead == null) {
                coldHead = b.next;
            } else {
                coldTail.next = b.next;
            }
            coldTail = bEnd;
            b.next = bEnd.next;
            bEnd.next = null;
        }
        b.next = coldHead;
        if (coldHead != null) {
            removeRedundantJumps();
        }
    }

    private void markCold() {
        for (Block b = entry; b != null; b = b.next) {
            b.cold = false;
            b.warm = false;
            b.visited = false;
        }
        Deque<Block> stack = new ArrayDeque<>();
        stack.push(entry);
        entry.visited = true;
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.warm = true;
            if (b.next != null && hasFallthrough(b) && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (Instr i : b.instrs) {
                if (isJump(i) && !i.target.visited) {
                    stack.push(i.target);
                    i.target.visited = true;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (b.exceptHandler && !b.warm) {
                stack.push(b);
                b.visited = true;
            }
        }
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.cold = true;
            if (b.next != null && hasFallthrough(b) && !b.next.warm && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (Instr i : b.instrs) {
                if (isJump(i) && !i.target.warm && !i.target.visited) {
                    stack.push(i.target);
                    i.target.visited = true;
                }
            }
        }
        clearVisited();
    }

    // Compare CPython flowgraph.c: resolve_line_numbers
    private void resolveLineNumbers() {
        // predecessor counts are those of the last reachability pass: blocks added since
        // (explicit jumps of cold blocks) have none, as in CPython
        duplicateExitsWithoutLineno();
        propagateLineNumbers();
        guaranteeLinenoForExits();
    }

    private static boolean isExitWithoutLineno(Block b) {
        if (!exitsScope(b)) {
            return false;
        }
        for (Instr i : b.instrs) {
            if (i.loc.line() >= 0) {
                return false;
            }
        }
        return true;
    }

    private void duplicateExitsWithoutLineno() {
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && isJump(last)) {
                Block target = last.target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    Block nt = newBlock();
                    for (Instr i : target.instrs) {
                        nt.instrs.add(i.copy());
                    }
                    nt.exceptHandler = target.exceptHandler;
                    nt.preserveLasti = target.preserveLasti;
                    nt.cold = target.cold;
                    nt.instrs.get(0).loc = last.loc;
                    last.target = nt;
                    target.predecessors--;
                    nt.predecessors = 1;
                    nt.next = target.next;
                    target.next = nt;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (hasFallthrough(b) && b.next != null && !b.instrs.isEmpty()) {
                if (isExitWithoutLineno(b.next)) {
                    b.next.instrs.get(0).loc = b.last().loc;
                }
            }
        }
    }

    private void propagateLineNumbers() {
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            Loc prev = Loc.NONE;
            for (Instr i : b.instrs) {
                if (i.loc.line() < 0) {
                    i.loc = prev;
                } else {
                    prev = i.loc;
                }
            }
            if (hasFallthrough(b) && b.next != null && b.next.predecessors == 1 && !b.next.instrs.isEmpty()) {
                if (b.next.instrs.get(0).loc.line() < 0) {
                    b.next.instrs.get(0).loc = prev;
                }
            }
            if (isJump(last)) {
                Block t = last.target;
                if (t.predecessors == 1 && !t.instrs.isEmpty() && t.instrs.get(0).loc.line() < 0) {
                    t.instrs.get(0).loc = prev;
                }
            }
        }
    }

    private void guaranteeLinenoForExits() {
        int lineno = u.firstlineno;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (last.loc.line() < 0) {
                if (last.op == RETURN_VALUE) {
                    for (Instr i : b.instrs) {
                        i.loc = new Loc(lineno, i.loc.endLine(), i.loc.col(), i.loc.endCol());
                    }
                }
            } else {
                lineno = last.loc.line();
            }
        }
    }

    // ---- stack depth -------------------------------------------------------------------

    // Compare CPython flowgraph.c: _PyCfg_Stackdepth
    int stackDepth() {
        for (Block b = entry; b != null; b = b.next) {
            b.startDepth = Integer.MIN_VALUE;
        }
        Deque<Block> stack = new ArrayDeque<>();
        int[] max = {0};
        push(stack, entry, 0);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            int depth = b.startDepth;
            Block next = b.next;
            for (Instr i : b.instrs) {
                int effect = StackEffect.of(i.op, i.arg, false);
                int newDepth = depth + effect;
                if (newDepth < 0) {
                    throw new IllegalStateException("negative stack depth at " + i + " in " + u.qualname);
                }
                max[0] = Math.max(max[0], newDepth);
                if (hasTarget(i)) {
                    int targetDepth = depth + StackEffect.of(i.op, i.arg, true);
                    max[0] = Math.max(max[0], targetDepth);
                    push(stack, i.target, targetDepth);
                }
                depth = newDepth;
                if (isUnconditionalJump(i.op) || isScopeExit(i.op)) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return max[0];
    }

    private static void push(Deque<Block> stack, Block b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    // ---- after stack depth ---------------------------------------------------------------

    // Compare CPython flowgraph.c: convert_pseudo_ops, normalize_jumps
    void convertPseudoOpsAndNormalizeJumps() {
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (isBlockPush(i) || i.op == POP_BLOCK) {
                    setNop(i);
                } else if (i.op == STORE_FAST_MAYBE_NULL) {
                    i.op = STORE_FAST;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            removeRedundantNops(b);
        }
        eliminateEmptyBlocks();
        removeRedundantJumps();
        // normalize: mark blocks in layout order; backward conditional jumps get a JUMP
        for (Block b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (Block b = entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !isJump(last) || isUnconditionalJump(last.op)) {
                continue;
            }
            if (!last.target.visited) {
                continue;
            }
            int rev = switch (last.op) {
                case POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NONE;
                case POP_JUMP_IF_NONE -> POP_JUMP_IF_NOT_NONE;
                case POP_JUMP_IF_FALSE -> POP_JUMP_IF_TRUE;
                case POP_JUMP_IF_TRUE -> POP_JUMP_IF_FALSE;
                default -> throw new IllegalStateException("backward " + last);
            };
            Block back = newBlock();
            back.instrs.add(new Instr(JUMP, 0, last.target, last.loc));
            back.cold = b.cold;
            last.op = rev;
            last.target = b.next;
            back.next = b.next;
            b.next = back;
        }
        for (Block b = entry; b != null; b = b.next) {
            b.visited = true;
        }
        // direction of unconditional jumps
        for (Block b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (Block b = entry; b != null; b = b.next) {
            b.visited = true;
            for (Instr i : b.instrs) {
                if (i.op == JUMP) {
                    i.op = i.target.visited ? JUMP_BACKWARD : JUMP_FORWARD;
                } else if (i.op == JUMP_NO_INTERRUPT) {
                    i.op = i.target.visited ? JUMP_BACKWARD_NO_INTERRUPT : JUMP_FORWARD;
                }
            }
        }
        clearVisited();
    }
}
