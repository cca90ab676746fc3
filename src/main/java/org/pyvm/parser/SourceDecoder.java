package org.pyvm.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Source bytes to the UTF-8 buffer the tokenizer reads, as CPython's tokenizer does for
 * string input (Parser/tokenizer.c: decode_str, check_bom, check_coding_spec,
 * translate_newlines): a UTF-8 BOM, a PEP 263 coding declaration on line 1 or 2,
 * {@code \r\n} and {@code \r} turned into {@code \n}, and a final newline added to
 * 'exec' input only (translate_newlines' exec_input: 'eval' and 'single' input keeps its
 * last line unterminated, which changes the tokens at the end and the errors there).
 */
final class SourceDecoder {
    private SourceDecoder() {}

    /** The decoded, newline-normalized UTF-8 bytes; throws PySyntaxError. */
    static byte[] decode(byte[] src, String filename) {
        return decode(src, filename, true);
    }

    /** {@link #decode(byte[], String)}; EXEC_INPUT: add a final newline where there is none. */
    static byte[] decode(byte[] src, String filename, boolean execInput) {
        return decode(src, filename, execInput, true);
    }

    /**
     * {@link #decode(byte[], String, boolean)}; without CODING the bytes are UTF-8 text
     * already decoded (a BOM and a coding declaration are left alone), only newlines change.
     */
    static byte[] decode(byte[] src, String filename, boolean execInput, boolean coding) {
        if (!coding) {
            return normalizeNewlines(src, execInput);
        }
        int start = 0;
        boolean bom = false;
        if (src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF) {
            start = 3;
            bom = true;
        }
        String enc = codingSpec(src, start);
        byte[] utf8;
        if (enc == null || enc.equals("utf-8")) {
            // not validated here: CPython decodes identifiers and literals one by one (Utf8)
            utf8 = start == 0 ? src : java.util.Arrays.copyOfRange(src, start, src.length);
        } else {
            if (bom) {
                throw new PySyntaxError("SyntaxError", "encoding problem: " + enc + " with BOM", filename, 0, -1, 0, -1, null);
            }
            Charset cs;
            try {
                cs = charset(enc);
            } catch (RuntimeException e) {
                throw new PySyntaxError("SyntaxError", "unknown encoding: " + enc, filename, 0, -1, 0, -1, null);
            }
            CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                utf8 = d.decode(ByteBuffer.wrap(src, start, src.length - start)).toString().getBytes(StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new PySyntaxError("SyntaxError", "(unicode error) '" + enc + "' codec can't decode bytes",
                    filename, 1, 0, 1, 0, null);
            }
        }
        return normalizeNewlines(utf8, execInput);
    }

    /** Compare CPython Parser/tokenizer.c: ensure_utf8 (file input with no coding declaration). */
    static PySyntaxError nonUtf8File(byte[] src, String filename) {
        int start = src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF ? 3 : 0;
        String enc = codingSpec(src, start);
        if (enc != null && !enc.equals("utf-8")) {
            return null;
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(src, start, src.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(src.length + 1);
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            return null;
        }
        int bad = in.position();
        String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
            + "see https://peps.python.org/pep-0263/ for details", src[bad] & 0xff, filename, lineOf(src, bad));
        return new PySyntaxError("SyntaxError", msg, null, PySyntaxError.NONE, PySyntaxError.NONE, PySyntaxError.NONE,
            PySyntaxError.NONE, null);
    }

    private static int lineOf(byte[] b, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The normalized encoding name of a coding declaration on line 1 or 2, or null. */
    static String codingSpec(byte[] b, int start) {
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < b.length; line++) {
            int end = lineStart;
            while (end < b.length && b[end] != '\n' && b[end] != '\r') {
                end++;
            }
            String text = new String(b, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            String enc = cookie(text);
            if (enc != null) {
                return normalName(enc);
            }
            // Line 2 counts only when line 1 is blank or a comment.
            String t = text.stripLeading();
            if (!(t.isEmpty() || t.startsWith("#"))) {
                return null;
            }
            lineStart = end + 1;
            if (end < b.length && b[end] == '\r' && end + 1 < b.length && b[end + 1] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    /** The text of "coding[:=]\s*([-\w.]+)" in a comment line, as check_coding_spec. */
    private static String cookie(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '#') {
            return null;
        }
        int k = line.indexOf("coding", i);
        while (k >= 0) {
            int j = k + 6;
            if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
                j++;
                while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                    j++;
                }
                int s = j;
                while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || "-_.".indexOf(line.charAt(j)) >= 0)) {
                    j++;
                }
                if (j > s) {
                    return line.substring(s, j);
                }
            }
            k = line.indexOf("coding", k + 1);
        }
        return null;
    }

    /** get_normal_name in tokenizer.c. */
    /**
     * The Java charset for a coding declaration's name, trying also the spelling Python's
     * codec registry accepts (encodings.normalize_encoding, a few aliases Java lacks).
     */
    static Charset charset(String enc) {
        try {
            return Charset.forName(enc);
        } catch (RuntimeException e) {
            String n = enc.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            switch (n) {
                case "latin", "latin1", "l1" -> {
                    return java.nio.charset.StandardCharsets.ISO_8859_1;
                }
                default -> {
                    return Charset.forName(n);
                }
            }
        }
    }

    private static String normalName(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (l.equals("utf-8") || l.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (l.equals("latin-1") || l.equals("iso-8859-1") || l.equals("iso-latin-1")
            || l.startsWith("latin-1-") || l.startsWith("iso-8859-1-") || l.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    private static byte[] normalizeNewlines(byte[] b, boolean execInput) {
        boolean hasCr = false;
        for (byte x : b) {
            if (x == '\r') {
                hasCr = true;
                break;
            }
        }
        boolean endsNl = b.length > 0 && (b[b.length - 1] == '\n' || b[b.length - 1] == '\r');
        if (!hasCr && (endsNl || !execInput)) {
            return b;
        }
        byte[] out = new byte[b.length + 1];
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            byte x = b[i];
            if (x == '\r') {
                out[n++] = '\n';
                if (i + 1 < b.length && b[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = x;
            }
        }
        if (execInput && (n == 0 || out[n - 1] != '\n')) {
            out[n++] = '\n';
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
