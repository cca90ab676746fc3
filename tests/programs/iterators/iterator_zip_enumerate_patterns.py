# Idioms with zip/enumerate/reversed/sorted: parallel iteration, transposition, index tracking, and dict building.
names = ["ann", "bob", "cy"]
scores = [88, 95, 70]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
print(dict(zip(names, scores)), list(zip(*[(1, "a"), (2, "b")])), list(zip(names, names[1:])))
print([i for i, s in enumerate(scores) if s > 80], max(zip(scores, names)), sorted(zip(scores, names), reverse=True)[0][1])
print(list(reversed(list(enumerate("abc")))), [c * i for i, c in enumerate("abc")])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
rows = ["a,1", "b,2"]
print(dict(row.split(",") for row in rows), {k: int(v) for k, v in (r.split(",") for r in rows)})
