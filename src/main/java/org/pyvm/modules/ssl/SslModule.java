package org.pyvm.modules.ssl;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The {@code _ssl} module on the JDK's own TLS (JSSE's {@link javax.net.ssl.SSLEngine}), no
 * OpenSSL: the constants ssl.py reads, the exception classes, the RAND and ASN.1 object
 * functions, and the types {@link SslContext} ({@code _SSLContext}), {@link SslObject}
 * ({@code _SSLSocket}), {@link MemoryBio} and {@link SslSession}.
 * Compare CPython Modules/_ssl.c (PyInit__ssl, fill_and_set_sslerror, _ssl__RAND_bytes_impl).
 */
public final class SslModule {

    private SslModule() {}

    // SSL_get_error's answers, as _ssl.c exports them (PY_SSL_ERROR_*).
    static final int ERR_SSL = 1, ERR_WANT_READ = 2, ERR_WANT_WRITE = 3, ERR_SYSCALL = 5, ERR_ZERO_RETURN = 6,
        ERR_EOF = 8;
    static final int PROTO_MIN = -2, PROTO_MAX = -1, PROTO_SSLv3 = 0x300, PROTO_TLSv1 = 0x301,
        PROTO_TLSv1_1 = 0x302, PROTO_TLSv1_2 = 0x303, PROTO_TLSv1_3 = 0x304;
    static final int PROTOCOL_TLS = 2, PROTOCOL_TLSv1 = 3, PROTOCOL_TLSv1_1 = 4, PROTOCOL_TLSv1_2 = 5,
        PROTOCOL_TLS_CLIENT = 16, PROTOCOL_TLS_SERVER = 17;
    static final long OP_NO_SSLv3 = 0x02000000L, OP_NO_TLSv1 = 0x04000000L, OP_NO_TLSv1_2 = 0x08000000L,
        OP_NO_TLSv1_1 = 0x10000000L, OP_NO_TLSv1_3 = 0x20000000L;
    static final int CERT_NONE = 0, CERT_OPTIONAL = 1, CERT_REQUIRED = 2;
    static final int HOSTFLAG_NEVER_CHECK_SUBJECT = 0x20;
    /** X509_V_FLAG_CRL_CHECK and X509_V_FLAG_CRL_CHECK_ALL, the bits of VERIFY_CRL_CHECK_LEAF/CHAIN. */
    static final int VERIFY_CRL_CHECK_LEAF = 0x4, VERIFY_CRL_CHECK_ALL = 0x8;

    /** The _ssl.c line numbers CPython 3.12 reports ("(_ssl.c:NNNN)"), by operation. */
    static final int LINE_HANDSHAKE = 1000, LINE_READ = 2559, LINE_READ_EOF = 2580, LINE_WRITE = 2437, LINE_SHUTDOWN = 2706,
        LINE_CTX = 3900, LINE_CERT = 4050;

