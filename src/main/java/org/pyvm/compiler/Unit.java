package org.pyvm.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The compiler's state for one code object being generated: its scope, tables of
 * constants, names and variables, the blocks emitted so far and the frame-block stack.
 * Compare CPython Python/compile.c: struct compiler_unit.
 */
final class Unit {

    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS }

    enum FType { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION }

    record FBlock(FType type, Block block, Block exit, Object datum, Loc loc) {}

    /** An inlined comprehension being compiled inside this unit (PEP 709). */
    record InlinedComp(Scope scope, boolean inClassBlock) {}

    final Scope ste;
    final Kind kind;
    final String name;
    String qualname;
    final int firstlineno;
    String privateName;

    final LinkedHashMap<Object, Integer> consts = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    /** Names made fast locals for a while in a module or class by an inlined comprehension (u_fasthidden): CO_FAST_HIDDEN. */
    final Map<String, Boolean> fastHidden = new HashMap<>();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;

    final List<Block> blocks = new ArrayList<>();
    Block entry;
    Block cur;
    int nextBlockId;
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    final List<InlinedComp> inlined = new ArrayList<>();

    Unit(Scope ste, Kind kind, String name, int firstlineno) {
        this.ste = ste;
        this.kind = kind;
        this.name = name;
        this.firstlineno = firstlineno;
        for (String v : ste.varnames) {
            varnames.put(v, varnames.size());
        }
        // Compare CPython compile.c: compiler_enter_scope (dictbytype, sorted)
        TreeSet<String> cells = new TreeSet<>();
        TreeSet<String> frees = new TreeSet<>();
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            int sc = ste.scopeOf(e.getKey());
            if (sc == Scope.CELL || (e.getValue() & Scope.DEF_COMP_CELL) != 0) {
                cells.add(e.getKey());
            }
            if (sc == Scope.FREE || (e.getValue() & Scope.DEF_FREE_CLASS) != 0) {
                frees.add(e.getKey());
            }
        }
        cellvars.addAll(cells);
        if (ste.needsClassClosure) {
            cellvars.add("__class__");
        }
        if (ste.needsClassDict) {
            cellvars.add("__classdict__");
        }
        freevars.addAll(frees);
        entry = newBlock();
        blocks.add(entry);
        cur = entry;
    }

    Block newBlock() {
        return new Block(nextBlockId++);
    }

    int varIndex(String name) {
        Integer i = varnames.get(name);
        if (i == null) {
            i = varnames.size();
            varnames.put(name, i);
        }
        return i;
    }

    int nameIndex(String name) {
        Integer i = names.get(name);
        if (i == null) {
            i = names.size();
            names.put(name, i);
        }
        return i;
    }

    int constIndex(Object value) {
        // A NaN equals itself only as the same object (CPython's const cache compares keys
        // by identity first, then ==): each folded NaN is a constant of its own.
        Object key = value instanceof Double d && d.isNaN() ? new IdentityKey(value) : value;
        Integer i = consts.get(key);
        if (i == null) {
            i = consts.size();
            consts.put(key, i);
        }
        return i;
    }

    boolean isFunctionLike() {
        return ste.isFunctionLike();
    }

    /** The constants by index (co_consts). */
    Object[] constsInOrder() {
        Object[] out = new Object[consts.size()];
        for (var e : consts.entrySet()) {
            out[e.getValue()] = constOfKey(e.getKey());
        }
        return out;
    }

    /** The constant a key of {@link #consts} stands for. */
    static Object constOfKey(Object key) {
        return key instanceof IdentityKey k ? k.value() : key;
    }
}
