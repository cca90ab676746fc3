# A comparison that is not a consistent order gives some permutation, never an error
# (CPython's listsort assumes nothing of the answers), and sorting asks only "<".
import random
from functools import cmp_to_key

random.seed(7)
data = list(range(500))
for trial in range(5):
    s = data[:]
    s.sort(key=cmp_to_key(lambda a, b: int(random.random() * 3) - 1))
    print(len(s), sorted(s) == data)


class OnlyLess:
    asked = set()

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        OnlyLess.asked.add('<')
        return self.v < other.v

    def __gt__(self, other):
        OnlyLess.asked.add('>')
        return self.v > other.v


random.seed(8)
items = [OnlyLess(random.randint(0, 50)) for _ in range(300)]
print([x.v for x in sorted(items)][:10], OnlyLess.asked)
print([x.v for x in sorted(items, reverse=True)][:10])
