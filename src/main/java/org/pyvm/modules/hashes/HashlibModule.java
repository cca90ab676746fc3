package org.pyvm.modules.hashes;

import java.util.HexFormat;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.operator.OperatorModule;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMappingProxy;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _hashlib, the module CPython builds on OpenSSL (Modules/_hashopenssl.c), here over the
 * digests of {@link Digests}: new() and the openssl_* constructors make HASH (HASHXOF for
 * SHAKE) objects, hmac_new()/hmac_digest() HMAC, and pbkdf2_hmac() and scrypt() derive
 * keys. With it, hashlib has pbkdf2_hmac and scrypt, and hmac computes in Java. Errors
 * carry OpenSSL's texts where CPython passes them on ("[digital envelope routines]
 * unsupported").
 */
public final class HashlibModule {

    private HashlibModule() {}

    static final PyType HASH = Types.finish(Types.builtin("_hashlib", "HASH", HashObject.class, HashMethods.class)
        .alsoExposedBy(HashObject.Common.class).alsoExposedBy(HashObject.Fixed.class).notSubclassable().noInstances());
    static final PyType HASHXOF = Types.finish(Types.builtin("_hashlib", "HASHXOF", HashObject.class,
        XofMethods.class, HASH).notSubclassable().noInstances());
    static final PyType HMAC = Types.finish(Types.builtin("_hashlib", "HMAC", HmacObject.class, HmacMethods.class)
        .notSubclassable().noInstances());

    private static PyType unsupportedError;

    /** "[digital envelope routines] unsupported": what OpenSSL says of a digest it lacks. */
    private static PyBaseException unsupported() {
        return PyErr.of(unsupportedError, "[digital envelope routines] unsupported");
    }

