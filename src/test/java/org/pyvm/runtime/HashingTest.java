package org.pyvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The SipHash key PYTHONHASHSEED gives: the expected hashes are CPython 3.12's
 * {@code hash(b'abc')} with PYTHONHASHSEED set to 0, 42 and 5. The process's own key is
 * left alone (other tests in this JVM hash with it).
 */
class HashingTest {

    private static long hashWith(long seed, String ascii) {
        long[] k = Hashing.key(seed);
        return Hashing.siphash13(k[0], k[1], ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void seedsGiveCPythonsHashes() {
        assertEquals(-4594863902769663758L, hashWith(0, "abc"));
        assertEquals(3869580338025362921L, hashWith(42, "abc"));
        assertEquals(1824667261547333466L, hashWith(5, "abc"));
    }

    @Test
    void randomKeysDiffer() {
        assertNotEquals(hashWith(-1, "abc"), hashWith(-1, "abc"));
    }

    @Test
    void testsRunWithTheZeroKey() {
        assertEquals(-4594863902769663758L, Hashing.hashString("abc"));
    }
}
