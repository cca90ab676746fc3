package org.pyvm.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The character categories and case helpers against CPython 3.12 over every code point:
 * CPython runs \d \s \w and the line-break category over all characters, and prints
 * {@code _sre.unicode_iscased}, {@code _sre.unicode_tolower}, {@code _sre.ascii_*}. Every
 * code point counts, also those unassigned in CPython's Unicode (15.0) that the JDK's newer
 * Unicode assigns: pyvm's facts are 15.0's (runtime.text.UnicodeCtype).
 */
class SreCharsTest {

    static final String SCRIPT = """
        import re, _sre, unicodedata
        ALL = ''.join(map(chr, range(0x110000)))
        def ranges(pred_positions):
            r = []; start = prev = None
            for i in pred_positions:
                if prev is not None and i == prev + 1:
                    prev = i; continue
                if start is not None: r.append('%x-%x' % (start, prev))
                start = prev = i
            if start is not None: r.append('%x-%x' % (start, prev))
            return ' '.join(r)
        def cat(p, flags=0):
            return ranges(m.start() for m in re.finditer(p, ALL, flags))
        out(ranges(i for i in range(0x110000) if unicodedata.category(chr(i)) == 'Cn'))
        out(cat(r'\\d')); out(cat(r'\\s')); out(cat(r'\\w'))
        out(cat(r'\\d', re.A)); out(cat(r'\\s', re.A)); out(cat(r'\\w', re.A))
        out(ranges(i for i in range(0x110000) if _sre.unicode_iscased(i)))
        out(' '.join('%x:%x' % (i, _sre.unicode_tolower(i)) for i in range(0x110000) if _sre.unicode_tolower(i) != i))
        out(ranges(i for i in range(0x300) if _sre.ascii_iscased(i)))
        out(' '.join('%x:%x' % (i, _sre.ascii_tolower(i)) for i in range(0x300) if _sre.ascii_tolower(i) != i))
        out(ranges(i for i in range(0x110000) if (chr(i) + 'x').splitlines()[0] == ''))
        """;

    static BitSet parse(String ranges) {
        BitSet b = new BitSet();
        if (ranges.isEmpty()) {
            return b;
        }
        for (String r : ranges.split(" ")) {
            String[] ab = r.split("-");
            b.set(Integer.parseInt(ab[0], 16), Integer.parseInt(ab[1], 16) + 1);
        }
        return b;
    }

    static List<String> diff(String what, BitSet expected, IntPredicate ours, BitSet skip, int limit) {
        List<String> bad = new ArrayList<>();
        for (int c = 0; c < limit; c++) {
            if (!skip.get(c) && expected.get(c) != ours.test(c)) {
                bad.add(what + " " + Integer.toHexString(c) + " CPython " + expected.get(c));
            }
        }
        return bad;
    }

    @Test
    void categoriesAndCaseOverAllCodePoints() throws Exception {
        List<String> got = SreOracle.ask(SCRIPT, List.of());
        BitSet unassigned = parse(got.get(0));
        BitSet none = new BitSet();
        int all = 0x110000;
        List<String> bad = new ArrayList<>();
        bad.addAll(diff("UNI_DIGIT", parse(got.get(1)), c -> SreChars.category(SreConstants.CATEGORY_UNI_DIGIT, c), none, all));
        bad.addAll(diff("UNI_SPACE", parse(got.get(2)), c -> SreChars.category(SreConstants.CATEGORY_UNI_SPACE, c), none, all));
        bad.addAll(diff("UNI_WORD", parse(got.get(3)), c -> SreChars.category(SreConstants.CATEGORY_UNI_WORD, c), none, all));
        bad.addAll(diff("DIGIT", parse(got.get(4)), c -> SreChars.category(SreConstants.CATEGORY_DIGIT, c), new BitSet(), all));
        bad.addAll(diff("SPACE", parse(got.get(5)), c -> SreChars.category(SreConstants.CATEGORY_SPACE, c), new BitSet(), all));
        bad.addAll(diff("WORD", parse(got.get(6)), c -> SreChars.category(SreConstants.CATEGORY_WORD, c), new BitSet(), all));
        bad.addAll(diff("iscased", parse(got.get(7)), SreChars::unicodeIscased, none, all));
        int[] lower = new int[all];
        for (int c = 0; c < all; c++) {
            lower[c] = c;
        }
        for (String pair : got.get(8).split(" ")) {
            String[] kv = pair.split(":");
            lower[Integer.parseInt(kv[0], 16)] = Integer.parseInt(kv[1], 16);
        }
        for (int c = 0; c < all; c++) {
            if (SreChars.unicodeTolower(c) != lower[c]) {
                bad.add("tolower " + Integer.toHexString(c) + " CPython " + Integer.toHexString(lower[c]));
            }
        }
        bad.addAll(diff("ascii_iscased", parse(got.get(9)), SreChars::asciiIscased, new BitSet(), 0x300));
        List<String> asciiLower = new ArrayList<>();
        for (int c = 0; c < 0x300; c++) {
            if (SreChars.asciiTolower(c) != c) {
                asciiLower.add(Integer.toHexString(c) + ":" + Integer.toHexString(SreChars.asciiTolower(c)));
            }
        }
        assertEquals(got.get(10), String.join(" ", asciiLower));
        bad.addAll(diff("UNI_LINEBREAK", parse(got.get(11)), c -> SreChars.category(SreConstants.CATEGORY_UNI_LINEBREAK, c), none, all));
        System.out.println("[sre oracle] categories and case of all " + all + " code points ("
            + unassigned.cardinality() + " unassigned in Unicode 15.0) compared with CPython, " + bad.size() + " differ");
        assertTrue(bad.isEmpty(), bad.size() + " differ: " + String.join("\n", bad.subList(0, Math.min(40, bad.size()))));
    }
}
