package org.pyvm.modules.tkinter;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.codecs.Utf8;

/**
 * Python objects to Tcl objects and back, as CPython 3.12's _tkinter.c does it on Unix
 * (strings as UTF-8; from Tcl, its "modified UTF-8" NUL, C0 80, and CESU-8 surrogate pairs
 * for characters outside the BMP are read back too). Compare Modules/_tkinter.c: AsObj, TupleAsObj, asBignumObj,
 * FromObj, fromBignumObj, unicodeFromTclStringAndSize.
 */
final class TclConvert {

    private TclConvert() {}

    /**
     * The Tcl object types FromObj recognizes, looked up once (process-wide: Tcl registers
     * them at start-up). Compare Tkapp_New's caching of OldBooleanType ... PixelType.
     */
    static final class Types {
        private Types() {}

        static MemorySegment oldBoolean;
        static MemorySegment booleanType;
        static MemorySegment byteArray;
        static MemorySegment doubleType;
        static MemorySegment intType;
        static MemorySegment wideInt;
        static MemorySegment bignum;
        static MemorySegment list;
        static MemorySegment string;
        static MemorySegment pixel;
        private static boolean done;

        static synchronized void init() {
            if (done) {
                return;
            }
            oldBoolean = TclLib.getObjType("boolean");
            // Tcl 8.6 does not register "booleanString": find it from a parsed "true".
            MemorySegment v = TclLib.newStringObj(new byte[] {'t', 'r', 'u', 'e'});
            TclLib.incrRef(v);
            TclLib.getBooleanFromObj(MemorySegment.NULL, v);
            booleanType = TclLib.typePtr(v);
            TclLib.decrRef(v);
            v = TclLib.newByteArrayObj(new byte[0]);
            TclLib.incrRef(v);
            byteArray = TclLib.typePtr(v);
            TclLib.decrRef(v);
            doubleType = TclLib.getObjType("double");
            intType = TclLib.getObjType("int");
            wideInt = TclLib.getObjType("wideInt");
            bignum = TclLib.getObjType("bignum");
            list = TclLib.getObjType("list");
            string = TclLib.getObjType("string");
            pixel = TclLib.getObjType("pixel");
            done = true;
        }

        static boolean is(MemorySegment type, MemorySegment known) {
            return known != null && known.address() != 0 && type.address() == known.address();
        }
    }

    // ---- Tcl to Python

