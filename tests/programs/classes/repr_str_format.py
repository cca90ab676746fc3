# __repr__, __str__, __format__ and fallbacks: str uses repr when __str__ is missing; format with specs.
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(str(R()), repr(R()), str(S()), repr(S()), [S()], (R(),), {"k": S()})
print(f"{S()}", f"{S()!r}", f"{F():>5}", format(F(), "xyz"), "{:abc}".format(F()))
print("%s %r" % (S(), S()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class StrSub(str):
    def __str__(self):
        return "overridden"
print(str(StrSub("orig")), StrSub("orig") + "!", f"{StrSub('orig')}", "%s" % StrSub("orig"))
class IntSub(int):
    def __repr__(self):
        return "IntSub!"
print(IntSub(3), repr(IntSub(3)), str(IntSub(3)), f"{IntSub(3)}")
