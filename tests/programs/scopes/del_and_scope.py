# del in various scopes: deleting locals, globals via global, closures after del, and rebinding after del.
x = 1
def delete_global():
    global x
    del x
delete_global()
print("x" in globals())
x = 2
print(x)
def local_del():
    y = 1
    del y
    y = 2
    return y
print(local_del())
def closure_del():
    z = 1
    def read():
        return z
    del z
    try:
        return read()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(closure_del())
def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * 2
        out.append(tmp)
        del tmp
    return out, "tmp" in locals()
print(del_in_loop())
