# LZMACompressor: what it writes decodes back (here and, by the golden output, as CPython
# decodes its own); printed facts do not depend on the exact compressed bytes, which
# differ from liblzma's.
import lzma

text = b"".join(b"%d: the rain in Spain stays mainly in the plain\n" % (i * 37 % 101) for i in range(2000))
binary = bytes((i * i + 7 * i) & 0xff for i in range(30000))
samples = [b"", b"a", text, binary, b"\x00" * 100000]

for data in samples:
    for preset in (0, 1, 6, 9 | lzma.PRESET_EXTREME):
        comp = lzma.compress(data, preset=preset)
        print(len(data), preset, comp[:6], lzma.decompress(comp) == data, len(comp) < len(data) + 100)

for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    comp = lzma.compress(text, check=check)
    d = lzma.LZMADecompressor()
    print("check", check, d.decompress(comp) == text, d.check, d.eof, comp[:12])

alone = lzma.compress(text, format=lzma.FORMAT_ALONE)
print("alone", alone[:13], lzma.decompress(alone) == text)

chains = [
    [{"id": lzma.FILTER_LZMA1}],
    [{"id": lzma.FILTER_LZMA1, "lc": 0, "lp": 2, "pb": 1, "dict_size": 1 << 16}],
    [{"id": lzma.FILTER_LZMA2, "preset": 2}],
    [{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_X86, "start_offset": 8}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_ARM}, {"id": lzma.FILTER_LZMA2, "lc": 2}],
    [{"id": lzma.FILTER_POWERPC}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_SPARC}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_ARMTHUMB}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_IA64}, {"id": lzma.FILTER_LZMA2}],
]
for chain in chains:
    raw = lzma.compress(binary + text, format=lzma.FORMAT_RAW, filters=chain)
    ok = lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain) == binary + text
    if chain[-1]["id"] == lzma.FILTER_LZMA2:
        xz = lzma.compress(binary + text, filters=chain)
        ok = ok and lzma.decompress(xz) == binary + text
    print("chain", [f["id"] for f in chain], ok)

# Incremental use and the compressor's state errors.
c = lzma.LZMACompressor()
parts = [c.compress(text[i:i + 999]) for i in range(0, len(text), 999)]
parts.append(c.flush())
print("pieces", lzma.decompress(b"".join(parts)) == text)
for f in (lambda: c.compress(b"x"), c.flush):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)

for kwargs in [dict(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32), dict(preset=1, filters=[{"id": lzma.FILTER_LZMA2}]),
               dict(format=lzma.FORMAT_RAW), dict(format=9),
               dict(format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}])]:
    try:
        lzma.LZMACompressor(**kwargs)
    except ValueError as e:
        print("ValueError", e)
for kwargs in [dict(preset=10), dict(check=lzma.CHECK_UNKNOWN), dict(check=2),
               dict(filters=[{"id": lzma.FILTER_LZMA1}]), dict(filters=[{"id": lzma.FILTER_LZMA2, "lc": 4, "lp": 1}])]:
    try:
        lzma.LZMACompressor(**kwargs)
    except lzma.LZMAError as e:
        print("LZMAError", e)
for kwargs in [dict(format="xz"), dict(check="none"), dict(preset="blah"), dict(filters=1024)]:
    try:
        lzma.LZMACompressor(**kwargs)
    except TypeError as e:
        print("TypeError", type(e).__name__)
