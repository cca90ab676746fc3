# SSLContext.load_verify_locations(cadata=...): the errors of _ssl.c's _add_ca_certs (empty
# data; no certificate at all: errno 0 and no library; bytes after the DER certificates:
# OpenSSL's ASN.1 error), and _ssl.SSLError as an immutable type (its subclasses are not).
import os, ssl, _ssl, test

certdata = os.path.join(os.path.dirname(test.__file__), 'certdata')
with open(os.path.join(certdata, 'capath', '5ed36f99.0')) as f:
    der = ssl.PEM_cert_to_DER_cert(f.read())

def load(data):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        ctx.load_verify_locations(cadata=data)
        print('loaded', ctx.cert_store_stats())
    except ssl.SSLError as e:
        # The _ssl.c line number in the message is CPython's own.
        print('SSLError', e.args[0], e.args[1].rsplit(' (_ssl.c:', 1)[0], e.library, e.reason)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for data in ('', b'', 'broken', b'broken', b'\x30', b'\x30\x03\x02\x01\x05', der, der + der,
             der + b'A', der + b'\x30\x81', der + b'\x30\x03\x02\x01', der + der[:10],
             der + b'\x02\x01\x05', der + b'\x00\x00', object()):
    load(data)

for t in (_ssl.SSLError, ssl.SSLZeroReturnError, ssl.SSLCertVerificationError):
    try:
        t.value = None
        print(t.__name__, 'set', t.value)
        del t.value
    except TypeError as e:
        print(t.__name__, 'TypeError', e)
print(bool(_ssl.SSLError.__flags__ & (1 << 8)), bool(ssl.SSLZeroReturnError.__flags__ & (1 << 8)))
print(_ssl.SSLError.__name__, _ssl.SSLError.__qualname__, _ssl.SSLError.__module__)
