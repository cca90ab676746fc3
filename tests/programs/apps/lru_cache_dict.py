# An LRU cache built on dict insertion order (pop and re-insert to refresh), with hit/miss statistics.
class LRU:
    def __init__(self, capacity):
        self.capacity, self.data, self.hits, self.misses = capacity, {}, 0, 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
        else:
            self.misses += 1
            value = compute(key)
            if len(self.data) >= self.capacity:
                oldest = next(iter(self.data))
                del self.data[oldest]
        self.data[key] = value
        return value
    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"
cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    cache.get(k, lambda x: x * x)
    print(k, cache)
def slow_fib(n, c=LRU(100)):
    return n if n < 2 else c.get(n - 1, slow_fib) + c.get(n - 2, slow_fib)
print(slow_fib(80))
