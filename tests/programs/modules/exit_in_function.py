# sys.exit(5) from inside nested function calls: with and finally blocks unwind before exit.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit handler ran for", a[0].__name__)
def inner():
    with CM():
        sys.exit(5)
def outer():
    try:
        inner()
    finally:
        print("outer finally")
print("start")
outer()
print("unreachable")
