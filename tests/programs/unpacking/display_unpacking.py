# Unpacking in displays: [*a, *b], (*a,), {*a, *b}, {**d1, **d2} and in return/yield/subscripts.
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, 5), {*a, *b} == {1, 2, 3, 4}, [*"hi", *range(2)])
d1, d2 = {"x": 1}, {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1}, {**d1, "x": 9})
def both():
    return *a, *b
print(both())
def gen():
    yield *a, 0
print(list(gen()))
print([*[], *()], (*[],), {*()})
for x in *a, *b:
    print(x, end=" ")
print()
matrix = [[1, 2], [3, 4]]
print([*zip(*matrix)], list(zip(*matrix)))
print(*[1, 2], *"ab")
t = *range(3),
print(t)
