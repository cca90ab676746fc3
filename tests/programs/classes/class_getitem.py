# __class_getitem__ and builtin generic aliases like list[int] at runtime.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[str])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), type(alias).__name__)
print(isinstance([1], list), list[int] == list[int])
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
print(int | str, int | None, (int | str).__args__)
print(isinstance(3, int | str), isinstance(None, int | None))
