package org.pyvm.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-spec mini-language of {@code format()} and f-strings, {@code str.format},
 * and printf-style {@code %}. Floats are formatted from their exact binary value with
 * round-half-even, as CPython's correctly rounded dtoa does. Compare CPython
 * Python/formatter_unicode.c, Objects/stringlib/unicode_format.h and
 * Objects/unicodeobject.c: PyUnicode_Format.
 */
public final class Formatter {

    private Formatter() {}

    /** A parsed format spec: [[fill]align][sign][z][#][0][width][,|_][.precision][type]. */
    static final class Spec {
        int fill = ' ';
        char align;
        char sign = '-';
        boolean z;
        boolean alt;
        boolean zero;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;

        static Spec parse(String s) {
            Spec p = new Spec();
            int i = 0;
            int n = s.length();
            if (n >= 2 && "<>=^".indexOf(s.charAt(s.offsetByCodePoints(0, 1))) >= 0) {
                p.fill = s.codePointAt(0);
                i = Character.charCount(p.fill);
                p.align = s.charAt(i++);
            } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
                p.align = s.charAt(i++);
            }
            if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
                p.sign = s.charAt(i++);
            }
            if (i < n && s.charAt(i) == 'z') {
                p.z = true;
                i++;
            }
            if (i < n && s.charAt(i) == '#') {
                p.alt = true;
                i++;
            }
            if (i < n && s.charAt(i) == '0') {
                p.zero = true;
                i++;
            }
            int st = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i > st) {
                p.width = Integer.parseInt(s.substring(st, i));
            }
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                p.grouping = s.charAt(i++);
                if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                    throw PyErr.valueError("Cannot specify both ',' and '_'.");
                }
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                st = i;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == st) {
                    throw PyErr.valueError("Format specifier missing precision");
                }
                p.precision = Integer.parseInt(s.substring(st, i));
            }
            if (i < n) {
                p.type = s.charAt(i++);
            }
            if (i < n) {
                throw PyErr.valueError("Invalid format specifier '" + s + "' for object of type '%s'");
            }
            if (p.zero && p.align == 0) {
                p.fill = '0';
                p.align = '=';
            }
            return p;
        }
    }

    private static PyBaseException invalid(String spec, String type) {
        return PyErr.valueError("Invalid format specifier '" + spec + "' for object of type '" + type + "'");
    }

    private static Spec parse(String spec, String type) {
        try {
            return Spec.parse(spec);
        } catch (PyBaseException e) {
            String m = Abstract.str(e).value();
            if (m.contains("%s")) {
                throw invalid(spec, type);
            }
            throw e;
        }
    }

    /** Pads BODY (sign already separate) to the width with fill and alignment. */
    private static String pad(String sign, String body, Spec p, char defaultAlign) {
        int len = sign.codePointCount(0, sign.length()) + body.codePointCount(0, body.length());
        if (p.width <= len) {
            return sign + body;
        }
        int padN = p.width - len;
        String f = new String(Character.toChars(p.fill));
        char align = p.align == 0 ? defaultAlign : p.align;
        return switch (align) {
            case '<' -> sign + body + f.repeat(padN);
            case '^' -> f.repeat(padN / 2) + sign + body + f.repeat(padN - padN / 2);
            case '=' -> sign + f.repeat(padN) + body;
            default -> f.repeat(padN) + sign + body;
        };
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Zero padding with grouping: CPython inserts separators into the zeros too. */
    private static String zeroGrouped(String digits, Spec p, int signLen, String suffix, int every) {
        if (p.fill == '0' && p.align == '=' && p.grouping != 0 && p.width > 0) {
            String g = group(digits, p.grouping, every);
            while (signLen + g.length() + suffix.length() < p.width) {
                digits = "0" + digits;
                g = group(digits, p.grouping, every);
            }
            return g;
        }
        return group(digits, p.grouping, every);
    }

    public static String formatInt(PyInt v, String spec) {
        if (spec.isEmpty()) {
            return v.toString();
        }
        Spec p = parse(spec, "int");
        char t = p.type == 0 ? 'd' : p.type;
        if ("eEfFgG%".indexOf(t) >= 0) {
            return formatFloat(v.doubleValue(), spec);
        }
        if (p.precision >= 0) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        if (p.z) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (t == 'c') {
            if (p.sign != '-') {
                throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            }
            return pad("", new String(Character.toChars(v.intValue())), p, '<');
        }
        BigInteger b = v.bigValue();
        String sign = b.signum() < 0 ? "-" : p.sign == '+' ? "+" : p.sign == ' ' ? " " : "";
        BigInteger a = b.abs();
        String digits;
        String prefix = "";
        int every = 3;
        switch (t) {
            case 'd', 'n' -> digits = a.toString();
            case 'b' -> {
                digits = a.toString(2);
                prefix = p.alt ? "0b" : "";
                every = 4;
            }
            case 'o' -> {
                digits = a.toString(8);
                prefix = p.alt ? "0o" : "";
                every = 4;
            }
            case 'x' -> {
                digits = a.toString(16);
                prefix = p.alt ? "0x" : "";
                every = 4;
            }
            case 'X' -> {
                digits = a.toString(16).toUpperCase();
                prefix = p.alt ? "0X" : "";
                every = 4;
            }
            default -> throw PyErr.valueError("Unknown format code '" + t + "' for object of type '"
                + v.type().getName() + "'");
        }
        if (p.grouping == ',' && every == 4) {
            throw PyErr.valueError("Cannot specify ',' with '" + t + "'.");
        }
        String body = zeroGrouped(digits, p, sign.length() + prefix.length(), "", every);
        return pad(sign + prefix, body, p, '>');
    }

    public static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return PyFloat.repr(d);
        }
        Spec p = parse(spec, "float");
        char t = p.type;
        if (t != 0 && "eEfFgGn%".indexOf(t) < 0) {
            throw PyErr.valueError("Unknown format code '" + t + "' for object of type 'float'");
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        String suffix = "";
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            neg = !Double.isNaN(d) && d < 0;
            if (t == 'E' || t == 'F' || t == 'G') {
                body = body.toUpperCase();
            }
            if (t == '%') {
                body += "%";
            }
            String sign = neg ? "-" : p.sign == '+' ? "+" : p.sign == ' ' ? " " : "";
            return pad(sign, body, p, '>');
        }
        int prec = p.precision;
        switch (t) {
            case 'f', 'F' -> body = fixed(a, prec < 0 ? 6 : prec, p.alt);
            case '%' -> {
                body = fixed(a * 100, prec < 0 ? 6 : prec, p.alt);
                suffix = "%";
            }
            case 'e', 'E' -> body = sci(a, prec < 0 ? 6 : prec, p.alt, t == 'E');
            case 'g', 'G', 'n' -> body = general(a, prec < 0 ? 6 : prec, p.alt, t == 'G', false);
            default -> body = prec < 0 ? PyFloat.repr(a) : general(a, prec, p.alt, false, true);
        }
        if (p.z && neg && isZero(body)) {
            neg = false;
        }
        String sign = neg ? "-" : p.sign == '+' ? "+" : p.sign == ' ' ? " " : "";
        int dot = body.indexOf('.');
        int e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E');
        int intEnd = dot >= 0 ? dot : e >= 0 ? e : body.length();
        String intPart = body.substring(0, intEnd);
        String rest = body.substring(intEnd) + suffix;
        if (!intPart.chars().allMatch(Character::isDigit)) {
            return pad(sign, body + suffix, p, '>');
        }
        String grouped = zeroGrouped(intPart, p, sign.length() + rest.length(), "", 3);
        return pad(sign, grouped + rest, p, '>');
    }

    private static boolean isZero(String body) {
        return body.chars().allMatch(c -> c == '0' || c == '.' || c == 'e' || c == '+' || c == '-' || c == 'E');
    }

    static String fixed(double a, int prec, boolean alt) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (alt && prec == 0) {
            s += ".";
        }
        return s;
    }

    static String sci(double a, int prec, boolean alt, boolean upper) {
        String digits;
        int exp;
        if (a == 0) {
            digits = "0".repeat(prec + 1);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < prec + 1) {
                digits = digits + "0".repeat(prec + 1 - digits.length());
            } else if (digits.length() > prec + 1) {
                digits = digits.substring(0, prec + 1);
            }
        }
        StringBuilder sb = new StringBuilder().append(digits.charAt(0));
        if (prec > 0 || alt) {
            sb.append('.');
        }
        sb.append(digits, 1, digits.length());
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        return sb.append(ae).toString();
    }

    /** 'g' (and the empty type with a precision, which keeps one digit after the point). */
    static String general(double a, int prec, boolean alt, boolean upper, boolean emptyType) {
        if (prec == 0) {
            prec = 1;
        }
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        String s;
        if (exp >= -4 && exp < prec) {
            s = fixed(a, Math.max(0, prec - 1 - exp), alt);
            if (!alt && s.indexOf('.') >= 0) {
                s = s.replaceAll("0+$", "");
                if (s.endsWith(".")) {
                    s = emptyType ? s + "0" : s.substring(0, s.length() - 1);
                }
            } else if (emptyType && s.indexOf('.') < 0) {
                s = s + ".0";
            }
        } else {
            s = sci(a, prec - 1, alt, upper);
            if (!alt) {
                int e = s.indexOf(upper ? 'E' : 'e');
                String m = s.substring(0, e);
                if (m.indexOf('.') >= 0) {
                    m = m.replaceAll("0+$", "");
                    if (m.endsWith(".")) {
                        m = m.substring(0, m.length() - 1);
                    }
                }
                s = m + s.substring(e);
            }
        }
        return s;
    }

    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        Spec p = parse(spec, "str");
        if (p.type != 0 && p.type != 's') {
            throw PyErr.valueError("Unknown format code '" + p.type + "' for object of type 'str'");
        }
        if (p.sign != '-') {
            throw PyErr.valueError("Sign not allowed in string format specifier");
        }
        if (p.alt) {
            throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (p.align == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        if (p.grouping != 0) {
            throw PyErr.valueError("Cannot specify '" + p.grouping + "' with 's'.");
        }
        if (p.precision >= 0 && s.codePointCount(0, s.length()) > p.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, p.precision));
        }
        return pad("", s, p, '<');
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
        if (depth < 0) {
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
            // Find the matching close brace, allowing nested {} in the spec.
            int level = 1;
            int j = i + 1;
            while (j < n && level > 0) {
                char d = fmt.charAt(j);
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    level--;
                }
                j++;
            }
            if (level > 0) {
                throw PyErr.valueError("Single '{' encountered in format string");
            }
            String field = fmt.substring(i + 1, j - 1);
            i = j;
            String conv = null;
            String spec = "";
            int colon = -1;
            int bang = -1;
            int br = 0;
            for (int k = 0; k < field.length(); k++) {
                char d = field.charAt(k);
                if (d == '[') {
                    br++;
                } else if (d == ']') {
                    br--;
                } else if (br == 0 && d == '!' && bang < 0 && colon < 0) {
                    bang = k;
                } else if (br == 0 && d == ':' && colon < 0) {
                    colon = k;
                    break;
                }
            }
            String name = field;
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                name = field.substring(0, colon);
            }
            if (bang >= 0) {
                conv = name.substring(bang + 1);
                name = name.substring(0, bang);
                if (conv.length() != 1) {
                    throw PyErr.valueError(conv.isEmpty() ? "end of string while looking for conversion specifier"
                        : "expected ':' after conversion specifier");
                }
            }
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
            int idx = Integer.parseInt(first);
            if (idx >= npos) {
                throw PyErr.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            v = args[idx];
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
                v = Abstract.getAttr(v, name.substring(k + 1, e));
                k = e;
            } else {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                PyObject kk = !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key))
                    : PyStr.of(key);
                v = Abstract.getItem(v, kk);
                k = e + 1;
            }
        }
        return v;
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

    public static String percent(String fmt, PyObject args) {
        PyObject[] items;
        PyObject mapping = null;
        if (args instanceof PyTuple t) {
            items = t.items;
        } else {
            items = new PyObject[] {args};
            if (args.type().slot(Slot.GETITEM) != null && !(args instanceof PyStr) && !(args instanceof PyTuple)) {
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
                value = Abstract.getItem(mapping, PyStr.of(fmt.substring(i + 1, j - 1)));
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
                    width = Integer.parseInt(fmt.substring(st, i));
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
                    prec = i > st ? Integer.parseInt(fmt.substring(st, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (ai >= items.length) {
                    throw PyErr.typeError("not enough arguments for format string");
                }
                value = items[ai++];
            }
            out.append(percentOne(conv, flags.toString(), width, prec, value, i - 1));
        }
        if (ai < items.length && !usedMapping && mapping == null) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String percentOne(char conv, String flags, int width, int prec, PyObject v, int pos) {
        String body;
        boolean numeric = true;
        String sign = "";
        switch (conv) {
            case 's' -> {
                body = Abstract.str(v).value();
                numeric = false;
            }
            case 'r' -> {
                body = Abstract.repr(v).value();
                numeric = false;
            }
            case 'a' -> {
                body = ascii(Abstract.repr(v).value());
                numeric = false;
            }
            case 'c' -> {
                if (v instanceof PyStr s && s.length() == 1) {
                    body = s.value();
                } else if (v instanceof PyInt i) {
                    if (i.isBig() || i.value < 0 || i.value > 0x10ffff) {
                        throw PyErr.overflowError("%c arg not in range(0x110000)");
                    }
                    body = new String(Character.toChars((int) i.value));
                } else {
                    throw PyErr.typeError("%c requires int or char");
                }
                numeric = false;
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
                sign = iv.signum() < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
                if (!iv.isBig() && iv.value != Long.MIN_VALUE && (conv == 'd' || conv == 'i' || conv == 'u')) {
                    body = Long.toString(Math.abs(iv.value));
                } else {
                    BigInteger b = iv.bigValue().abs();
                    body = switch (conv) {
                        case 'o' -> (flags.contains("#") ? "0o" : "") + b.toString(8);
                        case 'x' -> (flags.contains("#") ? "0x" : "") + b.toString(16);
                        case 'X' -> (flags.contains("#") ? "0X" : "") + b.toString(16).toUpperCase();
                        default -> b.toString();
                    };
                }
                if (prec >= 0 && body.length() < prec) {
                    body = "0".repeat(prec - body.length()) + body;
                }
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (!(v instanceof PyFloat) && !(v instanceof PyInt) && v.type().slot(Slot.FLOAT) == null) {
                    throw PyErr.typeError("must be real number, not " + v.type().getName());
                }
                double d = Abstract.toDouble(v);
                sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
                double a = Math.abs(d);
                int p = prec < 0 ? 6 : prec;
                boolean alt = flags.contains("#");
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    body = Double.isNaN(d) ? "nan" : "inf";
                    if (Character.isUpperCase(conv)) {
                        body = body.toUpperCase();
                    }
                } else {
                    body = switch (conv) {
                        case 'e', 'E' -> sci(a, p, alt, conv == 'E');
                        case 'f', 'F' -> fixed(a, p, alt);
                        default -> general(a, p, alt, conv == 'G', false);
                    };
                }
            }
            default -> throw PyErr.valueError("unsupported format character '" + conv + "' (0x"
                + Integer.toHexString(conv) + ") at index " + pos);
        }
        if (!numeric && prec >= 0 && body.codePointCount(0, body.length()) > prec) {
            body = body.substring(0, body.offsetByCodePoints(0, prec));
        }
        int len = sign.length() + body.codePointCount(0, body.length());
        if (width > len) {
            if (flags.contains("-")) {
                return sign + body + " ".repeat(width - len);
            }
            if (numeric && flags.contains("0")) {
                return sign + "0".repeat(width - len) + body;
            }
            return " ".repeat(width - len) + sign + body;
        }
        return sign + body;
    }
}
