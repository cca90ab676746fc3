package org.pyvm.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * The flow-graph stage run alone on an instruction list, for _testinternalcapi.optimize_cfg
 * (CPython's tests of the optimizer, test_peepholer's DirectCfgOptimizerTests). Compare
 * CPython Python/compile.c: _PyCompile_OptimizeCfg, instructions_to_cfg and
 * cfg_to_instructions.
 */
public final class CfgStage {

    private CfgStage() {}

    /**
     * Optimizes INSTS, each {opcode, oparg, lineno, end_lineno, col_offset, end_col_offset}
     * (a jump's oparg is the index of the instruction it jumps to), as _PyCfg_OptimizeCodeUnit
     * does with no flags, no parameters, NLOCALS locals and first line 1. CONSTS (Java
     * constants, as in code objects) is updated in place as CPython updates its list: unused
     * constants dropped, folded ones added. Returns the instructions in the same form, a
     * jump's oparg being the index of its target's first instruction.
     *
     * @throws IllegalArgumentException for an opcode or argument the stage cannot take
     */
    public static int[][] optimize(int[][] insts, List<Object> consts, int nlocals) {
        List<String> locals = new ArrayList<>();
        for (int i = 0; i < nlocals; i++) {
            locals.add("_" + i); // only their number matters (LOAD_FAST_CHECK analysis)
        }
        Unit u = unit("<cfg>", "<cfg>", 1, locals);
        for (Object c : consts) {
            // Every listed constant is its own entry, as in CPython's list (equal ones too).
            u.consts.put(new IdentityKey(c), u.consts.size());
        }
        addInstructions(u, insts);
        FlowGraph g = new FlowGraph(u);
        g.optimize(0);
        consts.clear();
        consts.addAll(java.util.Arrays.asList(u.constsInOrder()));
        List<Block> order = new ArrayList<>();
        for (Block b = g.entry; b != null; b = b.next) {
            order.add(b);
        }
        return rows(order);
    }

    /**
     * Code generation alone on a module (_testinternalcapi.compiler_codegen): its
     * instructions in the form {@link #optimize} takes, before any flow-graph pass, with
     * the closing "return None". CONSTS receives the constants by index. Compare CPython
     * Python/compile.c: _PyCompile_CodeGen, instr_sequence_to_instructions.
     */
    public static int[][] codegen(org.pyvm.ast.Mod.Module mod, String filename, int optimize, List<Object> consts) {
        Folding.reset(optimize);
        Unit u;
        try {
            u = Compiler.codeGen(mod, filename, 0, optimize).codegenModule(mod);
        } finally {
            Folding.reset(0);
        }
        consts.addAll(java.util.Arrays.asList(u.constsInOrder()));
        return rows(u.blocks);
    }

    /**
     * The assembler stage alone (_testinternalcapi.assemble_code_object): a code object from
     * INSTS (as {@link #optimize} takes them) and the unit's metadata, with no flow-graph
     * pass and no flags. Compare CPython Python/compile.c: _PyCompile_Assemble.
     */
    public static org.pyvm.bytecode.CodeObject assemble(String filename, int[][] insts, String name, String qualname,
            List<Object> consts, List<String> names, List<String> varnames, List<String> cellvars,
            List<String> freevars, int argcount, int posonlyargcount, int kwonlyargcount, int firstlineno) {
        Unit u = unit(name, qualname, firstlineno, varnames);
        for (Object c : consts) {
            u.consts.put(new IdentityKey(c), u.consts.size());
        }
        for (String n : names) {
            u.names.putIfAbsent(n, u.names.size());
        }
        u.cellvars.addAll(cellvars);
        u.freevars.addAll(freevars);
        u.argcount = argcount;
        u.posonlyargcount = posonlyargcount;
        u.kwonlyargcount = kwonlyargcount;
        addInstructions(u, insts);
        return Assembler.assemble(u, 0, filename, false);
    }

    /** Compare cfg_to_instructions: a block's label is the index of its first instruction. */
    private static int[][] rows(List<Block> order) {
        java.util.Map<Block, Integer> start = new java.util.IdentityHashMap<>();
        int n = 0;
        for (Block b : order) {
            start.putIfAbsent(b, n);
            n += b.instrs.size();
        }
        int[][] result = new int[n][];
        int j = 0;
        for (Block b : order) {
            for (Instr instr : b.instrs) {
                int arg = FlowGraph.hasTarget(instr.op) ? start.get(instr.target) : instr.arg;
                result[j++] = new int[] {instr.op, arg, instr.loc.line(), instr.loc.endLine(), instr.loc.col(),
                    instr.loc.endCol()};
            }
        }
        return result;
    }

    /** A unit with no scope of its own: NAME, QUALNAME, first line, the local variables. */
    private static Unit unit(String name, String qualname, int firstlineno, List<String> varnames) {
        Scope ste = new Scope(name, Scope.Kind.MODULE, null, firstlineno);
        ste.varnames.addAll(varnames);
        Unit u = new Unit(ste, Unit.Kind.MODULE, name, firstlineno);
        u.qualname = qualname;
        return u;
    }

    /**
     * Fills U's blocks from INSTS: a new block at each jump target and after each
     * terminator. Compare compile.c: instructions_to_cfg, flowgraph.c:
     * cfg_builder_maybe_start_new_block, translate_jump_labels_to_targets.
     */
    private static void addInstructions(Unit u, int[][] insts) {
        boolean[] isTarget = new boolean[insts.length];
        for (int[] in : insts) {
            if (in.length != 6) {
                throw new IllegalArgumentException("instruction tuple of " + in.length + " items");
            }
            if (FlowGraph.hasTarget(in[0])) {
                if (in[1] < 0 || in[1] >= insts.length) {
                    throw new IllegalArgumentException("jump target " + in[1] + " out of range");
                }
                isTarget[in[1]] = true;
            }
        }
        Block[] labels = new Block[insts.length];
        for (int i = 0; i < insts.length; i++) {
            if (isTarget[i]) {
                labels[i] = u.newBlock();
            }
        }
        Block cur = u.entry;
        List<Instr> jumps = new ArrayList<>();
        List<Integer> jumpTargets = new ArrayList<>();
        for (int i = 0; i < insts.length; i++) {
            int[] in = insts[i];
            if (isTarget[i] && cur == u.entry && cur.instrs.isEmpty()) {
                // The first instruction is a target: the entry block is that label.
                labels[i] = cur;
                cur.labeled = true;
            } else if (isTarget[i]) {
                cur = labels[i];
                cur.labeled = true;
                u.blocks.add(cur);
            } else if (cur.last() != null && CodeGen.endsBlock(cur.last().op)) {
                // Compare cfg_builder_maybe_start_new_block
                cur = u.newBlock();
                u.blocks.add(cur);
            }
            if (org.pyvm.bytecode.Opcode.info(in[0]) == null) {
                throw new IllegalArgumentException("bad opcode " + in[0]);
            }
            Instr instr = new Instr(in[0], in[1], null, new Loc(in[2], in[3], in[4], in[5]));
            if (FlowGraph.hasTarget(in[0])) {
                instr.arg = 0;
                jumps.add(instr);
                jumpTargets.add(in[1]);
            }
            cur.instrs.add(instr);
        }
        // Compare translate_jump_labels_to_targets (every label has its block by now).
        for (int i = 0; i < jumps.size(); i++) {
            jumps.get(i).target = labels[jumpTargets.get(i)];
        }
    }


}
