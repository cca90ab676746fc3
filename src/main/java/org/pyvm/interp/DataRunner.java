package org.pyvm.interp;

import java.lang.invoke.MethodHandles;
import org.pyvm.runtime.PyObject;

/**
 * One copy of {@link DataLoop}'s dispatch loop: DataLoop itself, the loop every code object
 * starts with, or a copy of it made for one hot code object ({@link #of}), so that the JVM
 * profiles and compiles that code's loops apart from all others.
 *
 * <p>Why: C2 compiles DataLoop.run once, from the branch and switch profile of the loops
 * that made it hot first, and does not compile it again; its cases are laid out for those
 * loops, the cases that profile never saw as cold blocks, and an on-stack-replacement
 * compile made during one loop serves every later loop that stays in one invocation of
 * run (see docs/ARCHITECTURE.md, DataLoop: nbody's `advance` ran in a compile made from
 * the loops before it). A copy is a hidden class defined from DataLoop's own class file
 * (Lookup.defineHiddenClass): the same Java code, with methods, profiles and compiled
 * code of its own; no Python-specific code is generated. Its run calls its own helpers
 * (binaryOp, compare, intOp: references to DataLoop in the class file resolve to the
 * copy), so their profiles are the hot code's too.
 *
 * <p>Costs: each copy that runs long enough is compiled by C1 and C2 again (MAX_COPIES
 * bounds that), and a copy begins in the JVM's interpreter, so it is made early in a hot
 * code object's life ({@link #HOT}), before the shared loop has been compiled for it.
 * Eval.loop's entries (DataLoop.enter) and generators' resumptions (DataLoop.resumed)
 * use copies; CallLoop does not. Runs under the GIL.
 */
abstract class DataRunner {

    /** DataLoop.run of this copy. */
    abstract long loop(Frame f, PyObject[] s, byte[] code, PyObject[] consts, int pc, int sp);

    /** DataLoop.runNames of this copy (loops with LOAD_NAME/STORE_NAME or instance attributes). */
    abstract long loopNames(Frame f, PyObject[] s, byte[] code, PyObject[] consts, int pc, int sp);

    /**
     * Runs of a code object's loops (calls of run from DataLoop.enter, including those
     * after each Slow.step, DataLoop.TICK rounds of a long loop, and resumptions that
     * DataLoop.resumed runs) after which they get a
     * copy of their own, once the program has started (PyRuntime.programStarted). Start-up's
     * loops reach it in a few functions that run short loops often (os._get_exports_list;
     * not with 800), which is why they wait; a hot loop reaches it in a few milliseconds,
     * before the shared run has been compiled from its profile.
     */
    static final int HOT = 200;

    /** The most copies a process makes: each costs C1 and C2 compiles of its own. 0 turns copies off. */
    static final int MAX_COPIES = Integer.getInteger("pyvm.dataLoopCopies", 16);

    private static int copies;
    private static byte[] classFile;

    /**
     * The copy to run C's loops in, or null for the shared loop: counts this run towards
     * {@link #HOT} and makes the copy there (DataLoop.enter and DataLoop.resumed).
     */
    static DataRunner forCode(CodeCache c) {
        DataRunner r = c.dataRunner;
        if (r == null && ++c.dataHeat >= HOT) {
            r = of(c);
        }
        return r;
    }

    /**
     * The copy of DataLoop for C's loops, now hot: a new one, or DataLoop's own when
     * MAX_COPIES are made (or a copy cannot be made), recorded in C; null before the
     * program has started.
     */
    private static DataRunner of(CodeCache c) {
        if (!org.pyvm.runtime.PyRuntime.programStarted) {
            // Start-up's own loops keep the shared loop (null: enter runs it and asks again
            // later): os._get_exports_list reaches HOT during site's imports, and its copy
            // cost 7 ms of an empty program's 144 (median of 15 alternated runs).
            return null;
        }
        DataRunner r = DataLoop.INSTANCE;
        if (copies < MAX_COPIES) {
            copies++;
            try {
                if (classFile == null) {
                    try (java.io.InputStream in = DataLoop.class.getResourceAsStream("DataLoop.class")) {
                        classFile = in.readAllBytes();
                    }
                }
                MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClass(classFile, true);
                r = (DataRunner) l.findStaticGetter(l.lookupClass(), "INSTANCE", DataRunner.class).invoke();
            } catch (Throwable e) {
                // No class file to read (an unusual class path) or a JVM that refuses: the
                // shared loop is correct, only not specialized.
                copies = MAX_COPIES;
                r = DataLoop.INSTANCE;
            }
        }
        c.dataRunner = r;
        return r;
    }
}
