# Exception objects: identity preserved through re-raise, equality by identity, args mutability, reuse.
e1 = ValueError("same")
e2 = ValueError("same")
print(e1 == e2, e1 == e1, e1.args == e2.args)
try:
    try:
        raise e1
    except ValueError as inner:
        print(inner is e1)
        raise
except ValueError as outer:
    print(outer is e1)
class Holder:
    pass
h = Holder()
try:
    raise KeyError("k")
except KeyError as err:
    h.saved = err
print(repr(h.saved), h.saved.__traceback__ is not None)
for attempt in range(2):
    try:
        raise e1
    except ValueError as e:
        print("attempt", attempt, e is e1)
e1.args = ("changed",)
print(str(e1))
errs = []
for f in (lambda: 1 / 0, lambda: [][1], lambda: {}[2]):
    try:
        f()
    except Exception as e:
        errs.append(e)
print([type(e).__name__ for e in errs])
