package org.pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pyvm.ast.AstDump;
import org.pyvm.testing.CPython;

/** The 'eval' and 'single' modes against CPython's ast.parse(src, mode=...). */
class ModesTest {
    static final List<String[]> CASES = List.of(
        new String[] {"eval", "1 + 2"}, new String[] {"eval", "a, b"}, new String[] {"eval", "x if y else z\n\n"},
        new String[] {"eval", "lambda: (yield)"}, new String[] {"eval", "*a"}, new String[] {"eval", "a = 1"},
        new String[] {"eval", ""}, new String[] {"eval", "(a,\n b)"}, new String[] {"eval", "f(x)["},
        new String[] {"single", "x = 1"}, new String[] {"single", "if x:\n    y\n"}, new String[] {"single", "1; 2"},
        new String[] {"single", "x = 1\ny = 2"}, new String[] {"single", ""}, new String[] {"single", "\n"},
        new String[] {"single", "def f(): pass\n\n"}, new String[] {"single", "f(x)\n"},
        new String[] {"single", "@d\nclass C: pass\n"});

    static String ours(String mode, String src) {
        try {
            return AstDump.dump(mode.equals("eval") ? Parser.parseExpression(src, "<unknown>")
                : Parser.parseInteractive(src, "<unknown>"));
        } catch (PySyntaxError e) {
            return e.kind() + " " + e.msg() + " " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " "
                + e.endOffset();
        }
    }

    @Test
    void modesMatchCPython() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12");
        StringBuilder script = new StringBuilder("import ast\nfor mode, src in [");
        for (String[] c : CASES) {
            script.append("(").append(pyStr(c[0])).append(", ").append(pyStr(c[1])).append("), ");
        }
        script.append("]:\n    try: print(ast.dump(ast.parse(src, mode=mode), include_attributes=True))\n"
            + "    except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)\n");
        CPython.Result r = CPython.run(Path.of("."), "-c", script.toString());
        String[] want = r.out().split("\n");
        StringBuilder got = new StringBuilder();
        StringBuilder exp = new StringBuilder();
        for (int i = 0; i < CASES.size(); i++) {
            exp.append(want[i]).append('\n');
            got.append(ours(CASES.get(i)[0], CASES.get(i)[1])).append('\n');
        }
        assertEquals(exp.toString(), got.toString());
    }

    private static String pyStr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("'", "\\'") + "'";
    }
}
