# TextIOWrapper over encodings of the codecs module (UTF-16/32, cp1252, utf-8-sig): write, read, tell/seek round trips
import _io
import posix
p = '/tmp/pyvm_codecs_encodings_%d.txt' % posix.getpid()
for enc in ['utf-16', 'utf-16-le', 'cp1252', 'utf-32', 'utf-8-sig']:
    with open(p, 'w', encoding=enc) as f:
        f.write('héllo\nwörld €\n')
        print(enc, f.tell())
    with open(p, 'rb') as f:
        print(f.read())
    with open(p, encoding=enc) as f:
        print(repr(f.readline()), f.tell() > 0, repr(f.read()))
    with open(p, encoding=enc) as f:
        f.readline()
        t = f.tell()
        a = f.read()
        f.seek(t)
        print(f.read() == a)
import posix
posix.unlink(p)
for enc in ['latin-9', 'no-such']:
    try:
        _io.TextIOWrapper(_io.BytesIO(), encoding=enc)
    except LookupError as e:
        print('LookupError', e)
