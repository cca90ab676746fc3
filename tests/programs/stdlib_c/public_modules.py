# The public stdlib modules over pyvm's C modules: codecs (encodings search, charmap codecs, notes), hashlib, struct, heapq, bisect, binascii, array
import codecs, hashlib, struct, heapq, bisect, binascii, array

print(codecs.lookup('UTF8').name, codecs.lookup('latin_1').name, b'\x80abc'.decode('cp1252'), 'é'.encode('mac_roman'))
print(b'\xc3\xa9'.decode('utf 8'), 'aé€'.encode('utf-7'), 'x\n'.encode('unicode_escape'), codecs.encode('abc', 'rot13'))
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e, e.__notes__)
try:
    'x'.encode('rot13')
except LookupError as e:
    print(e)
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')), repr(dec.decode(b'\xac', final=True)))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
print(hashlib.sha256(b'x').hexdigest(), hashlib.md5(b'x').hexdigest(), hashlib.blake2b(b'x', digest_size=8).hexdigest())
print(hashlib.new('sha3_512', b'abc').hexdigest()[:32], hashlib.shake_256(b'abc').hexdigest(8), sorted(hashlib.algorithms_guaranteed))
h = hashlib.sha1()
h.update(b'a' * 1000)
print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(struct.pack('<hqd', 1, -2, 0.5), struct.unpack('>I2s', b'\x00\x00\x01\x00ok'), struct.calcsize('@bq'), struct.Struct('!H').pack(258))
try:
    struct.pack('b', 200)
except struct.error as e:
    print(type(e).__name__, e)
print(heapq.nsmallest(3, [5, 1, 4, 2, 8]), heapq.nlargest(2, [5, 1, 4, 2, 8]), list(heapq.merge([1, 4], [2, 3], [0])))
print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2))
print(binascii.hexlify(b'\x01\x02', '-'), binascii.crc32(b'abc'), binascii.b2a_base64(b'hi'))
a = array.array('H', [1, 2, 3])
print(a, a.tobytes(), array.array('d', [0.5]) * 2)
