package org.pyvm.modules.hashes;

import java.util.HashMap;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The hash modules hashlib falls back on without OpenSSL's _hashlib: _md5, _sha1, _sha2
 * (constructor functions over JDK MessageDigests), _sha3 (types sha3_* and shake_* over
 * {@link Keccak}) and _blake2 (types blake2b and blake2s over {@link Blake2}).
 * Compare CPython Modules/md5module.c, sha1module.c, sha2module.c, sha3module.c,
 * _blake2/blake2module.c.
 */
public final class HashModules {

    private HashModules() {}

    private static PyType type(String module, String name, Class<?>... methods) {
        PyType t = Types.builtin(module, name, HashObject.class, methods[0]);
        for (int i = 1; i < methods.length; i++) {
            t.alsoExposedBy(methods[i]);
        }
        return Types.finish(t);
    }

    private static final class Plain {
        private Plain() {}
    }

    /** A JDK digest: TYPE's instances are made by the module function only. */
    private record Jdk(String algorithm, String name, int digestSize, int blockSize, PyType type) {}

    private static final Map<String, Jdk> JDK = new HashMap<>();
    private static final Map<PyType, int[]> SHA3 = new HashMap<>();

    private static Jdk jdk(String module, String typeName, String algorithm, String name, int size, int block) {
        // Made by the module's function only (no tp_new): "cannot create '_md5.md5' instances"
        PyType t = type(module, typeName, Plain.class, HashObject.Common.class, HashObject.Fixed.class).notSubclassable()
            .noInstances();
        Jdk j = new Jdk(algorithm, name, size, block, t);
        JDK.put(name, j);
        return j;
    }

    static final Jdk MD5 = jdk("_md5", "md5", "MD5", "md5", 16, 64);
    static final Jdk SHA1 = jdk("_sha1", "sha1", "SHA-1", "sha1", 20, 64);
    static final Jdk SHA224 = jdk("_sha2", "SHA224Type", "SHA-224", "sha224", 28, 64);
    static final Jdk SHA256 = jdk("_sha2", "SHA256Type", "SHA-256", "sha256", 32, 64);
    static final Jdk SHA384 = jdk("_sha2", "SHA384Type", "SHA-384", "sha384", 48, 128);
    static final Jdk SHA512 = jdk("_sha2", "SHA512Type", "SHA-512", "sha512", 64, 128);

    private static PyObject makeJdk(String fn, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse(fn, args, kw, 0, 1, "string", "usedforsecurity");
        Jdk j = JDK.get(fn);
        HashObject h = new HashObject(j.type, j.name, j.digestSize, j.blockSize, Engine.jdk(j.algorithm));
        h.feed(a[0]);
        return h;
    }

    /** The function holders: one class per module, so each module gets only its own. */
    static final class Md5 {
        private Md5() {}

        @ExposedMethod
        static PyObject md5(PyObject[] args, String[] kw) {
            return makeJdk("md5", args, kw);
        }
    }

    static final class Sha1 {
        private Sha1() {}

        @ExposedMethod
        static PyObject sha1(PyObject[] args, String[] kw) {
            return makeJdk("sha1", args, kw);
        }
    }

    static final class Sha2 {
        private Sha2() {}

        @ExposedMethod
        static PyObject sha224(PyObject[] args, String[] kw) {
            return makeJdk("sha224", args, kw);
        }

        @ExposedMethod
        static PyObject sha256(PyObject[] args, String[] kw) {
            return makeJdk("sha256", args, kw);
        }

        @ExposedMethod
        static PyObject sha384(PyObject[] args, String[] kw) {
            return makeJdk("sha384", args, kw);
        }

        @ExposedMethod
        static PyObject sha512(PyObject[] args, String[] kw) {
            return makeJdk("sha512", args, kw);
        }
    }

    public static PyModule md5() {
        PyModule m = new PyModule("_md5");
        m.addFunctions(Md5.class);
        m.getDict().setStr("MD5Type", MD5.type);
        return m;
    }

