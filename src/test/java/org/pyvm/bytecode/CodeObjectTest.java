package org.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Java-level behaviour of {@link CodeObject}: views, validation, immutability. */
class CodeObjectTest {

    // def f(a, b, *c, **d): x = 1; def g(): return a, x  -- a is an argument and a cell.
    private static CodeObject sample() {
        return CodeObject.builder().argcount(2).flags(CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS
                | CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)
            .code(new byte[] {(byte) Opcode.RESUME, 0, (byte) Opcode.RETURN_CONST, 0})
            .consts(new Object[] {Constant.NONE, 1L, new TupleConst(new Object[] {"a", "x"})})
            .localsplusnames(new String[] {"a", "b", "c", "d", "x", "y", "z"})
            .localspluskinds(new byte[] {CodeObject.CO_FAST_LOCAL | CodeObject.CO_FAST_CELL, CodeObject.CO_FAST_LOCAL,
                CodeObject.CO_FAST_LOCAL, CodeObject.CO_FAST_LOCAL, CodeObject.CO_FAST_CELL,
                CodeObject.CO_FAST_LOCAL | CodeObject.CO_FAST_HIDDEN, CodeObject.CO_FAST_FREE})
            .filename("t.py").name("f").qualname("f").firstlineno(3).build();
    }

    @Test
    void derivedViewsFollowTheKinds() {
        CodeObject c = sample();
        assertArrayEquals(new String[] {"a", "b", "c", "d", "y"}, c.varnames());
        assertArrayEquals(new String[] {"a", "x"}, c.cellvars());
        assertArrayEquals(new String[] {"z"}, c.freevars());
        assertEquals(5, c.nlocals());
        assertEquals(7, c.nlocalsplus());
        assertEquals(2, c.ncellvars());
        assertEquals(1, c.nfreevars());
    }

    @Test
    void arraysAreCopiesAndEqualityIsByValue() {
        CodeObject c = sample();
        byte[] code = c.code();
        code[0] = 0;
        assertEquals(Opcode.RESUME, c.code()[0] & 0xff);
        assertNotSame(c.consts(), c.consts());
        assertEquals(sample(), c);
        assertEquals(sample().hashCode(), c.hashCode());
        assertNotEquals(c.toBuilder().qualname("g").build(), c);
        assertEquals(c, c.toBuilder().build());
        assertEquals("<code object f, file \"t.py\", line 3>", c.toString());
    }

    @Test
    void validationUsesCPythonsMessages() {
        // Compare CPython: code.replace(co_code=odd) -> ValueError: code: co_code is malformed
        var odd = assertThrows(IllegalArgumentException.class, () -> sample().toBuilder().code(new byte[3]).build());
        assertEquals("ValueError: code: co_code is malformed", odd.getMessage());
        var small = assertThrows(IllegalArgumentException.class, () -> sample().toBuilder().argcount(5).build());
        assertEquals("ValueError: code: co_varnames is too small", small.getMessage());
        var bad = assertThrows(IllegalArgumentException.class,
            () -> sample().toBuilder().posonlyargcount(3).build());
        assertEquals("SystemError: " + CodeObject.BAD_INTERNAL_CALL, bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sample().toBuilder().localspluskinds(new byte[1]).build());
        assertNull(CodeObject.validate(0, 0, 0, 0, 0, 0, 0, new byte[0]));
    }

    @Test
    void exceptionTableLookup() {
        var entries = List.of(new ExceptionTable.Entry(4, 10, 20, 1, false), new ExceptionTable.Entry(10, 16, 30, 2, true));
        CodeObject c = sample().toBuilder().exceptiontable(ExceptionTable.encode(entries)).build();
        ExceptionTable t = c.exceptionTable();
        assertEquals(entries, t.entries());
        assertNull(t.handlerFor(2));
        assertEquals(entries.get(0), t.handlerFor(4));
        assertEquals(entries.get(0), t.handlerFor(8));
        assertEquals(entries.get(1), t.handlerFor(10));
        assertNull(t.handlerFor(16));
        // Values beyond one 6-bit group use continuation bytes: 200/2 = 100 = 0b1_100100.
        byte[] big = ExceptionTable.encode(List.of(new ExceptionTable.Entry(200, 202, 0, 0, false)));
        assertArrayEquals(new byte[] {(byte) (0x80 | 0x40 | 1), 36, 1, 0, 0}, big);
    }

    @Test
    void corruptTablesDecodeWithoutThrowing() {
        byte[][] junk = {{(byte) 0xff}, {(byte) 0x80, 0x41}, {0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f}};
        for (byte[] j : junk) {
            ExceptionTable.decode(j).handlerFor(0);
            LocationTable t = LocationTable.decode(j, 1);
            t.positions();
            t.lines();
            t.lineAt(0);
        }
    }
}
