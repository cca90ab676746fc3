package org.pyvm.modules.ssl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.pyvm.modules.posix.Fs;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * PEM files: certificates, and private keys in PKCS#8 ("PRIVATE KEY", "ENCRYPTED PRIVATE
 * KEY": PBES2/PBES1 through the JDK), PKCS#1 ("RSA PRIVATE KEY"), SEC1 ("EC PRIVATE KEY"),
 * the traditional ones encrypted with a Proc-Type/DEK-Info header (OpenSSL's
 * EVP_BytesToKey with MD5), with a password given or asked of a callback.
 * Compare _ssl.c _ssl__SSLContext_load_cert_chain_impl, _pwinfo_set, _password_callback.
 */
final class Pem {

    private Pem() {}

    record Block(String label, Map<String, String> headers, byte[] der) {}

    static String pathArg(PyObject p, String what) {
        if (p instanceof PyStr || p instanceof PyBytes || Abstract.lookupAttr(p, "__fspath__") != null) {
            PyObject s = Fs.fspath(p);
            return s instanceof PyBytes b ? new String(b.bytes(), StandardCharsets.UTF_8) : s.toString();
        }
        throw PyErr.typeError(what);
    }

    static byte[] readFile(String path) {
        try {
            return java.nio.file.Files.readAllBytes(org.pyvm.runtime.WorkingDir.get().resolve(path));
        } catch (java.nio.file.NoSuchFileException e) {
            throw OsErrors.of(OsErrors.ENOENT, PyStr.of(path));
        } catch (IOException e) {
            throw OsErrors.from(e, PyStr.of(path));
        }
    }

