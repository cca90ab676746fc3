# _string (string.Formatter's parser) and string.Template.
import _string
import string

for s in ["", "abc", "a{b}c", "{0!r:>{w}} x", "{{lit}} {}", "a}}b{{c", "{a[0].b!s}", "{:%Y}", "{!a}", "x{y:}z", "{a[}]}", "{a!r}{b:{c}}"]:
    print(repr(s), list(_string.formatter_parser(s)))
for s in ["{", "}", "a{b", "{!}", "{a!rx}", "{a{b}}", "{a", "{a!r", "{a:x", "{a!", "{[}"]:
    try:
        print(list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["a", "0", "a.b[0][k].c", "", "12[x]"]:
    first, rest = _string.formatter_field_name_split(s)
    print(repr(s), repr(first), list(rest))
try:
    _string.formatter_parser(5)
except TypeError as e:
    print("TypeError:", e)
f = string.Formatter()
print(f.format("{0}-{name!r:>8}|{1:.2f}", "x", 3.14159, name="n"))
print(f.vformat("{a.real} {b[1]}", (), {"a": 3, "b": [7, 8]}))
t = string.Template("$who likes ${what}; $$ ok")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello  wide world"), string.ascii_lowercase[:5], string.digits)
