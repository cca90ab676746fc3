# Sorting with key functions: str.lower, len, tuples, negatives, builtin methods and key calls count.
words = ["Banana", "apple", "cherry", "Apple", "date", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True))
calls = []
def key(x):
    calls.append(x)
    return x % 5
print(sorted(range(10), key=key), len(calls))
print(sorted([[3, "c"], [1, "a"], [2, "b"]]), sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted("cab"), sorted({3, 1, 2}))
print(max(words, key=len), min(words, key=str.lower))
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sorted([0.5, -1, 3, 2.5, True, False]))
print(sorted([-5, 3, -1, 2], key=abs), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
