package org.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Disassembler} prints what CPython's {@code dis} prints, for the code of several Lib modules. */
class DisassemblerTest {

    @TempDir
    Path tmp;

    static final String MODULES = "json.decoder string textwrap fractions dataclasses argparse typing asyncio.tasks "
        + "statistics _pydecimal";

    // Constants of every kind, so that their reprs are compared too.
    static final String EXTRA = """
        def consts():
            return (1.5, 1e16, 1e-5, 0.0001, -0.0, 1e300, 12345678901234567890, 2j, (1-2.5j), -1j, 1e22j,
                    'it\\'s', "q\\"", 'tab\\t\\x00\\x7f\\x80\\u00e9\\u2028\\U0001f600\\ud800', b'\\x00\\'"',
                    frozenset({1}), (1,), (), ..., None, True, float('inf'), float('nan'))
        def f(a, *, b=2, **k):
            x = [i for i in a if i]
            try:
                return f'{a!r:>10}{b}' + consts()[0]
            except (ValueError, TypeError) as e:
                raise RuntimeError from e
            finally:
                del x
        """;

    @Test
    void disassemblyMatchesCPython() throws Exception {
        Files.writeString(tmp.resolve("extra.py"), EXTRA);
        String out = PyOracle.run(tmp, """
            import sys, os, dis, io, marshal, importlib.util, re
            def walk(co):
                yield co
                for c in co.co_consts:
                    if hasattr(c, 'co_code'): yield from walk(c)
            paths = [importlib.util.find_spec(m).origin for m in sys.argv[1].split()] + ['extra.py']
            for i, path in enumerate(paths):
                co = compile(open(path, encoding='utf-8').read(), path, 'exec')
                open('%d.bin' % i, 'wb').write(marshal.dumps(co))
                for c in walk(co):
                    buf = io.StringIO()
                    dis.disassemble(c, file=buf)
                    print('=====', c.co_qualname)
                    print(re.sub(r' at 0x[0-9a-f]+', ' at 0x?', buf.getvalue()), end='')
            """, MODULES);
        StringBuilder ours = new StringBuilder();
        int files = MODULES.split(" ").length + 1;
        int count = 0;
        for (int i = 0; i < files; i++) {
            CodeObject top = (CodeObject) MarshalReader.loads(Files.readAllBytes(tmp.resolve(i + ".bin")));
            List<CodeObject> all = new ArrayList<>();
            walk(top, all);
            for (CodeObject c : all) {
                ours.append("===== ").append(c.qualname()).append('\n')
                    .append(Disassembler.disassemble(c).replaceAll(" at 0x[0-9a-f]+", " at 0x?"));
                count++;
            }
        }
        List<String> theirs = out.lines().map(DisassemblerTest::sortSets).toList();
        List<String> mine = ours.toString().lines().map(DisassemblerTest::sortSets).toList();
        for (int i = 0; i < Math.min(theirs.size(), mine.size()); i++) {
            if (!theirs.get(i).equals(mine.get(i))) {
                int from = Math.max(0, i - 5);
                assertEquals(String.join("\n", theirs.subList(from, Math.min(theirs.size(), i + 3))),
                    String.join("\n", mine.subList(from, Math.min(mine.size(), i + 3))), "first difference at line " + i);
            }
        }
        assertEquals(theirs.size(), mine.size());
        assertTrue(count > 500, "only " + count + " code objects");
    }

    @Test
    void disRecursesWithHeaders() {
        CodeObject inner = CodeObject.builder().name("g").qualname("f.<locals>.g").filename("t.py").firstlineno(2)
            .code(new byte[] {(byte) Opcode.RETURN_CONST, 0}).consts(new Object[] {Constant.NONE}).build();
        CodeObject outer = CodeObject.builder().name("f").qualname("f").filename("t.py")
            .code(new byte[] {(byte) Opcode.RETURN_CONST, 0}).consts(new Object[] {inner}).build();
        String text = Disassembler.dis(outer).replaceAll(" at 0x[0-9a-f]+", " at 0x?");
        assertEquals("""
                      0 RETURN_CONST             0 (<code object g at 0x?, file "t.py", line 2>)

            Disassembly of <code object g at 0x?, file "t.py", line 2>:
                      0 RETURN_CONST             0 (None)
            """, text);
    }

    // A frozenset's repr follows CPython's hash order, which we do not reproduce: compare
    // the items sorted (they are simple constants without ", " inside).
    private static String sortSets(String line) {
        var m = java.util.regex.Pattern.compile("frozenset\\(\\{([^{}]*)\\}\\)").matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> items = new ArrayList<>(List.of(m.group(1).split(", ")));
            java.util.Collections.sort(items);
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement("frozenset({" + String.join(", ", items) + "})"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void walk(CodeObject c, List<CodeObject> out) {
        out.add(c);
        for (Object k : c.consts()) {
            if (k instanceof CodeObject inner) {
                walk(inner, out);
            }
        }
    }
}
