# Line structure: semicolons, backslash continuation, implicit continuation in brackets, comments, blank lines.
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,  # a comment inside brackets
    3,
]
print(items)
result = (10
          * 2
          - 5)
print(result)
if (a == 1 and
        b == 2):
    print("multi-line condition")
def f(x,
      y=2,
      *z):
    return x, y, z
print(f(1,
        3,
        4))
s = """triple
quoted"""; print(s)
print("tab-free \
continuation inside string")
if True: print("one-line if"); print("second statement")
for i in range(2): print("loop", i)
while False: pass
class K: x = 1; y = 2
print(K.x + K.y)