    /** unicodeFromTclStringAndSize: Tcl's bytes as str. */
    static PyStr unicode(byte[] s) {
        boolean ascii = true;
        for (byte b : s) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return PyStr.of(new String(s, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        try {
            return PyStr.of(Utf8.decode(s, "strict", true).text());
        } catch (PyBaseException e) {
            if (!e.type().isSubtypeOf(PyExc.UnicodeDecodeError)) {
                throw e;
            }
        }
        // Tcl writes NUL as C0 80 (modified UTF-8).
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        for (int i = 0; i < s.length; i++) {
            if (i + 1 < s.length && s[i] == (byte) 0xc0 && s[i + 1] == (byte) 0x80) {
                out.write(0);
                i++;
            } else {
                out.write(s[i]);
            }
        }
        String r = Utf8.decode(out.toByteArray(), "surrogateescape", true).text();
        if (r.indexOf('\udced') < 0) {
            return PyStr.of(r);
        }
        // CESU-8: a non-BMP character as two encoded surrogates, each ED xx xx, which
        // surrogateescape left as three escapes apiece.
        StringBuilder b = new StringBuilder(r.length());
        int n = r.length();
        for (int i = 0; i < n; i++) {
            char c = r.charAt(i);
            if (c == '\udced' && i + 5 < n
                && in(r.charAt(i + 1), 0xdca0, 0xdcaf) && in(r.charAt(i + 2), 0xdc80, 0xdcbf)
                && r.charAt(i + 3) == '\udced'
                && in(r.charAt(i + 4), 0xdcb0, 0xdcbf) && in(r.charAt(i + 5), 0xdc80, 0xdcbf)) {
                char high = (char) (0xd000 | ((r.charAt(i + 1) & 0x3f) << 6) | (r.charAt(i + 2) & 0x3f));
                char low = (char) (0xd000 | ((r.charAt(i + 4) & 0x3f) << 6) | (r.charAt(i + 5) & 0x3f));
                b.append(high).append(low);
                i += 5;
            } else {
                b.append(c);
            }
        }
        return PyStr.of(b.toString());
    }

    private static boolean in(char c, int lo, int hi) {
        return c >= lo && c <= hi;
    }

    /** unicodeFromTclObj: the object's string representation as str. */
    static PyStr unicode(MemorySegment obj) {
        return unicode(TclLib.stringOf(obj));
    }

    /** FromObj: the Python value of a Tcl object, by its type; a Tcl_Obj wrapper for other types. */
    static PyObject fromObj(TclInterp app, MemorySegment value) {
        MemorySegment type = TclLib.typePtr(value);
        if (type.address() == 0) {
            return unicode(value);
        }
        if (Types.is(type, Types.booleanType) || Types.is(type, Types.oldBoolean)) {
            int b = TclLib.getBooleanFromObj(app.interp, value);
            if (b < 0) {
                throw app.error();
            }
            return PyBool.of(b != 0);
        }
        if (Types.is(type, Types.byteArray)) {
            return new PyBytes(TclLib.byteArrayOf(value));
        }
        if (Types.is(type, Types.doubleType)) {
            return PyFloat.of(TclLib.doubleValue(value));
        }
        if (Types.is(type, Types.intType) || Types.is(type, Types.wideInt)) {
            long[] w = new long[1];
            if (TclLib.getWideIntFromObj(app.interp, value, w)) {
                return PyInt.of(w[0]);
            }
            TclLib.resetResult(app.interp);
        }
        if (Types.is(type, Types.intType) || Types.is(type, Types.wideInt) || Types.is(type, Types.bignum)) {
            return fromBignum(app, value);
        }
        if (Types.is(type, Types.list)) {
            int size = TclLib.listLength(app.interp, value);
            if (size < 0) {
                throw app.error();
            }
            PyObject[] items = new PyObject[size];
            for (int i = 0; i < size; i++) {
                MemorySegment e = TclLib.listIndex(app.interp, value, i);
                if (e == null) {
                    throw app.error();
                }
                items[i] = fromObj(app, e);
            }
            return PyTuple.of(items);
        }
        if (Types.is(type, Types.string) || Types.is(type, Types.pixel)) {
            return unicode(value);
        }
        if ((Types.bignum == null || Types.bignum.address() == 0) && "bignum".equals(TclLib.typeName(type))) {
            Types.bignum = type;
            return fromBignum(app, value);
        }
        return new TclObjObject(value);
    }

    /** fromBignumObj: any Tcl integer as int; TclError when it is not one. */
    static PyInt fromBignum(TclInterp app, MemorySegment value) {
        String hex = TclLib.bignumHex(app.interp, value);
        if (hex == null) {
            throw app.error();
        }
        return PyInt.of(new BigInteger(hex, 16));
    }

    // ---- Python to Tcl

    /** AsObj: a new Tcl object (reference count 0) for V. */
    static MemorySegment asObj(PyObject value) {
        if (value instanceof PyBytes b) {
            return TclLib.newByteArrayObj(b.bytes());
        }
        if (value instanceof PyBool b) {
            return TclLib.newBooleanObj(b.value != 0);
        }
        if (value instanceof PyInt i && i.type() == PyInt.TYPE) {
            if (!i.isBig()) {
                return TclLib.newLongObj(i.value);
            }
            BigInteger v = i.bigValue();
            MemorySegment r = TclLib.newBignumObj(v.toString(16));
            if (r.address() == 0) {
                throw PyErr.memoryError();
            }
            return r;
        }
        if (value instanceof PyFloat f) {
            return TclLib.newDoubleObj(f.value);
        }
        if (value instanceof PyTuple t) {
            return listObj(t.items(), false);
        }
        if (value instanceof PyList l) {
            return listObj(l.toArray(), true);
        }
        if (value instanceof PyStr s) {
            return TclLib.newStringObj(encode(s));
        }
        if (value instanceof TclObjObject o) {
            return o.value;
        }
        return asObj(Abstract.str(value));
    }

    private static MemorySegment listObj(PyObject[] items, boolean wrapped) {
        MemorySegment[] objs = new MemorySegment[items.length];
        // The items are new objects of reference count 0 until the list holds them; an
        // error part-way leaks the ones made (as TupleAsObj does).
        for (int i = 0; i < items.length; i++) {
            objs[i] = asObj(items[i]);
        }
        return TclLib.newListObj(objs);
    }

    /**
     * A str as 3.12's AsObj hands it to Tcl: its UTF-8 bytes with surrogateescape (an
     * embedded NUL goes as a NUL byte, which Tcl_NewStringObj keeps since it is given the
     * length; later CPython versions write C0 80 instead).
     */
    static byte[] encode(PyStr s) {
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 0x80) {
                return Utf8.encode(s, "surrogateescape");
            }
        }
        return v.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
