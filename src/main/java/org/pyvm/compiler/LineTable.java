package org.pyvm.compiler;

import java.util.List;

/**
 * Writes {@code co_linetable} (PEP 626 lines, PEP 657 columns): entries of up to 8 code
 * units, in the short, one-line, no-column, long or no-location forms.
 * Compare CPython Python/assemble.c: write_location_info_entry, Objects/locations.md.
 */
final class LineTable {

    private LineTable() {}

    private static final int SHORT0 = 0, ONE_LINE0 = 10, NO_COLUMNS = 13, LONG = 14, NONE = 15;

    private final static class W {
        // (a plain growable array: ByteArrayOutputStream locks on every byte)
        byte[] out = new byte[64];
        int len;
        int lineno;

        void write(int b) {
            if (len == out.length) {
                out = java.util.Arrays.copyOf(out, len * 2);
            }
            out[len++] = (byte) b;
        }

        void first(int code, int length) {
            write(0x80 | (code << 3) | (length - 1));
        }

        void varint(int val) {
            while (val >= 64) {
                write(64 | (val & 63));
                val >>>= 6;
            }
            write(val);
        }

        void svarint(int val) {
            varint(val < 0 ? ((-val) << 1) | 1 : val << 1);
        }
    }

    static byte[] encode(List<Block> order, int firstlineno) {
        W w = new W();
        w.lineno = firstlineno;
        Loc loc = Loc.NONE;
        int size = 0;
        for (Block b : order) {
            for (Instr i : b.instrs) {
                if (!loc.equals(i.loc)) {
                    emit(w, loc, size);
                    loc = i.loc;
                    size = 0;
                }
                size += Assembler.size(i);
            }
        }
        emit(w, loc, size);
        return java.util.Arrays.copyOf(w.out, w.len);
    }

    private static void emit(W w, Loc loc, int isize) {
        if (isize == 0) {
            return;
        }
        while (isize > 8) {
            entry(w, loc, 8);
            isize -= 8;
        }
        entry(w, loc, isize);
    }

    // Compare CPython assemble.c: write_location_info_entry
    private static void entry(W w, Loc loc, int isize) {
        if (loc.line() < 0) {
            w.first(NONE, isize);
            return;
        }
        int lineDelta = loc.line() - w.lineno;
        int column = loc.col(), endColumn = loc.endCol();
        if (column < 0 || endColumn < 0) {
            if (loc.endLine() == loc.line() || loc.endLine() == -1) {
                w.first(NO_COLUMNS, isize);
                w.svarint(lineDelta);
                w.lineno = loc.line();
                return;
            }
        } else if (loc.endLine() == loc.line()) {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                int colGroup = column >> 3;
                w.first(SHORT0 + colGroup, isize);
                w.write(((column & 7) << 4) | (endColumn - column));
                return;
            }
            if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                w.first(ONE_LINE0 + lineDelta, isize);
                w.write(column);
                w.write(endColumn);
                w.lineno = loc.line();
                return;
            }
        }
        w.first(LONG, isize);
        w.svarint(lineDelta);
        w.varint(loc.endLine() - loc.line());
        w.varint(column + 1);
        w.varint(endColumn + 1);
        w.lineno = loc.line();
    }
}
