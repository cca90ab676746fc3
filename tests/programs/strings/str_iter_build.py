# Building strings: concatenation in loops, join, repeated slicing and reversed iteration.
parts = []
for i in range(20):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for ch in "abcdef":
    s = ch + s + ch
print(s, len(s))
acc = ""
for i in range(50):
    acc += chr(ord("a") + i % 26)
print(acc)
words = "the rain in spain stays mainly".split()
print(" ".join(w[::-1] for w in words), " ".join(sorted(words, key=len)))
print("".join(c for c in "h-e-l-l-o" if c != "-"), "|".join(map(str, range(5))))
caps = "".join(c.upper() if i % 2 else c for i, c in enumerate("alternating"))
print(caps)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
it = iter("xyz")
print(next(it), next(it), list(it))
print(list(enumerate("ab", 1)), list(zip("abc", "12")))
