package org.pyvm.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.cli.Main;

/**
 * The JIT on small programs that reach its exits to the interpreter: an exception
 * handled in a compiled frame (the handler runs interpreted), an unhandled one (the
 * traceback has the compiled frames' lines), an unsupported instruction in the middle of
 * a loop, and sys.settrace switched on inside a compiled function. Each must print
 * exactly what the interpreter prints (-X jit=off), and the code must have been compiled.
 */
class JitTest {

    @TempDir
    Path dir;

    private static final String PROGRAM = """
        import sys
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        def loop(n):
            i = s = 0
            while i < n:
                s += i * 2 - 1
                i += 1
            return s
        def handled(d, k):
            try:
                return d[k]
            except KeyError as e:
                return 'missing ' + repr(e) + ' line ' + str(sys.exc_info()[2].tb_lineno)
        def exits(xs):
            out = []
            for x in xs:
                with open(__file__) as f:  # BEFORE_WITH and the cleanup run in the interpreter
                    pass
                out.append(f'{x:>3}')
            return out
        def lineno():
            return sys._getframe(1).f_lineno
        def caller():
            a = 1
            b = lineno()
            return a, b
        def traced():
            events = []
            def tr(frame, event, arg):
                events.append((frame.f_code.co_name, event))
                return tr
            sys.settrace(tr)
            x = lineno()
            sys.settrace(None)
            return x, events
        def deep(n):
            return deep(n + 1) + 1
        def boom(x):
            return x.missing_attribute
        print(fib(15), loop(1000), handled({1: 2}, 1), handled({}, 3))
        print(exits(range(3)), caller(), traced())
        try:
            deep(0)
        except RecursionError as e:
            print('recursion', e)
        boom(1)
        """;

    private String[] run(String... args) throws Exception {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, PROGRAM);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = p.toString();
        int[] status = {-1};
        Thread t = new Thread(null, () -> status[0] = Main.run(all, new ByteArrayInputStream(new byte[0]),
            new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8)),
            "jit-test", 1L << 28);
        t.start();
        t.join(60_000);
        return new String[] {o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), "" + status[0]};
    }

    @Test
    void compiledCodeBehavesAsTheInterpreter() throws Exception {
        String[] interpreted = run("-X", "jit=off");
        int before = Jit.compiledCount();
        String[] compiled = run("-X", "jit=0");
        assertTrue(Jit.compiledCount() > before, () -> "nothing was compiled: " + String.join(" | ", compiled));
        assertTrue(interpreted[0].contains("610 998000"), interpreted[0]);
        assertTrue(interpreted[1].contains("AttributeError: 'int' object has no attribute 'missing_attribute'"),
            interpreted[1]);
        assertEquals(interpreted[0], compiled[0]);
        assertEquals(interpreted[1], compiled[1]);
        assertEquals(interpreted[2], compiled[2]);
    }
}
