# Sets of user objects: __hash__/__eq__ determine membership; mutation during iteration error.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, sorted(s, key=lambda p: (p.x, p.y)))
t = {1, 2, 3}
try:
    for v in t:
        t.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
seen = set()
out = []
for w in "the cat and the dog and the bird".split():
    if w not in seen:
        seen.add(w)
        out.append(w)
print(out)
