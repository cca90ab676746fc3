# yield from: delegation, return value of subgenerator, delegation to iterables, send forwarding.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
print(list(outer()))
def echo():
    while True:
        got = yield
        if got is None:
            return "echo finished"
        print("echo got", got)
def delegator():
    result = yield from echo()
    yield result
d = delegator()
next(d)
d.send("x")
d.send("y")
print(d.send(None))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], []], [[5]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0})))
