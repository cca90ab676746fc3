# A user-defined mapping class implementing the full protocol by hand; interoperates with dict() and ** unpacking.
class Record:
    def __init__(self, **kw):
        self._keys = list(kw)
        self._vals = list(kw.values())
    def __getitem__(self, k):
        try:
            return self._vals[self._keys.index(k)]
        except ValueError:
            raise KeyError(k) from None
    def __setitem__(self, k, v):
        if k in self._keys:
            self._vals[self._keys.index(k)] = v
        else:
            self._keys.append(k)
            self._vals.append(v)
    def __delitem__(self, k):
        i = self._keys.index(k)
        del self._keys[i], self._vals[i]
    def __len__(self):
        return len(self._keys)
    def __iter__(self):
        return iter(self._keys)
    def __contains__(self, k):
        return k in self._keys
    def keys(self):
        return list(self._keys)
    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={self[k]!r}" for k in self) + ")"
    def __eq__(self, other):
        return isinstance(other, Record) and list(self) == list(other) and all(self[k] == other[k] for k in self)
r = Record(a=1, b=2)
r["c"] = 3
r["a"] = 10
del r["b"]
print(r, len(r), "a" in r, "b" in r, list(r), dict(r), {**r, "z": 0})
try:
    r["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.__suppress_context__)
print(r == Record(a=10, c=3), r == Record(c=3, a=10), sorted(r), max(r))
def kw(**k):
    return k
print(kw(**r))
