# Chunking and pairing iterators by hand: batches via zip of the same iterator, sliding pairs, interleave.
def batched(iterable, n):
    it = iter(iterable)
    while True:
        batch = []
        for _ in range(n):
            try:
                batch.append(next(it))
            except StopIteration:
                if batch:
                    yield tuple(batch)
                return
        yield tuple(batch)
print(list(batched(range(10), 3)), list(batched([], 2)), list(batched("abcd", 2)))
def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 2, 4, 7])), list(pairwise([1])), [b - a for a, b in pairwise([1, 4, 9, 16])])
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        nxt = []
        for it in iters:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        iters = nxt
print(list(interleave("abc", [1, 2], "XYZW")))
print(list(zip(*[iter(range(9))] * 3)))
