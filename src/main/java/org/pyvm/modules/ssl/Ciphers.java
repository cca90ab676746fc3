package org.pyvm.modules.ssl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyStr;

/**
 * Cipher suites: the JDK's IANA names beside OpenSSL's, and OpenSSL's cipher-string language
 * (set_ciphers) over them. TLS 1.3 suites are not chosen by cipher strings (OpenSSL has
 * SSL_CTX_set_ciphersuites for them) and stay enabled. Suites the JDK's security policy
 * disables (jdk.tls.disabledAlgorithms: static RSA, 3DES, ...) are never offered.
 * Compare OpenSSL ssl/ssl_ciph.c (ssl_cipher_process_rulestr) and _ssl.c cipher_to_dict.
 */
final class Ciphers {

    private Ciphers() {}

    static final String DEFAULT =
        "@SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:DHE+AES:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM";

    /** One suite: IANA code, JDK name, OpenSSL name, key exchange, authentication, cipher, bits, MAC. */
    record Suite(int code, String iana, String openssl, String kx, String au, String enc, int bits, String mac) {
        boolean tls13() {
            return kx.equals("any");
        }

        String protocol() {
            return tls13() ? "TLSv1.3" : mac.equals("SHA1") ? "TLSv1.0" : "TLSv1.2";
        }

        boolean aead() {
            return mac.equals("AEAD");
        }

        /** Whether one component of a cipher-string rule ("ECDH", "AESGCM", "aRSA", ...) covers it. */
        boolean has(String c) {
            if (c.equals(openssl) || c.equals(iana)) {
                return true;
            }
            return switch (c) {
                case "ALL", "HIGH", "DEFAULT" -> true;
                case "kECDHE", "ECDHE", "EECDH", "ECDH", "kEECDH" -> kx.equals("ECDH");
                case "kDHE", "kEDH", "DHE", "EDH", "DH" -> kx.equals("DH");
                case "kRSA", "RSA" -> kx.equals("RSA");
                case "aRSA" -> au.equals("RSA");
                case "aECDSA", "ECDSA" -> au.equals("ECDSA");
                case "aDSS", "DSS" -> au.equals("DSS");
                case "AESGCM" -> enc.equals("AESGCM");
                case "AES" -> enc.startsWith("AES");
                case "AES128" -> enc.startsWith("AES") && bits == 128;
                case "AES256" -> enc.startsWith("AES") && bits == 256;
                case "CHACHA20" -> enc.equals("CHACHA20");
                case "SHA1", "SHA" -> mac.equals("SHA1");
                case "SHA256" -> mac.equals("SHA256") || iana.endsWith("SHA256");
                case "SHA384" -> mac.equals("SHA384") || iana.endsWith("SHA384");
                case "AEAD" -> aead();
                case "TLSv1.2" -> protocol().equals("TLSv1.2");
                case "TLSv1", "TLSv1.0", "SSLv3" -> protocol().equals("TLSv1.0");
                default -> false;
            };
        }
    }

    private static Suite s(int code, String iana, String openssl, String kx, String au, String enc, int bits,
        String mac) {
        return new Suite(code, iana, openssl, kx, au, enc, bits, mac);
    }

