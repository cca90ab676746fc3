@a
@b.c
async def f(): pass
@d
class C:
    @property
    def x(self): pass
