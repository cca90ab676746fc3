# ExceptionGroup.split/subgroup: each part gets its own copy of a sequence of __notes__,
# nothing for notes that are not a sequence; very deep nesting raises RecursionError.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("first")
eg.add_note("second")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__)
print(match.__notes__ is eg.__notes__, rest.__notes__ is match.__notes__)
match.add_note("only match")
print(eg.__notes__, match.__notes__, rest.__notes__)
sub = eg.subgroup(ValueError)
print(sub.__notes__, sub.__notes__ is eg.__notes__)

eg.__notes__ = ("a", "tuple")
m, r = eg.split(ValueError)
print(type(m.__notes__).__name__, m.__notes__, r.__notes__)

eg.__notes__ = 123
m, r = eg.split(ValueError)
print(hasattr(m, "__notes__"), hasattr(r, "__notes__"))

eg.__notes__ = {"a": 1}
m, r = eg.split(ValueError)
print(hasattr(m, "__notes__"))


class NotesByGetattr(ExceptionGroup):
    def __getattr__(self, name):
        if name == "__notes__":
            return ["from __getattr__"]
        raise AttributeError(name)

    def derive(self, excs):
        return ExceptionGroup(self.message, excs)


g = NotesByGetattr("g", [KeyError(1), OSError(2)])
m, r = g.split(KeyError)
print(m.__notes__, r.__notes__)

deep = TypeError(1)
for i in range(1600):
    deep = ExceptionGroup("eg", [deep])
for op in ("split", "subgroup"):
    try:
        getattr(deep, op)(TypeError)
    except RecursionError as exc:
        print(op, "RecursionError:", exc)

shallow = TypeError(1)
for i in range(100):
    shallow = ExceptionGroup("eg", [shallow])
m, r = shallow.split(TypeError)
print(m is shallow, r)
