package org.pyvm.compiler;

import java.util.ArrayList;
import java.util.List;

/** A basic block of the control-flow graph. Compare CPython Python/flowgraph.c: basicblock. */
final class Block {
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    /** The block that follows this one in layout order (fall-through successor). */
    Block next;
    int startDepth = Integer.MIN_VALUE;
    boolean visited;
    boolean exceptHandler;
    boolean preserveLasti;
    boolean cold;
    boolean warm;
    /** A jump target (a label in CPython's instruction sequence), not a block started after a terminator. */
    boolean labeled;
    int predecessors;
    long unsafeLocals;
    int offset;
    /** The except stack on entry (used while labelling exception targets). */
    java.util.ArrayDeque<Instr> exceptStack;

    Block(int id) {
        this.id = id;
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    @Override
    public String toString() {
        return "B" + id;
    }
}
