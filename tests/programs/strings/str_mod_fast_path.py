# "fmt" % args calls str.__mod__ directly in the interpreter, except when the right
# operand's type is a str subclass (its __rmod__ comes first) or the left one is.


class RS(str):
    def __rmod__(self, other):
        return "RS.__rmod__"


class LS(str):
    def __mod__(self, other):
        return "LS.__mod__"


class Plain(str):
    pass


for i in range(3):
    print("item-%d" % i, "%s|%r" % ("a", "b"), "%(k)s" % {"k": i}, "%.2f" % (i / 3))
print("%s" % RS("x"), "%s" % Plain("p"), LS("%s") % 1, "%s" % [1, 2])
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(e)
s = "%d"
s %= 5
print(s)
