package org.pyvm.runtime.codecs;

import java.util.Locale;

/**
 * Character names for the namereplace handler and {@code \N{...}} escapes, from the
 * JDK's Unicode data, corrected where Java's naming differs from the Unicode names
 * CPython reports: characters without a name (controls, private use, surrogates,
 * unassigned) have none, Hangul syllables and the ideograph ranges get their derived
 * names. The JDK's data is Unicode 16.0, CPython 3.12's 15.0: characters added in 16.0
 * have a name here and none in CPython. Compare CPython Modules/unicodedata.c:
 * _getucname / _getcode.
 */
public final class UnicodeNames {

    private UnicodeNames() {}

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The Unicode name of code point C, or null. */
    public static String name(int c) {
        if (c < 0 || c > 0x10ffff) {
            return null;
        }
        if (c >= 0xac00 && c <= 0xd7a3) {
            int s = c - 0xac00;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28];
        }
        int t = Character.getType(c);
        if (t == Character.CONTROL || t == Character.PRIVATE_USE || t == Character.SURROGATE
            || t == Character.UNASSIGNED) {
            return null;
        }
        String n = Character.getName(c);
        if (n == null) {
            return null;
        }
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        if (n.startsWith("CJK UNIFIED IDEOGRAPHS") && n.endsWith(" " + hex)) {
            return "CJK UNIFIED IDEOGRAPH-" + hex;
        }
        if (n.startsWith("TANGUT") && n.endsWith(" " + hex)) {
            return "TANGUT IDEOGRAPH-" + hex;
        }
        if (n.startsWith("KHITAN SMALL SCRIPT") && n.endsWith(" " + hex)) {
            return "KHITAN SMALL SCRIPT CHARACTER-" + hex;
        }
        return n;
    }

    /** The code point named NAME (case-insensitive, as \N{} accepts), or -1. */
    public static int lookup(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith("HANGUL SYLLABLE ")) {
            String rest = n.substring(16);
            for (int s = 0; s < 11172; s++) {
                if ((JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28]).equals(rest)) {
                    return 0xac00 + s;
                }
            }
            return -1;
        }
        for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "TANGUT IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-"}) {
            if (n.startsWith(prefix)) {
                try {
                    int c = Integer.parseInt(n.substring(prefix.length()), 16);
                    return name(c) != null && name(c).equals(n) ? c : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        try {
            int c = Character.codePointOf(n);
            return name(c) != null ? c : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
