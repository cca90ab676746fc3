package org.pyvm.modules.testbuffer;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * How _testbuffer packs and unpacks items: through the struct module's Python-level
 * objects (struct.Struct, calcsize, unpack_from), as the C module does, so that formats and
 * errors are struct's own. Compare Modules/_testbuffer.c: pack_from_list, pack_single,
 * unpack_single, get_nmemb.
 */
final class Structs {

    private Structs() {}

    static PyObject module() {
        return Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("struct"));
    }

    static PyObject calcsize() {
        return Abstract.getAttr(module(), "calcsize");
    }

    /** A struct.Struct(FORMAT) packing one item (a value, or a list or tuple of the members). */
    static final class Packer {
        private final PyObject pack;
        private final int nmemb;

        Packer(PyObject format) {
            PyObject so = Abstract.call(Abstract.getAttr(module(), "Struct"), format);
            pack = Abstract.getAttr(so, "pack");
            long size = Abstract.index(Abstract.getAttr(so, "size")).longValue();
            // get_nmemb reads the Struct's s_len: the number of values one item unpacks to.
            PyObject zero = Abstract.call(Abstract.getAttr(so, "unpack"), new PyBytes(new byte[(int) size]));
            nmemb = ((PyTuple) zero).size();
        }

        void packInto(byte[] mem, int p, PyObject item) {
            PyObject r;
            if ((item instanceof PyBytes || item.type().isSubtypeOf(PyInt.TYPE) || item.type().isSubtypeOf(PyFloat.TYPE)
                 || item.type().isSubtypeOf(PyBytes.TYPE)) && nmemb == 1) {
                r = Abstract.call(pack, item);
            } else if ((item instanceof PyList || item instanceof PyTuple) && Abstract.len(item) == nmemb) {
                r = Abstract.call(pack, Abstract.toArray(item));
            } else {
                throw PyErr.valueError("mismatch between initializer element and format string");
            }
            byte[] b = ((PyBytes) r).bytes();
            System.arraycopy(b, 0, mem, p, b.length);
        }
    }

    /** struct.Struct(FORMAT).unpack_from on items of ITEMSIZE bytes; a 1-tuple gives its item. */
    static final class Unpacker {
        private final PyObject unpack;
        private final int itemsize;

        Unpacker(String format, int itemsize) {
            PyObject so = Abstract.call(Abstract.getAttr(module(), "Struct"), PyStr.of(format));
            this.unpack = Abstract.getAttr(so, "unpack_from");
            this.itemsize = itemsize;
        }

        PyObject unpack(byte[] mem, int p) {
            PyObject r = Abstract.call(unpack, new PyBytes(java.util.Arrays.copyOfRange(mem, p, p + itemsize)));
            return r instanceof PyTuple t && t.size() == 1 ? t.get(0) : r;
        }
    }

    /** Compare unpack_single (struct.unpack_from(fmt, memory)); a missing format is unsigned bytes. */
    static PyObject unpackSingle(byte[] mem, int p, String fmt, int itemsize) {
        if (fmt == null) {
            fmt = "B";
            itemsize = 1;
        }
        PyObject r = Abstract.call(Abstract.getAttr(module(), "unpack_from"), PyStr.of(fmt),
            new PyBytes(java.util.Arrays.copyOfRange(mem, p, p + itemsize)));
        return r instanceof PyTuple t && t.size() == 1 ? t.get(0) : r;
    }
}
