package org.pyvm.modules;

import java.util.Locale;

/**
 * time.strftime's formatting: glibc's conversions in the C locale, with its flags
 * ({@code _ - 0 ^ #}), field widths and the E/O modifiers; an unknown conversion is
 * copied as it is. Fields come from a checked {@link TimeModule.Tm} whose wday is C's
 * (Sunday = 0) and yday 1-based.
 */
final class Strftime {

    private Strftime() {}

    private static final String[] WDAY = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] MONTH = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static String format(String f, TimeModule.Tm tm) {
        StringBuilder out = new StringBuilder();
        int n = f.length();
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            char pad = 0;
            boolean upper = false;
            boolean swap = false;
            while (i < n && "_-0^#".indexOf(f.charAt(i)) >= 0) {
                char fl = f.charAt(i++);
                switch (fl) {
                    case '^' -> upper = true;
                    case '#' -> swap = true;
                    default -> pad = fl;
                }
            }
            int width = -1;
            while (i < n && Character.isDigit(f.charAt(i))) {
                width = Math.max(width, 0) * 10 + (f.charAt(i++) - '0');
            }
            if (i < n && (f.charAt(i) == 'E' || f.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                out.append(f, start, n);
                break;
            }
            char conv = f.charAt(i++);
            String r = convert(conv, tm, pad, width, upper, swap);
            if (r == null) {
                out.append(f, start, i);
            } else {
                out.append(r);
            }
        }
        return out.toString();
    }

    private static boolean leap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /**
     * Days since the Monday starting ISO week 1 (the week with the year's first
     * Thursday), for a 0-based yday and C wday; negative before week 1.
     */
    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    /** {ISO year, ISO week} of the date. */
    private static long[] isoWeek(TimeModule.Tm tm) {
        long year = tm.year();
        int yday = tm.yday() - 1;
        int days = isoWeekDays(yday, tm.wday());
        if (days < 0) {
            year--;
            days = isoWeekDays(yday + (leap(year) ? 366 : 365), tm.wday());
        } else {
            int d = isoWeekDays(yday - (leap(year) ? 366 : 365), tm.wday());
            if (d >= 0) {
                year++;
                days = d;
            }
        }
        return new long[] {year, days / 7 + 1};
    }

    /** A number in a field of WIDTH (default DW) padded with DPAD unless the flags say otherwise. */
    private static String num(long v, int dw, char dpad, char pad, int width) {
        String digits = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        if (pad == '-') {
            return sign + digits;
        }
        char p = pad == '_' ? ' ' : pad == '0' ? '0' : dpad;
        int w = width >= 0 ? width : dw;
        int len = sign.length() + digits.length();
        if (len >= w) {
            return sign + digits;
        }
        if (p == '0') {
            return sign + "0".repeat(w - len) + digits;
        }
        return " ".repeat(w - len) + sign + digits;
    }

    private static String text(String s, char pad, int width, boolean upper, boolean swap) {
        if (upper) {
            s = s.toUpperCase(Locale.ROOT);
        } else if (swap) {
            s = s.toUpperCase(Locale.ROOT);
        }
        if (width > s.length()) {
            s = (pad == '0' ? "0" : " ").repeat(width - s.length()) + s;
        }
        return s;
    }

    private static String convert(char c, TimeModule.Tm tm, char pad, int width, boolean upper, boolean swap) {
        int hour12 = tm.hour() % 12 == 0 ? 12 : tm.hour() % 12;
        int yday0 = tm.yday() - 1;
        return switch (c) {
            case 'a' -> text(WDAY[tm.wday()].substring(0, 3), pad, width, upper, swap);
            case 'A' -> text(WDAY[tm.wday()], pad, width, upper, swap);
            case 'b', 'h' -> text(MONTH[tm.mon() - 1].substring(0, 3), pad, width, upper, swap);
            case 'B' -> text(MONTH[tm.mon() - 1], pad, width, upper, swap);
            case 'c' -> text(format("%a %b %e %H:%M:%S %Y", tm), pad, width, upper, false);
            case 'C' -> num(Math.floorDiv(tm.year(), 100L), 1, '0', pad, width);
            case 'd' -> num(tm.mday(), 2, '0', pad, width);
            case 'e' -> num(tm.mday(), 2, ' ', pad, width);
            case 'D' -> text(format("%m/%d/%y", tm), pad, width, upper, false);
            case 'F' -> text(format("%Y-%m-%d", tm), pad, width, upper, false);
            case 'g' -> num(Math.floorMod(isoWeek(tm)[0], 100L), 2, '0', pad, width);
            case 'G' -> num(isoWeek(tm)[0], 1, '0', pad, width);
            case 'H' -> num(tm.hour(), 2, '0', pad, width);
            case 'I' -> num(hour12, 2, '0', pad, width);
            case 'j' -> num(yday0 + 1, 3, '0', pad, width);
            case 'k' -> num(tm.hour(), 2, ' ', pad, width);
            case 'l' -> num(hour12, 2, ' ', pad, width);
            case 'm' -> num(tm.mon(), 2, '0', pad, width);
            case 'M' -> num(tm.min(), 2, '0', pad, width);
            case 'n' -> "\n";
            case 'p' -> text(tm.hour() < 12 ? "AM" : "PM", pad, width, false, false);
            case 'P' -> text(tm.hour() < 12 ? "am" : "pm", pad, width, false, false);
            case 'r' -> text(format("%I:%M:%S %p", tm), pad, width, upper, false);
            case 'R' -> text(format("%H:%M", tm), pad, width, upper, false);
            case 's' -> num(TimeModule.localSeconds(tm), 1, '0', pad, width);
            case 'S' -> num(tm.sec(), 2, '0', pad, width);
            case 't' -> "\t";
            case 'T' -> text(format("%H:%M:%S", tm), pad, width, upper, false);
            case 'u' -> num(tm.wday() == 0 ? 7 : tm.wday(), 1, '0', pad, width);
            case 'U' -> num((yday0 - tm.wday() + 7) / 7, 2, '0', pad, width);
            case 'V' -> num(isoWeek(tm)[1], 2, '0', pad, width);
            case 'w' -> num(tm.wday(), 1, '0', pad, width);
            case 'W' -> num((yday0 - (tm.wday() - 1 + 7) % 7 + 7) / 7, 2, '0', pad, width);
            case 'x' -> text(format("%m/%d/%y", tm), pad, width, upper, false);
            case 'X' -> text(format("%H:%M:%S", tm), pad, width, upper, false);
            case 'y' -> num(Math.floorMod(tm.year(), 100L), 2, '0', pad, width);
            case 'Y' -> num(tm.year(), 1, '0', pad, width);
            case 'z' -> {
                if (tm.isdst() < 0) {
                    yield ""; // glibc: no zone information when isdst is unknown
                }
                long off = tm.gmtoff();
                long a = Math.abs(off) / 60;
                yield (off < 0 ? "-" : "+") + num(a / 60 * 100 + a % 60, 4, '0', pad, width);
            }
            case 'Z' -> tm.isdst() < 0 ? "" : text(tm.zone() != null ? tm.zone() : TimeModule.zoneName(tm.isdst()), pad, width, upper,
                swap);
            case '%' -> "%";
            default -> null;
        };
    }
}
