# sorted() is stable: equal keys keep their order, also with reverse=True, and multi-pass sorts.
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]))
print(sorted("banana", reverse=True), sorted([3, 1, 2], key=lambda x: -x))
