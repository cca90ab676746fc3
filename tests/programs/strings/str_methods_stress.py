# str methods on pseudo-random strings over a small mixed alphabet (ASCII, Latin-1, BMP, astral characters).
alphabet = "ab c\té€😀A"
state = 1
def rnd(n):
    global state
    state = (state * 1664525 + 1013904223) % 2 ** 32
    return state % n
def rstr(n):
    return "".join(alphabet[rnd(len(alphabet))] for _ in range(n))
for i in range(25):
    s = rstr(rnd(14))
    sub = rstr(rnd(3))
    print(repr(s), repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.split(), s.split("a"),
          s.replace("a", "XY"), s.upper(), s.strip(), s.partition(" "), s[::-2], len(s.encode()), s.isalpha())
