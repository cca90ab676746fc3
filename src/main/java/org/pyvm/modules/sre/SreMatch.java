package org.pyvm.modules.sre;

/**
 * The result of a successful match: the spans of the whole match and of each group (-1
 * for a group that did not take part), {@code lastindex}, and the pos/endpos the match
 * ran with. Compare CPython Modules/_sre/sre.c: pattern_new_match. The runtime's Match
 * object keeps one of these beside the subject object and the Pattern; {@code lastgroup}
 * is {@code indexgroup[lastindex]}.
 */
public final class SreMatch {

    private final int[] regs;
    private final int lastindex;
    private final int pos;
    private final int endpos;

    private SreMatch(int[] regs, int lastindex, int pos, int endpos) {
        this.regs = regs;
        this.lastindex = lastindex;
        this.pos = pos;
        this.endpos = endpos;
    }

    static SreMatch of(SreEngine e, int groups) {
        int[] regs = new int[2 * (groups + 1)];
        regs[0] = e.start;
        regs[1] = e.statePtr;
        int[] marks = e.marks;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= e.lastmark && marks[j] >= 0 && marks[j + 1] >= 0) {
                regs[j + 2] = marks[j];
                regs[j + 3] = marks[j + 1];
                if (regs[j + 2] > regs[j + 3]) {
                    throw new SreException("SystemError",
                        "The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                regs[j + 2] = regs[j + 3] = -1;
            }
        }
        return new SreMatch(regs, e.lastindex, e.pos, e.end);
    }

    /** Number of groups, not counting group 0. */
    public int groups() {
        return regs.length / 2 - 1;
    }

    /** Start of group G (0 is the whole match), -1 if it did not participate. */
    public int start(int g) {
        return regs[2 * g];
    }

    public int end(int g) {
        return regs[2 * g + 1];
    }

    public int start() {
        return regs[0];
    }

    public int end() {
        return regs[1];
    }

    /** {@code Match.regs} flattened: start, end of group 0, then of each group. */
    public int[] regs() {
        return regs.clone();
    }

    /** {@code Match.lastindex}, or -1 for None. */
    public int lastindex() {
        return lastindex;
    }

    /** {@code Match.pos} and {@code Match.endpos}, after clamping to the subject. */
    public int pos() {
        return pos;
    }

    public int endpos() {
        return endpos;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SreMatch[");
        for (int g = 0; g <= groups(); g++) {
            if (g > 0) {
                sb.append(", ");
            }
            sb.append('(').append(start(g)).append(", ").append(end(g)).append(')');
        }
        return sb.append(" lastindex=").append(lastindex).append(']').toString();
    }
}
