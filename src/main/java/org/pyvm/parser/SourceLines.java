package org.pyvm.parser;

import java.nio.charset.StandardCharsets;

/**
 * Line starts of the UTF-8 buffer, and the conversion of byte positions to the
 * (line, 1-based character offset) that CPython's SyntaxError carries
 * (pegen.c: _PyPegen_byte_offset_to_character_offset).
 */
final class SourceLines {
    final byte[] buf;
    final String filename;
    private int[] starts;
    private int count;

    SourceLines(byte[] buf, String filename) {
        this.buf = buf;
        this.filename = filename;
        int[] s = new int[64];
        int c = 0;
        s[c++] = 0;
        for (int i = 0; i < buf.length; i++) {
            if (buf[i] == '\n' && i + 1 < buf.length) {
                if (c == s.length) {
                    s = java.util.Arrays.copyOf(s, c * 2);
                }
                s[c++] = i + 1;
            }
        }
        starts = s;
        count = c;
    }

    int count() {
        return count;
    }

    /** Offset of the first byte of line LINE (1-based). */
    int start(int line) {
        if (line <= 0) {
            return 0;
        }
        return line - 1 < count ? starts[line - 1] : buf.length;
    }

    int lineOf(int off) {
        int lo = 0, hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= off) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The text of line LINE including its newline. */
    String text(int line) {
        if (line <= 0) {
            return buf.length == 0 ? "" : null; // empty 'eval'/'single' input: CPython's text is ''
        }
        int s = start(line);
        int e = s;
        while (e < buf.length && buf[e] != '\n') {
            e++;
        }
        if (e < buf.length) {
            e++;
        }
        return new String(buf, s, e - s, StandardCharsets.UTF_8);
    }

    /** 1-based character offset of byte offset OFF within its line. */
    int charOffset(int line, int off) {
        int s = start(line);
        int end = Math.min(off, buf.length);
        if (end < s) {
            return 1;
        }
        return codePoints(s, end) + 1;
    }

    PySyntaxError error(String kind, String msg, int startOff, int endOff) {
        int l = lineOf(Math.min(startOff, Math.max(0, buf.length - 1)));
        int el = lineOf(Math.min(endOff, Math.max(0, buf.length - 1)));
        return new PySyntaxError(kind, msg, filename, l, charOffset(l, startOff), el, charOffset(el, endOff), text(l));
    }

    /**
     * Whether errors built by the parser (pegen's _PyPegen_raise_error_known_location)
     * count columns in bytes: CPython converts them to characters only when the tokenizer
     * has an encoding, which bytes source without a coding declaration has not. Errors the
     * tokenizer raises itself always count characters.
     */
    boolean byteOffsets;
    /** The last line Tokenize asked for, and its text (a long line is asked for once a token). */
    int cachedLine = -1;
    String cachedText;

    /** A column for a parser-built error: bytes or characters from the line start to OFF. */
    int pegenCol(int line, int off) {
        return byteOffsets ? Math.max(0, Math.min(off, buf.length) - start(line)) : charsTo(line, off);
    }

    /** Characters from the start of line LINE to byte offset OFF (may cross lines). */
    int charsTo(int line, int off) {
        int s = start(line);
        int end = Math.min(off, buf.length);
        return end <= s ? 0 : codePoints(s, end);
    }

    /** Lines holding only ASCII (then characters are bytes), computed on first use. */
    private java.util.BitSet nonAscii;

    /** Code points (Python characters) in BUF[FROM, TO): every byte but UTF-8 continuation bytes. */
    private int codePoints(int from, int to) {
        if (nonAscii == null) {
            nonAscii = new java.util.BitSet();
            int line = 1;
            for (int i = 0; i < buf.length; i++) {
                if (buf[i] < 0) {
                    nonAscii.set(line);
                } else if (buf[i] == '\n') {
                    line++;
                }
            }
        }
        int l1 = lineOf(from);
        int l2 = lineOf(Math.max(from, to - 1));
        if (nonAscii.nextSetBit(l1) < 0 || nonAscii.nextSetBit(l1) > l2) {
            return to - from;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            if ((buf[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** An error with CPython's final numbers: 1-based offsets (0 or -1 where CPython has them). */
    PySyntaxError errorRaw(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, text(line));
    }

    /**
     * A tokenizer error (tokenizer.c: syntaxerror): offset and end offset both count the
     * characters from the start of the line to CUR, the tokenizer's position.
     */
    PySyntaxError tokError(String kind, String msg, int line, int cur) {
        int c = charsTo(line, cur);
        return errorRaw(kind, msg, line, c, line, c);
    }

    /** A parser error with a location given as (line, byte col) pairs (RAISE_ERROR_KNOWN_LOCATION). */
    PySyntaxError errorAt(String kind, String msg, int line, int col, int endLine, int endCol) {
        int endOffset;
        if (endLine <= 0) {
            endOffset = endLine;
        } else if (endLine != line && !byteOffsets) {
            // _PyPegen_raise_error_known_location converts the end column with the text of the
            // error's first line (_PyPegen_byte_offset_to_character_offset), clamped to its
            // length + 1: an error spanning lines ends just past the first one
            int s = start(line);
            int e = s;
            while (e < buf.length && buf[e] != '\n') {
                e++;
            }
            int lineBytes = e - s;
            int endB = Math.min(endCol + 1, lineBytes + 1);
            endOffset = charsTo(line, s + Math.min(endB, lineBytes)) + (endB > lineBytes ? 1 : 0);
        } else {
            endOffset = pegenCol(endLine, start(endLine) + endCol) + 1;
        }
        return new PySyntaxError(kind, msg, filename, line, pegenCol(line, start(line) + col) + 1,
            endLine, endOffset, text(line));
    }
}
