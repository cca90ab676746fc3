# A code object whose bytecode holds a number that names no opcode: co_code shows CACHE
# there (as CPython's deoptimized view does), and running it raises SystemError.
import opcode


def foo():
    pass


print(opcode.opname[229])
code = foo.__code__.replace(co_code=b'\xe5' + foo.__code__.co_code[1:])
print(code.co_code)
print(code == foo.__code__)
foo.__code__ = code
try:
    print(foo())
except SystemError as e:
    print("SystemError:", str(e).rsplit("/", 1)[-1])

