# enum: members, iteration, lookup, Flag arithmetic, IntEnum comparisons, auto().
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(Color))
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"])
print(Color.RED.name, Color.RED.value, Color.RED is Color(1))
print(len(Color), Color.GREEN in Color)


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw))


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]))


class Shape(enum.Enum):
    SQUARE = enum.auto()
    CIRCLE = enum.auto()


print([(s.name, s.value) for s in Shape])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print({Color.RED: "r"}[Color.RED])
