package org.pyvm.runtime.text;

/**
 * Substring search in linear time, for str (and bytes, which run the str methods over a
 * Latin-1 string). The JDK's String.indexOf compares the needle at each position, so a
 * long needle that nearly matches everywhere costs n*m ('a'*N + 'b' in 'a'*4N): CPython
 * promises O(n + m) there (its stringlib/fastsearch.h switches to the two-way algorithm
 * for long needles). Here a needle whose naive worst case is small keeps the JDK's
 * vectorised search; the others use Knuth-Morris-Pratt, forward or backward, whose
 * table is built once per call (count and replace build it once for all matches).
 * Indices are char indices into the String.
 */
public final class Search {

    private Search() {}

    /** Above this many char comparisons in the worst case, the naive search is not used. */
    private static final long NAIVE_LIMIT = 1L << 16;

    private static boolean naive(int span, int m) {
        return m <= 8 || (long) (span - m + 1) * m <= NAIVE_LIMIT;
    }

    /** The first index of NEEDLE in HAY[from, to), or -1. NEEDLE is not empty. */
    public static int indexOf(String hay, String needle, int from, int to) {
        int m = needle.length();
        if (to - from < m) {
            return -1;
        }
        if (naive(to - from, m)) {
            return hay.indexOf(needle, from, to);
        }
        return new Kmp(needle, false).next(hay, from, to);
    }

    /** The last index of NEEDLE in HAY[from, to), or -1. NEEDLE is not empty. */
    public static int lastIndexOf(String hay, String needle, int from, int to) {
        int m = needle.length();
        if (to - from < m) {
            return -1;
        }
        if (naive(to - from, m)) {
            int k = hay.lastIndexOf(needle, to - m);
            return k >= from ? k : -1;
        }
        return new Kmp(needle, true).next(hay, from, to);
    }

    /** Non-overlapping occurrences of NEEDLE in HAY[from, to), at most MAX (MAX < 0: all). */
    public static long count(String hay, String needle, int from, int to, long max) {
        Matcher mt = new Matcher(needle);
        long c = 0;
        int i = from;
        while (max < 0 || c < max) {
            int j = mt.next(hay, i, to);
            if (j < 0) {
                break;
            }
            c++;
            i = j + needle.length();
        }
        return c;
    }

    /** A forward matcher for one needle, reusable across calls. */
    public static Matcher matcher(String needle) {
        return new Matcher(needle);
    }

    /** Repeated forward searches for one needle (split, replace): one table for all. */
    public static final class Matcher {
        private final String needle;
        private Kmp kmp;

        Matcher(String needle) {
            this.needle = needle;
        }

        /** The first index of the needle in HAY[from, to), or -1. */
        public int next(String hay, int from, int to) {
            int m = needle.length();
            if (to - from < m) {
                return -1;
            }
            if (kmp == null && naive(to - from, m)) {
                return hay.indexOf(needle, from, to);
            }
            if (kmp == null) {
                kmp = new Kmp(needle, false);
            }
            return kmp.next(hay, from, to);
        }
    }

    /**
     * Knuth-Morris-Pratt: fail[i] is the length of the longest proper border of the
     * needle's first i+1 chars (of its last i+1, read backwards, when REVERSE).
     */
    private static final class Kmp {
        private final String p;
        private final boolean reverse;
        private final int[] fail;

        Kmp(String needle, boolean reverse) {
            this.p = needle;
            this.reverse = reverse;
            int m = needle.length();
            fail = new int[m];
            int k = 0;
            for (int i = 1; i < m; i++) {
                char c = at(i);
                while (k > 0 && at(k) != c) {
                    k = fail[k - 1];
                }
                if (at(k) == c) {
                    k++;
                }
                fail[i] = k;
            }
        }

        /** The needle's I-th char in search order. */
        private char at(int i) {
            return reverse ? p.charAt(p.length() - 1 - i) : p.charAt(i);
        }

        /** The first (last, when reverse) match in HAY[from, to), as a start index, or -1. */
        int next(String hay, int from, int to) {
            int m = p.length();
            int k = 0;
            if (!reverse) {
                for (int i = from; i < to; i++) {
                    char c = hay.charAt(i);
                    while (k > 0 && p.charAt(k) != c) {
                        k = fail[k - 1];
                    }
                    if (p.charAt(k) == c && ++k == m) {
                        return i - m + 1;
                    }
                }
            } else {
                for (int i = to - 1; i >= from; i--) {
                    char c = hay.charAt(i);
                    while (k > 0 && at(k) != c) {
                        k = fail[k - 1];
                    }
                    if (at(k) == c && ++k == m) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }
}
