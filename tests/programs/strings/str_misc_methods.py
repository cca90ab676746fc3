# Remaining str methods and operations: encode, hash consistency, comparisons, in, len, iteration, str().
print("abc".encode(), "é".encode("utf-8"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print("é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print(hash("abc") == hash("ab" + "c"), "abc" == "".join(["a", "b", "c"]))
print(str(), str(5), str(b"x"), str([1, "a"]), str(None), str(str))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(bytearray(b"hi"), "utf-8"))
print(list("abc"), tuple("ab"), sorted("cba"), "".join(reversed("abc")), min("hello"), max("hello"))
print(len(""), len("abc"), len("日本"), "a" < "b" < "c")
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("b"), "a".__add__("b"), "ab".__mul__(2))
print("a".__eq__(1), "a".__lt__("b"), str.__add__("x", "y"))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s, s.shout(), type(s + "x").__name__, type(s[0]).__name__, repr(s), s == "hey")
