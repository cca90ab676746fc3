# A frame that Python code saw keeps its f_back after the calls return, as CPython's
# frame objects do (traceback.extract_stack(frame) on a frame that sys._getframe gave).
import sys
import traceback


def inner():
    return sys._getframe()


def middle():
    return inner()


def outer():
    return middle()


frame = outer()
names = []
f = frame
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print(names)
print([(fs.name, fs.lineno) for fs in traceback.extract_stack(frame)])
print([fs.name for fs in traceback.extract_stack(frame, limit=2)])


# A frame reached through a traceback keeps its callers too.
def fail():
    raise ValueError("x")


def call_fail():
    fail()


try:
    call_fail()
except ValueError as e:
    tb = e.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
chain = []
f = tb.tb_frame
while f is not None:
    chain.append(f.f_code.co_name)
    f = f.f_back
print(chain)


# A frame nobody saw still runs and returns as usual; its caller's f_back is untouched.
def plain():
    return 1


print(plain(), sys._getframe().f_back)
