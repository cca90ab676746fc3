package org.pyvm.runtime.text;

/**
 * A parsed format specification of the mini-language
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}.
 * Parse once and reuse: the runtime may cache the spec of a constant f-string.
 *
 * <p>Compare CPython Python/formatter_unicode.c: parse_internal_render_format_spec.
 */
public final class FormatSpec {

    /** No thousands separator. */
    static final int NO_GROUPING = 0;
    /** ',' every three digits (PEP 378). */
    static final int COMMA = 1;
    /** '_' every three digits (PEP 515). */
    static final int UNDERSCORE = 2;
    /** '_' every four digits, for b, o, x and X. */
    static final int UNDERSCORE_FOUR = 3;

    /** The fill code point (' ' unless given). */
    public final int fill;
    /** '<', '>', '^' or '=': the default of the object's type when not given. */
    public final char align;
    /** Whether the alignment was given explicitly. */
    public final boolean alignGiven;
    /** '+', '-', ' ' or 0 when not given. */
    public final char sign;
    /** 'z': negative zero coerced to zero. */
    public final boolean noNegZero;
    /** '#': alternate form. */
    public final boolean alternate;
    /** Width, or -1 when not given. */
    public final long width;
    /** One of NO_GROUPING, COMMA, UNDERSCORE, UNDERSCORE_FOUR. */
    final int grouping;
    /** Precision, or -1 when not given. */
    public final long precision;
    /** The type code point, or the object's default type (0 for float's none). */
    public final int type;

    private FormatSpec(int fill, char align, boolean alignGiven, char sign, boolean noNegZero, boolean alternate,
                       long width, int grouping, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.alignGiven = alignGiven;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    /** A spec without grouping or padding: the parts of a complex number. */
    static FormatSpec of(int fill, char align, char sign, long width) {
        return new FormatSpec(fill, align, false, sign, false, false, width, NO_GROUPING, -1, 0);
    }

    /** Whether a ',' or '_' thousands separator was given. */
    public boolean hasGrouping() {
        return grouping != NO_GROUPING;
    }

    /**
     * Parses SPEC (not empty: an empty spec means str(obj) and is the caller's case) for
     * an object of type TYPENAME (named in errors), whose default presentation type is
     * DEFAULTTYPE ('d' for int, 0 for float and complex, 's' for str) and default
     * alignment DEFAULTALIGN ('>' for numbers, '<' for str).
     *
     * @throws TextFormatException ValueError with CPython's message
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        // A program formats with a few specs again and again (f"{x:>8}" in a loop); the parse
        // of each is remembered (only successful ones: an error names TYPENAME).
        Memo[] memo = MEMO;
        int at = (spec.hashCode() ^ defaultType) & (memo.length - 1);
        Memo m = memo[at];
        if (m != null && m.defaultType == defaultType && m.defaultAlign == defaultAlign && m.spec.equals(spec)) {
            return m.parsed;
        }
        FormatSpec parsed = parseNew(spec, defaultType, defaultAlign, typeName);
        memo[at] = new Memo(spec, defaultType, defaultAlign, parsed);
        return parsed;
    }

    /** A parse remembered by {@link #parse}: immutable, so threads may share and replace them freely. */
    private record Memo(String spec, int defaultType, char defaultAlign, FormatSpec parsed) {}

    private static final Memo[] MEMO = new Memo[16];

    private static FormatSpec parseNew(String spec, int defaultType, char defaultAlign, String typeName) {
        int end = spec.length();
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean alignGiven = false;
        boolean fillGiven = false;
        char sign = 0;
        boolean noNegZero = false;
        boolean alternate = false;
        long width = -1;
        int grouping = NO_GROUPING;
        long precision = -1;
        int type = defaultType;

        // [[fill]align]: the fill may be any code point, even a surrogate pair.
        if (end > 0) {
            int first = spec.codePointAt(0);
            int next = Character.charCount(first);
            if (next < end && isAlign(spec.charAt(next))) {
                fill = first;
                align = spec.charAt(next);
                fillGiven = true;
                alignGiven = true;
                pos = next + 1;
            } else if (isAlign(spec.charAt(0))) {
                align = spec.charAt(0);
                alignGiven = true;
                pos = 1;
            }
        }
        if (pos < end) {
            char c = spec.charAt(pos);
            if (c == '+' || c == '-' || c == ' ') {
                sign = c;
                pos++;
            }
        }
        if (pos < end && spec.charAt(pos) == 'z') {
            noNegZero = true;
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '#') {
            alternate = true;
            pos++;
        }
        // The special case for 0-padding, kept for backwards compatibility.
        if (!fillGiven && pos < end && spec.charAt(pos) == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] acc = new long[1];
        int consumed = integer(spec, pos, acc);
        if (consumed > 0) {
            width = acc[0];
            pos += consumed;
        }
        if (pos < end && spec.charAt(pos) == ',') {
            grouping = COMMA;
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '_') {
            if (grouping != NO_GROUPING) {
                throw TextFormatException.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = UNDERSCORE;
            pos++;
        }
        if (pos < end && spec.charAt(pos) == ',' && grouping == UNDERSCORE) {
            throw TextFormatException.valueError("Cannot specify both ',' and '_'.");
        }
        if (pos < end && spec.charAt(pos) == '.') {
            pos++;
            consumed = integer(spec, pos, acc);
            if (consumed == 0) {
                throw TextFormatException.valueError("Format specifier missing precision");
            }
            precision = acc[0];
            pos += consumed;
        }
        // Finally the type: at most one code point may remain.
        if (pos < end) {
            int t = spec.codePointAt(pos);
            if (pos + Character.charCount(t) < end) {
                throw TextFormatException.valueError(
                    "Invalid format specifier '" + spec + "' for object of type '" + typeName200(typeName) + "'");
            }
            type = t;
        }
        if (grouping != NO_GROUPING) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping == UNDERSCORE) {
                        grouping = UNDERSCORE_FOUR;
                    } else {
                        throw invalidSeparator(grouping, type);
                    }
                }
                default -> throw invalidSeparator(grouping, type);
            }
        }
        return new FormatSpec(fill, align, alignGiven, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Reads decimal digits (any Unicode decimal digit) at pos into acc[0]; returns how
     * many chars it read. Compare formatter_unicode.c: get_integer.
     */
    private static int integer(String spec, int pos, long[] acc) {
        long value = 0;
        int i = pos;
        int end = spec.length();
        while (i < end) {
            int cp = spec.codePointAt(i);
            int digit = UnicodeCtype.decimalValue(cp);
            if (digit < 0) {
                break;
            }
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw TextFormatException.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
            i += Character.charCount(cp);
        }
        acc[0] = value;
        return i - pos;
    }

    /** The decimal value of a Unicode decimal digit (category Nd), else -1. */
    private static TextFormatException invalidSeparator(int grouping, int type) {
        char sep = grouping == COMMA ? ',' : '_';
        return TextFormatException.valueError("Cannot specify '" + sep + "' with " + typeText(type) + ".");
    }

    /** A presentation type as CPython's messages quote it: 'q', or '\x..' outside printable ASCII. */
    static String typeText(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    static String typeName200(String typeName) {
        return typeName.length() <= 200 ? typeName : typeName.substring(0, 200);
    }

    /** ValueError "Unknown format code 'q' for object of type 'int'". */
    static TextFormatException unknownType(int type, String typeName) {
        return TextFormatException.valueError(
            "Unknown format code " + typeText(type) + " for object of type '" + typeName200(typeName) + "'");
    }
}
