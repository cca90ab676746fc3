# TLS over pyvm's _ssl: context setup, a handshake over a loopback connection with a server
# thread, read/write, getpeercert, verification failures, and the MemoryBIO form.
# The certificates are CPython's own test certificates (Lib/test/certdata), found at run time.
import os
import socket
import ssl
import threading
import test

CERTDATA = os.path.join(os.path.dirname(test.__file__), "certdata")
SIGNED = os.path.join(CERTDATA, "keycert3.pem")      # localhost, signed by pycacert
CA = os.path.join(CERTDATA, "pycacert.pem")
SELF_SIGNED = os.path.join(CERTDATA, "keycert.pem")  # localhost, self-signed
PROTECTED = os.path.join(CERTDATA, "keycert.passwd.pem")

# --- contexts ---
client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print("client", client.verify_mode, client.check_hostname, client.minimum_version, client.protocol)
server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print("server", server.verify_mode, server.check_hostname, server.hostname_checks_common_name)
server.load_cert_chain(SIGNED)
client.load_verify_locations(CA)
print("stats", client.cert_store_stats())
print("ca subject", client.get_ca_certs()[0]["subject"][-1])
try:
    client.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print("ValueError", e)
try:
    server.set_ciphers("nonsense-cipher")
except ssl.SSLError as e:
    print("SSLError", e.args)
server.set_ciphers("ECDHE+AESGCM")
print("names", [c["name"] for c in server.get_ciphers()][:4])
ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(PROTECTED, password="somepass")
try:
    ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(PROTECTED, password="wrong")
except ssl.SSLError:
    print("bad password: SSLError")
try:
    ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(CA)
except ssl.SSLError as e:
    print("no key:", e.library, "PEM lib" in str(e))

# --- a TLS echo server on loopback ---
def serve(listener, ctx, rounds):
    conn, _ = listener.accept()
    try:
        with ctx.wrap_socket(conn, server_side=True) as s:
            while True:
                data = s.recv(1024)
                if not data:
                    break
                s.sendall(data.upper())
    except (ssl.SSLError, OSError) as e:
        results.append(type(e).__name__)

def connect(ctx, hostname, rounds=1):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    t = threading.Thread(target=serve, args=(listener, server, rounds))
    t.start()
    try:
        raw = socket.create_connection(listener.getsockname())
        return ctx.wrap_socket(raw, server_hostname=hostname), t, listener
    except BaseException:
        t.join()
        listener.close()
        raise

results = []
s, t, listener = connect(client, "localhost", rounds=2)
with s:
    print("version", s.version(), "cipher", s.cipher()[1:])
    cert = s.getpeercert()
    print("subject", cert["subject"])
    print("issuer", cert["issuer"][-1], "version", cert["version"], "serial", cert["serialNumber"])
    print("altnames", cert["subjectAltName"])
    pem = open(SIGNED).read()
    pem = pem[pem.index("-----BEGIN CERTIFICATE-----"):]
    print("der", s.getpeercert(binary_form=True) == ssl.PEM_cert_to_DER_cert(pem.strip()))
    print("server_hostname", s.server_hostname, "pending", s.pending())
    s.sendall(b"hello, tls")
    print("echo", s.recv(1024))
    s.sendall(b"x" * 40000)
    got = b""
    while len(got) < 40000:
        got += s.recv(65536)
    print("big echo", len(got), set(got))
t.join()
listener.close()

# --- verification failures ---
for ctx_name, hostname in (("wrong host", "example.org"), ("unknown CA", "localhost")):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ctx_name == "wrong host":
        ctx.load_verify_locations(CA)
    try:
        s, t, listener = connect(ctx, hostname)
        s.close()
    except ssl.SSLCertVerificationError as e:
        print(ctx_name, e.verify_code, e.verify_message)
        print("  ", e.library, e.reason, isinstance(e, ValueError))
    t.join()
    listener.close()

# --- MemoryBIO: the form asyncio uses ---
cin, cout, sin, sout = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
c = client.wrap_bio(cin, cout, server_hostname="localhost")
srv = server.wrap_bio(sin, sout, server_side=True)
try:
    c.do_handshake()
except ssl.SSLWantReadError as e:
    print("want read", e.args[0], str(e).split(" (")[0])
print("client hello pending", cout.pending > 0)
done = set()
for _ in range(10):
    for name, o in (("client", c), ("server", srv)):
        if name in done:
            continue
        try:
            o.do_handshake()
            done.add(name)
        except ssl.SSLWantReadError:
            pass
    sin.write(cout.read())
    cin.write(sout.read())
print("bio handshake", sorted(done), c.version(), srv.version())
c.write(b"over memory")
sin.write(cout.read())
print("server read", srv.read(100), srv.pending())
srv.write(b"reply")
cin.write(sout.read())
print("client read", c.read(2), c.pending(), c.read(10))
try:
    c.read(10)
except ssl.SSLWantReadError:
    print("nothing more: SSLWantReadError")
bio = ssl.MemoryBIO()
bio.write(b"abc")
bio.write_eof()
print("bio", bio.pending, bio.eof, bio.read(2), bio.read(), bio.eof)
try:
    bio.write(b"x")
except ssl.SSLError as e:
    print("SSLError", e)
print("server errors", results)
