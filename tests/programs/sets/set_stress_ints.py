# Random add/discard on a set of ints checked against a dict-based model; results printed sorted.
state = 99
def rnd(n):
    global state
    state = (state * 69069 + 1) % 2 ** 32
    return state % n
s = set()
model = {}
for step in range(5000):
    v = rnd(500) - 250
    if rnd(3):
        s.add(v)
        model[v] = True
    else:
        s.discard(v)
        model.pop(v, None)
print(len(s), len(model), sorted(s) == sorted(model), sorted(s)[:15], sorted(s)[-5:])
a = {rnd(100) for _ in range(60)}
b = {rnd(100) for _ in range(60)}
print(sorted(a & b), len(a | b), len(a - b), len(a ^ b), (a | b) == (a ^ b) | (a & b))
