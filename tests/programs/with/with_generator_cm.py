# A hand-written generator-based context manager class (like contextlib.contextmanager, without imports).
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def managed(fn):
    return lambda *a: GenCM(fn(*a))
@managed
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("handled inside generator:", e)
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("content of", t)
with tag("div"):
    raise ValueError("oops")
print("after suppressed")
try:
    with tag("span"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
