# _testcapi's PySet_* functions: type checks, new, size, contains, add, discard, pop,
# clear; SystemError (PyErr_BadInternalCall) for a non-set or a frozenset to change.
import _testcapi as t

class S(set):
    def add(self, x):
        print("S.add not called by PySet_Add")

class F(frozenset):
    pass

objs = [set(), {1, 2}, frozenset(), frozenset({1}), S(), F(), object(), [1]]
for name in ("set_check", "set_checkexact", "frozenset_check", "frozenset_checkexact", "anyset_check",
             "anyset_checkexact"):
    print(name, [getattr(t, name)(o) for o in objs])
print(t.set_new(), t.set_new((1, 1, 2)), t.frozenset_new([3, 3]), type(t.frozenset_new()))
for f, args in [(t.set_new, (1,)), (t.set_new, ((1, {}),)), (t.set_size, (object(),)), (t.set_size, (F((1, 2)),)),
                (t.set_contains, ({1}, 1)), (t.set_contains, (frozenset({1}), 2)), (t.set_contains, ({1}, [])),
                (t.set_contains, ([], 1)), (t.set_add, (S(), 5)),
                (t.set_add, (set(), [])), (t.set_discard, ({1}, 1)), (t.set_discard, ({1}, 2)),
                (t.set_discard, (F(), 1)), (t.set_pop, ({7},)), (t.set_pop, (set(),)), (t.set_pop, (frozenset({1}),)),
                (t.set_clear, ({1, 2},)), (t.set_clear, (object(),)), (t.set_get_size, ({1, 2, 3},))]:
    try:
        r = f(*args)
        print(f.__name__, r, args[0])
    except Exception as e:
        print(f.__name__, type(e).__name__, str(e).split(": ")[-1])
