package org.pyvm.modules.struct;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.BufferExporter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.codecs.CodecRegistry;

/**
 * The _struct module: pack, unpack, pack_into, unpack_from, iter_unpack, calcsize,
 * Struct, error and the format cache. Compare CPython Modules/_struct.c.
 */
public final class StructModule {

    private StructModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_struct");
        m.addFunctions(StructModule.class);
        PyDict d = m.getDict();
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("struct"));
        d.setStr("error", Abstract.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(PyExc.Exception), ns));
        d.setStr("Struct", StructObject.TYPE);
        return m;
    }

    /** struct.error of the current interpreter. */
    static PyType error() {
        PyModule m = PyRuntime.builtinModule("_struct");
        return (PyType) m.getDict().getStr("error");
    }

    private static final int MAXCACHE = 100;
    private static final Map<String, StructFormat> CACHE = new LinkedHashMap<>();

    /** The format text of a str (ASCII) or bytes argument. */
    static String formatText(PyObject fmt) {
        if (fmt instanceof PyStr s) {
            return new String(CodecRegistry.encode(s, "ascii", "strict").bytes(), StandardCharsets.ISO_8859_1);
        }
        if (fmt instanceof PyBytes b) {
            return new String(b.bytes(), StandardCharsets.ISO_8859_1);
        }
        // The short name (_PyType_Name), not tp_name.
        throw PyErr.typeError("Struct() argument 1 must be a str or bytes object, not "
            + org.pyvm.modules.corelib.Types.shortName(fmt.type()));
    }

    static StructFormat compile(String text) {
        if (text.indexOf('\0') >= 0) {
            throw StructFormat.error("embedded null character");
        }
        return StructFormat.compile(text);
    }

    /** The compiled format of a module function's first argument. */
    private static StructFormat cached(PyObject fmt) {
        String text = formatText(fmt);
        String key = (fmt instanceof PyStr ? "s" : "b") + text;
        StructFormat f = CACHE.get(key);
        if (f == null) {
            f = compile(text);
            if (CACHE.size() >= MAXCACHE) {
                CACHE.clear();
            }
            CACHE.put(key, f);
        }
        return f;
    }

    /** A bytes-like argument. */
    static byte[] buffer(PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    static PyBytes pack(StructFormat f, PyObject[] args, int from, int n) {
        if (n != f.len) {
            throw StructFormat.error("pack expected " + f.len + " items for packing (got " + n + ")");
        }
        if (f.size > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        byte[] buf = new byte[(int) f.size];
        f.pack(args, from, buf, 0);
        return new PyBytes(buf);
    }

    static PyObject unpack(StructFormat f, PyObject buffer) {
        byte[] b = buffer(buffer);
        if (b.length != f.size) {
            throw StructFormat.error("unpack requires a buffer of " + f.size + " bytes");
        }
        return PyTuple.of(f.unpack(b, 0));
    }

    static PyObject unpackFrom(StructFormat f, PyObject buffer, PyObject offsetArg) {
        byte[] b = buffer(buffer);
        long offset = offsetArg == null ? 0 : Abstract.index(offsetArg).longValue();
        long len = b.length;
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw StructFormat.error("not enough data to unpack " + f.size + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw StructFormat.error("offset " + offset + " out of range for " + len + "-byte buffer");
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw StructFormat.error("unpack_from requires a buffer of at least " + Long.toUnsignedString(f.size + offset)
                + " bytes for unpacking " + f.size + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
        }
        return PyTuple.of(f.unpack(b, (int) offset));
    }

    static void packInto(StructFormat f, PyObject[] args, int first, int nargs) {
        if (nargs < first + 1) {
            throw StructFormat.error("pack_into expected buffer argument");
        }
        if (nargs < first + 2) {
            throw StructFormat.error("pack_into expected offset argument");
        }
        if (nargs - first - 2 != f.len) {
            throw StructFormat.error("pack_into expected " + f.len + " items for packing (got " + (nargs - first - 2) + ")");
        }
        PyObject target = args[first];
        // A writable memoryview is packed into a copy and written back by slice assignment.
        boolean view = target instanceof PyMemoryView && !Abstract.isTrue(Abstract.getAttr(target, "readonly"));
        byte[] b;
        org.pyvm.runtime.PyBuffer full = null;
        if (target instanceof org.pyvm.runtime.BufferProvider) {
            // A full exporter ("w*": a writable, contiguous buffer, as getargs.c asks for).
            try {
                full = org.pyvm.runtime.PyBuffer.get(target, org.pyvm.runtime.PyBuffer.WRITABLE);
            } catch (org.pyvm.runtime.PyBaseException e) {
                throw PyErr.typeError("argument must be read-write bytes-like object, not " + target.type().getName());
            }
            b = new byte[full.len];
        } else if (target instanceof PyByteArray) {
            b = PyByteArray.bytesOf(target);
        } else if (target instanceof BufferExporter be && !be.exportedReadonly()) {
            b = be.exportedArray();
        } else if (view) {
            b = PyByteArray.bytesOf(target);
        } else {
            throw PyErr.typeError("argument must be read-write bytes-like object, not " + target.type().getName());
        }
        long offset = Abstract.index(args[first + 1]).longValue();
        long len = b.length;
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw StructFormat.error("no space to pack " + f.size + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw StructFormat.error("offset " + offset + " out of range for " + len + "-byte buffer");
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw StructFormat.error("pack_into requires a buffer of at least " + Long.toUnsignedString(f.size + offset)
                + " bytes for packing " + f.size + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
        }
        if (full != null) {
            try {
                byte[] part = new byte[(int) f.size];
                System.arraycopy(full.mem, full.buf + (int) offset, part, 0, part.length);
                try {
                    f.pack(args, first + 2, part, 0);
                } finally {
                    System.arraycopy(part, 0, full.mem, full.buf + (int) offset, part.length);
                }
            } finally {
                full.release();
            }
            return;
        }
        // Straight into the buffer: items before a bad argument stay written, as in CPython.
        if (view) {
            byte[] part = new byte[(int) f.size];
            try {
                f.pack(args, first + 2, part, 0);
            } finally {
                Abstract.setItem(target, new PySlice(PyInt.of(offset), PyInt.of(offset + f.size), PyNone.NONE),
                    new PyBytes(part));
            }
            return;
        }
        try {
            f.pack(args, first + 2, b, (int) offset);
        } finally {
            if (target instanceof BufferExporter be) {
                be.exportedWritten(b);
            }
        }
    }

    static PyObject iterUnpack(StructFormat f, PyObject buffer) {
        byte[] b = buffer(buffer);
        if (f.size == 0) {
            throw StructFormat.error("cannot iteratively unpack with a struct of length 0");
        }
        if (b.length % f.size != 0) {
            throw StructFormat.error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new UnpackIterator(f, b);
    }

    // --- module functions -------------------------------------------------------------

    @ExposedMethod
    static PyObject pack(PyObject[] args, String[] kw) {
        Args.noKeywords("pack", kw);
        if (args.length == 0) {
            throw PyErr.typeError("missing format argument");
        }
        return pack(cached(args[0]), args, 1, args.length - 1);
    }

    @ExposedMethod
    static PyObject pack_into(PyObject[] args, String[] kw) {
        Args.noKeywords("pack_into", kw);
        if (args.length == 0) {
            throw PyErr.typeError("missing format argument");
        }
        packInto(cached(args[0]), args, 1, args.length);
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject unpack(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("unpack", args, kw, 2);
        return unpack(cached(a[0]), a[1]);
    }

    @ExposedMethod
    static PyObject unpack_from(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("unpack_from", args, kw, 2, 3, "format", "buffer", "offset");
        return unpackFrom(cached(a[0]), a[1], a[2]);
    }

    @ExposedMethod
    static PyObject iter_unpack(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("iter_unpack", args, kw, 2);
        return iterUnpack(cached(a[0]), a[1]);
    }

    @ExposedMethod
    static PyObject calcsize(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("calcsize", args, kw, 1);
        return PyInt.of(cached(a[0]).size);
    }

    @ExposedMethod
    static PyObject _clearcache(PyObject[] args, String[] kw) {
        Args.exact("_clearcache", args, kw, 0);
        CACHE.clear();
        return PyNone.NONE;
    }
}
