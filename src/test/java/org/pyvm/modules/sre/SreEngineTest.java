package org.pyvm.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Engine properties that need no oracle: long subjects do not use Java stack, the
 * interrupt check runs, invalid code raises SreException. The code lists are what
 * CPython 3.12's re._compiler._code gives for the pattern in each comment (MAXREPEAT
 * written as -1).
 */
class SreEngineTest {

    static final int MAX = -1;

    // (?:ab|cd)*
    static final int[] AB_OR_CD_STAR = {14, 4, 0, 0, MAX, 23, 19, 0, MAX, 7, 7, 16, 97, 16, 98, 15, 9, 7, 16, 99,
        16, 100, 15, 2, 0, 18, 1};
    // (a|b)*c
    static final int[] A_OR_B_STAR_C = {14, 4, 0, 1, MAX, 23, 13, 0, MAX, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18,
        16, 99, 1};
    // (?:a|b)*?c
    static final int[] LAZY = {14, 4, 0, 1, MAX, 26, 10, 0, MAX, 13, 5, 22, 97, 98, 0, 1, 16, 99, 1};
    // (a+)+b
    static final int[] CATASTROPHIC = {14, 4, 0, 2, MAX, 23, 14, 1, MAX, 17, 0, 24, 6, 1, MAX, 16, 97, 1, 17, 1, 18,
        16, 98, 1};
    // x
    static final int[] X = {14, 8, 3, 1, 1, 1, 1, 120, 0, 16, 120, 1};

    static int[] repeat(String unit, int times, String tail) {
        return (unit.repeat(times) + tail).codePoints().toArray();
    }

    @Test
    void aMillionCharactersThroughARepeatUseNoJavaStack() {
        int[] s = repeat("abcd", 250_000, "");
        SreMatch m = new SrePattern(AB_OR_CD_STAR, 0, 0).match(s);
        assertNotNull(m);
        assertEquals(1_000_000, m.end());

        int[] t = repeat("ab", 500_000, "c");
        SreMatch g = new SrePattern(A_OR_B_STAR_C, 0, 1).match(t);
        assertNotNull(g);
        assertEquals(1_000_001, g.end());
        assertEquals(999_999, g.start(1));
        assertEquals(1_000_000, g.end(1));
        assertEquals(1, g.lastindex());

        // No c at the end: the whole repeat backtracks, one context at a time.
        assertNull(new SrePattern(A_OR_B_STAR_C, 0, 1).match(repeat("ab", 200_000, "")));

        SreMatch lazy = new SrePattern(LAZY, 0, 0).search(repeat("ab", 500_000, "c"));
        assertEquals(1_000_001, lazy.end());
    }

    @Test
    void searchSkipsToTheLiteralPrefix() {
        int[] s = repeat("y", 100_000, "x");
        SreMatch m = new SrePattern(X, 0, 0).search(s);
        assertEquals(100_000, m.start());
        assertNull(new SrePattern(X, 0, 0).search(s, 0, 100_000));
    }

    @Test
    void interruptCheckRunsAndCanEndAMatch() {
        AtomicInteger calls = new AtomicInteger();
        SrePattern.setInterruptCheck(() -> {
            if (calls.incrementAndGet() > 50) {
                throw new SreException("KeyboardInterrupt", "");
            }
        });
        try {
            SreException e = assertThrows(SreException.class,
                () -> new SrePattern(CATASTROPHIC, 0, 1).match(repeat("a", 40, "")));
            assertEquals("KeyboardInterrupt", e.pythonType());
            assertTrue(calls.get() > 50);
        } finally {
            SrePattern.setInterruptCheck(null);
        }
    }

    @Test
    void invalidCodeIsAnSreException() {
        SreException bad = assertThrows(SreException.class, () -> new SrePattern(new int[] {99, 1}, 0, 0).match(new int[] {97}));
        assertEquals("RuntimeError", bad.pythonType());
        // MAX_UNTIL without a REPEAT.
        SreException state = assertThrows(SreException.class, () -> new SrePattern(new int[] {18, 1}, 0, 0).match(new int[0]));
        assertEquals("RuntimeError", state.pythonType());
        // A skip that jumps out of the code.
        assertThrows(SreException.class, () -> new SrePattern(new int[] {15, 1000}, 0, 0).match(new int[0]));
        assertThrows(SreException.class, () -> new SrePattern(new int[0], 0, 0));
    }

    @Test
    void mutatedCodeRaisesSreExceptionOrRuns() {
        // Every word of a few real code lists changed to small and odd values, and every
        // truncation: the constructor or the match may refuse with an SreException, but
        // nothing else may escape, and nothing may run away (the interrupt check ends it).
        int[][] seeds = {AB_OR_CD_STAR, A_OR_B_STAR_C, LAZY, CATASTROPHIC, X,
            // (a)(?(1)b|c)
            {14, 8, 1, 2, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1},
            // (?<=ab)c
            {14, 4, 0, 1, 1, 4, 7, 2, 16, 97, 16, 98, 1, 16, 99, 1},
            // (?>ab|a)c
            {14, 4, 0, 2, 3, 27, 14, 16, 97, 7, 5, 16, 98, 15, 5, 3, 15, 2, 0, 1, 16, 99, 1}};
        int[] values = {0, 1, 2, 3, 4, 6, 7, 12, 13, 15, 17, 18, 19, 23, 24, 28, 42, 43, 97, 255, 1000, -1, -2,
            Integer.MAX_VALUE, Integer.MIN_VALUE};
        int[] subject = "abcabcab\nc".codePoints().toArray();
        AtomicInteger steps = new AtomicInteger();
        SrePattern.setInterruptCheck(() -> {
            if (steps.incrementAndGet() > 50) {
                throw new SreException("KeyboardInterrupt", "");
            }
        });
        int runs = 0, refused = 0;
        try {
            for (int[] seed : seeds) {
                for (int i = 0; i <= seed.length; i++) {
                    for (int v : i < seed.length ? values : new int[] {0}) {
                        int[] code = i < seed.length ? seed.clone() : Arrays.copyOf(seed, seed.length / 2);
                        if (i < seed.length) {
                            code[i] = v;
                        }
                        for (int groups = 0; groups <= 2; groups++) {
                            steps.set(0);
                            try {
                                SrePattern p = new SrePattern(code, 0, groups);
                                p.match(subject);
                                p.search(subject, 1, 9);
                                SreScanner sc = p.scanner(subject);
                                for (int k = 0; k < 20 && sc.search() != null; k++) {
                                    // iterate
                                }
                                runs++;
                            } catch (SreException e) {
                                refused++;
                            }
                        }
                    }
                }
            }
        } finally {
            SrePattern.setInterruptCheck(null);
        }
        System.out.println("[sre] mutated code: " + runs + " ran, " + refused + " refused with SreException");
        assertTrue(runs > 0 && refused > 0, runs + " ran, " + refused + " refused");
    }

    @Test
    void codeOfConvertsUnsignedWords() {
        int[] code = SrePattern.codeOf(new long[] {14, 4, 0, 0, 4294967295L, 1});
        assertEquals(-1, code[4]);
        assertThrows(SreException.class, () -> SrePattern.codeOf(new long[] {4294967296L}));
        assertTrue(Arrays.equals(new int[] {1}, SrePattern.codeOf(new long[] {1})));
    }
}
