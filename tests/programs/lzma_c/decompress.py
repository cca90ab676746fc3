STREAMS = [
    ('xz crc64', {}, '/Td6WFoAAATm1rRGAgAhARYAAAB0L+Wj4D0/AspdABgICMfiIZiaCk5bkq/Vy14LZ1GHF3mzOkeaG4SgKXo/N18ecCIF1u+AwNpqnM7qtEZm26AgXNXSqZvDxDZakDvDXHdRpqpINXRzd3/Za803iGjrH5yRkOlP23lXSozMkpJgugVrFGB6SWp+UbUF1DJFbP1b7QDPGEpIcZvH/tpCtk5V2buSItupsAVM0CVfRbDpoXWaqpz1yd6HIvKztviYNztVX4JmCK5/mS9/vJITOL2yJuTYCXINATAR5wO0yPASxSaBCqeH7ixY5AIghUMERK/Y/V2JkP5YTOGQjOQ+9+wuROwK6wE/4IXuwE+yNogFRwlax1/Spf5JxpSU5injwklGAr9PsE2PURQzZhqooMv/BS/k0pCAfnABqiO8RAwbiiZroPoTdo/lYTw/ZjHp9DGujLffRtAMHWdz0Pw9HOxgbiXSaZoQkmZnd0Xm0p03zlAmAZJaQw+1rIUpEzPnrpODZTj/Rl4CIWeqWaEhyXibSJhQ9GOS63gxUF5NdLidqupagleGC1C3keHhTdlAZ7ekYHfs5eLxUgssXZCWTVtN44qJHobW2LDQcx4Z37yrsdZDGDRyrbxJWv/pRJa0w4bMRWNm36GEJK3htm+/1VAYqeT3H7EkN5qPkR1Ot1UdjRfiE8ZQtHKI27Htb7uzDhhZtAE1Oz4htjHHPuCqPwLNEmbWT5M0RhojUEyvXudwho0/N673tn/tINUMiATfJFqEINjm3UJVw0eeCl8KcWf3sVAhCQaov6pN1RQjXXeu+CaTEMcXol2USmE7bcmVXSmaZ7NF21oF5Cqoqia5sEVYDjT+4ZstJkWTQi6VtC0aNGcO3kwAwJSB8oIGCaic8OlfaJWWN+xt86fNlny7j8XcV375XOLE1tnGbdq+d4Zfzc1pIDuZufQhmovAhIAE6Xu6ys8Suh5ep9zSSiArT3hgUu4Y0r1rEwAAAEk7NpnoE4eMAAHmBcB6AACyoIPkscRn+wIAAAAABFla'),
    ('xz crc32', {}, '/Td6WFoAAAFpIt42AgAhARYAAAB0L+Wj4D0/AspdABgICMfiIZiaCk5bkq/Vy14LZ1GHF3mzOkeaG4SgKXo/N18ecCIF1u+AwNpqnM7qtEZm26AgXNXSqZvDxDZakDvDXHdRpqpINXRzd3/Za803iGjrH5yRkOlP23lXSozMkpJgugVrFGB6SWp+UbUF1DJFbP1b7QDPGEpIcZvH/tpCtk5V2buSItupsAVM0CVfRbDpoXWaqpz1yd6HIvKztviYNztVX4JmCK5/mS9/vJITOL2yJuTYCXINATAR5wO0yPASxSaBCqeH7ixY5AIghUMERK/Y/V2JkP5YTOGQjOQ+9+wuROwK6wE/4IXuwE+yNogFRwlax1/Spf5JxpSU5injwklGAr9PsE2PURQzZhqooMv/BS/k0pCAfnABqiO8RAwbiiZroPoTdo/lYTw/ZjHp9DGujLffRtAMHWdz0Pw9HOxgbiXSaZoQkmZnd0Xm0p03zlAmAZJaQw+1rIUpEzPnrpODZTj/Rl4CIWeqWaEhyXibSJhQ9GOS63gxUF5NdLidqupagleGC1C3keHhTdlAZ7ekYHfs5eLxUgssXZCWTVtN44qJHobW2LDQcx4Z37yrsdZDGDRyrbxJWv/pRJa0w4bMRWNm36GEJK3htm+/1VAYqeT3H7EkN5qPkR1Ot1UdjRfiE8ZQtHKI27Htb7uzDhhZtAE1Oz4htjHHPuCqPwLNEmbWT5M0RhojUEyvXudwho0/N673tn/tINUMiATfJFqEINjm3UJVw0eeCl8KcWf3sVAhCQaov6pN1RQjXXeu+CaTEMcXol2USmE7bcmVXSmaZ7NF21oF5Cqoqia5sEVYDjT+4ZstJkWTQi6VtC0aNGcO3kwAwJSB8oIGCaic8OlfaJWWN+xt86fNlny7j8XcV375XOLE1tnGbdq+d4Zfzc1pIDuZufQhmovAhIAE6Xu6ys8Suh5ep9zSSiArT3hgUu4Y0r1rEwAAAN70TE4AAeIFwHoAAKTiEn8+MA2LAgAAAAABWVo='),
    ('xz sha256', {}, '/Td6WFoAAArh+wyhAgAhARYAAAB0L+Wj4D0/AspdABgICMfiIZiaCk5bkq/Vy14LZ1GHF3mzOkeaG4SgKXo/N18ecCIF1u+AwNpqnM7qtEZm26AgXNXSqZvDxDZakDvDXHdRpqpINXRzd3/Za803iGjrH5yRkOlP23lXSozMkpJgugVrFGB6SWp+UbUF1DJFbP1b7QDPGEpIcZvH/tpCtk5V2buSItupsAVM0CVfRbDpoXWaqpz1yd6HIvKztviYNztVX4JmCK5/mS9/vJITOL2yJuTYCXINATAR5wO0yPASxSaBCqeH7ixY5AIghUMERK/Y/V2JkP5YTOGQjOQ+9+wuROwK6wE/4IXuwE+yNogFRwlax1/Spf5JxpSU5injwklGAr9PsE2PURQzZhqooMv/BS/k0pCAfnABqiO8RAwbiiZroPoTdo/lYTw/ZjHp9DGujLffRtAMHWdz0Pw9HOxgbiXSaZoQkmZnd0Xm0p03zlAmAZJaQw+1rIUpEzPnrpODZTj/Rl4CIWeqWaEhyXibSJhQ9GOS63gxUF5NdLidqupagleGC1C3keHhTdlAZ7ekYHfs5eLxUgssXZCWTVtN44qJHobW2LDQcx4Z37yrsdZDGDRyrbxJWv/pRJa0w4bMRWNm36GEJK3htm+/1VAYqeT3H7EkN5qPkR1Ot1UdjRfiE8ZQtHKI27Htb7uzDhhZtAE1Oz4htjHHPuCqPwLNEmbWT5M0RhojUEyvXudwho0/N673tn/tINUMiATfJFqEINjm3UJVw0eeCl8KcWf3sVAhCQaov6pN1RQjXXeu+CaTEMcXol2USmE7bcmVXSmaZ7NF21oF5Cqoqia5sEVYDjT+4ZstJkWTQi6VtC0aNGcO3kwAwJSB8oIGCaic8OlfaJWWN+xt86fNlny7j8XcV375XOLE1tnGbdq+d4Zfzc1pIDuZufQhmovAhIAE6Xu6ys8Suh5ep9zSSiArT3hgUu4Y0r1rEwAAAPYz/0YsZxU8XEFzvVKO2GZfcmmrsO5k8ORuZBJuCtZnAAH+BcB6AABEIAYLtunfHAIAAAAAClla'),
    ('xz none', {}, '/Td6WFoAAAD/EtlBAgAhARYAAAB0L+Wj4D0/AspdABgICMfiIZiaCk5bkq/Vy14LZ1GHF3mzOkeaG4SgKXo/N18ecCIF1u+AwNpqnM7qtEZm26AgXNXSqZvDxDZakDvDXHdRpqpINXRzd3/Za803iGjrH5yRkOlP23lXSozMkpJgugVrFGB6SWp+UbUF1DJFbP1b7QDPGEpIcZvH/tpCtk5V2buSItupsAVM0CVfRbDpoXWaqpz1yd6HIvKztviYNztVX4JmCK5/mS9/vJITOL2yJuTYCXINATAR5wO0yPASxSaBCqeH7ixY5AIghUMERK/Y/V2JkP5YTOGQjOQ+9+wuROwK6wE/4IXuwE+yNogFRwlax1/Spf5JxpSU5injwklGAr9PsE2PURQzZhqooMv/BS/k0pCAfnABqiO8RAwbiiZroPoTdo/lYTw/ZjHp9DGujLffRtAMHWdz0Pw9HOxgbiXSaZoQkmZnd0Xm0p03zlAmAZJaQw+1rIUpEzPnrpODZTj/Rl4CIWeqWaEhyXibSJhQ9GOS63gxUF5NdLidqupagleGC1C3keHhTdlAZ7ekYHfs5eLxUgssXZCWTVtN44qJHobW2LDQcx4Z37yrsdZDGDRyrbxJWv/pRJa0w4bMRWNm36GEJK3htm+/1VAYqeT3H7EkN5qPkR1Ot1UdjRfiE8ZQtHKI27Htb7uzDhhZtAE1Oz4htjHHPuCqPwLNEmbWT5M0RhojUEyvXudwho0/N673tn/tINUMiATfJFqEINjm3UJVw0eeCl8KcWf3sVAhCQaov6pN1RQjXXeu+CaTEMcXol2USmE7bcmVXSmaZ7NF21oF5Cqoqia5sEVYDjT+4ZstJkWTQi6VtC0aNGcO3kwAwJSB8oIGCaic8OlfaJWWN+xt86fNlny7j8XcV375XOLE1tnGbdq+d4Zfzc1pIDuZufQhmovAhIAE6Xu6ys8Suh5ep9zSSiArT3hgUu4Y0r1rEwAAAAAB3gXAegAAciWqDKgACvwCAAAAAABZWg=='),
    ('alone', {}, 'XQAAgAD//////////wAYCAjH4iGYmgpOW5Kv1cteC2dRhxd5szpHmhuEoCl6PzdfHnAiBdbvgMDaapzO6rRGZtugIFzV0qmbw8Q2WpA7w1x3UaaqSDV0c3d/2WvNN4ho6x+ckZDpT9t5V0qMzJKSYLoFaxRgeklqflG1BdQyRWz9W+0AzxhKSHGbx/7aQrZOVdm7kiLbqbAFTNAlX0Ww6aF1mqqc9cnehyLys7b4mDc7VV+CZgiuf5kvf7ySEzi9sibk2AlyDQEwEecDtMjwEsUmgQqnh+4sWOQCIIVDBESv2P1diZD+WEzhkIzkPvfsLkTsCusBP+CF7sBPsjaIBUcJWsdf0qX+ScaUlOYp48JJRgK/T7BNj1EUM2YaqKDL/wUv5NKQgH5wAaojvEQMG4oma6D6E3aP5WE8P2Yx6fQxroy330bQDB1nc9D8PRzsYG4l0mmaEJJmZ3dF5tKdN85QJgGSWkMPtayFKRMz566Tg2U4/0ZeAiFnqlmhIcl4m0iYUPRjkut4MVBeTXS4narqWoJXhgtQt5Hh4U3ZQGe3pGB37OXi8VILLF2Qlk1bTeOKiR6G1tiw0HMeGd+8q7HWQxg0cq28SVr/6USWtMOGzEVjZt+hhCSt4bZvv9VQGKnk9x+xJDeaj5EdTrdVHY0X4hPGULRyiNux7W+7sw4YWbQBNTs+IbYxxz7gqj8CzRJm1k+TNEYaI1BMr17ncIaNPzeu97Z/7SDVDIgE3yRahCDY5t1CVcNHngpfCnFn97FQIQkGqL+qTdUUI113rvgmkxDHF6JdlEphO23JlV0pmmezRdtaBeQqqKomubBFWA40/uGbLSZFk0IulbQtGjRnDt5MAMCUgfKCBgmonPDpX2iVljfsbfOnzZZ8u4/F3Fd++VzixNbZxm3avneGX83NaSA7mbn0IZqLwISABOl7usrPEroeXqfc0kogK094YFLuGNU7XrIf//aPvTI='),
    ('xz delta+x86', {}, '/Td6WFoAAATm1rRGAwIDAQIEACEBEAAA0eM6RuAB3wAZXQAquf4K20OwN9wfF4xp/TWpMQlbtm1KqAAAAAAAAN5oiTkpoJvDAAE54AMAAACJ6kHascRn+wIAAAAABFla'),
    ('raw lzma1', {'format': 3, 'filters': [{'id': 4611686018427387905}]}, 'ABgICMfiIZiaCk5bkq/Vy14LZ1GHF3mzOkeaG4SgKXo/N18ecCIF1u+AwNpqnM7qtEZm26AgXNXSqZvDxDZakDvDXHdRpqpINXRzd3/Za803iGjrH5yRkOlP23lXSozMkpJgugVrFGB6SWp+UbUF1DJFbP1b7QDPGEpIcZvH/tpCtk5V2buSItupsAVM0CVfRbDpoXWaqpz1yd6HIvKztviYNztVX4JmCK5/mS9/vJITOL2yJuTYCXINATAR5wO0yPASxSaBCqeH7ixY5AIghUMERK/Y/V2JkP5YTOGQjOQ+9+wuROwK6wE/4IXuwE+yNogFRwlax1/Spf5JxpSU5injwklGAr9PsE2PURQzZhqooMv/BS/k0pCAfnABqiO8RAwbiiZroPoTdo/lYTw/ZjHp9DGujLffRtAMHWdz0Pw9HOxgbiXSaZoQkmZnd0Xm0p03zlAmAZJaQw+1rIUpEzPnrpODZTj/Rl4CIWeqWaEhyXibSJhQ9GOS63gxUF5NdLidqupagleGC1C3keHhTdlAZ7ekYHfs5eLxUgssXZCWTVtN44qJHobW2LDQcx4Z37yrsdZDGDRyrbxJWv/pRJa0w4bMRWNm36GEJK3htm+/1VAYqeT3H7EkN5qPkR1Ot1UdjRfiE8ZQtHKI27Htb7uzDhhZtAE1Oz4htjHHPuCqPwLNEmbWT5M0RhojUEyvXudwho0/N673tn/tINUMiATfJFqEINjm3UJVw0eeCl8KcWf3sVAhCQaov6pN1RQjXXeu+CaTEMcXol2USmE7bcmVXSmaZ7NF21oF5Cqoqia5sEVYDjT+4ZstJkWTQi6VtC0aNGcO3kwAwJSB8oIGCaic8OlfaJWWN+xt86fNlny7j8XcV375XOLE1tnGbdq+d4Zfzc1pIDuZufQhmovAhIAE6Xu6ys8Suh5ep9zSSiArT3hgUu4Y1Ttesh//9o+9Mg=='),
    ('raw lzma2 arm', {'format': 3, 'filters': [{'id': 7, 'start_offset': 16}, {'id': 33}]}, '4AHfABNdACq5/gANGRZ52A6YJUXsMGAAAAAA'),
]

