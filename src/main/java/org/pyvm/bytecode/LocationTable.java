package org.pyvm.bytecode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A decoded {@code co_linetable} (PEP 626 line numbers, PEP 657 columns): for each
 * instruction, its start and end line and start and end column. {@code -1} stands for
 * Python's {@code None} (no line, no column) everywhere.
 *
 * <p>The table is a sequence of entries, each covering 1 to 8 code units. The first byte of
 * an entry has bit 7 set, a 4-bit code in bits 3-6 and the length - 1 in bits 0-2:
 * codes 0-9 are the short form (same line, columns in one more byte), 10-12 the one-line
 * form (line += code - 10, then column and end column bytes), 13 "no columns" (signed
 * varint line delta), 14 the long form (signed line delta, end-line delta, column + 1,
 * end column + 1 as varints) and 15 "no location". Varints here are little-endian 6-bit
 * groups with bit 6 as the continuation bit; a signed varint keeps the sign in bit 0.
 * Compare CPython Objects/locations.md and Objects/codeobject.c: advance_with_locations,
 * lineiter_next, positionsiter_next.
 */
public final class LocationTable {

    /** One entry: the code units [start, end) in bytes share these positions. */
    public record Entry(int start, int end, int line, int endLine, int column, int endColumn) {
        public Position position() {
            return new Position(line, endLine, column, endColumn);
        }
    }

    /** Source position of one instruction, as a {@code co_positions()} item (-1 for None). */
    public record Position(int line, int endLine, int column, int endColumn) {
        public static final Position NONE = new Position(-1, -1, -1, -1);
    }

    /** One {@code co_lines()} item: bytes [start, end) are on {@code line} (-1 for None). */
    public record LineRange(int start, int end, int line) {}

    private static final int NONE = 15, LONG = 14, NO_COLUMNS = 13, ONE_LINE0 = 10;

    private final List<Entry> entries;
    private final int[] ends;

    private LocationTable(List<Entry> entries) {
        this.entries = Collections.unmodifiableList(entries);
        this.ends = entries.stream().mapToInt(Entry::end).toArray();
    }

    /**
     * Decodes {@code co_linetable} of a code object whose {@code co_firstlineno} is
     * {@code firstLine}. Never throws: a truncated table ends early, bytes past its end
     * read as 0.
     */
    public static LocationTable decode(byte[] table, int firstLine) {
        Reader r = new Reader(table);
        List<Entry> out = new ArrayList<>();
        int line = firstLine;
        int offset = 0;
        while (r.pos < table.length) {
            int first = r.next();
            int code = (first >> 3) & 15;
            int start = offset;
            offset += ((first & 7) + 1) * 2;
            int entryLine, endLine, column, endColumn;
            switch (code) {
                case NONE -> {
                    entryLine = endLine = column = endColumn = -1;
                }
                case LONG -> {
                    line += r.signedVarint();
                    entryLine = line;
                    endLine = line + r.varint();
                    column = r.varint() - 1;
                    endColumn = r.varint() - 1;
                }
                case NO_COLUMNS -> {
                    line += r.signedVarint();
                    entryLine = endLine = line;
                    column = endColumn = -1;
                }
                case ONE_LINE0, ONE_LINE0 + 1, ONE_LINE0 + 2 -> {
                    line += code - ONE_LINE0;
                    entryLine = endLine = line;
                    column = r.next();
                    endColumn = r.next();
                }
                default -> { // short forms 0-9
                    int second = r.next();
                    entryLine = endLine = line;
                    column = (code << 3) | ((second >> 4) & 7);
                    endColumn = column + (second & 15);
                }
            }
            out.add(new Entry(start, offset, entryLine, endLine, column, endColumn));
        }
        return new LocationTable(out);
    }

    /**
     * The table with its end lines and columns dropped, entry by entry: each entry keeps its
     * length and line delta as a no-column entry, an entry without location stays as it is.
     * What code objects get under -X no_debug_ranges. Compare CPython
     * Objects/codeobject.c: remove_column_info.
     */
    public static byte[] withoutColumns(byte[] table) {
        Reader r = new Reader(table);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(table.length);
        while (r.pos < table.length) {
            int first = r.next();
            int code = (first >> 3) & 15;
            int delta = switch (code) {
                case NONE -> 0;
                case LONG, NO_COLUMNS -> r.signedVarint();
                case ONE_LINE0, ONE_LINE0 + 1, ONE_LINE0 + 2 -> code - ONE_LINE0;
                default -> 0;
            };
            if (code == NONE) {
                out.write(first);
            } else {
                out.write(0x80 | (NO_COLUMNS << 3) | (first & 7));
                writeSignedVarint(out, delta);
            }
            // Skip the rest of the entry (its bytes have the top bit clear).
            while (r.pos < table.length && (table[r.pos] & 0x80) == 0) {
                r.pos++;
            }
        }
        return out.toByteArray();
    }

    // Compare CPython Python/assemble.c: write_varint, write_signed_varint.
    private static void writeSignedVarint(java.io.ByteArrayOutputStream out, int v) {
        int u = v < 0 ? ((-v) << 1) | 1 : v << 1;
        while (u >= 64) {
            out.write(64 | (u & 63));
            u >>>= 6;
        }
        out.write(u);
    }

    // Byte reader that yields 0 past the end, so that corrupt tables cannot throw.
    private static final class Reader {
        final byte[] b;
        int pos;

