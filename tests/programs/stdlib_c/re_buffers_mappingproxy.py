# re over any bytes-like subject (memoryview, bytearray) and a bytearray kept from
# resizing while a finditer() iterator holds it; mappingproxy compares as its mapping.
import re
import types

print(re.sub(b'y', memoryview(b'a'), memoryview(b'xyz')))
print(re.findall(rb'\d+', memoryview(b'a1b22c333')))
m = re.search(rb'(b+)', bytearray(b'aabbbcc'))
print(m.group(1), m.span(), type(m.string).__name__)
print(re.split(rb',', memoryview(b'a,b,,c')))
print(re.fullmatch(rb'x*', memoryview(b'xxx')).group())
try:
    re.match(rb'a', 12)
except TypeError as e:
    print(e)

b = bytearray(b'x')
it = re.finditer(b'a', b)
try:
    b.extend(b'x' * 10)
except BufferError as e:
    print('BufferError:', e)
print(list(it))

gi = re.compile("(?P<first>a)(?P<other>b)").groupindex
print(type(gi).__name__, gi == {'first': 1, 'other': 2}, gi != {'first': 1})
p = types.MappingProxyType({'a': 1, 'b': 2})
print(p | {'c': 3}, {'z': 0} | p, list(reversed(p)), str(p))
try:
    p < p
except TypeError as e:
    print(e)