    /** OpenSSL's own order of strength (as "ALL" lists them), TLS 1.3 first. */
    static final List<Suite> ALL = List.of(
        s(0x1302, "TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", "any", "any", "AESGCM", 256, "AEAD"),
        s(0x1303, "TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "any", "any", "CHACHA20", 256,
            "AEAD"),
        s(0x1301, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", "any", "any", "AESGCM", 128, "AEAD"),
        s(0xC02C, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDH", "ECDSA",
            "AESGCM", 256, "AEAD"),
        s(0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "ECDH", "RSA", "AESGCM",
            256, "AEAD"),
        s(0x00A3, "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", "DHE-DSS-AES256-GCM-SHA384", "DH", "DSS", "AESGCM", 256,
            "AEAD"),
        s(0x009F, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "DHE-RSA-AES256-GCM-SHA384", "DH", "RSA", "AESGCM", 256,
            "AEAD"),
        s(0xCCA9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDH", "ECDSA",
            "CHACHA20", 256, "AEAD"),
        s(0xCCA8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "ECDHE-RSA-CHACHA20-POLY1305", "ECDH", "RSA",
            "CHACHA20", 256, "AEAD"),
        s(0xCCAA, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "DHE-RSA-CHACHA20-POLY1305", "DH", "RSA", "CHACHA20",
            256, "AEAD"),
        s(0xC02B, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDH", "ECDSA",
            "AESGCM", 128, "AEAD"),
        s(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDH", "RSA", "AESGCM",
            128, "AEAD"),
        s(0x00A2, "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", "DHE-DSS-AES128-GCM-SHA256", "DH", "DSS", "AESGCM", 128,
            "AEAD"),
        s(0x009E, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "DHE-RSA-AES128-GCM-SHA256", "DH", "RSA", "AESGCM", 128,
            "AEAD"),
        s(0xC024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "ECDHE-ECDSA-AES256-SHA384", "ECDH", "ECDSA", "AES",
            256, "SHA384"),
        s(0xC028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "ECDHE-RSA-AES256-SHA384", "ECDH", "RSA", "AES", 256,
            "SHA384"),
        s(0x006B, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", "DHE-RSA-AES256-SHA256", "DH", "RSA", "AES", 256, "SHA256"),
        s(0x006A, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", "DHE-DSS-AES256-SHA256", "DH", "DSS", "AES", 256, "SHA256"),
        s(0xC023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "ECDHE-ECDSA-AES128-SHA256", "ECDH", "ECDSA", "AES",
            128, "SHA256"),
        s(0xC027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "ECDHE-RSA-AES128-SHA256", "ECDH", "RSA", "AES", 128,
            "SHA256"),
        s(0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", "DHE-RSA-AES128-SHA256", "DH", "RSA", "AES", 128, "SHA256"),
        s(0x0040, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "DHE-DSS-AES128-SHA256", "DH", "DSS", "AES", 128, "SHA256"),
        s(0xC00A, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "ECDHE-ECDSA-AES256-SHA", "ECDH", "ECDSA", "AES", 256,
            "SHA1"),
        s(0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "ECDHE-RSA-AES256-SHA", "ECDH", "RSA", "AES", 256, "SHA1"),
        s(0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "DHE-RSA-AES256-SHA", "DH", "RSA", "AES", 256, "SHA1"),
        s(0x0038, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", "DHE-DSS-AES256-SHA", "DH", "DSS", "AES", 256, "SHA1"),
        s(0xC009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "ECDHE-ECDSA-AES128-SHA", "ECDH", "ECDSA", "AES", 128,
            "SHA1"),
        s(0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "ECDHE-RSA-AES128-SHA", "ECDH", "RSA", "AES", 128, "SHA1"),
        s(0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", "DHE-RSA-AES128-SHA", "DH", "RSA", "AES", 128, "SHA1"),
        s(0x0032, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", "DHE-DSS-AES128-SHA", "DH", "DSS", "AES", 128, "SHA1"),
        s(0x009D, "TLS_RSA_WITH_AES_256_GCM_SHA384", "AES256-GCM-SHA384", "RSA", "RSA", "AESGCM", 256, "AEAD"),
        s(0x009C, "TLS_RSA_WITH_AES_128_GCM_SHA256", "AES128-GCM-SHA256", "RSA", "RSA", "AESGCM", 128, "AEAD"),
        s(0x003D, "TLS_RSA_WITH_AES_256_CBC_SHA256", "AES256-SHA256", "RSA", "RSA", "AES", 256, "SHA256"),
        s(0x003C, "TLS_RSA_WITH_AES_128_CBC_SHA256", "AES128-SHA256", "RSA", "RSA", "AES", 128, "SHA256"),
        s(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA", "AES256-SHA", "RSA", "RSA", "AES", 256, "SHA1"),
        s(0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA", "AES128-SHA", "RSA", "RSA", "AES", 128, "SHA1"));

    private static volatile Set<String> usable;

    /** The suites the JDK enables by default (what its security policy leaves). */
    static Set<String> usable() {
        Set<String> u = usable;
        if (u == null) {
            u = new java.util.HashSet<>();
            try {
                javax.net.ssl.SSLContext c = javax.net.ssl.SSLContext.getInstance("TLS");
                c.init(null, null, null);
                u.addAll(List.of(c.createSSLEngine().getEnabledCipherSuites()));
            } catch (java.security.GeneralSecurityException e) {
                // none then
            }
            usable = u;
        }
        return u;
    }

    static Suite byIana(String name) {
        for (Suite s : ALL) {
            if (s.iana.equals(name)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The TLS 1.2 suites a cipher string selects, in order (TLS 1.3 ones excluded), or null
     * when it selects none. Rules: NAME adds, -NAME removes, !NAME removes for good, +NAME
     * moves to the end; A+B is both; @... directives are accepted and ignored.
     */
    static List<Suite> select(String spec) {
        List<Suite> list = new ArrayList<>();
        Set<Suite> killed = new LinkedHashSet<>();
        for (String tok : spec.split("[:, ;]")) {
            if (tok.isEmpty() || tok.startsWith("@")) {
                continue;
            }
            char op = tok.charAt(0);
            String rule = op == '!' || op == '-' || op == '+' ? tok.substring(1) : tok;
            if (rule.isEmpty()) {
                continue;
            }
            String[] parts = rule.split("\\+");
            List<Suite> hit = new ArrayList<>();
            for (Suite s : ALL) {
                if (s.tls13() || !usable().contains(s.iana)) {
                    continue;
                }
                boolean all = true;
                for (String p : parts) {
                    all &= s.has(p);
                }
                if (all) {
                    hit.add(s);
                }
            }
            switch (op) {
                case '!' -> {
                    killed.addAll(hit);
                    list.removeAll(hit);
                }
                case '-' -> list.removeAll(hit);
                case '+' -> {
                    List<Suite> moved = new ArrayList<>();
                    for (Suite s : list) {
                        if (hit.contains(s)) {
                            moved.add(s);
                        }
                    }
                    list.removeAll(moved);
                    list.addAll(moved);
                }
                default -> {
                    for (Suite s : hit) {
                        if (!killed.contains(s) && !list.contains(s)) {
                            list.add(s);
                        }
                    }
                }
            }
        }
        return list.isEmpty() ? null : list;
    }

    /** The TLS 1.3 suites the JDK offers, in OpenSSL's order. */
    static List<Suite> tls13() {
        List<Suite> out = new ArrayList<>();
        for (Suite s : ALL) {
            if (s.tls13() && usable().contains(s.iana)) {
                out.add(s);
            }
        }
        return out;
    }

    private static String pad(String s, int n) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < n) {
            b.append(' ');
        }
        return b.toString();
    }

    /** One suite as get_ciphers() and cipher() describe it. Compare _ssl.c cipher_to_dict. */
    static PyDict toDict(Suite s) {
        PyDict d = new PyDict();
        String encDesc = (s.enc.equals("CHACHA20") ? "CHACHA20/POLY1305" : s.enc) + "(" + s.bits + ")";
        String kx = s.kx.equals("any") ? "any" : s.kx;
        String macDesc = s.mac;
        d.setStr("id", PyInt.of(0x03000000L | s.code));
        d.setStr("name", PyStr.of(s.openssl));
        d.setStr("protocol", PyStr.of(s.protocol()));
        d.setStr("description", PyStr.of(pad(s.openssl, 30) + " " + pad(s.protocol(), 7) + " Kx=" + pad(kx, 8)
            + " Au=" + pad(s.au, 5) + " Enc=" + pad(encDesc, 22) + " Mac=" + macDesc));
        d.setStr("strength_bits", PyInt.of(s.bits));
        d.setStr("alg_bits", PyInt.of(s.bits));
        d.setStr("aead", PyBool.of(s.aead()));
        String sym = s.enc.equals("CHACHA20") ? "chacha20-poly1305"
            : "aes-" + s.bits + (s.enc.equals("AESGCM") ? "-gcm" : "-cbc");
        d.setStr("symmetric", PyStr.of(sym));
        d.setStr("digest", s.aead() ? PyNone.NONE : PyStr.of(s.mac.toLowerCase(java.util.Locale.ROOT)));
        d.setStr("kea", PyStr.of(s.kx.equals("any") ? "kx-any" : s.kx.equals("ECDH") ? "kx-ecdhe"
            : s.kx.equals("DH") ? "kx-dhe" : "kx-rsa"));
        d.setStr("auth", PyStr.of("auth-" + s.au.toLowerCase(java.util.Locale.ROOT)));
        return d;
    }
}
