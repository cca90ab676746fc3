# The incremental UTF-8 decoder waits for the third byte of a surrogate, which
# surrogatepass may take (CPython's unicode_decode_utf8: truncated surrogate).
import codecs
for enc in ('utf-8', 'utf-8-sig'):
    for ch in ('\uD901', '\uDC02'):
        data = ch.encode(enc, 'surrogatepass')
        for i in range(1, len(data)):
            dec = codecs.getincrementaldecoder(enc)('surrogatepass')
            print(enc, ascii(dec.decode(data[:i])), ascii(dec.decode(data[i:], True)))
dec = codecs.getincrementaldecoder('utf-8')('strict')
print(ascii(dec.decode(b'\xed\xa0')))
try: dec.decode(b'', True)
except UnicodeDecodeError as e: print(e)
try: print(b'\xed\xa0'.decode('utf-8'))
except UnicodeDecodeError as e: print(e)
print(b'a\xed\xa0\x80b'.decode('utf-8', 'replace'))