    public static PyModule sha1() {
        PyModule m = new PyModule("_sha1");
        m.addFunctions(Sha1.class);
        m.getDict().setStr("SHA1Type", SHA1.type);
        return m;
    }

    public static PyModule sha2() {
        PyModule m = new PyModule("_sha2");
        m.addFunctions(Sha2.class);
        PyDict d = m.getDict();
        d.setStr("SHA224Type", SHA224.type);
        d.setStr("SHA256Type", SHA256.type);
        d.setStr("SHA384Type", SHA384.type);
        d.setStr("SHA512Type", SHA512.type);
        return m;
    }

    // --- _sha3 ------------------------------------------------------------------------

    /** sha3_* and shake_* constructors. Compare sha3module.c: py_sha3_new_impl. */
    static final class Sha3New {
        private Sha3New() {}

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            PyType base = cls;
            while (!SHA3.containsKey(base)) {
                base = base.getBase();
            }
            String fn = Types.shortName(base);
            PyObject[] a = Args.parse(fn, args, kw, 0, 1, "", "usedforsecurity");
            int[] cfg = SHA3.get(base);
            HashObject h = new HashObject(cls, fn, cfg[0], cfg[1], new Keccak(cfg[1], cfg[2]));
            h.feed(a[0]);
            return h;
        }
    }

    private static PyType sha3(String name, int digestSize, int rate, int suffix, boolean shake) {
        PyType t = type("_sha3", name, Sha3New.class, HashObject.Common.class,
            shake ? HashObject.Shake.class : HashObject.Fixed.class, HashObject.Sha3.class);
        t.notSubclassable(); // as CPython's _sha3 and _blake2 types (no Py_TPFLAGS_BASETYPE)
        SHA3.put(t, new int[] {digestSize, rate, suffix});
        return t;
    }

    static final PyType SHA3_224 = sha3("sha3_224", 28, 144, 0x06, false);
    static final PyType SHA3_256 = sha3("sha3_256", 32, 136, 0x06, false);
    static final PyType SHA3_384 = sha3("sha3_384", 48, 104, 0x06, false);
    static final PyType SHA3_512 = sha3("sha3_512", 64, 72, 0x06, false);
    static final PyType SHAKE_128 = sha3("shake_128", 0, 168, 0x1f, true);
    static final PyType SHAKE_256 = sha3("shake_256", 0, 136, 0x1f, true);

    public static PyModule sha3() {
        PyModule m = new PyModule("_sha3");
        PyDict d = m.getDict();
        for (PyType t : new PyType[] {SHA3_224, SHA3_256, SHA3_384, SHA3_512, SHAKE_128, SHAKE_256}) {
            d.setStr(Types.shortName(t), t);
        }
        d.setStr("implementation", PyStr.of("HACL"));
        return m;
    }

    // --- _blake2 ----------------------------------------------------------------------

    private static final String[] BLAKE_NAMES = {"", "digest_size", "key", "salt", "person", "fanout", "depth",
        "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};

    private static long intParam(PyObject o, long dflt) {
        return o == null ? dflt : Abstract.index(o).longValue();
    }

    private static byte[] bytesParam(PyObject o) {
        return o == null ? new byte[0] : HashObject.data(o);
    }

    /** blake2b/blake2s constructors. Compare blake2b_impl.c: py_blake2b_new_impl and its checks. */
    static final class Blake2New {
        private Blake2New() {}

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            boolean big = cls.isSubtypeOf(BLAKE2B);
            String fn = big ? "blake2b" : "blake2s";
            PyObject[] a = Args.parse(fn, args, kw, 0, 1, BLAKE_NAMES);
            int max = big ? 64 : 32;
            int saltMax = big ? 16 : 8;
            long digestSize = intParam(a[1], max);
            if (digestSize < 1 || digestSize > max) {
                throw PyErr.valueError("digest_size must be between 1 and " + max + " bytes");
            }
            byte[] key = bytesParam(a[2]);
            if (key.length > max) {
                throw PyErr.valueError("maximum key length is " + max + " bytes");
            }
            byte[] salt = bytesParam(a[3]);
            if (salt.length > saltMax) {
                throw PyErr.valueError("maximum salt length is " + saltMax + " bytes");
            }
            byte[] person = bytesParam(a[4]);
            if (person.length > saltMax) {
                throw PyErr.valueError("maximum person length is " + saltMax + " bytes");
            }
            long fanout = intParam(a[5], 1);
            if (fanout < 0 || fanout > 255) {
                throw PyErr.valueError("fanout must be between 0 and 255");
            }
            long depth = intParam(a[6], 1);
            if (depth < 1 || depth > 255) {
                throw PyErr.valueError("depth must be between 1 and 255");
            }
            long leafSize = 0;
            if (a[7] != null) {
                PyInt v = Abstract.index(a[7]);
                if (v.signum() < 0) {
                    throw PyErr.valueError("value must be positive");
                }
                if (v.bigValue().bitLength() > 32) {
                    throw PyErr.overflowError("leaf_size is too large");
                }
                leafSize = v.bigValue().longValue();
            }
            long nodeOffset = 0;
            if (a[8] != null) {
                PyInt v = Abstract.index(a[8]);
                if (v.signum() < 0) {
                    throw PyErr.valueError("value must be positive");
                }
                if (v.bigValue().bitLength() > 64) {
                    throw PyErr.overflowError("int too big to convert");
                }
                if (!big && v.bigValue().bitLength() > 48) {
                    throw PyErr.overflowError("node_offset is too large");
                }
                nodeOffset = v.bigValue().longValue();
            }
            long nodeDepth = intParam(a[9], 0);
            if (nodeDepth < 0 || nodeDepth > 255) {
                throw PyErr.valueError("node_depth must be between 0 and 255");
            }
            long innerSize = intParam(a[10], 0);
            if (innerSize < 0 || innerSize > max) {
                throw PyErr.valueError("inner_size must be between 0 and is " + max);
            }
            boolean lastNode = a[11] != null && Abstract.isTrue(a[11]);
            Blake2 engine = Blake2.of(big, (int) digestSize, key, salt, person, (int) fanout, (int) depth, leafSize,
                nodeOffset, (int) nodeDepth, (int) innerSize, lastNode);
            HashObject h = new HashObject(cls, fn, (int) digestSize, big ? 128 : 64, engine);
            h.feed(a[0]);
            return h;
        }
    }

    private static PyType blake(String name, int salt, int max) {
        PyType t = type("_blake2", name, Blake2New.class, HashObject.Common.class, HashObject.Fixed.class);
        t.notSubclassable();
        PyDict d = t.getDict();
        d.setStr("SALT_SIZE", PyInt.of(salt));
        d.setStr("PERSON_SIZE", PyInt.of(salt));
        d.setStr("MAX_KEY_SIZE", PyInt.of(max));
        d.setStr("MAX_DIGEST_SIZE", PyInt.of(max));
        return t;
    }

    static final PyType BLAKE2B = blake("blake2b", 16, 64);
    static final PyType BLAKE2S = blake("blake2s", 8, 32);

    public static PyModule blake2() {
        PyModule m = new PyModule("_blake2");
        PyDict d = m.getDict();
        d.setStr("blake2b", BLAKE2B);
        d.setStr("blake2s", BLAKE2S);
        d.setStr("BLAKE2B_SALT_SIZE", PyInt.of(16));
        d.setStr("BLAKE2B_PERSON_SIZE", PyInt.of(16));
        d.setStr("BLAKE2B_MAX_KEY_SIZE", PyInt.of(64));
        d.setStr("BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(64));
        d.setStr("BLAKE2S_SALT_SIZE", PyInt.of(8));
        d.setStr("BLAKE2S_PERSON_SIZE", PyInt.of(8));
        d.setStr("BLAKE2S_MAX_KEY_SIZE", PyInt.of(32));
        d.setStr("BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(32));
        return m;
    }

}
