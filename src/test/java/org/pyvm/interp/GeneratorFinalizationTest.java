package org.pyvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyvm.modules.Setup;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.GenFinalizer;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * A suspended generator that becomes unreachable is closed (its finally block runs) once
 * the collector has found it, at the next safe point; generators still suspended at exit
 * are closed then. (CPython closes at once through reference counting; see GenFinalizer.)
 */
class GeneratorFinalizationTest {

    private static PyDict globals;

    private static void exec(String src) {
        byte[] b = src.getBytes(StandardCharsets.UTF_8);
        PyCode code = new PyCode(org.pyvm.compiler.Compiler.compileModule(
            org.pyvm.parser.Parser.parseFile(b, "<gen-fin>"), "<gen-fin>"));
        CodeRunner.get().exec(code, globals, globals);
    }

    private static String log() {
        return Abstract.repr(globals.getStr("log")).value();
    }

    @Test
    void unreachableGeneratorsAreClosedAfterCollection() throws Exception {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Interpreter.install();
        Setup.init(List.of("t"), new ArrayList<>(), out, out);
        globals = new PyDict();
        globals.setStr("__name__", PyStr.of("__main__"));
        globals.setStr("__builtins__", PyRuntime.builtinModule("builtins"));
        exec("""
            log = []
            def g(tag):
                try:
                    yield 1
                    yield 2
                finally:
                    log.append(tag)
            def plain():
                yield 1
                yield 2
            for x in g("broken"):
                break
            for x in plain():
                break
            kept = g("kept")
            next(kept)
            """);
        assertEquals("[]", log(), "nothing closed before a collection");
        for (int i = 0; i < 50 && log().equals("[]"); i++) {
            System.gc();
            Thread.sleep(10);
            exec("def touch():\n    yield\ntouch()\n");
        }
        assertEquals("['broken']", log(), "the unreachable generator was closed, the kept one not");
        exec("next(kept)");
        GenFinalizer.atExit();
        assertEquals("['broken', 'kept']", log(), "at exit the still suspended one is closed too");
    }
}
