# An uncaught KeyError deep in nested calls, including a lambda and a method, with caret lines.
class Store:
    def __init__(self):
        self.items = {"x": 1}
    def get(self, k):
        return self.items[k]
lookup = lambda s, k: s.get(k)
def main():
    s = Store()
    print(lookup(s, "x"))
    print(lookup(s, "y"))
main()
