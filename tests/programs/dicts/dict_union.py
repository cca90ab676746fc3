# dict | and |= merge operators, ** unpacking in displays, and errors for non-mappings.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({**a, "extra": True}, {**{}, **{}})
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print({**M()}, dict(M()))
c = {"a": 1}
c |= {}
print(c)
