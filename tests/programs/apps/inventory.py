# An inventory system with dataclass-like classes written by hand, __eq__/__lt__/__hash__, and reports.
class Item:
    __slots__ = ("name", "price", "qty")
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.price, self.qty) == (other.name, other.price, other.qty)
    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)
    def __hash__(self):
        return hash((self.name, self.price, self.qty))
    @property
    def value(self):
        return self.price * self.qty
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
    def remove(self, name, qty):
        it = self.items[name]
        if qty > it.qty:
            raise ValueError(f"only {it.qty} {name} left")
        it.qty -= qty
        if it.qty == 0:
            del self.items[name]
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values()))
    def __contains__(self, name):
        return name in self.items
inv = Inventory()
for it in [Item("apple", 3, 10), Item("pear", 4, 5), Item("fig", 10, 2), Item("apple", 3, 5)]:
    inv.add(it)
print(len(inv), list(inv), "fig" in inv)
inv.remove("fig", 2)
try:
    inv.remove("pear", 9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    inv.remove("kiwi", 1)
except KeyError as e:
    print(type(e).__name__, e)
print(f"{'name':<8}{'qty':>5}{'value':>8}")
for it in inv:
    print(f"{it.name:<8}{it.qty:>5}{it.value:>8.2f}")
print("total", sum(it.value for it in inv), Item("a", 1, 1) == Item("a", 1, 1), len({Item("a", 1, 1), Item("a", 1, 1)}))
