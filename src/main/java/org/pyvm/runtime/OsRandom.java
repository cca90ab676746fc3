package org.pyvm.runtime;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The operating system's random bytes, read as CPython's _PyOS_URandom reads them when it
 * does not call getrandom(2) (Python/bootstrap_hash.c: dev_urandom): from /dev/urandom, the
 * kernel's pool. Used for the hash secret, os.urandom and os.getrandom, and an unseeded
 * random.Random.
 *
 * <p>Not the JDK's SecureRandom: its first construction loads the security providers (the
 * java.security properties file, the provider list), ~10 ms of the bytecode interpreter at
 * start-up, and the hash secret is needed in every run. SecureRandom remains the fallback
 * where /dev/urandom cannot be read (then its cost is paid once).
 *
 * <p>The file is opened for each request and closed again, rather than kept open as
 * CPython's urandom_cache does: a descriptor the JVM held could be closed under it by
 * Python code working on raw descriptors (os.closerange, a child's close_fds).
 */
public final class OsRandom {

    private OsRandom() {}

    /** Fills B with random bytes. */
    public static void fill(byte[] b) {
        if (b.length == 0) {
            return;
        }
        try (InputStream in = new FileInputStream("/dev/urandom")) {
            int n = 0;
            while (n < b.length) {
                int r = in.read(b, n, b.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            if (n == b.length) {
                return;
            }
        } catch (IOException | SecurityException e) {
            // fall through to the JDK's generator
        }
        Fallback.RANDOM.nextBytes(b);
    }

    /** Made only if /dev/urandom fails. */
    private static final class Fallback {
        static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    }
}
