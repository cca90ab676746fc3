# close() of a generator delegating with yield from to one that yields on GeneratorExit: the RuntimeError traceback names each frame once.
class Aw:
    def __await__(self):
        try:
            yield "waiting"
        except GeneratorExit:
            yield "cleanup-step"
def outer():
    yield from Aw().__await__()
o = outer()
next(o)
o.close()
