# Benchmark: while/for loops with small-int arithmetic (Collatz lengths and a sieve).
def collatz_max(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        steps = 0
        x = n
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)
print("collatz", collatz_max(150000))
print("primes", sieve(3000000))
