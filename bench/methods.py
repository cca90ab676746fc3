# Benchmark: method calls on Python classes, including inherited and overridden methods and super().
class Shape:
    def __init__(self, scale):
        self.scale = scale
    def area(self):
        return 0
    def scaled_area(self):
        return self.area() * self.scale
class Rect(Shape):
    def __init__(self, w, h, scale=1):
        super().__init__(scale)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, 2)
    def area(self):
        return super().area() + 1
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self
shapes = [Rect(i % 7, i % 5) if i % 2 else Square(i % 9) for i in range(100)]
c = Counter()
total = 0
for _ in range(50000):
    for s in shapes:
        total += s.scaled_area()
    c.inc(1).inc(2)
print("methods", total, c.n)
