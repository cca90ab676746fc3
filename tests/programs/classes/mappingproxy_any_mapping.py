# types.MappingProxyType over any mapping: a dict subclass's own methods, a ChainMap,
# hash of the mapping, |= refused, class_getitem; and types.UnionType[...] substitution.
import collections
import types
import typing


class Custom(dict):
    def __contains__(self, key):
        return key == 'magic' or dict.__contains__(self, key)

    def __iter__(self):
        return iter(('iter',))

    def __len__(self):
        return 500

    def keys(self):
        return 'keys'

    def get(self, key, default=None):
        return "get=%s" % dict.get(self, key, 'default=%r' % default)

    def __getitem__(self, key):
        return "getitem=%s" % dict.__getitem__(self, key)

    def __hash__(self):
        return 12345


view = types.MappingProxyType(Custom(key='value'))
print('magic' in view, 'key' in view, 'xxx' in view)
print(view['key'], [k for k in view], len(view), view.keys(), view.get('key'), view.get('xxx'))
print(hash(view), view)
try:
    view |= {}
except TypeError as e:
    print(e)
try:
    hash(types.MappingProxyType({}))
except TypeError as e:
    print(e)

chain = types.MappingProxyType(collections.ChainMap({'x': 1}, {'y': 2}))
print(sorted(chain), len(chain), chain['y'], chain.get('z'), chain.copy(), repr(chain))
print(sorted(chain.items()), list(reversed(types.MappingProxyType({'a': 1, 'b': 2}))))
for bad in (10, ('a', 'tuple'), ['a', 'list']):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)

print(types.MappingProxyType[str], type[int])
for t in (zip, map, filter, reversed):
    try:
        t[int]
    except TypeError as e:
        print(e)

T = typing.TypeVar("T")
S = typing.TypeVar("S")
print((float | list[T])[int])
print((list[T] | list[S]).__parameters__, (list[T] | list[S])[int, T], (list[T] | list[S])[int, int])
try:
    (int | str)[int]
except TypeError as e:
    print(e)
