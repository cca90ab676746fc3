# Module-level state: globals modified by functions, globals() dict writes, and names defined in loops/ifs.
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
globals()["dynamic"] = "made via globals()"
print(dynamic)
if True:
    in_if = "defined in if"
for loop_var in range(2):
    in_loop = loop_var
print(in_if, in_loop, loop_var)
try:
    in_try = 1
finally:
    in_finally = 2
print(in_try, in_finally)
def reader():
    return [name for name in ("counter", "dynamic", "missing") if name in globals()]
print(reader())
del globals()["dynamic"]
try:
    dynamic
except NameError as e:
    print(type(e).__name__, e)
