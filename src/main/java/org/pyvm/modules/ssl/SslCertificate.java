package org.pyvm.modules.ssl;

import java.security.cert.X509Certificate;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/** {@code _ssl.Certificate}: one X.509 certificate. Compare _ssl.c PySSLCertificate_Type. */
final class SslCertificate implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_ssl", "Certificate", SslCertificate.class,
        SslCertificate.class)).notSubclassable();

    final X509Certificate cert;

    SslCertificate(X509Certificate cert) {
        this.cert = cert;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_ssl.Certificate' instances");
    }

    @ExposedMethod
    static PyObject get_info(SslCertificate self) {
        return CertDecode.decode(self.cert);
    }

    /** public_bytes(format=ENCODING_PEM). */
    @ExposedMethod
    static PyObject public_bytes(SslCertificate self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("public_bytes", args, kw, 0, 1, "format");
        long f = a[0] == null ? 1 : Abstract.index(a[0]).longValue();
        byte[] der;
        try {
            der = self.cert.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw SslModule.simple(String.valueOf(e.getMessage()));
        }
        if (f == 2) {
            return new PyBytes(der);
        }
        if (f != 1) {
            throw PyErr.valueError("Unsupported format");
        }
        String b64 = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return PyStr.of("-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n");
    }
}
