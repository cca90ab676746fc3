if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
for x in y:
    continue
else:
    pass
while x:
    break
else:
    pass
class A(B, C, metaclass=M, **kw):
    """doc"""
    def f(self): return self
