# _testcapi's PyList_* functions: C indexes, slices clipped as listobject.c does,
# SystemError for a non-list or C's NULL (None).
import _testcapi as t

class L(list):
    def insert(self, i, v):
        raise RuntimeError("not called")

def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, repr(r), args[0] if args else "")
    except Exception as e:
        print(f.__name__, type(e).__name__, str(e).split(": ")[-1])

for o in ([], L([1]), (1,), {}, 1):
    show(t.list_check, o)
    show(t.list_check_exact, o)
    show(t.list_size, o)
    show(t.list_astuple, o)
show(t.list_new, 0)
show(t.list_new, -1)
show(t.list_new, None)
lst = L([1, 2, 3])
big = 2**63 - 1
for f, args in [(t.list_getitem, (lst, 0)), (t.list_getitem, (lst, -1)), (t.list_getitem, (lst, 3)),
                (t.list_getitem, (lst, 2**63)), (t.list_getitem, ((1,), 0)), (t.list_get_item, (lst, 2)),
                (t.list_setitem, (lst, 0, 10)), (t.list_setitem, (lst, 3, 1)), (t.list_set_item, (lst, 1, 20)),
                (t.list_insert, (lst, -1, 22)), (t.list_insert, (lst, -big - 1, 0)), (t.list_insert, (lst, big, 99)),
                (t.list_insert, ((), 0, 1)), (t.list_append, (lst, [4])), (t.list_append, (lst, None)),
                (t.list_getslice, (lst, -1, 0)), (t.list_getslice, (lst, 1, 3)), (t.list_getslice, (lst, -100, 100)),
                (t.list_getslice, ("abc", 0, 1)), (t.list_setslice, (lst, 0, 1, ["X", "Y"])),
                (t.list_setslice, (lst, 5, 100, None)), (t.list_setslice, (lst, big, big, ["Z"])),
                (t.list_setslice, ((), 0, 0, [])), (t.list_reverse, (lst,)), (t.list_reverse, (None,)),
                (t.list_sort, ([3, 1, 2],)), (t.list_sort, (object(),))]:
    show(f, *args)
print(lst)
