package org.pyvm.runtime.codecs;

import java.util.HashMap;
import java.util.Map;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The charmap codec the table-driven encodings (cp1252, mac_roman, ...) use: decoding
 * through a 256-character str or any mapping, encoding through an {@link EncodingMap}
 * (built by charmap_build) or any mapping. Compare CPython Objects/unicodeobject.c:
 * PyUnicode_DecodeCharmap, charmapencode_lookup, PyUnicode_BuildEncodingMap.
 */
public final class Charmap {

    private Charmap() {}

    /** The fast table charmap_build makes from a 256-character decoding table. */
    public static final class EncodingMap implements PyObject {
        static final PyType TYPE = PyType.builtin("EncodingMap", EncodingMap.class, EncodingMap.class).notSubclassable();

        final Map<Integer, Integer> map;
        final int size;

        EncodingMap(Map<Integer, Integer> map, int size) {
            this.map = map;
            this.size = size;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** The memory the C table would use (kept for the method's sake). */
        @ExposedMethod
        static PyObject size(EncodingMap self) {
            return PyInt.of(self.size);
        }
    }

    /** charmap_build(map): an EncodingMap, or a dict when the table does not suit one. */
    public static PyObject build(PyStr table) {
        int[] cps = table.value().codePoints().toArray();
        int length = Math.min(cps.length, 256);
        boolean needDict = cps.length != 256 || cps[0] != 0;
        boolean[] l1 = new boolean[32];
        boolean[] l2 = new boolean[512];
        int count2 = 0;
        int count3 = 0;
        for (int i = 1; i < length && !needDict; i++) {
            int c = cps[i];
            if (c == 0 || c > 0xffff) {
                needDict = true;
                break;
            }
            if (c == 0xfffe) {
                continue;
            }
            if (!l1[c >> 11]) {
                l1[c >> 11] = true;
                count2++;
            }
            if (!l2[c >> 7]) {
                l2[c >> 7] = true;
                count3++;
            }
        }
        if (count2 >= 0xff || count3 >= 0xff) {
            needDict = true;
        }
        if (needDict) {
            PyDict d = new PyDict();
            for (int i = 0; i < length; i++) {
                d.setItem(PyInt.of(cps[i]), PyInt.of(i));
            }
            return d;
        }
        Map<Integer, Integer> m = new HashMap<>();
        m.put(0, 0);
        for (int i = 1; i < 256; i++) {
            if (cps[i] != 0xfffe) {
                m.put(cps[i], i);
            }
        }
        return new EncodingMap(m, 16 * count2 + 128 * count3 + 32 + 32 - 1);
    }

    private static boolean isLookupError(PyBaseException e) {
        return e.matches(PyExc.LookupError);
    }

    /** charmap_decode: MAPPING null/None is Latin-1. */
    public static Decoded decode(byte[] in, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.NONE) {
            return Latin1.decodeLatin1(in);
        }
        DecodeState st = new DecodeState("charmap", in, errors);
        String table = mapping instanceof PyStr s ? s.value() : null;
        int[] tcp = table != null ? table.codePoints().toArray() : null;
        int i = 0;
        while (i < st.in.length) {
            int b = st.in[i] & 0xff;
            if (tcp != null) {
                if (b < tcp.length && tcp[b] != 0xfffe) {
                    st.append(tcp[b]);
                    i++;
                } else {
                    i = st.error("character maps to <undefined>", i, i + 1);
                }
                continue;
            }
            PyObject v;
            try {
                v = Abstract.getItem(mapping, PyInt.of(b));
            } catch (PyBaseException e) {
                if (!isLookupError(e)) {
                    throw e;
                }
                v = PyNone.NONE;
            }
            if (v instanceof PyInt n) {
                long c = n.isBig() ? -1 : n.value;
                if (c < 0 || c > 0x10ffff) {
                    throw PyErr.typeError("character mapping must be in range(0x110000)");
                }
                if (c != 0xfffe) {
                    st.append((int) c);
                    i++;
                    continue;
                }
            } else if (v instanceof PyStr s) {
                if (!(s.length() == 1 && s.codePointAt(0) == 0xfffe)) {
                    st.out.append(s.value());
                    i++;
                    continue;
                }
            } else if (v != PyNone.NONE) {
                throw PyErr.typeError("character mapping must return integer, None or str");
            }
            i = st.error("character maps to <undefined>", i, i + 1);
        }
        return new Decoded(st.text(), st.in.length, 0);
    }

    /** Encodes one character through MAPPING into ST; false when it maps to nothing. */
    private static boolean put(EncodeState st, PyObject mapping, int c) {
        if (mapping instanceof EncodingMap em) {
            Integer b = em.map.get(c);
            if (b == null) {
                return false;
            }
            st.put(b);
            return true;
        }
        PyObject v;
        try {
            v = Abstract.getItem(mapping, PyInt.of(c));
        } catch (PyBaseException e) {
            if (!isLookupError(e)) {
                throw e;
            }
            return false;
        }
        if (v == PyNone.NONE) {
            return false;
        }
        if (v instanceof PyInt n) {
            long b = n.isBig() ? -1 : n.value;
            if (b < 0 || b > 255) {
                throw PyErr.typeError("character mapping must be in range(256)");
            }
            st.put((int) b);
            return true;
        }
        if (v instanceof PyBytes bs) {
            st.put(bs.bytes(), 0, bs.bytes().length);
            return true;
        }
        throw PyErr.typeError("character mapping must return integer, bytes or None, not " + v.type().getName());
    }

    /** charmap_encode: MAPPING null/None is Latin-1. */
    public static byte[] encode(PyStr s, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.NONE) {
            return Latin1.encodeLatin1(s, errors);
        }
        int[] cps = s.value().codePoints().toArray();
        EncodeState st = new EncodeState("charmap", s, cps, errors, new EncodeState.Codec() {
            @Override
            public boolean putChar(EncodeState es, int c) {
                return put(es, mapping, c);
            }

            @Override
            public boolean escapesPartially() {
                return false;
            }
        });
        int i = 0;
        while (i < cps.length) {
            if (put(st, mapping, cps[i])) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < cps.length && !canEncode(mapping, cps[e])) {
                e++;
            }
            i = st.error("character maps to <undefined>", i, e);
        }
        return st.bytes();
    }

    private static boolean canEncode(PyObject mapping, int c) {
        if (mapping instanceof EncodingMap em) {
            return em.map.containsKey(c);
        }
        PyObject v;
        try {
            v = Abstract.getItem(mapping, PyInt.of(c));
        } catch (PyBaseException e) {
            if (!isLookupError(e)) {
                throw e;
            }
            return false;
        }
        return v != PyNone.NONE;
    }
}
