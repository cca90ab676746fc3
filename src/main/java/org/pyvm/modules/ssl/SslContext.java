package org.pyvm.modules.ssl;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * {@code _ssl._SSLContext}: the settings new connections take (protocol range, options,
 * verification, certificate chain and key, CA certificates, cipher list, ALPN, SNI
 * callback). Each connection builds its own JDK SSLContext whose key and trust managers
 * ask this object (see {@link Trust}). Compare _ssl.c _ssl__SSLContext_impl and the
 * _ssl__SSLContext_* methods and getters.
 */
public final class SslContext implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("_ssl", "_SSLContext", SslContext.class, SslContext.class));

    private static final long DEFAULT_OPTIONS = 2186412112L;
    private static final long OP_NO_ANY = SslModule.OP_NO_SSLv3 | SslModule.OP_NO_TLSv1 | SslModule.OP_NO_TLSv1_1
        | SslModule.OP_NO_TLSv1_2 | SslModule.OP_NO_TLSv1_3;

    private final PyType type;
    private PyDict dict;
    final int protocol;
    long options = DEFAULT_OPTIONS;
    int verifyMode;
    boolean checkHostname;
    int hostFlags = 4;
    long verifyFlags = 32768;
    int minVersion = SslModule.PROTO_TLSv1_2;
    int maxVersion = SslModule.PROTO_MAX;
    int numTickets = 2;
    boolean postHandshakeAuth;
    PyObject sniCallback = PyNone.NONE;
    /** CA certificates (the store), in the order loaded, without duplicates. */
    final LinkedHashSet<X509Certificate> cas = new LinkedHashSet<>();
    /** CA directories (capath), looked into during verification. */
    final List<java.nio.file.Path> capaths = new ArrayList<>();
    /** Certificate revocation lists loaded from cafiles, consulted under VERIFY_CRL_CHECK_*. */
    final List<java.security.cert.X509CRL> crls = new ArrayList<>();
    PrivateKey key;
    X509Certificate[] chain;
    /** The TLS 1.2 suites set_ciphers chose. */
    List<Ciphers.Suite> ciphers;
    /** ALPN protocols in preference order, or null. */
    List<String> alpn;
    /** Named groups set by set_ecdh_curve, or null for the JDK's. */
    String[] groups;
    // session_stats counters
    long connects, connectsGood, accepts, acceptsGood;

    private SslContext(PyType type, int protocol) {
        this.type = type;
        this.protocol = protocol;
        this.ciphers = Ciphers.select(Ciphers.DEFAULT);
        if (protocol == SslModule.PROTOCOL_TLS_CLIENT) {
            verifyMode = SslModule.CERT_REQUIRED;
            checkHostname = true;
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** _SSLContext(protocol). */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("_SSLContext", args, kw, 1, 1, "protocol");
        long p = Abstract.index(a[0]).longValue();
        boolean ok = switch ((int) p) {
            case SslModule.PROTOCOL_TLS, SslModule.PROTOCOL_TLS_CLIENT, SslModule.PROTOCOL_TLS_SERVER -> true;
            case SslModule.PROTOCOL_TLSv1 -> Protocols.usable("TLSv1");
            case SslModule.PROTOCOL_TLSv1_1 -> Protocols.usable("TLSv1.1");
            case SslModule.PROTOCOL_TLSv1_2 -> true;
            default -> false;
        };
        if (!ok || p != (int) p) {
            throw PyErr.valueError("invalid or unsupported protocol version " + p);
        }
        String dep = switch ((int) p) {
            case SslModule.PROTOCOL_TLS -> "PROTOCOL_TLS";
            case SslModule.PROTOCOL_TLSv1 -> "PROTOCOL_TLSv1";
            case SslModule.PROTOCOL_TLSv1_1 -> "PROTOCOL_TLSv1_1";
            case SslModule.PROTOCOL_TLSv1_2 -> "PROTOCOL_TLSv1_2";
            default -> null;
        };
        if (dep != null) {
            warnDeprecated("ssl." + dep + " is deprecated");
        }
        SslContext c = new SslContext(cls, (int) p);
        if (p == SslModule.PROTOCOL_TLSv1 || p == SslModule.PROTOCOL_TLSv1_1 || p == SslModule.PROTOCOL_TLSv1_2) {
            int v = (int) p - SslModule.PROTOCOL_TLSv1 + SslModule.PROTO_TLSv1;
            c.minVersion = v;
            c.maxVersion = v;
        }
        return c;
    }

    boolean fixedVersion() {
        return protocol != SslModule.PROTOCOL_TLS && protocol != SslModule.PROTOCOL_TLS_CLIENT
            && protocol != SslModule.PROTOCOL_TLS_SERVER;
    }

    // ---- attributes ----

    @ExposedGetter
    static PyObject protocol(SslContext self) {
        return PyInt.of(self.protocol);
    }

    @ExposedGetter(setter = "setOptions")
    static PyObject options(SslContext self) {
        return PyInt.of(self.options);
    }

    static void setOptions(SslContext self, PyObject v) {
        java.math.BigInteger big = Abstract.index(notNull(v)).bigValue();
        if (big.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        if (big.bitLength() > 64) {
            throw PyErr.overflowError("int too big to convert");
        }
        long n = big.longValue();
        long set = ~self.options & n;
        if ((set & OP_NO_ANY) != 0) {
            warnDeprecated("ssl.OP_NO_SSL*/ssl.OP_NO_TLS* options are deprecated");
        }
        self.options = n;
    }

    static void warnDeprecated(String msg) {
        PyObject w = PyRuntime.builtinModule("_warnings");
        Abstract.call(Abstract.getAttr(w, "warn"), PyStr.of(msg), PyExc.DeprecationWarning, PyInt.of(2));
    }

    private static PyObject notNull(PyObject v) {
        if (v == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        return v;
    }

    @ExposedGetter(setter = "setVerifyMode")
    static PyObject verify_mode(SslContext self) {
        return PyInt.of(self.verifyMode);
    }

    static void setVerifyMode(SslContext self, PyObject v) {
        long n = Abstract.index(notNull(v)).longValue();
        if (n < 0 || n > 2) {
            throw PyErr.valueError("invalid value for verify_mode");
        }
        if (n == SslModule.CERT_NONE && self.checkHostname) {
            throw PyErr.valueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.");
        }
        self.verifyMode = (int) n;
    }

    @ExposedGetter(setter = "setCheckHostname")
    static PyObject check_hostname(SslContext self) {
        return PyBool.of(self.checkHostname);
    }

    static void setCheckHostname(SslContext self, PyObject v) {
        boolean b = Abstract.isTrue(notNull(v));
        if (b && self.verifyMode == SslModule.CERT_NONE) {
            self.verifyMode = SslModule.CERT_REQUIRED;
        }
        self.checkHostname = b;
    }

    @ExposedGetter(name = "_host_flags", setter = "setHostFlags")
    static PyObject hostFlags(SslContext self) {
        return PyInt.of(self.hostFlags);
    }

    static void setHostFlags(SslContext self, PyObject v) {
        self.hostFlags = (int) Abstract.index(notNull(v)).longValue();
    }

    @ExposedGetter(setter = "setVerifyFlags")
    static PyObject verify_flags(SslContext self) {
        return PyInt.of(self.verifyFlags);
    }

    static void setVerifyFlags(SslContext self, PyObject v) {
        long n = Abstract.index(notNull(v)).longValue();
        self.verifyFlags = n;
    }

    @ExposedGetter(setter = "setMinimumVersion")
    static PyObject minimum_version(SslContext self) {
        return PyInt.of(self.minVersion);
    }

    @ExposedGetter(setter = "setMaximumVersion")
    static PyObject maximum_version(SslContext self) {
        return PyInt.of(self.maxVersion);
    }

    private int version(PyObject v) {
        long n = Abstract.index(notNull(v)).longValue();
        if (fixedVersion()) {
            throw PyErr.valueError("The context's protocol doesn't support modification of highest and lowest version.");
        }
        if (n != SslModule.PROTO_MIN && n != SslModule.PROTO_MAX && (n < SslModule.PROTO_SSLv3 || n > SslModule.PROTO_TLSv1_3)) {
            throw PyErr.valueError("Unsupported TLS/SSL version 0x" + Long.toHexString(n));
        }
        if (n == SslModule.PROTO_SSLv3 || n == SslModule.PROTO_TLSv1 || n == SslModule.PROTO_TLSv1_1) {
            warnDeprecated("ssl.TLSVersion." + (n == SslModule.PROTO_SSLv3 ? "SSLv3"
                : n == SslModule.PROTO_TLSv1 ? "TLSv1" : "TLSv1_1") + " is deprecated");
        }
        return (int) n;
    }

    static void setMinimumVersion(SslContext self, PyObject v) {
        int n = self.version(v);
        self.minVersion = n == SslModule.PROTO_MAX ? SslModule.PROTO_TLSv1_3 : n;
    }

    static void setMaximumVersion(SslContext self, PyObject v) {
        int n = self.version(v);
        self.maxVersion = n == SslModule.PROTO_MIN ? SslModule.PROTO_SSLv3 : n;
    }

    @ExposedGetter
    static PyObject security_level(SslContext self) {
        return PyInt.of(2);
    }

    @ExposedGetter(setter = "setNumTickets")
    static PyObject num_tickets(SslContext self) {
        return PyInt.of(self.numTickets);
    }

    static void setNumTickets(SslContext self, PyObject v) {
        long n = Abstract.index(notNull(v)).longValue();
        if (n < 0) {
            throw PyErr.valueError("value must be non-negative");
        }
        if (self.protocol != SslModule.PROTOCOL_TLS_SERVER) {
            throw PyErr.valueError("SSLContext is not a server context.");
        }
        self.numTickets = (int) n;
    }

    @ExposedGetter(setter = "setPostHandshakeAuth")
    static PyObject post_handshake_auth(SslContext self) {
        return PyBool.of(self.postHandshakeAuth);
    }

    static void setPostHandshakeAuth(SslContext self, PyObject v) {
        self.postHandshakeAuth = Abstract.isTrue(notNull(v));
    }

    @ExposedGetter(setter = "setKeylogFilename")
    static PyObject keylog_filename(SslContext self) {
        return PyNone.NONE;
    }

    static void setKeylogFilename(SslContext self, PyObject v) {
        if (v != null && v != PyNone.NONE) {
            throw PyErr.of(PyExc.NotImplementedError,
                "pyvm _ssl: the JDK's TLS cannot write a key log (keylog_filename)");
        }
    }

    @ExposedGetter(name = "_msg_callback", setter = "setMsgCallback")
    static PyObject msgCallback(SslContext self) {
        return PyNone.NONE;
    }

    static void setMsgCallback(SslContext self, PyObject v) {
        if (v != null && v != PyNone.NONE) {
            throw PyErr.of(PyExc.NotImplementedError,
                "pyvm _ssl: the JDK's TLS does not report protocol messages (_msg_callback)");
        }
    }

    @ExposedGetter(setter = "setSniCallback")
    static PyObject sni_callback(SslContext self) {
        return self.sniCallback;
    }

    static void setSniCallback(SslContext self, PyObject v) {
        if (self.protocol == SslModule.PROTOCOL_TLS_CLIENT) {
            throw PyErr.valueError("sni_callback cannot be set on TLS_CLIENT context");
        }
        if (v == null || v == PyNone.NONE) {
            self.sniCallback = PyNone.NONE;
            return;
        }
        if (!Pem.callable(v)) {
            throw PyErr.typeError("not a callable object");
        }
        self.sniCallback = v;
    }

    // ---- certificates ----

    /** load_cert_chain(certfile, keyfile=None, password=None). */
    @ExposedMethod
    static void load_cert_chain(SslContext self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("load_cert_chain", args, kw, 1, 3, "certfile", "keyfile", "password");
        String certfile = Pem.pathArg(a[0], "certfile should be a valid filesystem path");
        String keyfile = a[1] == null || a[1] == PyNone.NONE ? null
            : Pem.pathArg(a[1], "keyfile should be a valid filesystem path");
        Pem.Password pw = new Pem.Password(a[2] == null || a[2] == PyNone.NONE ? null : a[2]);
        List<X509Certificate> certs = Pem.certificates(Pem.readFile(certfile), false);
        if (certs.isEmpty()) {
            throw Pem.pemLibError();
        }
        PrivateKey k = Pem.privateKey(Pem.readFile(keyfile == null ? certfile : keyfile), pw);
        if (k == null) {
            throw Pem.pemLibError();
        }
        if (!matches(k, certs.get(0))) {
            throw SslModule.error(SslModule.sslError, 116, "X509", "KEY_VALUES_MISMATCH", "key values mismatch",
                SslModule.LINE_CTX);
        }
        self.key = k;
        self.chain = certs.toArray(new X509Certificate[0]);
        // OpenSSL keeps one certificate per key type (CERT_PKEY slots): a second chain of
        // another type joins the first, one of the same type replaces it.
        self.keys.put(k.getAlgorithm(), new KeyEntry(k, self.chain));
    }

    /** A private key and its certificate chain, leaf first. */
    record KeyEntry(PrivateKey key, X509Certificate[] chain) {}

    /** The loaded key/chain pairs by key algorithm, in the order loaded (OpenSSL's per-type slots). */
    final java.util.LinkedHashMap<String, KeyEntry> keys = new java.util.LinkedHashMap<>();

    /** Whether the key belongs to the certificate: a signature made with one verifies with the other. */
    private static boolean matches(PrivateKey k, X509Certificate c) {
        String alg = switch (k.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            case "RSASSA-PSS" -> null;
            default -> k.getAlgorithm();
        };
        if (alg == null) {
            return true;
        }
        try {
            byte[] msg = "pyvm key check".getBytes(StandardCharsets.US_ASCII);
            Signature s = Signature.getInstance(alg);
            s.initSign(k);
            s.update(msg);
            byte[] sig = s.sign();
            Signature v = Signature.getInstance(alg);
            v.initVerify(c.getPublicKey());
            v.update(msg);
            return v.verify(sig);
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** load_verify_locations(cafile=None, capath=None, cadata=None). */
    @ExposedMethod
    static void load_verify_locations(SslContext self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("load_verify_locations", args, kw, 0, 3, "cafile", "capath", "cadata");
        PyObject cafile = a[0] == null ? PyNone.NONE : a[0];
        PyObject capath = a[1] == null ? PyNone.NONE : a[1];
        PyObject cadata = a[2] == null ? PyNone.NONE : a[2];
        if (cafile == PyNone.NONE && capath == PyNone.NONE && cadata == PyNone.NONE) {
            throw PyErr.typeError("cafile, capath and cadata cannot be all omitted");
        }
        String file = cafile == PyNone.NONE ? null : Pem.pathArg(cafile, "cafile should be a valid filesystem path");
        String dir = capath == PyNone.NONE ? null : Pem.pathArg(capath, "capath should be a valid filesystem path");
        if (cadata != PyNone.NONE) {
            if (cadata instanceof PyStr s) {
                byte[] b = s.value().getBytes(StandardCharsets.UTF_8);
                emptyCheck(b);
                List<X509Certificate> certs = Pem.certificates(b, false);
                if (certs.isEmpty()) {
                    // _setSSLError with a message of its own: no library, no reason, errno 0.
                    throw SslModule.error(SslModule.sslError, 0, null, null,
                        "no start line: cadata does not contain a certificate", SslModule.LINE_CTX);
                }
                self.cas.addAll(certs);
            } else {
                byte[] b = PyByteArray.bytesOf(cadata);
                if (b == null) {
                    throw PyErr.typeError("cadata should be an ASCII string or a bytes-like object");
                }
                emptyCheck(b);
                self.cas.addAll(derCertificates(b));
            }
        }
        if (file != null) {
            byte[] data = Pem.readFile(file);
            // X509_load_cert_crl_file: the file's certificates and CRLs; neither is an error.
            List<X509Certificate> certs = Pem.certificates(data, false);
            List<java.security.cert.X509CRL> lists = Pem.crls(data);
            if (certs.isEmpty() && lists.isEmpty()) {
                throw Pem.pemLibError();
            }
            self.cas.addAll(certs);
            for (java.security.cert.X509CRL l : lists) {
                if (!self.crls.contains(l)) {
                    self.crls.add(l);
                }
            }
        }
        if (dir != null) {
            // As OpenSSL's hashed-directory lookup: consulted during verification, and a
            // certificate found there joins the store only once a verification used it.
            self.capaths.add(org.pyvm.runtime.WorkingDir.get().resolve(dir));
        }
    }

    /** Compare _ssl.c: _add_ca_certs ("Empty certificate data"). */
    private static void emptyCheck(byte[] b) {
        if (b.length == 0) {
            throw PyErr.valueError("Empty certificate data");
        }
    }

    /**
     * The DER certificates of B, one after the other; bytes after the last one that are not a
     * certificate are OpenSSL's d2i_X509 error, as _add_ca_certs reports it. Compare _ssl.c:
     * _add_ca_certs.
     */
    private static List<X509Certificate> derCertificates(byte[] b) {
        List<X509Certificate> out = new ArrayList<>();
        int p = 0;
        try {
            while (p < b.length) {
                Der.Node n = Der.read(b, p);
                int end = n.start() + n.len();
                X509Certificate c = Pem.certificate(java.util.Arrays.copyOfRange(b, p, end));
                if (c == null) {
                    break;
                }
                out.add(c);
                p = end;
            }
        } catch (RuntimeException e) {
            // truncated data: what was read so far
        }
        if (out.isEmpty()) {
            throw SslModule.error(SslModule.sslError, 0, null, null,
                "not enough data: cadata does not contain a certificate", SslModule.LINE_CTX);
        }
        if (p < b.length) {
            throw trailingDerError(b, p);
        }
        return out;
    }

    /**
     * OpenSSL's error for the bytes from P that are not a certificate: a header cut short is
     * "header too long", content shorter than the header says "not enough data", a whole
     * value of another kind a "nested asn1 error" (ASN1_item_d2i's).
     */
    private static PyBaseException trailingDerError(byte[] b, int p) {
        int q = p + 2;
        long len = q <= b.length ? b[p + 1] & 0xff : -1;
        if (len >= 0x80) {
            int k = (int) len & 0x7f;
            len = k > 4 || q + k > b.length ? -1 : 0;
            for (int i = 0; len >= 0 && i < k; i++) {
                len = (len << 8) | (b[q++] & 0xff);
            }
        }
        if (len < 0) {
            return SslModule.error(SslModule.sslError, 123, "ASN1", "HEADER_TOO_LONG", "header too long",
                SslModule.LINE_CTX);
        }
        if (q + len > b.length) {
            return SslModule.error(SslModule.sslError, 142, "ASN1", "NOT_ENOUGH_DATA", "not enough data",
                SslModule.LINE_CTX);
        }
        return SslModule.error(SslModule.sslError, 524554, "ASN1", null, "nested asn1 error", SslModule.LINE_CTX);
    }

    /** set_default_verify_paths(): the system's CA bundle ($SSL_CERT_FILE, else the distribution's). */
    @ExposedMethod
    static void set_default_verify_paths(SslContext self) {
        String f = Trust.defaultCaFile();
        PyObject os = PyRuntime.modules.getStr("os");
        if (os != null) {
            PyObject v = Abstract.call(Abstract.getAttr(Abstract.getAttr(os, "environ"), "get"), PyStr.of("SSL_CERT_FILE"));
            if (v instanceof PyStr s) {
                f = s.value();
            }
        }
        try {
            self.cas.addAll(Pem.certificates(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(f)), false));
        } catch (java.io.IOException | RuntimeException e) {
            // OpenSSL ignores a missing default bundle too
        }
    }

    @ExposedMethod
    static void load_dh_params(SslContext self, PyObject path) {
        String p = Pem.pathArg(path, "path should be a valid filesystem path");
        // _Py_fopen_obj's event
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("open", path, PyStr.of("rb"), PyInt.of(0));
        }
        for (Pem.Block b : Pem.blocks(Pem.readFile(p))) {
            if (b.label().equals("DH PARAMETERS")) {
                // The JDK negotiates the RFC 7919 groups itself; the parameters are checked, not used.
                return;
            }
        }
        throw SslModule.error(SslModule.sslError, 108, "PEM", "NO_START_LINE", "no start line", SslModule.LINE_CTX);
    }

    @ExposedMethod
    static void set_ecdh_curve(SslContext self, PyObject name) {
        String n;
        if (name instanceof PyStr s) {
            n = s.value();
        } else if (name instanceof PyBytes b) {
            n = new String(b.bytes(), StandardCharsets.UTF_8);
        } else {
            throw PyErr.typeError("'" + name.type().getName() + "' object cannot be converted to 'PyBytes'");
        }
        String g = switch (n) {
            case "prime256v1", "secp256r1", "P-256" -> "secp256r1";
            case "secp384r1", "P-384" -> "secp384r1";
            case "secp521r1", "P-521" -> "secp521r1";
            case "X25519", "x25519" -> "x25519";
            case "X448", "x448" -> "x448";
            default -> null;
        };
        if (g == null) {
            throw PyErr.valueError("unknown elliptic curve name " + Abstract.repr(name));
        }
        self.groups = new String[] {g};
    }

    @ExposedMethod
    static void set_ciphers(SslContext self, PyObject spec) {
        String s = Abstract.strArg(spec, "set_ciphers");
        List<Ciphers.Suite> sel = Ciphers.select(s);
        if (sel == null) {
            throw SslModule.simple("No cipher can be selected.");
        }
        self.ciphers = sel;
    }

    @ExposedMethod
    static PyObject get_ciphers(SslContext self) {
        PyList out = new PyList();
        for (Ciphers.Suite s : enabledSuites(self)) {
            out.append(Ciphers.toDict(s));
        }
        return out;
    }

    /** The suites to enable, TLS 1.3 ones first (when the protocol range allows them). */
    static List<Ciphers.Suite> enabledSuites(SslContext self) {
        List<Ciphers.Suite> out = new ArrayList<>();
        if ((self.maxVersion == SslModule.PROTO_MAX || self.maxVersion >= SslModule.PROTO_TLSv1_3)
            && (self.options & SslModule.OP_NO_TLSv1_3) == 0) {
            out.addAll(Ciphers.tls13());
        }
        out.addAll(self.ciphers);
        return out;
    }

    @ExposedMethod
    static void _set_alpn_protocols(SslContext self, PyObject protos) {
        byte[] b = PyByteArray.bytesOf(protos);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + protos.type().getName() + "'");
        }
        List<String> out = new ArrayList<>();
        int p = 0;
        while (p < b.length) {
            int n = b[p] & 0xff;
            if (p + 1 + n > b.length) {
                break;
            }
            out.add(new String(b, p + 1, n, StandardCharsets.ISO_8859_1));
            p += 1 + n;
        }
        self.alpn = out;
    }

    @ExposedMethod
    static PyObject session_stats(SslContext self) {
        PyDict d = new PyDict();
        d.setStr("number", PyInt.of(0));
        d.setStr("connect", PyInt.of(self.connects));
        d.setStr("connect_good", PyInt.of(self.connectsGood));
        d.setStr("connect_renegotiate", PyInt.of(0));
        d.setStr("accept", PyInt.of(self.accepts));
        d.setStr("accept_good", PyInt.of(self.acceptsGood));
        d.setStr("accept_renegotiate", PyInt.of(0));
        d.setStr("hits", PyInt.of(0));
        d.setStr("misses", PyInt.of(0));
        d.setStr("timeouts", PyInt.of(0));
        d.setStr("cache_full", PyInt.of(0));
        return d;
    }

    /** The certificates of the capath directories. */
    List<X509Certificate> capathCertificates() {
        List<X509Certificate> out = new ArrayList<>();
        for (java.nio.file.Path p : capaths) {
            if (!java.nio.file.Files.isDirectory(p)) {
                continue;
            }
            try (var files = java.nio.file.Files.list(p)) {
                for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.sorted()::iterator) {
                    if (java.nio.file.Files.isRegularFile(f)) {
                        out.addAll(Pem.certificates(java.nio.file.Files.readAllBytes(f), false));
                    }
                }
            } catch (java.io.IOException e) {
                // an unreadable directory offers nothing, as OpenSSL's lookup finds nothing there
            }
        }
        return out;
    }

    /** Whether OpenSSL's X509_check_ca counts it a CA: basicConstraints CA, else (without that extension) keyCertSign or a v1 self-signed certificate. */
    static boolean isCa(X509Certificate c) {
        if (c.getBasicConstraints() >= 0) {
            return true;
        }
        if (c.getExtensionValue("2.5.29.19") != null) {
            return false;
        }
        boolean[] ku = c.getKeyUsage();
        if (ku != null) {
            return ku.length > 5 && ku[5];
        }
        return c.getVersion() == 1 && Trust.selfSigned(c);
    }

    @ExposedMethod
    static PyObject cert_store_stats(SslContext self) {
        int ca = 0;
        for (X509Certificate c : self.cas) {
            if (isCa(c)) {
                ca++;
            }
        }
        PyDict d = new PyDict();
        d.setStr("x509", PyInt.of(self.cas.size()));
        d.setStr("crl", PyInt.of(self.crls.size()));
        d.setStr("x509_ca", PyInt.of(ca));
        return d;
    }

    @ExposedMethod
    static PyObject get_ca_certs(SslContext self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("get_ca_certs", args, kw, 0, 1, "binary_form");
        boolean binary = a[0] != null && Abstract.isTrue(a[0]);
        PyList out = new PyList();
        for (X509Certificate c : self.cas) {
            if (!isCa(c)) {
                continue;
            }
            if (binary) {
                try {
                    out.append(new PyBytes(c.getEncoded()));
                } catch (java.security.cert.CertificateEncodingException e) {
                    throw SslModule.simple(String.valueOf(e.getMessage()));
                }
            } else {
                out.append(CertDecode.decode(c));
            }
        }
        return out;
    }

    // ---- connections ----

    /** _wrap_socket(sock, server_side, server_hostname=None, *, owner=None, session=None). */
    @ExposedMethod
    static PyObject _wrap_socket(SslContext self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("_wrap_socket", args, kw, 2, 3, "sock", "server_side", "server_hostname", "owner",
            "session");
        if (!(a[0] instanceof org.pyvm.modules.socket.PySocket sock)) {
            throw PyErr.typeError("_wrap_socket() argument 'sock' must be _socket.socket, not "
                + a[0].type().getName());
        }
        return SslObject.create(self, sock, null, null, Abstract.isTrue(a[1]), a[2], a[3], a[4]);
    }

    /** _wrap_bio(incoming, outgoing, server_side, server_hostname=None, *, owner=None, session=None). */
    @ExposedMethod
    static PyObject _wrap_bio(SslContext self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("_wrap_bio", args, kw, 3, 4, "incoming", "outgoing", "server_side",
            "server_hostname", "owner", "session");
        if (!(a[0] instanceof MemoryBio in)) {
            throw PyErr.typeError("_wrap_bio() argument 'incoming' must be _ssl.MemoryBIO, not "
                + a[0].type().getName());
        }
        if (!(a[1] instanceof MemoryBio out)) {
            throw PyErr.typeError("_wrap_bio() argument 'outgoing' must be _ssl.MemoryBIO, not "
                + a[1].type().getName());
        }
        return SslObject.create(self, null, in, out, Abstract.isTrue(a[2]), a[3], a[4], a[5]);
    }
}