    private static final String VERSION = "JDK JSSE TLS (Java " + Runtime.version() + "; pyvm _ssl, no OpenSSL)";
    private static final Object[] CONSTANTS = {
        "ALERT_DESCRIPTION_ACCESS_DENIED", 49, "ALERT_DESCRIPTION_BAD_CERTIFICATE", 42,
        "ALERT_DESCRIPTION_BAD_CERTIFICATE_HASH_VALUE", 114, "ALERT_DESCRIPTION_BAD_CERTIFICATE_STATUS_RESPONSE", 113,
        "ALERT_DESCRIPTION_BAD_RECORD_MAC", 20, "ALERT_DESCRIPTION_CERTIFICATE_EXPIRED", 45,
        "ALERT_DESCRIPTION_CERTIFICATE_REVOKED", 44, "ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN", 46,
        "ALERT_DESCRIPTION_CERTIFICATE_UNOBTAINABLE", 111, "ALERT_DESCRIPTION_CLOSE_NOTIFY", 0,
        "ALERT_DESCRIPTION_DECODE_ERROR", 50, "ALERT_DESCRIPTION_DECOMPRESSION_FAILURE", 30,
        "ALERT_DESCRIPTION_DECRYPT_ERROR", 51, "ALERT_DESCRIPTION_HANDSHAKE_FAILURE", 40,
        "ALERT_DESCRIPTION_ILLEGAL_PARAMETER", 47, "ALERT_DESCRIPTION_INSUFFICIENT_SECURITY", 71,
        "ALERT_DESCRIPTION_INTERNAL_ERROR", 80, "ALERT_DESCRIPTION_NO_RENEGOTIATION", 100,
        "ALERT_DESCRIPTION_PROTOCOL_VERSION", 70, "ALERT_DESCRIPTION_RECORD_OVERFLOW", 22,
        "ALERT_DESCRIPTION_UNEXPECTED_MESSAGE", 10, "ALERT_DESCRIPTION_UNKNOWN_CA", 48,
        "ALERT_DESCRIPTION_UNKNOWN_PSK_IDENTITY", 115, "ALERT_DESCRIPTION_UNRECOGNIZED_NAME", 112,
        "ALERT_DESCRIPTION_UNSUPPORTED_CERTIFICATE", 43, "ALERT_DESCRIPTION_UNSUPPORTED_EXTENSION", 110,
        "ALERT_DESCRIPTION_USER_CANCELLED", 90, "CERT_NONE", 0, "CERT_OPTIONAL", 1, "CERT_REQUIRED", 2,
        "ENCODING_DER", 2, "ENCODING_PEM", 1, "HOSTFLAG_ALWAYS_CHECK_SUBJECT", 1,
        "HOSTFLAG_MULTI_LABEL_WILDCARDS", 8, "HOSTFLAG_NEVER_CHECK_SUBJECT", 32, "HOSTFLAG_NO_PARTIAL_WILDCARDS", 4,
        "HOSTFLAG_NO_WILDCARDS", 2, "HOSTFLAG_SINGLE_LABEL_SUBDOMAINS", 16, "OP_ALL", 2147483728L,
        "OP_CIPHER_SERVER_PREFERENCE", 4194304, "OP_ENABLE_KTLS", 8, "OP_ENABLE_MIDDLEBOX_COMPAT", 1048576,
        "OP_IGNORE_UNEXPECTED_EOF", 128, "OP_LEGACY_SERVER_CONNECT", 4, "OP_NO_COMPRESSION", 131072,
        "OP_NO_RENEGOTIATION", 1073741824, "OP_NO_SSLv2", 0, "OP_NO_SSLv3", OP_NO_SSLv3, "OP_NO_TICKET", 16384,
        "OP_NO_TLSv1", OP_NO_TLSv1, "OP_NO_TLSv1_1", OP_NO_TLSv1_1, "OP_NO_TLSv1_2", OP_NO_TLSv1_2,
        "OP_NO_TLSv1_3", OP_NO_TLSv1_3, "OP_SINGLE_DH_USE", 0, "OP_SINGLE_ECDH_USE", 0,
        "PROTOCOL_SSLv23", PROTOCOL_TLS, "PROTOCOL_TLS", PROTOCOL_TLS, "PROTOCOL_TLS_CLIENT", PROTOCOL_TLS_CLIENT,
        "PROTOCOL_TLS_SERVER", PROTOCOL_TLS_SERVER, "PROTOCOL_TLSv1", PROTOCOL_TLSv1,
        "PROTOCOL_TLSv1_1", PROTOCOL_TLSv1_1, "PROTOCOL_TLSv1_2", PROTOCOL_TLSv1_2,
        "PROTO_MAXIMUM_SUPPORTED", PROTO_MAX, "PROTO_MINIMUM_SUPPORTED", PROTO_MIN, "PROTO_SSLv3", PROTO_SSLv3,
        "PROTO_TLSv1", PROTO_TLSv1, "PROTO_TLSv1_1", PROTO_TLSv1_1, "PROTO_TLSv1_2", PROTO_TLSv1_2,
        "PROTO_TLSv1_3", PROTO_TLSv1_3, "SSL_ERROR_EOF", 8, "SSL_ERROR_INVALID_ERROR_CODE", 10, "SSL_ERROR_SSL", 1,
        "SSL_ERROR_SYSCALL", 5, "SSL_ERROR_WANT_CONNECT", 7, "SSL_ERROR_WANT_READ", 2, "SSL_ERROR_WANT_WRITE", 3,
        "SSL_ERROR_WANT_X509_LOOKUP", 4, "SSL_ERROR_ZERO_RETURN", 6, "VERIFY_ALLOW_PROXY_CERTS", 64,
        "VERIFY_CRL_CHECK_CHAIN", 12, "VERIFY_CRL_CHECK_LEAF", 4, "VERIFY_DEFAULT", 0,
        "VERIFY_X509_PARTIAL_CHAIN", 524288, "VERIFY_X509_STRICT", 32, "VERIFY_X509_TRUSTED_FIRST", 32768,
    };

