# replace with counts, maketrans/translate, and str.__mul__.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"), s.replace("x", "y"))
print("aaa".replace("a", "aa"), "abc".replace("", "|", 2), "abc".replace("b", ""))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans({"a": "AA", "b": None, ord("c"): 67})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "12", "xyz")
print("axbycz".translate(t3))
print("hello".translate({104: "J", 111: None}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 5))
class Mapper:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("hello there".translate(Mapper()))
