# print() with sep, end, file=sys.stderr, flush, no arguments, and objects' str.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print(1, [2], {"k": None}, (3,), sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print("x", sep=None, end=None)
print("", end="")
print(end="only end\n")
sys.stdout.write("via write\n")
print("multi\nline")
try:
    print("x", end=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
