# deque against list: many pseudo-random operations (an LCG) must agree at every step.
from _collections import deque

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

for maxlen in (None, 0, 1, 5, 33):
    d = deque(maxlen=maxlen)
    model = []
    for step in range(3000):
        op = rnd(12)
        v = rnd(100)
        if op < 2:
            d.append(v); model.append(v)
            if maxlen is not None and len(model) > maxlen:
                del model[0]
        elif op < 4:
            d.appendleft(v); model.insert(0, v)
            if maxlen is not None and len(model) > maxlen:
                model.pop()
        elif op == 4 and model:
            assert d.pop() == model.pop()
        elif op == 5 and model:
            assert d.popleft() == model.pop(0)
        elif op == 6:
            k = rnd(7) - 3
            d.rotate(k)
            if model:
                k %= len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 7 and model:
            i = rnd(len(model))
            del d[i]; del model[i]
        elif op == 8 and (maxlen is None or len(model) < maxlen):
            i = rnd(len(model) + 3) - 1
            d.insert(i, v); model.insert(i, v)
        elif op == 9:
            assert d.count(v) == model.count(v)
            assert (v in d) == (v in model)
        elif op == 10 and model:
            i = rnd(len(model))
            d[i] = v; model[i] = v
        elif op == 11:
            items = [rnd(10) for _ in range(rnd(4))]
            d.extend(items); model.extend(items)
            if maxlen is not None:
                del model[:max(0, len(model) - maxlen)]
        assert len(d) == len(model), (step, len(d), len(model))
        if step % 50 == 0:
            assert list(d) == model, step
            assert list(reversed(d)) == model[::-1]
    print(maxlen, len(d), sum(d), list(d)[:5])