    static List<Block> blocks(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        List<Block> out = new ArrayList<>();
        int p = 0;
        while (true) {
            int b = text.indexOf("-----BEGIN ", p);
            if (b < 0) {
                break;
            }
            int le = text.indexOf("-----", b + 11);
            if (le < 0) {
                break;
            }
            String label = text.substring(b + 11, le);
            String endMark = "-----END " + label + "-----";
            int e = text.indexOf(endMark, le);
            if (e < 0) {
                break;
            }
            String body = text.substring(le + 5, e);
            Map<String, String> headers = new HashMap<>();
            StringBuilder b64 = new StringBuilder();
            for (String line : body.split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                } else {
                    b64.append(line.trim());
                }
            }
            try {
                out.add(new Block(label, headers, Base64.getMimeDecoder().decode(b64.toString())));
            } catch (IllegalArgumentException x) {
                // a damaged block is skipped, as if absent
            }
            p = e + endMark.length();
        }
        return out;
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** The certificates of a PEM text (unparsable ones skipped). */
    static List<X509Certificate> certificates(byte[] data, boolean unused) {
        List<X509Certificate> out = new ArrayList<>();
        for (Block b : blocks(data)) {
            if (b.label.equals("CERTIFICATE") || b.label.equals("TRUSTED CERTIFICATE")
                || b.label.equals("X509 CERTIFICATE")) {
                X509Certificate c = certificate(b.der);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * The certificate revocation lists of a PEM text (unparsable ones skipped), as
     * X509_load_cert_crl_file reads them next to the certificates of a cafile.
     */
    static List<java.security.cert.X509CRL> crls(byte[] data) {
        List<java.security.cert.X509CRL> out = new ArrayList<>();
        for (Block b : blocks(data)) {
            if (b.label.equals("X509 CRL")) {
                try {
                    out.add((java.security.cert.X509CRL) CertificateFactory.getInstance("X.509")
                        .generateCRL(new ByteArrayInputStream(b.der)));
                } catch (GeneralSecurityException | RuntimeException e) {
                    // skipped, as an unreadable certificate is
                }
            }
        }
        return out;
    }

    static boolean callable(PyObject o) {
        return o instanceof org.pyvm.runtime.Callable || o instanceof org.pyvm.runtime.PyType
            || o.type().slot(org.pyvm.runtime.Slot.CALL) != null;
    }

    static org.pyvm.runtime.PyBaseException pemLibError() {
        return SslModule.error(SslModule.sslError, 9, "SSL", null, "PEM lib", SslModule.LINE_CTX);
    }

    static org.pyvm.runtime.PyBaseException badDecrypt() {
        return SslModule.error(SslModule.sslError, 100, "EVP", "BAD_DECRYPT", "bad decrypt", SslModule.LINE_CTX);
    }

    /** Where the password comes from: str, bytes-like, or a callable (asked only when needed). */
    static final class Password {
        private final PyObject source;

        Password(PyObject source) {
            if (source != null && !(source instanceof PyStr) && PyByteArray.bytesOf(source) == null
                && !callable(source)) {
                throw PyErr.typeError("password should be a string or callable");
            }
            this.source = source;
        }

        byte[] get() {
            if (source == null) {
                throw badDecrypt();
            }
            PyObject v = source;
            boolean called = false;
            if (!(v instanceof PyStr) && PyByteArray.bytesOf(v) == null) {
                v = Abstract.call(v);
                called = true;
            }
            byte[] b;
            if (v instanceof PyStr s) {
                b = s.value().getBytes(StandardCharsets.UTF_8);
            } else {
                b = PyByteArray.bytesOf(v);
                if (b == null) {
                    throw PyErr.typeError(called ? "password callback must return a string"
                        : "password should be a string or callable");
                }
            }
            if (b.length > 1024) {
                throw PyErr.valueError("password cannot be longer than 1024 bytes");
            }
            return b;
        }
    }

    /** The first private key of a PEM text, or null when there is none. */
    static PrivateKey privateKey(byte[] data, Password pw) {
        for (Block b : blocks(data)) {
            switch (b.label) {
                case "PRIVATE KEY":
                    return pkcs8(b.der);
                case "ENCRYPTED PRIVATE KEY":
                    return encryptedPkcs8(b.der, pw);
                case "RSA PRIVATE KEY":
                    return pkcs8(wrap("1.2.840.113549.1.1.1", Der.encode(0x05), decryptTraditional(b, pw)));
                case "EC PRIVATE KEY": {
                    byte[] sec1 = decryptTraditional(b, pw);
                    byte[] params = null;
                    for (Der.Node n : Der.read(sec1).children()) {
                        if (n.tag() == 0xa0) {
                            params = Der.whole(n.children().get(0));
                        }
                    }
                    if (params == null) {
                        throw pemLibError();
                    }
                    return pkcs8(wrap("1.2.840.10045.2.1", params, sec1));
                }
                case "DSA PRIVATE KEY":
                    throw PyErr.of(PyExc.NotImplementedError,
                        "pyvm _ssl: traditional DSA private keys are not supported; use PKCS#8");
                default:
                    break;
            }
        }
        return null;
    }

    private static byte[] encodeOid(String oid) {
        String[] p = oid.split("\\.");
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        o.write(Integer.parseInt(p[0]) * 40 + Integer.parseInt(p[1]));
        for (int i = 2; i < p.length; i++) {
            long v = Long.parseLong(p[i]);
            int n = 0;
            byte[] tmp = new byte[10];
            do {
                tmp[n++] = (byte) (v & 0x7f);
                v >>>= 7;
            } while (v != 0);
            for (int k = n - 1; k >= 0; k--) {
                o.write(tmp[k] | (k > 0 ? 0x80 : 0));
            }
        }
        return Der.encode(0x06, o.toByteArray());
    }

    /** PrivateKeyInfo ::= SEQUENCE { version 0, AlgorithmIdentifier, OCTET STRING key }. */
    private static byte[] wrap(String algOid, byte[] params, byte[] key) {
        return Der.encode(0x30, Der.encode(0x02, new byte[] {0}), Der.encode(0x30, encodeOid(algOid), params),
            Der.encode(0x04, key));
    }

    private static PrivateKey pkcs8(byte[] der) {
        String alg;
        try {
            String oid = Der.read(der).children().get(1).children().get(0).oid();
            alg = switch (oid) {
                case "1.2.840.113549.1.1.1" -> "RSA";
                case "1.2.840.113549.1.1.10" -> "RSASSA-PSS";
                case "1.2.840.10045.2.1" -> "EC";
                case "1.2.840.10040.4.1" -> "DSA";
                case "1.3.101.112" -> "Ed25519";
                case "1.3.101.113" -> "Ed448";
                default -> null;
            };
            if (alg == null) {
                throw pemLibError();
            }
            return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof org.pyvm.runtime.PyBaseException p) {
                throw p;
            }
            throw pemLibError();
        }
    }

    private static PrivateKey encryptedPkcs8(byte[] der, Password pw) {
        byte[] pass = pw.get();
        try {
            EncryptedPrivateKeyInfo epki = new EncryptedPrivateKeyInfo(der);
            String alg = epki.getAlgName();
            if (alg.equals("PBES2") || alg.equals("1.2.840.113549.1.5.13")) {
                alg = epki.getAlgParameters().toString();
            }
            char[] chars = new String(pass, StandardCharsets.UTF_8).toCharArray();
            javax.crypto.SecretKey key = SecretKeyFactory.getInstance(alg).generateSecret(new PBEKeySpec(chars));
            Cipher c = Cipher.getInstance(alg);
            c.init(Cipher.DECRYPT_MODE, key, epki.getAlgParameters());
            return pkcs8(epki.getKeySpec(c).getEncoded());
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            if (e instanceof org.pyvm.runtime.PyBaseException p) {
                throw p;
            }
            throw badDecrypt();
        }
    }

    /** The DER of a traditional key block, decrypted when its headers say it is encrypted. */
    private static byte[] decryptTraditional(Block b, Password pw) {
        String dek = b.headers.get("DEK-Info");
        if (dek == null || !String.valueOf(b.headers.get("Proc-Type")).contains("ENCRYPTED")) {
            return b.der;
        }
        String[] parts = dek.split(",");
        String name = parts[0].trim().toUpperCase(java.util.Locale.ROOT);
        byte[] iv = java.util.HexFormat.of().parseHex(parts[1].trim());
        int keyLen;
        String jalg;
        switch (name) {
            case "AES-128-CBC" -> { keyLen = 16; jalg = "AES"; }
            case "AES-192-CBC" -> { keyLen = 24; jalg = "AES"; }
            case "AES-256-CBC" -> { keyLen = 32; jalg = "AES"; }
            case "DES-EDE3-CBC" -> { keyLen = 24; jalg = "DESede"; }
            case "DES-CBC" -> { keyLen = 8; jalg = "DES"; }
            default -> throw PyErr.of(PyExc.NotImplementedError,
                "pyvm _ssl: private keys encrypted with " + name + " are not supported");
        }
        byte[] pass = pw.get();
        try {
            // EVP_BytesToKey(cipher, MD5, salt = iv[0:8], pass, count 1)
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] key = new byte[keyLen];
            byte[] prev = new byte[0];
            int got = 0;
            while (got < keyLen) {
                md5.update(prev);
                md5.update(pass);
                md5.update(iv, 0, 8);
                prev = md5.digest();
                int n = Math.min(prev.length, keyLen - got);
                System.arraycopy(prev, 0, key, got, n);
                got += n;
            }
            Cipher c = Cipher.getInstance(jalg + "/CBC/PKCS5Padding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, jalg), new IvParameterSpec(iv));
            byte[] out = c.doFinal(b.der);
            Der.read(out); // a wrong password gives garbage that is no DER
            return out;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw badDecrypt();
        }
    }
}
