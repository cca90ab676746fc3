# Certificate revocation lists (x509_vfy.c: check_revocation under VERIFY_CRL_CHECK_LEAF),
# the alert an SNI callback chooses (_ssl.c: _servername_callback's *al: the int returned, or
# handshake_failure when it raised), and a server holding an RSA and an ECC certificate at
# once (OpenSSL's per-key-type slots), over loopback connections. The certificates and the
# CRL are CPython's test data (Lib/test/certdata).
import os, socket, ssl, sys, threading, test

CERTDATA = os.path.join(os.path.dirname(test.__file__), "certdata")
SIGNED = os.path.join(CERTDATA, "keycert3.pem")          # localhost, RSA, signed by pycacert
SIGNED_ECC = os.path.join(CERTDATA, "keycertecc.pem")    # localhost-ecc, EC, signed by pycacert
CA = os.path.join(CERTDATA, "pycacert.pem")
CRL = os.path.join(CERTDATA, "revocation.crl")

def connect(server, client, hostname):
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen()
    out = []
    def serve():
        c, _ = ls.accept()
        try:
            with server.wrap_socket(c, server_side=True) as s:
                s.sendall(s.recv(10))
        except OSError as e:
            out.append("server " + type(e).__name__)
        finally:
            c.close()
    t = threading.Thread(target=serve)
    t.start()
    try:
        with socket.create_connection(ls.getsockname()) as raw:
            with client.wrap_socket(raw, server_hostname=hostname) as s:
                s.sendall(b"ping")
                got = s.recv(10)
                out.append("client got %r, key %s" % (got, s.getpeercert()["subject"][-1][0][1]))
    except ssl.SSLCertVerificationError as e:
        out.append("client verify error %d %s" % (e.verify_code, e.verify_message))
    except ssl.SSLError as e:
        out.append("client SSLError " + str(e.reason))
    t.join()
    ls.close()
    return sorted(out)

def server_ctx(*chains):
    s = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    for c in chains:
        s.load_cert_chain(c)
    return s

def client_ctx():
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    c.load_verify_locations(CA)
    return c

# CRLs
client = client_ctx()
print("stats", sorted(client.cert_store_stats().items()))
print(connect(server_ctx(SIGNED), client, "localhost"))
client.verify_flags |= ssl.VERIFY_CRL_CHECK_LEAF
print(connect(server_ctx(SIGNED), client, "localhost"))
client.load_verify_locations(CRL)
print("stats", sorted(client.cert_store_stats().items()))
print(connect(server_ctx(SIGNED), client, "localhost"))

# The SNI callback's alert
def refusing(result):
    def cb(sock, name, ctx):
        if result is None:
            1/0
        return result
    return cb

old_hook = sys.unraisablehook
sys.unraisablehook = lambda u: print("unraisable", u.exc_type.__name__)
for result in (ssl.ALERT_DESCRIPTION_ACCESS_DENIED, ssl.ALERT_DESCRIPTION_INTERNAL_ERROR, None):
    server = server_ctx(SIGNED)
    server.sni_callback = refusing(result)
    print(result, connect(server, client_ctx(), "localhost"))
sys.unraisablehook = old_hook

# RSA and ECC side by side: a client allowing only ECDSA gets the ECC certificate.
server = server_ctx(SIGNED_ECC, SIGNED)
client = client_ctx()
client.maximum_version = ssl.TLSVersion.TLSv1_2
client.set_ciphers("ECDHE:ECDSA:!NULL:!aRSA")
print(connect(server, client, "localhost-ecc"))
client = client_ctx()
client.maximum_version = ssl.TLSVersion.TLSv1_2
client.set_ciphers("ECDHE+aRSA")
print(connect(server, client, "localhost"))
