package org.pyvm.modules.ssl;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Certificate verification as OpenSSL does it for _ssl: the chain against the context's CA
 * certificates (PKIX, no revocation), then the host name (X509_check_host with CPython's
 * flags: subjectAltName DNS names, the subject's commonName only when there are none,
 * a wildcard only as a whole left-most label; IP addresses against IP SANs). Failures
 * carry OpenSSL's verify code and message. Also the per-connection key and trust managers
 * the JDK's engine asks, which look at the connection's current context (an SNI callback
 * may change it). Compare OpenSSL crypto/x509/v3_utl.c do_x509_check, x509_vfy.c.
 */
final class Trust {

    private Trust() {}

    static final String DEFAULT_CA_DIR = "/etc/ssl/certs";
    private static final String[] CA_FILES = {"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem"};

    static String defaultCaFile() {
        for (String f : CA_FILES) {
            if (Files.isRegularFile(Path.of(f))) {
                return f;
            }
        }
        return "/etc/ssl/cert.pem";
    }

    /** A verification failure with OpenSSL's X509_V_ERR code and text. */
    static final class VerifyFailure extends CertificateException {
        private static final long serialVersionUID = 1L;
        final int code;

        VerifyFailure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    static boolean selfSigned(X509Certificate c) {
        if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
            return false;
        }
        try {
            c.verify(c.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static VerifyFailure noIssuer(List<X509Certificate> path) {
        X509Certificate last = path.get(path.size() - 1);
        if (selfSigned(last)) {
            return path.size() == 1 ? new VerifyFailure(18, "self-signed certificate")
                : new VerifyFailure(19, "self-signed certificate in certificate chain");
        }
        return new VerifyFailure(20, "unable to get local issuer certificate");
    }

    /**
     * Verifies CHAIN (leaf first) against the context's CAs, then its capath directories;
     * a capath certificate that served joins the store. The verified chain, leaf to anchor.
     */
    static List<X509Certificate> verifyChain(SslContext ctx, X509Certificate[] chain) throws VerifyFailure {
        try {
            return verifyChain(new ArrayList<>(ctx.cas), chain);
        } catch (VerifyFailure f) {
            if (ctx.capaths.isEmpty() || f.code != 20 && f.code != 18 && f.code != 19 && f.code != 2) {
                throw f;
            }
            List<X509Certificate> more = new ArrayList<>(ctx.cas);
            more.addAll(ctx.capathCertificates());
            List<X509Certificate> v = verifyChain(more, chain);
            X509Certificate anchor = v.get(v.size() - 1);
            ctx.cas.add(anchor);
            return v;
        }
    }

    /** Verifies CHAIN (leaf first) against ANCHORS. Compare X509_verify_cert. */
    static List<X509Certificate> verifyChain(Collection<X509Certificate> anchors, X509Certificate[] chain)
        throws VerifyFailure {
        if (chain == null || chain.length == 0) {
            throw new VerifyFailure(20, "unable to get local issuer certificate");
        }
        Set<X509Certificate> anchorSet = new HashSet<>(anchors);
        List<X509Certificate> path = new ArrayList<>(Arrays.asList(chain));
        for (int i = 0; i < path.size(); i++) {
            if (anchorSet.contains(path.get(i))) {
                path = new ArrayList<>(path.subList(0, i));
                break;
            }
        }
        long now = System.currentTimeMillis();
        for (X509Certificate c : chain) {
            if (c.getNotAfter().getTime() < now) {
                throw new VerifyFailure(10, "certificate has expired");
            }
            if (c.getNotBefore().getTime() > now) {
                throw new VerifyFailure(9, "certificate is not yet valid");
            }
            if (anchorSet.contains(c)) {
                break;
            }
        }
        if (path.isEmpty()) {
            return new ArrayList<>(List.of(chain[0]));
        }
        if (anchors.isEmpty()) {
            throw noIssuer(path);
        }
        try {
            Set<TrustAnchor> ta = new HashSet<>();
            for (X509Certificate a : anchors) {
                ta.add(new TrustAnchor(a, null));
            }
            PKIXParameters params = new PKIXParameters(ta);
            params.setRevocationEnabled(false);
            java.security.cert.PKIXCertPathValidatorResult res = (java.security.cert.PKIXCertPathValidatorResult)
                CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), params);
            List<X509Certificate> v = new ArrayList<>(path);
            X509Certificate anchor = res.getTrustAnchor().getTrustedCert();
            if (!v.get(v.size() - 1).equals(anchor)) {
                v.add(anchor);
            }
            return v;
        } catch (CertPathValidatorException e) {
            CertPathValidatorException.Reason r = e.getReason();
            if (r == CertPathValidatorException.BasicReason.EXPIRED) {
                throw new VerifyFailure(10, "certificate has expired");
            }
            if (r == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                throw new VerifyFailure(9, "certificate is not yet valid");
            }
            if (r == CertPathValidatorException.BasicReason.INVALID_SIGNATURE) {
                throw new VerifyFailure(7, "certificate signature failure");
            }
            if (r == java.security.cert.PKIXReason.NO_TRUST_ANCHOR) {
                throw noIssuer(path);
            }
            if (r == java.security.cert.PKIXReason.INVALID_KEY_USAGE) {
                throw new VerifyFailure(32, "key usage does not include certificate signing");
            }
            if (r == java.security.cert.PKIXReason.NOT_CA_CERT) {
                throw new VerifyFailure(79, "invalid CA certificate");
            }
            throw new VerifyFailure(20, "unable to get local issuer certificate");
        } catch (GeneralSecurityException e) {
            throw new VerifyFailure(20, "unable to get local issuer certificate");
        }
    }

