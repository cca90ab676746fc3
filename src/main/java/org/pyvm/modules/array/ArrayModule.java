package org.pyvm.modules.array;

import java.math.BigInteger;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The array module: the array type (also ArrayType), typecodes, and _array_reconstructor,
 * which pickles use with CPython's machine format codes. Compare CPython
 * Modules/arraymodule.c: array_reconstructor, typecode_to_mformat_code.
 */
public final class ArrayModule {

    private ArrayModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("array");
        m.addFunctions(ArrayModule.class);
        PyDict d = m.getDict();
        d.setStr("array", ArrayObject.TYPE);
        d.setStr("ArrayType", ArrayObject.TYPE);
        d.setStr("typecodes", PyStr.of(ItemCodec.TYPECODES));
        // Compare arraymodule.c: array_modexec, which registers array as a MutableSequence.
        org.pyvm.runtime.Abstract.call(org.pyvm.runtime.PyRuntime.builtins.getStr("__import__"), PyStr.of("collections.abc"));
        PyObject abc = org.pyvm.runtime.Abstract.getItem(org.pyvm.runtime.PyRuntime.modules, PyStr.of("collections.abc"));
        org.pyvm.runtime.Abstract.call(org.pyvm.runtime.Abstract.getAttr(
            org.pyvm.runtime.Abstract.getAttr(abc, "MutableSequence"), "register"), ArrayObject.TYPE);
        return m;
    }

    /** The machine format code of a typecode on a little-endian 64-bit Linux. */
    static int mformat(char tc) {
        return switch (tc) {
            case 'b' -> 1;
            case 'B' -> 0;
            case 'h' -> 4;
            case 'H' -> 2;
            case 'i' -> 8;
            case 'I' -> 6;
            case 'l', 'q' -> 12;
            case 'L', 'Q' -> 10;
            case 'f' -> 14;
            case 'd' -> 16;
            default -> 20;
        };
    }

    /**
     * The unit by which the bytes of machine format CODE must divide; for the UTF codes it is
     * twice the code unit, as in CPython's mformat_descriptors table.
     */
    private static int descrSize(int code) {
        return code <= 1 ? 1 : code <= 5 ? 2 : code <= 9 ? 4 : code <= 13 ? 8 : code <= 15 ? 4 : code <= 17 ? 8
            : code <= 19 ? 4 : 8;
    }

    /** The items of BYTES in machine format CODE (0..17). */
    private static PyObject[] decode(int code, byte[] b) {
        int size = code <= 1 ? 1 : code <= 5 ? 2 : code <= 9 ? 4 : code <= 13 ? 8 : code <= 15 ? 4 : code <= 17 ? 8
            : code <= 19 ? 2 : 4;
        boolean big = code > 1 && code % 2 == 1;
        boolean signed = code == 1 || (code >= 2 && code <= 13 && (code / 2) % 2 == 0);
        int count = b.length / size;
        PyObject[] out = new PyObject[count];
        for (int i = 0; i < count; i++) {
            long v = 0;
            for (int k = 0; k < size; k++) {
                int at = i * size + (big ? k : size - 1 - k);
                v = v << 8 | (b[at] & 0xff);
            }
            if (code >= 14 && code <= 15) {
                out[i] = PyFloat.of(Float.intBitsToFloat((int) v));
            } else if (code >= 16 && code <= 17) {
                out[i] = PyFloat.of(Double.longBitsToDouble(v));
            } else if (code >= 18) {
                out[i] = PyStr.ofCodePoint((int) v);
            } else if (signed) {
                int shift = 64 - 8 * size;
                out[i] = PyInt.of(v << shift >> shift);
            } else {
                out[i] = size == 8 && v < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(v))) : PyInt.of(v);
            }
        }
        return out;
    }

    @ExposedMethod
    static PyObject _array_reconstructor(PyObject[] args, String[] kw) {
        org.pyvm.modules.corelib.Args.exact("_array_reconstructor", args, kw, 4);
        if (!(args[0] instanceof PyType cls)) {
            throw PyErr.typeError("first argument must be a type object, not " + args[0].type().getName());
        }
        if (!cls.isSubtypeOf(ArrayObject.TYPE)) {
            throw PyErr.typeError(cls.getName() + " is not a subtype of array.array");
        }
        if (!(args[1] instanceof PyStr s) || s.length() != 1 || ItemCodec.TYPECODES.indexOf(s.value().charAt(0)) < 0) {
            throw PyErr.valueError("second argument must be a valid type code");
        }
        long code = org.pyvm.runtime.Abstract.index(args[2]).longValue();
        if (code < 0 || code > 21) {
            throw PyErr.valueError("third argument must be a valid machine format code.");
        }
        if (!(args[3] instanceof PyBytes items)) {
            throw PyErr.typeError("fourth argument should be bytes, not " + args[3].type().getName());
        }
        char tc = s.value().charAt(0);
        if (code != mformat(tc) && items.bytes().length % descrSize((int) code) != 0) {
            throw PyErr.valueError("string length not a multiple of item size");
        }
        if (code >= 18 && code != mformat(tc)) {
            // UTF-16/UTF-32 items are decoded as text (a pair of surrogates makes one character) and
            // the array made from the str, as array_reconstructor does through make_array.
            String codec = code == 18 ? "utf-16-le" : code == 19 ? "utf-16-be" : code == 20 ? "utf-32-le" : "utf-32-be";
            PyObject text = org.pyvm.runtime.Abstract.call(org.pyvm.runtime.Abstract.getAttr(items, "decode"),
                PyStr.of(codec));
            return ArrayObject.__new__(cls, new PyObject[] {s, text}, null);
        }
        ArrayObject a = ArrayObject.make(cls, tc);
        if (code == mformat(tc)) {
            a.fromBytes(items.bytes().clone());
        } else {
            for (PyObject v : decode((int) code, items.bytes())) {
                a.append(v);
            }
        }
        return a;
    }
}
