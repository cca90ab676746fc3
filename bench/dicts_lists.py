# Benchmark: dict and list operations: building, lookups, updates, appends, slicing, sorting, comprehension.
def word_counts(n):
    counts = {}
    keys = ["k%d" % (i % 997) for i in range(n)]
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return counts
def list_work(n):
    out = []
    for i in range(n):
        out.append(i * 3 % 1001)
    out.sort()
    evens = [x for x in out if x % 2 == 0]
    chunks = [out[i:i + 10] for i in range(0, len(out), 10)]
    return len(evens), len(chunks), out[n // 2]
def dict_of_lists(n):
    groups = {}
    for i in range(n):
        groups.setdefault(i % 101, []).append(i)
    return sum(len(v) for v in groups.values()), sum(groups[7])
total = 0
for _ in range(15):
    c = word_counts(200000)
    total += len(c) + c["k5"]
    total += sum(list_work(200000))
    a, b = dict_of_lists(100000)
    total += a + b
print("dicts_lists", total)
