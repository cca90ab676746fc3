# Control flow through finally: return value overridden, break/continue out of finally cancels exceptions.
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i == 0:
                break
    return f"broke at {i}, exception discarded"
print(f())
def g():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(g())
def h():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
            raise RuntimeError("replaces the return")
    except RuntimeError as e:
        return f"caught: {e}"
print(h())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter())
