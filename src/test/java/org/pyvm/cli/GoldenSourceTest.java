package org.pyvm.cli;

import org.junit.jupiter.api.Test;
import org.pyvm.testing.Golden;

/**
 * The golden programs run by pyvm alone: each NAME.py is parsed and compiled by our
 * front end and compiler and run by our interpreter ({@code pyvm NAME.py}), no CPython
 * involved; the results must equal what CPython 3.12 printed. Programs that do not yet
 * are listed in tests/programs/known-failures-source.txt, checked both ways.
 */
class GoldenSourceTest {

    @Test
    void goldenProgramsRunFromSource() throws Exception {
        GoldenModes.check("GoldenSourceTest", "known-failures-source.txt", Golden.programs(),
            p -> new String[] {p.source().toString()});
    }
}
