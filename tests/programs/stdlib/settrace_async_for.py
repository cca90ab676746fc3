# 'exception' events of an async for loop driven by hand: each value an async generator
# delivers ends its asend awaitable with StopIteration, reported at the loop's SEND; the
# StopAsyncIteration at the end is reported once.
import sys


async def arange(n):
    for i in range(n):
        yield i


async def consume():
    total = 0
    async for i in arange(3):
        total += i
    return total


events = []


def tracer(frame, event, arg):
    if frame.f_code in (consume.__code__, arange.__code__):
        name = frame.f_code.co_name
        line = frame.f_lineno - frame.f_code.co_firstlineno
        extra = arg[0].__name__ if event == "exception" else ""
        events.append((name, line, event, extra))
    return tracer


coro = consume()
sys.settrace(tracer)
try:
    coro.send(None)
except StopIteration as e:
    result = e.value
finally:
    sys.settrace(None)
print("result", result)
for e in events:
    print(*e)
