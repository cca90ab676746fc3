package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.parser.Parser;
import org.pyvm.testing.CPython;

/**
 * The errors CPython's compiler and symbol table raise (not the parser's): for each
 * snippet, our {@link CompileError}'s class, message, line and column must be those of
 * CPython 3.12's {@code compile()}.
 */
class CompileErrorsTest {

    static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("return_outside", "x = 1\nreturn x\n");
        CASES.put("break_outside", "if x:\n    break\n");
        CASES.put("continue_outside", "continue\n");
        CASES.put("await_outside_async", "def f():\n    await x\n");
        CASES.put("await_module", "await x\n");
        CASES.put("yield_outside", "class C:\n    yield 1\n");
        CASES.put("nonlocal_no_binding", "def f():\n    nonlocal x\n");
        CASES.put("nonlocal_module", "nonlocal x\n");
        CASES.put("used_before_global", "def f():\n    print(x)\n    global x\n");
        CASES.put("assigned_before_global", "def f():\n    x = 1\n    global x\n");
        CASES.put("param_global", "def f(x):\n    global x\n");
        CASES.put("param_nonlocal", "def g():\n    x = 1\n    def f(x):\n        nonlocal x\n");
        CASES.put("nonlocal_and_global", "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n");
        CASES.put("duplicate_argument", "def f(a, a):\n    pass\n");
        CASES.put("default_except_last", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n");
        CASES.put("return_async_gen", "async def f():\n    yield 1\n    return 2\n");
        CASES.put("async_for_outside", "def f():\n    async for x in y:\n        pass\n");
        CASES.put("async_with_outside", "def f():\n    async with x:\n        pass\n");
        CASES.put("yield_in_listcomp", "def f():\n    return [(yield x) for x in y]\n");
        CASES.put("star_assign", "*a = 1\n");
        CASES.put("two_stars", "a, *b, *c = d\n");
        CASES.put("keyword_repeated", "f(a=1, a=2)\n");
        CASES.put("import_star_function", "def f():\n    from os import *\n");
        CASES.put("future_late", "x = 1\nfrom __future__ import annotations\n");
        CASES.put("future_unknown", "from __future__ import nonsense\n");
        CASES.put("break_in_except_star", "for x in y:\n    try:\n        pass\n    except* E:\n        break\n");
        CASES.put("match_irrefutable", "match x:\n    case y:\n        pass\n    case 1:\n        pass\n");
        CASES.put("match_wildcard", "match x:\n    case _:\n        pass\n    case 1:\n        pass\n");
        CASES.put("match_duplicate_name", "match x:\n    case [a, a]:\n        pass\n");
        CASES.put("match_or_names", "match x:\n    case [a] | 1:\n        pass\n");
        CASES.put("walrus_comp_iter", "[i := 0 for i in range(3)]\n");
        CASES.put("walrus_class_comp", "class C:\n    [(y := 1) for x in z]\n");
        CASES.put("annotated_global", "def f():\n    global x\n    x: int = 1\n");
    }

    @Test
    void errorsAreCPythons(@TempDir Path tmp) throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12");
        StringBuilder script = new StringBuilder("import sys, warnings\nwarnings.simplefilter('ignore')\n"
            + "for p in sys.argv[1:]:\n    try:\n        compile(open(p, encoding='utf-8').read(), p, 'exec')\n"
            + "        print('OK')\n    except SyntaxError as e:\n"
            + "        print('%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset))\n");
        Path py = tmp.resolve("errs.py");
        Files.writeString(py, script);
        List<String> args = new ArrayList<>();
        args.add(py.toString());
        for (var e : CASES.entrySet()) {
            Path f = tmp.resolve(e.getKey() + ".py");
            Files.writeString(f, e.getValue());
            args.add(f.toString());
        }
        CPython.Result r = CPython.run(tmp, args.toArray(new String[0]));
        List<String> expected = r.out().lines().toList();
        assertEquals(CASES.size(), expected.size(), r.err());
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (var e : CASES.entrySet()) {
            String want = expected.get(i++);
            String got;
            try {
                Compiler.compileModule(Parser.parseString(e.getValue(), e.getKey() + ".py"), e.getKey() + ".py");
                got = "OK";
            } catch (CompileError ce) {
                got = ce.pyType() + "|" + ce.getMessage() + "|" + ce.lineno() + "|" + ce.offset();
            } catch (org.pyvm.parser.PySyntaxError pe) {
                got = pe.kind() + "|" + pe.msg() + "|" + pe.lineno() + "|" + pe.offset();
            }
            if (!got.equals(want)) {
                wrong.add(e.getKey() + ": expected " + want + ", got " + got);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
