# Class attributes that are mutable are shared between instances; instance assignment shadows them.
class Team:
    members = []
    count = 0
    def __init__(self, name):
        self.name = name
        self.members.append(name)
        Team.count += 1
        self.count_seen = self.count
a, b = Team("a"), Team("b")
print(a.members, b.members, a.members is Team.members, Team.count, a.count_seen, b.count_seen)
a.members = ["own"]
print(a.members, b.members, Team.members)
class Safe:
    def __init__(self, name):
        self.members = [name]
print(Safe("x").members, Safe("y").members)
class Counter:
    total = 0
    def add(self):
        self.total += 1
c1, c2 = Counter(), Counter()
c1.add(); c1.add(); c2.add()
print(c1.total, c2.total, Counter.total)
