package org.pyvm.ast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A set of code points read from a resource of "first last" hex ranges. CPython 3.12
 * answers Unicode questions from Unicode 15.0 while the JDK has a newer version; the
 * tables (tests/parser/gen-unicode.py) keep repr() and identifiers exactly CPython's.
 */
public final class CodePointSet {
    private final int[] firsts;
    private final int[] lasts;

    private CodePointSet(int[] firsts, int[] lasts) {
        this.firsts = firsts;
        this.lasts = lasts;
    }

    /** Loads RESOURCE relative to class OWNER. */
    public static CodePointSet load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            int[] f = new int[1024];
            int[] l = new int[1024];
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int sp = line.indexOf(' ');
                if (n == f.length) {
                    f = Arrays.copyOf(f, n * 2);
                    l = Arrays.copyOf(l, n * 2);
                }
                f[n] = Integer.parseInt(line, 0, sp, 16);
                l[n] = Integer.parseInt(line, sp + 1, line.length(), 16);
                n++;
            }
            return new CodePointSet(Arrays.copyOf(f, n), Arrays.copyOf(l, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(int cp) {
        int i = Arrays.binarySearch(firsts, cp);
        if (i >= 0) {
            return true;
        }
        int k = -i - 2;
        return k >= 0 && cp <= lasts[k];
    }
}
