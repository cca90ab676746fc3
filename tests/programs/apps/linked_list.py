# A singly linked list class with iteration, indexing, reversal, __repr__, __eq__ and __len__.
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
l = LinkedList([1, 2, 3, 4])
print(l, len(l), l[0], l[-1], 3 in l, list(reversed(list(l))))
l.reverse()
print(l, l == LinkedList([4, 3, 2, 1]), l == [4, 3, 2, 1])
try:
    l[10]
except IndexError as e:
    print(type(e).__name__, e)
print(sum(l), max(l), sorted(l), LinkedList(), len(LinkedList("abc")))
