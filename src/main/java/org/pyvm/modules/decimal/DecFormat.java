package org.pyvm.modules.decimal;

import java.util.ArrayList;
import java.util.List;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * Decimal.__format__: the format-spec mini-language for decimals ([[fill]align][sign][z]
 * [#][0][width][,|_][.precision][type] with types e E f F g G n %), rounding with the
 * context's rounding mode. Compare CPython _decimal.c: dec_format and libmpdec io.c:
 * mpd_parse_fmt_str, mpd_qformat_spec (the facts also appear in _pydecimal's
 * _parse_format_specifier, _format_number, _insert_thousands_sep, _format_align).
 */
final class DecFormat {

    private DecFormat() {}

    private static final class Spec {
        int fill = ' ';
        char align = '>';
        char sign = '-';
        boolean noNeg0;
        boolean alt;
        boolean zeropad;
        long width;
        String sep = "";
        List<Integer> grouping = new ArrayList<>();
        String point = ".";
        int precision = -1;
        char type;
    }

    private static Spec parse(String s, PyObject override) {
        Spec sp = new Spec();
        int[] cps = s.codePoints().toArray();
        int i = 0;
        int n = cps.length;
        boolean alignGiven = false;
        if (n >= 2 && "<>=^".indexOf(cps[1]) >= 0) {
            sp.fill = cps[0];
            sp.align = (char) cps[1];
            i = 2;
            alignGiven = true;
        } else if (n >= 1 && "<>=^".indexOf(cps[0]) >= 0) {
            sp.align = (char) cps[0];
            i = 1;
            alignGiven = true;
        }
        if (i < n && "+- ".indexOf(cps[i]) >= 0) {
            sp.sign = (char) cps[i++];
        }
        if (i < n && cps[i] == 'z') {
            sp.noNeg0 = true;
            i++;
        }
        if (i < n && cps[i] == '#') {
            sp.alt = true;
            i++;
        }
        if (i < n && cps[i] == '0') {
            sp.zeropad = true;
            i++;
        }
        int ws = i;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') {
            i++;
        }
        if (i > ws) {
            if (i - ws > 18) {
                throw PyErr.valueError("invalid format string");
            }
            sp.width = Long.parseLong(new String(cps, ws, i - ws));
            if (sp.width > Integer.MAX_VALUE / 4) {
                throw PyErr.valueError("invalid format string");
            }
        }
        if (i < n && cps[i] == ',') {
            sp.sep = String.valueOf((char) cps[i++]);
            sp.grouping.add(3);
        }
        if (i < n && cps[i] == '.') {
            i++;
            int ps = i;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                i++;
            }
            if (i == ps) {
                throw PyErr.valueError("invalid format string");
            }
            sp.precision = Integer.parseInt(new String(cps, ps, i - ps));
        }
        if (i < n && "eEfFgGn%".indexOf(cps[i]) >= 0) {
            sp.type = (char) cps[i++];
        }
        if (i != n) {
            throw PyErr.valueError("invalid format string");
        }
        if (sp.zeropad) {
            if (alignGiven) {
                throw PyErr.valueError("invalid format string");
            }
            sp.fill = '0';
            sp.align = '=';
        }
        if (sp.type == 'n') {
            if (!sp.sep.isEmpty()) {
                throw PyErr.valueError("invalid format string");
            }
        }
        if ((sp.type == 0 || sp.type == 'g' || sp.type == 'G' || sp.type == 'n') && sp.precision == 0) {
            sp.precision = 1;
        }
        if (override != null && override != PyNone.NONE) {
            if (!(override instanceof PyDict)) {
                throw PyErr.typeError("optional argument must be a dict");
            }
            PyObject dp = Abstract.getItem(override, PyStr.of("decimal_point"));
            sp.point = Abstract.str(dp).value();
            PyObject ts = Abstract.getItem(override, PyStr.of("thousands_sep"));
            sp.sep = Abstract.str(ts).value();
            if (sp.point.length() > 4 || sp.sep.length() > 4) {
                throw PyErr.valueError("invalid override dict");
            }
            sp.grouping.clear();
            PyObject grouping = Abstract.getItem(override, PyStr.of("grouping"));
            if (grouping instanceof PyStr gs) {
                gs.value().codePoints().forEach(sp.grouping::add);
                for (int g : sp.grouping) {
                    if (g > 127) {
                        throw PyErr.valueError("invalid override dict");
                    }
                }
            } else {
                for (PyObject g : Abstract.toArray(grouping)) {
                    sp.grouping.add((int) Abstract.index(g).longValue());
                }
            }
        }
        return sp;
    }

    /** Rounds X to PLACES significant digits. Compare _pydecimal Decimal._round. */
    private static DecimalObject roundSig(DecimalObject x, long places, int rounding) {
        if (x.isZero()) {
            return x;
        }
        Op w = Op.max();
        DecimalObject r = DecArith.rescale(x, x.adjusted() + 1 - places, rounding, w);
        if (r.adjusted() != x.adjusted()) {
            r = DecArith.rescale(r, r.adjusted() + 1 - places, rounding, w);
        }
        return r;
    }

    static String format(DecimalObject x, String spec, PyObject override, ContextObject ctx) {
        Spec sp = parse(spec, override);
        if (x.kind != DecimalObject.FINITE) {
            String body = DecText.toString(x.withSign(0), false, true);
            if (sp.type == '%') {
                body += "%";
            }
            return align(signStr(x.sign, sp), body, sp);
        }
        char type = sp.type;
        if (type == 0) {
            type = ctx.capitals != 0 ? 'G' : 'g';
        }
        if (type == 'n') {
            type = 'g';
        }
        if (type == '%') {
            x = DecimalObject.finite(x.sign, x.coef, x.exp + 2);
        }
        int rounding = ctx.round;
        if (sp.precision >= 0) {
            if (type == 'e' || type == 'E') {
                x = roundSig(x, sp.precision + 1L, rounding);
            } else if (type == 'f' || type == 'F' || type == '%') {
                x = DecArith.rescale(x, -sp.precision, rounding, Op.max());
            } else if (Op.digits(x.coef) > sp.precision) {
                x = roundSig(x, sp.precision, rounding);
            }
        }
        if (x.isZero() && x.exp > 0 && (type == 'f' || type == 'F' || type == '%')) {
            x = DecArith.rescale(x, 0, rounding, Op.max());
        }
        int sign = x.isZero() && sp.noNeg0 ? 0 : x.sign;
        String digits = x.coef.toString();
        long leftdigits = x.exp + digits.length();
        long dotplace;
        if (type == 'e' || type == 'E') {
            dotplace = x.isZero() && sp.precision >= 0 ? 1 - sp.precision : 1;
        } else if (type == 'f' || type == 'F' || type == '%') {
            dotplace = leftdigits;
        } else {
            dotplace = x.exp <= 0 && leftdigits > -6 ? leftdigits : 1;
        }
        if (dotplace - digits.length() > 100_000_000L || -dotplace > 100_000_000L) {
            throw PyErr.memoryError();
        }
        String intpart;
        String fracpart;
        if (dotplace < 0) {
            intpart = "0";
            fracpart = "0".repeat((int) -dotplace) + digits;
        } else if (dotplace > digits.length()) {
            intpart = digits + "0".repeat((int) (dotplace - digits.length()));
            fracpart = "";
        } else {
            intpart = dotplace == 0 ? "0" : digits.substring(0, (int) dotplace);
            fracpart = digits.substring((int) dotplace);
        }
        long exp = leftdigits - dotplace;
        String s = signStr(sign, sp);
        if (!fracpart.isEmpty() || sp.alt) {
            fracpart = sp.point + fracpart;
        }
        if (exp != 0 || type == 'e' || type == 'E') {
            char echar = type == 'E' || type == 'G' ? 'E' : 'e';
            fracpart += echar + (exp < 0 ? "-" : "+") + Math.abs(exp);
        }
        if (type == '%') {
            fracpart += "%";
        }
        long minWidth = sp.zeropad ? sp.width - fracpart.length() - s.length() : 0;
        intpart = group(intpart, sp, minWidth);
        return align(s, intpart + fracpart, sp);
    }

    private static String signStr(int sign, Spec sp) {
        if (sign == 1) {
            return "-";
        }
        return sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
    }

    /** Compare _pydecimal _insert_thousands_sep. */
    private static String group(String digits, Spec sp, long minWidth) {
        String sep = sp.sep;
        List<Integer> grouping = sp.grouping;
        List<String> groups = new ArrayList<>();
        int gi = 0;
        int last = 0;
        boolean done = false;
        while (gi < grouping.size() || (last > 0 && !grouping.isEmpty())) {
            int l;
            if (gi < grouping.size()) {
                int g = grouping.get(gi++);
                if (g == 0) {
                    l = last;
                    gi = grouping.size();
                } else if (g == 127 || g < 0) {
                    break;
                } else {
                    l = g;
                }
            } else {
                l = last;
            }
            last = l;
            if (l <= 0) {
                throw PyErr.valueError("group length should be positive");
            }
            long ll = Math.min(Math.max(Math.max(digits.length(), minWidth), 1), l);
            int li = (int) ll;
            groups.add("0".repeat(Math.max(0, li - digits.length())) + digits.substring(Math.max(0, digits.length() - li)));
            digits = digits.substring(0, Math.max(0, digits.length() - li));
            minWidth -= li;
            if (digits.isEmpty() && minWidth <= 0) {
                done = true;
                break;
            }
            minWidth -= sep.length();
        }
        if (!done) {
            long l = Math.max(Math.max(digits.length(), minWidth), 1);
            groups.add("0".repeat((int) Math.max(0, l - digits.length())) + digits);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = groups.size() - 1; i >= 0; i--) {
            sb.append(groups.get(i));
            if (i > 0) {
                sb.append(sep);
            }
        }
        return sb.toString();
    }

    private static String align(String sign, String body, Spec sp) {
        long padLen = sp.width - sign.length() - body.codePointCount(0, body.length());
        String padding = padLen > 0 ? new String(Character.toChars(sp.fill)).repeat((int) padLen) : "";
        return switch (sp.align) {
            case '<' -> sign + body + padding;
            case '=' -> sign + padding + body;
            case '^' -> {
                int half = padding.codePointCount(0, padding.length()) / 2;
                int off = padding.offsetByCodePoints(0, half);
                yield padding.substring(0, off) + sign + body + padding.substring(off);
            }
            default -> padding + sign + body;
        };
    }
}
