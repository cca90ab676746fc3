# The workload bin/pyvm runs once after each build to record the JVM's AOT cache
# (target/pyvm.aot): the classes it loads and links here, and the method profiles it
# gathers, later runs find ready. It should touch what most programs use: functions,
# classes, exceptions, containers, formatting, the modules most programs import, and the
# parser and compiler (which run on every script and on each module without a cache file).
# Nothing here may fail the run: without a standard library only the core part runs.
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
print(eval("1 + 2"), compile("x = 1", "<aot>", "exec").co_name)

# The front end and the compiler on most of the grammar.
SOURCE = '''
import os, sys as system
from collections import namedtuple as nt
@decorator(1, key="v")
class C(Base, metaclass=Meta):
    """doc"""
    attr: int = 0
    def method(self, a, /, b=2, *args, c, d=4, **kw):
        global g
        nonlocal_ = [x * y for x in range(a) if x for y in b]
        s = {k: v for k, v in kw.items()}
        t = {*args, *s}
        g = (lambda q=1: q ** 2)(a) if a else -b
        with open(a) as f, ctx() as (h, i):
            del h
        try:
            raise ValueError(f"{a!r:>{b}} {c=}")
        except (TypeError, ValueError) as e:
            assert e, "message"
        else:
            pass
        finally:
            return a[1:2, ::3], b @ c, not d, a is not b, a not in b
    async def am(self):
        async with lock:
            async for x in aiter():
                await x
        return [y async for y in z]
    @property
    def p(self):
        yield from range(3)
        x = yield
        return x
def gen(*, kw):
    while kw < 10:
        kw += 1
        if kw % 2:
            continue
        elif kw > 5:
            break
    else:
        print("done", sep="", end="\\n")
    match kw:
        case 1 | 2 as n if n:
            pass
        case [a, *rest]:
            pass
        case {"k": v, **more}:
            pass
        case Point(x=0, y=yy):
            pass
        case str() | None:
            pass
        case _:
            pass
    try:
        pass
    except* OSError:
        pass
    x: list[int] = [1, 2.5, 3j, b"b", True, None, ...]
    x[0] += 1; x[1] //= 2; x[2] <<= 1
    return (a := 1), x, 0x10, 1_000, 1e3, 'a' 'b', r"\\d", f"{x:{2}}"
type Alias[T] = list[T]
def generic[T: int, *Ts, **P](x: T) -> T:
    return x
'''
print(compile(SOURCE, "<aot-train>", "exec").co_consts is not None)

# The modules most programs import; each one is run, and compiled from source once more
# (cache files exist for it after its first import, but a program's own files do not).
for name in ("os", "re", "json", "collections", "functools", "itertools", "operator", "enum", "typing", "io",
             "keyword", "string", "textwrap", "datetime", "copy", "weakref", "contextlib", "abc", "types",
             "random", "math", "time", "struct", "heapq", "bisect", "argparse", "logging", "pathlib",
             "decimal", "fractions", "statistics", "tempfile", "shutil", "traceback", "warnings",
             # What test runners and programs that spawn Python processes import: their builtin
             # modules' classes, and the JDK classes those load, come ready from the cache.
             "unittest", "asyncio", "subprocess", "threading", "signal", "socket", "selectors", "inspect",
             "dataclasses", "importlib.util", "importlib.machinery", "pickle", "locale", "concurrent.futures",
             "test.support", "test.support.script_helper", "test.libregrtest.main"):
    try:
        __import__(name)
    except Exception:
        pass
try:
    import sys, re, json, collections, functools, operator, itertools, datetime, textwrap, string, enum
    for name in ("json.decoder", "re._parser", "collections", "enum", "typing"):
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None)
        if path:
            with open(path, encoding="utf-8") as f:
                compile(f.read(), path, "exec")
    print(json.dumps({"a": [1, 2.5, None, "x"]}, sort_keys=True), json.loads('{"b": [true, 1e3]}'))
    print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "me@example.com"), re.findall(r"\d+", "a1b22c333"))
    print(collections.Counter("abracadabra").most_common(2), collections.OrderedDict(a=1), collections.deque([1, 2]))
    print(functools.reduce(operator.add, range(5)), list(itertools.chain([1], (2,))), "{:%Y}".format(datetime.date(2024, 1, 2)))
    print(textwrap.fill("word " * 20, 30).count("\n"), string.Template("$x").substitute(x=1), enum.Enum("E", "A B").A)
except Exception as e:
    print("aot-train:", type(e).__name__, e)

# bin/pyvm runs this script through cli.AotTraining, which then runs the .pyc file written
# here as a program (sys.argv[1]): the path bench/run and other runners of .pyc files take.
PROGRAM = '''
class Body:
    def __init__(self, x, v):
        self.x, self.v = x, v

    def step(self, dt):
        self.x += self.v * dt
        return self.x


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        yield i * 2


bodies = [Body(float(i), 0.5) for i in range(10)]
total = sum(b.step(0.01) for b in bodies)
words = {}
for w in "a b c a b a".split():
    words[w] = words.get(w, 0) + 1
try:
    [][1]
except IndexError as e:
    err = str(e)
print(fib(15), round(total, 3), sum(gen(50)), sorted(words.items()), err, "%s-%d" % ("x", 1))
'''
try:
    import sys
    if len(sys.argv) > 1 and sys.argv[1].endswith(".pyc"):
        import os, py_compile
        source = sys.argv[1][:-1]
        with open(source, "w", encoding="utf-8") as f:
            f.write(PROGRAM)
        try:
            py_compile.compile(source, cfile=sys.argv[1], doraise=True)
        finally:
            os.remove(source)
except Exception as e:
    print("aot-train:", type(e).__name__, e)
