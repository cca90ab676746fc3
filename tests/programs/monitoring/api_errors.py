# sys.monitoring's API: tool ids, event sets, callbacks and their error messages.
import sys

m = sys.monitoring
E = m.events


def t(f, *a):
    try:
        r = f(*a)
        print(f.__name__, [type(x).__name__ if hasattr(x, "co_code") else x for x in a], "->", r)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


def g():
    pass


print(sorted(k for k in vars(E) if not k.startswith("_")))
print([getattr(E, k) for k in ("PY_START", "LINE", "RAISE", "C_RETURN", "C_RAISE", "NO_EVENTS")])
print(m.DEBUGGER_ID, m.COVERAGE_ID, m.PROFILER_ID, m.OPTIMIZER_ID)
print(type(m.DISABLE).__name__, type(m.MISSING).__name__, m.DISABLE is m.MISSING)
t(m.set_events, 2, 1)
t(m.use_tool_id, 2, "x")
t(m.use_tool_id, 2, "y")
t(m.use_tool_id, 3, b"y")
t(m.get_tool, 2)
t(m.set_events, 2, 1 << 17)
t(m.set_events, 2, -1)
t(m.set_events, 2, E.C_RETURN | E.CALL)
t(m.set_events, 2, E.C_RAISE)
t(m.set_events, 2, E.C_RETURN | E.C_RAISE | E.CALL)
t(m.get_events, 2)
t(m._all_events)
t(m.set_events, 2, 0)
t(m.set_local_events, 2, g.__code__, E.RAISE)
t(m.set_local_events, 2, g.__code__, E.C_RETURN | E.CALL)
t(m.set_local_events, 2, g.__code__, E.LINE | E.PY_START)
t(m.get_local_events, 2, g.__code__)
t(m.get_local_events, 3, g.__code__)
t(m._all_events)
t(m.set_local_events, 2, g.__code__, 0)
t(m.set_local_events, 3, g.__code__, E.LINE)
t(m.set_local_events, 2, 1, 0)
t(m.get_local_events, 2, 1)
t(m.register_callback, 2, 3, None)
t(m.register_callback, 2, 1 << 17, None)
t(m.register_callback, 2, 1 << 16, print)
t(m.register_callback, 2, 1 << 16, None)
t(m.register_callback, 7, 1, None)
t(m.register_callback, 2, 0, None)
t(m.register_callback, 2, -1, None)
t(m.set_events, 6, 0)
t(m.set_events, 1, 0)
t(m.set_events, 2, 1 << 40)
t(m.set_events, 2, "x")
t(m.get_events, 2.0)
t(m.get_events, -1)
t(m.set_events, 2)
t(m.restart_events, 1)
t(m.restart_events)
t(m.free_tool_id, 2)
t(m.get_tool, 2)
t(m.set_events, 2, E.CALL)
t(m.get_events, 2)
