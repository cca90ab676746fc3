# Messages of common builtin errors raised by the runtime itself.
tests = [
    lambda: [1, 2][5], lambda: (1,)[2], lambda: "ab"[9], lambda: {}["key"], lambda: {1: 2}[3],
    lambda: None.attr, lambda: (5).nope, lambda: "x".nope, lambda: int.nope, lambda: [].nope,
    lambda: 1 + "a", lambda: "a" - "b", lambda: [] * [], lambda: (lambda n: n())(None), lambda: len(5),
    lambda: iter(None), lambda: next(iter([])), lambda: 1 / 0, lambda: 1 % 0, lambda: int("q"),
    lambda: float("q"), lambda: chr(-5), lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(),
    lambda: undefined_global, lambda: hash([]), lambda: sorted([1, "a"]), lambda: -"x", lambda: ~1.5,
    lambda: "abc".index("z"), lambda: [1].index(2), lambda: (1, 2).index(3), lambda: range(0, 1, 0),
    lambda: object().__dict__, lambda: tuple(5), lambda: abs("x"), lambda: round("x"), lambda: {**None},
    lambda: [*None], lambda: print(sep=5), lambda: max(), lambda: max([]), lambda: min(1), lambda: sum(["a"]),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
