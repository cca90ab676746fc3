package org.pyvm.modules.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.cli.Main;
import org.pyvm.testing.CPython;

/**
 * Runs every _codecs decoder and encoder on generated inputs (bytes near the edges of
 * the UTF sequences, escapes, strings with lone surrogates and non-BMP characters) with
 * every standard error handler ({@code -Dpyvm.oracle.scale=N} for N times more), on CPython 3.12 and on pyvm, and requires the same
 * result or the same exception (class, message, start, end) for each case.
 */
class CodecsOracleTest {

    private final Random rnd = new Random(5_2026_11_22L);
    private final List<String> cases = new ArrayList<>();

    static final String[] DECODERS = {"utf_8_decode", "utf_7_decode", "utf_16_decode", "utf_16_le_decode",
        "utf_16_be_decode", "utf_32_decode", "utf_32_le_decode", "utf_32_be_decode", "unicode_escape_decode",
        "raw_unicode_escape_decode", "latin_1_decode", "ascii_decode", "charmap_decode"};
    static final String[] ENCODERS = {"utf_8_encode", "utf_7_encode", "utf_16_encode", "utf_16_le_encode",
        "utf_16_be_encode", "utf_32_encode", "utf_32_le_encode", "utf_32_be_encode", "unicode_escape_encode",
        "raw_unicode_escape_encode", "latin_1_encode", "ascii_encode", "charmap_encode"};
    static final String[] ERRORS = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape",
        "surrogatepass", "xmlcharrefreplace", "namereplace"};

    private static final int[] INTERESTING = {0x00, 0x41, 0x5c, 0x2b, 0x2d, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0,
        0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xd8, 0xdc, 0xfe, 0xa0, 0x9f, 0x90, 0x8f, 0x75, 0x55, 0x78, 0x4e, 0x7b, 0x7d,
        0x30, 0x66, 0x10, 0x11};

    private byte[] bytes() {
        int n = rnd.nextInt(9);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (rnd.nextInt(3) == 0 ? rnd.nextInt(256) : INTERESTING[rnd.nextInt(INTERESTING.length)]);
        }
        return b;
    }

    private String codePoints() {
        int n = rnd.nextInt(7);
        StringBuilder sb = new StringBuilder();
        int prev = 0;
        for (int i = 0; i < n; i++) {
            int c = switch (rnd.nextInt(7)) {
                case 0 -> rnd.nextInt(0x80);
                case 1 -> 0x80 + rnd.nextInt(0x80);
                case 2 -> 0x100 + rnd.nextInt(0x700);
                case 3 -> 0xd800 + rnd.nextInt(0x800);
                case 4 -> 0x10000 + rnd.nextInt(0x100000);
                case 5 -> "+-~\\/ A\t".charAt(rnd.nextInt(8));
                default -> 0xdc80 + rnd.nextInt(0x80);
            };
            // A high then a low surrogate would be one character in a Java string.
            if (prev >= 0xd800 && prev < 0xdc00 && c >= 0xdc00 && c < 0xe000) {
                c = 0x41;
            }
            sb.append(i > 0 ? "," : "").append(c);
            prev = c;
        }
        return sb.toString();
    }

    void generate() {
        HexFormat hex = HexFormat.of();
        int scale = Integer.getInteger("pyvm.oracle.scale", 1);
        for (int i = 0; i < 2500 * scale; i++) {
            String dec = DECODERS[rnd.nextInt(DECODERS.length)];
            cases.add("d|" + dec + "|" + hex.formatHex(bytes()) + "|" + ERRORS[rnd.nextInt(ERRORS.length)] + "|"
                + (rnd.nextBoolean() ? "True" : "False"));
        }
        for (int i = 0; i < 2000 * scale; i++) {
            String enc = ENCODERS[rnd.nextInt(ENCODERS.length)];
            cases.add("e|" + enc + "|" + codePoints() + "|" + ERRORS[rnd.nextInt(ERRORS.length)]);
        }
        for (int i = 0; i < 300 * scale; i++) {
            cases.add("x|escape_decode|" + hex.formatHex(bytes()) + "|" + (rnd.nextBoolean() ? "strict" : "replace"));
        }
    }

    static final String SCRIPT = """
        import _codecs
        TABLE = ''.join(chr(i) for i in range(128)) + ''.join(chr(0x400 + i) for i in range(100)) + '\\ufffe' * 28
        EMAP = _codecs.charmap_build(TABLE)
        def show(r):
            return ascii(r)
        for line in CASES.splitlines():
            if not line:
                continue
            kind, fn, data, errors, *rest = line.split('|')
            f = getattr(_codecs, fn)
            try:
                if kind == 'd':
                    b = bytes.fromhex(data)
                    if fn == 'charmap_decode':
                        out = show(f(b, errors, TABLE))
                    elif fn in ('latin_1_decode', 'ascii_decode'):
                        out = show(f(b, errors))
                    else:
                        out = show(f(b, errors, rest[0] == 'True'))
                elif kind == 'e':
                    s = ''.join(chr(int(c)) for c in data.split(',') if c)
                    out = show(f(s, errors, EMAP) if fn == 'charmap_encode' else f(s, errors))
                else:
                    out = show(f(bytes.fromhex(data), errors))
            except Exception as e:
                out = 'e:' + type(e).__name__ + ':' + ascii(str(e)) + ':' + str(getattr(e, 'start', '')) + ':' + str(getattr(e, 'end', ''))
            print(out)
        """;

    @Test
    void codecsAgreeWithCPython(@TempDir Path dir) throws Exception {
        assumeTrue(CPython.present(), "skipped: no CPython 3.12 on this machine");
        generate();
        Files.writeString(dir.resolve("oracle.py"), "CASES = '''\n" + String.join("\n", cases) + "\n'''\n" + SCRIPT);
        CPython.Result c = CPython.run(dir, "-c",
            "import py_compile; py_compile.compile('oracle.py', cfile='oracle.pyc', doraise=True)");
        assertEquals(0, c.status(), c.err());
        CPython.Result expected = CPython.run(dir, "-W", "ignore", "oracle.py");
        assertEquals(0, expected.status(), expected.err());
        String[] want = expected.out().split("\n");
        String[] have = runPyvm(dir.resolve("oracle.pyc")).split("\n", -1);
        assertTrue(have.length >= want.length, "pyvm printed fewer lines");
        List<String> failures = new ArrayList<>();
        int differ = 0;
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals(have[i])) {
                differ++;
                if (failures.size() < 30) {
                    failures.add(cases.get(i) + "\n   CPython " + want[i] + "\n   pyvm    " + have[i]);
                }
            }
        }
        System.out.println("codecs oracle: " + want.length + " cases, " + differ + " differ");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    static String runPyvm(Path pyc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(new String[] {pyc.toString()}, new ByteArrayInputStream(new byte[0]), po, pe);
        }
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, "pyvm failed: " + err.toString(StandardCharsets.UTF_8));
        return o;
    }
}
