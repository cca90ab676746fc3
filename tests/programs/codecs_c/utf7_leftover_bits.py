# UTF-7: a shift sequence that ends with six or more bits left over is a "partial
# character" error, even when those bits are zero; fewer zero bits are padding.
import codecs

cases = [b'+A-', b'a+IKwgrNgBA-b', b'+AAAA-', b'a+2AEA-b', b'+AEEAQgA-x',
         b'a+2AE-b', b'a+IKwgrNgB-b', b'+AEE-', b'+AEEAQg-', b'+AEEAQgBD-', b'a+IKzYAQ-b']
for raw in cases:
    try:
        print(raw, 'strict', ascii(raw.decode('utf-7')))
    except UnicodeDecodeError as e:
        print(raw, 'strict', e.start, e.end, e.reason)
    print(raw, 'replace', ascii(raw.decode('utf-7', 'replace')))
    print(raw, 'ignore', ascii(raw.decode('utf-7', 'ignore')))

# The incremental decoder gives the same at the end of the input.
for raw in [b'+A-', b'a+IKwgrNgBA-b']:
    d = codecs.getincrementaldecoder('utf-7')('replace')
    out = ''.join(d.decode(bytes([c])) for c in raw) + d.decode(b'', True)
    print(raw, 'incremental', ascii(out))
