# The format-spec mini-language for strings: fill, align, width, precision, and errors.
for spec in ["", "10", "<10", ">10", "^10", "*^11", "-<6", ".3", "10.3", "^10.1", "s", "0>5"]:
    print(repr(spec), repr(format("hello", spec)))
print(repr(format("é😀", "^6")), repr(format("", "*>3")))
for spec in ["=10", "+", ",", "d", "#"]:
    try:
        print(format("abc", spec))
    except ValueError as e:
        print(type(e).__name__, e)
print(format(None, ""), format([1, 2], ""), format(object, "")[:6])
try:
    format([1], "10")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{'x':{'^'}{5}}", f"{3.5:{'*'}>{8}.{2}f}")