    /**
     * OpenSSL's revocation step for a verified PATH (leaf to anchor): the leaf, or every
     * certificate when ALL (VERIFY_CRL_CHECK_CHAIN), needs a CRL of its issuer that the issuer
     * signed and that is current, and must not be on it. Compare x509_vfy.c: check_revocation,
     * check_cert, check_crl, cert_crl.
     */
    static void checkRevocation(List<java.security.cert.X509CRL> crls, List<X509Certificate> path, boolean all)
        throws VerifyFailure {
        int last = all ? path.size() - 1 : 0;
        long now = System.currentTimeMillis();
        for (int i = 0; i <= last; i++) {
            X509Certificate c = path.get(i);
            X509Certificate issuer = i + 1 < path.size() ? path.get(i + 1) : c;
            java.security.cert.X509CRL found = null;
            for (java.security.cert.X509CRL l : crls) {
                if (l.getIssuerX500Principal().equals(c.getIssuerX500Principal())) {
                    found = l;
                    break;
                }
            }
            if (found == null) {
                throw new VerifyFailure(3, "unable to get certificate CRL");
            }
            try {
                found.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new VerifyFailure(8, "CRL signature failure");
            }
            if (found.getThisUpdate().getTime() > now) {
                throw new VerifyFailure(11, "CRL is not yet valid");
            }
            if (found.getNextUpdate() != null && found.getNextUpdate().getTime() < now) {
                throw new VerifyFailure(12, "CRL has expired");
            }
            if (found.isRevoked(c)) {
                throw new VerifyFailure(23, "certificate revoked");
            }
        }
    }

