package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.ExceptionTable;
import org.pyvm.bytecode.Opcode;

/**
 * Turns one unit's control-flow graph into a code object: runs the flow-graph passes,
 * lays out the locals (co_localsplusnames/kinds), computes co_stacksize, inserts the
 * prefix instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), resolves jumps with
 * EXTENDED_ARG, writes co_code with its inline CACHE entries, the exception table and
 * the PEP 626/657 location table. Compare CPython Python/assemble.c and
 * Python/compile.c: optimize_and_assemble_code_unit, prepare_localsplus.
 */
final class Assembler {

    private Assembler() {}

    static CodeObject assemble(Unit u, int flags, String filename) {
        return assemble(u, flags, filename, true);
    }

    /**
     * The code object of U; OPTIMIZE false leaves out the flow-graph passes, as CPython's
     * _PyCompile_Assemble does (CfgStage.assemble: the assembler stage alone).
     */
    static CodeObject assemble(Unit u, int flags, String filename, boolean optimize) {
        FlowGraph g = new FlowGraph(u);
        int nparams = u.argcount + u.posonlyargcount + u.kwonlyargcount + (u.ste.varargs ? 1 : 0)
            + (u.ste.varkeywords ? 1 : 0);
        if (u.ste.comprehension && !u.ste.compInlined) {
            nparams = 1;
        }
        if (optimize) {
            g.optimize(nparams);
        }

        // Compare CPython assemble.c: compute_localsplus_info
        Map<String, Integer> lp = new LinkedHashMap<>();
        List<Byte> kinds = new ArrayList<>();
        for (String v : u.varnames.keySet()) {
            byte k = CodeObject.CO_FAST_LOCAL;
            if (u.fastHidden.containsKey(v)) {
                k |= CodeObject.CO_FAST_HIDDEN;
            }
            if (u.cellvars.contains(v)) {
                k |= CodeObject.CO_FAST_CELL;
            }
            lp.put(v, lp.size());
            kinds.add(k);
        }
        int nlocals = lp.size();
        for (String c : u.cellvars) {
            if (!lp.containsKey(c)) {
                lp.put(c, lp.size());
                kinds.add(CodeObject.CO_FAST_CELL);
            }
        }
        Map<String, Integer> freeIndex = new LinkedHashMap<>();
        for (String f : u.freevars) {
            freeIndex.put(f, lp.size() + freeIndex.size());
        }
        int maxdepth = g.stackDepth();
        g.convertPseudoOpsAndNormalizeJumps();

        // resolve cell and free variable names to localsplus indices
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.name != null) {
                    Integer idx = i.free ? freeIndex.get(i.name) : lp.get(i.name);
                    if (idx == null) {
                        idx = i.free ? lp.get(i.name) : freeIndex.get(i.name);
                    }
                    if (idx == null) {
                        throw new IllegalStateException("no cell or free variable " + i.name + " in " + u.qualname);
                    }
                    i.arg = idx;
                }
            }
        }

        // Compare CPython flowgraph.c: insert_prefix_instructions
        List<Instr> prefix = new ArrayList<>();
        if (!u.freevars.isEmpty()) {
            prefix.add(new Instr(COPY_FREE_VARS, u.freevars.size(), null, Loc.NONE));
        }
        for (int i = 0; i < kinds.size(); i++) {
            if ((kinds.get(i) & CodeObject.CO_FAST_CELL) != 0) {
                prefix.add(new Instr(MAKE_CELL, i, null, Loc.NONE));
            }
        }
        if ((flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
            Loc l = new Loc(u.firstlineno, u.firstlineno, -1, -1);
            prefix.add(new Instr(RETURN_GENERATOR, 0, null, l));
            prefix.add(new Instr(POP_TOP, 0, null, Loc.NONE));
        }
        g.entry.instrs.addAll(0, prefix);

        // layout: offsets in code units, iterated until EXTENDED_ARG sizes settle
        List<Block> order = new ArrayList<>();
        for (Block b = g.entry; b != null; b = b.next) {
            order.add(b);
        }
        boolean again = true;
        int total = 0;
        while (again) {
            int off = 0;
            for (Block b : order) {
                b.offset = off;
                for (Instr i : b.instrs) {
                    off += size(i);
                }
            }
            total = off;
            again = false;
            for (Block b : order) {
                int bsize = b.offset;
                for (Instr i : b.instrs) {
                    int isize = size(i);
                    bsize += isize;
                    if (FlowGraph.isJump(i)) {
                        int t = i.target.offset;
                        i.arg = t < bsize ? bsize - t : t - bsize;
                        if (t < bsize && !(i.op == JUMP_BACKWARD || i.op == JUMP_BACKWARD_NO_INTERRUPT)) {
                            throw new IllegalStateException("backward " + Opcode.name(i.op) + " in " + u.qualname);
                        }
                        if (size(i) != isize) {
                            again = true;
                        }
                    }
                }
            }
        }

        // The layout gives the exact size: code units of two bytes, caches left zero.
        byte[] code = new byte[2 * total];
        int pc = 0;
        for (Block b : order) {
            for (Instr i : b.instrs) {
                int ext = extCount(i.arg);
                for (int k = ext; k > 0; k--) {
                    code[pc++] = (byte) EXTENDED_ARG;
                    code[pc++] = (byte) (i.arg >> (8 * k));
                }
                code[pc++] = (byte) i.op;
                code[pc++] = (byte) (Opcode.hasArg(i.op) ? i.arg : 0);
                pc += 2 * Opcode.cacheEntries(i.op);
            }
        }

        // Compare CPython assemble.c: assemble_exception_table
        List<ExceptionTable.Entry> entries = new ArrayList<>();
        Block handler = null;
        int start = 0, ioff = 0;
        for (Block b : order) {
            for (Instr i : b.instrs) {
                if (i.except != handler) {
                    if (handler != null) {
                        entries.add(entry(start, ioff, handler));
                    }
                    start = ioff;
                    handler = i.except;
                }
                ioff += size(i);
            }
        }
        if (handler != null) {
            entries.add(entry(start, ioff, handler));
        }

        byte[] linetable = LineTable.encode(order, u.firstlineno);

        Object[] consts = u.constsInOrder();
        String[] names = u.names.keySet().toArray(new String[0]);
        String[] lpn = new String[lp.size() + freeIndex.size()];
        byte[] lpk = new byte[lpn.length];
        int j = 0;
        for (String n : lp.keySet()) {
            lpn[j] = n;
            lpk[j] = kinds.get(j);
            j++;
        }
        for (String n : freeIndex.keySet()) {
            lpn[j] = n;
            lpk[j] = CodeObject.CO_FAST_FREE;
            j++;
        }
        return CodeObject.builder()
            .argcount(u.argcount + u.posonlyargcount)
            .posonlyargcount(u.posonlyargcount)
            .kwonlyargcount(u.kwonlyargcount)
            .stacksize(maxdepth)
            .flags(flags)
            .code(code)
            .consts(consts)
            .names(names)
            .localsplusnames(lpn)
            .localspluskinds(lpk)
            .filename(filename)
            .name(u.name)
            .qualname(u.qualname)
            .firstlineno(u.firstlineno)
            .linetable(linetable)
            .exceptiontable(ExceptionTable.encode(entries))
            .build();
    }

    private static ExceptionTable.Entry entry(int start, int end, Block h) {
        int depth = h.startDepth - 1 - (h.preserveLasti ? 1 : 0);
        return new ExceptionTable.Entry(start * 2, end * 2, h.offset * 2, depth, h.preserveLasti);
    }

    static int extCount(int arg) {
        if (arg > 0xffffff) {
            return 3;
        }
        if (arg > 0xffff) {
            return 2;
        }
        if (arg > 0xff) {
            return 1;
        }
        return 0;
    }

    /** Size in code units: EXTENDED_ARG prefixes, the instruction, its caches. */
    static int size(Instr i) {
        return extCount(i.arg) + 1 + Opcode.cacheEntries(i.op);
    }
}
