# str.format: positional, keyword, indexing, attributes, conversions, nested specs and escaping braces.
print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}))
print("{0[0]}{0[2]}".format("abc"), "{.real}".format(5), "{a.imag}".format(a=3j))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}}".format("x", 5) + "|", "{:>{}}".format(7, 4))
print("{{}} {{{}}}".format(9), "{}%".format(50))
class P:
    x = 10
    def __format__(self, spec):
        return f"P<{spec}>"
print("{0.x} {0:abc} {0}".format(P()))
print("{:,}".format(10 ** 9), "{:08.3f}".format(-3.14159), "{:^10}".format("mid"), "{:#010b}".format(5))
print("{0}{1}{0}".format(*"ab"), "{k}".format(**{"k": "v"}))
print(str.format("{}", 1), "{0:}".format(1))
for fmt, args, kw in [("{}{}", (1,), {}), ("{x}", (), {}), ("{0}{}", (1, 2), {}), ("{", (), {}), ("}", (), {}),
                       ("{!z}", (1,), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{0.nope}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print("{a}".format_map({"a": 1}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Default(a=1)))
