# codec error handlers: lookup_error/register_error, the standard handler functions called directly, custom handlers and search functions
import _codecs

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for n in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace',
          'surrogateescape', 'surrogatepass']:
    print(n, _codecs.lookup_error(n))
t(lambda: _codecs.lookup_error('nope'))
t(lambda: _codecs.lookup_error(3))
t(lambda: _codecs.register_error('x', 3))
t(lambda: _codecs.register(3))

enc = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'ordinal not in range(128)')
dec = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
tr = UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'no mapping')
for n in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace',
          'surrogateescape', 'surrogatepass']:
    h = _codecs.lookup_error(n)
    for exc in (enc, dec, tr, ValueError('v')):
        t(lambda: h(exc))
t(lambda: _codecs.lookup_error('strict')(3))
t(lambda: _codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-16-be', 'a\ud800', 1, 2, 'r')))
t(lambda: _codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-32-le', b'\x00\xdc\x00\x00', 0, 4, 'r')))
t(lambda: _codecs.lookup_error('surrogateescape')(UnicodeEncodeError('ascii', '\udc80\udcff', 0, 2, 'r')))

_codecs.register_error('mine', lambda e: ('<%d:%d>' % (e.start, e.end), e.end))
t(lambda: 'aé€b'.encode('ascii', 'mine'))
t(lambda: 'aé€b'.encode('latin-1', 'mine'))
t(lambda: b'a\xff\xfeb'.decode('utf-8', 'mine'))
t(lambda: b'a\xff\xfeb'.decode('ascii', 'mine'))
t(lambda: b'a\x00\xd8b\x00'.decode('utf-16-le', 'mine'))
_codecs.register_error('bytesrep', lambda e: (b'\x01\x02', e.end))
t(lambda: 'aé€b'.encode('ascii', 'bytesrep'))
t(lambda: 'a\ud800b'.encode('utf-16-le', 'bytesrep'))
_codecs.register_error('nonascii', lambda e: ('\xe9', e.end))
t(lambda: 'a\u20acb'.encode('ascii', 'nonascii'))
t(lambda: 'a\u20acb'.encode('latin-1', 'nonascii'))
t(lambda: 'a\ud800b'.encode('utf-8', 'nonascii'))
_codecs.register_error('bad', lambda e: 3)
t(lambda: b'a\xff'.decode('utf-8', 'bad'))
t(lambda: 'a\xff'.encode('ascii', 'bad'))
_codecs.register_error('far', lambda e: ('', 100))
t(lambda: b'a\xff'.decode('utf-8', 'far'))
t(lambda: 'a\xff'.encode('ascii', 'far'))
_codecs.register_error('skipback', lambda e: ('?', -2 if e.start == 1 else e.end))
t(lambda: b'a\xffb\xff'.decode('utf-8', 'skipback'))
t(lambda: 'a\xffb\xff'.encode('ascii', 'skipback'))
def rewrite(e):
    e.object = b'XYZW'
    return ('!', 2)
_codecs.register_error('rewrite', rewrite)
t(lambda: b'a\xffcd'.decode('utf-8', 'rewrite'))
t(lambda: 'a\xff'.encode('ascii', 'nope'))
t(lambda: 'a'.encode('ascii', 'nope'))
t(lambda: b'a\xff'.decode('utf-8', 'nope'))

def search(name):
    print('search', repr(name))
    if name == 'my_codec':
        return (lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
                lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)), None, None)
    if name == 'bytes_only':
        return (lambda s, errors='strict': ('not bytes', len(s)), lambda b, errors='strict': (b'x', 1), None, None)
    if name == 'broken':
        return 3
    return None
_codecs.register(search)
t(lambda: len(_codecs.lookup('My-Codec')))
t(lambda: _codecs.lookup('My-Codec')[0]('abc'))
t(lambda: 'abc'.encode('my codec'))
t(lambda: b'ABC'.decode('MY_CODEC'))
t(lambda: _codecs.encode('abc', 'my_codec'))
t(lambda: _codecs.decode(b'XY', 'my_codec'))
t(lambda: 'x'.encode('bytes_only'))
t(lambda: b'x'.decode('bytes_only'))
t(lambda: _codecs.encode('x', 'bytes_only'))
t(lambda: _codecs.lookup('broken'))
t(lambda: _codecs.lookup('..Weird  Name!!'))
t(lambda: _codecs.lookup(3))
_codecs.unregister(search)
t(lambda: _codecs.lookup('my_codec_2'))
