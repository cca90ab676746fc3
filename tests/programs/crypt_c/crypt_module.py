# _crypt (crypt(3) of libcrypt) under the deprecated crypt module: SHA-512, SHA-256 and MD5 hashes
# with fixed salts, the argument checks, and crypt.py's method probing
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import crypt, _crypt
print(sorted(n for n in dir(_crypt) if not n.startswith('__')))
print(crypt.METHOD_SHA512 in crypt.methods, crypt.METHOD_MD5 in crypt.methods, crypt.methods[-1])
for word, salt in [('abc', '$6$x'), ('secret', '$5$rounds=1000$salt'), ('pw', '$1$saltsalt'), ('é', '$6$s'), ('', '$6$'),
                   ('abc', '*'), ('abc', '')]:
    print(repr(word), repr(salt), repr(_crypt.crypt(word, salt)))
h = crypt.crypt('password', crypt.METHOD_SHA512)
print(h[:3], len(h), crypt.crypt('password', h) == h, crypt.crypt('wrong', h) == h)
for args in [('a\0b', 'ab'), ('a', 'a\0'), (b'a', 'ab'), ('a', 1), ('a',), ('\udcff', 'ab')]:
    try:
        print(_crypt.crypt(*args))
    except Exception as e:
        print(type(e).__name__, e)
