# _testcapi's structmember test types and instancemethod: PyMemberDef members of each C
# type (conversions, truncation warnings, read-only in-place string).
import warnings
import _testcapi as t

warnings.simplefilter("always")
warnings.showwarning = lambda m, c, *a: print("  warning:", c.__name__, m)

for C in (t._test_structmembersType_OldAPI, t._test_structmembersType_NewAPI):
    print(C.__name__, C.__module__, type(C.__dict__["T_INT"]).__name__)
    o = C(False, 1, 2, 3, 4, 5, 6, 7, 8, 23, 9.99999, 10.1010101010, "hi")
    print([getattr(o, n) for n in ("T_BOOL", "T_BYTE", "T_UBYTE", "T_SHORT", "T_USHORT", "T_INT", "T_UINT",
                                   "T_LONG", "T_ULONG", "T_PYSSIZET", "T_FLOAT", "T_DOUBLE",
                                   "T_STRING_INPLACE", "T_LONGLONG", "T_ULONGLONG")])
    print(C().T_STRING_INPLACE == "", C(2, 200).T_BYTE)
    for name, value in [("T_BOOL", True), ("T_BOOL", 1), ("T_BYTE", 127), ("T_BYTE", 128), ("T_BYTE", -129),
                        ("T_UBYTE", 256), ("T_UBYTE", -1), ("T_SHORT", 2**15), ("T_USHORT", 2**16),
                        ("T_INT", 2**31), ("T_INT", 1.5), ("T_UINT", -1), ("T_UINT", 2**33),
                        ("T_LONG", 2**63), ("T_ULONG", -1), ("T_ULONG", 2**64 - 1), ("T_PYSSIZET", None),
                        ("T_PYSSIZET", 2**63), ("T_FLOAT", "x"), ("T_FLOAT", 0.1), ("T_DOUBLE", 3),
                        ("T_LONGLONG", 2**63), ("T_ULONGLONG", -1), ("T_ULONGLONG", 2**64 - 1),
                        ("T_STRING_INPLACE", "s"), ("T_INT", None), ("T_INT", [])]:
        try:
            setattr(o, name, value)
            print(name, repr(value), "->", getattr(o, name))
        except Exception as e:
            print(name, repr(value), type(e).__name__, e)
    for name in ("T_INT", "T_STRING_INPLACE"):
        try:
            delattr(o, name)
        except Exception as e:
            print("del", name, type(e).__name__, e)
    try:
        C(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "toolong")
    except ValueError as e:
        print("ValueError", e)
    try:
        C(T_BOOL=1, T_X=4)
    except TypeError as e:
        print("TypeError", e)

def f(self):
    "the doc"
    return self

class I:
    id = t.instancemethod(id)
    f = t.instancemethod(f)

i = I()
print(i.id() == id(i), i.f() is i, I.f is f, i.f.__doc__, I.id is id)
try:
    t.instancemethod(1)
except TypeError as e:
    print("TypeError", e)
