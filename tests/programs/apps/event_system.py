# An event emitter with callbacks, once-handlers, priorities, exceptions in handlers collected, and unsubscribe.
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn, priority=0, once=False):
        self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn, once))
        return lambda: self.off(event, fn)
    def off(self, event, fn):
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
    def emit(self, event, *args):
        errors, results = [], []
        for h in sorted(self.handlers.get(event, []), key=lambda h: (-h[0], h[1])):
            prio, _, fn, once = h
            if once:
                self.off(event, fn)
            try:
                results.append(fn(*args))
            except Exception as e:
                errors.append(f"{fn.__name__}: {type(e).__name__}: {e}")
        return results, errors
em = Emitter()
def log(x):
    return f"log {x}"
def double(x):
    return x * 2
def fails(x):
    return 1 / (x - x)
def first(x):
    return "first!"
unsubscribe = em.on("data", log)
em.on("data", double, priority=5)
em.on("data", fails)
em.on("data", first, priority=10, once=True)
print(em.emit("data", 21))
print(em.emit("data", 4))
unsubscribe()
print(em.emit("data", 1))
print(em.emit("nothing"))
