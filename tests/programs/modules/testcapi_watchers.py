# The C API's watchers as _testcapi offers them: dict events (added, modified, deleted,
# cleared, cloned; deallocation is left out: pyvm cannot report it when the last reference
# goes), type modifications reported once until the type is looked up again, function
# creation and modification, code object creation; a raising callback is unraisable.
import sys
import _testcapi as t

# --- dicts ---
wid = t.add_dict_watcher(0)
d = {"a": 1}
t.watch_dict(wid, d)
d["b"] = 2
d["b"] = 3
d["b"] = 3          # the same object again: no event
del d["a"]
d.pop("b")
d.setdefault("c", 4)
d.update({"c": 5, "e": 6})
d.clear()
d.clear()           # already empty: no event
e = {}
t.watch_dict(wid, e)
e.update({"x": 1, "y": 2})   # an empty dict filled from a small one: one clone event
e2 = {}
t.watch_dict(wid, e2)
e2.update([("p", 1)])        # pairs, not a dict: per-key events
t.unwatch_dict(wid, d)
d["ignored"] = 1
print(t.get_dict_watcher_events())
for bad in [(-1, d), (8, d), (wid + 1, d), (wid, 1)]:
    try:
        t.watch_dict(*bad)
    except ValueError as exc:
        print("ValueError:", exc)

err = t.add_dict_watcher(1)
f = {}
t.watch_dict(err, f)
seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value), u.object.split(" at ")[0]))
f[1] = 2
print(seen)
sys.unraisablehook = sys.__unraisablehook__
t.unwatch_dict(err, f)
t.clear_dict_watcher(err)
t.unwatch_dict(wid, e)
t.unwatch_dict(wid, e2)
t.clear_dict_watcher(wid)
try:
    t.get_dict_watcher_events()
except RuntimeError as exc:
    print("RuntimeError:", exc)

# --- types ---
class C: pass
class D(C): pass
tw = t.add_type_watcher(0)
t.watch_type(tw, C)
t.watch_type(tw, D)
C.foo = 1
C.bar = 2          # no look-up in between: no second event
print([k.__name__ for k in t.get_type_modified_events()])
print(C.foo)
C.baz = 3
print([k.__name__ for k in t.get_type_modified_events()])
t.unwatch_type(tw, C)
t.unwatch_type(tw, D)
t.clear_type_watcher(tw)
try:
    t.watch_type(tw, C)
except ValueError as exc:
    print("ValueError:", exc)

# --- functions ---
events = []
fw = t.add_func_watcher(lambda *args: events.append(args))
def g(a=1, *, b=2): pass
g.__defaults__ = (5,)
g.__kwdefaults__ = {"b": 6}
code = (lambda: None).__code__
g2 = lambda: 0
g2.__code__ = code
names = {0: "create", 2: "code", 3: "defaults", 4: "kwdefaults"}
for ev, fn, new in events:
    if fn in (g, g2):
        print(names[ev], fn.__name__, new if ev != 2 else new.co_name)
t.clear_func_watcher(fw)
try:
    t.clear_func_watcher(fw)
except ValueError as exc:
    print("ValueError:", exc)
try:
    t.allocate_too_many_func_watchers()
except RuntimeError as exc:
    print("RuntimeError:", exc)

# --- code objects ---
cw = t.add_code_watcher(0)
co = t.code_newempty("file.py", "empty", 7)
compile("def h(): pass", "<s>", "exec")    # the module's code and h's
print(t.get_code_watcher_num_created_events(0), co.co_name, co.co_firstlineno, co.co_code)
t.clear_code_watcher(cw)
print(t.get_code_watcher_num_created_events(0))
