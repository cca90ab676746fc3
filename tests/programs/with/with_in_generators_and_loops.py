# Context managers inside generators and loops: exits run on break, continue, return and on generator close.
log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"close {self.name}" + (f" ({et.__name__})" if et else ""))
def lines(name):
    with Res(name):
        for i in range(3):
            yield f"{name}:{i}"
for line in lines("f1"):
    log.append(line)
g = lines("f2")
log.append(next(g))
g.close()
for i in range(3):
    with Res(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
def early():
    with Res("fn"):
        return "returned"
log.append(early())
print("\n".join(log))
