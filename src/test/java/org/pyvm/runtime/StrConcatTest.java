package org.pyvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Edge cases of PyStr's lazy concatenation (strings sharing one growing builder). */
class StrConcatTest {

    private static PyStr built(String start, int n) {
        PyStr s = PyStr.of(start);
        for (int i = 0; i < n; i++) {
            s = PyStr.concat(s, PyStr.of(String.valueOf(i % 10)));
        }
        return s;
    }

    @Test
    void sharedPrefixGivesIndependentStrings() {
        PyStr s = built("", 100);
        String before = s.value();
        PyStr a = PyStr.concat(s, PyStr.of("x"));
        PyStr b = PyStr.concat(s, PyStr.of("y"));
        PyStr c = PyStr.concat(a, PyStr.of("z"));
        PyStr d = PyStr.concat(s, PyStr.of("w"));
        assertEquals(before + "x", a.value());
        assertEquals(before + "y", b.value());
        assertEquals(before + "xz", c.value());
        assertEquals(before + "w", d.value());
        assertEquals(before, s.value());
        assertEquals(101, a.length());
        assertEquals(100, s.length());
    }

    @Test
    void unreadPendingStringsKeepTheirLength() {
        PyStr s = built("", 80);
        PyStr a = PyStr.concat(s, PyStr.of("tail"));
        // s is read only after a was appended to the builder it shares with s
        assertEquals(80, s.length());
        assertEquals(80, s.value().length());
        assertEquals(84, a.value().length());
        PyStr again = PyStr.concat(s, PyStr.of("!"));
        assertEquals(s.value() + "!", again.value());
    }

    @Test
    void builtStringsHashAndCompareLikePlainOnes() {
        PyStr s = built("", 200);
        PyStr plain = PyStr.of(new String(s.value().toCharArray()));
        assertEquals(plain, s);
        assertEquals(plain.hashCode(), s.hashCode());
        assertEquals(plain.pyHash(), s.pyHash());
        assertEquals(0, s.compareTo(plain));
        PyStr longer = PyStr.concat(s, PyStr.of("!"));
        assertNotEquals(plain, longer);
        PyDict d = new PyDict();
        d.setItem(s, PyInt.of(1));
        assertEquals(PyInt.of(1), d.get(plain));
    }

    @Test
    void nonBmpCharactersCountAsOneCodePoint() {
        PyStr s = PyStr.of("");
        String face = new String(Character.toChars(0x1F600));
        for (int i = 0; i < 50; i++) {
            s = PyStr.concat(s, PyStr.of(i % 2 == 0 ? face : "a"));
        }
        PyStr t = PyStr.concat(s, PyStr.of(face));
        assertEquals(50, s.length());
        assertEquals(51, t.length());
        assertEquals(0x1F600, t.codePointAt(50));
        assertEquals(0x1F600, s.codePointAt(48));
        assertEquals('a', s.codePointAt(49));
        assertEquals(face + "a", s.substring(48, 50));
        assertEquals(100 - 25 + 2, t.value().length());
    }

    @Test
    void emptyOperandsAndSubclassesGiveExactStrs() {
        PyStr s = built("", 70);
        assertSame(s, PyStr.concat(s, PyStr.EMPTY));
        assertSame(s, PyStr.concat(PyStr.EMPTY, s));
        assertEquals("ab", PyStr.concat(PyStr.of("a"), PyStr.of("b")).value());
    }
}
