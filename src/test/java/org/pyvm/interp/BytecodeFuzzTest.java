package org.pyvm.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.MarshalException;
import org.pyvm.bytecode.MarshalReader;
import org.pyvm.bytecode.Opcode;
import org.pyvm.modules.Setup;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.testing.CPython;

/**
 * Runs mutated real code objects (co_code bytes, opcodes, constants, names, exception
 * table, stack size; fixed seed) on the interpreter with a time limit. Whatever the
 * bytecode, a run must end with a result or a Python exception (SystemError for bytecode
 * the interpreter cannot make sense of, KeyboardInterrupt when the time limit interrupts
 * a loop), never a Java exception or error escaping, never a thread that will not stop.
 * CPython itself may crash on such code; pyvm must not. The code objects are compiled by
 * CPython 3.12 when it is present (by pyvm's compiler, which makes the same bytecode,
 * otherwise).
 */
class BytecodeFuzzTest {

    @TempDir
    Path tmp;

    /** About 5 s; -Dpyvm.fuzz.mutants=N and -Dpyvm.fuzz.seed=S for a longer or another search. */
    static final int MUTANTS = Integer.getInteger("pyvm.fuzz.mutants", 1500);
    static final long SEED = Long.getLong("pyvm.fuzz.seed", 0x5eed_c0deL);

    /** Small programs using many opcodes: loops, handlers, with, generators, closures, classes, match. */
    static final String[] SNIPPETS = {
        """
        def f(n):
            t = 0
            for i in range(n):
                if i % 3 == 0:
                    continue
                t += i * 2
            return t
        x = [f(k) for k in range(5)]
        y = {k: v for k, v in zip("abc", x)}
        """,
        """
        class A:
            def __init__(self, v):
                self.v = v
            def __add__(self, o):
                return A(self.v + o.v)
            @property
            def double(self):
                return self.v * 2
        a = A(1) + A(2)
        r = (a.double, str(a.v), [a.v] * 2)
        """,
        """
        def g():
            try:
                yield 1
                yield 2
            finally:
                z = 3
        out = []
        for v in g():
            out.append(v)
        try:
            1 / 0
        except ZeroDivisionError as e:
            out.append(type(e).__name__)
        finally:
            out.append("done")
        """,
        """
        def outer():
            c = 0
            def inner(k=1, *args, **kw):
                nonlocal c
                c += k
                return c, args, kw
            inner(2, 3, x=4)
            return inner()
        res = outer()
        s = f"{res!r:>20} {len(res)}"
        """,
        """
        class CM:
            def __enter__(self):
                return self
            def __exit__(self, *a):
                return True
        with CM() as m:
            raise ValueError("x")
        def m(v):
            match v:
                case [1, *rest]:
                    return rest
                case {"k": w}:
                    return w
                case str() | bytes():
                    return "s"
                case _:
                    return None
        ms = [m([1, 2]), m({"k": 5}), m("a"), m(3)]
        """,
        """
        async def co(n):
            return n + 1
        async def main():
            t = 0
            for i in range(3):
                t += await co(i)
            return t
        c = main()
        try:
            c.send(None)
        except StopIteration as e:
            v = e.value
        a, *b = [1, 2, 3]
        d = {**{"a": 1}, "b": 2}
        u = {*b, a}
        del a
        """,
        """
        def deep(n):
            return n if n < 1 else deep(n - 1) + 1
        total = deep(30)
        g = (i * i for i in range(10) if i & 1)
        total += sum(g)
        s = "abc"[::-1] + "-".join(map(str, range(3)))
        while total > 0:
            total -= 7
        assert total <= 0, "negative"
        """,
    };

