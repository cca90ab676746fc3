# Class bodies execute top to bottom at definition time: prints, loops, conditionals, and names deleted from the body.
print("before class")
class Config:
    print("executing class body")
    items = []
    for i in range(3):
        items.append(i * i)
    if len(items) > 2:
        big = True
    else:
        big = False
    temp = "to be removed"
    del temp
    del i
    def method(self):
        return self.items
    print("end of class body")
print("after class", Config.items, Config.big, hasattr(Config, "temp"), hasattr(Config, "i"))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
def make_class(n):
    class Inner:
        value = n
        def get(self):
            return self.value
    return Inner
A, B = make_class(1), make_class(2)
print(A().get(), B().get(), A is B, A.__qualname__)
