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
 * {@link Normalization}), and {@code ucd_3_2_0}, the Unicode 3.2.0 view that stringprep and
 * the idna codec use ({@link Ucd32}). Compare CPython Modules/unicodedata.c.
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

    // ---- the functions, for 15.0.0 (OLD null) or 3.2.0 (OLD the delta) ----

    static PyObject category(Ucd32 old, PyObject c) {
        int cp = chr("category", "argument", c);
        String v = old == null ? null : old.field(cp, 0);
        return str(v != null ? v : Ucd.get().category(cp));
    }

    static PyObject bidirectional(Ucd32 old, PyObject c) {
        int cp = chr("bidirectional", "argument", c);
        String v = old == null ? null : old.field(cp, 1);
        return str(v != null ? v : Ucd.get().bidirectional(cp));
    }

    static PyObject combining(Ucd32 old, PyObject c) {
        int cp = chr("combining", "argument", c);
        return PyInt.of(old != null && old.unassigned(cp) ? 0 : Ucd.get().combining(cp));
    }

    static PyObject eastAsianWidth(Ucd32 old, PyObject c) {
        int cp = chr("east_asian_width", "argument", c);
        String v = old == null ? null : old.field(cp, 2);
        return str(v != null ? v : Ucd.get().eastAsianWidth(cp));
    }

    static PyObject mirrored(Ucd32 old, PyObject c) {
        int cp = chr("mirrored", "argument", c);
        String v = old == null ? null : old.field(cp, 3);
        return PyInt.of(v != null ? Integer.parseInt(v) : Ucd.get().mirrored(cp));
    }

    static PyObject decomposition(Ucd32 old, PyObject c) {
        int cp = chr("decomposition", "argument", c);
        return str(old != null && old.unassigned(cp) ? "" : Ucd.get().decomposition(cp));
    }

    /** decimal/digit give ints, numeric a float of the field ("1/2" divides). */
    static PyObject numberField(Ucd32 old, String fn, PyObject c, PyObject dflt, int which, String msg) {
        int cp = chr(fn, "argument 1", c);
        String[] f = Ucd.get().numeric(cp);
        String v = f == null ? "" : f[which];
        String o = old == null || which == 1 ? null : old.field(cp, which == 0 ? 4 : 5);
        if (o != null) {
            v = o;
        }
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

    static PyObject name(Ucd32 old, PyObject c, PyObject dflt) {
        int cp = chr("name", "argument 1", c);
        String n = old != null && old.unassigned(cp) ? null : Ucd.get().name(cp);
        if (n == null) {
            if (dflt == null) {
                throw PyErr.valueError("no such name");
            }
            return dflt;
        }
        return str(n);
    }

    /** lookup(name): the character, or named sequence, of a name or alias. Compare unicodedata_UCD_lookup_impl. */
    static PyObject lookup(Ucd32 old, PyObject name) {
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
        String r = Ucd.get().lookup(n, true, old);
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

    private static int[] normalized(Ucd32 old, int form, int[] cps) {
        Normalization n = Normalization.get();
        return switch (form) {
            case 0 -> n.composeForm(cps, false, old);
            case 1 -> n.composeForm(cps, true, old);
            case 2 -> n.decompose(cps, false, old);
            default -> n.decompose(cps, true, old);
        };
    }

    private static String text(String fn, PyObject s) {
        if (!(s instanceof PyStr p)) {
            throw PyErr.typeError(fn + "() argument 2 must be str, not " + s.type().getName());
        }
        return p.value();
    }

    /**
     * normalize(form, unistr): the argument itself when it is already normalized (for the
     * 3.2.0 view CPython always makes a new string, but for an empty one).
     */
    static PyObject normalize(Ucd32 old, PyObject f, PyObject s) {
        int form = form(f);
        String t = text("normalize", s);
        if (t.isEmpty()) {
            return s;
        }
        int[] in = t.codePoints().toArray();
        int[] out = normalized(old, form, in);
        if (old == null && java.util.Arrays.equals(in, out)) {
            return s;
        }
        return PyStr.of(new String(out, 0, out.length));
    }

    static PyObject isNormalized(Ucd32 old, PyObject f, PyObject s) {
        int form = form(f);
        int[] in = text("is_normalized", s).codePoints().toArray();
        return org.pyvm.runtime.PyBool.of(java.util.Arrays.equals(in, normalized(old, form, in)));
    }

    // ---- the module's functions: Unicode 15.0.0 ----

    @ExposedMethod
    static PyObject category(PyObject c) {
        return category(null, c);
    }

    @ExposedMethod
    static PyObject bidirectional(PyObject c) {
        return bidirectional(null, c);
    }

    @ExposedMethod
    static PyObject combining(PyObject c) {
        return combining(null, c);
    }

    @ExposedMethod
    static PyObject east_asian_width(PyObject c) {
        return eastAsianWidth(null, c);
    }

    @ExposedMethod
    static PyObject mirrored(PyObject c) {
        return mirrored(null, c);
    }

    @ExposedMethod
    static PyObject decomposition(PyObject c) {
        return decomposition(null, c);
    }

    @ExposedMethod(min = 1)
    static PyObject decimal(PyObject c, PyObject dflt) {
        return numberField(null, "decimal", c, dflt, 0, "not a decimal");
    }

    @ExposedMethod(min = 1)
    static PyObject digit(PyObject c, PyObject dflt) {
        return numberField(null, "digit", c, dflt, 1, "not a digit");
    }

    @ExposedMethod(min = 1)
    static PyObject numeric(PyObject c, PyObject dflt) {
        return numberField(null, "numeric", c, dflt, 2, "not a numeric character");
    }

    @ExposedMethod(min = 1)
    static PyObject name(PyObject c, PyObject dflt) {
        return name(null, c, dflt);
    }

    @ExposedMethod
    static PyObject lookup(PyObject n) {
        return lookup(null, n);
    }

    @ExposedMethod
    static PyObject normalize(PyObject f, PyObject s) {
        return normalize(null, f, s);
    }

    @ExposedMethod
    static PyObject is_normalized(PyObject f, PyObject s) {
        return isNormalized(null, f, s);
    }

    /** unicodedata.UCD: the database of another Unicode version; only ucd_3_2_0 exists. */
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

        private static Ucd32 old() {
            return Ucd32.get();
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            throw PyErr.typeError("cannot create 'unicodedata.UCD' instances");
        }

        @ExposedGetter
        static PyObject unidata_version(UcdObject self) {
            return PyStr.of(self.version);
        }

        @ExposedMethod
        static PyObject category(UcdObject self, PyObject c) {
            return UnicodeDataModule.category(old(), c);
        }

        @ExposedMethod
        static PyObject bidirectional(UcdObject self, PyObject c) {
            return UnicodeDataModule.bidirectional(old(), c);
        }

        @ExposedMethod
        static PyObject combining(UcdObject self, PyObject c) {
            return UnicodeDataModule.combining(old(), c);
        }

        @ExposedMethod
        static PyObject east_asian_width(UcdObject self, PyObject c) {
            return UnicodeDataModule.eastAsianWidth(old(), c);
        }

        @ExposedMethod
        static PyObject mirrored(UcdObject self, PyObject c) {
            return UnicodeDataModule.mirrored(old(), c);
        }

        @ExposedMethod
        static PyObject decomposition(UcdObject self, PyObject c) {
            return UnicodeDataModule.decomposition(old(), c);
        }

        @ExposedMethod(min = 1)
        static PyObject decimal(UcdObject self, PyObject c, PyObject d) {
            return numberField(old(), "decimal", c, d, 0, "not a decimal");
        }

        @ExposedMethod(min = 1)
        static PyObject digit(UcdObject self, PyObject c, PyObject d) {
            return numberField(old(), "digit", c, d, 1, "not a digit");
        }

        @ExposedMethod(min = 1)
        static PyObject numeric(UcdObject self, PyObject c, PyObject d) {
            return numberField(old(), "numeric", c, d, 2, "not a numeric character");
        }

        @ExposedMethod(min = 1)
        static PyObject name(UcdObject self, PyObject c, PyObject d) {
            return UnicodeDataModule.name(old(), c, d);
        }

        @ExposedMethod
        static PyObject lookup(UcdObject self, PyObject n) {
            return UnicodeDataModule.lookup(old(), n);
        }

        @ExposedMethod
        static PyObject normalize(UcdObject self, PyObject f, PyObject s) {
            return UnicodeDataModule.normalize(old(), f, s);
        }

        @ExposedMethod
        static PyObject is_normalized(UcdObject self, PyObject f, PyObject s) {
            return UnicodeDataModule.isNormalized(old(), f, s);
        }
    }
}