    private static Digests.Kind digestByName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("name must be a string");
        }
        Digests.Kind k = Digests.lookUp(s.value());
        if (k == null) {
            throw unsupported();
        }
        return k;
    }

    /** A buffer argument, refusing str as Argument Clinic's Py_buffer converter does. */
    private static byte[] buffer(PyObject o) {
        byte[] b = o instanceof PyStr ? null : PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    private static HashObject newHash(Digests.Kind k, PyObject data) {
        HashObject h = new HashObject(k.xof() ? HASHXOF : HASH, k.name(), k.digestSize(), k.blockSize(), k.fresh());
        if (data != null) {
            byte[] b = HashObject.data(data);
            h.engine.update(b, 0, b.length);
        }
        return h;
    }

    private static HashObject construct(String fn, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse(fn, args, kw, 0, 1, "string", "usedforsecurity");
        return newHash(Digests.BY_NAME.get(fn.substring("openssl_".length())), a[0]);
    }

    /** The module's functions. Compare _hashopenssl.c's EVP_new_impl, pbkdf2_hmac, scrypt, hmac_*. */
    static final class Functions {
        private Functions() {}

        @ExposedMethod(name = "new")
        static PyObject new_(PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("new", args, kw, 1, 2, "name", "string", "usedforsecurity");
            return newHash(digestByName(a[0]), a[1]);
        }

        @ExposedMethod
        static PyObject openssl_md5(PyObject[] args, String[] kw) {
            return construct("openssl_md5", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_sha1(PyObject[] args, String[] kw) {
            return construct("openssl_sha1", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_sha224(PyObject[] args, String[] kw) {
            return construct("openssl_sha224", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_sha256(PyObject[] args, String[] kw) {
            return construct("openssl_sha256", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_sha384(PyObject[] args, String[] kw) {
            return construct("openssl_sha384", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_sha512(PyObject[] args, String[] kw) {
            return construct("openssl_sha512", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_sha3_224(PyObject[] args, String[] kw) {
            return construct("openssl_sha3_224", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_sha3_256(PyObject[] args, String[] kw) {
            return construct("openssl_sha3_256", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_sha3_384(PyObject[] args, String[] kw) {
            return construct("openssl_sha3_384", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_sha3_512(PyObject[] args, String[] kw) {
            return construct("openssl_sha3_512", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_shake_128(PyObject[] args, String[] kw) {
            return construct("openssl_shake_128", args, kw);
        }

        @ExposedMethod
        static PyObject openssl_shake_256(PyObject[] args, String[] kw) {
            return construct("openssl_shake_256", args, kw);
        }

        @ExposedMethod
        static PyObject pbkdf2_hmac(PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("pbkdf2_hmac", args, kw, 4, 5, "hash_name", "password", "salt", "iterations",
                "dklen");
            if (!(a[0] instanceof PyStr)) {
                throw PyErr.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not "
                    + a[0].type().getName());
            }
            byte[] password = buffer(a[1]);
            byte[] salt = buffer(a[2]);
            long iterations = cLong(a[3]);
            Digests.Kind k = digestByName(a[0]);
            if (iterations < 1) {
                throw PyErr.valueError("iteration value must be greater than 0.");
            }
            if (iterations > Integer.MAX_VALUE) {
                throw PyErr.overflowError("iteration value is too great.");
            }
            long dklen = k.digestSize();
            if (a[4] != null && a[4] != PyNone.NONE) {
                dklen = cLong(a[4]);
            }
            if (dklen < 1) {
                throw PyErr.valueError("key length must be greater than 0.");
            }
            if (dklen > Integer.MAX_VALUE) {
                throw PyErr.overflowError("key length is too great.");
            }
            if (k.xof()) {
                throw PyErr.valueError("no reason supplied"); // OpenSSL's HMAC refuses SHAKE
            }
            return new PyBytes(new Hmac(k, password).pbkdf2(salt, iterations, (int) dklen));
        }

        @ExposedMethod
        static PyObject scrypt(PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("scrypt", args, kw, 1, 1, "password", "salt", "n", "r", "p", "maxmem", "dklen");
            byte[] password = buffer(a[0]);
            if (a[1] == null || a[1] == PyNone.NONE) {
                throw PyErr.typeError("salt is required");
            }
            byte[] salt = buffer(a[1]);
            long n = unsignedLong(a[2], "n");
            long r = unsignedLong(a[3], "r");
            long p = unsignedLong(a[4], "p");
            if (Long.compareUnsigned(n, 2) < 0 || (n & (n - 1)) != 0) {
                throw PyErr.valueError("n must be a power of 2.");
            }
            long maxmem = a[5] == null ? 0 : cLong(a[5]);
            if (maxmem < 0 || maxmem > Integer.MAX_VALUE) {
                throw PyErr.valueError("maxmem must be positive and smaller than " + Integer.MAX_VALUE);
            }
            long dklen = a[6] == null ? 64 : cLong(a[6]);
            if (dklen < 1 || dklen > Integer.MAX_VALUE) {
                throw PyErr.valueError("dklen must be greater than 0 and smaller than " + Integer.MAX_VALUE);
            }
            if (!Scrypt.validParameters(n, r, p)) {
                throw PyErr.valueError("Invalid parameter combination for n, r, p, maxmem.");
            }
            long limit = maxmem == 0 ? Scrypt.DEFAULT_MAXMEM : maxmem;
            if (Long.compareUnsigned(Scrypt.memory(n, r, p), limit) > 0) {
                throw PyErr.valueError("[digital envelope routines] memory limit exceeded");
            }
            // Within 2**31 bytes of memory, so N, r and p fit ints.
            return new PyBytes(Scrypt.derive(password, salt, (int) n, (int) r, (int) p, (int) dklen));
        }

        @ExposedMethod
        static PyObject hmac_new(PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("hmac_new", args, kw, 1, 3, "key", "msg", "digestmod");
            byte[] key = buffer(a[0]);
            HmacObject h = new HmacObject(new Hmac(hmacDigest(a[2]), key));
            if (a[1] != null && a[1] != PyNone.NONE) {
                byte[] m = HashObject.data(a[1]);
                h.mac.update(m, 0, m.length);
            }
            return h;
        }

        @ExposedMethod
        static PyObject hmac_digest(PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("hmac_digest", args, kw, 3, 3, "key", "msg", "digest");
            byte[] key = buffer(a[0]);
            byte[] msg = buffer(a[1]);
            return new PyBytes(new Hmac(hmacDigest(a[2]), key).mac(msg));
        }

        @ExposedMethod
        static PyObject compare_digest(PyObject[] args, String[] kw) {
            PyObject[] a = Args.exact("compare_digest", args, kw, 2);
            return OperatorModule.compareDigest(a[0], a[1]);
        }

        @ExposedMethod
        static PyObject get_fips_mode() {
            return PyInt.of(0);
        }
    }

    /** digestmod as _hashopenssl.c's py_digest_by_digestmod takes it: a name or an openssl_* constructor. */
    private static Digests.Kind hmacDigest(PyObject digestmod) {
        if (digestmod == null || digestmod == PyNone.NONE) {
            throw PyErr.typeError("Missing required parameter 'digestmod'.");
        }
        Digests.Kind k;
        if (digestmod instanceof PyStr) {
            k = digestByName(digestmod);
        } else {
            PyObject name = constructors == null ? null : constructors.get(digestmod);
            if (name == null) {
                throw PyErr.of(unsupportedError, "Unsupported digestmod " + Abstract.repr(digestmod));
            }
            k = Digests.BY_NAME.get(((PyStr) name).value());
        }
        if (k.xof()) {
            throw PyErr.valueError("no reason supplied");
        }
        return k;
    }

    /** Argument Clinic's "long" converter (PyLong_AsLong). */
    private static long cLong(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(o);
        if (i.bigValue().bitLength() > 63) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /** scrypt's n, r and p: a required unsigned long (PyLong_AsUnsignedLong). */
    private static long unsignedLong(PyObject o, String name) {
        if (!(o instanceof PyInt i) || i.signum() < 0 || i.bigValue().bitLength() > 64) {
            throw PyErr.typeError(name + " is required and must be an unsigned int");
        }
        return i.bigValue().longValue();
    }

    /** HASH's repr (its other methods are HashObject.Common's and Fixed's). Compare _hashopenssl.c: EVP_repr. */
    static final class HashMethods {
        private HashMethods() {}

        @ExposedMethod
        static PyObject __repr__(HashObject self) {
            return PyStr.of("<" + self.name + " " + self.type().getName() + " object @ 0x" + Abstract.idHex(self) + ">");
        }
    }

    /** HASHXOF's digest(length) and hexdigest(length). Compare _hashopenssl.c: EVPXOF_digest_impl. */
    static final class XofMethods {
        private XofMethods() {}

        private static byte[] out(HashObject self, String fn, PyObject[] args, String[] kw) {
            long n = cLong(Args.parse(fn, args, kw, 1, 1, "length")[0]);
            if (n < 0) {
                throw PyErr.systemError("Negative size passed to PyBytes_FromStringAndSize");
            }
            if (n > Integer.MAX_VALUE / 2) {
                throw PyErr.memoryError();
            }
            return self.engine.digest((int) n);
        }

        @ExposedMethod
        static PyObject digest(HashObject self, PyObject[] args, String[] kw) {
            return new PyBytes(out(self, "digest", args, kw));
        }

        @ExposedMethod
        static PyObject hexdigest(HashObject self, PyObject[] args, String[] kw) {
            return PyStr.of(HexFormat.of().formatHex(out(self, "hexdigest", args, kw)));
        }
    }

    /** An HMAC object of hmac_new. */
    static final class HmacObject implements PyObject {
        final Hmac mac;

        HmacObject(Hmac mac) {
            this.mac = mac;
        }

        @Override
        public PyType type() {
            return HMAC;
        }
    }

    /** Compare _hashopenssl.c: _hashlib_HMAC_*. */
    static final class HmacMethods {
        private HmacMethods() {}

        @ExposedMethod
        static PyObject update(HmacObject self, PyObject[] args, String[] kw) {
            byte[] m = HashObject.data(Args.parse("update", args, kw, 1, 1, "msg")[0]);
            self.mac.update(m, 0, m.length);
            return PyNone.NONE;
        }

        @ExposedMethod
        static PyObject copy(HmacObject self) {
            return new HmacObject(self.mac.copy());
        }

        @ExposedMethod
        static PyObject digest(HmacObject self) {
            return new PyBytes(self.mac.digest());
        }

        @ExposedMethod
        static PyObject hexdigest(HmacObject self) {
            return PyStr.of(HexFormat.of().formatHex(self.mac.digest()));
        }

        @ExposedGetter
        static PyObject name(HmacObject self) {
            return PyStr.of("hmac-" + self.mac.kind.name());
        }

        @ExposedGetter
        static PyObject digest_size(HmacObject self) {
            return PyInt.of(self.mac.kind.digestSize());
        }

        @ExposedGetter
        static PyObject block_size(HmacObject self) {
            return PyInt.of(self.mac.kind.blockSize());
        }

        @ExposedMethod
        static PyObject __repr__(HmacObject self) {
            return PyStr.of("<" + self.mac.kind.name() + " HMAC object @ 0x" + Abstract.idHex(self) + ">");
        }
    }

    /** The openssl_* functions and their digest names (the module's _constructors). */
    private static PyDict constructors;

    public static PyModule create() {
        PyModule m = new PyModule("_hashlib");
        m.addFunctions(Functions.class);
        PyDict d = m.getDict();
        if (unsupportedError == null) {
            unsupportedError = Types.newException("_hashlib", "UnsupportedDigestmodError", null,
                org.pyvm.runtime.PyExc.ValueError);
        }
        d.setStr("UnsupportedDigestmodError", unsupportedError);
        d.setStr("HASH", HASH);
        d.setStr("HASHXOF", HASHXOF);
        d.setStr("HMAC", HMAC);
        PySet names = new PySet(true);
        PyDict cons = new PyDict();
        for (Digests.Kind k : Digests.BY_NAME.values()) {
            names.add(PyStr.of(k.name()));
            PyObject f = d.getStr("openssl_" + k.name());
            if (f != null) {
                cons.setItem(f, PyStr.of(k.name()));
            }
        }
        constructors = cons;
        d.setStr("openssl_md_meth_names", names);
        d.setStr("_constructors", new PyMappingProxy(cons));
        return m;
    }
}
