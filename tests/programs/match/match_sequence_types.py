# Which subjects count as sequences in match: list, tuple, range, memoryview, user Sequence-like classes, not str/dict/iterators.
class MySeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i
def kind(v):
    match v:
        case [a, b]:
            return f"two-item sequence {a!r} {b!r}"
        case [*items]:
            return f"sequence of {len(items)}"
        case _:
            return "not a sequence"
for v in [[1, 2], (1, 2), range(2), range(5), memoryview(b"ab"), "ab", b"ab", bytearray(b"ab"), {1: 2, 3: 4}, iter([1, 2]), MySeq(), {1, 2}]:
    print(type(v).__name__, kind(v))
