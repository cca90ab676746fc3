package org.pyvm.cli;

import org.junit.jupiter.api.Test;
import org.pyvm.testing.Golden;

/**
 * The golden programs from source with the JIT forced on ({@code -X jit=0}: every
 * function is compiled to JVM bytecode at its first call): the results must equal what
 * CPython 3.12 printed, as in the interpreter. Programs that do not yet are listed in
 * tests/programs/known-failures-jit.txt, checked both ways. {@code -Dpyvm.test.jit=N} runs
 * them with threshold N instead (2 exercises on-stack replacement: a function's loops are
 * entered in compiled code from the interpreter during its first call).
 */
class GoldenJitTest {

    @Test
    void goldenProgramsRunWithTheJitForcedOn() throws Exception {
        GoldenModes.check("GoldenJitTest", "known-failures-jit.txt", Golden.programs(),
            p -> new String[] {"-X", "jit=" + System.getProperty("pyvm.test.jit", "0"), p.source().toString()});
    }
}