        Reader(byte[] b) {
            this.b = b;
        }

        int next() {
            return pos < b.length ? b[pos++] & 0xff : 0;
        }

        // Compare CPython Objects/codeobject.c: read_varint.
        int varint() {
            int x = next();
            int val = x & 63;
            int shift = 0;
            while ((x & 64) != 0 && pos < b.length) {
                x = next();
                shift += 6;
                val |= shift < 32 ? (x & 63) << shift : 0;
            }
            return val;
        }

        int signedVarint() {
            int u = varint();
            return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
        }
    }

    /** The entries in order, as stored. */
    public List<Entry> entries() {
        return entries;
    }

    /** Bytes of code the table covers. */
    public int length() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    /** The entry covering the code unit at byte {@code offset}, or null. */
    public Entry entryAt(int offset) {
        int lo = 0, hi = ends.length - 1;
        while (lo <= hi) { // first entry with end > offset
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (lo < ends.length && offset >= 0 && entries.get(lo).start() <= offset) {
            return entries.get(lo);
        }
        return null;
    }

    /** The position of the instruction at byte {@code offset}; all -1 when the table has none. */
    public Position positionAt(int offset) {
        Entry e = entryAt(offset);
        return e == null ? Position.NONE : e.position();
    }

    /** The line of the instruction at byte {@code offset}, -1 for none. Compare PyCode_Addr2Line. */
    public int lineAt(int offset) {
        Entry e = entryAt(offset);
        return e == null ? -1 : e.line();
    }

    /** One position per code unit, as {@code co_positions()}. */
    public List<Position> positions() {
        List<Position> out = new ArrayList<>();
        for (Entry e : entries) {
            Position p = e.position();
            for (int o = e.start(); o < e.end(); o += 2) {
                out.add(p);
            }
        }
        return out;
    }

    /** Ranges of bytes by line, neighbours on the same line merged, as {@code co_lines()}. */
    public List<LineRange> lines() {
        List<LineRange> out = new ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            Entry first = entries.get(i);
            int end = first.end();
            int j = i + 1;
            while (j < entries.size() && entries.get(j).line() == first.line()) {
                end = entries.get(j).end();
                j++;
            }
            out.add(new LineRange(first.start(), end, first.line()));
            i = j;
        }
        return out;
    }

    /**
     * Writes a {@code co_linetable} the way CPython's assembler does: the compiler adds
     * each instruction's size (in code units, EXTENDED_ARGs and caches included) with its
     * source position; consecutive instructions at the same position share entries; each
     * run is cut into entries of at most 8 units, each in the shortest form that holds it.
     * Compare CPython Python/assemble.c: assemble_location_info, write_location_info_entry.
     */
    public static final class Builder {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private int currentLine; // a_lineno: the line the deltas are relative to
        private Position run = null;
        private int runUnits;

        /** A builder for a code object whose {@code co_firstlineno} is firstLine. */
        public Builder(int firstLine) {
            this.currentLine = firstLine;
        }

        /** Adds an instruction of {@code units} code units at {@code p} ({@link Position#NONE} for none). */
        public Builder add(int units, Position p) {
            if (run != null && !run.equals(p)) {
                emit(run, runUnits);
                runUnits = 0;
            }
            run = p;
            runUnits += units;
            return this;
        }

        /** Adds an instruction of {@code units} code units (-1 for each unknown part). */
        public Builder add(int units, int line, int endLine, int column, int endColumn) {
            return add(units, new Position(line, endLine, column, endColumn));
        }

        /** The table. */
        public byte[] build() {
            if (run != null) {
                emit(run, runUnits);
                run = null;
                runUnits = 0;
            }
            return out.toByteArray();
        }

        private void emit(Position p, int units) {
            while (units > 8) {
                entry(p, 8);
                units -= 8;
            }
            if (units > 0) {
                entry(p, units);
            }
        }

        private void first(int code, int units) {
            out.write(0x80 | (code << 3) | (units - 1));
        }

        private void entry(Position p, int units) {
            if (p.line() < 0) {
                first(NONE, units);
                return;
            }
            int delta = p.line() - currentLine;
            int col = p.column(), endCol = p.endColumn();
            if (col < 0 || endCol < 0) {
                if (p.endLine() == p.line() || p.endLine() == -1) {
                    first(NO_COLUMNS, units);
                    signedVarint(delta);
                    currentLine = p.line();
                    return;
                }
            } else if (p.endLine() == p.line()) {
                if (delta == 0 && col < 80 && endCol - col < 16 && endCol >= col) {
                    first(col >> 3, units);
                    out.write(((col & 7) << 4) | (endCol - col));
                    return;
                }
                if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
                    first(ONE_LINE0 + delta, units);
                    out.write(col);
                    out.write(endCol);
                    currentLine = p.line();
                    return;
                }
            }
            first(LONG, units);
            signedVarint(delta);
            varint(p.endLine() - p.line());
            varint(col + 1);
            varint(endCol + 1);
            currentLine = p.line();
        }

        // Compare CPython Python/assemble.c: write_varint, write_signed_varint.
        private void varint(int v) {
            while (Integer.compareUnsigned(v, 64) >= 0) {
                out.write(0x40 | (v & 63));
                v >>>= 6;
            }
            out.write(v);
        }

        private void signedVarint(int v) {
            varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
        }
    }
}
