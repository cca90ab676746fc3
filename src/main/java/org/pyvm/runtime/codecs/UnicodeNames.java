package org.pyvm.runtime.codecs;

import java.util.Locale;

/**
 * Character names for the namereplace handler and {@code \N{...}} escapes. They come from
 * the Unicode database modules.unicodedata holds (Unicode 15.0.0, CPython 3.12's, aliases
 * included), which modules.Setup installs ({@link #install}). Without it (the runtime used
 * alone) the JDK's Unicode data stands in, corrected where Java's naming differs from the
 * Unicode names: characters without a name (controls, private use, surrogates, unassigned)
 * have none, Hangul syllables and the ideograph ranges get their derived names; it is
 * Unicode 16.0 and knows no aliases. Compare CPython Modules/unicodedata.c: _getucname /
 * _getcode.
 */
public final class UnicodeNames {

    private UnicodeNames() {}

    /** The Unicode database's names and lookup (modules.unicodedata's, installed at start-up). */
    public interface Database {
        /** The name of CP, or null. */
        String name(int cp);

        /** The code point of a name or alias, or -1. */
        int code(String name);
    }

    /**
     * The database modules.Setup installs: Unicode 15.0.0, as CPython 3.12's unicodedata. Until
     * then (a runtime used without the modules layer) the JDK's names below stand in.
     */
    private static volatile Database database;

    public static void install(Database d) {
        database = d;
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The Unicode name of code point C, or null. */
    public static String name(int c) {
        Database d = database;
        if (d != null) {
            return d.name(c);
        }
        return jdkName(c);
    }

    /** A name from the JDK's Unicode data (16.0), corrected where Java names differently. */
    private static String jdkName(int c) {
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

    /**
     * The code point whose JDK name, corrected as {@link #jdkName} does, is NAME in ASCII
     * upper case; -1 for none, for a name with other characters and for the Hangul and CJK
     * names (matched case-sensitively by CPython).
     */
    private static int jdkPlainName(String name) {
        if (name.isEmpty()) {
            return -1;
        }
        StringBuilder up = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch >= 0x80) {
                return -1;
            }
            up.append(ch >= 'a' && ch <= 'z' ? (char) (ch - 32) : ch);
        }
        String n = up.toString();
        if (n.startsWith("HANGUL SYLLABLE ") || n.startsWith("CJK UNIFIED IDEOGRAPH")) {
            return -1;
        }
        try {
            int c = Character.codePointOf(n);
            return n.equals(jdkName(c)) ? c : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The code point named NAME (case-insensitive, as \N{} accepts), or -1. */
    public static int lookup(String name) {
        Database d = database;
        if (d != null) {
            // Loading the database costs a cold JVM about a second, so a plain character name
            // the JDK knows is taken from the JDK (names never change once assigned; only a
            // character new in Unicode 16.0 is accepted here and not by CPython 3.12). Aliases,
            // the algorithmic names and unknown names go to the database.
            int c = jdkPlainName(name);
            return c >= 0 ? c : d.code(name);
        }
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
