package org.pyvm.bytecode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A decoded {@code co_exceptiontable}: which handler catches an exception raised by the
 * instruction at a given offset (CPython 3.11+'s "zero-cost" exception handling).
 *
 * <p>The table is a sequence of entries, each four varints: start, length, target (all in
 * code units) and depth&lt;&lt;1|lasti. A varint is big-endian 6-bit groups, bit 6 set on every
 * group but the last; bit 7 marks the first byte of an entry. Entries are sorted by
 * start and do not overlap. Offsets here are in bytes, as {@code dis} shows them.
 * Compare CPython Objects/exception_handling_notes.txt, Python/ceval.c: get_exception_handler,
 * Python/assemble.c: assemble_emit_exception_table_entry, Lib/dis.py: _parse_exception_table.
 */
public final class ExceptionTable {

    /**
     * One protected range: instructions in [start, end) jump to {@code target} with the
     * value stack cut to {@code depth} items (plus the offset of the raising instruction
     * pushed first when {@code lasti}).
     */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {}

    private static final ExceptionTable EMPTY = new ExceptionTable(List.of());

    private final List<Entry> entries;
    private final int[] starts;
    private final boolean sorted;

    private ExceptionTable(List<Entry> entries) {
        this.entries = Collections.unmodifiableList(entries);
        // A plain loop, not a stream: every code object unmarshalled at start-up builds one,
        // in the bytecode interpreter.
        int[] st = new int[entries.size()];
        boolean s = true;
        for (int i = 0; i < st.length; i++) {
            st[i] = entries.get(i).start();
            s &= i == 0 || st[i] >= st[i - 1];
        }
        this.starts = st;
        this.sorted = s;
    }

    public static ExceptionTable of(List<Entry> entries) {
        return new ExceptionTable(new ArrayList<>(entries));
    }

    /**
     * Decodes a {@code co_exceptiontable}. A malformed table (truncated last entry,
     * missing start marks) is read as far as it makes sense, like dis does; it never throws.
     */
    public static ExceptionTable decode(byte[] table) {
        if (table.length == 0) {
            return EMPTY;
        }
        List<Entry> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            long start = varint(table, pos);
            long length = varint(table, pos);
            long target = varint(table, pos);
            long dl = varint(table, pos);
            if (dl < 0) {
                break; // truncated entry
            }
            long s = start * 2, e = s + length * 2, t = target * 2;
            if (s > Integer.MAX_VALUE || e > Integer.MAX_VALUE || t > Integer.MAX_VALUE || dl >> 1 > Integer.MAX_VALUE) {
                break; // absurd values from corrupt data: no instruction can be there
            }
            out.add(new Entry((int) s, (int) e, (int) t, (int) (dl >> 1), (dl & 1) != 0));
        }
        return new ExceptionTable(out);
    }

    // Reads one varint at pos[0]; -1 when the table ends inside it. Compare dis._parse_varint.
    private static long varint(byte[] b, int[] pos) {
        if (pos[0] >= b.length) {
            return -1;
        }
        int x = b[pos[0]++] & 0xff;
        long val = x & 63;
        int groups = 1;
        while ((x & 64) != 0) {
            if (pos[0] >= b.length) {
                return -1;
            }
            x = b[pos[0]++] & 0xff;
            val = (val << 6) | (x & 63);
            if (++groups > 6) {
                val &= (1L << 36) - 1; // keep it bounded; such values are rejected by the caller
            }
        }
        return val;
    }

    /** Encodes entries (byte offsets, each even) as {@code co_exceptiontable}, as CPython's assembler does. */
    public static byte[] encode(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            writeVarint(out, e.start() / 2, 0x80);
            writeVarint(out, (e.end() - e.start()) / 2, 0);
            writeVarint(out, e.target() / 2, 0);
            writeVarint(out, ((long) e.depth() << 1) | (e.lasti() ? 1 : 0), 0);
        }
        return out.toByteArray();
    }

    // Compare CPython Python/assemble.c: assemble_emit_exception_table_item.
    private static void writeVarint(ByteArrayOutputStream out, long value, int mark) {
        int shift = 0;
        while ((value >> shift) >= 64) {
            shift += 6;
        }
        for (; shift > 0; shift -= 6) {
            out.write((int) (((value >> shift) & 63) | 64 | mark));
            mark = 0;
        }
        out.write((int) ((value & 63) | mark));
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entry whose range holds the instruction at byte {@code offset}, or null when none does. */
    public Entry handlerFor(int offset) {
        int lo = 0, hi = starts.length - 1, found = -1;
        while (lo <= hi) { // last entry with start <= offset
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found >= 0 && offset < entries.get(found).end()) {
            return entries.get(found);
        }
        // A corrupt table may be unsorted: fall back to a scan so lookup stays correct.
        if (!sorted) {
            for (Entry e : entries) {
                if (e.start() <= offset && offset < e.end()) {
                    return e;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ExceptionTable:\n");
        for (Entry e : entries) {
            // The format of dis.dis: "  4 to 12 -> 16 [1] lasti" (end shown inclusive of the last unit).
            sb.append("  ").append(e.start()).append(" to ").append(e.end() - 2).append(" -> ").append(e.target())
                .append(" [").append(e.depth()).append(']').append(e.lasti() ? " lasti" : "").append('\n');
        }
        return sb.toString();
    }
}
