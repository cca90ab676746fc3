*a, b = c
for *x, y in z: pass
f(*a, *b, **c, **d)
return_ = [*a, *b]
x = *a, *b
a[*b]
a[1:2, *b]
{**a, "b": 1}
for x in *a, *b: pass
