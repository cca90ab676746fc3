package org.pyvm.runtime;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * ArrayStore.put stores as {@code a[i] = v} would, on both of its paths (Unsafe when the
 * JVM allows it, as surefire's argLine does, else the checked store): the value lands at
 * the index, a bad index throws, and an array whose element type is narrower than
 * PyObject still gets the JVM's store check.
 */
class ArrayStoreTest {

    @Test
    void storesEachCommonClassAndOthers() {
        PyObject[] a = new PyObject[8];
        PyObject[] values = {PyInt.of(5), PyFloat.of(1.5), PyStr.of("s"), new PyList(), PyTuple.EMPTY, PyNone.NONE, PyBool.TRUE};
        for (int i = 0; i < values.length; i++) {
            ArrayStore.put(a, i, values[i]);
        }
        for (int i = 0; i < values.length; i++) {
            assertSame(values[i], a[i]);
        }
        ArrayStore.put(a, 0, null);
        assertNull(a[0]);
    }

    @Test
    void badIndexThrows() {
        PyObject[] a = new PyObject[2];
        assertThrows(IndexOutOfBoundsException.class, () -> ArrayStore.put(a, 2, PyInt.of(1)));
        assertThrows(IndexOutOfBoundsException.class, () -> ArrayStore.put(a, -1, PyInt.of(1)));
    }

    @Test
    void narrowerArrayIsChecked() {
        PyObject[] a = new PyStr[2];
        ArrayStore.put(a, 0, PyStr.of("ok"));
        assertThrows(ArrayStoreException.class, () -> ArrayStore.put(a, 1, PyInt.of(1)));
    }
}
