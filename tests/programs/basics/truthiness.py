# Truth values of builtin objects and the short-circuit operators and/or/not.
values = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", "a", b"", b"\0", [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), frozenset()]
for v in values:
    print(repr(v), bool(v), not v)
print(0 or "x", 1 or "x", "" and 5, 3 and 5, None or 0 or [] or "last")
print(0 and 1/0, 1 or 1/0)
print([] or {} or (), 1 and 2 and 3)
x = [] 
if not x:
    print("empty list is false")
while x:
    print("never")
print(bool(), bool(bool), bool(object()))
y = 5 if "" else 6
print(y)
