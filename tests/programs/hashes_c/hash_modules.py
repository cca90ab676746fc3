# _md5, _sha1, _sha2, _sha3 (sha3_*, shake_*), _blake2 (all parameters): digests of many lengths, update/copy, attributes, errors
import _md5, _sha1, _sha2, _sha3, _blake2

msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, b'a' * 127, b'a' * 128, b'a' * 129,
        b'a' * 135, b'a' * 136, b'a' * 137, b'a' * 167, b'a' * 168, bytes(range(256)) * 5]
ctors = [_md5.md5, _sha1.sha1, _sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512, _sha3.sha3_224,
         _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for c in ctors:
    h0 = c()
    print(h0.name, h0.digest_size, h0.block_size, type(h0))
    for m in msgs:
        h = c(m)
        g = c()
        for i in range(0, len(m), 7):
            g.update(m[i:i + 7])
        assert h.digest() == g.digest()
        print(len(m), h.hexdigest())
for c in [_sha3.shake_128, _sha3.shake_256]:
    h0 = c()
    print(h0.name, h0.digest_size, h0.block_size, h0._rate_bits, h0._capacity_bits, h0._suffix, type(h0))
    for m in msgs[:8]:
        print(len(m), c(m).hexdigest(1), c(m).hexdigest(40), len(c(m).digest(500)), c(m).digest(300)[-8:].hex())
h = _sha3.sha3_256(b'x')
print(h._rate_bits, h._capacity_bits, h._suffix)
h = _sha2.sha256(b'hello ')
h2 = h.copy()
h2.update(b'world')
print(h.hexdigest(), h2.hexdigest(), h.digest() == _sha2.sha256(b'hello ').digest())
print(_sha2.sha256(string=b'a').hexdigest(), _md5.md5(b'a', usedforsecurity=False).hexdigest(), _sha1.sha1(bytearray(b'q')).hexdigest())
print(_blake2.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(_blake2.blake2b(b'abc', last_node=True, node_depth=3, node_offset=5, leaf_size=7, inner_size=9, fanout=2, depth=3).hexdigest())
print(_blake2.blake2s(b'abc', last_node=True, node_depth=3, node_offset=5, leaf_size=7, inner_size=9, fanout=2, depth=3,
                      key=b'kk', salt=b'ss', person=b'pp', digest_size=17).hexdigest())
print(_blake2.blake2b(key=b'K' * 64).hexdigest(), _blake2.blake2s(b'z' * 1000, key=b'K' * 32).hexdigest())
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE, _blake2.BLAKE2B_PERSON_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE)
for f in [lambda: _sha2.sha256('abc'), lambda: _sha2.sha256(3), lambda: _sha2.sha256(b'a', b'b'), lambda: _sha2.sha256(data=b'a'),
          lambda: _blake2.blake2b(digest_size=65), lambda: _blake2.blake2b(key=b'x' * 65), lambda: _blake2.blake2s(salt=b'x' * 9),
          lambda: _sha3.shake_128(b'').digest(-1), lambda: _sha3.shake_128(b'').hexdigest(2**62), lambda: _sha2.sha256().update('x'),
          lambda: _md5.md5().update(), lambda: _md5.md5().update(b'a', b'b'),
          lambda: _blake2.blake2b(fanout=256), lambda: _blake2.blake2b(depth=0), lambda: _blake2.blake2b(leaf_size=-1),
          lambda: _blake2.blake2b(leaf_size=2**32), lambda: _blake2.blake2b(node_depth=256), lambda: _blake2.blake2b(inner_size=65),
          lambda: _blake2.blake2b(person=b'x' * 17), lambda: _blake2.blake2s(node_offset=2**48), lambda: _blake2.blake2s(inner_size=33),
          lambda: _blake2.blake2b(b'a', fanout=0).hexdigest()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(_sha3.implementation)
for m in (_md5, _sha1, _sha2, _sha3, _blake2):
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('__')))
