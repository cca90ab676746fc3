# Laziness of builtin iterators: map/filter/zip/enumerate/reversed pull items on demand; short-circuiting consumers.
def source(n):
    for i in range(n):
        print("  produce", i)
        yield i
print("zip stops at shortest:")
print(list(zip(source(5), "ab")))
print("map with two iterables:")
print(list(map(lambda a, b: a + b, source(3), [10, 20])))
print("any stops early:")
print(any(x > 0 for x in source(5)))
print("next on filter:")
print(next(filter(lambda x: x % 2, source(5))))
print("enumerate start:")
e = enumerate(source(3), 1)
print(next(e))
print("min over generator:", min(source(3)))
