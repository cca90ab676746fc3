# Coroutine errors: awaiting non-awaitables, reusing a finished coroutine, throw and close on coroutines.
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def simple():
    return 1
c = simple()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class Yielder:
    def __await__(self):
        yield "y"
        return "r"
async def catcher():
    try:
        await Yielder()
    except ValueError as e:
        print("caught in coroutine:", e)
        return "recovered"
k = catcher()
print(k.send(None))
try:
    k.throw(ValueError("injected"))
except StopIteration as e:
    print("returned", e.value)
async def closing():
    try:
        await Yielder()
    finally:
        print("coroutine finally")
cl = closing()
cl.send(None)
cl.close()
print(cl.cr_frame)
class BadAwait:
    def __await__(self):
        return 5
async def uses_bad():
    await BadAwait()
try:
    uses_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
s = simple()
print(s.cr_running, s.cr_code.co_name)
s.close()