# Streams compressed by CPython's lzma (liblzma), decoded whole, in pieces, and with max_length.
import base64
import hashlib
import lzma

for name, kw, b64 in STREAMS:
    data = base64.b64decode(b64)
    d = lzma.LZMADecompressor(**kw)
    out = d.decompress(data + b"trailing")
    print(name, len(out), hashlib.sha256(out).hexdigest()[:16], d.eof, d.check, d.unused_data, d.needs_input)
    d = lzma.LZMADecompressor(**kw)
    parts = []
    for i in range(0, len(data), 50):
        parts.append(d.decompress(data[i:i + 50], 300))
        while not d.needs_input and not d.eof:
            parts.append(d.decompress(b"", 300))
    print("  pieces", b"".join(parts) == out, d.eof, max(len(p) for p in parts))
    try:
        d.decompress(b"x")
    except EOFError as e:
        print("  ", type(e).__name__, e)

text = lzma.decompress(base64.b64decode(STREAMS[0][2]))
print(text[:60])
print(lzma.decompress(base64.b64decode(STREAMS[0][2]) * 2) == text * 2)

# Errors, as liblzma reports them.
for fmt, data in [(lzma.FORMAT_AUTO, b"this is not lzma data at all"), (lzma.FORMAT_XZ, b"\xfd7zXY\x00" + bytes(20))]:
    try:
        lzma.LZMADecompressor(fmt).decompress(data)
    except lzma.LZMAError as e:
        print("LZMAError", e)
