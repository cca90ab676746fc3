def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def g(*, a): pass
def h(a, /): pass
def i(*args: *Ts): pass
def j(a: int = 1, *b: str, c: bool, **d: dict) -> None: pass
def k(a,): pass