    /** The exception classes of the module made last (ssl.SSLError and its subclasses). */
    static PyType sslError, zeroReturnError, wantReadError, wantWriteError, syscallError, eofError, certVerifyError;

    /**
     * SSLError's own __str__ (strerror when it is a str, else str(args)), as _ssl.c's
     * SSLError_str; the subclasses as PyInit__ssl makes them. Python source: the classes are
     * plain heap types in CPython too (PyErr_NewExceptionWithDoc).
     */
    private static final String EXCEPTIONS = """
        class SSLError(OSError):
            \"\"\"An error occurred in the SSL implementation.\"\"\"
            def __str__(self):
                if isinstance(self.strerror, str):
                    return self.strerror
                return str(self.args)
        class SSLCertVerificationError(SSLError, ValueError):
            \"\"\"A certificate could not be verified.\"\"\"
        class SSLZeroReturnError(SSLError):
            \"\"\"SSL/TLS session closed cleanly.\"\"\"
        class SSLWantWriteError(SSLError):
            \"\"\"Non-blocking SSL socket needs to write more data\nbefore the requested operation can be completed.\"\"\"
        class SSLWantReadError(SSLError):
            \"\"\"Non-blocking SSL socket needs to read more data\nbefore the requested operation can be completed.\"\"\"
        class SSLSyscallError(SSLError):
            \"\"\"System error when attempting SSL operation.\"\"\"
        class SSLEOFError(SSLError):
            \"\"\"SSL/TLS connection terminated abruptly.\"\"\"
        """;