bad = bytearray(base64.b64decode(STREAMS[0][2]))
bad[-20] ^= 1
try:
    lzma.decompress(bytes(bad))
except lzma.LZMAError as e:
    print("LZMAError", e)
try:
    lzma.LZMADecompressor(memlimit=1024).decompress(base64.b64decode(STREAMS[0][2]))
except lzma.LZMAError as e:
    print("LZMAError", e)
for args in [dict(format=lzma.FORMAT_RAW), dict(format=lzma.FORMAT_XZ, filters=[]), dict(format=5),
             dict(format=lzma.FORMAT_RAW, memlimit=5, filters=[])]:
    try:
        lzma.LZMADecompressor(**args)
    except ValueError as e:
        print("ValueError", e)

print([lzma.is_check_supported(i) for i in range(16)])
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "pb": 2, "lp": 0, "lc": 3, "dict_size": 8 << 20}))
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "dict_size": 5 << 20}))
print(lzma._encode_filter_properties({"id": lzma.FILTER_DELTA, "dist": 7}))
print(lzma._encode_filter_properties({"id": lzma.FILTER_X86, "start_offset": 0x1234}))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x13"))
print(lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x06"))
for spec in [{"id": 0x100}, {"id": lzma.FILTER_LZMA2, "junk": 1}, {}, {"id": lzma.FILTER_DELTA, "dist": 2 ** 40}]:
    try:
        lzma._encode_filter_properties(spec)
    except ValueError as e:
        print("ValueError", e)
for spec in [{"id": lzma.FILTER_DELTA, "dist": 9001}, {"id": lzma.FILTER_LZMA2, "preset": 10}]:
    try:
        lzma._encode_filter_properties(spec)
    except lzma.LZMAError as e:
        print("LZMAError", e)
try:
    lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"")
except lzma.LZMAError as e:
    print("LZMAError", e)
