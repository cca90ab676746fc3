package org.pyvm.modules.hashes;

import java.util.HexFormat;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * A hash object of _md5, _sha1, _sha2, _sha3 or _blake2: update, digest, hexdigest,
 * copy, name, digest_size, block_size over an {@link Engine}. The methods are split by
 * kind so that each type shows what CPython's does: {@code Common} for all,
 * {@code Fixed} digest()/hexdigest(), {@code Shake} digest(length)/hexdigest(length),
 * {@code Sha3} the sponge's parameters. Compare CPython Modules/sha2module.c,
 * md5module.c, sha3module.c, _blake2/blake2b_impl.c.
 */
final class HashObject implements PyObject {

    private final PyType type;
    final String name;
    final int digestSize;
    final int blockSize;
    Engine engine;

    HashObject(PyType type, String name, int digestSize, int blockSize, Engine engine) {
        this.type = type;
        this.name = name;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
        this.engine = engine;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The bytes of a data argument: buffers only, with hashlib's messages. */
    static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw PyErr.typeError("Strings must be encoded before hashing");
        }
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("object supporting the buffer API required");
        }
        return b;
    }

    void feed(PyObject o) {
        if (o != null && o != PyNone.NONE) {
            byte[] b = data(o);
            engine.update(b, 0, b.length);
        }
    }

    private static String shortName(HashObject h) {
        return h.type.getName().substring(h.type.getName().lastIndexOf('.') + 1);
    }

    static final class Common {
        private Common() {}

        @ExposedMethod
        static PyObject update(HashObject self, PyObject[] args, String[] kw) {
            if (args.length != 1 || (kw != null && kw.length > 0)) {
                // The type's name, as CPython's METH_O message: "SHA256Type.update()", "HASH.update()"
                throw PyErr.typeError(shortName(self) + ".update() takes exactly one argument (" + args.length
                    + " given)");
            }
            self.feed(args[0]);
            return PyNone.NONE;
        }

        @ExposedMethod
        static PyObject copy(HashObject self) {
            return new HashObject(self.type, self.name, self.digestSize, self.blockSize, self.engine.copy());
        }

        @ExposedGetter
        static PyObject name(HashObject self) {
            return PyStr.of(self.name);
        }

        @ExposedGetter
        static PyObject digest_size(HashObject self) {
            return PyInt.of(self.digestSize);
        }

        @ExposedGetter
        static PyObject block_size(HashObject self) {
            return PyInt.of(self.blockSize);
        }
    }

    static final class Fixed {
        private Fixed() {}

        @ExposedMethod
        static PyObject digest(HashObject self) {
            return new PyBytes(self.engine.digest(self.digestSize));
        }

        @ExposedMethod
        static PyObject hexdigest(HashObject self) {
            return PyStr.of(HexFormat.of().formatHex(self.engine.digest(self.digestSize)));
        }
    }

    static final class Shake {
        private Shake() {}

        private static int length(HashObject self, PyObject[] args, String[] kw, String fn) {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length != 1 || nkw > 1 || (nkw == 1 && !kw[0].equals("length"))) {
                throw PyErr.typeError(shortName(self) + "." + fn + "() takes exactly one argument (" + args.length
                    + " given)");
            }
            long n = org.pyvm.runtime.Abstract.index(args[0]).longValue();
            if (n < 0) {
                throw PyErr.valueError("value must be positive");
            }
            if (n >= (1L << 29)) {
                throw PyErr.valueError("length is too large");
            }
            return (int) n;
        }

        @ExposedMethod
        static PyObject digest(HashObject self, PyObject[] args, String[] kw) {
            return new PyBytes(self.engine.digest(length(self, args, kw, "digest")));
        }

        @ExposedMethod
        static PyObject hexdigest(HashObject self, PyObject[] args, String[] kw) {
            return PyStr.of(HexFormat.of().formatHex(self.engine.digest(length(self, args, kw, "hexdigest"))));
        }
    }

    static final class Sha3 {
        private Sha3() {}

        @ExposedGetter
        static PyObject _capacity_bits(HashObject self) {
            return PyInt.of(1600 - ((Keccak) self.engine).rate * 8);
        }

        @ExposedGetter
        static PyObject _rate_bits(HashObject self) {
            return PyInt.of(((Keccak) self.engine).rate * 8);
        }

        @ExposedGetter
        static PyObject _suffix(HashObject self) {
            return new PyBytes(new byte[] {((Keccak) self.engine).suffix});
        }
    }
}
