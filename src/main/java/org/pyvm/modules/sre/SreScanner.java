package org.pyvm.modules.sre;

/**
 * Successive matches over one subject, as {@code Pattern.scanner()} returns and as
 * finditer, findall, sub and split use: after a match ending at e, the next attempt
 * starts at e, and if that match was empty, it may not be empty at e again (CPython 3.7+:
 * an empty match right after a non-empty one is allowed). Compare CPython sre.c:
 * scanner_search / scanner_match and the loops of pattern_findall, pattern_subx,
 * pattern_split, which all do the same.
 *
 * <p>For sub: each match's [start, end) is replaced, the text between matches is kept.
 * For split: the pieces are the text between consecutive matches (and the groups).
 */
public final class SreScanner {

    private final SrePattern pattern;
    private final SreEngine engine;
    private boolean exhausted;

    SreScanner(SrePattern pattern, SreEngine engine) {
        this.pattern = pattern;
        this.engine = engine;
    }

    /** The next match found by searching, or null when there is none. */
    public SreMatch search() {
        return next(true);
    }

    /** The next match that starts exactly where the last one ended, or null. */
    public SreMatch match() {
        return next(false);
    }

    private SreMatch next(boolean search) {
        if (exhausted) {
            return null;
        }
        SreEngine e = engine;
        int from = e.start;
        e.start = from;
        e.statePtr = from;
        SreMatch m = pattern.run(e, search);
        if (m == null) {
            exhausted = true;
            return null;
        }
        e.mustAdvance = e.statePtr == e.start;
        e.start = e.statePtr;
        return m;
    }
}
