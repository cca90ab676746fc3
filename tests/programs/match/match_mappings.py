# Mapping patterns: required keys, extra keys ignored, **rest capture, nested values, and guards.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra {rest}"
        case {"type": t} if t.startswith("sys"):
            return f"system event {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for e in [{"type": "click", "pos": (3, 4)}, {"type": "key", "key": "a", "mods": ["ctrl"]},
          {"type": "key", "key": 5}, {"type": "sysexit"}, {"x": 1}, [1], {"type": "click", "pos": [1, 2], "z": 0}]:
    print(handle(e))
class Mapping(dict):
    def __missing__(self, k):
        return "missing not used"
match Mapping(a=1):
    case {"b": _}:
        print("wrong")
    case {"a": v}:
        print("found a", v)
