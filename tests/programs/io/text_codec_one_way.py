# A TextIOWrapper asks the codec only for what the stream needs: an incremental decoder
# when the buffer is readable, an encoder when it is writable (a codec may offer one
# direction only).
import codecs, io


class Upper(codecs.IncrementalDecoder):
    def decode(self, data, final=False):
        return data.decode('latin-1').upper()


class Rot(codecs.IncrementalEncoder):
    def encode(self, text, final=False):
        return codecs.encode(text, 'rot13').encode('ascii')


def lookup(name):
    if name == 'test_read_only':
        return codecs.CodecInfo(name='test_read_only', encode=None, decode=None,
                                incrementalencoder=None, incrementaldecoder=Upper)
    if name == 'test_write_only':
        return codecs.CodecInfo(name='test_write_only', encode=None, decode=None,
                                incrementalencoder=Rot, incrementaldecoder=None)
    return None


codecs.register(lookup)
try:
    r = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b'hello\nworld\n')), encoding='test_read_only')
    print(repr(r.readline()), repr(r.read()))
    r.seek(0)
    print(repr(r.read(3)))
    try:
        r.write('x')
    except io.UnsupportedOperation as e:
        print('write:', e)

    raw = io.BytesIO()
    w = io.TextIOWrapper(io.BufferedWriter(raw), encoding='test_write_only')
    w.write('Hello, world\n')
    w.flush()
    print(raw.getvalue())
    try:
        w.read()
    except io.UnsupportedOperation as e:
        print('read:', e)

    # Both directions needed: a missing one fails when the wrapper is made.
    try:
        io.TextIOWrapper(io.BytesIO(b'abc'), encoding='test_read_only')
    except TypeError as e:
        print('read+write:', e)
finally:
    codecs.unregister(lookup)
