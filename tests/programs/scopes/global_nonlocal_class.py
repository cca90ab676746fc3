# global and nonlocal declarations inside class bodies and their methods.
counter = 0
class Counter:
    global counter
    counter = 10
    def bump(self):
        global counter
        counter += 1
        return counter
print(counter, Counter().bump(), counter, hasattr(Counter, "counter"))
def outer():
    value = "outer"
    class Inner:
        nonlocal value
        value = "set from class body"
        def get(self):
            return value
    return value, Inner().get()
print(outer())
def make():
    count = 0
    class Tracker:
        def hit(self):
            nonlocal count
            count += 1
            return count
    return Tracker
T = make()
t1, t2 = T(), T()
print(t1.hit(), t2.hit(), t1.hit())
