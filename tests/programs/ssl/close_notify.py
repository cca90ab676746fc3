# The TLS close sequence over two MemoryBIO pairs: a side that sent its close_notify
# (unwrap) still reads what the peer sends until the peer's close_notify, then read()
# raises SSLZeroReturnError; a side that only received one reads b''. Also recv_into
# a bytearray subclass whose __len__ fails (the buffer's size counts, not len()).
import os
import socket
import ssl
import test

CERTDATA = os.path.join(os.path.dirname(test.__file__), "certdata")
SIGNED = os.path.join(CERTDATA, "keycert3.pem")

sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(SIGNED)
cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
cctx.check_hostname = False
cctx.verify_mode = ssl.CERT_NONE


def pair():
    si, so, ci, co = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    s = sctx.wrap_bio(si, so, server_side=True)
    c = cctx.wrap_bio(ci, co, server_side=False)

    def pump():
        if co.pending:
            si.write(co.read())
        if so.pending:
            ci.write(so.read())
    for _ in range(10):
        for o in (c, s):
            try:
                o.do_handshake()
            except ssl.SSLWantReadError:
                pass
        pump()
    return s, c, pump


def attempt(what, f, *a):
    try:
        print(what, f(*a))
    except ssl.SSLError as e:
        print(what, type(e).__name__, e.args[0], e.library, e.reason)


s, c, pump = pair()
print(s.version(), c.version())
c.write(b"ping"); pump()
print("server got", s.read(4))
attempt("server unwrap", s.unwrap)
c.write(b"x" * 100); pump()
attempt("server read", s.read, 16384)
attempt("server read again", s.read, 16384)
attempt("client read", c.read, 10)
attempt("client read again", c.read, 10)
attempt("client unwrap", c.unwrap)
pump()
attempt("server read after close", s.read, 10)
attempt("server read after close", s.read, 10)
attempt("server unwrap", s.unwrap)


class B(bytearray):
    def __len__(self):
        1 / 0


a, b = socket.socketpair()
a.send(b"data")
buf = B(6)
print("recv_into", b.recv_into(buf), bytes(buf))
a.close()
b.close()
