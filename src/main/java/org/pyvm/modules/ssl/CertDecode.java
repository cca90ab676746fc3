package org.pyvm.modules.ssl;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * A certificate as getpeercert() gives it: subject and issuer as tuples of RDNs of
 * (long name, value) pairs, version, serial number in hex, the validity dates as
 * ASN1_TIME_print writes them, subjectAltName, OCSP, caIssuers and crlDistributionPoints.
 * Compare _ssl.c _decode_certificate, _create_tuple_for_X509_NAME, _get_peer_alt_names,
 * _get_aia_uri, _get_crl_dp.
 */
final class CertDecode {

    private CertDecode() {}

    private static final DateTimeFormatter ASN1_TIME =
        DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static PyDict decode(X509Certificate c) {
        PyDict d = new PyDict();
        d.setStr("subject", name(Der.read(c.getSubjectX500Principal().getEncoded())));
        d.setStr("issuer", name(Der.read(c.getIssuerX500Principal().getEncoded())));
        d.setStr("version", PyInt.of(c.getVersion()));
        d.setStr("serialNumber", PyStr.of(serial(c.getSerialNumber())));
        d.setStr("notBefore", PyStr.of(ASN1_TIME.format(c.getNotBefore().toInstant())));
        d.setStr("notAfter", PyStr.of(ASN1_TIME.format(c.getNotAfter().toInstant())));
        byte[] san = extension(c, "2.5.29.17");
        if (san != null) {
            List<PyObject> names = new ArrayList<>();
            for (Der.Node g : Der.read(san).children()) {
                names.add(generalName(g));
            }
            d.setStr("subjectAltName", PyTuple.of(names));
        }
        byte[] aia = extension(c, "1.3.6.1.5.5.7.1.1");
        if (aia != null) {
            List<PyObject> ocsp = new ArrayList<>();
            List<PyObject> issuers = new ArrayList<>();
            for (Der.Node ad : Der.read(aia).children()) {
                List<Der.Node> parts = ad.children();
                if (parts.size() == 2 && parts.get(1).tag() == 0x86) {
                    String method = parts.get(0).oid();
                    PyStr uri = PyStr.of(parts.get(1).string());
                    if (method.equals("1.3.6.1.5.5.7.48.1")) {
                        ocsp.add(uri);
                    } else if (method.equals("1.3.6.1.5.5.7.48.2")) {
                        issuers.add(uri);
                    }
                }
            }
            if (!ocsp.isEmpty()) {
                d.setStr("OCSP", PyTuple.of(ocsp));
            }
            if (!issuers.isEmpty()) {
                d.setStr("caIssuers", PyTuple.of(issuers));
            }
        }
        byte[] crl = extension(c, "2.5.29.31");
        if (crl != null) {
            List<PyObject> uris = new ArrayList<>();
            for (Der.Node dp : Der.read(crl).children()) {
                for (Der.Node f : dp.children()) {
                    if (f.tag() != 0xa0) {
                        continue;
                    }
                    for (Der.Node full : f.children()) {
                        if (full.tag() != 0xa0) {
                            continue;
                        }
                        for (Der.Node g : full.children()) {
                            if (g.tag() == 0x86) {
                                uris.add(PyStr.of(g.string()));
                            }
                        }
                    }
                }
            }
            if (!uris.isEmpty()) {
                d.setStr("crlDistributionPoints", PyTuple.of(uris));
            }
        }
        return d;
    }

    /** The extension's value (inside its OCTET STRING), or null. */
    static byte[] extension(X509Certificate c, String oid) {
        byte[] v = c.getExtensionValue(oid);
        return v == null ? null : Der.read(v).contents();
    }

    static String serial(BigInteger n) {
        byte[] b = n.toByteArray();
        int off = b.length > 1 && b[0] == 0 ? 1 : 0;
        StringBuilder s = new StringBuilder();
        for (int i = off; i < b.length; i++) {
            s.append(String.format("%02X", b[i] & 0xff));
        }
        return s.toString();
    }

    /** A Name: a tuple of RDNs, each a tuple of (long name, value). */
    static PyTuple name(Der.Node seq) {
        List<PyObject> rdns = new ArrayList<>();
        for (Der.Node set : seq.children()) {
            List<PyObject> pairs = new ArrayList<>();
            for (Der.Node atv : set.children()) {
                List<Der.Node> p = atv.children();
                pairs.add(PyTuple.of(PyStr.of(Oids.longName(p.get(0).oid())), PyStr.of(p.get(1).string())));
            }
            rdns.add(PyTuple.of(pairs));
        }
        return PyTuple.of(rdns);
    }

    private static PyTuple generalName(Der.Node g) {
        return switch (g.tag()) {
            case 0x81 -> pair("email", PyStr.of(g.string()));
            case 0x82 -> pair("DNS", PyStr.of(g.string()));
            case 0x86 -> pair("URI", PyStr.of(g.string()));
            case 0xa4 -> pair("DirName", name(g.children().get(0)));
            case 0x87 -> pair("IP Address", PyStr.of(ip(g.contents())));
            case 0x88 -> pair("Registered ID", PyStr.of(Oids.longName(g.oid())));
            case 0xa0 -> pair("othername", PyStr.of("<unsupported>"));
            case 0xa3 -> pair("X400Name", PyStr.of("<unsupported>"));
            case 0xa5 -> pair("EdiPartyName", PyStr.of("<unsupported>"));
            default -> pair("othername", PyStr.of("<unsupported>"));
        };
    }

    private static PyTuple pair(String k, PyObject v) {
        return PyTuple.of(PyStr.of(k), v);
    }

    static String ip(byte[] a) {
        if (a.length == 4) {
            return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
        }
        if (a.length == 16) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 16; i += 2) {
                if (i > 0) {
                    b.append(':');
                }
                b.append(Integer.toHexString(((a[i] & 0xff) << 8) | (a[i + 1] & 0xff)).toUpperCase(Locale.ROOT));
            }
            return b.toString();
        }
        return "<invalid>";
    }

    /** The DNS names and IP addresses (as bytes) of a certificate's subjectAltName. */
    static List<Object> altNames(X509Certificate c) {
        List<Object> out = new ArrayList<>();
        byte[] san = extension(c, "2.5.29.17");
        if (san != null) {
            for (Der.Node g : Der.read(san).children()) {
                if (g.tag() == 0x82) {
                    out.add(g.string());
                } else if (g.tag() == 0x87) {
                    out.add(g.contents());
                }
            }
        }
        return out;
    }

    /** The subject's commonName values. */
    static List<String> commonNames(X509Certificate c) {
        List<String> out = new ArrayList<>();
        for (Der.Node set : Der.read(c.getSubjectX500Principal().getEncoded()).children()) {
            for (Der.Node atv : set.children()) {
                List<Der.Node> p = atv.children();
                if (p.get(0).oid().equals("2.5.4.3")) {
                    out.add(p.get(1).string());
                }
            }
        }
        return out;
    }
}
