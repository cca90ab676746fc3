# A class decorator that generates __init__, __repr__, __eq__ and ordering from annotations (like dataclasses, no imports).
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kw):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} arguments")
        vals = dict(zip(fields, args))
        for k, v in kw.items():
            if k not in fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in vals:
                raise TypeError(f"duplicate field {k!r}")
            vals[k] = v
        for f in fields:
            if f not in vals:
                if f not in defaults:
                    raise TypeError(f"missing field {f!r}")
                vals[f] = defaults[f]
            setattr(self, f, vals[f])
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def key(self):
        return tuple(getattr(self, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = lambda s, o: type(s) is type(o) and key(s) == key(o)
    cls.__lt__ = lambda s, o: key(s) < key(o)
    cls.__hash__ = lambda s: hash(key(s))
    return cls
@record
class Person:
    name: str
    age: int = 0
    tags: tuple = ()
people = [Person("bob", 30), Person("ann", age=25), Person("cy"), Person("ann", 20, ("x",))]
print(people)
print(sorted(people), Person("a") == Person("a", 0), len(set(people + [Person("bob", 30)])))
for args, kw in [((1, 2, 3, 4), {}), ((), {}), (("a",), {"name": "b"}), (("a",), {"zzz": 1})]:
    try:
        Person(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(Person.__annotations__)
