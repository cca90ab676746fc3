package org.pyvm.compiler;

/**
 * One instruction of the control-flow graph: opcode (real or pseudo), argument, jump
 * target, location, and the exception handler that covers it (set by
 * {@link FlowGraph#labelExceptionTargets}). Compare CPython Python/flowgraph.c: cfg_instr.
 */
final class Instr {
    int op;
    int arg;
    Block target;
    Loc loc;
    /** For cell and free variable opcodes: the variable's name, resolved when assembling. */
    String name;
    /** For cell and free variable opcodes: look the name up among the free variables (else the cells). */
    boolean free;
    /** The handler block for an exception raised here, or null. */
    Block except;

    Instr(int op, int arg, Block target, Loc loc) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.loc = loc;
    }

    Instr copy() {
        Instr i = new Instr(op, arg, target, loc);
        i.name = name;
        i.free = free;
        i.except = except;
        return i;
    }

    @Override
    public String toString() {
        return org.pyvm.bytecode.Opcode.name(op) + " " + arg + (target != null ? " ->B" + target.id : "")
            + (name != null ? " " + name : "");
    }
}
