package org.pyvm.modules.hashes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The digests _hashlib offers, by name. CPython's _hashlib asks OpenSSL (EVP_MD_fetch);
 * pyvm has the JDK's MessageDigests for MD5, SHA-1 and SHA-2, and its own {@link Keccak}
 * and {@link Blake2}. Names resolve as _hashopenssl.c's py_digest_by_name does: first
 * hashlib's own names, exactly ("sha3_256", "blake2b"), then OpenSSL's names for the same
 * digests, in any case ("SHA2-256", "sha3-256", "BLAKE2b512"). RIPEMD-160 and SM3, which
 * OpenSSL also has, are not offered (the JDK has neither).
 */
final class Digests {

    private Digests() {}

    /** A digest: hashlib's name, its sizes and a maker of fresh states. XOF digests have size 0. */
    record Kind(String name, int digestSize, int blockSize, boolean xof, Supplier<Engine> maker) {
        Engine fresh() {
            return maker.get();
        }
    }

    /** By hashlib's name, in openssl_md_meth_names' order of the constructors. */
    static final Map<String, Kind> BY_NAME = new LinkedHashMap<>();
    /** OpenSSL's other names, lower-cased. */
    private static final Map<String, Kind> ALIASES = new HashMap<>();

    private static void add(String name, int size, int block, boolean xof, Supplier<Engine> maker, String... aliases) {
        Kind k = new Kind(name, size, block, xof, maker);
        BY_NAME.put(name, k);
        for (String a : aliases) {
            ALIASES.put(a, k);
        }
    }

    static {
        add("md5", 16, 64, false, () -> Engine.jdk("MD5"), "md5", "ssl3-md5");
        add("sha1", 20, 64, false, () -> Engine.jdk("SHA-1"), "sha1", "sha-1", "ssl3-sha1");
        add("sha224", 28, 64, false, () -> Engine.jdk("SHA-224"), "sha224", "sha2-224", "sha-224");
        add("sha256", 32, 64, false, () -> Engine.jdk("SHA-256"), "sha256", "sha2-256", "sha-256");
        add("sha384", 48, 128, false, () -> Engine.jdk("SHA-384"), "sha384", "sha2-384", "sha-384");
        add("sha512", 64, 128, false, () -> Engine.jdk("SHA-512"), "sha512", "sha2-512", "sha-512");
        add("sha3_224", 28, 144, false, () -> new Keccak(144, 0x06), "sha3-224");
        add("sha3_256", 32, 136, false, () -> new Keccak(136, 0x06), "sha3-256");
        add("sha3_384", 48, 104, false, () -> new Keccak(104, 0x06), "sha3-384");
        add("sha3_512", 64, 72, false, () -> new Keccak(72, 0x06), "sha3-512");
        add("shake_128", 0, 168, true, () -> new Keccak(168, 0x1f), "shake128", "shake-128");
        add("shake_256", 0, 136, true, () -> new Keccak(136, 0x1f), "shake256", "shake-256");
        add("sha512_224", 28, 128, false, () -> Engine.jdk("SHA-512/224"),
            "sha512-224", "sha512_224", "sha2-512/224", "sha-512/224");
        add("sha512_256", 32, 128, false, () -> Engine.jdk("SHA-512/256"),
            "sha512-256", "sha512_256", "sha2-512/256", "sha-512/256");
        add("blake2b", 64, 128, false, () -> blake2(true), "blake2b512", "blake2b-512");
        add("blake2s", 32, 64, false, () -> blake2(false), "blake2s256", "blake2s-256");
        add("md5-sha1", 36, 64, false, () -> new Concat(Engine.jdk("MD5"), Engine.jdk("SHA-1")), "md5-sha1");
    }

    private static Engine blake2(boolean big) {
        byte[] none = new byte[0];
        return Blake2.of(big, big ? 64 : 32, none, none, none, 1, 1, 0, 0, 0, 0, false);
    }

    /** The digest called NAME, or null. */
    static Kind lookUp(String name) {
        Kind k = BY_NAME.get(name);
        return k != null ? k : ALIASES.get(name.toLowerCase(Locale.ROOT));
    }

    /** OpenSSL's MD5-SHA1 (TLS 1.0's handshake digest): both digests, concatenated. */
    private record Concat(Engine a, Engine b) implements Engine {
        @Override
        public void update(byte[] data, int off, int len) {
            a.update(data, off, len);
            b.update(data, off, len);
        }

        @Override
        public byte[] digest(int length) {
            byte[] x = a.digest(16);
            byte[] y = b.digest(20);
            byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, out, x.length, y.length);
            return out;
        }

        @Override
        public Engine copy() {
            return new Concat(a.copy(), b.copy());
        }
    }
}
