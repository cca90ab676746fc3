package org.pyvm.modules.sre;

import static org.pyvm.modules.sre.SreConstants.*;

/**
 * The matching state of one pattern on one subject, and the engine that runs the code on
 * it: {@link #match} and {@link #search}. Compare CPython Modules/_sre/sre_lib.h:
 * SRE(match), SRE(search), SRE(count), SRE(at), and sre.c's SRE_STATE.
 *
 * <p>Backtracking is CPython's, step for step: each opcode that must try alternatives
 * (BRANCH, the repeats, the assertions) runs its sub-pattern in a child <em>context</em>
 * and is resumed, at a numbered resume point, with the child's result. The contexts live
 * on an explicit, heap-allocated stack ({@link #contexts}), the saved group marks and
 * the repeats' last positions on another ({@link #data}), so that neither the subject's
 * length nor a repeat count uses Java stack. Positions are indexes into {@link #text};
 * -1 plays C's NULL for marks.
 */
final class SreEngine {

    // What a step returns to the main loop.
    private static final int A_FALSE = 0, A_TRUE = 1, A_CALL = 2, A_CONT = 3;

    // Resume points: where a context goes on when its child returns (CPython's JUMP_*).
    private static final int R_BRANCH = 1, R_REPEAT_ONE_1 = 2, R_REPEAT_ONE_2 = 3,
        R_MIN_REPEAT_ONE = 4, R_REPEAT = 5, R_MAX_UNTIL_1 = 6, R_MAX_UNTIL_2 = 7,
        R_MAX_UNTIL_3 = 8, R_MIN_UNTIL_1 = 9, R_MIN_UNTIL_2 = 10, R_MIN_UNTIL_3 = 11,
        R_POSS_1 = 12, R_POSS_2 = 13, R_ATOMIC = 14, R_ASSERT = 15, R_ASSERT_NOT = 16;

    /** Compare CPython sre_lib.h: SRE(match_context). One per active sub-match. */
    private static final class Context {
        int pc;          // where this context is in the code (C: ctx->pattern)
        int ptr;         // its subject position (C: ctx->ptr)
        long count;      // repeat counter
        int lastmark;    // LASTMARK_SAVE
        int lastindex;
        int resume;      // resume point when the child returns (C: the child's jump)
        boolean toplevel;
        Repeat rep;      // the repeat this context manages
        int chr;         // REPEAT_ONE: the literal the tail starts with, or -1
        int good;        // POSSESSIVE_REPEAT: last position known good (C: its local ptr)
    }

    /** Compare CPython sre.h: SRE_REPEAT. */
    private static final class Repeat {
        long count;
        int pc;          // index of the REPEAT operator's arguments (its skip)
        int lastPtr;     // zero-width protection
        Repeat prev;
    }

    final int[] code;
    final int[] text;
    /** Subject window: matching may look at [0, end); a match starts at or after pos. */
    final int pos;
    final int end;

    int start;           // start of the current attempt (C: state->start)
    int statePtr;        // C: state->ptr
    boolean matchAll;
    boolean mustAdvance;

    int[] marks;
    int lastmark = -1;
    int lastindex = -1;
    private Repeat repeat;
    private Repeat freeRepeats;

    private Context[] contexts;
    private int depth;
    private int[] data;
    private int dsp;

    /**
     * The stacks an engine grows, handed by {@link SrePattern} from one call to the next so
     * that a loop of small matches (a tokenizer's) allocates little. Large ones are dropped.
     */
    static final class Stacks {
        Context[] contexts = new Context[16];
        int[] data = new int[64];
        Repeat freeRepeats;
    }

    private static final int KEEP_CONTEXTS = 256;

    // The child a step asked for (A_CALL).
    private int nextPc;
    private boolean nextToplevel;

    private int steps;

    SreEngine(int[] code, int groups, int[] text, int pos, int endpos, Stacks stacks) {
        if (stacks == null) {
            stacks = new Stacks();
        }
        this.contexts = stacks.contexts;
        this.data = stacks.data;
        this.freeRepeats = stacks.freeRepeats;
        this.code = code;
        this.text = text;
        int length = text.length;
        // Compare CPython sre.c: state_init's boundary adjustment.
        pos = Math.max(0, Math.min(pos, length));
        endpos = Math.max(0, Math.min(endpos, length));
        this.pos = pos;
        this.end = endpos;
        this.start = pos;
        this.statePtr = pos;
        this.marks = new int[Math.max(2, 2 * groups)];
    }

