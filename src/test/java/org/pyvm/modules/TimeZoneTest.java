package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyvm.testing.CPython;

/**
 * localtime, mktime (with isdst -1, 0, 1 in ordinary, skipped and repeated hours),
 * timezone/altzone/daylight/tzname and %Z/%z in several zones, against CPython with the
 * same TZ, which both get through os.environ and time.tzset() (pyvm, run in-process, puts
 * the previous TZ back at the end).
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
        Files.writeString(dir.resolve("zone.py"), "import os, time\nsaved = os.environ.get('TZ')\n"
            + "os.environ['TZ'] = '" + zone + "'\ntime.tzset()\ntry:\n" + BODY.indent(4)
            + "finally:\n    os.environ.pop('TZ', None) if saved is None else os.environ.update(TZ=saved)\n"
            + "    time.tzset()\n");
        CPython.Result c = CPython.run(dir, "-c",
            "import py_compile; py_compile.compile('zone.py', cfile='zone.pyc', doraise=True)");
        assertEquals(0, c.status(), c.err());
        CPython.Result expected = CPython.run(dir, "zone.py");
        assertEquals(0, expected.status(), expected.err());
        String got = MathOracleTest.runPyvm(dir.resolve("zone.pyc"));
        assertEquals(expected.out(), got, "time in zone " + zone);
    }
}
