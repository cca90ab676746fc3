# Random insert/update/delete sequences on a dict compared with a list-of-pairs model: order and contents must agree.
state = 7
def rnd(n):
    global state
    state = (state * 48271) % 2147483647
    return state % n
d = {}
model = []
def model_set(k, v):
    for i, (mk, _) in enumerate(model):
        if mk == k:
            model[i] = (k, v)
            return
    model.append((k, v))
def model_del(k):
    for i, (mk, _) in enumerate(model):
        if mk == k:
            del model[i]
            return True
    return False
mismatch = 0
for step in range(3000):
    op = rnd(10)
    k = rnd(60)
    key = k if k % 3 else f"s{k}"
    if op < 6:
        d[key] = step
        model_set(key, step)
    elif op < 9:
        found = key in d
        if found:
            del d[key]
        if model_del(key) != found:
            mismatch += 1
    else:
        if d.pop(key, None) is not None:
            model_del(key)
    if step % 500 == 0 and list(d.items()) != model:
        mismatch += 1
print("mismatches:", mismatch, "size:", len(d), list(d.items()) == model)
print(list(d.items())[:12])
print(sum(v for v in d.values()), [k for k in d if isinstance(k, str)][:10])
