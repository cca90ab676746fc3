# split, rsplit, splitlines, partition, rpartition and join.
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  a  b \t c\n".split(), "  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"), ",".split(","))
print("a::b::c".split("::"), "aXbXc".split("X", 0), "a b c".split(" ", -1))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("x\x0by\x0cz\x1cw\u2028v\x85u".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(str(i) for i in range(4)))
try:
    "".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("a\tb".split("\t"), "1 2  3".split(" "))
