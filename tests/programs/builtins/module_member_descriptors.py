# Members that builtin modules give their types are the runtime's member_descriptor:
# types.MemberDescriptorType, writable and deletable where CPython's are, checked on __get__.
import collections, types, os, inspect, io, operator
print(type(collections.defaultdict.default_factory) is types.MemberDescriptorType,
      type(os.stat_result.st_mode) is types.MemberDescriptorType, inspect.ismemberdescriptor(os.stat_result.st_mode))
print(os.stat_result.st_mode, collections.defaultdict.default_factory)
d = collections.defaultdict(list)
d.default_factory = int
print(d.default_factory)
del d.default_factory
print(d.default_factory)
st = os.stat('.')
try:
    st.st_mode = 1
except AttributeError as e:
    print(e)
P = collections.namedtuple('P', 'x y')
print(type(P.x).__name__, P.x.__doc__)
P.x.__doc__ = 'the x'
print(P.x.__doc__)
t = io.TextIOWrapper(io.BytesIO())
print(t._CHUNK_SIZE)
t._CHUNK_SIZE = 16
print(t._CHUNK_SIZE)
try:
    collections.defaultdict.default_factory.__get__(5)
except TypeError as e:
    print(e)
