# Error messages of failed unpacking for various iterable types and star targets.
def try_unpack(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
def f1():
    a, b = [1, 2, 3]
def f2():
    a, b, c = "ab"
def f3():
    a, *b, c, d = range(2)
def f4():
    a, b = None
def f5():
    (a, b), c = [1, 2], 3
def f6():
    a, b = {"only": 1}
def f7():
    a, = []
def f8():
    a, b = iter([1, 2, 3, 4])
for i, fn in enumerate([f1, f2, f3, f4, f5, f6, f7, f8], 1):
    try_unpack(f"case {i}", fn)
