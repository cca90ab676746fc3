# The workload bin/pyvm runs once after each build to record the JVM's AOT cache
# (target/pyvm.aot): what it loads and links here, later runs find ready. It should touch
# what most programs use: functions, classes, exceptions, containers, formatting.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


def walk(n):
    for i in range(n):
        try:
            yield Point(i, i * 0.5) if i % 3 else {"i": i, "s": str(i)}
        except ValueError as e:
            raise KeyError(i) from e


items = [repr(p) for p in walk(30)]
words = " ".join(sorted(set("the quick brown fox".split()), key=len))
print(len(items), words.upper(), "%d-%s" % (3, "x"), "{:>8.3f}".format(2 / 3), max(range(5)))
# The import system (finding modules, __pycache__, module specs) and compile()/eval().
try:
    import keyword
except ImportError:
    keyword = None
print(eval("1 + 2"), compile("x = 1", "<aot>", "exec").co_name, keyword is not None)
