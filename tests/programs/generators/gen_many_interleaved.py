# A thousand generators advanced in round-robin, each keeping its own locals and try/finally state.
log = []
def worker(n):
    acc = 0
    try:
        for i in range(n % 7 + 1):
            acc += i * n
            yield acc
    finally:
        if n % 250 == 0:
            log.append(f"worker {n} finished with {acc}")
gens = [worker(n) for n in range(1000)]
total = 0
rounds = 0
while gens:
    rounds += 1
    alive = []
    for g in gens:
        try:
            total += next(g)
            alive.append(g)
        except StopIteration:
            pass
    gens = alive
print(total, rounds)
print(log)
