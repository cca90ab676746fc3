package org.pyvm.modules.sre;

/**
 * A compiled regular expression as {@code _sre.compile} receives it: the code list that
 * {@code re._compiler._code(parsed, flags)} returns, the flags, the number of groups.
 * It matches subjects given as code points ({@code int[]}: a str's code points, or a
 * bytes object's values 0-255). Immutable and thread-safe: each call makes its own
 * {@link SreEngine} state.
 *
 * <p>The runtime wraps it: {@code _sre.compile(pattern, flags, code, groups, groupindex,
 * indexgroup)} makes a Pattern object holding one of these (and the Python-level
 * pattern, groupindex and indexgroup); {@code Pattern.match/search/fullmatch} call
 * {@link #match}/{@link #search}/{@link #fullmatch}; {@code finditer}, {@code scanner},
 * {@code findall}, {@code sub} and {@code split} loop on {@link SreScanner#search()},
 * which applies CPython's empty-match rules. Compare CPython Modules/_sre/sre.c:
 * pattern_match, pattern_fullmatch, pattern_search, pattern_scanner.
 */
public final class SrePattern {

    private static volatile Runnable interruptCheck;

    private final int[] code;
    private final int flags;
    private final int groups;
    /** Stacks left by the last call, for the next (taken and given back atomically). */
    private final java.util.concurrent.atomic.AtomicReference<SreEngine.Stacks> spare =
        new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * CODE is the code list with each word as an unsigned 32-bit value (MAXREPEAT,
     * 2**32-1, is -1 here); see {@link #codeOf(long[])}.
     *
     * @throws SreException (RuntimeError) when the code is plainly invalid
     */
    public SrePattern(int[] code, int flags, int groups) {
        if (code == null || code.length == 0 || groups < 0 || groups > SreConstants.MAXGROUPS) {
            throw SreException.invalidCode();
        }
        this.code = code.clone();
        this.flags = flags;
        this.groups = groups;
        SreValidator.validate(this.code, groups);
    }

    /** Converts a code list of Python ints (each 0 .. 2**32-1) to code words. */
    public static int[] codeOf(long[] words) {
        int[] code = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            if (words[i] < 0 || words[i] > SreConstants.MAXREPEAT) {
                throw new SreException("OverflowError", "regular expression code size limit exceeded");
            }
            code[i] = (int) words[i];
        }
        return code;
    }

    public int flags() {
        return flags;
    }

    /** The number of capturing groups ({@code Pattern.groups}). */
    public int groups() {
        return groups;
    }

    /** The code itself, not a copy: for the runtime's equality and hashing, never to be changed. */
    public int[] codeView() {
        return code;
    }

    /** A copy of the code. */
    public int[] code() {
        return code.clone();
    }

    /**
     * Sets the check the engine runs every few thousand steps (null for none). It may
     * throw a RuntimeException (the runtime's KeyboardInterrupt, say), which ends the
     * match and propagates out of the matching call. Compare CPython sre_lib.h's
     * PyErr_CheckSignals every 4096 steps.
     */
    public static void setInterruptCheck(Runnable check) {
        interruptCheck = check;
    }

    static void checkInterrupt() {
        Runnable r = interruptCheck;
        if (r != null) {
            r.run();
        }
    }

    /** {@code Pattern.match(string, pos, endpos)}: a match starting at pos, or null. */
    public SreMatch match(int[] text, int pos, int endpos) {
        SreEngine e = engine(text, pos, endpos);
        try {
            return run(e, false);
        } finally {
            recycle(e);
        }
    }

    /** {@code Pattern.fullmatch(string, pos, endpos)}: a match of [pos, endpos), or null. */
    public SreMatch fullmatch(int[] text, int pos, int endpos) {
        SreEngine e = engine(text, pos, endpos);
        e.matchAll = true;
        try {
            return run(e, false);
        } finally {
            recycle(e);
        }
    }

    /** {@code Pattern.search(string, pos, endpos)}: the first match at or after pos, or null. */
    public SreMatch search(int[] text, int pos, int endpos) {
        SreEngine e = engine(text, pos, endpos);
        try {
            return run(e, true);
        } finally {
            recycle(e);
        }
    }

    private SreEngine engine(int[] text, int pos, int endpos) {
        return new SreEngine(code, groups, text, pos, endpos, spare.getAndSet(null));
    }

    private void recycle(SreEngine e) {
        SreEngine.Stacks s = e.release();
        if (s != null) {
            spare.set(s);
        }
    }

    /** Matches over the whole subject: {@code match(text, 0, text.length)}. */
    public SreMatch match(int[] text) {
        return match(text, 0, text.length);
    }

    public SreMatch search(int[] text) {
        return search(text, 0, text.length);
    }

    public SreMatch fullmatch(int[] text) {
        return fullmatch(text, 0, text.length);
    }

    /**
     * {@code Pattern.scanner(string, pos, endpos)}: successive matches with CPython's rules
     * for empty matches, for finditer, findall, sub and split.
     */
    public SreScanner scanner(int[] text, int pos, int endpos) {
        return new SreScanner(this, new SreEngine(code, groups, text, pos, endpos, null));
    }

    public SreScanner scanner(int[] text) {
        return scanner(text, 0, text.length);
    }

    /** One attempt from e.start: search or match; the match or null. */
    SreMatch run(SreEngine e, boolean search) {
        e.reset();
        boolean found;
        try {
            found = search ? e.search() : e.match();
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException ex) {
            // Only code that is not what re._compiler makes gets here.
            throw SreException.invalidCode();
        } catch (OutOfMemoryError oom) {
            throw new SreException("MemoryError", "");
        }
        return found ? SreMatch.of(e, groups) : null;
    }
}
