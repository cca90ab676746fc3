package org.pyvm.modules.sre;

import static org.pyvm.modules.sre.SreConstants.*;

/**
 * Checks the structure of a code list before it is used, so that the engine never runs
 * off its code or loops on a zero skip: every opcode known, every skip positive and inside
 * its block, sub-patterns closed by the opcode the engine expects, group numbers below
 * the group count. Compare CPython Modules/_sre/sre.c: _validate, _validate_inner,
 * _validate_charset (which raise RuntimeError "invalid SRE code"). Recursion here follows
 * the pattern's nesting, not the subject.
 */
final class SreValidator {

    private final int[] code;
    private final int groups;

    private SreValidator(int[] code, int groups) {
        this.code = code;
        this.groups = groups;
    }

    static void validate(int[] code, int groups) {
        SreValidator v = new SreValidator(code, groups);
        try {
            v.block(0, code.length);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw SreException.invalidCode();
        }
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw SreException.invalidCode();
        }
    }

    /** A skip at position AT: positive, and the block it spans ends by END. */
    private int skip(int at, int end) {
        int s = code[at];
        check(s > 0 && at + s <= end);
        return s;
    }

    private void block(int pc, int end) {
        while (pc < end) {
            int op = code[pc++];
            switch (op) {
                case FAILURE, SUCCESS, ANY, ANY_ALL:
                    break;
                case MARK:
                    check(pc < end && code[pc] >= 0 && code[pc] / 2 < groups);
                    pc++;
                    break;
                case AT:
                    check(pc < end && code[pc] >= 0 && code[pc] < AT_NAMES.length);
                    pc++;
                    break;
                case CATEGORY:
                    check(pc < end && code[pc] >= 0 && code[pc] < CATEGORY_NAMES.length);
                    pc++;
                    break;
                case LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                     NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE:
                    check(pc < end);
                    pc++;
                    break;
                case GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE:
                    check(pc < end && code[pc] >= 0 && code[pc] < groups);
                    pc++;
                    break;
                case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE: {
                    // <IN> <skip> set <FAILURE>
                    int s = skip(pc, end);
                    charset(pc + 1, pc + s);
                    pc += s;
                    break;
                }
                case INFO: {
                    // <INFO> <skip> <flags> <min> <max> [prefix info | charset]
                    int s = skip(pc, end);
                    check(s >= 4);
                    int flags = code[pc + 1];
                    if ((flags & INFO_PREFIX) != 0) {
                        // <len> <skip> <prefix * len> <overlap * len>
                        int len = code[pc + 4];
                        check(len >= 1 && code[pc + 5] >= 0 && code[pc + 5] <= len
                            && pc + 6 + 2L * len <= pc + s);
                    } else if ((flags & INFO_CHARSET) != 0) {
                        charset(pc + 4, pc + s);
                    }
                    pc += s;
                    break;
                }
                case JUMP:
                    skip(pc, end + 1);
                    pc++;
                    break;
                case BRANCH: {
                    // <BRANCH> <skip> alternative <JUMP> <skip> ... <0>
                    for (;;) {
                        check(pc < end);
                        if (code[pc] == 0) {
                            pc++;
                            break;
                        }
                        int s = skip(pc, end);
                        check(s >= 3 && code[pc + s - 2] == JUMP);
                        block(pc + 1, pc + s - 2);
                        int target = pc + s - 1 + code[pc + s - 1];
                        check(code[pc + s - 1] > 0 && target <= end);
                        pc += s;
                    }
                    break;
                }
                case REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE: {
                    // <op> <skip> <min> <max> item <SUCCESS> tail
                    int s = skip(pc, end);
                    check(s >= 4 && minMax(pc) && code[pc + s - 1] == SUCCESS);
                    block(pc + 3, pc + s - 1);
                    pc += s;
                    break;
                }
                case REPEAT, POSSESSIVE_REPEAT: {
                    // <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail, or
                    // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
                    int s = skip(pc, end);
                    check(s >= 3 && minMax(pc) && pc + s < end);
                    block(pc + 3, pc + s);
                    int close = code[pc + s];
                    check(op == REPEAT ? close == MAX_UNTIL || close == MIN_UNTIL : close == SUCCESS);
                    pc += s + 1;
                    break;
                }
                case GROUPREF_EXISTS: {
                    // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]
                    check(pc + 1 < end && code[pc] >= 0 && code[pc] < groups);
                    int s = skip(pc + 1, end + 1);
                    int no = pc + s;
                    check(s >= 2 && no <= end);
                    if (s >= 4 && code[no - 2] == JUMP) {
                        // A JUMP ending the yes part starts an else part, unless the 15
                        // there is the argument of the yes part's last opcode: try both.
                        try {
                            block(pc + 2, no - 2);
                            int after = no - 1 + skip(no - 1, end + 1);
                            check(after <= end);
                            block(no, after);
                            pc = after;
                            break;
                        } catch (SreException | ArrayIndexOutOfBoundsException e) {
                            // not an else part
                        }
                    }
                    block(pc + 2, no);
                    pc = no;
                    break;
                }
                case ASSERT, ASSERT_NOT: {
                    // <ASSERT> <skip> <back> pattern <SUCCESS>
                    int s = skip(pc, end);
                    check(s >= 3 && code[pc + s - 1] == SUCCESS);
                    block(pc + 2, pc + s - 1);
                    pc += s;
                    break;
                }
                case ATOMIC_GROUP: {
                    // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                    int s = skip(pc, end);
                    check(s >= 2 && code[pc + s - 1] == SUCCESS);
                    block(pc + 1, pc + s - 1);
                    pc += s;
                    break;
                }
                default:
                    // MAX_UNTIL/MIN_UNTIL outside a REPEAT, set opcodes, unknown numbers.
                    throw SreException.invalidCode();
            }
        }
    }

    private boolean minMax(int pc) {
        long min = code[pc + 1] & 0xFFFF_FFFFL;
        long max = code[pc + 2] & 0xFFFF_FFFFL;
        return min <= max;
    }

    /** A set from PC up to END, which its FAILURE must close exactly. */
    private void charset(int pc, int end) {
        for (;;) {
            check(pc < end);
            switch (code[pc++]) {
                case FAILURE:
                    check(pc == end);
                    return;
                case LITERAL:
                    pc++;
                    break;
                case CATEGORY:
                    check(code[pc] >= 0 && code[pc] < CATEGORY_NAMES.length);
                    pc++;
                    break;
                case CHARSET:
                    pc += 8;
                    break;
                case RANGE, RANGE_UNI_IGNORE:
                    check(code[pc] <= code[pc + 1]);
                    pc += 2;
                    break;
                case NEGATE:
                    break;
                case BIGCHARSET: {
                    int count = code[pc++];
                    check(count >= 0 && count <= 256);
                    for (int i = 0; i < 256; i++) {
                        int block = (code[pc + (i >>> 2)] >>> ((i & 3) * 8)) & 0xFF;
                        check(block < count);
                    }
                    pc += 64 + count * 8;
                    break;
                }
                default:
                    throw SreException.invalidCode();
            }
        }
    }
}
