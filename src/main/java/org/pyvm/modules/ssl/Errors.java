package org.pyvm.modules.ssl;

import java.util.Locale;
import javax.net.ssl.SSLException;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyStr;

/**
 * The JDK's TLS failures as OpenSSL's errors: a received alert keeps OpenSSL's reason name
 * ("SSLV3_ALERT_HANDSHAKE_FAILURE", "TLSV1_ALERT_UNKNOWN_CA", ...), a certificate that does
 * not verify is SSLCertVerificationError with verify_code and verify_message, and the
 * JDK's own messages are mapped to OpenSSL's reasons where they mean the same; otherwise the
 * JDK's text is shown as it is. Compare _ssl.c fill_and_set_sslerror.
 */
final class Errors {

    private Errors() {}

    private static final java.util.Set<String> SSLV3_ALERTS = java.util.Set.of("unexpected_message", "bad_record_mac",
        "decompression_failure", "handshake_failure", "no_certificate", "bad_certificate", "unsupported_certificate",
        "certificate_revoked", "certificate_expired", "certificate_unknown", "illegal_parameter");

    static PyBaseException translate(SSLException e, int line) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Trust.VerifyFailure v) {
                PyBaseException p = SslModule.error(SslModule.certVerifyError, SslModule.ERR_SSL, "SSL",
                    "CERTIFICATE_VERIFY_FAILED", "certificate verify failed: " + v.getMessage(), line);
                Abstract.setAttr(p, "verify_code", PyInt.of(v.code));
                Abstract.setAttr(p, "verify_message", PyStr.of(v.getMessage()));
                return p;
            }
            if (t instanceof PyBaseException p) {
                return p;
            }
        }
        String m = String.valueOf(e.getMessage());
        String reason;
        String text;
        int at = m.indexOf("Received fatal alert: ");
        if (at >= 0) {
            String alert = m.substring(at + 22).trim();
            String words = alert.replace('_', ' ');
            if (SSLV3_ALERTS.contains(alert)) {
                reason = "SSLV3_ALERT_" + alert.toUpperCase(Locale.ROOT);
                text = "sslv3 alert " + words;
            } else if (alert.equals("unrecognized_name")) {
                reason = "TLSV1_UNRECOGNIZED_NAME";
                text = "tlsv1 unrecognized name";
            } else if (alert.equals("certificate_required") || alert.equals("missing_extension")) {
                reason = "TLSV13_ALERT_" + alert.toUpperCase(Locale.ROOT);
                text = "tlsv13 alert " + words;
            } else {
                reason = "TLSV1_ALERT_" + alert.toUpperCase(Locale.ROOT);
                text = "tlsv1 alert " + words;
            }
        } else if (m.contains("No appropriate protocol")) {
            reason = "NO_PROTOCOLS_AVAILABLE";
            text = "no protocols available";
        } else if (m.contains("is not enabled or supported in server context")
            || m.contains("protocol version") || m.contains("The client supported protocol versions")
            || m.contains("The server selected protocol version")) {
            reason = "UNSUPPORTED_PROTOCOL";
            text = "unsupported protocol";
        } else if (m.contains("no cipher suites in common") || m.contains("No available authentication scheme")) {
            reason = "NO_SHARED_CIPHER";
            text = "no shared cipher";
        } else if (m.contains("Empty client certificate chain") || m.contains("Empty server certificate chain")) {
            reason = "PEER_DID_NOT_RETURN_A_CERTIFICATE";
            text = "peer did not return a certificate";
        } else if (m.contains("Unsupported or unrecognized SSL message") || m.contains("plaintext connection")) {
            reason = "WRONG_VERSION_NUMBER";
            text = "wrong version number";
        } else if (m.contains("application protocol") || m.contains("application layer protocol")) {
            reason = "NO_APPLICATION_PROTOCOL";
            text = "no application protocol";
        } else if (m.contains("Tag mismatch") || m.contains("bad record MAC") || m.contains("Invalid Padding")) {
            reason = "DECRYPTION_FAILED_OR_BAD_RECORD_MAC";
            text = "decryption failed or bad record mac";
        } else {
            return SslModule.error(SslModule.sslError, SslModule.ERR_SSL, "SSL", null, m, line);
        }
        return SslModule.error(SslModule.sslError, SslModule.ERR_SSL, "SSL", reason, text, line);
    }
}
