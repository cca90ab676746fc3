package org.pyvm.runtime.text;

import java.util.Locale;

/**
 * str's case methods as CPython runs them: one code point at a time with the full
 * (SpecialCasing) mappings, and capital sigma lowered to final sigma by CPython's rule
 * (a cased letter before it and none after it, case-ignorable characters skipped both
 * ways). The character properties come from the JDK, whose Unicode may be newer than
 * CPython 3.12's 15.0. Compare CPython Objects/unicodeobject.c: handle_capital_sigma,
 * lower_ucs4, do_capitalize, do_swapcase, do_lower, do_title, do_casefold,
 * unicode_istitle_impl.
 */
public final class StrCase {

    private StrCase() {}

    private static final int CAPITAL_SIGMA = 0x3a3;

    /** The derived property Cased: Lowercase, Uppercase or Lt. */
    public static boolean isCased(int c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** The derived property Case_Ignorable: Mn, Me, Cf, Lm, Sk and the word-break MidLetter/MidNumLet/Single_Quote characters. */
    public static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                Character.MODIFIER_SYMBOL -> {
                return true;
            }
            default -> {
                return c == '\'' || c == '.' || c == ':' || c == 0xb7 || c == 0x387 || c == 0x55f || c == 0x5f4
                    || c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027 || c == 0xfe13 || c == 0xfe52
                    || c == 0xfe55 || c == 0xff07 || c == 0xff0e || c == 0xff1a;
            }
        }
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
        } else if (c < 128) {
            sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else {
            sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
        }
    }

    private static void upperOf(int c, StringBuilder sb) {
        if (c < 128) {
            sb.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        } else if (PyChars.caseMappingSince15(c)) {
            sb.appendCodePoint(c);
        } else {
            sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
        }
    }

    /** The full title-case mapping of C (ß -> Ss, ligatures -> Fi), from the JDK's mappings. */
    public static String titleOf(int c) {
        if (c < 128) {
            return String.valueOf((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        }
        if (PyChars.caseMappingSince15(c)) {
            return new String(Character.toChars(c));
        }
        String one = new String(Character.toChars(c));
        if (!Character.isTitleCase(c) && Character.toTitleCase(c) == c && one.toUpperCase(Locale.ROOT).length() > one.length()) {
            // SpecialCasing's title forms are the upper ones with what follows the first
            // cased letter in lower case (Ss, Fi, but ʼN).
            String up = one.toUpperCase(Locale.ROOT);
            int k = 0;
            while (k < up.length() && !isCased(up.codePointAt(k))) {
                k += Character.charCount(up.codePointAt(k));
            }
            if (k < up.length()) {
                k += Character.charCount(up.codePointAt(k));
            }
            String tail = up.substring(k).toLowerCase(Locale.ROOT);
            if (c >= 0x1f80 && c <= 0x1fff) {
                // Greek with ypogegrammeni keeps it as U+0345 in the title form (1FB2 -> 1FBA 0345).
                tail = tail.replace('\u03b9', '\u0345');
            }
            return up.substring(0, k) + tail;
        }
        return new String(Character.toChars(Character.toTitleCase(c)));
    }

    public static String lower(String s) {
        if (s.indexOf(CAPITAL_SIGMA) < 0) {
            // The JDK's only context-dependent rule in the root locale is final sigma.
            return s.toLowerCase(Locale.ROOT);
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
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
                sb.append(titleOf(cps[0]));
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
            if (Character.isUpperCase(c)) {
                lowerAt(cps, i, sb);
            } else if (Character.isLowerCase(c)) {
                upperOf(c, sb);
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** str.upper(): the JDK's full mappings, but none for what Unicode 15.0 leaves uncased. */
    public static String upper(String s) {
        if (!PyChars.hasCaseMappingSince15(s)) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> upperOf(c, sb));
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
                sb.append(titleOf(c));
            }
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    /**
     * Full case folding, as the lowercase of the uppercase of each code point (ß -> ss,
     * ς and Σ -> σ, U+0345 -> ι); the JDK has no case-folding table.
     */
    public static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
                return;
            }
            if (c == 0x1e9e) {
                // Capital sharp s folds to ss (CaseFolding.txt: 1E9E; F; 0073 0073).
                sb.append("ss");
                return;
            }
            if (c == 0x131 || (c >= 0x13a0 && c <= 0x13f5) || PyChars.caseMappingSince15(c)) {
                // Dotless i and the Cherokee capitals have no folding.
                sb.append((char) c);
                return;
            }
            if ((c >= 0xab70 && c <= 0xabbf) || (c >= 0x13f8 && c <= 0x13fd)) {
                // Cherokee folds to its (older) capital letters.
                sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
                return;
            }
            String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
            up.codePoints().forEach(u -> sb.append(new String(Character.toChars(u)).toLowerCase(Locale.ROOT)));
        });
        return sb.toString();
    }

    public static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
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
