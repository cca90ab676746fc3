package org.pyvm.interp;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyObject;

/**
 * The interpreter's side data for one code object, made on its first run and kept in
 * {@link PyCode#prepared}: the shape of a plain positional call, and one inline-cache
 * slot per instruction (indexed by offset / 2) for the instructions that cache what
 * they looked up. Compare CPython's inline CACHE entries (Python/specialize.c); ours are
 * immutable objects replaced on a miss, so that a racing thread sees an old entry or a
 * new one, never half of each.
 */
final class CodeCache {

    /**
     * The number of arguments a call binds by copying them into the first locals: the
     * positional parameter count when there are no keyword-only parameters, *args or
     * **kwargs; -1 otherwise. Compare ceval.c: initialize_locals's first case.
     */
    final int simpleArgc;
    /**
     * The argument count of a call that may run in place (Steps.enterInline): simpleArgc,
     * or -1 for a generator's code, so that one compare decides both.
     */
    final int inlineArgc;
    /** Per instruction: an {@link org.pyvm.runtime.AttrCache} or a {@link Global}, or null. */
    final Object[] entries;
    /** Line starts and the marked bytecode for sys.settrace, made on first use (see Tracer). */
    Tracer.CodeFacts traceFacts;
    /** The number of locals, cells and free variables. */
    final int nlocalsplus;
    /** The length of a frame's locals-plus-stack array. */
    final int frameSize;
    /** A generator, coroutine or async generator: its calls make a generator object. */
    final boolean generator;
    /**
     * N when the code begins with COPY_FREE_VARS N (a closure, or a method using super() or
     * __class__), else 0: a call run in place copies the closure's cells itself
     * (Steps.enterInline) instead of dispatching that instruction through RareOps.
     */
    final int freeVars;
    /** Where a call run in place starts when a break is requested: after COPY_FREE_VARS (2) or 0. */
    final int startPc;
    /**
     * Where a call run in place may start (Steps.enterInline): after the RESUME at
     * {@link #startPc}, whose only work without tracing is the eval breaker, so that it is
     * skipped while no break is requested; else startPc.
     */
    final int entryPc;
    /**
     * A generator whose code has a yield covered by a handler of its own (try/finally,
     * with, except): only then may a suspended generator need closing when it becomes
     * unreachable (GenFrame.closeOnCollect). Set for generator code only.
     */
    final boolean handledYields;
    /** DataLoop's verified stack depth per instruction, made on its first entry (see DataLoop.depths). */
    int[] dataDepths;
    /** DataLoop's copy for this code's loops once they are hot (DataRunner.of), else null (the shared one). */
    DataRunner dataRunner;
    /** Runs of this code's loops in DataLoop counted towards DataRunner.HOT. */
    int dataHeat;
    /** The loop heads DataLoop runs in runNames, made on its first entry (see DataLoop.nameHeads). */
    byte[] dataNames;
    /**
     * Whether CallLoop runs this code (see CallLoop.verify): 0 not yet known, 1 yes,
     * CallLoop.CALLS yes and Eval.loop's calls of it enter CallLoop, -1 no.
     */
    byte callLoop;
    /**
     * Generator code: 1 at each offset where a resumed frame continues after a yield
     * (GenFrame.skipResume) and DataLoop runs enough instructions from there to be worth
     * entering (DataLoop.resumed); made with dataDepths, empty when there is none.
     */
    byte[] dataResume;
    /** Resumptions counted until dataResume is made (DataLoop.resumed). */
    int resumes;
    /** Frames of finished calls run in place, free for reuse (see Steps.recycle); a stack linked by Frame.nextFree. */
    Frame free;
    /** The JIT's code for this code object (see JitHook), once compiled. */
    JitCode jit;
    /** Calls counted towards the JIT threshold. */
    int calls;
    /** Set once the JIT was asked (compiled or refused): no more counting. */
    boolean jitDone;

    private CodeCache(PyCode code) {
        CodeObject co = code.raw;
        boolean simple = co.kwonlyargcount() == 0 && (co.flags() & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0;
        this.simpleArgc = simple ? co.argcount() : -1;
        this.entries = new Object[(code.bytecode.length >> 1) + 1];
        this.nlocalsplus = code.localsplusnames.length;
        this.frameSize = nlocalsplus + code.stacksize + 1;
        this.generator = code.isGenerator();
        this.inlineArgc = generator ? -1 : simpleArgc;
        byte[] bc = code.bytecode;
        this.freeVars = bc.length >= 2 && (bc[0] & 0xff) == org.pyvm.bytecode.Opcode.COPY_FREE_VARS ? bc[1] & 0xff : 0;
        this.startPc = freeVars != 0 ? 2 : 0;
        this.entryPc = bc.length >= startPc + 2 && (bc[startPc] & 0xff) == org.pyvm.bytecode.Opcode.RESUME ? startPc + 2 : startPc;
        this.handledYields = generator && GenFrame.anyYieldHandled(code);
    }

    static CodeCache of(PyCode code) {
        if (code.prepared instanceof CodeCache c) {
            return c;
        }
        return make(code);
    }

    /** The first run's path of {@link #of}, out of line so that callers inline only the check. */
    private static CodeCache make(PyCode code) {
        CodeCache c = new CodeCache(code);
        code.prepared = c;
        return c;
    }

    /**
     * LOAD_GLOBAL's cache: where the name was found, valid while the globals (and, for a
     * builtin, the builtins) have the same keys. Values replaced in place are read afresh,
     * so rebinding a global needs no invalidation. Compare CPython LOAD_GLOBAL_MODULE and
     * LOAD_GLOBAL_BUILTIN (dict keys versions).
     */
    static final class Global {
        final PyDict globals;
        final int globalsVersion;
        /** Null when the name is a global. */
        final PyDict builtins;
        final int builtinsVersion;
        final int index;

        Global(PyDict globals, PyDict builtins, int index) {
            this.globals = globals;
            this.globalsVersion = globals.version();
            this.builtins = builtins;
            this.builtinsVersion = builtins == null ? 0 : builtins.version();
            this.index = index;
        }

        /** The cached value, or null when the dictionaries changed shape. */
        PyObject get(PyDict g, PyDict b) {
            if (g != globals || g.version() != globalsVersion) {
                return null;
            }
            if (builtins == null) {
                return g.valueAt(index);
            }
            if (b != builtins || b.version() != builtinsVersion) {
                return null;
            }
            return b.valueAt(index);
        }
    }
}
