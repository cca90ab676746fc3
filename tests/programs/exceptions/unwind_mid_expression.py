# Exceptions raised mid-expression with partial values on the stack, caught at several nesting levels, in loops.
def boom(tag):
    raise ValueError(tag)
def ok(v):
    return v
results = []
for i in range(4):
    try:
        if i == 0:
            x = [1, 2, ok(3), boom("in list display"), 5]
        elif i == 1:
            x = ok(1) + ok(2) * (ok(3) - boom("in arithmetic"))
        elif i == 2:
            x = {"a": ok(1), "b": {"c": boom("in nested dict")}}
        else:
            x = f"{ok('s')}{boom('in f-string')}"
    except ValueError as e:
        results.append(str(e))
print(results)
def nested_calls():
    return max(1, min(2, abs(boom("deep in call args"))))
class nullctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        results.append("exit")
results = []
for attempt in range(2):
    try:
        for j in range(2):
            with nullctx():
                try:
                    nested_calls()
                finally:
                    results.append(f"finally {attempt}.{j}")
    except ValueError as e:
        results.append(f"caught on attempt {attempt}")
print(results)
def gen():
    for k in range(3):
        try:
            yield [k, boom("in generator") if k == 1 else k]
        except ValueError:
            yield "recovered"
print(list(gen()))
total = 0
for n in range(100):
    try:
        total += (n // (n % 7)) if n % 5 else int("x")
    except (ZeroDivisionError, ValueError):
        total -= 1
print(total)
