package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Subinterpreters (_xxsubinterpreters): each is a copy of pyvm in a class loader of its own
 * (SubInterpreterLoader), so its interpreter state is its own while the process's (file
 * descriptors, working directory) is shared; a destroyed one's classes can be collected;
 * and each in-process run starts with only the main interpreter.
 */
class SubinterpretersTest {

    private static final String ISOLATION = String.join("\n",
        "import sys, os, json, _xxsubinterpreters as I",
        "sys.setrecursionlimit(1234)",
        "sys.modules['marker'] = sys",
        "i = I.create()",
        "r, w = os.pipe()",
        "I.run_string(i, f'''import sys, os",
        "os.write({w}, repr((sys.getrecursionlimit(), 'marker' in sys.modules, 'json' in sys.modules,",
        "    sys.path[0] == {sys.path[0]!r})).encode())",
        "os.close({w})''')",
        "print(os.read(r, 100).decode())",
        "print(I.list_all())",
        "");

    @Test
    void stateIsPerInterpreterAndDescriptorsAreShared() throws Exception {
        InProcess.Result r = InProcess.run("-c", ISOLATION);
        assertEquals("(1000, False, False, True)\n[InterpreterID(0), InterpreterID(1)]\n", r.out(), r.err());
        // A new run in this JVM starts with the main interpreter alone.
        InProcess.Result again = InProcess.run("-c", "import _xxsubinterpreters as I; print(I.list_all())");
        assertEquals("[InterpreterID(0)]\n", again.out(), again.err());
    }

    @Test
    void destroyedInterpretersCanBeCollected() throws Exception {
        // Only this test's loaders: other tests in this JVM may hold interpreters of their own.
        java.util.List<java.lang.ref.WeakReference<ClassLoader>> earlier;
        synchronized (SubInterpreterLoader.MADE) {
            earlier = new java.util.ArrayList<>(SubInterpreterLoader.MADE);
        }
        InProcess.Result r = InProcess.run("-c", String.join("\n",
            "import os, _xxsubinterpreters as I, _xxinterpchannels as C",
            "c = C.create()",
            "for _ in range(3):",
            "    i = I.create()",
            "    I.run_string(i, 'import threading; t = threading.Thread(target=int); t.start(); t.join()')",
            // A pipe the subinterpreter made, read and closed here (this interpreter mirrors its entries).
            "    I.run_string(i, f'import os, _xxinterpchannels as C\\nr, w = os.pipe()\\nos.write(w, b\"x\")\\n'",
            "        f'os.close(w)\\nC.send({int(c)}, r)')",
            "    r = C.recv(c)",
            "    assert os.read(r, 1) == b'x'",
            "    os.close(r)",
            "    I.destroy(i)",
            "print(I.list_all())", ""));
        assertEquals("[InterpreterID(0)]\n", r.out(), r.err());
        boolean collected = false;
        for (int i = 0; i < 20 && !collected; i++) {
            System.gc();
            Thread.sleep(50);
            synchronized (SubInterpreterLoader.MADE) {
                collected = SubInterpreterLoader.MADE.stream().filter(ref -> !earlier.contains(ref))
                    .allMatch(ref -> ref.get() == null);
            }
        }
        assertTrue(collected, "a destroyed subinterpreter's class loader is still reachable");
    }
}
