# Slot wrappers and method-wrappers carry slotdefs' docstrings.
def gen():
    yield 1


print(gen().__next__.__doc__)
print(type(gen()).__next__.__doc__)
print(iter([]).__next__.__doc__)
print(object.__repr__.__doc__)
print(object().__repr__.__doc__)
print(int.__add__.__doc__, int.__radd__.__doc__)
print(list.__len__.__doc__)
print(object.__init__.__doc__)


class C:
    def __next__(self):
        pass


print(C.__next__.__doc__)
