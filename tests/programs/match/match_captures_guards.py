# Capture patterns, wildcards, as-patterns, value patterns with dotted names, and guard evaluation.
class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"
print(paint("red"), paint("green"), paint("blue"))
def parse(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["take", item] if item != "nothing":
            return f"taking {item}"
        case ["take", _]:
            return "take what?"
        case ["drop", *items] as whole:
            return f"dropping {items} from {whole}"
        case _:
            return "???"
for c in ["go north", "go west", "take lamp", "take nothing", "drop a b", ""]:
    print(repr(c), parse(c))
calls = []
def check(x):
    calls.append(x)
    return x > 1
match 5:
    case 1 if check(1):
        pass
    case n if check(n):
        print("guard matched", n)
print(calls)
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case [a, b]:
        print("bindings survive failed guard", a, b)
x = "outer"
match 42:
    case x:
        pass
print(x)
