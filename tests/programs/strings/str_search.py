# str searching: find, rfind, index, rindex, count, startswith, endswith with ranges.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("the", 1), s.find("cat"), s.find(""), s.rfind(""))
print(s.find("o", 13, 20), s.rfind("o", 0, 20), s.find("dog", -3), s.find("dog", -4, -1))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.count("o", 15), s.count("o", 15, 30))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"))
print(s.endswith("lazy", 0, -4), s.endswith(("cat", "og")), "".startswith(""), "abc".startswith("", 5))
for meth, arg in [("index", "cat"), ("rindex", "zzz")]:
    try:
        getattr(s, meth)(arg)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print("x" in s, "fox" in s, "Fox" in s)
print("héllo wörld".find("w"), "😀a😀".rfind("😀"), "😀a😀".index("a"))
