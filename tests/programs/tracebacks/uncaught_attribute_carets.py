# Uncaught AttributeError in an attribute chain with a call: carets and the "Did you mean" suggestion.
class Point:
    def __init__(self):
        self.xcoord = 1
p = Point()
print(p.xcoord)
print(p.xcord)
