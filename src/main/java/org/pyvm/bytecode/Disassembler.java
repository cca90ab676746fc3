package org.pyvm.bytecode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints {@code co_code} as CPython 3.12's {@code dis} module does, for debugging the
 * interpreter and the compiler: {@link #disassemble(CodeObject)} is
 * {@code dis.disassemble(co)} (one code object, with its exception table) and
 * {@link #dis(CodeObject)} is {@code dis.dis(co)} (nested code objects too). Inline
 * caches are skipped, as with {@code show_caches=False}. Corrupt code never makes it
 * throw: an argument that indexes nothing gets no description.
 * Compare CPython Lib/dis.py: _get_instructions_bytes, _disassemble_bytes, _unpack_opargs.
 */
public final class Disassembler {

    private Disassembler() {}

    /**
     * One instruction as {@code dis.Instruction} describes it.
     *
     * @param arg the full argument (EXTENDED_ARG prefixes included), or null when it takes none
     * @param startsLine the source line this instruction starts, or -1
     */
    public record Instruction(String opname, int opcode, Integer arg, String argrepr, int offset, int startsLine,
                              boolean isJumpTarget) {}

    private static final String[] FORMAT_VALUE_CONVERTERS = {"", "str", "repr", "ascii"};
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    /** The instructions of {@code co}, as {@code dis.get_instructions(co)}. */
    public static List<Instruction> instructions(CodeObject co) {
        byte[] code = co.code();
        Map<Integer, Integer> linestarts = lineStarts(co);
        Set<Integer> labels = new HashSet<>(findLabels(code));
        for (ExceptionTable.Entry e : co.exceptionTable().entries()) {
            if (e.end() > e.start()) {
                labels.add(e.target());
            }
        }
        List<Instruction> out = new ArrayList<>();
        for (int[] u : unpack(code)) {
            int offset = u[0], op = u[1];
            Integer arg = u[3] == 1 ? u[2] : null;
            String argrepr = arg == null ? "" : argrepr(co, offset, op, arg);
            out.add(new Instruction(Opcode.name(op), op, arg, argrepr, offset,
                linestarts.getOrDefault(offset, -1), labels.contains(offset)));
        }
        return out;
    }

    // (offset, op, arg, hasArg) per instruction, caches skipped. Compare dis._unpack_opargs.
    private static List<int[]> unpack(byte[] code) {
        List<int[]> out = new ArrayList<>();
        int extended = 0;
        int caches = 0;
        for (int i = 0; i + 1 < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xff;
            int deop = Opcode.deopt(op);
            caches = Opcode.cacheEntries(deop);
            Opcode.Info info = Opcode.info(deop);
            if (info != null && info.hasArg()) {
                int arg = (code[i + 1] & 0xff) | extended;
                extended = deop == Opcode.EXTENDED_ARG ? arg << 8 : 0;
                out.add(new int[] {i, op, arg, 1});
            } else {
                extended = 0;
                out.add(new int[] {i, op, 0, 0});
            }
        }
        return out;
    }

    // Compare dis.findlabels: targets of relative jumps.
    private static List<Integer> findLabels(byte[] code) {
        List<Integer> labels = new ArrayList<>();
        for (int[] u : unpack(code)) {
            int deop = Opcode.deopt(u[1]);
            Opcode.Jump j = Opcode.jump(deop);
            if (u[3] == 1 && (j == Opcode.Jump.FORWARD || j == Opcode.Jump.BACKWARD)) {
                labels.add(Opcode.jumpTarget(u[0], deop, u[2]));
            }
        }
        return labels;
    }

    // Compare dis.findlinestarts: the first offset of each new line in co_lines().
    private static Map<Integer, Integer> lineStarts(CodeObject co) {
        Map<Integer, Integer> starts = new HashMap<>();
        int last = Integer.MIN_VALUE;
        for (LocationTable.LineRange r : co.locationTable().lines()) {
            if (r.line() != -1 && r.line() != last) {
                last = r.line();
                starts.put(r.start(), r.line());
            }
        }
        return starts;
    }

    private static String argrepr(CodeObject co, int offset, int op, int arg) {
        int deop = Opcode.deopt(op);
        Opcode.Info info = Opcode.info(deop);
        if (info.hasConst()) {
            return arg >= 0 && arg < co.constCount() ? PyRepr.of(co.constAt(arg)) : "";
        }
        if (info.hasName()) {
            int index = deop == Opcode.LOAD_GLOBAL || deop == Opcode.LOAD_ATTR ? arg >> 1
                : deop == Opcode.LOAD_SUPER_ATTR ? arg >> 2 : arg;
            if (index < 0 || index >= co.names().length) {
                return "";
            }
            String name = co.nameAt(index);
            if ((arg & 1) != 0 && deop == Opcode.LOAD_GLOBAL) {
                return "NULL + " + name;
            }
            if ((arg & 1) != 0 && (deop == Opcode.LOAD_ATTR || deop == Opcode.LOAD_SUPER_ATTR)) {
                return "NULL|self + " + name;
            }
            return name;
        }
        if (info.jump() == Opcode.Jump.FORWARD || info.jump() == Opcode.Jump.BACKWARD) {
            return "to " + Opcode.jumpTarget(offset, deop, arg);
        }
        if (info.hasLocal() || info.hasFree()) {
            return arg >= 0 && arg < co.nlocalsplus() ? co.localsplusnames()[arg] : "";
        }
        if (info.hasCompare()) {
            return pick(Opcode.CMP_OP, arg >> 4);
        }
        switch (deop) {
            case Opcode.FORMAT_VALUE: {
                String r = FORMAT_VALUE_CONVERTERS[arg & 3];
                if ((arg & 4) != 0) {
                    r += r.isEmpty() ? "with format" : ", with format";
                }
                return r;
            }
            case Opcode.MAKE_FUNCTION: {
                List<String> flags = new ArrayList<>();
                for (int i = 0; i < MAKE_FUNCTION_FLAGS.length; i++) {
                    if ((arg & (1 << i)) != 0) {
                        flags.add(MAKE_FUNCTION_FLAGS[i]);
                    }
                }
                return String.join(", ", flags);
            }
            case Opcode.BINARY_OP:
                return pick(Opcode.NB_OPS, arg);
            case Opcode.CALL_INTRINSIC_1:
                return pick(Opcode.INTRINSIC_1, arg);
            case Opcode.CALL_INTRINSIC_2:
                return pick(Opcode.INTRINSIC_2, arg);
            default:
                return "";
        }
    }

    private static String pick(List<String> names, int i) {
        return i >= 0 && i < names.size() ? names.get(i) : "";
    }

    /** {@code dis.disassemble(co)}'s text. */
    public static String disassemble(CodeObject co) {
        return disassemble(co, -1);
    }

    /** {@code dis.disassemble(co, lasti)}'s text: the instruction at byte lasti is marked {@code -->}. */
    public static String disassemble(CodeObject co, int lasti) {
        StringBuilder sb = new StringBuilder();
        Map<Integer, Integer> linestarts = lineStarts(co);
        boolean showLineno = !linestarts.isEmpty();
        int linenoWidth = 0;
        if (showLineno) {
            int max = linestarts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            linenoWidth = max >= 1000 ? String.valueOf(max).length() : 3;
        }
        int maxOffset = co.codeLength() - 2;
        int offsetWidth = maxOffset >= 10000 ? String.valueOf(maxOffset).length() : 4;
        for (Instruction in : instructions(co)) {
            if (showLineno && in.startsLine() != -1 && in.offset() > 0) {
                sb.append('\n');
            }
            int caches = Opcode.cacheEntries(Opcode.deopt(in.opcode()));
            boolean current = in.offset() <= lasti && lasti <= in.offset() + 2 * caches;
            sb.append(format(in, linenoWidth, current, offsetWidth)).append('\n');
        }
        List<ExceptionTable.Entry> entries = co.exceptionTable().entries();
        if (!entries.isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : entries) {
                sb.append("  ").append(e.start()).append(" to ").append(e.end() - 2).append(" -> ").append(e.target())
                    .append(" [").append(e.depth()).append(']').append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
        return sb.toString();
    }

    // Compare dis.Instruction._disassemble.
    private static String format(Instruction in, int linenoWidth, boolean current, int offsetWidth) {
        List<String> fields = new ArrayList<>();
        if (linenoWidth > 0) {
            fields.add(in.startsLine() != -1 ? pad(String.valueOf(in.startsLine()), linenoWidth, true)
                : " ".repeat(linenoWidth));
        }
        fields.add(current ? "-->" : "   ");
        fields.add(in.isJumpTarget() ? ">>" : "  ");
        fields.add(pad(String.valueOf(in.offset()), offsetWidth, true));
        fields.add(pad(in.opname(), 20, false));
        if (in.arg() != null) {
            fields.add(pad(String.valueOf(in.arg()), 5, true));
            if (!in.argrepr().isEmpty()) {
                fields.add("(" + in.argrepr() + ")");
            }
        }
        return String.join(" ", fields).stripTrailing();
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }

    /** {@code dis.dis(co)}'s text: this code object, then each nested one after a header. */
    public static String dis(CodeObject co) {
        StringBuilder sb = new StringBuilder(disassemble(co));
        for (Object c : co.consts()) {
            if (c instanceof CodeObject inner) {
                sb.append('\n').append("Disassembly of ").append(PyRepr.of(inner)).append(":\n").append(dis(inner));
            }
        }
        return sb.toString();
    }
}
