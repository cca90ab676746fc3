# The server's SNI callback (_ssl.c: _servername_callback) over a loopback connection: called
# once per handshake with the client's name or with None when the client sent none; a return
# value that is not None or an int is reported as unraisable and ends the handshake with an
# internal_error alert. The certificates are CPython's test certificates (Lib/test/certdata).
import os, socket, ssl, sys, threading, test

CERTDATA = os.path.join(os.path.dirname(test.__file__), "certdata")
SIGNED = os.path.join(CERTDATA, "keycert3.pem")      # localhost, signed by pycacert
CA = os.path.join(CERTDATA, "pycacert.pem")

def contexts():
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(SIGNED)
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client.load_verify_locations(CA)
    client.check_hostname = False
    return server, client

def connect(server, client, sni):
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
            with client.wrap_socket(raw, server_hostname=sni) as s:
                s.sendall(b"ping")
                out.append("client got " + repr(s.recv(10)))
    except ssl.SSLError as e:
        out.append("client SSLError " + str(e.reason))
    t.join()
    ls.close()
    # Sorted: the two threads report an aborted handshake in either order.
    return sorted(out)

server, client = contexts()
calls = []
def cb(sock, name, ctx):
    calls.append((name, ctx is server, type(sock).__name__))
server.set_servername_callback(cb)
print(connect(server, client, "supermessage"), calls)
calls.clear()
print(connect(server, client, None), calls)
server.set_servername_callback(None)
calls.clear()
print(connect(server, client, "notfunny"), calls)

seen = []
old_hook = sys.unraisablehook
sys.unraisablehook = lambda u: seen.append(u.exc_type.__name__)
server, client = contexts()
server.set_servername_callback(lambda sock, name, ctx: "foo")
print(connect(server, client, "supermessage"), seen)
sys.unraisablehook = old_hook
