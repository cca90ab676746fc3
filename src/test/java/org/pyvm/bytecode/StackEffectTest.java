package org.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StackEffect} against {@code dis.stack_effect} for every opcode, many arguments, each jump mode. */
class StackEffectTest {

    @TempDir
    Path tmp;

    static final int[] ARGS = {0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 31, 255, 256, 259, 513, 1000};

    @Test
    void everyOpcodeMatchesCPython() throws Exception {
        String out = PyOracle.run(tmp, """
            import dis, opcode, sys
            args = [int(a) for a in sys.argv[1].split(',')]
            for name, op in sorted(dis._all_opmap.items(), key=lambda kv: kv[1]):
                for arg in (args if op in opcode.hasarg else [0]):
                    row = []
                    for jump in (None, True, False):
                        try:
                            e = dis.stack_effect(op, arg if op in opcode.hasarg else None, jump=jump)
                        except ValueError:
                            e = 'X'
                        row.append(str(e))
                    print(name, arg, ' '.join(row))
            """, String.join(",", java.util.Arrays.stream(ARGS).mapToObj(String::valueOf).toList()));
        List<String> ours = new ArrayList<>();
        for (Opcode.Info i : Opcode.all()) {
            for (int arg : i.hasArg() && i.kind() != Opcode.Kind.SPECIALIZED ? ARGS : new int[] {0}) { // as opcode.hasarg
                List<String> row = new ArrayList<>();
                for (Boolean jump : new Boolean[] {null, true, false}) {
                    try {
                        row.add(String.valueOf(StackEffect.of(i.number(), arg, jump)));
                    } catch (IllegalArgumentException e) {
                        row.add("X");
                    }
                }
                ours.add(i.name() + " " + arg + " " + String.join(" ", row));
            }
        }
        List<String> theirs = out.lines().toList();
        assertEquals(theirs.size(), ours.size());
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            if (!theirs.get(i).equals(ours.get(i))) {
                diffs.add("CPython: " + theirs.get(i) + " / pyvm: " + ours.get(i));
            }
        }
        assertEquals(List.of(), diffs.subList(0, Math.min(20, diffs.size())));
    }

    @Test
    void specializedOpcodesHaveNone() {
        assertThrows(IllegalArgumentException.class, () -> StackEffect.of(Opcode.BINARY_OP_ADD_INT, 0, null));
        assertThrows(IllegalArgumentException.class, () -> StackEffect.of(300, 0, null));
        assertEquals(-3, StackEffect.of(Opcode.CALL, 2, false));
    }
}