    public static PyModule create() {
        PyModule m = new PyModule("_ssl");
        m.addFunctions(SslModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Implementation module for SSL socket operations.  See the socket module\n"
            + "for documentation."));
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            d.setStr((String) CONSTANTS[i], PyInt.of(((Number) CONSTANTS[i + 1]).longValue()));
        }
        PyDict ns = new PyDict();
        ns.setStr("__name__", PyStr.of("ssl"));
        ns.setStr("__builtins__", PyRuntime.builtins);
        Abstract.call(PyRuntime.builtins.getStr("exec"), PyStr.of(EXCEPTIONS), ns);
        // _ssl.c makes SSLError from a spec with Py_TPFLAGS_IMMUTABLETYPE (its subclasses with
        // PyErr_NewExceptionWithDoc, mutable).
        sslError = ((PyType) ns.getStr("SSLError")).markImmutable();
        zeroReturnError = (PyType) ns.getStr("SSLZeroReturnError");
        wantReadError = (PyType) ns.getStr("SSLWantReadError");
        wantWriteError = (PyType) ns.getStr("SSLWantWriteError");
        syscallError = (PyType) ns.getStr("SSLSyscallError");
        eofError = (PyType) ns.getStr("SSLEOFError");
        certVerifyError = (PyType) ns.getStr("SSLCertVerificationError");
        for (String n : new String[] {"SSLError", "SSLZeroReturnError", "SSLWantReadError", "SSLWantWriteError",
            "SSLSyscallError", "SSLEOFError", "SSLCertVerificationError"}) {
            d.setStr(n, ns.getStr(n));
        }
        d.setStr("_SSLContext", SslContext.TYPE);
        d.setStr("_SSLSocket", SslObject.TYPE);
        d.setStr("MemoryBIO", MemoryBio.TYPE);
        d.setStr("SSLSession", SslSession.TYPE);
        d.setStr("Certificate", SslCertificate.TYPE);
        // What the JDK offers, said truthfully: no SSLv2/SSLv3, no NPN; TLSv1/1.1 only when the
        // security policy (jdk.tls.disabledAlgorithms) leaves them enabled.
        d.setStr("HAS_SNI", PyBool.TRUE);
        d.setStr("HAS_ECDH", PyBool.TRUE);
        d.setStr("HAS_NPN", PyBool.FALSE);
        d.setStr("HAS_ALPN", PyBool.TRUE);
        d.setStr("HAS_SSLv2", PyBool.FALSE);
        d.setStr("HAS_SSLv3", PyBool.FALSE);
        d.setStr("HAS_TLSv1", PyBool.of(Protocols.usable("TLSv1")));
        d.setStr("HAS_TLSv1_1", PyBool.of(Protocols.usable("TLSv1.1")));
        d.setStr("HAS_TLSv1_2", PyBool.of(Protocols.usable("TLSv1.2")));
        d.setStr("HAS_TLSv1_3", PyBool.of(Protocols.usable("TLSv1.3")));
        // tls-unique needs the first Finished message, which JSSE does not expose.
        d.setStr("HAS_TLS_UNIQUE", PyBool.FALSE);
        // The version tuple keeps the shape ssl.py needs; the numbers are those of the OpenSSL
        // API level this module mirrors (3.0), the string says what really runs.
        PyTuple info = PyTuple.of(PyInt.of(3), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(15));
        d.setStr("OPENSSL_VERSION_NUMBER", PyInt.of(0x3000000FL));
        d.setStr("OPENSSL_VERSION_INFO", info);
        d.setStr("OPENSSL_VERSION", PyStr.of(VERSION));
        d.setStr("_OPENSSL_API_VERSION", info);
        d.setStr("_DEFAULT_CIPHERS", PyStr.of(Ciphers.DEFAULT));
        return m;
    }

    // ---- errors ----

    /**
     * An SSLError of class T: args (code, "[LIB: REASON] text (_ssl.c:LINE)"), with library and
     * reason attributes (None when absent). Compare fill_and_set_sslerror.
     */
    static PyBaseException error(PyType t, int code, String lib, String reason, String text, int line) {
        String msg;
        if (lib != null && reason != null) {
            msg = "[" + lib + ": " + reason + "] " + text + " (_ssl.c:" + line + ")";
        } else if (lib != null) {
            msg = "[" + lib + "] " + text + " (_ssl.c:" + line + ")";
        } else {
            msg = text + " (_ssl.c:" + line + ")";
        }
        PyBaseException e = (PyBaseException) Abstract.call(t, PyInt.of(code), PyStr.of(msg));
        Abstract.setAttr(e, "library", lib == null ? PyNone.NONE : PyStr.of(lib));
        Abstract.setAttr(e, "reason", reason == null ? PyNone.NONE : PyStr.of(reason));
        return e;
    }

    /** A plain SSLError with one argument, as _ssl.c's PyErr_SetString(PySSLErrorObject, ...). */
    static PyBaseException simple(String msg) {
        return (PyBaseException) Abstract.call(sslError, PyStr.of(msg));
    }

    static PyBaseException wantRead(int line) {
        return error(wantReadError, ERR_WANT_READ, null, null, "The operation did not complete (read)", line);
    }

    static PyBaseException wantWrite(int line) {
        return error(wantWriteError, ERR_WANT_WRITE, null, null, "The operation did not complete (write)", line);
    }

    static PyBaseException unexpectedEof(int line) {
        return error(eofError, ERR_EOF, "SSL", "UNEXPECTED_EOF_WHILE_READING", "EOF occurred in violation of protocol",
            line);
    }

    static PyBaseException zeroReturn(int line) {
        return error(zeroReturnError, ERR_ZERO_RETURN, null, null, "TLS/SSL connection has been closed (EOF)", line);
    }

    /** A bytes-like argument ("y*"): C-contiguous buffers only. */
    static byte[] buffer(PyObject b) {
        if (b instanceof org.pyvm.runtime.PyMemoryView
            && !Abstract.isTrue(Abstract.getAttr(b, "c_contiguous"))) {
            throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        byte[] data = b instanceof PyStr ? null : PyByteArray.bytesOf(b);
        if (data == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + b.type().getName() + "'");
        }
        return data;
    }

    // ---- module functions ----

    /** Made on first use: seeding a SecureRandom loads the security providers (ssl's import needs none). */
    private static final class Random {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /** RAND_bytes(n). Compare _ssl_RAND_bytes_impl. */
    @ExposedMethod
    static PyObject RAND_bytes(PyObject n) {
        long k = Abstract.index(n).longValue();
        if (k < 0) {
            throw PyErr.valueError("num must be positive");
        }
        if (k > Integer.MAX_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        byte[] b = new byte[(int) k];
        Random.RANDOM.nextBytes(b);
        return new PyBytes(b);
    }

    @ExposedMethod
    static PyObject RAND_status() {
        return PyBool.TRUE;
    }

    /** RAND_add(string, entropy): mixes the bytes into the generator. Compare _ssl_RAND_add_impl. */
    @ExposedMethod
    static void RAND_add(PyObject string, PyObject entropy) {
        byte[] b;
        if (string instanceof PyStr s) {
            b = s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else {
            b = PyByteArray.bytesOf(string);
            if (b == null) {
                throw PyErr.typeError("a bytes-like object is required, not '" + string.type().getName() + "'");
            }
        }
        Abstract.toDouble(entropy);
        Random.RANDOM.setSeed(b);
    }

    /** txt2obj(txt, name=False). Compare _ssl_txt2obj_impl. */
    @ExposedMethod
    static PyObject txt2obj(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("txt2obj", args, kw, 1, 2, "txt", "name");
        String txt = Abstract.strArg(a[0], "txt2obj");
        boolean name = a[1] != null && Abstract.isTrue(a[1]);
        Oids.Entry e = name ? Oids.byName(txt) : Oids.byOid(txt);
        if (e == null && name) {
            e = Oids.byOid(txt);
        }
        if (e == null) {
            if (Oids.isDotted(txt)) {
                throw PyErr.valueError("Unknown object");
            }
            throw PyErr.valueError("unknown object '" + txt + "'");
        }
        return e.tuple();
    }

    /** nid2obj(nid). Compare _ssl_nid2obj_impl. */
    @ExposedMethod
    static PyObject nid2obj(PyObject nid) {
        long n = Abstract.index(nid).longValue();
        if (n < 0) {
            throw PyErr.valueError("NID must be positive.");
        }
        Oids.Entry e = Oids.byNid((int) n);
        if (e == null) {
            throw PyErr.valueError("unknown NID " + n);
        }
        return e.tuple();
    }

    /** _test_decode_cert(path): the first certificate of a PEM file as getpeercert() gives it. */
    @ExposedMethod
    static PyObject _test_decode_cert(PyObject path) {
        String p = Pem.pathArg(path, "path");
        java.util.List<X509Certificate> certs = Pem.certificates(Pem.readFile(p), false);
        if (certs.isEmpty()) {
            throw error(sslError, ERR_SSL, "PEM", "NO_START_LINE", "no start line", LINE_CERT);
        }
        return CertDecode.decode(certs.get(0));
    }

    /** get_default_verify_paths(): the environment names and the bundle this module reads. */
    @ExposedMethod
    static PyObject get_default_verify_paths() {
        return PyTuple.of(PyStr.of("SSL_CERT_FILE"), PyStr.of(Trust.defaultCaFile()), PyStr.of("SSL_CERT_DIR"),
            PyStr.of(Trust.DEFAULT_CA_DIR));
    }
}