    /** IP address bytes when HOST is an IPv4 or IPv6 literal, else null. */
    static byte[] ipLiteral(String host) {
        if (host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || host.indexOf(':') >= 0 && host.matches("[0-9a-fA-F:.]+")) {
            try {
                return InetAddress.ofLiteral(host).getAddress();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** Checks the leaf against HOST. Compare X509_check_host / X509_check_ip. */
    static void checkHost(X509Certificate leaf, String host, int hostFlags) throws VerifyFailure {
        byte[] ip = ipLiteral(host);
        List<Object> alt = CertDecode.altNames(leaf);
        if (ip != null) {
            for (Object a : alt) {
                if (a instanceof byte[] b && Arrays.equals(b, ip)) {
                    return;
                }
            }
            throw new VerifyFailure(64, "IP address mismatch, certificate is not valid for '" + host + "'.");
        }
        boolean anyDns = false;
        for (Object a : alt) {
            if (a instanceof String dns) {
                anyDns = true;
                if (matches(dns, host)) {
                    return;
                }
            }
        }
        if (!anyDns && (hostFlags & SslModule.HOSTFLAG_NEVER_CHECK_SUBJECT) == 0) {
            for (String cn : CertDecode.commonNames(leaf)) {
                if (matches(cn, host)) {
                    return;
                }
            }
        }
        throw new VerifyFailure(62, "Hostname mismatch, certificate is not valid for '" + host + "'.");
    }

    static boolean matches(String pattern, String host) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (p.indexOf('\0') >= 0) {
            return false;
        }
        if (p.equals(h)) {
            return true;
        }
        if (p.startsWith("*.") && p.indexOf('*', 1) < 0) {
            String rest = p.substring(1);
            // At least two labels after the wildcard, and it stands for exactly one label.
            if (rest.indexOf('.', 1) < 0) {
                return false;
            }
            int dot = h.indexOf('.');
            return dot > 0 && h.substring(dot).equals(rest) && !h.startsWith("xn--");
        }
        return false;
    }

    /** The trust manager of one connection: asks its object (verify mode, CAs, host). */
    static final class ConnTrust extends X509ExtendedTrustManager {
        private final SslObject conn;

        ConnTrust(SslObject conn) {
            this.conn = conn;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket s)
            throws CertificateException {
            conn.verifyPeer(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket s)
            throws CertificateException {
            conn.verifyPeer(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine e)
            throws CertificateException {
            conn.verifyPeer(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine e)
            throws CertificateException {
            conn.verifyPeer(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            conn.verifyPeer(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            conn.verifyPeer(chain);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** The key manager of one connection: the certificate chain and key of its current context. */
    static final class ConnKeys extends X509ExtendedKeyManager {
        private final SslObject conn;

        ConnKeys(SslObject conn) {
            this.conn = conn;
        }

        private static boolean fits(PrivateKey k, String keyType) {
            String a = k.getAlgorithm();
            return a.equalsIgnoreCase(keyType) || keyType.equals("EdDSA") && a.startsWith("Ed")
                || a.equals("EdDSA") && keyType.startsWith("Ed");
        }

        /** The key algorithm (the alias) of the first loaded key that fits one of KEYTYPES, in their order. */
        private String alias(String[] keyTypes) {
            SslContext c = conn.context;
            for (String t : keyTypes) {
                for (java.util.Map.Entry<String, SslContext.KeyEntry> e : c.keys.entrySet()) {
                    if (fits(e.getValue().key(), t)) {
                        return e.getKey();
                    }
                }
            }
            return null;
        }

        @Override
        public String[] getClientAliases(String keyType, java.security.Principal[] issuers) {
            String a = alias(new String[] {keyType});
            return a == null ? null : new String[] {a};
        }

        @Override
        public String chooseClientAlias(String[] keyType, java.security.Principal[] issuers, java.net.Socket s) {
            return alias(keyType);
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, java.security.Principal[] issuers, SSLEngine e) {
            return alias(keyType);
        }

        @Override
        public String[] getServerAliases(String keyType, java.security.Principal[] issuers) {
            return getClientAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, java.security.Principal[] issuers, java.net.Socket s) {
            return serverAlias(keyType);
        }

        @Override
        public String chooseEngineServerAlias(String keyType, java.security.Principal[] issuers, SSLEngine e) {
            return serverAlias(keyType);
        }

        /** The server's certificate, after the SNI callback (run here for a client that sent no name). */
        private String serverAlias(String keyType) {
            conn.sniWithoutName();
            return conn.sniFailed ? null : alias(new String[] {keyType});
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            SslContext.KeyEntry e = alias == null ? null : conn.context.keys.get(alias);
            return e == null ? null : e.chain();
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            SslContext.KeyEntry e = alias == null ? null : conn.context.keys.get(alias);
            return e == null ? null : e.key();
        }
    }
}
