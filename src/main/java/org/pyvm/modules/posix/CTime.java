package org.pyvm.modules.posix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * Local time as the C library computes it: localtime_r, mktime and tzset through
 * java.lang.foreign. CPython's time module (and with it datetime's local-time code) asks
 * glibc, which reads TZ as a POSIX rule string ("EST+05EDT,M3.2.0,M11.1.0"), a zoneinfo
 * file name (":Europe/Paris", "/usr/share/zoneinfo/Asia/Tehran") or nothing
 * (/etc/localtime), with its own abbreviations ("+0330"), its own handling of invalid
 * values, and its own mktime rules for tm_isdst; java.time knows none of the first and
 * differs on the others. pyvm's environment ({@link Env}) is a copy that putenv changes, so
 * {@link #tzset} first copies its TZ into the C library's environment, as
 * os.environ['TZ'] = ...; time.tzset() does in CPython.
 */
public final class CTime {

    private CTime() {}

    /** glibc's struct tm on LP64: nine ints, padding, long tm_gmtoff, const char *tm_zone. */
    private static final long TM_SIZE = 56;
    private static final long GMTOFF = 40;
    private static final long ZONE = 48;

    /** Made on first use (see Libc.Fn): importing time needs localtime_r alone. */
    private static final class Handles {
        static final Libc.Fn LOCALTIME_R = Libc.lazyFunction("localtime_r",
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        static final Libc.Fn MKTIME = Libc.lazyFunction("mktime", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        static final Libc.Fn TZSET = Libc.lazyFunction("tzset", FunctionDescriptor.ofVoid());
        static final Libc.Fn SETENV = Libc.lazyFunction("setenv",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        static final Libc.Fn UNSETENV = Libc.lazyFunction("unsetenv", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /** Whether local time comes from the C library (otherwise the time module uses java.time). */
    public static boolean available() {
        try {
            return Libc.available() && Handles.LOCALTIME_R.get() != null && Libc.has("mktime")
                && Libc.has("tzset") && Libc.has("setenv") && Libc.has("unsetenv");
        } catch (Throwable e) {
            return false;
        }
    }

    /**
     * A broken-down local time: year (full), month 1-12, day, hour, minute, second, weekday
     * (C's: Sunday = 0), day of the year (0-based), isdst, UTC offset in seconds; and the
     * zone's abbreviation.
     */
    public record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst,
                     long gmtoff, String zone) {}

    /**
     * The TZ the C library's environment holds: the JVM's copy of the environment at start-up
     * until {@link #tzset} changes it (nothing else in pyvm calls setenv).
     */
    private static String cTz = System.getenv("TZ");

    /** Makes the C library's TZ pyvm's (or unset) and lets it read the zone again: C's tzset(). */
    public static synchronized void tzset() {
        String tz = Env.current().get("TZ");
        MethodHandle tzset = Handles.TZSET.get();
        MethodHandle setenv = Handles.SETENV.get();
        MethodHandle unsetenv = Handles.UNSETENV.get();
        Libc.call(tzset, "tzset", (st, a) -> {
            MemorySegment name = a.allocateFrom("TZ");
            if (tz == null) {
                int r = (int) unsetenv.invokeExact(st, name);
            } else {
                int r = (int) setenv.invokeExact(st, name, a.allocateFrom(tz, StandardCharsets.UTF_8), 1);
            }
            tzset.invokeExact(st);
            return 0;
        });
        cTz = tz;
    }

    /**
     * The time module's start: {@link #tzset} only when pyvm's TZ is not the one the C library
     * already reads (a program run in-process with an environment of its own); otherwise
     * localtime_r reads the zone on its first call, and no handle for setenv or tzset is made.
     */
    public static synchronized void syncTz() {
        if (!java.util.Objects.equals(Env.current().get("TZ"), cTz)) {
            tzset();
        }
    }

    /** localtime_r(T), or null when the C library cannot represent it (errno EOVERFLOW). */
    public static Tm localtime(long t) {
        Tm[] out = new Tm[1];
        MethodHandle localtimeR = Handles.LOCALTIME_R.get();
        Libc.call(localtimeR, "localtime_r", (st, a) -> {
            MemorySegment tt = a.allocate(JAVA_LONG);
            tt.set(JAVA_LONG, 0, t);
            MemorySegment tm = a.allocate(TM_SIZE, 8);
            MemorySegment r = (MemorySegment) localtimeR.invokeExact(st, tt, tm);
            if (r.address() == 0) {
                return 0;
            }
            out[0] = read(tm);
            return 0;
        });
        return out[0];
    }

    /**
     * C's mktime of the given fields (year full, month 1-12, yday and wday ignored as C
     * ignores them): the time_t, or null when mktime failed (-1 with the tm_wday sentinel
     * untouched, as timemodule.c: time_mktime tells an error from the second before 1970).
     */
    public static Long mktime(long year, int mon, int mday, int hour, int min, int sec, int isdst) {
        Long[] out = new Long[1];
        MethodHandle mktime = Handles.MKTIME.get();
        Libc.call(mktime, "mktime", (st, a) -> {
            MemorySegment tm = a.allocate(TM_SIZE, 8);
            int[] f = {sec, min, hour, mday, mon - 1, (int) (year - 1900), -1, 0, isdst};
            for (int i = 0; i < f.length; i++) {
                tm.set(JAVA_INT, 4L * i, f[i]);
            }
            long r = (long) mktime.invokeExact(st, tm);
            if (r == -1 && tm.get(JAVA_INT, 24) == -1) {
                return 0;
            }
            out[0] = r;
            return 0;
        });
        return out[0];
    }

    private static Tm read(MemorySegment tm) {
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) {
            f[i] = tm.get(JAVA_INT, 4L * i);
        }
        long gmtoff = tm.get(JAVA_LONG, GMTOFF);
        MemorySegment z = tm.get(ADDRESS, ZONE);
        String zone = z.address() == 0 ? null : z.reinterpret(256).getString(0, StandardCharsets.UTF_8);
        return new Tm(f[5] + 1900L, f[4] + 1, f[3], f[2], f[1], f[0], f[6], f[7], f[8], gmtoff, zone);
    }
}
