package org.pyvm.runtime.text;

import java.util.Locale;

/**
 * str's case methods as CPython runs them: one code point at a time with the full
 * (SpecialCasing) mappings, and capital sigma lowered to final sigma by CPython's rule
 * (a cased letter before it and none after it, case-ignorable characters skipped both
 * ways). The mappings and properties are Unicode 15.0.0's, CPython 3.12's, from
 * {@link UnicodeCtype}. Compare CPython Objects/unicodeobject.c: handle_capital_sigma,
 * lower_ucs4, do_capitalize, do_swapcase, do_lower, do_upper, do_title, do_casefold,
 * unicode_istitle_impl.
 */
public final class StrCase {

    private StrCase() {}

    private static final int CAPITAL_SIGMA = 0x3a3;

    /** The derived property Cased: Lowercase, Uppercase or Lt. */
    private static boolean isCased(int c) {
        return UnicodeCtype.isCased(c);
    }

    /** The derived property Case_Ignorable. */
    private static boolean isCaseIgnorable(int c) {
        return UnicodeCtype.isCaseIgnorable(c);
    }

    /** Final sigma (U+03C2) or sigma (U+03C3) for the capital sigma at I of CPS. */
    private static int sigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(cps[j])) {
            j--;
        }
        boolean fin = j >= 0 && isCased(cps[j]);
        if (fin) {
            j = i + 1;
            while (j < cps.length && isCaseIgnorable(cps[j])) {
                j++;
            }
            fin = j == cps.length || !isCased(cps[j]);
        }
        return fin ? 0x3c2 : 0x3c3;
    }

    private static void lowerAt(int[] cps, int i, StringBuilder sb) {
        int c = cps[i];
        if (c == CAPITAL_SIGMA) {
            sb.append((char) sigma(cps, i));
        } else {
            UnicodeCtype.appendLower(sb, c);
        }
    }

    public static String lower(String s) {
        if (UnicodeCtype.isLatin1(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        if (s.indexOf(CAPITAL_SIGMA) < 0) {
            // Only capital sigma's mapping depends on its neighbours.
            for (int i = 0, n = s.length(); i < n; ) {
                int c = s.codePointAt(i);
                UnicodeCtype.appendLower(sb, c);
                i += Character.charCount(c);
            }
            return sb.toString();
        }
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            lowerAt(cps, i, sb);
        }
        return sb.toString();
    }

    public static String capitalize(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                UnicodeCtype.appendTitle(sb, cps[0]);
            } else {
                lowerAt(cps, i, sb);
            }
        }
        return sb.toString();
    }

    public static String swapcase(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (UnicodeCtype.isUpper(c)) {
                lowerAt(cps, i, sb);
            } else if (UnicodeCtype.isLower(c)) {
                UnicodeCtype.appendUpper(sb, c);
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** str.upper(): the full mappings (ß -> SS). */
    public static String upper(String s) {
        if (UnicodeCtype.isLatin1(s)) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            UnicodeCtype.appendUpper(sb, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    public static String title(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (previousCased) {
                lowerAt(cps, i, sb);
            } else {
                UnicodeCtype.appendTitle(sb, c);
            }
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    /** Full case folding (ß -> ss, ς and Σ -> σ). */
    public static String casefold(String s) {
        if (UnicodeCtype.isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> UnicodeCtype.appendFold(sb, c));
        return sb.toString();
    }

    public static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (UnicodeCtype.isUpper(c) || UnicodeCtype.isTitle(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (UnicodeCtype.isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
