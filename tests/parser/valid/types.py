type X = int
type Y[T] = list[T]
type Z[T: (int, str), *Ts, **P] = T
def f[T](x: T) -> T: pass
class C[T: int](Base): pass
async def g[T,](): pass
type(x)
