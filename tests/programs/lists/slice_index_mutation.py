# A slice bound's __index__ that changes the sequence: the length is read after it runs
# (list_ass_subscript and its kin unpack the slice before reading the size), never a crash.
import xml.etree.ElementTree as ET
class X:
    def __index__(self):
        e[:] = []
        return 1
e = ET.Element('elem')
for _ in range(10):
    e.insert(0, ET.Element('child'))
e[0:10:X()] = []
print(len(e))
l = list(range(10))
class Y:
    def __index__(self):
        l[:] = []
        return 1
l[0:10:Y()] = []
print(l)
l = list(range(10))
class Z:
    def __index__(self):
        l[:] = [1, 2]
        return 5
print(l[0:Z()], l)
l = list(range(10))
del l[Z():]
print(l)
ba = bytearray(b'0123456789')
class W:
    def __index__(self):
        ba[:] = b''
        return 1
ba[0:10:W()] = b''
print(ba)
import array
a = array.array('i', range(10))
class V:
    def __index__(self):
        del a[:]
        return 1
a[0:10:V()] = array.array('i')
print(a)
a = array.array('i', range(10))
print(a[0:V()])
a = array.array('i', range(10))
del a[0:10:V()]
print(a)
