# The struct members of the builtin exceptions: member descriptors on their classes,
# readable and writable (a delete leaves None), and the ones __init__ sets from args
# (StopIteration.value, SystemExit.code, ImportError.msg) independent of args afterwards.
members = {
    SyntaxError: ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                  "print_file_and_line"],
    OSError: ["errno", "strerror", "filename", "filename2"],
    StopIteration: ["value"], SystemExit: ["code"],
    ImportError: ["msg", "name", "path", "name_from"],
    AttributeError: ["name", "obj"], NameError: ["name"],
    UnicodeEncodeError: ["encoding", "object", "start", "end", "reason"],
    UnicodeDecodeError: ["encoding", "object", "start", "end", "reason"],
    UnicodeTranslateError: ["encoding", "object", "start", "end", "reason"],
    BaseExceptionGroup: ["message", "exceptions"],
}
for cls, names in members.items():
    print(cls.__name__, [type(cls.__dict__[n]).__name__ for n in names],
          [n in IndentationError.__dict__ for n in names if cls is SyntaxError])
    print("  ", repr(cls.__dict__[names[0]]), cls.__dict__[names[0]].__objclass__.__name__)

e = StopIteration(1, 2)
print(e.value, e.args)
e.value = 5
print(e.value, e.args)
del e.value
print(e.value)
e.args = (7,)
print(e.value)

def gen():
    return "done"
    yield
try:
    next(gen())
except StopIteration as s:
    print("generator:", s.value, s.args)

class Quiet(StopIteration):
    def __init__(self):
        pass
print("no super().__init__:", Quiet().value, Quiet().args)

class Loud(StopIteration):
    def __init__(self, *a):
        super().__init__(*a)
print("super().__init__:", Loud(3, 4).value)

for args in [(), (3,), (3, 4)]:
    x = SystemExit(*args)
    print("SystemExit", args, x.code)
x.code = "bye"
print(x.code, x.args)

for args in [(), ("one",), ("a", "b")]:
    i = ImportError(*args, name="m", path="/p")
    print("ImportError", args, i.msg, i.name, i.path, i.name_from)
i.msg = "changed"
i.name_from = "x"
print(i.msg, i.args, str(i), i.name_from)
del i.name
print(i.name)

try:
    import no_such_module_here
except ImportError as err:
    print(type(err).__name__, err.msg, err.name, err.path)

s = SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.print_file_and_line)
s.lineno = 10
del s.text
print(s.lineno, s.text, str(s))

o = OSError(2, "gone", "a", None, "b")
print(o.errno, o.strerror, o.filename, o.filename2, o.args)
o.errno = 3
del o.strerror
print(o.errno, o.strerror)

u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
u.start = 1
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))

g = ExceptionGroup("eg", [ValueError(1)])
try:
    g.message = "other"
except AttributeError as a:
    print("AttributeError", a)
