package org.pyvm.modules.ssl;

import java.util.ArrayList;
import java.util.List;

/**
 * TLS protocol versions: OpenSSL's numbers beside the JDK's names, and which the JDK can
 * really use (supported, and not disabled by jdk.tls.disabledAlgorithms).
 */
final class Protocols {

    private Protocols() {}

    static final int[] VERSIONS = {SslModule.PROTO_SSLv3, SslModule.PROTO_TLSv1, SslModule.PROTO_TLSv1_1,
        SslModule.PROTO_TLSv1_2, SslModule.PROTO_TLSv1_3};

    static String name(int v) {
        return switch (v) {
            case SslModule.PROTO_SSLv3 -> "SSLv3";
            case SslModule.PROTO_TLSv1 -> "TLSv1";
            case SslModule.PROTO_TLSv1_1 -> "TLSv1.1";
            case SslModule.PROTO_TLSv1_2 -> "TLSv1.2";
            case SslModule.PROTO_TLSv1_3 -> "TLSv1.3";
            default -> null;
        };
    }

    private static final java.util.Map<String, Boolean> USABLE = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean usable(String name) {
        return USABLE.computeIfAbsent(name, Protocols::check);
    }

    /**
     * The versions the JDK's TLS provider implements (SunJSSE's ProtocolVersion, the same
     * since JDK 11; SSLv2Hello is only a hello format). Asking an initialized SSLContext
     * for its supported protocols gives the same list, but loads the whole provider and the
     * trust store: 0.2-0.5 s of CPU in every process that imports ssl (asyncio does).
     */
    private static final java.util.Set<String> IMPLEMENTED = java.util.Set.of("SSLv3", "TLSv1", "TLSv1.1",
        "TLSv1.2", "TLSv1.3");

    private static boolean check(String name) {
        String disabled = java.security.Security.getProperty("jdk.tls.disabledAlgorithms");
        if (disabled != null) {
            for (String t : disabled.split(",")) {
                if (t.trim().equals(name)) {
                    return false;
                }
            }
        }
        return IMPLEMENTED.contains(name);
    }

    /** The JDK protocol names to enable for versions MIN..MAX less those OPTIONS exclude. */
    static String[] enabled(int min, int max, long options) {
        List<String> out = new ArrayList<>();
        for (int v : VERSIONS) {
            if (min != SslModule.PROTO_MIN && v < min || max != SslModule.PROTO_MAX && v > max) {
                continue;
            }
            long no = switch (v) {
                case SslModule.PROTO_SSLv3 -> SslModule.OP_NO_SSLv3;
                case SslModule.PROTO_TLSv1 -> SslModule.OP_NO_TLSv1;
                case SslModule.PROTO_TLSv1_1 -> SslModule.OP_NO_TLSv1_1;
                case SslModule.PROTO_TLSv1_2 -> SslModule.OP_NO_TLSv1_2;
                default -> SslModule.OP_NO_TLSv1_3;
            };
            if ((options & no) == 0 && usable(name(v))) {
                out.add(name(v));
            }
        }
        return out.toArray(new String[0]);
    }
}
