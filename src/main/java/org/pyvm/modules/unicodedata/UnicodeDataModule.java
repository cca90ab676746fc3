package org.pyvm.modules.unicodedata;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The unicodedata module with Unicode 15.0.0, CPython 3.12's version ({@link Ucd},
 * {@link Normalization}). {@code ucd_3_2_0}, the Unicode 3.2.0 view that stringprep and
 * the idna codec use, exists with its version, but its functions raise
 * NotImplementedError: pyvm has no 3.2.0 data yet (ASCII-only idna labels never call it).
 * Compare CPython Modules/unicodedata.c.
 */
public final class UnicodeDataModule {

    private UnicodeDataModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("unicodedata");
        m.addFunctions(UnicodeDataModule.class);
        PyDict d = m.getDict();
        d.setStr("unidata_version", PyStr.of("15.0.0"));
        d.setStr("UCD", UcdObject.TYPE);
        d.setStr("ucd_3_2_0", new UcdObject("3.2.0"));
        return m;
    }

    /** The one code point of a str of length 1, or CPython's TypeError for FN's argument. */
    static int chr(String fn, String which, PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            if (!v.isEmpty() && v.codePointCount(0, v.length()) == 1) {
                return v.codePointAt(0);
            }
        }
        throw PyErr.typeError(fn + "() " + which + " must be a unicode character, not " + o.type().getName());
    }

    private static PyObject str(String s) {
        return PyStr.of(s);
    }

    @ExposedMethod
    static PyObject category(PyObject c) {
        return str(Ucd.get().category(chr("category", "argument", c)));
    }

    @ExposedMethod
    static PyObject bidirectional(PyObject c) {
        return str(Ucd.get().bidirectional(chr("bidirectional", "argument", c)));
    }

    @ExposedMethod
    static PyObject combining(PyObject c) {
        return PyInt.of(Ucd.get().combining(chr("combining", "argument", c)));
    }

    @ExposedMethod
    static PyObject east_asian_width(PyObject c) {
        return str(Ucd.get().eastAsianWidth(chr("east_asian_width", "argument", c)));
    }

    @ExposedMethod
    static PyObject mirrored(PyObject c) {
        return PyInt.of(Ucd.get().mirrored(chr("mirrored", "argument", c)));
    }

    @ExposedMethod
    static PyObject decomposition(PyObject c) {
        return str(Ucd.get().decomposition(chr("decomposition", "argument", c)));
    }

    @ExposedMethod(min = 1)
    static PyObject decimal(PyObject c, PyObject dflt) {
        return numberField("decimal", c, dflt, 0, "not a decimal");
    }

    @ExposedMethod(min = 1)
    static PyObject digit(PyObject c, PyObject dflt) {
        return numberField("digit", c, dflt, 1, "not a digit");
    }

    @ExposedMethod(min = 1)
    static PyObject numeric(PyObject c, PyObject dflt) {
        return numberField("numeric", c, dflt, 2, "not a numeric character");
    }

    /** decimal/digit give ints, numeric a float of the field ("1/2" divides). */
    private static PyObject numberField(String fn, PyObject c, PyObject dflt, int which, String msg) {
        int cp = chr(fn, "argument 1", c);
        String[] f = Ucd.get().numeric(cp);
        String v = f == null ? "" : f[which];
        if (v.isEmpty()) {
            if (dflt == null) {
                throw PyErr.valueError(msg);
            }
            return dflt;
        }
        if (which < 2) {
            return PyInt.of(Long.parseLong(v));
        }
        int slash = v.indexOf('/');
        double d = slash < 0 ? Double.parseDouble(v)
            : Double.parseDouble(v.substring(0, slash)) / Double.parseDouble(v.substring(slash + 1));
        return PyFloat.of(d);
    }

    @ExposedMethod(min = 1)
    static PyObject name(PyObject c, PyObject dflt) {
        String n = Ucd.get().name(chr("name", "argument 1", c));
        if (n == null) {
            if (dflt == null) {
                throw PyErr.valueError("no such name");
            }
            return dflt;
        }
        return str(n);
    }

    /** lookup(name): the character, or named sequence, of a name or alias. Compare unicodedata_UCD_lookup_impl. */
    @ExposedMethod
    static PyObject lookup(PyObject name) {
        String n;
        if (name instanceof PyStr s) {
            n = s.value();
        } else if (name instanceof PyBytes b) {
            n = new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyErr.typeError("a bytes-like object is required, not '" + name.type().getName() + "'");
        }
        if (n.length() > 256) {
            throw PyErr.of(PyExc.KeyError, "name too long");
        }
        String r = Ucd.get().lookup(n, true);
        if (r == null) {
            throw PyErr.of(PyExc.KeyError, "undefined character name '" + n + "'");
        }
        return PyStr.of(r);
    }

    private static int form(PyObject f) {
        if (!(f instanceof PyStr s)) {
            throw PyErr.typeError("normalize() argument 1 must be str, not " + f.type().getName());
        }
        return switch (s.value()) {
            case "NFC" -> 0;
            case "NFKC" -> 1;
            case "NFD" -> 2;
            case "NFKD" -> 3;
            default -> throw PyErr.valueError("invalid normalization form");
        };
    }

    private static int[] normalized(int form, int[] cps) {
        Normalization n = Normalization.get();
        return switch (form) {
            case 0 -> n.composeForm(cps, false);
            case 1 -> n.composeForm(cps, true);
            case 2 -> n.decompose(cps, false);
            default -> n.decompose(cps, true);
        };
    }

    private static String text(String fn, PyObject s) {
        if (!(s instanceof PyStr p)) {
            throw PyErr.typeError(fn + "() argument 2 must be str, not " + s.type().getName());
        }
        return p.value();
    }

    /** normalize(form, unistr): the same object when it is already normalized, as CPython returns it. */
    @ExposedMethod
    static PyObject normalize(PyObject f, PyObject s) {
        int form = form(f);
        String t = text("normalize", s);
        int[] in = t.codePoints().toArray();
        int[] out = normalized(form, in);
        if (java.util.Arrays.equals(in, out)) {
            return s.type() == PyStr.TYPE ? s : PyStr.of(t);
        }
        return PyStr.of(new String(out, 0, out.length));
    }

    @ExposedMethod
    static PyObject is_normalized(PyObject f, PyObject s) {
        int form = form(f);
        int[] in = text("is_normalized", s).codePoints().toArray();
        return org.pyvm.runtime.PyBool.of(java.util.Arrays.equals(in, normalized(form, in)));
    }

    /**
     * unicodedata.UCD: a database of another Unicode version. Only ucd_3_2_0 exists; its
     * data is not built, so its methods raise NotImplementedError.
     */
    static final class UcdObject implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("unicodedata", "UCD", UcdObject.class,
            UcdObject.class).notSubclassable());

        private final String version;

        UcdObject(String version) {
            this.version = version;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            throw PyErr.typeError("cannot create 'unicodedata.UCD' instances");
        }

        @ExposedGetter
        static PyObject unidata_version(UcdObject self) {
            return PyStr.of(self.version);
        }

        private static PyObject missing(String fn) {
            throw PyErr.notSupported("unicodedata.ucd_3_2_0." + fn + " (the Unicode 3.2.0 data)");
        }

        @ExposedMethod
        static PyObject category(UcdObject self, PyObject c) {
            return missing("category");
        }

        @ExposedMethod
        static PyObject bidirectional(UcdObject self, PyObject c) {
            return missing("bidirectional");
        }

        @ExposedMethod
        static PyObject combining(UcdObject self, PyObject c) {
            return missing("combining");
        }

        @ExposedMethod
        static PyObject east_asian_width(UcdObject self, PyObject c) {
            return missing("east_asian_width");
        }

        @ExposedMethod
        static PyObject mirrored(UcdObject self, PyObject c) {
            return missing("mirrored");
        }

        @ExposedMethod
        static PyObject decomposition(UcdObject self, PyObject c) {
            return missing("decomposition");
        }

        @ExposedMethod(min = 1)
        static PyObject decimal(UcdObject self, PyObject c, PyObject d) {
            return missing("decimal");
        }

        @ExposedMethod(min = 1)
        static PyObject digit(UcdObject self, PyObject c, PyObject d) {
            return missing("digit");
        }

        @ExposedMethod(min = 1)
        static PyObject numeric(UcdObject self, PyObject c, PyObject d) {
            return missing("numeric");
        }

        @ExposedMethod(min = 1)
        static PyObject name(UcdObject self, PyObject c, PyObject d) {
            return missing("name");
        }

        @ExposedMethod
        static PyObject lookup(UcdObject self, PyObject n) {
            return missing("lookup");
        }

        @ExposedMethod
        static PyObject normalize(UcdObject self, PyObject f, PyObject s) {
            return missing("normalize");
        }

        @ExposedMethod
        static PyObject is_normalized(UcdObject self, PyObject f, PyObject s) {
            return missing("is_normalized");
        }
    }
}
