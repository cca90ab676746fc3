# Augmented assignment operators on ints, lists, strings and subscripts/attributes.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0xF0; print(x)
x &= 0x3C; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
l *= 2
print(alias)
d = {"n": 1}
d["n"] += 41
print(d)
class C: pass
c = C(); c.v = 1
c.v += 1; c.v *= 10
print(c.v)
m = [[1, 2], [3]]
m[0][1] += 100
print(m)
calls = []
def key():
    calls.append("key")
    return "n"
d[key()] += 1
print(d, calls)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
