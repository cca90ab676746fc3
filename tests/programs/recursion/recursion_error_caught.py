# Infinite recursion raises RecursionError, which can be caught; the program continues normally.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
class Node:
    def __repr__(self):
        return repr(self)
try:
    repr(Node())
except RecursionError as e:
    print("repr:", e)
def after():
    return "still works"
print(after())
l = []
cur = l
for _ in range(100):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(l)[:20])
