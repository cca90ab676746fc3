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

    /** (mode, flags, source): the end of the input, with codeop's flags (0x4200) or without. */
    static final List<String[]> END_CASES;

    static {
        List<String> sources = List.of("1 +", "1 +\n", "(1,", "x = ", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n",
            "for x in y: pass\nprint(1)", "x=1\ny=2", "x=1;y=2", "a b", "", "\n", "#c", "pass\n\n",
            "if 1:\n  x\nelse:", "\"\"\"abc", "'abc", "[1,\n2", "x = (1 +\n", "f(", "1\n2", "@d", "class C:\n  def f(self):");
        java.util.ArrayList<String[]> cases = new java.util.ArrayList<>();
        for (String src : sources) {
            for (String mode : List.of("exec", "eval", "single")) {
                cases.add(new String[] {mode, "0", src});
            }
            cases.add(new String[] {"single", "16896", src});
            cases.add(new String[] {"exec", "16896", src});
        }
        END_CASES = List.copyOf(cases);
    }

    @Test
    void endOfInputMatchesCPython() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12");
        StringBuilder script = new StringBuilder("for mode, flags, src in [");
        for (String[] c : END_CASES) {
            script.append("(").append(pyStr(c[0])).append(", ").append(c[1]).append(", ").append(pyStr(c[2]))
                .append("), ");
        }
        script.append("]:\n    try: compile(src, '<unknown>', mode, flags); print('OK')\n"
            + "    except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset,"
            + " 'None' if e.text is None else '[' + e.text.replace('\\n', '|') + ']')\n");
        CPython.Result r = CPython.run(Path.of("."), "-c", script.toString());
        String[] want = r.out().split("\n");
        StringBuilder got = new StringBuilder();
        StringBuilder exp = new StringBuilder();
        for (int i = 0; i < END_CASES.size(); i++) {
            String[] c = END_CASES.get(i);
            exp.append(pyStr(c[2])).append(' ').append(c[0]).append(' ').append(c[1]).append(": ").append(want[i])
                .append('\n');
            String res;
            try {
                Parser.parseMode(c[2].getBytes(java.nio.charset.StandardCharsets.UTF_8), "<unknown>", false, c[0],
                    Integer.parseInt(c[1]));
                res = "OK";
            } catch (PySyntaxError e) {
                res = e.kind() + " " + e.msg() + " " + e.lineno() + " " + num(e.offset()) + " " + num(e.endLineno()) + " "
                    + num(e.endOffset()) + " " + (e.text() == null ? "None" : "[" + e.text().replace("\n", "|") + "]");
            }
            got.append(pyStr(c[2])).append(' ').append(c[0]).append(' ').append(c[1]).append(": ").append(res)
                .append('\n');
        }
        assertEquals(exp.toString(), got.toString());
    }

    private static String num(int n) {
        return n == PySyntaxError.NONE ? "None" : Integer.toString(n);
    }

    private static String pyStr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("'", "\\'") + "'";
    }
}
