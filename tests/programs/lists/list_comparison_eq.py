# list equality and ordering call element __eq__ and __lt__; identity shortcut for equality.
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
x, y = E(1), E(2)
print([x, y] == [E(1), E(3)])
print([x, y] < [E(1), E(3)])
print([x] == [x])
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")])
print([1, 2] == (1, 2), [1, 2].__eq__((1, 2)))
print(E(5) in [E(4), E(5), E(6)])
print([E(1), E(2)].index(E(2)), [E(1), E(1)].count(E(1)))
