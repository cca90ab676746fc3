# PEP 509 dict versions as _testcapi.dict_get_version shows them: which operations change
# a dict's version and which leave it alone, and that no two dicts share one.
import _testcapi

v = _testcapi.dict_get_version


def changes(d, f, *args, **kw):
    before = v(d)
    try:
        f(*args, **kw)
    except KeyError as e:
        print("KeyError", e)
    return v(d) != before


class Same:
    def __eq__(self, other):
        return True


value = object()
d = {}
print("setitem new key", changes(d, d.__setitem__, "k", value))
print("setitem same object", changes(d, d.__setitem__, "k", value))
print("update same object", changes(d, d.update, k=value))
print("update from dict, same", changes(d, d.update, {"k": value}))
print("setitem equal object", changes(d, d.__setitem__, "k", Same()))
print("setdefault existing", changes(d, d.setdefault, "k", 1))
print("setdefault new", changes(d, d.setdefault, "j", 1))
print("delitem", changes(d, d.__delitem__, "j"))
print("delitem missing", changes(d, d.__delitem__, "j"))
print("pop missing", changes(d, d.pop, "j"))
print("popitem", changes(d, d.popitem))
print("popitem empty", changes(d, d.popitem))
print("update nothing", changes(d, d.update))
d["a"] = 1
print("clear", changes(d, d.clear))
print("clear empty", changes(d, d.clear))

dicts = [{}, {}, dict(x=1), {"x": 1}.copy(), type("D", (dict,), {})()]
print("distinct versions", len({v(x) for x in dicts}) == len(dicts))
c = {"a": 1}
before = v(c)
c2 = c.copy()
print("copy leaves original", v(c) == before, "copy has its own", v(c2) != v(c))

try:
    v([])
except TypeError as e:
    print("TypeError", e)
