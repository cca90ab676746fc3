# Invalid escapes in escape_decode / unicode_escape: decoded as written, with a
# DeprecationWarning for the first one (CPython 3.12's PyBytes_DecodeEscape).
import codecs, pickle, warnings
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for b in [b'\\z', b'\\8', b'\\777', b'a\\qb\\zc', b'\\400\\z', b'ok\\n', b'\\\xe9']:
        print(codecs.escape_decode(b), codecs.unicode_escape_decode(b), b.decode('unicode_escape'))
    print(pickle.loads(b"S'\\\\q'\n."))
for x in w:
    print(x.category.__name__, x.message)
warnings.simplefilter("error")
try:
    codecs.escape_decode(b'\\z')
except DeprecationWarning as e:
    print("error:", e)
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(pickle.loads(b"S'\\q'\n."))
print([str(x.message) for x in w])
