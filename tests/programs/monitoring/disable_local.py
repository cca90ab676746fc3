# DISABLE turns an event off at one location until restart_events; local events
# (set_local_events) report for one code object only; INSTRUCTION events; two tools.
import sys

m = sys.monitoring
E = m.events
m.use_tool_id(1, "one")
m.use_tool_id(4, "four")
log = []


def f1():
    x = 1
    for i in range(2):
        x += i
    return x


def other():
    return f1()


def disabler(name, tool, disable=True):
    def cb(code, *args):
        log.append((name, tool, code.co_name) + args[:1])
        if disable:
            return m.DISABLE
    return cb


def show(title):
    print(title, log)
    log.clear()


m.register_callback(1, E.LINE, disabler("line", 1))
m.set_events(1, E.LINE)
f1()
f1()
m.set_events(1, 0)
show("line disabled after first:")
m.restart_events()
m.set_events(1, E.LINE)
f1()
m.set_events(1, 0)
show("after restart:")
m.restart_events()

m.register_callback(1, E.PY_START, disabler("start", 1))
m.register_callback(4, E.PY_START, disabler("start", 4, False))
m.set_events(1, E.PY_START)
m.set_events(4, E.PY_START)
f1()
f1()
print(m._all_events())
m.set_events(1, 0)
m.set_events(4, 0)
show("two tools, one disables:")
m.set_events(1, E.PY_START)
f1()
m.set_events(1, 0)
show("set again re-enables:")
m.restart_events()

m.register_callback(1, E.LINE, disabler("line", 1, False))
m.register_callback(1, E.CALL, disabler("call", 1, False))
m.register_callback(1, E.C_RETURN, disabler("c_return", 1, False))
m.register_callback(1, E.INSTRUCTION, disabler("instr", 1, False))
m.set_local_events(1, f1.__code__, E.LINE | E.CALL | E.C_RETURN | E.C_RAISE)
other()
print(m.get_local_events(1, f1.__code__), m.get_events(1), m._all_events())
m.set_local_events(1, f1.__code__, 0)
show("local events of f1:")
m.set_local_events(1, other.__code__, E.INSTRUCTION)
other()
m.set_local_events(1, other.__code__, 0)
show("instructions of other:")

m.register_callback(1, E.RAISE, disabler("raise", 1))


def boom():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


m.set_events(1, E.RAISE)
try:
    boom()
except Exception as e:
    print(type(e).__name__, e)
m.set_events(1, 0)
print(m.register_callback(1, E.RAISE, None))
show("raise cannot be disabled:")


def failing(*args):
    raise KeyError("from callback")


m.register_callback(1, E.PY_START, failing)
m.set_events(1, E.PY_START)
try:
    f1()
except KeyError as e:
    print("callback error:", e)
m.set_events(1, 0)
m.register_callback(1, E.LINE, lambda *a: m.set_events(1, 0))
m.register_callback(1, E.INSTRUCTION, lambda *a: 0)
m.set_events(1, E.LINE | E.INSTRUCTION)
f1()
print(m.get_events(1))
