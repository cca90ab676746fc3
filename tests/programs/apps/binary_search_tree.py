# A binary search tree with insert, search, delete, in-order generator, height, and a sideways printout.
class Node:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def ins(n):
            if n is None:
                return Node(key)
            if key < n.key:
                n.left = ins(n.left)
            elif key > n.key:
                n.right = ins(n.right)
            return n
        self.root = ins(self.root)
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def delete(self, key):
        def dele(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = dele(n.left, key)
            elif key > n.key:
                n.right = dele(n.right, key)
            else:
                if not n.left:
                    return n.right
                if not n.right:
                    return n.left
                m = n.right
                while m.left:
                    m = m.left
                n.key = m.key
                n.right = dele(n.right, m.key)
            return n
        self.root = dele(self.root, key)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def show(self):
        lines = []
        def s(n, depth):
            if n:
                s(n.right, depth + 1)
                lines.append("    " * depth + str(n.key))
                s(n.left, depth + 1)
        s(self.root, 0)
        return "\n".join(lines)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t), t.height(), 45 in t, 55 in t)
print(t.show())
t.delete(30)
t.delete(50)
print(list(t), t.height())
try:
    t.delete(999)
except KeyError as e:
    print(type(e).__name__, e)
