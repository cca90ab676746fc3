# _pickle: subclass hooks (persistent_id/persistent_load, dispatch_table, reducer_override,
# find_class), the memo, fast mode, out-of-band buffers, and the errors CPython raises.
import _pickle
import copyreg
import io
import pickle
import re


class Thing:
    def __init__(self, name):
        self.name = name


class PersPickler(_pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Thing):
            return "thing:" + obj.name
        return None


class PersUnpickler(_pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


for proto in (0, 2, 5):
    f = io.BytesIO()
    PersPickler(f, proto).dump([Thing("a"), 1, Thing("b")])
    f.seek(0)
    print(proto, PersUnpickler(f).load())

f = io.BytesIO()
PersPickler(f, 2).dump(Thing("c"))
try:
    _pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)


class Table(_pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[complex] = lambda c: (str, ("complex " + repr(c),))


f = io.BytesIO()
Table(f).dump(1 + 2j)
print(_pickle.loads(f.getvalue()))

f = io.BytesIO()
p = _pickle.Pickler(f)
p.dispatch_table = {Thing: lambda t: (str, (t.name.upper(),))}
p.dump(Thing("shout"))
print(_pickle.loads(f.getvalue()))


class Override(_pickle.Pickler):
    def reducer_override(self, obj):
        if obj is len:
            return (str, ("len replaced",))
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([len, abs])
print(_pickle.loads(f.getvalue()))


class Restricted(_pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(Restricted(io.BytesIO(_pickle.dumps({1, 2}, 4))).load())
try:
    Restricted(io.BytesIO(_pickle.dumps(len))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)

f = io.BytesIO()
p = _pickle.Pickler(f, 2)
shared = [1]
p.dump(shared)
memo = p.memo.copy()
print(len(memo), [v[0] for v in memo.values()], list(memo.values())[0][1] is shared)
p.clear_memo()
print(len(p.memo.copy()))
p.memo = memo
print(len(p.memo.copy()))
u = _pickle.Unpickler(io.BytesIO(_pickle.dumps([[1], [2]], 2)))
u.load()
print(sorted(u.memo.copy()))
p.fast = 1
print(p.fast, p.bin)

buffers = []
data = _pickle.dumps([pickle.PickleBuffer(b"abc"), pickle.PickleBuffer(bytearray(b"de"))], 5,
                     buffer_callback=buffers.append)
print(len(buffers), [bytes(b.raw()) for b in buffers])
print([(type(b).__name__, bytes(b)) for b in _pickle.loads(data, buffers=buffers)])
print(_pickle.loads(_pickle.dumps(pickle.PickleBuffer(bytearray(b"in band")), 5)))
pb = pickle.PickleBuffer(b"xyz")
print(bytes(memoryview(pb)), pb.raw().tolist())
pb.release()
try:
    pb.raw()
except ValueError as e:
    print("ValueError:", e)


def check(label, f, *args, **kw):
    try:
        f(*args, **kw)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))




check("lambda", _pickle.dumps, lambda: 0)
check("bad protocol", _pickle.dumps, 1, 6)
check("callback proto", _pickle.dumps, 1, 4, buffer_callback=print)
check("pb proto 4", _pickle.dumps, pickle.PickleBuffer(b"x"), 4)
check("no write", _pickle.Pickler, object())
check("no read", _pickle.Unpickler, object())
check("str input", _pickle.loads, "text")
check("empty", _pickle.loads, b"")
check("truncated", _pickle.loads, b"\x80\x04\x95\x05")
check("bad opcode", _pickle.loads, b"\xff")
check("bad opcode 2", _pickle.loads, b"z")
check("underflow", _pickle.loads, b"a.")
check("mark", _pickle.loads, b"(a.")
check("no mark", _pickle.loads, b"t.")
check("memo", _pickle.loads, b"h\x05.")
check("proto", _pickle.loads, b"\x80\x09N.")
check("odd dict", _pickle.loads, b"(Nd.")
check("persid", _pickle.loads, b"Pabc\n.")
check("oob", _pickle.loads, b"\x80\x05\x97.")
check("stack global", _pickle.loads, b"K\x01K\x02\x93.")
check("no attribute", _pickle.loads, b"cbuiltins\nnope\n.")
check("reduce str", _pickle.dumps, type("R", (), {"__reduce__": lambda self: 42})())
check("reduce short", _pickle.dumps, type("R", (), {"__reduce__": lambda self: (str,)})())
check("reduce callable", _pickle.dumps, type("R", (), {"__reduce__": lambda self: (1, ())})())
check("reduce args", _pickle.dumps, type("R", (), {"__reduce__": lambda self: (str, 1)})())
check("unpicklable", _pickle.dumps, (x for x in ()))
check("uninit", _pickle.Pickler.__new__(_pickle.Pickler).dump, 1)
check("uninit load", _pickle.Unpickler.__new__(_pickle.Unpickler).load)
check("memo type", setattr, _pickle.Pickler(io.BytesIO()), "memo", 5)
check("unpickler memo key", setattr, _pickle.Unpickler(io.BytesIO()), "memo", {-1: None})
check("persistent_id", setattr, _pickle.Pickler(io.BytesIO()), "persistent_id", 5)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__module__)
