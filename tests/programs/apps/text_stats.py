# Word frequency and text statistics over a fixed paragraph, with sorting by count then word.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(words), len(freq))
for w, c in top[:6]:
    print(f"{w:<12}{c:>3} {'#' * c}")
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print("".join(w[0] for w in words[:12]).upper())
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
