# _testcapi.sequence_getitem/setitem/delitem: the sequence protocol with a C index (a
# negative index gets the length added once), against plain subscription.
import _testcapi as t


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return ("got", i)

    def __setitem__(self, i, v):
        print("set", i, v)

    def __delitem__(self, i):
        print("del", i)


cases = [
    (t.sequence_getitem, ([1, 2], -3)), (t.sequence_getitem, ([1, 2], -2)), (t.sequence_getitem, ({}, 0)),
    (t.sequence_getitem, (1, 0)), (t.sequence_getitem, ("ab", -1)), (t.sequence_setitem, ((1,), 0, 1)),
    (t.sequence_delitem, ((1,), 0)), (t.sequence_getitem, (b"ab", -3)), (t.sequence_getitem, (b"ab", -1)),
    (t.sequence_getitem, (bytearray(b"ab"), -3)), (t.sequence_setitem, ({}, 0, 1)), (t.sequence_delitem, (1, 0)),
    (t.sequence_getitem, (Seq(), -1)), (t.sequence_getitem, (Seq(), -5)), (t.sequence_setitem, (Seq(), -4, "v")),
    (t.sequence_delitem, (Seq(), -2)), (t.sequence_getitem, ((1, 2), 2**70)), (t.sequence_getitem, (range(5), -5)),
]
for f, a in cases:
    try:
        print(f.__name__, f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

b = bytearray(range(5))
t.sequence_setitem(b, -1, 200)
t.sequence_delitem(b, 0)
print(b)
