# Name resolution corner cases: a local assigned later shadows a global for the whole function; class attrs vs globals in methods.
value = "global"
def reads_global():
    return value
def shadowed():
    try:
        return value
    finally:
        pass
    value = "local"
def conditional_local(flag):
    if flag:
        value = "local"
    return value
print(reads_global())
for fn, arg in [(shadowed, None), (conditional_local, True), (conditional_local, False)]:
    try:
        print(fn(arg) if arg is not None else fn())
    except UnboundLocalError as e:
        print(type(e).__name__, e)
class K:
    value = "class attr"
    def method(self):
        return value, self.value, K.value
print(K().method())
def builtin_shadow():
    result = len("abc")
    len = None
    return result
try:
    builtin_shadow()
except UnboundLocalError as e:
    print(type(e).__name__, e)
