# sys.stdout.write returns the number of characters written; print and write interleave in order; stderr separate.
import sys
n = sys.stdout.write("abc\n")
m = sys.stdout.write("é😀\n")
print(n, m)
sys.stdout.write("no newline, ")
print("then print")
k = sys.stderr.write("err text\n")
print("stderr write returned", k)
print(sys.stdout.writable(), sys.stdout.isatty() in (True, False), sys.stdout.name, sys.stderr.name)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
