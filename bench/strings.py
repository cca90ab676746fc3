# Benchmark: string building and processing: concatenation, join, format, split, replace, slicing.
def build(n):
    parts = []
    for i in range(n):
        parts.append("item-%d" % i)
    s = ",".join(parts)
    return s
def process(s):
    fields = s.split(",")
    upper = [f.upper() for f in fields]
    joined = "|".join(upper)
    return len(joined.replace("ITEM", "x")), joined.count("-1")
def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return len(s), s[-5:]
def fmt(n):
    out = 0
    for i in range(n):
        out += len(f"{i:>8}|{i * 0.5:.2f}|{'x' * (i % 5)}")
    return out
acc = 0
for _ in range(10):
    s = build(100000)
    a, b = process(s)
    c, d = concat(200000)
    acc += a + b + c + fmt(100000) + len(d)
print("strings", acc)