    /** Compiles the snippets with CPython in one process (marshal.dumps as hex), or with pyvm's compiler. */
    private List<CodeObject> compile() throws Exception {
        List<CodeObject> out = new ArrayList<>();
        if (CPython.present()) {
            StringBuilder script = new StringBuilder("import marshal\nsrcs = [\n");
            for (String s : SNIPPETS) {
                script.append("    ").append(pyLiteral(s)).append(",\n");
            }
            script.append("]\nfor i, s in enumerate(srcs):\n")
                .append("    print(marshal.dumps(compile(s, f'<fuzz{i}>', 'exec')).hex())\n");
            java.nio.file.Files.writeString(tmp.resolve("c.py"), script);
            CPython.Result r = CPython.run(tmp, "c.py");
            assertTrue(r.status() == 0, r.err());
            for (String line : r.out().strip().split("\n")) {
                out.add((CodeObject) MarshalReader.loads(HexFormat.of().parseHex(line.strip())));
            }
        } else {
            for (int i = 0; i < SNIPPETS.length; i++) {
                byte[] src = SNIPPETS[i].getBytes(StandardCharsets.UTF_8);
                out.add(org.pyvm.compiler.Compiler.compileModule(org.pyvm.parser.Parser.parseFile(src, "<fuzz" + i + ">"),
                    "<fuzz" + i + ">"));
            }
        }
        return out;
    }

    private static String pyLiteral(String s) {
        StringBuilder b = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\'' -> b.append("\\'");
                case '\\' -> b.append("\\\\");
                default -> b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    /** Every code object of the tree (the module first), depth first. */
    private static void collect(CodeObject co, List<CodeObject> into) {
        into.add(co);
        for (Object c : co.consts()) {
            if (c instanceof CodeObject sub) {
                collect(sub, into);
            }
        }
    }

    /** ROOT with TARGET (somewhere in its tree) replaced by REPLACEMENT. */
    private static CodeObject replace(CodeObject root, CodeObject target, CodeObject replacement) {
        if (root == target) {
            return replacement;
        }
        Object[] consts = root.consts();
        boolean changed = false;
        for (int i = 0; i < consts.length; i++) {
            if (consts[i] instanceof CodeObject sub) {
                CodeObject r = replace(sub, target, replacement);
                if (r != sub) {
                    consts[i] = r;
                    changed = true;
                }
            }
        }
        return changed ? root.toBuilder().consts(consts).build() : root;
    }

    /** One mutation of CO. */
    private static CodeObject mutate(CodeObject co, Random rnd) {
        CodeObject.Builder b = co.toBuilder();
        byte[] code = co.code();
        switch (rnd.nextInt(7)) {
            case 0 -> {
                // Random bytes anywhere (opcodes, arguments, caches).
                for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                    code[rnd.nextInt(code.length)] = (byte) rnd.nextInt(256);
                }
                b.code(code);
            }
            case 1 -> {
                // A real opcode in place of another, keeping the argument.
                int at = 2 * rnd.nextInt(code.length / 2);
                int op;
                do {
                    op = rnd.nextInt(256);
                } while (Opcode.name(op) == null || Opcode.name(op).startsWith("<"));
                code[at] = (byte) op;
                b.code(code);
            }
            case 2 -> {
                // A different argument.
                int at = 2 * rnd.nextInt(code.length / 2) + 1;
                code[at] = (byte) (rnd.nextBoolean() ? rnd.nextInt(8) : rnd.nextInt(256));
                b.code(code);
            }
            case 3 -> {
                Object[] consts = co.consts();
                if (consts.length > 1) {
                    int i = rnd.nextInt(consts.length);
                    int j = rnd.nextInt(consts.length);
                    Object t = consts[i];
                    consts[i] = consts[j];
                    consts[j] = t;
                    b.consts(rnd.nextBoolean() ? consts : java.util.Arrays.copyOf(consts, consts.length - 1));
                }
            }
            case 4 -> {
                String[] names = co.names();
                if (names.length > 0) {
                    b.names(java.util.Arrays.copyOf(names, rnd.nextInt(names.length)));
                }
            }
            case 5 -> {
                byte[] et = co.exceptiontable();
                if (et.length > 0) {
                    if (rnd.nextBoolean()) {
                        et[rnd.nextInt(et.length)] = (byte) rnd.nextInt(256);
                        b.exceptiontable(et);
                    } else {
                        b.exceptiontable(java.util.Arrays.copyOf(et, rnd.nextInt(et.length)));
                    }
                } else {
                    b.exceptiontable(new byte[] {(byte) rnd.nextInt(256), (byte) rnd.nextInt(256)});
                }
            }
            default -> b.stacksize(rnd.nextInt(4) == 0 ? co.stacksize() + rnd.nextInt(50) : rnd.nextInt(3));
        }
        return b.build();
    }

