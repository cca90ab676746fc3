# TextIOWrapper encodings (utf-8, latin-1, ascii) and error handlers on read and write
import _io

def dec(data, enc, errors='strict'):
    t = _io.TextIOWrapper(_io.BytesIO(data), encoding=enc, errors=errors)
    try:
        print(enc, errors, repr(t.read()))
    except UnicodeDecodeError as e:
        print(enc, errors, 'UnicodeDecodeError', e)

def enc(text, enc, errors='strict'):
    raw = _io.BytesIO()
    t = _io.TextIOWrapper(raw, encoding=enc, errors=errors)
    try:
        t.write(text)
        t.flush()
        print(enc, errors, raw.getvalue())
    except UnicodeEncodeError as e:
        print(enc, errors, 'UnicodeEncodeError', e)

for data in [b'plain', b'caf\xc3\xa9', b'bad \xff byte', b'trunc \xe2\x82', b'\xe2\x28\xa1', b'\xed\xa0\x80x',
             b'\xf0\x9f\x98\x80 emoji', b'\xc0\xaf', b'\xf4\x90\x80\x80']:
    for e in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace']:
        dec(data, 'utf-8', e)
for e in ['strict', 'replace', 'ignore', 'surrogateescape']:
    dec(b'ascii \x80\xff', 'ascii', e)
dec(b'\xe9\xff\x00', 'latin-1')
dec(b'\xe9', 'Latin1')
dec(b'x', 'UTF8')

for text in ['plain', 'café', '€uro', 'snow ☃☃ man', 'surrogate \udcff\udc80 here', '\U0001f600']:
    for e in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
        enc(text, 'ascii', e)
    enc(text, 'latin-1')
    enc(text, 'utf-8')
    enc(text, 'utf-8', 'surrogateescape')
    enc(text, 'utf-8', 'surrogatepass')

t = _io.TextIOWrapper(_io.BytesIO(b'abc'), encoding='utf-8')
print(t.encoding, t.errors, repr(t.newlines), t.readable(), t.writable(), t.seekable())
t.reconfigure(encoding='latin-1')
print(t.encoding, t.errors)
print(t.read(1))
try:
    t.reconfigure(encoding='utf-8')
except Exception as e:
    print(type(e).__name__, e)
t2 = _io.TextIOWrapper(_io.BytesIO())
print(t2.encoding, _io.text_encoding(None), _io.text_encoding('ascii'))
for bad in [dict(encoding=1), dict(errors=1), dict(newline=1), dict(newline='x'), dict(encoding='nope')]:
    try:
        _io.TextIOWrapper(_io.BytesIO(), **bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    t2.write(b'bytes')
except TypeError as e:
    print('TypeError', e)
d = t2.detach()
print(type(d).__qualname__)
try:
    t2.read()
except ValueError as e:
    print('ValueError', e)
