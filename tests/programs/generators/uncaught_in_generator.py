# An uncaught exception raised inside a generator while a for loop consumes it.
def parse_all(items):
    for it in items:
        yield int(it)
total = 0
for n in parse_all(["1", "2", "x3"]):
    total += n
    print("total", total)
