# _testcapi's PyDict_* functions: the dict's own table (a subclass's methods are not
# called), SystemError for a non-dict, the KeyError class for PyDict_GetItem's "missing".
from collections import OrderedDict, UserDict
import _testcapi as t

class D(dict):
    def __getitem__(self, key):
        raise RuntimeError("not called")
    def __setitem__(self, key, value):
        raise RuntimeError("not called")
    def keys(self):
        raise RuntimeError("not called")

def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, repr(r), args[0] if args else "")
    except Exception as e:
        print(f.__name__, type(e).__name__, str(e).split(": ")[-1])

for o in ({}, OrderedDict(), UserDict(), D(), [], 1):
    show(t.dict_check, o)
    show(t.dict_checkexact, o)
    show(t.dict_size, o)
    show(t.dict_copy, o)
    show(t.dict_keys, o)
print(t.dict_new(), type(t.dictproxy_new({1: 2})).__name__)
show(t.dictproxy_new, [])
d = D(a=1)
for f, args in [(t.dict_getitem, (d, "a")), (t.dict_getitem, (d, "b")), (t.dict_getitem, (d, [])),
                (t.dict_getitem, (1, "a")), (t.dict_getitemstring, (d, b"a")), (t.dict_getitemstring, (d, b"\xff")),
                (t.dict_getitemwitherror, (d, "b")), (t.dict_getitemwitherror, (d, [])),
                (t.dict_getitemwitherror, ([], 1)), (t.dict_contains, (d, "a")), (t.dict_contains, (d, [])),
                (t.dict_setitem, (d, "c", 3)), (t.dict_setitem, (d, [], 3)), (t.dict_setitem, (UserDict(), 1, 2)),
                (t.dict_setitemstring, (d, b"e", 5)), (t.dict_setitemstring, (d, b"\xff", 5)),
                (t.dict_delitem, (d, "c")), (t.dict_delitem, (d, "c")), (t.dict_delitemstring, (d, b"e")),
                (t.dict_setdefault, (d, "a", 9)), (t.dict_setdefault, (d, "z", 9)),
                (t.dict_values, (d,)), (t.dict_items, (d,)), (t.dict_next, (d, 0)), (t.dict_next, (d, 5)),
                (t.dict_clear, ([1],)), (t.dict_update, (d, {"u": 1})), (t.dict_update, (d, UserDict(v=2))),
                (t.dict_update, (d, [])), (t.dict_update, (d, None)), (t.dict_merge, (d, {"a": 0}, 0)),
                (t.dict_merge, (d, {"a": 0}, 1)), (t.dict_mergefromseq2, (d, [("m", 1)], 0)),
                (t.dict_mergefromseq2, (d, iter([("a", 5)]), 1)), (t.dict_mergefromseq2, (d, [(1,)], 0)),
                (t.dict_mergefromseq2, (d, [1], 0)), (t.dict_mergefromseq2, (d, 42, 0))]:
    show(f, *args)
print(dict.items(d))
pos = 0
while (r := t.dict_next(d, pos)) is not None:
    print(r)
    pos = r[1]
t.dict_clear(d)
print(dict(d))
