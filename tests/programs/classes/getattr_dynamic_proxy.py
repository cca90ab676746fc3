# A proxy object delegating attribute access, calls, and setting to a wrapped object via __getattr__/__setattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a, **kw):
                self._log.append(("call", name, a))
                return attr(*a, **kw)
            return wrapped
        return attr
    def __setattr__(self, name, value):
        self._log.append(("set", name, value))
        setattr(self._target, name, value)
    def __len__(self):
        return len(self._target)
class Target:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)
    def __len__(self):
        return len(self.items)
t = Target()
p = Proxy(t)
print(p.add(1), p.add(2), p.items, len(p))
p.label = "proxied"
print(t.label, p._log)
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
