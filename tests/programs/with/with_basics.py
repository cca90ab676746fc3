# with statement: enter/exit order, as-binding, multiple managers, parenthesized managers, exit on return.
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n * 10
    def __exit__(self, *exc):
        print("exit", self.n)
        return False
with CM(1) as a:
    print("body", a)
with CM(1) as a, CM(2) as b:
    print("body", a, b)
with (
    CM(3) as c,
    CM(4),
):
    print("paren body", c)
def early():
    with CM(5):
        return "returned"
print(early())
for i in range(2):
    with CM(6 + i):
        if i == 0:
            continue
        break
with CM(8) as (x):
    print(x)
class Tgt:
    pass
t = Tgt()
with CM(9) as t.attr:
    pass
print(t.attr)
