# pairwise whose source iterator calls back into the pairwise itself.
from itertools import pairwise


def run(reenter_at, n, maxcount=None):
    class I:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            if maxcount is not None and self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count in reenter_at:
                return next(it, None)
            return [self.count]

    it = pairwise(I())
    out = []
    for _ in range(n):
        out.append(next(it, "end"))
    return out


print(run({1}, 3))
print(run({2}, 3))
print(run({1, 3}, 3))
print(run({2, 3}, 3))
for m in range(1, 5):
    print(m, run({1}, 2, maxcount=m))
