# Generators as methods and properties of classes, with access to self and interaction with state.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    @property
    def size(self):
        return sum(1 for _ in self)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), t.size)
for d, v in t.depth_first():
    print("  " * d + str(v))
class Buffer:
    def __init__(self):
        self.data = []
    def drain(self):
        while self.data:
            yield self.data.pop(0)
b = Buffer()
b.data.extend([1, 2])
d = b.drain()
print(next(d))
b.data.append(3)
print(list(d), b.data)
