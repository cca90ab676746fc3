# Closures nested ten levels deep, each level capturing variables from all outer levels, plus cells modified late.
def l0(a):
    def l1(b):
        def l2(c):
            def l3(d):
                def l4(e):
                    def l5(f):
                        def l6(g):
                            def l7(h):
                                def l8(i):
                                    def l9(j):
                                        return [a, b, c, d, e, f, g, h, i, j]
                                    return l9
                                return l8
                            return l7
                        return l6
                    return l5
                return l4
            return l3
        return l2
    return l1
print(l0(0)(1)(2)(3)(4)(5)(6)(7)(8)(9))
def counter_tree():
    n = 0
    def a():
        def b():
            def c():
                nonlocal n
                n += 1
                return n
            return c
        return b
    c = a()()
    c(); c()
    return n, c()
print(counter_tree())
def late_binding():
    fs = []
    x = "first"
    def f():
        return x
    fs.append(f)
    x = "second"
    def g():
        return x
    fs.append(g)
    x = "third"
    return [h() for h in fs]
print(late_binding())
