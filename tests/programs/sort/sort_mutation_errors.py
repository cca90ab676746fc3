# list.sort edge cases: mutating the list from a key function raises ValueError, exceptions in keys leave the list intact.
data = [3, 1, 2]
def evil_key(x):
    data.append(x)
    return x
try:
    data.sort(key=evil_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(data[:3]))
nums = [5, 3, "x", 1]
try:
    nums.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(nums, key=str), nums.count("x"))
def failing_key(v):
    if v == 4:
        raise KeyError("key failed on 4")
    return -v
lst = [1, 4, 2, 3]
try:
    lst.sort(key=failing_key)
except KeyError as e:
    print(type(e).__name__, e)
print(lst)
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(), (0,), (0, 0), (-1, 5)]))
