package org.pyvm.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.TimeZone;
import org.pyvm.modules.posix.CTime;
import org.pyvm.runtime.PyStructSeq;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The time module: clocks, sleep, struct_time, gmtime/localtime/mktime, strftime (C
 * locale, glibc's directives), asctime/ctime and the time zone constants. Compare CPython
 * Modules/timemodule.c. Calendar arithmetic uses java.time (proleptic Gregorian, as
 * glibc's gmtime); the local zone is the JVM's default zone (TZ).
 */
public final class TimeModule {

    private TimeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("time");
        m.addFunctions(TimeModule.class);
        PyDict d = m.getDict();
        d.setStr("struct_time", STRUCT_TIME.type());
        // The fields of a struct tm this platform has (tm_zone and tm_gmtoff included). Compare timemodule.c.
        d.setStr("_STRUCT_TM_ITEMS", PyInt.of(11));
        String[] clocks = {"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID",
            "CLOCK_MONOTONIC_RAW", "", "", "CLOCK_BOOTTIME", "", "", "", "CLOCK_TAI"};
        for (int i = 0; i < clocks.length; i++) {
            if (!clocks[i].isEmpty()) {
                d.setStr(clocks[i], PyInt.of(i));
            }
        }
        if (C_TIME) {
            CTime.syncTz();
        }
        setZoneConstants(d);
        return m;
    }

    /**
     * Whether local time comes from the C library (CTime: TZ rule strings, zoneinfo files,
     * glibc's abbreviations and mktime, as CPython); otherwise java.time's default zone.
     */
    private static final boolean C_TIME = CTime.available();

    // ---- clocks ----

    private static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static PyFloat seconds(long nanos) {
        return PyFloat.of(nanos / 1e9);
    }

    /** time(): seconds since the epoch (clock_gettime(CLOCK_REALTIME) as Instant.now reads it). */
    @ExposedMethod
    static PyObject time() {
        return seconds(epochNanos());
    }

    @ExposedMethod
    static PyObject time_ns() {
        return PyInt.of(epochNanos());
    }

    /** System.nanoTime is CLOCK_MONOTONIC on Linux, the clock CPython's monotonic() reads. */
    @ExposedMethod
    static PyObject monotonic() {
        return seconds(System.nanoTime());
    }

    @ExposedMethod
    static PyObject monotonic_ns() {
        return PyInt.of(System.nanoTime());
    }

    @ExposedMethod
    static PyObject perf_counter() {
        return seconds(System.nanoTime());
    }

    @ExposedMethod
    static PyObject perf_counter_ns() {
        return PyInt.of(System.nanoTime());
    }

    private static long processNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static long threadNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : -1;
        return t < 0 ? processNanos() : t;
    }

    /** CPU time of the process (all threads), from the OS through ProcessHandle. */
    @ExposedMethod
    static PyObject process_time() {
        return seconds(processNanos());
    }

    @ExposedMethod
    static PyObject process_time_ns() {
        return PyInt.of(processNanos());
    }

    @ExposedMethod
    static PyObject thread_time() {
        return seconds(threadNanos());
    }

    @ExposedMethod
    static PyObject thread_time_ns() {
        return PyInt.of(threadNanos());
    }

    private static long clockNanos(PyObject id) {
        long c = Abstract.index(id).longValue();
        return switch ((int) c) {
            case 0, 11 -> epochNanos();
            case 1, 4, 7 -> System.nanoTime();
            case 2 -> processNanos();
            case 3 -> threadNanos();
            default -> throw PyErr.of(PyExc.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
        };
    }

    @ExposedMethod
    static PyObject clock_gettime(PyObject id) {
        return seconds(clockNanos(id));
    }

    @ExposedMethod
    static PyObject clock_gettime_ns(PyObject id) {
        return PyInt.of(clockNanos(id));
    }

    @ExposedMethod
    static PyObject clock_getres(PyObject id) {
        clockNanos(id);
        return PyFloat.of(1e-9);
    }

    /**
     * pyvm never sets a system clock: CLOCK_REALTIME answers EPERM (what an unprivileged
     * process gets), the other clocks EINVAL, as Linux's clock_settime does for them.
     */
    private static PyObject refuseSettime(PyObject id, PyObject t, boolean ns) {
        long clock = Abstract.index(id).longValue();
        if (ns) {
            Abstract.index(t);
        } else {
            secondsArg(t);
        }
        if (clock == 0) {
            throw PyErr.of(PyExc.PermissionError, PyInt.of(1), PyStr.of("Operation not permitted"));
        }
        throw PyErr.of(PyExc.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
    }

    @ExposedMethod
    static PyObject clock_settime(PyObject id, PyObject t) {
        return refuseSettime(id, t, false);
    }

    @ExposedMethod
    static PyObject clock_settime_ns(PyObject id, PyObject t) {
        return refuseSettime(id, t, true);
    }

    /** strptime(string, format): _strptime._strptime_time does the work. Compare timemodule.c: time_strptime. */
    @ExposedMethod
    static PyObject strptime(PyObject[] args, String[] kw) {
        if (org.pyvm.modules.corelib.Args.nkw(kw) > 0) {
            throw PyErr.typeError("strptime() takes no keyword arguments");
        }
        Abstract.call(org.pyvm.runtime.PyRuntime.builtins.getStr("__import__"), PyStr.of("_strptime"));
        PyObject mod = Abstract.getItem(org.pyvm.runtime.PyRuntime.modules, PyStr.of("_strptime"));
        return Abstract.call(Abstract.getAttr(mod, "_strptime_time"), args, kw);
    }

    /** A seconds argument as CPython's _PyTime_FromSecondsObject reads it: float or int, NaN refused. */
    private static double secondsArg(PyObject o) {
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            return f.value;
        }
        return Abstract.index(o).doubleValue();
    }

    /** sleep(secs). Compare timemodule.c: time_sleep. */
    @ExposedMethod
    static void sleep(PyObject secs) {
        double s;
        long nanos;
        if (secs instanceof PyFloat f) {
            s = secondsArg(f);
            if (s < 0) {
                throw PyErr.valueError("sleep length must be non-negative");
            }
            if (s > 9.2e9) {
                throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            nanos = (long) Math.ceil(s * 1e9);
        } else {
            PyInt i = Abstract.index(secs);
            if (i.signum() < 0) {
                throw PyErr.valueError("sleep length must be non-negative");
            }
            if (i.isBig() || i.value > 9_200_000_000L) {
                throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            nanos = i.value * 1_000_000_000L;
        }
        // A signal's handler runs and the sleep goes on for the time left (PEP 475).
        long deadline = System.nanoTime() + nanos;
        while (true) {
            boolean released = org.pyvm.runtime.Gil.release();
            org.pyvm.runtime.Interrupts.beginWait();
            try {
                Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
                return;
            } catch (InterruptedException e) {
                org.pyvm.runtime.Gil.reacquire(released);
                released = false;
                org.pyvm.runtime.Interrupts.afterInterruptedWait();
            } finally {
                org.pyvm.runtime.Interrupts.endWait();
                org.pyvm.runtime.Gil.reacquire(released);
            }
            nanos = deadline - System.nanoTime();
            if (nanos <= 0) {
                return;
            }
        }
    }

    /** get_clock_info(name): what each clock is, as a namespace. */
    @ExposedMethod
    static PyObject get_clock_info(PyObject name) {
        String n = Abstract.strArg(name, "get_clock_info");
        return switch (n) {
            case "time" -> ClockInfo.of("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9);
            case "monotonic", "perf_counter" -> ClockInfo.of("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9);
            // the OS reports process CPU time in clock ticks (/proc/self/stat): 10 ms
            case "process_time" -> ClockInfo.of("ProcessHandle.totalCpuDuration()", true, false, 0.01);
            case "thread_time" -> ClockInfo.of("ThreadMXBean.getCurrentThreadCpuTime()", true, false, 1e-9);
            default -> throw PyErr.valueError("unknown clock");
        };
    }

    /** The object get_clock_info returns: a namespace with four attributes (types.SimpleNamespace in CPython). */
    public static final class ClockInfo implements PyObject, HasDict {
        static final PyType TYPE = PyType.builtin("namespace", ClockInfo.class, ClockInfo.class);
        private final PyDict dict = new PyDict();

        static ClockInfo of(String impl, boolean monotonic, boolean adjustable, double res) {
            ClockInfo c = new ClockInfo();
            c.dict.setStr("implementation", PyStr.of(impl));
            c.dict.setStr("monotonic", PyBool.of(monotonic));
            c.dict.setStr("adjustable", PyBool.of(adjustable));
            c.dict.setStr("resolution", PyFloat.of(res));
            return c;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @ExposedMethod
        static String __repr__(ClockInfo self) {
            StringBuilder sb = new StringBuilder("namespace(");
            PyObject[] keys = self.dict.keysArray();
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(keys[i]).append('=').append(Abstract.repr(self.dict.get(keys[i])));
            }
            return sb.append(')').toString();
        }
    }

    // ---- struct_time ----

    /**
     * time.struct_time: a struct sequence of 9 (year, month, mday, hour, min, sec, wday, yday,
     * isdst), with tm_zone and tm_gmtoff reachable by name only. Compare timemodule.c:
     * struct_time_type_desc.
     */
    static final PyStructSeq.Spec STRUCT_TIME = PyStructSeq.define("time", "struct_time", 9, "tm_year", "tm_mon",
        "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");

    /** C's struct tm, with Python's conventions for month (1-12), wday (Monday = 0) and yday (1-366). */
    record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, String zone,
        long gmtoff) {

        PyStructSeq toStruct() {
            return STRUCT_TIME.make(PyInt.of(year), PyInt.of(mon), PyInt.of(mday), PyInt.of(hour), PyInt.of(min),
                PyInt.of(sec), PyInt.of(wday), PyInt.of(yday), PyInt.of(isdst),
                zone == null ? PyNone.NONE : PyStr.of(zone), PyInt.of(gmtoff));
        }
    }

    // ---- conversions ----

    /** Seconds since 1970 -> struct tm in UTC (glibc's range: the year must fit a C int). */
    static Tm gmTm(long t) {
        long days = Math.floorDiv(t, 86400L);
        long secs = Math.floorMod(t, 86400L);
        long[] ymd = civilFromDays(days);
        long year = ymd[0];
        if (year - 1900 > Integer.MAX_VALUE || year - 1900 < Integer.MIN_VALUE) {
            throw PyErr.of(PyExc.OSError, PyInt.of(75), PyStr.of("Value too large for defined data type"));
        }
        int wday = (int) Math.floorMod(days + 3, 7L); // 1970-01-01 was a Thursday (Monday = 0)
        int yday = (int) (days - daysFromCivil(year, 1, 1)) + 1;
        return new Tm(year, (int) ymd[1], (int) ymd[2], (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60),
            wday, yday, 0, "GMT", 0);
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (any year). */
    static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400L);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** {year, month, day} of a day number since 1970-01-01. */
    static long[] civilFromDays(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097L);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new long[] {m <= 2 ? y + 1 : y, m, d};
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** Seconds since 1970 -> local struct tm (C's localtime, or the JVM's default zone). */
    static Tm localTm(long t) {
        if (C_TIME) {
            CTime.Tm c = CTime.localtime(t);
            if (c == null) {
                throw PyErr.of(PyExc.OSError, PyInt.of(75), PyStr.of("Value too large for defined data type"));
            }
            // Python's weekday: Monday = 0; day of the year from 1
            return new Tm(c.year(), c.mon(), c.mday(), c.hour(), c.min(), c.sec(), (c.wday() + 6) % 7, c.yday() + 1,
                c.isdst(), c.zone(), c.gmtoff());
        }
        ZoneRules rules = zone().getRules();
        Instant inst;
        try {
            inst = Instant.ofEpochSecond(t);
        } catch (java.time.DateTimeException e) {
            throw PyErr.of(PyExc.OSError, PyInt.of(75), PyStr.of("Value too large for defined data type"));
        }
        ZoneOffset off = rules.getOffset(inst);
        Tm g = gmTm(t + off.getTotalSeconds());
        boolean dst = rules.isDaylightSavings(inst);
        String name = TimeZone.getTimeZone(zone()).getDisplayName(dst, TimeZone.SHORT, Locale.US);
        return new Tm(g.year(), g.mon(), g.mday(), g.hour(), g.min(), g.sec(), g.wday(), g.yday(), dst ? 1 : 0, name,
            off.getTotalSeconds());
    }

    /**
     * A timestamp argument as a time_t (floor of a float). Compare pytime.c:
     * _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR.
     */
    private static long timeT(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return Math.floorDiv(epochNanos(), 1_000_000_000L);
        }
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            d = Math.floor(d);
            if (!(d >= -0x1p63 && d < 0x1p63)) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        PyInt i = Abstract.index(o);
        if (i.isBig()) {
            throw PyErr.overflowError("timestamp out of range for platform time_t");
        }
        return i.value;
    }

    /**
     * The optional arguments of a PyArg_ParseTuple function ("|O:name"): CPython's
     * messages, "name() takes at most 1 argument (2 given)".
     */
    private static PyObject[] parseTuple(String fn, PyObject[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("time." + fn + "() takes no keyword arguments");
        }
        if (args.length > max) {
            throw PyErr.typeError(fn + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " ("
                + args.length + " given)");
        }
        if (args.length < min) {
            throw PyErr.typeError(fn + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " ("
                + args.length + " given)");
        }
        return java.util.Arrays.copyOf(args, max);
    }

    @ExposedMethod
    static PyObject gmtime(PyObject[] args, String[] kw) {
        return gmTm(timeT(parseTuple("gmtime", args, kw, 0, 1)[0])).toStruct();
    }

    @ExposedMethod
    static PyObject localtime(PyObject[] args, String[] kw) {
        return localTm(timeT(parseTuple("localtime", args, kw, 0, 1)[0])).toStruct();
    }

    /**
     * A time tuple argument: a 9-tuple or struct_time of ints, converted as
     * timemodule.c: gettmarg does (wday taken mod 7 into C's Sunday = 0).
     */
    private static Tm tmArg(PyObject o, String fn) {
        if (!(o instanceof PyTuple t)) {
            throw PyErr.typeError("Tuple or struct_time argument required");
        }
        if (t.size() != 9) {
            throw PyErr.typeError(fn + "(): illegal time tuple argument");
        }
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            // PyArg_ParseTuple's "i" converter: a C long first, then the range of a C int.
            PyInt n = Abstract.index(t.get(i));
            if (n.isBig()) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            if (n.value > Integer.MAX_VALUE) {
                throw PyErr.overflowError("signed integer is greater than maximum");
            }
            if (n.value < Integer.MIN_VALUE) {
                throw PyErr.overflowError("signed integer is less than minimum");
            }
            v[i] = n.value;
        }
        if (v[0] < Integer.MIN_VALUE + 1900L) {
            throw PyErr.overflowError("year out of range");
        }
        String zoneName = null;
        long gmtoff = 0;
        if (o instanceof PyStructSeq st && st.type() == STRUCT_TIME.type()) {
            if (st.field(9) instanceof PyStr z) {
                zoneName = z.toString();
            }
            if (st.field(10) instanceof PyInt g) {
                gmtoff = g.longValue();
            }
        }
        // Python's Monday = 0 becomes C's Sunday = 0, as (wday + 1) % 7 with C's remainder
        int cwday = (int) ((v[6] + 1) % 7);
        return new Tm(v[0], (int) v[1], (int) v[2], (int) v[3], (int) v[4], (int) v[5], cwday, (int) v[7], (int) v[8],
            zoneName, gmtoff);
    }

    /** Range checks, zeros accepted for month/day/yday. Compare timemodule.c: checktm. (wday here is C's.) */
    private static Tm checkTm(Tm t) {
        int mon = t.mon();
        if (mon == 0) {
            mon = 1;
        } else if (mon < 0 || mon > 12) {
            throw PyErr.valueError("month out of range");
        }
        int mday = t.mday();
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw PyErr.valueError("day of month out of range");
        }
        if (t.hour() < 0 || t.hour() > 23) {
            throw PyErr.valueError("hour out of range");
        }
        if (t.min() < 0 || t.min() > 59) {
            throw PyErr.valueError("minute out of range");
        }
        if (t.sec() < 0 || t.sec() > 61) {
            throw PyErr.valueError("seconds out of range");
        }
        if (t.wday() < 0) {
            throw PyErr.valueError("day of week out of range");
        }
        int yday = t.yday();
        if (yday == 0) {
            yday = 1;
        } else if (yday < 0 || yday > 366) {
            throw PyErr.valueError("day of year out of range");
        }
        return new Tm(t.year(), mon, mday, t.hour(), t.min(), t.sec(), t.wday(), yday, t.isdst(), t.zone(), t.gmtoff());
    }

    /** mktime(t): local time tuple -> seconds; the fields are normalised as C's mktime does. */
    @ExposedMethod
    static PyObject mktime(PyObject t) {
        Tm tm = tmArg(t, "mktime");
        if (C_TIME) {
            Long r = CTime.mktime(tm.year(), tm.mon(), tm.mday(), tm.hour(), tm.min(), tm.sec(), tm.isdst());
            if (r == null) {
                throw PyErr.overflowError("mktime argument out of range");
            }
            return PyFloat.of((double) r);
        }
        try {
            LocalDateTime ldt = LocalDateTime.of((int) tm.year(), 1, 1, 0, 0, 0)
                .plusMonths(tm.mon() - 1L).plusDays(tm.mday() - 1L).plusHours(tm.hour()).plusMinutes(tm.min())
                .plusSeconds(tm.sec());
            // isdst -1: the zone's rule decides (in a repeated hour the second, standard
            // instant, as glibc picks). isdst 0 or 1: glibc reads the fields with the standard
            // offset, or with standard + DST savings (one hour where the zone has no DST)
            ZonedDateTime z = ldt.atZone(zone()).withLaterOffsetAtOverlap();
            long epoch = z.toEpochSecond();
            if (tm.isdst() >= 0) {
                ZoneRules rules = zone().getRules();
                Instant inst = z.toInstant();
                long local = ldt.toEpochSecond(ZoneOffset.UTC);
                epoch = local - rules.getStandardOffset(inst).getTotalSeconds();
                if (tm.isdst() > 0) {
                    epoch -= dstSavings(rules, inst);
                }
            }
            return PyFloat.of((double) epoch);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw PyErr.overflowError("mktime argument out of range");
        }
    }

    /** The DST amount of the zone around INST (one hour when it has none), as glibc's mktime assumes. */
    private static long dstSavings(ZoneRules rules, Instant inst) {
        if (rules.isDaylightSavings(inst)) {
            return rules.getDaylightSavings(inst).getSeconds();
        }
        for (var t : new java.time.zone.ZoneOffsetTransition[] {rules.nextTransition(inst),
            rules.previousTransition(inst)}) {
            if (t != null) {
                long d = Math.abs(t.getOffsetAfter().getTotalSeconds() - t.getOffsetBefore().getTotalSeconds());
                if (d > 0 && rules.isDaylightSavings(t.getInstant().plusSeconds(t.isGap() ? 1 : -1))) {
                    return d;
                }
            }
        }
        return 3600;
    }

    private static final String[] WDAY = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTH = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** asctime(t=None): "Sun Jun 20 23:21:05 1993". Compare timemodule.c: _asctime. */
    @ExposedMethod
    static PyObject asctime(PyObject[] args, String[] kw) {
        if (args.length > 1 && (kw == null || kw.length == 0)) {
            // PyArg_UnpackTuple's wording
            throw PyErr.typeError("asctime expected at most 1 argument, got " + args.length);
        }
        PyObject t = parseTuple("asctime", args, kw, 0, 1)[0];
        Tm tm = t == null ? localTm(timeT(null)) : null;
        if (tm != null) {
            tm = new Tm(tm.year(), tm.mon(), tm.mday(), tm.hour(), tm.min(), tm.sec(), (tm.wday() + 1) % 7, tm.yday(),
                tm.isdst(), tm.zone(), tm.gmtoff());
        } else {
            tm = tmArg(t, "asctime");
        }
        tm = checkTm(tm);
        return PyStr.of(asc(tm));
    }

    private static String asc(Tm tm) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", WDAY[tm.wday()].substring(0, 3),
            MONTH[tm.mon() - 1].substring(0, 3), tm.mday(), tm.hour(), tm.min(), tm.sec(), tm.year());
    }

    /** ctime(secs=None) = asctime(localtime(secs)). */
    @ExposedMethod
    static PyObject ctime(PyObject[] args, String[] kw) {
        PyObject secs = parseTuple("ctime", args, kw, 0, 1)[0];
        Tm tm = localTm(timeT(secs));
        tm = new Tm(tm.year(), tm.mon(), tm.mday(), tm.hour(), tm.min(), tm.sec(), (tm.wday() + 1) % 7, tm.yday(),
            tm.isdst(), tm.zone(), tm.gmtoff());
        return PyStr.of(asc(tm));
    }

    /** strftime(format, t=None). Compare timemodule.c: time_strftime; the directives are glibc's, C locale. */
    @ExposedMethod
    static PyObject strftime(PyObject[] args, String[] kw) {
        PyObject[] a = parseTuple("strftime", args, kw, 1, 2);
        PyObject format = a[0];
        PyObject t = a[1];
        if (!(format instanceof PyStr f)) {
            throw PyErr.typeError("strftime() argument 1 must be str, not " + format.type().getName());
        }
        Tm tm;
        if (t == null) {
            Tm l = localTm(timeT(null));
            tm = new Tm(l.year(), l.mon(), l.mday(), l.hour(), l.min(), l.sec(), (l.wday() + 1) % 7, l.yday(),
                l.isdst(), l.zone(), l.gmtoff());
        } else {
            tm = tmArg(t, "strftime");
        }
        tm = checkTm(tm);
        int isdst = Math.max(-1, Math.min(1, tm.isdst()));
        tm = new Tm(tm.year(), tm.mon(), tm.mday(), tm.hour(), tm.min(), tm.sec(), tm.wday(), tm.yday(), isdst,
            tm.zone(), tm.gmtoff());
        String s = f.toString();
        if (s.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        return PyStr.of(Strftime.format(s, tm));
    }

    /** tzset(): re-reads the zone (TZ is read by the JVM at start-up only). */
    @ExposedMethod
    static void tzset() {
        if (C_TIME) {
            CTime.tzset();
        }
        setZoneConstants(org.pyvm.runtime.PyRuntime.builtinModule("time").getDict());
    }

    /**
     * timezone, altzone, daylight, tzname from the zone's offsets in January and July of
     * this year, as timemodule.c: init_timezone does (southern zones swap them).
     */
    static void setZoneConstants(PyDict d) {
        if (C_TIME) {
            setZoneConstantsFromC(d);
            return;
        }
        ZoneRules rules = zone().getRules();
        int year = ZonedDateTime.now(zone()).getYear();
        Instant jan = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        Instant jul = LocalDateTime.of(year, 7, 1, 0, 0).toInstant(ZoneOffset.UTC);
        long janzone = -rules.getOffset(jan).getTotalSeconds();
        long julzone = -rules.getOffset(jul).getTotalSeconds();
        TimeZone tz = TimeZone.getTimeZone(zone());
        String janname = tz.getDisplayName(rules.isDaylightSavings(jan), TimeZone.SHORT, Locale.US);
        String julname = tz.getDisplayName(rules.isDaylightSavings(jul), TimeZone.SHORT, Locale.US);
        if (janzone < julzone) {
            // DST is reversed in the southern hemisphere
            d.setStr("timezone", PyInt.of(julzone));
            d.setStr("altzone", PyInt.of(janzone));
            d.setStr("tzname", PyTuple.of(PyStr.of(julname), PyStr.of(janname)));
        } else {
            d.setStr("timezone", PyInt.of(janzone));
            d.setStr("altzone", PyInt.of(julzone));
            d.setStr("tzname", PyTuple.of(PyStr.of(janname), PyStr.of(julname)));
        }
        d.setStr("daylight", PyInt.of(janzone != julzone ? 1 : 0));
    }

    /** The zone names of the last tzset (C_TIME only), for %Z when a tuple carries none. */
    private static volatile String[] tzname = {"UTC", "UTC"};

    /**
     * timezone, altzone, daylight and tzname from C's localtime at the two instants
     * timemodule.c: init_timezone probes (this year's start, rounded down in units of 365 1/4
     * days, and half such a year later).
     */
    private static void setZoneConstantsFromC(PyDict d) {
        long year = (365L * 24 + 6) * 3600;
        long t = Math.floorDiv(Math.floorDiv(epochNanos(), 1_000_000_000L), year) * year;
        CTime.Tm jan = CTime.localtime(t);
        CTime.Tm jul = CTime.localtime(t + year / 2);
        if (jan == null || jul == null) {
            return;
        }
        long janzone = -jan.gmtoff();
        long julzone = -jul.gmtoff();
        String janname = jan.zone() == null ? "" : jan.zone();
        String julname = jul.zone() == null ? "" : jul.zone();
        String[] names;
        if (janzone < julzone) {
            // DST is reversed in the southern hemisphere
            d.setStr("timezone", PyInt.of(julzone));
            d.setStr("altzone", PyInt.of(janzone));
            names = new String[] {julname, janname};
        } else {
            d.setStr("timezone", PyInt.of(janzone));
            d.setStr("altzone", PyInt.of(julzone));
            names = new String[] {janname, julname};
        }
        tzname = names;
        d.setStr("tzname", PyTuple.of(PyStr.of(names[0]), PyStr.of(names[1])));
        d.setStr("daylight", PyInt.of(janzone != julzone ? 1 : 0));
    }

    /** The time zone abbreviation of the zone for %Z when the tuple carries none. */
    static String zoneName(int isdst) {
        if (C_TIME) {
            return tzname[isdst > 0 ? 1 : 0];
        }
        return TimeZone.getTimeZone(zone()).getDisplayName(isdst > 0, TimeZone.SHORT, Locale.US);
    }

    /** Local seconds of a broken-down time (for %s), as mktime would compute. */
    static long localSeconds(Tm tm) {
        if (C_TIME) {
            Long r = CTime.mktime(tm.year(), tm.mon(), tm.mday(), tm.hour(), tm.min(), tm.sec(), tm.isdst());
            if (r != null) {
                return r;
            }
        }
        long days = daysFromCivil(tm.year(), tm.mon(), 1) + tm.mday() - 1;
        long local = days * 86400L + tm.hour() * 3600L + tm.min() * 60L + tm.sec();
        try {
            LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
            return ldt.atZone(zone()).toEpochSecond();
        } catch (java.time.DateTimeException e) {
            return local;
        }
    }
}
