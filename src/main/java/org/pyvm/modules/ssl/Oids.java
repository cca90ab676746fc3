package org.pyvm.modules.ssl;

import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The ASN.1 objects this module names: OpenSSL's NID, short and long name for each OID that
 * certificates and ssl.Purpose use (a part of OpenSSL's crypto/objects table, values as
 * OpenSSL 3 numbers them). Compare _ssl.c asn1obj2py, _ssl_txt2obj_impl, _ssl_nid2obj_impl.
 */
final class Oids {

    private Oids() {}

    record Entry(int nid, String sn, String ln, String oid) {
        PyTuple tuple() {
            return PyTuple.of(PyInt.of(nid), PyStr.of(sn), PyStr.of(ln), PyStr.of(oid));
        }
    }

    private static final Entry[] TABLE = {
        new Entry(13, "CN", "commonName", "2.5.4.3"),
        new Entry(14, "C", "countryName", "2.5.4.6"),
        new Entry(15, "L", "localityName", "2.5.4.7"),
        new Entry(16, "ST", "stateOrProvinceName", "2.5.4.8"),
        new Entry(17, "O", "organizationName", "2.5.4.10"),
        new Entry(18, "OU", "organizationalUnitName", "2.5.4.11"),
        new Entry(48, "emailAddress", "emailAddress", "1.2.840.113549.1.9.1"),
        new Entry(105, "serialNumber", "serialNumber", "2.5.4.5"),
        new Entry(100, "SN", "surname", "2.5.4.4"),
        new Entry(99, "GN", "givenName", "2.5.4.42"),
        new Entry(101, "initials", "initials", "2.5.4.43"),
        new Entry(106, "title", "title", "2.5.4.12"),
        new Entry(173, "name", "name", "2.5.4.41"),
        new Entry(174, "dnQualifier", "dnQualifier", "2.5.4.46"),
        new Entry(660, "street", "streetAddress", "2.5.4.9"),
        new Entry(661, "postalCode", "postalCode", "2.5.4.17"),
        new Entry(861, "businessCategory", "businessCategory", "2.5.4.15"),
        new Entry(391, "DC", "domainComponent", "0.9.2342.19200300.100.1.25"),
        new Entry(458, "UID", "userId", "0.9.2342.19200300.100.1.1"),
        new Entry(102, "uid", "uniqueIdentifier", "0.9.2342.19200300.100.1.44"),
        new Entry(129, "serverAuth", "TLS Web Server Authentication", "1.3.6.1.5.5.7.3.1"),
        new Entry(130, "clientAuth", "TLS Web Client Authentication", "1.3.6.1.5.5.7.3.2"),
        new Entry(131, "codeSigning", "Code Signing", "1.3.6.1.5.5.7.3.3"),
        new Entry(132, "emailProtection", "E-mail Protection", "1.3.6.1.5.5.7.3.4"),
        new Entry(133, "timeStamping", "Time Stamping", "1.3.6.1.5.5.7.3.8"),
        new Entry(180, "OCSPSigning", "OCSP Signing", "1.3.6.1.5.5.7.3.9"),
        new Entry(87, "basicConstraints", "X509v3 Basic Constraints", "2.5.29.19"),
        new Entry(85, "subjectAltName", "X509v3 Subject Alternative Name", "2.5.29.17"),
        new Entry(103, "crlDistributionPoints", "X509v3 CRL Distribution Points", "2.5.29.31"),
        new Entry(177, "authorityInfoAccess", "Authority Information Access", "1.3.6.1.5.5.7.1.1"),
        new Entry(178, "OCSP", "OCSP", "1.3.6.1.5.5.7.48.1"),
        new Entry(179, "caIssuers", "CA Issuers", "1.3.6.1.5.5.7.48.2"),
        new Entry(71, "nsCertType", "Netscape Cert Type", "2.16.840.1.113730.1.1"),
        new Entry(82, "subjectKeyIdentifier", "X509v3 Subject Key Identifier", "2.5.29.14"),
        new Entry(83, "keyUsage", "X509v3 Key Usage", "2.5.29.15"),
        new Entry(126, "extendedKeyUsage", "X509v3 Extended Key Usage", "2.5.29.37"),
        new Entry(90, "authorityKeyIdentifier", "X509v3 Authority Key Identifier", "2.5.29.35"),
        new Entry(6, "rsaEncryption", "rsaEncryption", "1.2.840.113549.1.1.1"),
        new Entry(408, "id-ecPublicKey", "id-ecPublicKey", "1.2.840.10045.2.1"),
        new Entry(416, "ecdsa-with-SHA1", "ecdsa-with-SHA1", "1.2.840.10045.4.1"),
        new Entry(19, "RSA", "rsa", "2.5.8.1.1"),
        new Entry(20, "pkcs7", "pkcs7", "1.2.840.113549.1.7"),
    };

    static Entry byNid(int nid) {
        for (Entry e : TABLE) {
            if (e.nid == nid) {
                return e;
            }
        }
        return null;
    }

    static Entry byOid(String oid) {
        for (Entry e : TABLE) {
            if (e.oid.equals(oid)) {
                return e;
            }
        }
        return null;
    }

    static Entry byName(String name) {
        for (Entry e : TABLE) {
            if (e.sn.equals(name) || e.ln.equals(name)) {
                return e;
            }
        }
        return null;
    }

    static boolean isDotted(String s) {
        return s.matches("[0-9]+(\\.[0-9]+)+");
    }

    /** The long name of an attribute type in a certificate name, or the OID when unknown. */
    static String longName(String oid) {
        Entry e = byOid(oid);
        return e == null ? oid : e.ln;
    }
}
