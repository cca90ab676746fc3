# Comprehensions with side effects and exceptions: partial results not bound, calls per element, early exceptions.
calls = []
def f(x):
    calls.append(x)
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * 10
result = "unchanged"
try:
    result = [f(x) for x in range(5)]
except ValueError as e:
    print(type(e).__name__, e)
print(result, calls)
seen = set()
dedup = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(dedup)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print([tick() for _ in range(3)], {tick(): tick() for _ in range(2)}, counter)
acc = []
[acc.append(i) for i in range(3)]
print(acc)
