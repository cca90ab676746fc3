# Common dict iteration patterns: items sorting, value modification during iteration, inversion, grouping, nested.
scores = {"ann": 91, "bob": 78, "cy": 85, "dee": 78}
for name, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:>4}: {s}")
for k in scores:
    scores[k] += 5
print(scores)
by_score = {}
for name, s in scores.items():
    by_score.setdefault(s, []).append(name)
print(by_score)
for k in list(scores):
    if scores[k] < 90:
        del scores[k]
print(scores)
nested = {"x": {"a": 1, "b": 2}, "y": {"c": 3}}
print([(o, i, v) for o, inner in nested.items() for i, v in inner.items()])
print({k: sum(v.values()) for k, v in nested.items()}, max(nested, key=lambda k: len(nested[k])))
keys, values = zip(*{"p": 1, "q": 2}.items())
print(keys, values, dict(zip(values, keys)))
print(dict(enumerate("abc")), list({"a": 1}.items())[0])
