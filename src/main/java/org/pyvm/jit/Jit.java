package org.pyvm.jit;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.pyvm.interp.JitCode;
import org.pyvm.interp.JitHook;
import org.pyvm.runtime.PyCode;

/**
 * The JIT's entry point: installs the compiler into the interpreter's {@link JitHook}
 * for one run. Configuration: {@code -X jit=off} (or the system property
 * {@code pyvm.jit=off}) turns it off; {@code -X jit=N} (or {@code pyvm.jit.threshold=N})
 * sets how many calls of a function come before it is compiled (0: at the first call;
 * default 1000). {@code -Dpyvm.jit.debug=true} prints why a code object was not compiled.
 * Loading this class loads nothing else: the compiler's classes load at the first
 * compilation.
 */
public final class Jit implements JitHook.Compiler {

    private static final int DEFAULT_THRESHOLD = 1000;

    /** Code objects compiled so far in this JVM (for tests and -Dpyvm.jit.debug). */
    private static final java.util.concurrent.atomic.AtomicInteger COMPILED = new java.util.concurrent.atomic.AtomicInteger();

    private Jit() {}

    /** How many code objects this JVM compiled. */
    public static int compiledCount() {
        return COMPILED.get();
    }

    /** Configures the JIT for a run from the command line's -X options. */
    public static void install(List<String> xOptions) {
        String mode = System.getProperty("pyvm.jit", "on");
        String threshold = System.getProperty("pyvm.jit.threshold");
        for (String x : xOptions) {
            if (x.startsWith("jit=")) {
                String v = x.substring(4);
                if (v.equals("off") || v.equals("on")) {
                    mode = v;
                } else {
                    mode = "on";
                    threshold = v;
                }
            }
        }
        if (mode.equals("off")) {
            JitHook.install(null, DEFAULT_THRESHOLD);
            return;
        }
        int n = DEFAULT_THRESHOLD;
        if (threshold != null) {
            try {
                n = Math.max(0, Integer.parseInt(threshold.strip()));
            } catch (NumberFormatException e) {
                n = DEFAULT_THRESHOLD;
            }
        }
        JitHook.install(new Jit(), n);
    }

    @Override
    public JitCode compile(PyCode code) {
        try {
            JitCode j = CodeCompiler.compile(code, MethodHandles.lookup());
            COMPILED.incrementAndGet();
            return j;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
