package org.pyvm.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Our opcode, AT, CATEGORY, flag and limit numbers against CPython's re._constants/_sre. */
class SreConstantsTest {

    @Test
    void tablesMatchCPython() throws Exception {
        String script = """
            import re._constants as c, _sre
            out(' '.join(map(str, c.OPCODES)))
            out(' '.join(map(str, c.ATCODES)))
            out(' '.join(map(str, c.CHCODES)))
            out('%d %d %d %d' % (c.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS))
            out(' '.join('%s=%d' % (k, v) for k, v in sorted(vars(c).items()) if k.startswith('SRE_')))
            out(str(_sre.getcodesize()))
            """;
        List<String> got = SreOracle.ask(script, List.of());
        assertEquals(String.join(" ", SreConstants.OPCODE_NAMES), got.get(0));
        assertEquals(String.join(" ", SreConstants.AT_NAMES), got.get(1));
        assertEquals(String.join(" ", SreConstants.CATEGORY_NAMES), got.get(2));
        assertEquals(SreConstants.MAGIC + " " + SreConstants.CODESIZE + " " + SreConstants.MAXREPEAT + " "
            + SreConstants.MAXGROUPS, got.get(3));
        String flags = "SRE_FLAG_ASCII=" + SreConstants.FLAG_ASCII + " SRE_FLAG_DEBUG=" + SreConstants.FLAG_DEBUG
            + " SRE_FLAG_DOTALL=" + SreConstants.FLAG_DOTALL + " SRE_FLAG_IGNORECASE=" + SreConstants.FLAG_IGNORECASE
            + " SRE_FLAG_LOCALE=" + SreConstants.FLAG_LOCALE + " SRE_FLAG_MULTILINE=" + SreConstants.FLAG_MULTILINE
            + " SRE_FLAG_TEMPLATE=" + SreConstants.FLAG_TEMPLATE + " SRE_FLAG_UNICODE=" + SreConstants.FLAG_UNICODE
            + " SRE_FLAG_VERBOSE=" + SreConstants.FLAG_VERBOSE + " SRE_INFO_CHARSET=" + SreConstants.INFO_CHARSET
            + " SRE_INFO_LITERAL=" + SreConstants.INFO_LITERAL + " SRE_INFO_PREFIX=" + SreConstants.INFO_PREFIX;
        assertEquals(flags, got.get(4));
        assertEquals(String.valueOf(SreChars.getcodesize()), got.get(5));
        // The int constants are the positions in the name tables.
        assertEquals(SreConstants.RANGE_UNI_IGNORE, SreConstants.OPCODE_NAMES.length - 1);
        assertEquals("POSSESSIVE_REPEAT_ONE", SreConstants.OPCODE_NAMES[SreConstants.POSSESSIVE_REPEAT_ONE]);
        assertEquals("GROUPREF_LOC_IGNORE", SreConstants.OPCODE_NAMES[SreConstants.GROUPREF_LOC_IGNORE]);
        assertEquals("AT_UNI_NON_BOUNDARY", SreConstants.AT_NAMES[SreConstants.AT_UNI_NON_BOUNDARY]);
        assertEquals("CATEGORY_UNI_NOT_LINEBREAK", SreConstants.CATEGORY_NAMES[SreConstants.CATEGORY_UNI_NOT_LINEBREAK]);
    }

    @Test
    void opcodeNumbersAreTheirTablePositions() throws Exception {
        // Every public int opcode constant names the entry at its index.
        for (var f : SreConstants.class.getFields()) {
            if (f.getType() == int.class) {
                int v = f.getInt(null);
                String n = f.getName();
                if (List.of(SreConstants.OPCODE_NAMES).contains(n)) {
                    assertEquals(n, SreConstants.OPCODE_NAMES[v]);
                } else if (n.startsWith("AT_")) {
                    assertEquals(n, SreConstants.AT_NAMES[v]);
                } else if (n.startsWith("CATEGORY_")) {
                    assertEquals(n, SreConstants.CATEGORY_NAMES[v]);
                }
            }
        }
    }
}
