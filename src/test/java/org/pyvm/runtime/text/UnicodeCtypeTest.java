package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * UnicodeCtype answers ASCII from a table it builds itself and everything else from the
 * Unicode 15.0.0 resource that tests/unicodedata/gen-ctype.py writes from CPython 3.12:
 * the two must agree on ASCII, and the resource must hold 15.0's facts where the JDK's
 * newer Unicode differs. (The golden program strings/str_unicode15_facts.py compares
 * str's methods with CPython's output.)
 */
class UnicodeCtypeTest {

    private static String apply(int cp, int which) {
        StringBuilder sb = new StringBuilder();
        switch (which) {
            case 0 -> UnicodeCtype.appendLower(sb, cp);
            case 1 -> UnicodeCtype.appendUpper(sb, cp);
            case 2 -> UnicodeCtype.appendTitle(sb, cp);
            default -> UnicodeCtype.appendFold(sb, cp);
        }
        return sb.toString();
    }

    @Test
    void asciiFastPathAgreesWithTheTable() {
        for (int cp = 0; cp < 128; cp++) {
            assertEquals(UnicodeCtype.tableFlags(cp), UnicodeCtype.flags(cp), "flags of U+" + Integer.toHexString(cp));
            int[][] m = UnicodeCtype.tableMappings(cp);
            for (int which = 0; which < 4; which++) {
                String expected = m == null ? Character.toString(cp) : new String(m[which], 0, m[which].length);
                assertEquals(expected, apply(cp, which), "mapping " + which + " of U+" + Integer.toHexString(cp));
            }
            assertEquals(m == null ? cp : m[4][0], UnicodeCtype.simpleLower(cp));
        }
    }

    @Test
    void latin1CaseIsTheJdks() {
        // StrCase.lower/upper hand Latin-1 text to String.toLowerCase/toUpperCase.
        for (int cp = 0; cp < 0x100; cp++) {
            String one = Character.toString(cp);
            assertEquals(apply(cp, 0), one.toLowerCase(java.util.Locale.ROOT), "lower of U+" + Integer.toHexString(cp));
            assertEquals(apply(cp, 1), one.toUpperCase(java.util.Locale.ROOT), "upper of U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void unicode15WhereTheJdkDiffers() {
        // Assigned in Unicode 16 (the JDK's), unassigned in 15.0.
        assertTrue(Character.isLetter(0x1c89));
        assertEquals(0, UnicodeCtype.flags(0x1c89));
        assertFalse(UnicodeCtype.isAlpha(0x10d50));
        // An older letter whose upper case came with 16.0.
        assertEquals("\u0264", apply(0x264, 1));
        assertEquals(0x264, UnicodeCtype.upperFirst(0x264));
        // Python's digit and numeric: digits without a decimal value, Unihan numerals.
        assertEquals(-1, UnicodeCtype.decimalValue(0xb2));
        assertEquals(2, UnicodeCtype.digitValue(0xb2));
        assertEquals(3, UnicodeCtype.decimalValue(0x663));
        assertFalse(UnicodeCtype.isDigit(0xc78));
        assertTrue(UnicodeCtype.isNumeric(0x4e00));
        // XID_Start leaves out U+037A, which ID_Start (the JDK's identifier start) has.
        assertTrue(Character.isUnicodeIdentifierStart(0x37a));
        assertFalse(UnicodeCtype.isXidStart(0x37a));
        // Full mappings: sharp s and dotted capital I.
        assertEquals("SS", apply(0xdf, 1));
        assertEquals("Ss", apply(0xdf, 2));
        assertEquals("ss", apply(0x1e9e, 3));
        assertEquals("i\u0307", apply(0x130, 0));
        assertEquals('S', UnicodeCtype.upperFirst(0xdf));
        // Surrogates are assigned (Cs) and nothing else; beyond Unicode, nothing.
        assertEquals(UnicodeCtype.ASSIGNED, UnicodeCtype.flags(0xd800));
        assertEquals(0, UnicodeCtype.flags(0x110000));
        assertEquals(0, UnicodeCtype.flags(-1));
    }
}
