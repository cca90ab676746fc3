# LEGB name resolution: local, enclosing, global, builtins, and shadowing builtins.
len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def outer():
    print_ = "enclosing print_"
    def inner():
        return print_
    return inner()
print(outer())
x = "g"
def a():
    x = "a"
    def b():
        def c():
            return x
        return c()
    return b()
print(a())
def uses_builtin():
    return max([3, 1, 2])
print(uses_builtin())
def local_shadow():
    abs = "local abs"
    return abs
print(local_shadow(), abs(-2))
def ref_before_global_assign():
    return y_later
y_later = "defined later"
print(ref_before_global_assign())
print(globals()["x"], "a" in globals(), sorted(k for k in locals() if k == "outer"))
def loc():
    p, q = 1, 2
    return sorted(locals().items())
print(loc())
