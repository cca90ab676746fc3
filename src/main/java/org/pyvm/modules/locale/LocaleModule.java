package org.pyvm.modules.locale;

import java.util.Arrays;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.Env;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The _locale module for the locales every glibc system has: "C" (alias "POSIX") and
 * "C.UTF-8" (alias "C.utf8"). pyvm does not call the C library, so it keeps the locale of
 * each category itself; any other name is refused as glibc refuses a locale that is not
 * installed ("unsupported locale setting"). At start-up LC_CTYPE comes from the
 * environment, coerced from C to C.UTF-8 unless LC_ALL is set, as CPython's PEP 538 start-up
 * does; the other categories are "C". Collation in both locales is code-point order (glibc's
 * C and C.UTF-8), so strcoll compares code points and strxfrm returns its argument; the
 * nl_langinfo and localeconv values are glibc's C locale. gettext functions behave as
 * without message catalogues. Compare CPython Modules/_localemodule.c.
 */
public final class LocaleModule {

    private LocaleModule() {}

    /** glibc's categories: LC_CTYPE=0 ... LC_ALL=6 ... LC_IDENTIFICATION=12. */
    private static final String[] CATEGORY_NAMES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
        "LC_MONETARY", "LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
        "LC_MEASUREMENT", "LC_IDENTIFICATION"};
    private static final int LC_ALL = 6;
    private static final int CHAR_MAX = 127;

    /** The locale name of each category (index LC_ALL unused). Interpreter-wide, as the C library's. */
    private static String[] current;
    private static String domain = "messages";
    private static final Map<String, String> BOUND_DIRS = new java.util.HashMap<>();
    private static final Map<String, String> BOUND_CODESETS = new java.util.HashMap<>();

    public static PyModule create() {
        PyModule m = new PyModule("_locale");
        m.addFunctions(LocaleModule.class);
        PyDict d = m.getDict();
        for (int i = 0; i <= LC_ALL; i++) {
            d.setStr(CATEGORY_NAMES[i], PyInt.of(i));
        }
        d.setStr("CHAR_MAX", PyInt.of(CHAR_MAX));
        for (LangInfo li : LangInfo.values()) {
            d.setStr(li.name(), PyInt.of(li.key));
        }
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("locale"));
        d.setStr("Error", Abstract.call(PyType.TYPE, PyStr.of("Error"), PyTuple.of(PyExc.Exception), ns));
        d.setStr("__doc__", PyStr.of("Support for POSIX locales."));
        // A new interpreter (pyvm runs programs one after another in one JVM in tests) starts afresh.
        current = startupLocales();
        domain = "messages";
        BOUND_DIRS.clear();
        BOUND_CODESETS.clear();
        return m;
    }

    /** What CPython's start-up leaves: LC_CTYPE from the environment (C coerced to C.UTF-8), the rest "C". */
    private static String[] startupLocales() {
        String[] s = new String[CATEGORY_NAMES.length];
        Arrays.fill(s, "C");
        Map<String, String> env = Env.current();
        String ctype = fromEnvironment(env, 0);
        String lcAll = env.get("LC_ALL");
        if (ctype == null || ctype.equals("C")) {
            ctype = lcAll != null && !lcAll.isEmpty() || "0".equals(env.get("PYTHONCOERCECLOCALE")) ? "C" : "C.UTF-8";
        }
        s[0] = ctype;
        return s;
    }

    /**
     * Whether the environment leaves LC_CTYPE at the C locale (LC_ALL, LC_CTYPE and LANG
     * empty or unset, or naming C or POSIX), where CPython's start-up turns on UTF-8 mode
     * and coerces LC_CTYPE to C.UTF-8 (PEP 538, PEP 540). Compare Python/preconfig.c:
     * preconfig_init_utf8_mode and _Py_LegacyLocaleDetected.
     */
    public static boolean cLocaleAtStart(Map<String, String> env) {
        String v = env.get("LC_ALL");
        if (v == null || v.isEmpty()) {
            v = env.get("LC_CTYPE");
        }
        if (v == null || v.isEmpty()) {
            v = env.get("LANG");
        }
        return v == null || v.isEmpty() || v.equals("C") || v.equals("POSIX");
    }

    /** The locale the environment names for CATEGORY (LC_ALL, LC_xxx, LANG), canonical, or null if unsupported. */
    private static String fromEnvironment(Map<String, String> env, int category) {
        String v = env.get("LC_ALL");
        if (v == null || v.isEmpty()) {
            v = env.get(CATEGORY_NAMES[category]);
        }
        if (v == null || v.isEmpty()) {
            v = env.get("LANG");
        }
        if (v == null || v.isEmpty()) {
            v = "C";
        }
        return canonical(v);
    }

    /** The name setlocale reports for NAME, or null when glibc would not know it. */
    private static String canonical(String name) {
        if (name.equals("C") || name.equals("POSIX")) {
            return "C";
        }
        if (name.startsWith("C.")) {
            String cs = name.substring(2).toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
            if (cs.equals("utf8")) {
                return name;
            }
        }
        return null;
    }

    private static PyBaseException error(String msg) {
        PyType t = (PyType) PyRuntime.builtinModule("_locale").getDict().getStr("Error");
        return PyErr.of(t, msg);
    }

    private static boolean isUtf8(String name) {
        return !name.equals("C");
    }

    /** setlocale(category, locale=None, /). Compare _locale_setlocale_impl. */
    @ExposedMethod
    static PyObject setlocale(PyObject[] args, String[] kw) {
        Args.noKeywords("setlocale", kw);
        Args.positional("setlocale", args.length, 1, 2);
        long cat = Abstract.index(args[0]).longValue();
        PyObject loc = args.length > 1 ? args[1] : PyNone.NONE;
        if (loc != PyNone.NONE && !(loc instanceof PyStr)) {
            throw PyErr.typeError("setlocale() argument 2 must be str or None, not " + loc.type().getName());
        }
        boolean valid = cat >= 0 && cat < CATEGORY_NAMES.length;
        if (loc == PyNone.NONE) {
            if (!valid) {
                throw error("locale query failed");
            }
            return PyStr.of(query((int) cat));
        }
        String name = ((PyStr) loc).value();
        if (name.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        if (!valid) {
            throw error("unsupported locale setting");
        }
        int c = (int) cat;
        if (c == LC_ALL && name.indexOf('=') >= 0) {
            // glibc's composite name, as setlocale(LC_ALL) reports it: LC_CTYPE=...;LC_NUMERIC=...
            String[] next = current.clone();
            String[] parts = name.split(";", -1);
            // glibc takes a composite name only with every category in it.
            if (parts.length != CATEGORY_NAMES.length - 1) {
                throw error("unsupported locale setting");
            }
            for (String part : parts) {
                int eq = part.indexOf('=');
                int i = eq < 0 ? -1 : Arrays.asList(CATEGORY_NAMES).indexOf(part.substring(0, eq));
                String n = i < 0 || i == LC_ALL ? null : canonical(part.substring(eq + 1));
                if (n == null) {
                    throw error("unsupported locale setting");
                }
                next[i] = n;
            }
            current = next;
        } else if (c == LC_ALL) {
            String[] next = current.clone();
            for (int i = 0; i < next.length; i++) {
                if (i != LC_ALL) {
                    String n = name.isEmpty() ? fromEnvironment(Env.current(), i) : canonical(name);
                    if (n == null) {
                        throw error("unsupported locale setting");
                    }
                    next[i] = n;
                }
            }
            current = next;
        } else {
            String n = name.isEmpty() ? fromEnvironment(Env.current(), c) : canonical(name);
            if (n == null) {
                throw error("unsupported locale setting");
            }
            current[c] = n;
        }
        return PyStr.of(query(c));
    }

    /** A category's name; for LC_ALL the common name or glibc's composite "LC_CTYPE=...;...". */
    private static String query(int cat) {
        if (cat != LC_ALL) {
            return current[cat];
        }
        boolean same = true;
        for (int i = 1; i < current.length; i++) {
            if (i != LC_ALL && !current[i].equals(current[0])) {
                same = false;
            }
        }
        if (same) {
            return current[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < current.length; i++) {
            if (i != LC_ALL) {
                sb.append(sb.isEmpty() ? "" : ";").append(CATEGORY_NAMES[i]).append('=').append(current[i]);
            }
        }
        return sb.toString();
    }

    /** localeconv(): glibc's C locale values (C.UTF-8 has the same). Compare _locale_localeconv_impl. */
    @ExposedMethod
    static PyObject localeconv() {
        PyDict d = new PyDict();
        PyStr empty = PyStr.of("");
        d.setStr("int_curr_symbol", empty);
        d.setStr("currency_symbol", empty);
        d.setStr("mon_decimal_point", empty);
        d.setStr("mon_thousands_sep", empty);
        d.setStr("mon_grouping", new PyList());
        d.setStr("positive_sign", empty);
        d.setStr("negative_sign", empty);
        for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
            "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.setStr(k, PyInt.of(CHAR_MAX));
        }
        d.setStr("decimal_point", PyStr.of("."));
        d.setStr("thousands_sep", empty);
        d.setStr("grouping", new PyList());
        return d;
    }

    /** nl_langinfo(key, /). Compare _locale_nl_langinfo_impl. */
    @ExposedMethod
    static PyObject nl_langinfo(PyObject key) {
        long k = Abstract.index(key).longValue();
        for (LangInfo li : LangInfo.values()) {
            if (li.key == k) {
                if (li == LangInfo.CODESET) {
                    return PyStr.of(isUtf8(current[0]) ? "UTF-8" : "ANSI_X3.4-1968");
                }
                return PyStr.of(li.c);
            }
        }
        throw PyErr.valueError("unsupported langinfo constant");
    }

    /** getencoding(): the LC_CTYPE codeset. Compare _Py_GetLocaleEncoding. */
    @ExposedMethod
    static PyObject getencoding() {
        return PyStr.of(isUtf8(current[0]) ? "UTF-8" : "ANSI_X3.4-1968");
    }

    private static String strArg(String fn, String which, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(fn + "() " + which + " must be str, not " + o.type().getName());
        }
        if (s.value().indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        return s.value();
    }

    /** strcoll(os1, os2, /): code-point order in C and C.UTF-8 (wcscoll there is wcscmp). */
    @ExposedMethod
    static long strcoll(PyObject a, PyObject b) {
        String x = strArg("strcoll", "argument 1", a);
        String y = strArg("strcoll", "argument 2", b);
        int[] p = x.codePoints().toArray();
        int[] q = y.codePoints().toArray();
        return Integer.signum(Arrays.compare(p, q));
    }

    /** strxfrm(string, /): the identity in C and C.UTF-8. */
    @ExposedMethod
    static PyObject strxfrm(PyObject s) {
        return PyStr.of(strArg("strxfrm", "argument", s));
    }

    /** gettext(msg, /): no catalogues, so the message itself. */
    @ExposedMethod
    static PyObject gettext(PyObject msg) {
        strArg("gettext", "argument", msg);
        return msg;
    }

    @ExposedMethod
    static PyObject dgettext(PyObject dom, PyObject msg) {
        optStr("dgettext", "argument 1", dom);
        strArg("dgettext", "argument 2", msg);
        return msg;
    }

    @ExposedMethod
    static PyObject dcgettext(PyObject dom, PyObject msg, PyObject category) {
        optStr("dcgettext", "argument 1", dom);
        strArg("dcgettext", "argument 2", msg);
        Abstract.index(category);
        return msg;
    }

    private static String optStr(String fn, String which, PyObject o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError(fn + "() " + which + " must be str or None, not " + o.type().getName());
        }
        return strArg(fn, which, o);
    }

    /** textdomain(domain, /): sets (unless None) and returns the current domain. */
    @ExposedMethod
    static PyObject textdomain(PyObject dom) {
        String d = optStr("textdomain", "argument", dom);
        if (d != null) {
            domain = d.isEmpty() ? "messages" : d;
        }
        return PyStr.of(domain);
    }

    /** bindtextdomain(domain, dir, /): glibc's default folder is /usr/share/locale. */
    @ExposedMethod
    static PyObject bindtextdomain(PyObject dom, PyObject dir) {
        String d = strArg("bindtextdomain", "argument 1", dom);
        if (d.isEmpty()) {
            throw PyErr.of(PyExc.OSError, "[Errno 22] Invalid argument");
        }
        if (dir != PyNone.NONE) {
            BOUND_DIRS.put(d, Abstract.str(Abstract.call(PyRuntime.builtinModule("posix").getDict()
                .getStr("fspath"), dir)).value());
        }
        return PyStr.of(BOUND_DIRS.getOrDefault(d, "/usr/share/locale"));
    }

    /** bind_textdomain_codeset(domain, codeset, /). */
    @ExposedMethod
    static PyObject bind_textdomain_codeset(PyObject dom, PyObject codeset) {
        String d = strArg("bind_textdomain_codeset", "argument 1", dom);
        String cs = optStr("bind_textdomain_codeset", "argument 2", codeset);
        if (cs != null) {
            BOUND_CODESETS.put(d, cs);
        }
        String r = BOUND_CODESETS.get(d);
        return r == null ? PyNone.NONE : PyStr.of(r);
    }

    /** The nl_langinfo items CPython exposes on Linux, with glibc's values and C-locale strings. */
    private enum LangInfo {
        CODESET(14, null), D_T_FMT(0x20028, "%a %b %e %H:%M:%S %Y"), D_FMT(0x20029, "%m/%d/%y"),
        T_FMT(0x2002A, "%H:%M:%S"), T_FMT_AMPM(0x2002B, "%I:%M:%S %p"), AM_STR(0x20026, "AM"),
        PM_STR(0x20027, "PM"), DAY_1(0x20007, "Sunday"), DAY_2(0x20008, "Monday"), DAY_3(0x20009, "Tuesday"),
        DAY_4(0x2000A, "Wednesday"), DAY_5(0x2000B, "Thursday"), DAY_6(0x2000C, "Friday"),
        DAY_7(0x2000D, "Saturday"), ABDAY_1(0x20000, "Sun"), ABDAY_2(0x20001, "Mon"), ABDAY_3(0x20002, "Tue"),
        ABDAY_4(0x20003, "Wed"), ABDAY_5(0x20004, "Thu"), ABDAY_6(0x20005, "Fri"), ABDAY_7(0x20006, "Sat"),
        MON_1(0x2001A, "January"), MON_2(0x2001B, "February"), MON_3(0x2001C, "March"), MON_4(0x2001D, "April"),
        MON_5(0x2001E, "May"), MON_6(0x2001F, "June"), MON_7(0x20020, "July"), MON_8(0x20021, "August"),
        MON_9(0x20022, "September"), MON_10(0x20023, "October"), MON_11(0x20024, "November"),
        MON_12(0x20025, "December"), ABMON_1(0x2000E, "Jan"), ABMON_2(0x2000F, "Feb"), ABMON_3(0x20010, "Mar"),
        ABMON_4(0x20011, "Apr"), ABMON_5(0x20012, "May"), ABMON_6(0x20013, "Jun"), ABMON_7(0x20014, "Jul"),
        ABMON_8(0x20015, "Aug"), ABMON_9(0x20016, "Sep"), ABMON_10(0x20017, "Oct"), ABMON_11(0x20018, "Nov"),
        ABMON_12(0x20019, "Dec"), RADIXCHAR(0x10000, "."), THOUSEP(0x10001, ""), YESEXPR(0x50000, "^[yY]"),
        NOEXPR(0x50001, "^[nN]"), CRNCYSTR(0x4000F, "-"), ERA(0x2002C, ""), ERA_D_FMT(0x2002E, ""),
        ALT_DIGITS(0x2002F, ""), ERA_D_T_FMT(0x20030, ""), ERA_T_FMT(0x20031, ""),
        _DATE_FMT(0x2006C, "%a %b %e %H:%M:%S %Z %Y");

        final int key;
        final String c;

        LangInfo(int key, String c) {
            this.key = key;
            this.c = c;
        }
    }
}
