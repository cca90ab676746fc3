# An uncaught exception with implicit context: both tracebacks and "During handling..." on stderr.
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise RuntimeError(f"cannot load {key}")
print(load("a"))
load("b")
