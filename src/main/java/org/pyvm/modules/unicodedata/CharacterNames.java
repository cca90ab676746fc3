package org.pyvm.modules.unicodedata;

/**
 * The character names of the Unicode 15.0.0 database ({@link Ucd}) for the interpreter's
 * own uses outside the unicodedata module: {@code \N{...}} in string literals and in the
 * unicode_escape codec, and the namereplace error handler. The runtime and the parser cannot
 * see this layer; modules.Setup and the cli install these two methods in them. Compare
 * CPython Modules/unicodedata.c: the _PyUnicode_Name_CAPI (capi_getucname, capi_getcode).
 */
public final class CharacterNames {

    private CharacterNames() {}

    /** The name of code point CP as unicodedata.name gives it, or null. */
    public static String name(int cp) {
        return cp < 0 || cp > 0x10ffff ? null : Ucd.get().name(cp);
    }

    /**
     * The code point NAME stands for in {@code \N{NAME}}: a character's name or an alias
     * (ASCII letters in either case; the algorithmic Hangul and CJK names as written), never
     * a named sequence; -1 for none. Compare capi_getcode with with_named_seq 0.
     */
    public static int code(String name) {
        String s = Ucd.get().lookup(name, false);
        return s == null ? -1 : s.codePointAt(0);
    }
}
