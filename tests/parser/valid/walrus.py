if (n := len(a)) > 10: pass
print([y := f(x), y**2])
x[a:=1]
f(a:=1)
while (line := f()): pass
[y for x in z if (y := x)]
