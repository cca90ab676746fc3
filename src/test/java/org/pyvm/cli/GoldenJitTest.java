package org.pyvm.cli;

import org.junit.jupiter.api.Test;
import org.pyvm.testing.Golden;

/**
 * The golden programs from source with the JIT forced on ({@code -X jit=0}: every
 * function is compiled to JVM bytecode at its first call): the results must equal what
 * CPython 3.12 printed, as in the interpreter. Programs that do not yet are listed in
 * tests/programs/known-failures-jit.txt, checked both ways.
 */
class GoldenJitTest {

    @Test
    void goldenProgramsRunWithTheJitForcedOn() throws Exception {
        GoldenModes.check("GoldenJitTest", "known-failures-jit.txt", Golden.programs(),
            p -> new String[] {"-X", "jit=0", p.source().toString()});
    }
}
