package org.pyvm.modules.sre;

import java.util.Random;

/** Random regular expressions and subjects from a small grammar, for the oracle tests. */
final class RegexGen {

    private RegexGen() {}

    private static final String[] ATOMS = {
        "a", "a", "a", "a", "b", "b", "b", "c", "A", ".", "[ab]", "[^a]", "[a-c]", "[b-cB]", "\\w", "\\W",
        "\\d", "\\s", "\\S", "\\b", "\\B", "^", "$", "\\A", "\\Z", "k", "s", "\\n", "x", "[\\w-]",
        "\u00e9", "[^\\s]", "[\u0100-\u017f]", "(?i:s)", "(?-i:a)", "(?s:.)", "[^\\d\\s]",
        "\u00df", "[\u0130\u0131i]", "\u03c3", "[k-l]", "[\\w\\n]",
        "[\u0101\u0103\u0105\u0107\u0109\u010b\u010d\u010f\u0111\u0113\u0115\u0117\u0119]",
    };
    private static final String[] QUANTS = {
        "*", "+", "?", "{2}", "{0,2}", "{1,3}", "{2,}", "*?", "+?", "??", "{1,2}?", "*+", "++",
        "?+", "{1,2}+",
    };

    static String pattern(Random r) {
        // groups[0]: groups opened so far; closed: the numbers of those already closed.
        int[] groups = {0};
        return seq(r, 0, groups, new java.util.ArrayList<>());
    }

    private static String seq(Random r, int depth, int[] groups, java.util.List<Integer> closed) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(depth == 0 ? 4 : 3);
        for (int i = 0; i < n; i++) {
            sb.append(item(r, depth, groups, closed));
        }
        if (depth < 3 && r.nextInt(depth == 0 ? 6 : 3) == 0) {
            sb.append('|').append(seq(r, depth + 1, groups, closed));
        }
        return sb.toString();
    }

    private static String item(Random r, int depth, int[] groups, java.util.List<Integer> closed) {
        String atom;
        int k = r.nextInt(depth >= 3 ? 10 : 16);
        if (k < 10) {
            atom = ATOMS[r.nextInt(ATOMS.length)];
        } else {
            switch (k) {
                case 10, 11 -> {
                    int g = ++groups[0];
                    atom = "(" + seq(r, depth + 1, groups, closed) + ")";
                    closed.add(g);
                }
                case 12 -> atom = "(?:" + seq(r, depth + 1, groups, closed) + ")";
                case 13 -> {
                    String[] kinds = {"(?>", "(?=", "(?!", "(?<=", "(?<!"};
                    String kind = kinds[r.nextInt(kinds.length)];
                    // Lookbehind needs a fixed width: only literals inside.
                    String body = kind.startsWith("(?<") ? (r.nextBoolean() ? "a" : "ab") : seq(r, depth + 1, groups, closed);
                    atom = kind + body + ")";
                }
                case 14 -> atom = !closed.isEmpty() ? "\\" + closed.get(r.nextInt(closed.size())) : "a";
                default -> atom = !closed.isEmpty()
                    ? "(?(" + closed.get(r.nextInt(closed.size())) + ")" + seq(r, depth + 1, groups, closed) + "|" + seq(r, depth + 1, groups, closed) + ")"
                    : "b";
            }
        }
        boolean anchor = atom.equals("^") || atom.equals("$") || atom.startsWith("\\") && "AZbB".indexOf(atom.charAt(1)) >= 0;
        // Groups are repeated more often than single atoms: that is where marks are saved.
        if (!anchor && r.nextInt(atom.startsWith("(") && !atom.startsWith("(?<") ? 2 : 3) == 0) {
            atom += QUANTS[r.nextInt(QUANTS.length)];
        }
        return atom;
    }

    private static final String STR_ALPHABET = "aaabbbcAB k\nsS_1x\u00e9\u00c9\u212a\u017f"
        + "\u0131\u0130\u00df\u1e9e\u03c3\u03c2\u03a3\u0101\u0100\u0103";
    private static final String BYTES_ALPHABET = "aaabbbcAB k\nsS_1x\u00e9\u00c9";

    static String subject(Random r, boolean bytes) {
        return subject(r, bytes, r.nextInt(12));
    }

    static String subject(Random r, boolean bytes, int n) {
        String alpha = bytes ? BYTES_ALPHABET : STR_ALPHABET;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // Mostly a and b, so that patterns built of them often match.
            String from = r.nextInt(10) < 7 ? "aab" : alpha;
            sb.append(from.charAt(r.nextInt(from.length())));
        }
        return sb.toString();
    }
}
