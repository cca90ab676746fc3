package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.cli.Main;
import org.pyvm.testing.CPython;

/**
 * Every cmath function on a grid of 22 x 22 real and imaginary parts (zeros of both signs,
 * subnormals, values near the overflow thresholds, infinities, NaN), rect, log with a
 * base, isclose and the argument errors, on CPython 3.12 and on pyvm: every result's
 * float.hex (or exception and message) must be equal, bit for bit.
 */
class CmathOracleTest {

    static final String SCRIPT = """
        import cmath, math
        vals = [0.0, -0.0, 5e-324, -1e-310, 1e-5, 0.5, 1.0, -1.0, 1.5, 2.0, -3.25, 10.0, 1e10, -1e15, 1e300, -1e300,
                math.pi, 710.0, -720.0, float('inf'), float('-inf'), float('nan')]
        def show(v):
            if isinstance(v, complex):
                return v.real.hex() + ',' + v.imag.hex()
            if isinstance(v, tuple):
                return ','.join(x.hex() for x in v)
            if isinstance(v, float):
                return v.hex()
            return repr(v)
        names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh',
                 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
        for n in names:
            f = getattr(cmath, n)
            for a in vals:
                for b in vals:
                    try:
                        r = show(f(complex(a, b)))
                    except Exception as e:
                        r = type(e).__name__ + ':' + str(e)
                    print(n, a.hex(), b.hex(), r)
        for a in vals:
            for b in vals:
                for fn in (lambda: cmath.rect(a, b), lambda: cmath.log(complex(a, b), 2), lambda: cmath.log(2.5, complex(a, b)),
                           lambda: cmath.isclose(complex(a, b), complex(b, a)), lambda: cmath.isclose(complex(a, 1), 1, abs_tol=abs(b) if b == b else 0)):
                    try:
                        r = show(fn())
                    except Exception as e:
                        r = type(e).__name__ + ':' + str(e)
                    print('x', a.hex(), b.hex(), r)
        for bad in ['x', None, [1]]:
            try: cmath.sqrt(bad)
            except Exception as e: print(type(e).__name__, e)
        for bad in [lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 1, rel_tol=-1),
                    lambda: cmath.rect('a', 1), lambda: cmath.log(1, 'a'), lambda: cmath.log(1, 0), lambda: cmath.sqrt(10**400),
                    lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.exp(1000), lambda: cmath.log(0)]:
            try: print(show(bad()))
            except Exception as e: print(type(e).__name__, e)
        print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
        """;

    @Test
    void everyFunctionOnTheGridAgreesWithCPythonBitForBit(@TempDir Path dir) throws Exception {
        assumeTrue(CPython.present(), "skipped: no CPython 3.12 on this machine");
        Files.writeString(dir.resolve("grid.py"), SCRIPT);
        CPython.Result c = CPython.run(dir, "-c",
            "import py_compile; py_compile.compile('grid.py', cfile='grid.pyc', doraise=True)");
        assertEquals(0, c.status(), c.err());
        CPython.Result expected = CPython.run(dir, "grid.py");
        assertEquals(0, expected.status(), expected.err());
        String[] want = expected.out().split("\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(new String[] {dir.resolve("grid.pyc").toString()}, new ByteArrayInputStream(new byte[0]),
                po, pe);
        }
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String[] have = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertTrue(have.length >= want.length, "pyvm printed fewer lines");
        List<String> failures = new ArrayList<>();
        int differ = 0;
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals(have[i])) {
                differ++;
                if (failures.size() < 20) {
                    failures.add("CPython " + want[i] + "\n   pyvm    " + have[i]);
                }
            }
        }
        System.out.println("cmath oracle: " + want.length + " results, " + differ + " differ");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
