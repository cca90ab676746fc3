# Huffman coding by hand: frequency count, tree building with a sorted list as priority queue, encode/decode round trip.
text = "abracadabra alakazam"
freq = {}
for ch in text:
    freq[ch] = freq.get(ch, 0) + 1
nodes = [(f, i, ch) for i, (ch, f) in enumerate(sorted(freq.items()))]
counter = len(nodes)
while len(nodes) > 1:
    nodes.sort(key=lambda n: (n[0], n[1]))
    a, b = nodes.pop(0), nodes.pop(0)
    nodes.append((a[0] + b[0], counter, (a, b)))
    counter += 1
codes = {}
def walk(node, prefix):
    payload = node[2]
    if isinstance(payload, str):
        codes[payload] = prefix or "0"
    else:
        walk(payload[0], prefix + "0")
        walk(payload[1], prefix + "1")
walk(nodes[0], "")
for ch in sorted(codes):
    print(repr(ch), freq[ch], codes[ch])
encoded = "".join(codes[ch] for ch in text)
print(encoded, len(encoded), len(text) * 8)
decode = {v: k for k, v in codes.items()}
out, buf = [], ""
for bit in encoded:
    buf += bit
    if buf in decode:
        out.append(decode[buf])
        buf = ""
print("".join(out) == text, "".join(out))
rle = []
for ch in "aaabccddddde":
    if rle and rle[-1][0] == ch:
        rle[-1][1] += 1
    else:
        rle.append([ch, 1])
print("".join(f"{c}{n}" for c, n in rle))
