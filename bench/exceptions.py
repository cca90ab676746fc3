# Benchmark: exceptions raised and caught: try/except in loops, custom classes, nested handlers, finally.
class AppError(Exception):
    pass
class Missing(AppError):
    pass
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise Missing(k)
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1
d = {i: i * 2 for i in range(0, 100, 2)}
caught = 0
total = 0
for _ in range(24000):
    for k in range(100):
        try:
            total += lookup(d, k)
        except AppError:
            caught += 1
        finally:
            total += 1
    for s in ("12", "x", "7", "", "-3"):
        total += parse(s)
print("exceptions", caught, total)
