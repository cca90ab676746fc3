# An uncaught exception propagating out of a with block after __exit__ runs.
class Logger:
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, et, ev, tb):
        print("stop", et.__name__)
with Logger():
    items = [1, 2]
    print(items[2])
