# Arity error messages for methods, classmethods, builtins and constructors (CPython's exact wording).
class C:
    def m(self, a):
        return a
    @classmethod
    def cm(cls, a):
        return a
    @staticmethod
    def sm(a):
        return a
calls = [
    lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.cm(), lambda: C.sm(1, 2), lambda: C(1),
    lambda: [].append(), lambda: [].append(1, 2), lambda: len(), lambda: len(1, 2), lambda: "x".split(1, 2, 3),
    lambda: {}.get(), lambda: abs(x=1), lambda: int(1, 2, 3), lambda: isinstance(1), lambda: divmod(1),
    lambda: print(bad=1), lambda: sorted([], cmp=None), lambda: dict.fromkeys(), lambda: (lambda: 0)(1),
    lambda: (lambda a, /: a)(a=1), lambda: getattr(), lambda: "".join(), lambda: range(1, 2, 3, 4),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "ok")
    except TypeError as e:
        print(i, e)
