# list methods: append, extend, insert, pop, remove, index, count, clear, copy, reverse.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend("ab"); l.insert(0, 0); l.insert(100, 99); l.insert(-1, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(2), l.index(5, 3), l.count(1), [1, 1, 2].count(1))
c = l.copy()
l.reverse()
print(l, c, c is l)
l.clear()
print(l, c)
for action, desc in [(lambda: [].pop(), "pop empty"), (lambda: [1].pop(5), "pop range"), (lambda: [1].remove(2), "remove"),
                     (lambda: [1].index(2), "index"), (lambda: [1, 2].index(2, 0, 1), "index range")]:
    try:
        action()
    except (IndexError, ValueError) as e:
        print(desc, type(e).__name__, e)
x = [1, 2]
x.extend(x)
print(x)
x.append(x)
print(x)
