# _hashlib (OpenSSL's module in CPython): new/openssl_* HASH and HASHXOF objects, digest names and aliases, HMAC, pbkdf2_hmac, scrypt, compare_digest, errors; and hashlib/hmac on top of it
import _hashlib as h
print(sorted(n for n in dir(h) if not n.startswith('__')))
print({'md5', 'sha1', 'sha256', 'sha3_256', 'shake_128', 'blake2b', 'md5-sha1', 'sha512_224'} <= h.openssl_md_meth_names)
x=h.new('sha256', b'abc'); print(type(x), type(x).__mro__, x.name, x.digest_size, x.block_size)
print(sorted(n for n in dir(x) if not n.startswith('__')))
s=h.new('shake_128'); print(type(s), type(s).__mro__, s.name, s.digest_size, s.block_size)
m=h.hmac_new(b'k', b'msg', 'sha256'); print(type(m), m.name, m.digest_size, m.block_size, sorted(n for n in dir(m) if not n.startswith('__')))
print(h.openssl_sha256, type(h.openssl_sha256))
tests = [lambda: h.new('nope'), lambda: h.new(1), lambda: h.hmac_new(b'k', b'm', 'nope'), lambda: h.hmac_new(b'k'), lambda: h.hmac_digest(b'k', b'm', 'nope'),
            lambda: h.pbkdf2_hmac('nope', b'p', b's', 1), lambda: h.pbkdf2_hmac('sha256', b'p', b's', 0), lambda: h.pbkdf2_hmac('sha256', b'p', b's', 1, 0),
            lambda: h.new('sha256', 'str'), lambda: h.HASH(), lambda: h.scrypt(b'p', salt=b's', n=3, r=1, p=1), lambda: h.scrypt(b'p', n=2, r=1, p=1),
            lambda: h.get_fips_mode(), lambda: x.update(), lambda: h.new('sha256', data=b'a', string=b'b'), lambda: h.new(name='md5', string=b'a').hexdigest()]
tests += [lambda: h.pbkdf2_hmac('sha1','p',b's',1), lambda: h.pbkdf2_hmac('sha1',b'p',b's',2**32), lambda: h.pbkdf2_hmac('sha1',b'p',b's',1, 2**31),
  lambda: h.scrypt(b'p', salt=b's', n=2, r=0, p=1), lambda: h.scrypt(b'p', salt=b's', n=2, r=1, p=0), lambda: h.scrypt(b'p', salt=b's', n=1, r=1, p=1), lambda: h.scrypt(b'p', salt=b's', n=2, r=1, p=1, maxmem=-1), lambda: h.scrypt(b'p', salt=b's', n=2, r=1, p=1, dklen=0), lambda: h.scrypt(b'p', salt=b's', n=2**20, r=8, p=1),
  lambda: h.scrypt(b'p', salt=b's', r=1, p=1), lambda: h.scrypt(b'p', salt=b's', n=2,  p=1), lambda: h.hmac_new('k'), lambda: h.hmac_new(b'k', 'm', 'sha1'), lambda: h.hmac_new(b'k', None, 'sha1').hexdigest(), lambda: h.hmac_new(b'k', digestmod=h.openssl_sha1).name, lambda: h.hmac_new(b'k', digestmod=len),
  lambda: h.compare_digest('a', b'a'), lambda: h.compare_digest('\xe9', '\xe9'), lambda: h.HMAC(), lambda: h.new('sha256', b'a').copy().hexdigest(),
  lambda: h.openssl_sha256(b'a', b'b'), lambda: h.new(), lambda: h.openssl_sha256('a'), lambda: h.openssl_sha256(1), lambda: h.hmac_digest(b'k', b'm'),
  lambda: h.scrypt(b'p', salt=b's', n=2, r=1, p=1, dklen=2**31), lambda: h.new('shake_128').hexdigest(), lambda: h.new('shake_128').digest(-1),
  lambda: h.compare_digest(bytearray(b'a'), memoryview(b'a')), lambda: h.compare_digest(1, 2)]
for bad in tests:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
print(h.UnsupportedDigestmodError.__mro__, h.UnsupportedDigestmodError.__module__)
print(h.pbkdf2_hmac('sha256', b'password', b'salt', 2).hex())
print(h.pbkdf2_hmac('sha512', b'password', b'salt', 1000, 100).hex())
print(h.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16, dklen=64).hex())
print(h.scrypt(password=b'', salt=b'', n=16, r=1, p=1, dklen=64).hex()[:32])
print(h.scrypt(b'p', salt=b's', n=2**14, r=8, p=1, maxmem=2**30).hex()[:16])
for n in ['SHA256','sha-256','SHA2-256','RSA-SHA256','SHA3-256','SHAKE128','SHA512-224','SHA-512/224','ssl3-md5','SHA','BLAKE2B-512','SHA3_256','BLAKE2B','SHA512_224','MD5-SHA1','shake-128','sha512/224','sha256 ','']:
    try: print(n, '->', h.new(n).name)
    except Exception as e: print(n, type(e).__name__, e)
for d in ['shake_128','blake2b','sha3_256','SHA256','md5-sha1','sha512_224', 'md5', 'sha1', 'sha384', 'blake2s']:
    try: m=h.hmac_new(b'k'*200, b'm', d); print(d, m.name, m.digest_size, m.block_size, m.hexdigest(), repr(m)[:20], h.hmac_digest(b'kk', b'mm', d).hex())
    except Exception as e: print(d, type(e).__name__, e)
for name in sorted(h.openssl_md_meth_names - {'ripemd160', 'sm3'}):  # OpenSSL's extras pyvm lacks
    try:
        o=h.new(name, b'hello world'*100)
        print(name, o.hexdigest() if not name.startswith('shake') else o.hexdigest(40), o.digest_size, o.block_size, repr(o)[:len(name)+22])
    except Exception as e: print(name, type(e).__name__, e)
m=h.hmac_new(b'k',b'm','sha1'); m2=m.copy(); m.update(b'x'); print(m.hexdigest(), m2.hexdigest())
print(type(h._constructors), len(h._constructors), list(h._constructors.items())[:3])
import hashlib, hmac
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex(), hashlib.scrypt(b'pw', salt=b's', n=4, r=1, p=1).hex()[:20])
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'key', b'msg', 'sha512').hex()[:20], hmac.new(b'k', digestmod=hashlib.sha256).hexdigest())
print(hashlib.new('sha256', b'x').hexdigest(), hashlib.sha3_256(b'x').hexdigest()[:10], hashlib.md5(b'a', usedforsecurity=False).hexdigest())
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available, 'pbkdf2_hmac' in hashlib.__all__)
