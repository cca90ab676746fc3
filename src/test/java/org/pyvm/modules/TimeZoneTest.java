package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyvm.testing.CPython;

/**
 * localtime, mktime (with isdst -1, 0, 1 in ordinary, skipped and repeated hours),
 * timezone/altzone/daylight/tzname and %Z/%z in several zones, against CPython with the
 * same TZ. CPython gets the zone through os.environ and time.tzset(); pyvm, run
 * in-process, through the JVM's default time zone.
 */
class TimeZoneTest {

    static final String BODY = """
        import time
        print(time.timezone, time.altzone, time.daylight, time.tzname)
        for t in [0, 1709211909, 1719211909, 1e9, 2**31, 1711846800, 1729990800]:
            lt = time.localtime(t)
            print(lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.strftime('%Z %z %c', lt), time.ctime(t))
        for tup in [(2024, 13, 40, 25, 61, 0, 0, 0, 0), (2024, 7, 1, 12, 0, 0, 0, 0, 0), (2024, 7, 1, 12, 0, 0, 0, 0, 1),
                    (2024, 1, 1, 12, 0, 0, 0, 0, 1), (2024, 1, 1, 12, 0, 0, 0, 0, -1), (2024, 7, 1, 12, 0, 0, 0, 0, -1),
                    (2024, 10, 27, 2, 30, 0, 0, 0, 1), (2024, 10, 27, 2, 30, 0, 0, 0, 0), (2024, 3, 31, 2, 30, 0, 0, 0, 0),
                    (2024, 3, 31, 2, 30, 0, 0, 0, 1), (2024, 4, 7, 2, 30, 0, 0, 0, 1), (2024, 10, 6, 2, 30, 0, 0, 0, 0),
                    (2024, 11, 3, 1, 30, 0, 0, 0, -1), (2024, 11, 3, 1, 30, 0, 0, 0, 1)]:
            print(tup, time.mktime(tup))
        """;

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata"})
    void localTimeAgreesWithCPython(String zone, @TempDir Path dir) throws Exception {
        assumeTrue(CPython.present(), "skipped: no CPython 3.12 on this machine");
        Files.writeString(dir.resolve("zone.py"), BODY);
        CPython.Result c = CPython.run(dir, "-c",
            "import py_compile; py_compile.compile('zone.py', cfile='zone.pyc', doraise=True)");
        assertEquals(0, c.status(), c.err());
        CPython.Result expected = CPython.run(dir, "-c", "import os, time; os.environ['TZ'] = '" + zone
            + "'; time.tzset(); exec(open('zone.py').read())");
        assertEquals(0, expected.status(), expected.err());
        TimeZone saved = TimeZone.getDefault();
        String got;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            got = MathOracleTest.runPyvm(dir.resolve("zone.pyc"));
        } finally {
            TimeZone.setDefault(saved);
        }
        assertEquals(expected.out(), got, "time in zone " + zone);
    }
}
