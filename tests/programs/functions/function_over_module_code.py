# A function made from code that is not optimized (a module body, or top-level await code
# compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT) runs with its globals as its locals.
import ast
import asyncio
from types import FunctionType

g = {"b": 2}
f = FunctionType(compile("a = b + 1\ndel b\nc = [locals() is globals()]", "<m>", "exec"), g)
print(f(), sorted(k for k in g if k != "__builtins__"), g["a"], g["c"])


async def arange(n):
    for i in range(n):
        yield i

for mode in ("exec", "single"):
    for src in ("a = await asyncio.sleep(0, result=1)",
                "async for i in arange(3):\n    a = i",
                "a = [x async for x in arange(4)][2]"):
        try:
            compile(src, "?", mode)
        except SyntaxError as e:
            print("SyntaxError", e.msg)
        co = compile(src, "?", mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print(bool(co.co_flags & 0x80))
        globs = {"asyncio": asyncio, "arange": arange}
        asyncio.run(FunctionType(co, globs)())
        print(globs["a"])
        globs = {"asyncio": asyncio, "arange": arange}
        asyncio.run(eval(co, globs))
        print(globs["a"])

# The traceback's dir() names its four attributes.
try:
    1 / 0
except ZeroDivisionError as e:
    print(dir(e.__traceback__))

# bytearray.join keeps its separator exported while it gathers the items.
sep = bytearray(b", ")


def items():
    yield b"a"
    sep.extend(b"!")
    yield b"b"

try:
    sep.join(items())
except BufferError as e:
    print("BufferError", e)
print(sep, sep.join([b"x", bytearray(b"y"), memoryview(b"z")]))
