# Events turned on and off from a callee while a hot loop runs (compiled, or entered by
# on-stack replacement under the JIT): the running frames report from the next instruction on.
import sys
m = sys.monitoring; E = m.events
m.use_tool_id(1, "c")
ev = []
m.register_callback(1, E.LINE, lambda c, l: ev.append((c.co_name, l - c.co_firstlineno)))
m.register_callback(1, E.BRANCH, lambda c, a, b: ev.append(("branch", c.co_name, a, b)))
m.register_callback(1, E.CALL, lambda c, o, f, a: ev.append(("call", c.co_name, o, getattr(f, "__name__", "?"))))
def helper(i):
    if i == 3000:
        m.set_events(1, E.LINE | E.BRANCH | E.CALL)
    if i == 3002:
        m.set_events(1, 0)
    return i
def work():
    t = 0
    for i in range(5000):
        t += helper(i)
    return t
for k in range(3):
    work()
    print(ev)
    ev.clear()
