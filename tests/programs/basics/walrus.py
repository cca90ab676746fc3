# Assignment expressions (walrus) in conditions, comprehensions and calls.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (v := data[i]) != 2:
    print("v", v)
    i += 1
print("stopped at", v)
print([y for x in data if (y := x * 2) > 5])
print("y leaked:", y)
print([(last := x) for x in range(3)], last)
print((z := 10) + z)
def f(a):
    return a * 3
print(f(w := 4), w)
vals = [(k, sq) for k in range(5) if (sq := k * k) % 2]
print(vals)
def g():
    total = 0
    [total := total + x for x in range(5)]
    return total
print(g())
print(any((hit := x) > 6 for x in data), hit)
