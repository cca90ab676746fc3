package org.pyvm.runtime;

import org.pyvm.runtime.text.Format;
import org.pyvm.runtime.text.PercentFormat;
import org.pyvm.runtime.text.TextFormatException;

/**
 * The format-spec mini-language of {@code format()} and f-strings, {@code str.format},
 * and printf-style {@code %}. Floats are formatted from their exact binary value with
 * round-half-even, as CPython's correctly rounded dtoa does. Compare CPython
 * Python/formatter_unicode.c, Objects/stringlib/unicode_format.h and
 * Objects/unicodeobject.c: PyUnicode_Format.
 */
public final class Formatter {

    private Formatter() {}

    /**
     * format(int, spec). Compare formatter_unicode.c: _PyLong_FormatAdvancedWriter (the one
     * implementation is runtime.text.Format).
     */
    public static String formatInt(PyInt v, String spec) {
        try {
            return v.isBig()
                ? Format.formatInt(v.bigValue(), spec, v.type().getName(), PyRuntime.intMaxStrDigits)
                : Format.formatInt(v.value, spec, v.type().getName());
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    /** format(float, spec). Compare formatter_unicode.c: _PyFloat_FormatAdvancedWriter. */
    public static String formatFloat(double d, String spec) {
        try {
            return Format.formatFloat(d, spec, "float");
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    /** format(str, spec). Compare formatter_unicode.c: _PyUnicode_FormatAdvancedWriter. */
    public static String formatStr(String s, String spec) {
        try {
            return Format.formatString(s, spec, "str");
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    /** format(value, spec). Compare abstract.c: PyObject_Format. */
    public static PyStr format(PyObject value, String spec) {
        if (spec.isEmpty()) {
            if (value instanceof PyStr s && value.getClass() == PyStr.class) {
                return s;
            }
            if (value instanceof PyInt i && value.getClass() == PyInt.class) {
                return PyStr.of(i.toString());
            }
        } else if (value.getClass() == PyInt.class) {
            // The exact builtins' own __format__ (f"{i:>8}"), without the method call
            return PyStr.of(formatInt((PyInt) value, spec));
        } else if (value.getClass() == PyFloat.class) {
            try {
                return PyStr.of(Format.formatFloat(((PyFloat) value).value, spec, "float"));
            } catch (TextFormatException e) {
                throw PyErr.of(e);
            }
        } else if (value.getClass() == PyStr.class) {
            return PyStr.of(formatStr(((PyStr) value).value(), spec));
        }
        PyObject m = value.type().slot(Slot.FORMAT);
        PyObject r = Abstract.callDescr(m, value, PyStr.of(spec));
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__format__ must return a str, not " + r.type().getName());
        }
        return s;
    }

    // ---- str.format ----

    /** str.format_map: keyword fields come from MAPPING's __getitem__. */
    public static String strFormatMap(String fmt, PyObject mapping) {
        MAP.set(mapping);
        try {
            return vformat(fmt, new PyObject[0], 0, null, new int[] {0}, 2);
        } finally {
            MAP.remove();
        }
    }

    private static final ThreadLocal<PyObject> MAP = new ThreadLocal<>();

    public static String strFormat(String fmt, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        int[] auto = {0};
        return vformat(fmt, args, npos, kw, auto, 2);
    }

    private static String vformat(String fmt, PyObject[] args, int npos, String[] kw, int[] auto, int depth) {
        if (depth <= 0) {
            throw PyErr.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            // The field: its name (brackets skipped), an optional !conversion and an
            // optional :spec with nested braces. Compare unicode_format.h: parse_field.
            int j = i + 1;
            char d = 0;
            while (j < n) {
                d = fmt.charAt(j++);
                if (d == '{') {
                    throw PyErr.valueError("unexpected '{' in field name");
                }
                if (d == '[') {
                    while (j < n && fmt.charAt(j) != ']') {
                        j++;
                    }
                    continue;
                }
                if (d == '}' || d == ':' || d == '!') {
                    break;
                }
            }
            if (j >= n && d != '}' && d != ':' && d != '!') {
                throw PyErr.valueError(i + 1 >= n ? "Single '{' encountered in format string"
                    : "expected '}' before end of string");
            }
            String name = fmt.substring(i + 1, j - 1);
            String conv = null;
            String spec = "";
            if (d == '!') {
                if (j >= n) {
                    throw PyErr.valueError("end of string while looking for conversion specifier");
                }
                conv = String.valueOf(fmt.charAt(j++));
                if (j >= n) {
                    throw PyErr.valueError("unmatched '{' in format spec");
                }
                d = fmt.charAt(j++);
                if (d != '}' && d != ':') {
                    throw PyErr.valueError("expected ':' after conversion specifier");
                }
            }
            if (d == ':') {
                int specStart = j;
                int count = 1;
                while (j < n) {
                    char e = fmt.charAt(j++);
                    if (e == '{') {
                        count++;
                    } else if (e == '}' && --count == 0) {
                        break;
                    }
                }
                if (count != 0) {
                    throw PyErr.valueError("unmatched '{' in format spec");
                }
                spec = fmt.substring(specStart, j - 1);
            }
            i = j;
            PyObject v = resolveField(name, args, npos, kw, auto);
            if (conv != null) {
                v = switch (conv.charAt(0)) {
                    case 'r' -> Abstract.repr(v);
                    case 's' -> Abstract.str(v);
                    case 'a' -> PyStr.of(ascii(Abstract.repr(v).value()));
                    default -> throw PyErr.valueError("Unknown conversion specifier " + conv);
                };
            }
            if (spec.indexOf('{') >= 0) {
                spec = vformat(spec, args, npos, kw, auto, depth - 1);
            }
            out.append(format(v, spec).value());
        }
        return out.toString();
    }

    private static PyObject resolveField(String name, PyObject[] args, int npos, String[] kw, int[] auto) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        PyObject v;
        if (first.isEmpty()) {
            if (auto[0] < 0) {
                throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (MAP.get() != null) {
                throw PyErr.valueError("Format string contains positional fields");
            }
            int idx = auto[0]++;
            if (idx >= npos) {
                throw PyErr.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            v = args[idx];
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0) {
                throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            auto[0] = -1;
            long idx = fieldIndex(first);
            if (MAP.get() != null) {
                throw PyErr.valueError("Format string contains positional fields");
            }
            if (idx >= npos) {
                throw PyErr.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            v = args[(int) idx];
        } else {
            v = null;
            PyObject map = MAP.get();
            if (map != null) {
                v = Abstract.getItem(map, PyStr.of(first));
            }
            for (int q = 0; kw != null && q < kw.length; q++) {
                if (kw[q].equals(first)) {
                    v = args[npos + q];
                }
            }
            if (v == null) {
                throw PyErr.keyError(PyStr.of(first));
            }
        }
        while (k < name.length()) {
            if (name.charAt(k) == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                if (e == k + 1) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                v = Abstract.getAttr(v, name.substring(k + 1, e));
                k = e;
            } else {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                if (key.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                PyObject kk = key.chars().allMatch(Character::isDigit) ? PyInt.of(fieldIndex(key))
                    : PyStr.of(key);
                v = Abstract.getItem(v, kk);
                k = e + 1;
            }
        }
        return v;
    }

    /** Decimal digits as an int, else ValueError TOOBIG. Compare unicodeobject.c: unicode_format_arg_parse. */
    private static int decimal(String digits, String tooBig) {
        if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
            throw PyErr.valueError(tooBig);
        }
        return Integer.parseInt(digits);
    }

    /** A field's index digits. Compare unicode_format.h: get_integer. */
    private static long fieldIndex(String digits) {
        if (digits.length() > 19 || new java.math.BigInteger(digits).bitLength() > 63) {
            throw PyErr.valueError("Too many decimal digits in format string");
        }
        return Long.parseLong(digits);
    }

    /** ascii(): the repr with non-ASCII characters escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }

    // ---- printf-style % ----

    /** str % args. Compare unicodeobject.c: PyUnicode_Format. */
    public static String percent(String fmt, PyObject args) {
        return percent(fmt, args, false);
    }

    /** bytes % args (and bytearray): the same walk over bytes. Compare bytesobject.c: _PyBytes_FormatEx. */
    public static byte[] percentBytes(byte[] fmt, PyObject args) {
        return percent(new String(fmt, java.nio.charset.StandardCharsets.ISO_8859_1), args, true)
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String percent(String fmt, PyObject args, boolean bytes) {
        PyObject[] items;
        PyObject mapping = null;
        if (args instanceof PyTuple t) {
            items = t.items;
        } else {
            items = new PyObject[] {args};
            if (args.type().slot(Slot.GETITEM) != null && !(args instanceof PyStr) && !(args instanceof PyTuple)
                && !(bytes && (args instanceof PyBytes || args instanceof PyByteArray))) {
                mapping = args;
            }
        }
        StringBuilder out = new StringBuilder();
        int ai = 0;
        int n = fmt.length();
        int i = 0;
        boolean usedMapping = false;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            // "%%" is a literal only when nothing stands between the two: after a key, flags,
            // width or precision '%' is a conversion like any other, which takes an argument
            // and is then unsupported (unicodeobject.c: unicode_format_arg).
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            // Plain %s of an exact str and %d of an exact int that fits a long (as "k%d" % i):
            // the text itself, without the general conversion's parsing and objects.
            char conv0 = fmt.charAt(i);
            if (!bytes && ai < items.length && (conv0 == 's' || conv0 == 'd' || conv0 == 'i')) {
                PyObject v = items[ai];
                if (conv0 == 's' ? v.getClass() == PyStr.class : v.getClass() == PyInt.class && !((PyInt) v).isBig()) {
                    if (conv0 == 's') {
                        out.append(((PyStr) v).value());
                    } else {
                        out.append(((PyInt) v).longValue());
                    }
                    ai++;
                    i++;
                    continue;
                }
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw PyErr.typeError("format requires a mapping");
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') {
                        depth++;
                    } else if (fmt.charAt(j) == ')') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw PyErr.valueError("incomplete format key");
                }
                String key = fmt.substring(i + 1, j - 1);
                value = Abstract.getItem(mapping, bytes
                    ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key));
                usedMapping = true;
                i = j;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                width = Abstract.index(items[ai++]).intValue();
                if (width < 0) {
                    flags.append('-');
                    width = -width;
                }
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > st) {
                    width = decimal(fmt.substring(st, i), "width too big");
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    prec = Abstract.index(items[ai++]).intValue();
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = i > st ? decimal(fmt.substring(st, i), "precision too big") : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (value == null) {
                if (ai >= items.length) {
                    throw PyErr.typeError("not enough arguments for format string");
                }
                value = items[ai++];
            }
            out.append(bytes ? percentBytesOne(conv, flags.toString(), width, prec, value, i - 1)
                : percentOne(conv, flags.toString(), width, prec, value, i - 1));
        }
        if (ai < items.length && !usedMapping && mapping == null) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** The flag characters "-+ #0" as PercentFormat's F_ bits. */
    private static int percentFlags(String flags) {
        int f = 0;
        for (int k = 0; k < flags.length(); k++) {
            f |= switch (flags.charAt(k)) {
                case '-' -> PercentFormat.F_LJUST;
                case '+' -> PercentFormat.F_SIGN;
                case ' ' -> PercentFormat.F_BLANK;
                case '#' -> PercentFormat.F_ALT;
                default -> PercentFormat.F_ZERO;
            };
        }
        return f;
    }

    /**
     * One conversion of bytes % args: %s/%b take bytes-like objects or __bytes__, %r/%a
     * are ascii(), %c an int in range(256) or one byte; the numbers are as for str.
     * Compare bytesobject.c: _PyBytes_FormatEx, format_obj, byte_converter.
     */
    private static String percentBytesOne(char conv, String flags, int width, int prec, PyObject v, int pos) {
        java.nio.charset.Charset latin1 = java.nio.charset.StandardCharsets.ISO_8859_1;
        switch (conv) {
            case 's', 'b' -> {
                byte[] b = PyByteArray.bytesOf(v);
                if (b == null) {
                    PyObject m = v.type().lookup("__bytes__");
                    if (m == null) {
                        throw PyErr.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                            + v.type().getName() + "'");
                    }
                    PyObject r = Abstract.callDescr(m, v);
                    if (!(r instanceof PyBytes rb)) {
                        throw PyErr.typeError("__bytes__ returned non-bytes (type " + r.type().getName() + ")");
                    }
                    b = rb.value;
                }
                return PercentFormat.formatText(new String(b, latin1), conv, percentFlags(flags), width, prec);
            }
            case 'r', 'a' -> {
                return PercentFormat.formatText(ascii(Abstract.repr(v).value()), conv, percentFlags(flags), width, prec);
            }
            case 'c' -> {
                byte[] b = PyByteArray.bytesOf(v);
                if (b != null && b.length == 1) {
                    return PercentFormat.formatText(new String(b, latin1), conv, percentFlags(flags), width, -1);
                }
                if (v instanceof PyInt i) {
                    if (i.isBig() || i.value < 0 || i.value > 255) {
                        throw PyErr.overflowError("%c arg not in range(256)");
                    }
                    return PercentFormat.formatText(String.valueOf((char) i.value), conv, percentFlags(flags), width, -1);
                }
                throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
            }
            default -> {
                return percentOne(conv, flags, width, prec, v, pos);
            }
        }
    }

    /** One conversion of str % args. Compare unicodeobject.c: unicode_format_arg_output and its helpers. */
    private static String percentOne(char conv, String flags, int width, int prec, PyObject v, int pos) {
        switch (conv) {
            case 's' -> {
                return PercentFormat.formatText(Abstract.str(v).value(), conv, percentFlags(flags), width, prec);
            }
            case 'r' -> {
                return PercentFormat.formatText(Abstract.repr(v).value(), conv, percentFlags(flags), width, prec);
            }
            case 'a' -> {
                return PercentFormat.formatText(ascii(Abstract.repr(v).value()), conv, percentFlags(flags), width, prec);
            }
            case 'c' -> {
                if (v instanceof PyStr s && s.length() == 1) {
                    return PercentFormat.formatText(s.value(), conv, percentFlags(flags), width, -1);
                }
                if (v instanceof PyInt || Abstract.hasIndex(v)) {
                    // Compare unicodeobject.c: formatchar (PyLong_AsLong of the index).
                    PyInt i = Abstract.index(v);
                    if (i.isBig()) {
                        throw PyErr.overflowError("%c arg not in range(0x110000)");
                    }
                    try {
                        return PercentFormat.formatChar(i.value, percentFlags(flags), width);
                    } catch (TextFormatException e) {
                        throw PyErr.of(e);
                    }
                }
                throw PyErr.typeError("%c requires int or char");
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                PyInt iv;
                if (v instanceof PyInt i) {
                    iv = i;
                } else if (v instanceof PyFloat f && conv != 'o' && conv != 'x' && conv != 'X') {
                    iv = FloatMethods.toInt(f.value);
                } else if (conv != 'o' && conv != 'x' && conv != 'X' && (v.type().slot(Slot.INT) != null)) {
                    iv = Abstract.toInt(v);
                } else if (Abstract.hasIndex(v)) {
                    iv = Abstract.index(v);
                } else {
                    throw PyErr.typeError("%" + conv + " format: " + (conv == 'o' || conv == 'x' || conv == 'X'
                        ? "an integer is required, not " : "a real number is required, not ") + v.type().getName());
                }
                // Compare unicodeobject.c: mainformatlong, _PyUnicode_FormatLong (via runtime.text.PercentFormat).
                try {
                    return iv.isBig()
                        ? PercentFormat.formatInt(iv.bigValue(), conv, percentFlags(flags), width, prec, PyRuntime.intMaxStrDigits)
                        : PercentFormat.formatInt(iv.value, conv, percentFlags(flags), width, prec);
                } catch (TextFormatException e) {
                    throw PyErr.of(e);
                }
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (!(v instanceof PyFloat) && !(v instanceof PyInt) && v.type().slot(Slot.FLOAT) == null) {
                    throw PyErr.typeError("must be real number, not " + v.type().getName());
                }
                // Compare unicodeobject.c: formatfloat (via runtime.text.PercentFormat).
                return PercentFormat.formatFloat(Abstract.toDouble(v), conv, percentFlags(flags), width, prec);
            }
            default -> throw PyErr.valueError("unsupported format character '" + conv + "' (0x"
                + Integer.toHexString(conv) + ") at index " + pos);
        }
    }
}
