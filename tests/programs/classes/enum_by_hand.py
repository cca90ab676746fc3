# An enum-like class built with a metaclass: members, iteration, lookup by value, and immutability.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        type.__setattr__(cls, "_members", {})
        for k, v in members.items():
            inst = object.__new__(cls)
            object.__setattr__(inst, "name", k)
            object.__setattr__(inst, "value", v)
            cls._members[k] = inst
            type.__setattr__(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __setattr__(cls, k, v):
        raise AttributeError(f"cannot reassign member {k!r}")
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"
    def __setattr__(self, k, v):
        raise AttributeError("members are immutable")
print(Color.RED, list(Color), len(Color), Color(2), Color(2) is Color.GREEN)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
print([c.name for c in Color if c.value > 1], isinstance(Color.BLUE, Color))
