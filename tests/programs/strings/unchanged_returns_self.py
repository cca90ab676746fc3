# Methods that return an exact str or bytes itself when there is nothing to change, as CPython
# does (strip family, full slice, padding to no wider, expandtabs without a tab); subclasses
# always get a new exact object.
for s in ['abc', 'abc  ', '  abc', b'abc', b'abc ', b' abc', 'x'*100, '', b'']:
    z = 'z' if isinstance(s, str) else b'z'
    print(repr(s)[:12], s.lstrip() is s, s.rstrip() is s, s.strip() is s, s.lstrip(z) is s, s.strip(None) is s, s.rstrip(z) is s)
class S(str): pass
class B(bytes): pass
print(type(S('a').strip()).__name__, type(B(b'a').strip()).__name__)
s = 'abc'; print(s.replace('z','y') is s, s.ljust(2) is s, s.rjust(3) is s, s.center(1) is s, s.zfill(3) is s, s[:] is s, s[0:3] is s, (s * 1) is s, str(s) is s, s.translate({}) is s, s.expandtabs() is s, s.lower() is s)
b = b"abc"; print(b.ljust(2) is b, b.rjust(3) is b, b.center(1) is b, b.zfill(3) is b, b[:] is b, (b * 1) is b, bytes(b) is b, b[0:3] is b)
print(type(S('a')[:]).__name__, type(B(b'a')[:]).__name__, type(S('a').ljust(1)).__name__, type(B(b'a').center(1)).__name__, type(S('ab').expandtabs()).__name__)

# bytes.replace with nothing to replace (count 0, both empty, FROM absent) returns the bytes itself.
b = b'abc'
print(b.replace(b'z',b'y') is b, b.replace(b'a',b'x',0) is b, b.replace(b'',b'',0) is b, b.replace(b'', b'x', 0) is b, b.replace(b'ab', b'ab') is b, b.replace(b'', b'') is b, b.replace(b'abcd', b'') is b, b.replace(b'zz', b'ab') is b, b.replace(b'a', b'a', -1) is b, b.replace(b'q', b'q') is b)
print(b.replace(b'a', b'x'), b.replace(b'', b'-'), b.replace(b'b', b''), b.replace(bytearray(b'c'), memoryview(b'C')))
class B(bytes): pass
print(type(B(b'a').replace(b'z', b'y')).__name__, type(bytearray(b'a').replace(b'z', b'y')).__name__)
