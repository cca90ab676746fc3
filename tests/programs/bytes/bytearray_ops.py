# bytearray mutation: item/slice assignment, append, extend, insert, pop, remove, del and +=.
ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba[1:3] = b"EY"
print(ba)
ba.append(33); ba.extend(b"??"); ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
del ba[1:3]
print(ba)
ba += b"xyz"
ba *= 2
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba.reverse()
print(ba, ba.hex())
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
for action in [lambda: ba.append(256), lambda: bytearray(b"a").remove(98), lambda: bytearray().pop(),
               lambda: bytearray(b"ab").__setitem__(slice(0, 2, 1), 5), lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x")]:
    try:
        action()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b"abc")
print(b2 == b"abc", bytes(b2), b2.upper(), type(b2 + b"d").__name__, type(b"d" + b2).__name__, b2.copy())
