package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Interpreters run one after another in this JVM (as the in-process golden runs do) do not
 * see each other's classes among a builtin type's {@code __subclasses__()}, though the
 * collector may not yet have cleared the earlier ones; classes the runtime shares between
 * interpreters (ast's node classes) stay listed in each.
 */
class InterpreterIsolationTest {

    private static final String SHOW = "import ast\n"
        + "print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))\n"
        + "print(sorted(c.__name__ for c in ast.AST.__subclasses__())[:3])\n";

    @Test
    void earlierInterpretersClassesAreNotSubclasses() throws Exception {
        InProcess.Result first = InProcess.run("-c", "import decimal\n"
            + "class Leftover(ArithmeticError): pass\nkeep = [Leftover, decimal.DecimalException]\n" + SHOW);
        assertEquals("['DecimalException', 'FloatingPointError', 'Leftover', 'OverflowError', 'ZeroDivisionError']\n"
            + "['alias', 'arg', 'arguments']\n", first.out(), first.err());
        InProcess.Result second = InProcess.run("-c", SHOW);
        assertEquals("['FloatingPointError', 'OverflowError', 'ZeroDivisionError']\n"
            + "['alias', 'arg', 'arguments']\n", second.out(), second.err());
    }
}
