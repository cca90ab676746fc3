package org.pyvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Unit tests of the object model: slots from annotations, MRO, operators, hashing, reprs. */
class ObjectModelTest {

    @Test
    void builtinMethodsComeFromAnnotations() {
        PyObject append = PyList.TYPE.getDict().getStr("append");
        assertTrue(append instanceof JavaMethod);
        PyList l = new PyList();
        Abstract.call(Abstract.getAttr(l, "append"), PyInt.of(3));
        assertEquals(1, l.size());
        assertEquals("[3]", Abstract.repr(l).toString());
    }

    @Test
    void binaryOperatorsFollowCPythonsProtocol() {
        assertEquals(PyInt.of(5), Ops.binaryOp(PyInt.of(2), PyInt.of(3), Ops.NB_ADD));
        assertEquals("2.5", Abstract.repr(Ops.binaryOp(PyInt.of(2), PyFloat.of(0.5), Ops.NB_ADD)).toString());
        PyBaseException e = assertThrows(PyBaseException.class,
            () -> Ops.binaryOp(PyInt.of(1), PyStr.of("a"), Ops.NB_ADD));
        assertEquals("unsupported operand type(s) for +: 'int' and 'str'", Abstract.str(e).toString());
        assertEquals("ababab", Ops.binaryOp(PyInt.of(3), PyStr.of("ab"), Ops.NB_MULTIPLY).toString());
    }

    @Test
    void intsOverflowIntoBigIntegers() {
        PyInt big = IntMethods.mul(PyInt.of(Long.MAX_VALUE), PyInt.of(4));
        assertTrue(big.isBig());
        assertEquals("36893488147419103228", big.toString());
        assertFalse(IntMethods.sub(big, big).isBig());
        assertSame(PyInt.of(7), PyInt.of(7), "small ints are cached");
    }

    @Test
    void floatReprIsShortest() {
        assertEquals("0.1", PyFloat.repr(0.1));
        assertEquals("1e+16", PyFloat.repr(1e16));
        assertEquals("1000000000000000.0", PyFloat.repr(1e15));
        assertEquals("1e-05", PyFloat.repr(0.00001));
        assertEquals("0.0001", PyFloat.repr(0.0001));
        assertEquals("-0.0", PyFloat.repr(-0.0));
        assertEquals("0.30000000000000004", PyFloat.repr(0.1 + 0.2));
    }

    @Test
    void stringHashIsCPythonsWithSeedZero() {
        // Values from CPython 3.12 with PYTHONHASHSEED=0.
        assertEquals(0, Hashing.hashString(""));
        assertEquals(-4594863902769663758L, Hashing.hashString("abc"));
        assertEquals(6395329678795984700L, Hashing.hashString("h\u00e9llo"));
        assertEquals(-5529981157763016009L, Hashing.hashString("\u20ac"));
        assertEquals(3291541819775287794L, Hashing.hashString("a".repeat(20)));
        assertEquals(9013747392277146282L, Hashing.hashBytes("xyz".getBytes()));
        assertEquals(-3550055125485641917L, Abstract.hash(PyTuple.of(PyInt.of(1), PyInt.of(2))));
        assertEquals(1152921504606846977L, Abstract.hash(PyFloat.of(1.5)));
        assertEquals(IntMethods.hash(PyInt.of(-1)), -2);
    }

    @Test
    void strIndexesByCodePoint() {
        PyStr s = PyStr.of("a\uD83D\uDE00b");
        assertEquals(3, s.length());
        assertEquals(0x1F600, s.codePointAt(1));
        assertEquals("b", Abstract.getItem(s, PyInt.of(2)).toString());
    }

    @Test
    void c3LinearizationAndLayout() {
        PyType a = PyType.newClass(PyType.TYPE, "A", new PyType[0], new PyDict());
        PyType b = PyType.newClass(PyType.TYPE, "B", new PyType[] {a}, new PyDict());
        PyType c = PyType.newClass(PyType.TYPE, "C", new PyType[] {a}, new PyDict());
        PyType d = PyType.newClass(PyType.TYPE, "D", new PyType[] {b, c}, new PyDict());
        StringBuilder sb = new StringBuilder();
        for (PyType t : d.getMro()) {
            sb.append(t.getName()).append(' ');
        }
        assertEquals("D B C A object ", sb.toString());
        PyBaseException e = assertThrows(PyBaseException.class,
            () -> PyType.newClass(PyType.TYPE, "X", new PyType[] {a, b}, new PyDict()));
        assertTrue(Abstract.str(e).toString().startsWith("Cannot create a consistent method resolution"));
    }

    @Test
    void slotsAreRefilledWhenAClassChanges() {
        PyType a = PyType.newClass(PyType.TYPE, "A", new PyType[0], new PyDict());
        PyType b = PyType.newClass(PyType.TYPE, "B", new PyType[] {a}, new PyDict());
        assertSame(PyType.OBJECT.getDict().getStr("__repr__"), b.slot(Slot.REPR));
        PyObject fake = PyStr.of("not a function");
        a.setAttr(PyStr.of("__repr__"), fake);
        assertSame(fake, b.slot(Slot.REPR));
    }

    @Test
    void dictKeepsInsertionOrderAndSetsUseCPythonsOrder() {
        PyDict d = new PyDict();
        for (int i = 20; i > 0; i--) {
            d.setItem(PyInt.of(i), PyInt.of(i * i));
        }
        d.delItem(PyInt.of(5));
        assertEquals(19, d.size());
        assertEquals(PyInt.of(20), d.keyAt(d.nextEntry(0)));
        PySet s = new PySet(false);
        for (int v : new int[] {3, 1, 2, 100, 9}) {
            s.add(PyInt.of(v));
        }
        // CPython 3.12: {3, 1, 2, 100, 9} prints as {1, 2, 3, 100, 9}.
        assertEquals("{1, 2, 3, 100, 9}", Abstract.repr(s).toString());
    }

    @Test
    void exceptionsHaveNoJavaStackTrace() {
        PyBaseException e = PyErr.typeError("x");
        assertEquals(0, e.getStackTrace().length);
        assertTrue(e.type().isSubtypeOf(PyExc.Exception));
    }
}
