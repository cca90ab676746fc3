package org.pyvm.runtime;

import java.nio.charset.StandardCharsets;

/**
 * The text-like methods of {@code bytes} (find, split, strip, upper ...). Each maps the
 * bytes to a Latin-1 str one-to-one, runs the str method of the same name and maps the
 * result back, so the two types share one implementation of each algorithm. (CPython
 * shares them through Objects/stringlib the same way.)
 */
final class BytesMethods {

    private BytesMethods() {}

    private static PyObject toStr(PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        if (b != null) {
            return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
        }
        if (o instanceof PyTuple t) {
            PyObject[] items = t.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = toStr(items[i]);
            }
            return PyTuple.of(items);
        }
        if (o instanceof PyStr) {
            throw PyErr.typeError("a bytes-like object is required, not 'str'");
        }
        return o;
    }

    private static PyObject back(PyObject o) {
        return back(o, false);
    }

    /** Maps a str result back to bytes (to bytearray for bytearray's methods, as CPython's return). */
    private static PyObject back(PyObject o, boolean byteArray) {
        if (o instanceof PyStr s) {
            byte[] b = s.value().getBytes(StandardCharsets.ISO_8859_1);
            return byteArray ? new PyByteArray(b) : new PyBytes(b);
        }
        if (o instanceof PyList l) {
            PyObject[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = back(items[i], byteArray);
            }
            return new PyList(items);
        }
        if (o instanceof PyTuple t) {
            PyObject[] items = t.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = back(items[i], byteArray);
            }
            return PyTuple.of(items);
        }
        return o;
    }

    static PyObject viaStr(PyObject self, String name, PyObject[] args, String[] kw) {
        PyObject[] a = new PyObject[args.length];
        // count/find/index also take the byte as an int.
        boolean intNeedle = name.equals("count") || name.endsWith("find") || name.endsWith("index");
        for (int i = 0; i < args.length; i++) {
            if (i == 0 && intNeedle && PyByteArray.bytesOf(args[0]) == null) {
                // Compare bytes_methods.c: parse_args_finds_byte (_getbytevalue).
                if (!Abstract.hasIndex(args[0])) {
                    throw PyErr.typeError("argument should be integer or bytes-like object, not '"
                        + args[0].type().getName() + "'");
                }
                java.math.BigInteger v = Abstract.index(args[0]).bigValue();
                if (v.signum() < 0 || v.bitLength() > 8) {
                    throw PyErr.valueError("byte must be in range(0, 256)");
                }
                a[i] = PyStr.ofCodePoint(v.intValue());
            } else if (i == 0 && (name.equals("startswith") || name.endsWith("endswith"))
                && PyByteArray.bytesOf(args[0]) == null && !(args[0] instanceof PyTuple)) {
                throw PyErr.typeError(name + " first arg must be bytes or a tuple of bytes, not " + args[0].type().getName());
            } else {
                a[i] = name.equals("join") ? PyTuple.of(mapAll(args[i])) : toStr(args[i]);
            }
        }
        PyObject m = PyStr.TYPE.lookup(name);
        return back(Abstract.callDescrArgs(m, toStr(self), a, kw), self instanceof PyByteArray);
    }

    private static PyObject[] mapAll(PyObject iterable) {
        PyObject[] items = Abstract.toArray(iterable);
        for (int i = 0; i < items.length; i++) {
            if (PyByteArray.bytesOf(items[i]) == null) {
                throw PyErr.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().getName()
                    + " found");
            }
            items[i] = toStr(items[i]);
        }
        return items;
    }

    @ExposedMethod(classMethod = true)
    static PyObject fromhex(PyObject cls, PyObject s) {
        // Compare bytesobject.c: _PyBytes_FromHex (ASCII whitespace between pairs is skipped).
        if (!(s instanceof PyStr)) {
            throw PyErr.typeError("fromhex() argument must be str, not " + s.type().getName());
        }
        String h = ((PyStr) s).value();
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        int n = h.length();
        int i = 0;
        while (i < n) {
            char c = h.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int top = hexDigit(c);
            if (top < 0) {
                throw badHex(i);
            }
            int bot = i + 1 < n ? hexDigit(h.charAt(i + 1)) : -1;
            if (bot < 0) {
                throw badHex(i + 1);
            }
            buf.write(top * 16 + bot);
            i += 2;
        }
        byte[] out = buf.toByteArray();
        if (cls == PyByteArray.TYPE) {
            return new PyByteArray(out);
        }
        // A subclass is called with the bytes. Compare bytesobject.c: bytes_fromhex_impl.
        return cls == PyBytes.TYPE ? new PyBytes(out) : Abstract.call(cls, new PyBytes(out));
    }

    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private static PyBaseException badHex(int pos) {
        return PyErr.valueError("non-hexadecimal number found in fromhex() arg at position " + pos);
    }

    /** The bytes of any buffer (bytes, bytearray, memoryview, array ...), or TypeError. */
    private static byte[] bytesLike(PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    @ExposedMethod(classMethod = true)
    static PyObject maketrans(PyObject cls, PyObject from, PyObject to) {
        byte[] f = bytesLike(from);
        byte[] t = bytesLike(to);
        if (f.length != t.length) {
            throw PyErr.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            table[f[i] & 0xff] = t[i];
        }
        return new PyBytes(table);
    }

    @ExposedMethod(min = 1, names = {"table", "delete"})
    static PyObject translate(PyObject self, PyObject table, PyObject delete) {
        byte[] t = table == PyNone.NONE ? null : bytesLike(table);
        if (t != null && t.length != 256) {
            throw PyErr.valueError("translation table must be 256 characters long");
        }
        byte[] del = delete == null ? new byte[0] : bytesLike(delete);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        outer:
        for (byte b : PyByteArray.bytesOf(self)) {
            for (byte d : del) {
                if (d == b) {
                    continue outer;
                }
            }
            out.write(t == null ? b : t[b & 0xff]);
        }
        return self instanceof PyByteArray ? new PyByteArray(out.toByteArray()) : new PyBytes(out.toByteArray());
    }

    @ExposedMethod(name = "__mod__")
    static PyObject mod(PyObject self, PyObject args) {
        return new PyBytes(Formatter.percentBytes(PyByteArray.bytesOf(self), args));
    }

    @ExposedMethod(name = "count")
    static PyObject count_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "count", args, kw);
    }

    @ExposedMethod(name = "find")
    static PyObject find_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "find", args, kw);
    }

    @ExposedMethod(name = "rfind")
    static PyObject rfind_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "rfind", args, kw);
    }

    @ExposedMethod(name = "index")
    static PyObject index_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "index", args, kw);
    }

    @ExposedMethod(name = "rindex")
    static PyObject rindex_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "rindex", args, kw);
    }

    @ExposedMethod(name = "startswith")
    static PyObject startswith_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "startswith", args, kw);
    }

    @ExposedMethod(name = "endswith")
    static PyObject endswith_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "endswith", args, kw);
    }






    @ExposedMethod(name = "replace")
    static PyObject replace_(PyObject self, PyObject[] args, String[] kw) {
        PyObject r = viaStr(self, "replace", args, kw);
        if (self.type() == PyBytes.TYPE && args.length >= 2 && (kw == null || kw.length == 0)) {
            // Nothing to replace: the exact bytes itself. Compare stringlib/transmogrify.h:
            // stringlib_replace (maxcount 0, both empty, or FROM not found: return_self).
            byte[] v = ((PyBytes) self).value;
            byte[] from = PyByteArray.bytesOf(args[0]);
            byte[] to = PyByteArray.bytesOf(args[1]);
            boolean none = args.length > 2 && Abstract.index(args[2]).signum() == 0
                || from.length == 0 && to.length == 0
                || from.length > 0 && !java.util.Arrays.equals(from, to) && java.util.Arrays.equals(((PyBytes) r).value, v)
                || from.length > 0 && java.util.Arrays.equals(from, to) && new String(v, StandardCharsets.ISO_8859_1)
                    .indexOf(new String(from, StandardCharsets.ISO_8859_1)) < 0;
            if (none) {
                return self;
            }
        }
        return r;
    }



    @ExposedMethod(name = "join")
    static PyObject join_(PyObject self, PyObject[] args, String[] kw) {
        if (!(self instanceof PyByteArray ba)) {
            return viaStr(self, "join", args, kw);
        }
        // The separator is exported while the items are gathered: an iterator that resizes
        // it gets BufferError. Compare bytearrayobject.c: bytearray_join (gh-112625).
        ba.heldExports++;
        try {
            return viaStr(self, "join", args, kw);
        } finally {
            ba.heldExports--;
        }
    }

    @ExposedMethod(name = "partition")
    static PyObject partition_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "partition", args, kw);
    }

    @ExposedMethod(name = "rpartition")
    static PyObject rpartition_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "rpartition", args, kw);
    }

    /**
     * An exact bytes that needs no padding is returned itself (the padding adds to the length
     * or leaves the content as it is). Compare stringlib/transmogrify.h: pad, stringlib_zfill.
     */
    private static PyObject selfIfUnpadded(PyObject self, PyObject r) {
        return self.type() == PyBytes.TYPE && ((PyBytes) r).value.length == ((PyBytes) self).value.length ? self : r;
    }

    @ExposedMethod(name = "center")
    static PyObject center_(PyObject self, PyObject[] args, String[] kw) {
        return selfIfUnpadded(self, viaStr(self, "center", args, kw));
    }

    @ExposedMethod(name = "ljust")
    static PyObject ljust_(PyObject self, PyObject[] args, String[] kw) {
        return selfIfUnpadded(self, viaStr(self, "ljust", args, kw));
    }

    @ExposedMethod(name = "rjust")
    static PyObject rjust_(PyObject self, PyObject[] args, String[] kw) {
        return selfIfUnpadded(self, viaStr(self, "rjust", args, kw));
    }

    @ExposedMethod(name = "zfill")
    static PyObject zfill_(PyObject self, PyObject[] args, String[] kw) {
        return selfIfUnpadded(self, viaStr(self, "zfill", args, kw));
    }












    @ExposedMethod(name = "expandtabs")
    static PyObject expandtabs_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "expandtabs", args, kw);
    }

    @ExposedMethod(name = "removeprefix")
    static PyObject removeprefix_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "removeprefix", args, kw);
    }

    @ExposedMethod(name = "removesuffix")
    static PyObject removesuffix_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "removesuffix", args, kw);
    }

    @ExposedMethod(name = "isascii")
    static PyObject isascii_(PyObject self, PyObject[] args, String[] kw) {
        return viaStr(self, "isascii", args, kw);
    }

    // ---- ASCII character classes (BytesCtype) ----

    private static PyObject same(PyObject self, byte[] v) {
        return self instanceof PyByteArray ? new PyByteArray(v) : new PyBytes(v);
    }

    private static byte[] value(PyObject self) {
        return PyByteArray.bytesOf(self);
    }

    @ExposedMethod(name = "upper")
    static PyObject upper_(PyObject self) {
        return same(self, BytesCtype.changeCase(value(self), 0));
    }

    @ExposedMethod(name = "lower")
    static PyObject lower_(PyObject self) {
        return same(self, BytesCtype.changeCase(value(self), 1));
    }

    @ExposedMethod(name = "swapcase")
    static PyObject swapcase_(PyObject self) {
        return same(self, BytesCtype.changeCase(value(self), 2));
    }

    @ExposedMethod(name = "title")
    static PyObject title_(PyObject self) {
        return same(self, BytesCtype.changeCase(value(self), 3));
    }

    @ExposedMethod(name = "capitalize")
    static PyObject capitalize_(PyObject self) {
        return same(self, BytesCtype.changeCase(value(self), 4));
    }

    @ExposedMethod(name = "isspace")
    static PyObject isspace_(PyObject self) {
        return PyBool.of(BytesCtype.all(value(self), 0));
    }

    @ExposedMethod(name = "isalpha")
    static PyObject isalpha_(PyObject self) {
        return PyBool.of(BytesCtype.all(value(self), 1));
    }

    @ExposedMethod(name = "isalnum")
    static PyObject isalnum_(PyObject self) {
        return PyBool.of(BytesCtype.all(value(self), 2));
    }

    @ExposedMethod(name = "isdigit")
    static PyObject isdigit_(PyObject self) {
        return PyBool.of(BytesCtype.all(value(self), 3));
    }

    @ExposedMethod(name = "isupper")
    static PyObject isupper_(PyObject self) {
        return PyBool.of(BytesCtype.cased(value(self), true));
    }

    @ExposedMethod(name = "islower")
    static PyObject islower_(PyObject self) {
        return PyBool.of(BytesCtype.cased(value(self), false));
    }

    @ExposedMethod(name = "istitle")
    static PyObject istitle_(PyObject self) {
        return PyBool.of(BytesCtype.isTitle(value(self)));
    }

    private static PyObject list(PyObject self, java.util.List<byte[]> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = same(self, parts.get(i));
        }
        return new PyList(items);
    }

    /** split/rsplit: with a separator as str.split on the Latin-1 mapping, without on ASCII whitespace. */
    private static PyObject split(PyObject self, String name, PyObject sep, PyObject maxsplit) {
        long max = maxsplit == null ? -1 : Abstract.index(maxsplit).longValue();
        if (sep == null || sep == PyNone.NONE) {
            return list(self, BytesCtype.splitWhitespace(value(self), max, name.equals("rsplit")));
        }
        bytesLike(sep);
        return viaStr(self, name, new PyObject[] {sep, PyInt.of(max)}, new String[0]);
    }

    @ExposedMethod(name = "split", min = 0, names = {"sep", "maxsplit"})
    static PyObject split_(PyObject self, PyObject sep, PyObject maxsplit) {
        return split(self, "split", sep, maxsplit);
    }

    @ExposedMethod(name = "rsplit", min = 0, names = {"sep", "maxsplit"})
    static PyObject rsplit_(PyObject self, PyObject sep, PyObject maxsplit) {
        return split(self, "rsplit", sep, maxsplit);
    }

    private static PyObject strip(PyObject self, PyObject chars, boolean left, boolean right) {
        byte[] set = chars == null || chars == PyNone.NONE ? null : bytesLike(chars);
        byte[] v = value(self);
        byte[] r = BytesCtype.strip(v, set, left, right);
        // An exact bytes with nothing to strip is returned itself. Compare bytesobject.c: do_xstrip.
        return r.length == v.length && self.type() == PyBytes.TYPE ? self : same(self, r);
    }

    @ExposedMethod(name = "strip", min = 0, names = {"bytes"})
    static PyObject strip_(PyObject self, PyObject chars) {
        return strip(self, chars, true, true);
    }

    @ExposedMethod(name = "lstrip", min = 0, names = {"bytes"})
    static PyObject lstrip_(PyObject self, PyObject chars) {
        return strip(self, chars, true, false);
    }

    @ExposedMethod(name = "rstrip", min = 0, names = {"bytes"})
    static PyObject rstrip_(PyObject self, PyObject chars) {
        return strip(self, chars, false, true);
    }

    @ExposedMethod(name = "splitlines", min = 0, names = {"keepends"})
    static PyObject splitlines_(PyObject self, PyObject keepends) {
        return list(self, BytesCtype.splitLines(value(self), keepends != null && Abstract.isTrue(keepends)));
    }
}