    @Test
    void mutatedBytecodeEndsInAResultOrAPythonException() throws Exception {
        List<CodeObject> programs = compile();
        Random rnd = new Random(SEED);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream devnull = new PrintStream(sink, true, StandardCharsets.UTF_8);
        Interpreter.install();
        Setup.init(List.of("fuzz"), new ArrayList<>(List.of(tmp.toString())), devnull, devnull);
        List<String> failures = new ArrayList<>();
        int ran = 0;
        int refused = 0;
        int pyErrors = 0;
        int interrupted = 0;
        java.util.TreeMap<String, Integer> kinds = new java.util.TreeMap<>();
        for (int n = 0; n < MUTANTS && failures.size() < 10; n++) {
            int which = rnd.nextInt(programs.size());
            CodeObject root = programs.get(which);
            List<CodeObject> all = new ArrayList<>();
            collect(root, all);
            CodeObject target = all.get(rnd.nextInt(all.size()));
            CodeObject mutant;
            try {
                mutant = replace(root, target, mutate(target, rnd));
            } catch (MarshalException | IllegalArgumentException e) {
                refused++; // the code-object constructor refuses it, as CPython's code() would
                continue;
            }
            sink.reset();
            Outcome o = run(mutant);
            ran++;
            switch (o.kind) {
                case OK -> { }
                case PYTHON -> {
                    pyErrors++;
                    String k = o.detail.substring(0, Math.max(0, o.detail.indexOf(':')));
                    if (o.detail.contains("pyvm internal error")) {
                        k = "SystemError (internal: " + o.detail.replaceAll(".*internal error: ([A-Za-z.]+).*", "$1") + ")";
                    }
                    kinds.merge(k, 1, Integer::sum);
                    if (o.detail.startsWith("KeyboardInterrupt")) {
                        interrupted++;
                    }
                }
                default -> failures.add("mutant " + n + " of snippet " + which + " (" + target.name() + "): " + o.kind
                    + " " + o.detail);
            }
        }
        System.out.println("[bytecode fuzz] " + ran + " ran (" + pyErrors + " ended in a Python exception, "
            + interrupted + " interrupted by the time limit), " + refused + " refused by the code constructor; "
            + kinds);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    enum Kind { OK, PYTHON, JAVA, HANG }

    record Outcome(Kind kind, String detail) {}

    /** Runs CODE as a module on its own thread; interrupts it after a time limit. */
    private static Outcome run(CodeObject code) throws InterruptedException {
        Outcome[] result = new Outcome[1];
        Thread t = new Thread(null, () -> {
            try {
                PyCode pc = new PyCode(code);
                PyDict g = new PyDict();
                g.setStr("__name__", PyStr.of("__fuzz__"));
                g.setStr("__builtins__", PyRuntime.builtinModule("builtins"));
                CodeRunner.get().exec(pc, g, g);
                result[0] = new Outcome(Kind.OK, "");
            } catch (PyBaseException e) {
                result[0] = new Outcome(Kind.PYTHON, e.type().getName() + ": " + e.getMessage());
            } catch (Throwable e) {
                StackTraceElement[] st = e.getStackTrace();
                result[0] = new Outcome(Kind.JAVA, e + (st.length > 0 ? " at " + st[0] : ""));
            }
        }, "fuzz", 256L << 20);
        t.setDaemon(true);
        t.start();
        t.join(400);
        if (t.isAlive()) {
            // Interrupt until it stops (a handler may catch the first KeyboardInterrupt), for up to 3 s.
            for (int i = 0; i < 60 && t.isAlive(); i++) {
                t.interrupt();
                t.join(50);
            }
            if (t.isAlive()) {
                StackTraceElement[] st = t.getStackTrace();
                return new Outcome(Kind.HANG, st.length > 0 ? "at " + st[0] : "");
            }
        }
        return result[0] == null ? new Outcome(Kind.JAVA, "no outcome") : result[0];
    }
}
