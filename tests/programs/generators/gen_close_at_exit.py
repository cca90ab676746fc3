# A generator still suspended inside try/finally when the program ends is closed at exit: its finally block runs after the last line.
class Res:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, t, v, tb):
        print("release on", t.__name__ if t else None)
def worker():
    with Res():
        try:
            yield "started"
            yield "never"
        finally:
            print("worker finally at exit")
w = worker()
print(next(w))
def done():
    try:
        yield 1
    finally:
        print("done finally")
d = done()
print(list(d))
print("end of program")