    /** The stacks for another engine, or null when they grew too big to keep. */
    Stacks release() {
        if (contexts.length > KEEP_CONTEXTS || data.length > 16 * KEEP_CONTEXTS) {
            return null;
        }
        Stacks s = new Stacks();
        s.contexts = contexts;
        s.data = data;
        s.freeRepeats = freeRepeats;
        return s;
    }

    /** Compare CPython sre.c: state_reset. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        depth = 0;
        dsp = 0;
    }

    // ---------------------------------------------------------------- entry points

    /** Matches at {@link #start}; on success the match is [start, statePtr). */
    boolean match() {
        statePtr = start;
        return execute(0, true);
    }

    /**
     * Finds the first position at or after {@link #start} where the pattern matches; on
     * success {@link #start} is that position. Compare CPython sre_lib.h: SRE(search),
     * whose INFO prefix and charset scans are here too (only ever skipping positions
     * where no match can start, so they do not change the result).
     */
    boolean search() {
        int ptr = start;
        int e = end;
        if (ptr > e) {
            return false;
        }
        int pc = 0;
        int prefixLen = 0;
        int prefix = 0;
        int charset = -1;
        if (code[0] == INFO) {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            int flags = code[2];
            long min = u(code[3]);
            if (min != 0 && e - ptr < min) {
                return false;
            }
            if (min > 1) {
                // The last start worth trying leaves min-1 characters (CPython leaves one more).
                e -= (int) (min - 1);
                if (e <= ptr) {
                    e = ptr;
                }
            }
            if ((flags & INFO_PREFIX) != 0) {
                // <length> <skip> <prefix data> <overlap data>
                prefixLen = code[5];
                prefix = 7;
            } else if ((flags & INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = 1 + code[1];
        }
        if (prefixLen > 0 || charset >= 0) {
            // Such a pattern never matches the empty string: must_advance cannot matter.
            mustAdvance = false;
            int first = prefixLen > 0 ? code[prefix] : 0;
            for (; ptr <= e; ptr++) {
                if (prefixLen > 0) {
                    while (ptr < end && text[ptr] != first) {
                        ptr++;
                    }
                    if (ptr + prefixLen > end) {
                        return false;
                    }
                    if (!hasPrefix(ptr, prefix, prefixLen)) {
                        continue;
                    }
                } else {
                    while (ptr < end && !SreCharset.contains(code, charset, text[ptr])) {
                        ptr++;
                    }
                    if (ptr >= end) {
                        return false;
                    }
                }
                lastmark = lastindex = -1;
                start = statePtr = ptr;
                if (execute(pc, false)) {
                    return true;
                }
            }
            return false;
        }
        // General case: the first attempt is "top level" (must_advance applies to it).
        // When the code starts with a one-character test, positions where it fails are
        // skipped without starting the engine (our addition; the result is the same).
        int test = pc;
        if ((code[pc] == REPEAT_ONE || code[pc] == MIN_REPEAT_ONE || code[pc] == POSSESSIVE_REPEAT_ONE)
            && code[pc + 2] != 0) {
            // <REPEAT_ONE> <skip> <min> <max> item: with min >= 1 the item must match first.
            test = pc + 4;
        }
        boolean filter = isSingle(code[test]);
        start = statePtr = ptr;
        boolean found = (!filter || canStart(test, ptr)) && execute(pc, true);
        mustAdvance = false;
        if (!found && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            return false;
        }
        while (!found && ptr < e) {
            ptr++;
            if (filter) {
                while (ptr < e && !canStart(test, ptr)) {
                    ptr++;
                }
                if (!canStart(test, ptr)) {
                    return false;
                }
            }
            lastmark = lastindex = -1;
            start = statePtr = ptr;
            found = execute(pc, false);
        }
        return found;
    }

    private static boolean isSingle(int op) {
        switch (op) {
            case LITERAL, NOT_LITERAL, IN, LITERAL_IGNORE, LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE,
                 NOT_LITERAL_IGNORE, NOT_LITERAL_UNI_IGNORE, NOT_LITERAL_LOC_IGNORE, CATEGORY,
                 IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE:
                return true;
            default:
                return false;
        }
    }

    /** Whether the one-character opcode at PC matches at PTR. */
    private boolean canStart(int pc, int ptr) {
        if (ptr >= end) {
            return false;
        }
        int ch = text[ptr];
        switch (code[pc]) {
            case LITERAL: return ch == code[pc + 1];
            case NOT_LITERAL: return ch != code[pc + 1];
            case IN: return SreCharset.contains(code, pc + 2, ch);
            default: return single(pc, ch);
        }
    }

    private boolean hasPrefix(int ptr, int prefix, int len) {
        for (int i = 1; i < len; i++) {
            if (text[ptr + i] != code[prefix + i]) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- the main loop

    /**
     * Runs the code from START_PC at statePtr; on success statePtr is the end of the
     * match. Compare CPython sre_lib.h: SRE(match). Re-entrant (SRE(count) calls it for
     * an unusual single-character item): contexts below the entry depth are left alone.
     */
    private boolean execute(int startPc, boolean toplevel) {
        final int[] code = this.code;
        final int[] text = this.text;
        final int end = this.end;
        final int base = depth;
        Context ctx = push(toplevel);
        int pc = startPc;
        int ptr = 0;
        boolean enter = true;
        for (;;) {
            int act = A_FALSE;
            boolean run = true;
            if (enter) {
                ptr = statePtr;
                if (code[pc] == INFO) {
                    // <INFO> <1=skip> <2=flags> <3=min> ...: too short a rest cannot match.
                    long min = u(code[pc + 3]);
                    if (min != 0 && end - ptr < min) {
                        run = false;
                    } else {
                        pc += code[pc + 1] + 1;
                    }
                }
            }
            if (run) {
                dispatch:
                for (;;) {
                    if ((++steps & 0xFFF) == 0) {
                        SrePattern.checkInterrupt();
                    }
                    int op = code[pc++];
                    switch (op) {
                        case MARK: {
                            // <MARK> <gid>
                            int i = code[pc];
                            if ((i & 1) != 0) {
                                lastindex = i / 2 + 1;
                            }
                            if (i > lastmark) {
                                if (i >= marks.length) {
                                    growMarks(i);
                                }
                                // Marks between the old lastmark and i were not reached.
                                for (int j = lastmark + 1; j < i; j++) {
                                    marks[j] = -1;
                                }
                                lastmark = i;
                            }
                            marks[i] = ptr;
                            pc++;
                            continue;
                        }
                        case LITERAL:
                            if (ptr >= end || text[ptr] != code[pc]) {
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL:
                            if (ptr >= end || text[ptr] == code[pc]) {
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case SUCCESS:
                            if (endRefused(ctx.toplevel, ptr)) {
                                break dispatch;
                            }
                            statePtr = ptr;
                            act = A_TRUE;
                            break dispatch;
                        case AT:
                            if (!at(ptr, code[pc])) {
                                break dispatch;
                            }
                            pc++;
                            continue;
                        case CATEGORY:
                            if (ptr >= end || !SreChars.category(code[pc], text[ptr])) {
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case ANY:
                            if (ptr >= end || text[ptr] == '\n') {
                                break dispatch;
                            }
                            ptr++;
                            continue;
                        case ANY_ALL:
                            if (ptr >= end) {
                                break dispatch;
                            }
                            ptr++;
                            continue;
                        case IN:
                            // <IN> <skip> <set>
                            if (ptr >= end || !SreCharset.contains(code, pc + 1, text[ptr])) {
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(text[ptr]) != code[pc]) {
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(text[ptr]) != code[pc]) {
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case LITERAL_LOC_IGNORE:
                            if (ptr >= end || !SreChars.charLocIgnore(code[pc], text[ptr])) {
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(text[ptr]) == code[pc]) {
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(text[ptr]) == code[pc]) {
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_LOC_IGNORE:
                            if (ptr >= end || SreChars.charLocIgnore(code[pc], text[ptr])) {
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case IN_IGNORE:
                            if (ptr >= end || !SreCharset.contains(code, pc + 1, SreChars.lowerAscii(text[ptr]))) {
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case IN_UNI_IGNORE:
                            if (ptr >= end || !SreCharset.contains(code, pc + 1, SreChars.lowerUnicode(text[ptr]))) {
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case IN_LOC_IGNORE:
                            if (ptr >= end || !SreCharset.containsLocIgnore(code, pc + 1, text[ptr])) {
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case JUMP:
                        case INFO:
                            // <JUMP> <offset>
                            pc += code[pc];
                            continue;
                        case GROUPREF:
                        case GROUPREF_IGNORE:
                        case GROUPREF_UNI_IGNORE:
                        case GROUPREF_LOC_IGNORE: {
                            int after = groupref(op, code[pc], ptr);
                            if (after < 0) {
                                break dispatch;
                            }
                            ptr = after;
                            pc++;
                            continue;
                        }
                        case GROUPREF_EXISTS: {
                            // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
                            pc += groupSet(code[pc]) ? 2 : code[pc + 1];
                            continue;
                        }
                        case FAILURE:
                            break dispatch;
                        case BRANCH:
                        case REPEAT_ONE:
                        case MIN_REPEAT_ONE:
                        case POSSESSIVE_REPEAT_ONE:
                        case REPEAT:
                        case MAX_UNTIL:
                        case MIN_UNTIL:
                        case POSSESSIVE_REPEAT:
                        case ATOMIC_GROUP:
                        case ASSERT:
                        case ASSERT_NOT:
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            act = begin(op, ctx);
                            if (act == A_CONT) {
                                pc = ctx.pc;
                                ptr = ctx.ptr;
                                continue;
                            }
                            break dispatch;
                        default:
                            throw SreException.invalidCode();
                    }
                }
            }
            if (act != A_CALL) {
                // This context returns; resume its parents until one asks for more.
                boolean ret = act == A_TRUE;
                for (;;) {
                    depth--;
                    if (depth == base) {
                        return ret;
                    }
                    ctx = contexts[depth - 1];
                    act = resume(ctx, ret);
                    if (act == A_TRUE || act == A_FALSE) {
                        ret = act == A_TRUE;
                        continue;
                    }
                    break;
                }
                if (act == A_CONT) {
                    pc = ctx.pc;
                    ptr = ctx.ptr;
                    enter = false;
                    continue;
                }
            }
            ctx = push(nextToplevel);
            pc = nextPc;
            enter = true;
        }
    }

    private Context push(boolean toplevel) {
        if (depth == contexts.length) {
            contexts = java.util.Arrays.copyOf(contexts, depth * 2);
        }
        Context c = contexts[depth];
        if (c == null) {
            c = contexts[depth] = new Context();
        }
        depth++;
        c.toplevel = toplevel;
        c.rep = null;
        return c;
    }

    /** Asks the main loop to run CHILD_PC in a new context, then resume C at RESUME. */
    private int call(Context c, int resume, int childPc, boolean toplevel) {
        c.resume = resume;
        nextPc = childPc;
        nextToplevel = toplevel;
        return A_CALL;
    }

    private void growMarks(int i) {
        marks = java.util.Arrays.copyOf(marks, Math.max(i + 2, marks.length * 2));
    }

    // ---------------------------------------------------------------- steps that backtrack

    /** The first step of an opcode that tries alternatives; ctx.pc is just past the opcode. */
    private int begin(int op, Context c) {
        switch (op) {
            case BRANCH:
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                saveLastmark(c);
                if (repeat != null) {
                    markPush(c.lastmark);
                }
                return branchFrom(c, c.pc);
            case REPEAT_ONE:
                return repeatOne(c);
            case MIN_REPEAT_ONE:
                return minRepeatOne(c);
            case POSSESSIVE_REPEAT_ONE:
                return possessiveRepeatOne(c);
            case REPEAT: {
                // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail: the UNTIL does the work.
                Repeat r = newRepeat();
                r.count = -1;
                r.pc = c.pc;
                r.prev = repeat;
                r.lastPtr = -1;
                repeat = r;
                c.rep = r;
                statePtr = c.ptr;
                return call(c, R_REPEAT, c.pc + code[c.pc], c.toplevel);
            }
            case MAX_UNTIL:
                return maxUntil(c);
            case MIN_UNTIL:
                return minUntil(c);
            case POSSESSIVE_REPEAT:
                return possessiveRepeat(c);
            case ATOMIC_GROUP:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                statePtr = c.ptr;
                return call(c, R_ATOMIC, c.pc + 1, false);
            case ASSERT: {
                // <ASSERT> <skip> <back> <pattern>
                long back = u(code[c.pc + 1]);
                if (c.ptr < back) {
                    return A_FALSE;
                }
                statePtr = c.ptr - (int) back;
                return call(c, R_ASSERT, c.pc + 2, false);
            }
            case ASSERT_NOT: {
                // <ASSERT_NOT> <skip> <back> <pattern>
                long back = u(code[c.pc + 1]);
                if (c.ptr >= back) {
                    statePtr = c.ptr - (int) back;
                    saveLastmark(c);
                    if (repeat != null) {
                        markPush(c.lastmark);
                    }
                    return call(c, R_ASSERT_NOT, c.pc + 2, false);
                }
                c.pc += code[c.pc];
                return A_CONT;
            }
            default:
                throw SreException.internal();
        }
    }

    /** Continues context C whose child returned RET. */
    private int resume(Context c, boolean ret) {
        switch (c.resume) {
            case R_BRANCH:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(c.lastmark);
                    }
                    return A_TRUE;
                }
                if (repeat != null) {
                    markPopKeep(c.lastmark);
                }
                restoreLastmark(c);
                return branchFrom(c, c.pc + code[c.pc]);
            case R_REPEAT_ONE_1:
            case R_REPEAT_ONE_2:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(c.lastmark);
                    }
                    return A_TRUE;
                }
                if (repeat != null) {
                    markPopKeep(c.lastmark);
                }
                restoreLastmark(c);
                c.ptr--;
                c.count--;
                return c.resume == R_REPEAT_ONE_1 ? repeatOneLiteral(c) : repeatOneGeneral(c);
            case R_MIN_REPEAT_ONE:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(c.lastmark);
                    }
                    return A_TRUE;
                }
                if (repeat != null) {
                    markPopKeep(c.lastmark);
                }
                restoreLastmark(c);
                statePtr = c.ptr;
                if (count(c.pc + 3, 1) == 0) {
                    if (repeat != null) {
                        markPopDiscard(c.lastmark);
                    }
                    return A_FALSE;
                }
                c.ptr++;
                c.count++;
                return minRepeatOneNext(c);
            case R_REPEAT:
                repeat = c.rep.prev;
                freeRepeat(c.rep);
                return ret ? A_TRUE : A_FALSE;
            case R_MAX_UNTIL_1:
            case R_MIN_UNTIL_1:
                if (ret) {
                    return A_TRUE;
                }
                c.rep.count = c.count - 1;
                statePtr = c.ptr;
                return A_FALSE;
            case R_MAX_UNTIL_2: {
                Repeat r = c.rep;
                r.lastPtr = data[--dsp];
                if (ret) {
                    markPopDiscard(c.lastmark);
                    return A_TRUE;
                }
                markPop(c.lastmark);
                restoreLastmark(c);
                r.count = c.count - 1;
                statePtr = c.ptr;
                return maxUntilTail(c);
            }
            case R_MAX_UNTIL_3:
                repeat = c.rep;
                if (ret) {
                    return A_TRUE;
                }
                statePtr = c.ptr;
                return A_FALSE;
            case R_MIN_UNTIL_2: {
                Repeat r = c.rep;
                Repeat tailRepeat = repeat;
                repeat = r;
                if (ret) {
                    if (tailRepeat != null) {
                        markPopDiscard(c.lastmark);
                    }
                    return A_TRUE;
                }
                if (tailRepeat != null) {
                    markPop(c.lastmark);
                }
                restoreLastmark(c);
                statePtr = c.ptr;
                long max = u(code[r.pc + 2]);
                if ((c.count >= max && max != MAXREPEAT) || statePtr == r.lastPtr) {
                    return A_FALSE;
                }
                r.count = c.count;
                dataPush(r.lastPtr);
                r.lastPtr = statePtr;
                return call(c, R_MIN_UNTIL_3, r.pc + 3, c.toplevel);
            }
            case R_MIN_UNTIL_3: {
                Repeat r = c.rep;
                r.lastPtr = data[--dsp];
                if (ret) {
                    return A_TRUE;
                }
                r.count = c.count - 1;
                statePtr = c.ptr;
                return A_FALSE;
            }
            case R_POSS_1:
                if (ret) {
                    c.count++;
                    return possessiveMin(c);
                }
                statePtr = c.ptr;
                return A_FALSE;
            case R_POSS_2:
                if (ret) {
                    markPopDiscard(c.lastmark);
                    c.count++;
                    return possessiveMore(c);
                }
                markPop(c.lastmark);
                restoreLastmark(c);
                statePtr = c.good;
                return possessiveDone(c);
            case R_ATOMIC:
                if (!ret) {
                    statePtr = c.ptr;
                    return A_FALSE;
                }
                c.pc += code[c.pc];
                c.ptr = statePtr;
                return A_CONT;
            case R_ASSERT:
                if (!ret) {
                    return A_FALSE;
                }
                c.pc += code[c.pc];
                return A_CONT;
            case R_ASSERT_NOT:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(c.lastmark);
                    }
                    return A_FALSE;
                }
                if (repeat != null) {
                    markPop(c.lastmark);
                }
                restoreLastmark(c);
                c.pc += code[c.pc];
                return A_CONT;
            default:
                throw SreException.internal();
        }
    }

    /** Tries the alternatives of a BRANCH from the one whose skip is at P. */
    private int branchFrom(Context c, int p) {
        final int ptr = c.ptr;
        for (; code[p] != 0; p += code[p]) {
            // Skip alternatives whose first literal or set cannot match here.
            int first = code[p + 1];
            if (first == LITERAL && (ptr >= end || text[ptr] != code[p + 2])) {
                continue;
            }
            if (first == IN && (ptr >= end || !SreCharset.contains(code, p + 3, text[ptr]))) {
                continue;
            }
            statePtr = ptr;
            c.pc = p;
            return call(c, R_BRANCH, p + 1, c.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(c.lastmark);
        }
        return A_FALSE;
    }

    // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail: the item is one character
    // wide, so the greedy count is found first and then given back one at a time.
    private int repeatOne(Context c) {
        int p = c.pc;
        int ptr = c.ptr;
        long min = u(code[p + 1]);
        if (min > end - ptr) {
            return A_FALSE;
        }
        statePtr = ptr;
        int n = count(p + 3, u(code[p + 2]));
        ptr += n;
        c.count = n;
        if (n < min) {
            return A_FALSE;
        }
        int tail = p + code[p];
        if (code[tail] == SUCCESS && ptr == end && !endRefused(c.toplevel, ptr)) {
            // The tail is empty: done.
            statePtr = ptr;
            return A_TRUE;
        }
        saveLastmark(c);
        if (repeat != null) {
            markPush(c.lastmark);
        }
        c.ptr = ptr;
        if (code[tail] == LITERAL) {
            c.chr = code[tail + 1];
            return repeatOneLiteral(c);
        }
        return repeatOneGeneral(c);
    }

    /** REPEAT_ONE whose tail starts with a literal: skip positions where it cannot match. */
    private int repeatOneLiteral(Context c) {
        int p = c.pc;
        long min = u(code[p + 1]);
        int ptr = c.ptr;
        long n = c.count;
        int chr = c.chr;
        while (n >= min && (ptr >= end || text[ptr] != chr)) {
            ptr--;
            n--;
        }
        if (n < min) {
            if (repeat != null) {
                markPopDiscard(c.lastmark);
            }
            return A_FALSE;
        }
        c.ptr = ptr;
        c.count = n;
        statePtr = ptr;
        return call(c, R_REPEAT_ONE_1, p + code[p], c.toplevel);
    }

    private int repeatOneGeneral(Context c) {
        int p = c.pc;
        if (c.count >= u(code[p + 1])) {
            statePtr = c.ptr;
            return call(c, R_REPEAT_ONE_2, p + code[p], c.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(c.lastmark);
        }
        return A_FALSE;
    }

    /**
     * Whether the whole match may not end at PTR: at the top level, fullmatch needs the
     * subject's end and a search that must advance may not stop where it started.
     * Compare CPython sre_lib.h: the SRE_OP_SUCCESS case and the tail checks of the
     * REPEAT_ONE family.
     */
    private boolean endRefused(boolean toplevel, int ptr) {
        return toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start));
    }

    // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
    private int minRepeatOne(Context c) {
        int p = c.pc;
        int ptr = c.ptr;
        long min = u(code[p + 1]);
        if (min > end - ptr) {
            return A_FALSE;
        }
        statePtr = ptr;
        long n = 0;
        if (min != 0) {
            int r = count(p + 3, min);
            if (r < min) {
                return A_FALSE;
            }
            n = r;
            ptr += r;
        }
        int tail = p + code[p];
        if (code[tail] == SUCCESS && !endRefused(c.toplevel, ptr)) {
            statePtr = ptr;
            return A_TRUE;
        }
        saveLastmark(c);
        if (repeat != null) {
            markPush(c.lastmark);
        }
        c.ptr = ptr;
        c.count = n;
        return minRepeatOneNext(c);
    }

    private int minRepeatOneNext(Context c) {
        int p = c.pc;
        long max = u(code[p + 2]);
        if (max == MAXREPEAT || c.count <= max) {
            statePtr = c.ptr;
            return call(c, R_MIN_REPEAT_ONE, p + code[p], c.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(c.lastmark);
        }
        return A_FALSE;
    }

    // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
    private int possessiveRepeatOne(Context c) {
        int p = c.pc;
        int ptr = c.ptr;
        long min = u(code[p + 1]);
        if (min > end - ptr) {
            return A_FALSE;
        }
        statePtr = ptr;
        int n = count(p + 3, u(code[p + 2]));
        if (n < min) {
            return A_FALSE;
        }
        c.ptr = ptr + n;
        c.pc = p + code[p];
        return A_CONT;
    }

    // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail; ctx.pc is the tail.
    private int maxUntil(Context c) {
        Repeat r = repeat;
        if (r == null) {
            throw SreException.internal();
        }
        c.rep = r;
        statePtr = c.ptr;
        c.count = r.count + 1;
        if (c.count < u(code[r.pc + 1])) {
            // Not enough matches yet.
            r.count = c.count;
            return call(c, R_MAX_UNTIL_1, r.pc + 3, c.toplevel);
        }
        long max = u(code[r.pc + 2]);
        if ((c.count < max || max == MAXREPEAT) && statePtr != r.lastPtr) {
            // Enough matches, but take another item if it matches.
            r.count = c.count;
            saveLastmark(c);
            markPush(c.lastmark);
            dataPush(r.lastPtr);
            r.lastPtr = statePtr;
            return call(c, R_MAX_UNTIL_2, r.pc + 3, c.toplevel);
        }
        return maxUntilTail(c);
    }

    private int maxUntilTail(Context c) {
        // No more items here: the tail must match.
        repeat = c.rep.prev;
        return call(c, R_MAX_UNTIL_3, c.pc, c.toplevel);
    }

    // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
    private int minUntil(Context c) {
        Repeat r = repeat;
        if (r == null) {
            throw SreException.internal();
        }
        c.rep = r;
        statePtr = c.ptr;
        c.count = r.count + 1;
        if (c.count < u(code[r.pc + 1])) {
            r.count = c.count;
            return call(c, R_MIN_UNTIL_1, r.pc + 3, c.toplevel);
        }
        // First see whether the tail matches.
        repeat = r.prev;
        saveLastmark(c);
        if (repeat != null) {
            markPush(c.lastmark);
        }
        return call(c, R_MIN_UNTIL_2, c.pc, c.toplevel);
    }

    // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
    // CPython 3.12 installs no repeat here (later versions do): a BRANCH inside the body
    // then saves no marks, and a failed alternative's marks stay visible to the next one.
    private int possessiveRepeat(Context c) {
        statePtr = c.ptr;
        c.count = 0;
        return possessiveMin(c);
    }

    private int possessiveMin(Context c) {
        if (c.count < u(code[c.pc + 1])) {
            return call(c, R_POSS_1, c.pc + 3, false);
        }
        c.good = -1;
        return possessiveMore(c);
    }

    private int possessiveMore(Context c) {
        long max = u(code[c.pc + 2]);
        if ((c.count < max || max == MAXREPEAT) && statePtr != c.good) {
            saveLastmark(c);
            markPush(c.lastmark);
            c.good = statePtr;
            return call(c, R_POSS_2, c.pc + 3, false);
        }
        return possessiveDone(c);
    }

    private int possessiveDone(Context c) {
        c.pc += code[c.pc] + 1;
        c.ptr = statePtr;
        return A_CONT;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * How many times the one-character item at P matches from statePtr, at most MAXCOUNT.
     * Compare CPython sre_lib.h: SRE(count).
     */
    private int count(int p, long maxcount) {
        final int[] text = this.text;
        final int[] code = this.code;
        final int from = statePtr;
        int e = end;
        if (maxcount != MAXREPEAT && maxcount < e - from) {
            e = from + (int) maxcount;
        }
        int i = from;
        switch (code[p]) {
            case IN: {
                int set = p + 2;
                while (i < e && SreCharset.contains(code, set, text[i])) {
                    i++;
                }
                break;
            }
            case ANY:
                while (i < e && text[i] != '\n') {
                    i++;
                }
                break;
            case ANY_ALL:
                i = e;
                break;
            case LITERAL: {
                int ch = code[p + 1];
                while (i < e && text[i] == ch) {
                    i++;
                }
                break;
            }
            case NOT_LITERAL: {
                int ch = code[p + 1];
                while (i < e && text[i] != ch) {
                    i++;
                }
                break;
            }
            case LITERAL_IGNORE:
            case LITERAL_UNI_IGNORE:
            case LITERAL_LOC_IGNORE:
            case NOT_LITERAL_IGNORE:
            case NOT_LITERAL_UNI_IGNORE:
            case NOT_LITERAL_LOC_IGNORE:
            case CATEGORY:
            case IN_IGNORE:
            case IN_UNI_IGNORE:
            case IN_LOC_IGNORE:
                while (i < e && single(p, text[i])) {
                    i++;
                }
                break;
            default:
                // Anything else: run it as a pattern, one character at a time, as CPython does.
                while (statePtr < e) {
                    if (!execute(p, false)) {
                        break;
                    }
                }
                i = statePtr;
                statePtr = from;
                break;
        }
        return i - from;
    }

    /** Whether the one-character opcode at P matches CH. */
    private boolean single(int p, int ch) {
        int arg = code[p + 1];
        switch (code[p]) {
            case LITERAL_IGNORE: return SreChars.lowerAscii(ch) == arg;
            case LITERAL_UNI_IGNORE: return SreChars.lowerUnicode(ch) == arg;
            case LITERAL_LOC_IGNORE: return SreChars.charLocIgnore(arg, ch);
            case NOT_LITERAL_IGNORE: return SreChars.lowerAscii(ch) != arg;
            case NOT_LITERAL_UNI_IGNORE: return SreChars.lowerUnicode(ch) != arg;
            case NOT_LITERAL_LOC_IGNORE: return !SreChars.charLocIgnore(arg, ch);
            case CATEGORY: return SreChars.category(arg, ch);
            case IN_IGNORE: return SreCharset.contains(code, p + 2, SreChars.lowerAscii(ch));
            case IN_UNI_IGNORE: return SreCharset.contains(code, p + 2, SreChars.lowerUnicode(ch));
            case IN_LOC_IGNORE: return SreCharset.containsLocIgnore(code, p + 2, ch);
            default: throw SreException.internal();
        }
    }

    /** Compare CPython sre_lib.h: SRE(at). Position 0 is the string's beginning, not pos. */
    private boolean at(int ptr, int atcode) {
        final int[] text = this.text;
        switch (atcode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || text[ptr - 1] == '\n';
            case AT_END:
                return (end - ptr == 1 && text[ptr] == '\n') || ptr == end;
            case AT_END_LINE:
                // With pos > endpos, ptr may be past end: CPython then reads the character
                // there (or the string's terminating NUL).
                return ptr == end || (ptr < text.length && text[ptr] == '\n');
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean that = ptr > 0 && word(atcode, text[ptr - 1]);
                boolean here = ptr < end && word(atcode, text[ptr]);
                boolean boundary = atcode == AT_BOUNDARY || atcode == AT_LOC_BOUNDARY || atcode == AT_UNI_BOUNDARY;
                return boundary ? here != that : here == that;
            }
            default:
                return false;
        }
    }

    private static boolean word(int atcode, int ch) {
        switch (atcode) {
            case AT_BOUNDARY, AT_NON_BOUNDARY: return SreChars.isWord(ch);
            case AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY: return SreChars.isLocWord(ch);
            default: return SreChars.isUniWord(ch);
        }
    }

    /** Whether group GROUP (0-based) has a valid span. Compare GROUPREF_EXISTS. */
    private boolean groupSet(int group) {
        int g = group * 2;
        if (g < 0 || g >= lastmark) {
            return false;
        }
        int s = marks[g], e = marks[g + 1];
        return s >= 0 && e >= 0 && e >= s;
    }

    /** Matches group GROUP's text again at PTR; the position after it, or -1. */
    private int groupref(int op, int group, int ptr) {
        int g = group * 2;
        if (g < 0 || g >= lastmark) {
            return -1;
        }
        int p = marks[g], e = marks[g + 1];
        if (p < 0 || e < 0 || e < p) {
            return -1;
        }
        final int[] text = this.text;
        if (p < e && end - ptr < e - p) {
            // Too little text left (an empty group matches even past end, as in CPython).
            return -1;
        }
        for (; p < e; p++, ptr++) {
            int a = text[ptr], b = text[p];
            boolean same = switch (op) {
                case GROUPREF -> a == b;
                case GROUPREF_IGNORE -> SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
                case GROUPREF_UNI_IGNORE -> SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
                default -> SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
            };
            if (!same) {
                return -1;
            }
        }
        return ptr;
    }

    private void saveLastmark(Context c) {
        c.lastmark = lastmark;
        c.lastindex = lastindex;
    }

    private void restoreLastmark(Context c) {
        lastmark = c.lastmark;
        lastindex = c.lastindex;
    }

    // MARK_PUSH / MARK_POP / MARK_POP_KEEP / MARK_POP_DISCARD of sre_lib.h: save marks[0..lastmark].
    private void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            if (dsp + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(dsp + n, data.length * 2));
            }
            System.arraycopy(marks, 0, data, dsp, n);
            dsp += n;
        }
    }

    private void markPop(int lm) {
        if (lm >= 0) {
            dsp -= lm + 1;
            System.arraycopy(data, dsp, marks, 0, lm + 1);
        }
    }

    private void markPopKeep(int lm) {
        if (lm >= 0) {
            System.arraycopy(data, dsp - (lm + 1), marks, 0, lm + 1);
        }
    }

    private void markPopDiscard(int lm) {
        if (lm >= 0) {
            dsp -= lm + 1;
        }
    }

    private void dataPush(int v) {
        if (dsp == data.length) {
            data = java.util.Arrays.copyOf(data, data.length * 2);
        }
        data[dsp++] = v;
    }

    private Repeat newRepeat() {
        Repeat r = freeRepeats;
        if (r == null) {
            return new Repeat();
        }
        freeRepeats = r.prev;
        return r;
    }

    private void freeRepeat(Repeat r) {
        r.prev = freeRepeats;
        freeRepeats = r;
    }

    /** A code word as the unsigned number it is. */
    private static long u(int word) {
        return word & 0xFFFF_FFFFL;
    }
}
