# Nested and multiple context managers: exit order is reverse, an exception passes to each __exit__ in turn.
log = []
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.swallow
with CM("a"), CM("b"), CM("c"):
    log.append("body")
print(log)
log.clear()
with CM("outer", swallow=True), CM("inner"):
    raise ValueError
print(log)
log.clear()
with CM("x", swallow=True):
    with CM("y", swallow=True):
        raise KeyError
    log.append("after inner with")
print(log)
log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        log.append("body 0")
print(log)
