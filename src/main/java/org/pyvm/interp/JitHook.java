package org.pyvm.interp;

import org.pyvm.runtime.PyCode;

/**
 * Where the jit layer plugs into the interpreter (the interpreter never imports it): the
 * cli installs a {@link Compiler} at start-up, and the interpreter counts calls per code
 * object ({@code CodeCache.calls}) and asks for compiled code once a count reaches
 * {@link #threshold}.
 */
public final class JitHook {

    private JitHook() {}

    /** Turns a code object into JVM code, or gives null (the code stays interpreted). */
    public interface Compiler {
        JitCode compile(PyCode code);
    }

    /** The installed compiler; null when the JIT is off. */
    static volatile Compiler compiler;
    /** Calls (and loop iterations) of one code object before it is compiled. */
    static int threshold = 1000;

    /** Installs COMPILER (null: off) with its THRESHOLD, for this run. */
    public static void install(Compiler c, int threshold) {
        JitHook.threshold = threshold;
        compiler = c;
    }

    /**
     * Counts one call of CC's code; at the threshold, compiles it (once; a failure leaves
     * it interpreted for good). Gives the compiled code or null.
     */
    static JitCode count(CodeCache cc, PyCode code) {
        Compiler c = compiler;
        if (c == null) {
            return null;
        }
        if (cc.jitDone) {
            return cc.jit;
        }
        if (++cc.calls < threshold) {
            return null;
        }
        return compileNow(cc, code, c);
    }

    /** The threshold was reached: compiles CODE once (out of line, so that count stays small to inline). */
    private static JitCode compileNow(CodeCache cc, PyCode code, Compiler c) {
        cc.jitDone = true;
        if (cc.generator || (code.flags & org.pyvm.bytecode.CodeObject.CO_OPTIMIZED) == 0) {
            return null;
        }
        JitCode j;
        try {
            j = c.compile(code);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A compile failure never reaches the program: the code stays interpreted.
            if (Boolean.getBoolean("pyvm.jit.debug")) {
                System.err.println("pyvm jit: " + code.name + ": " + e);
            }
            j = null;
        }
        cc.jit = j;
        return j;
    }

    /** What Eval.loop returns to have Eval.run continue the frame in its compiled code. */
    static final org.pyvm.runtime.PyObject OSR = new org.pyvm.runtime.PyCell(null);

    /**
     * A backward jump in the interpreter: counts it as a call would count and tells
     * whether the frame should continue in compiled code from here (on-stack replacement,
     * so that a long loop in a function called once is compiled too). Not under tracing,
     * nor for a frame that already left compiled code in this invocation (which would
     * bounce between the two at every iteration).
     */
    static boolean backEdge(Frame f) {
        return !f.leftJit && !org.pyvm.runtime.Tracing.active && count(f.cache, f.code) != null;
    }

    /** The compiled code of CC, when the JIT is on. */
    static JitCode of(CodeCache cc) {
        return compiler == null ? null : cc.jit;
    }
}
