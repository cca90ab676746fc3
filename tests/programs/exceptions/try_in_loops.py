# try/except/finally inside loops with break, continue and return; finally runs each iteration.
def process(items):
    out = []
    for it in items:
        try:
            if it == "skip":
                continue
            if it == "stop":
                break
            out.append(10 // it)
        except ZeroDivisionError:
            out.append("div0")
        except TypeError:
            out.append("type")
        finally:
            out.append(".")
    return out
print(process([1, 0, "skip", "x", 5, "stop", 7]))
def find(items, target):
    for i, v in enumerate(items):
        try:
            if v == target:
                return i
        finally:
            print("checked", i)
    return -1
print(find("abc", "b"))
n = 0
while True:
    try:
        n += 1
        if n < 3:
            raise ValueError(n)
        break
    except ValueError as e:
        print("retry after", e)
print("succeeded on attempt", n)
