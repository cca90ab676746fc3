# gc.get_referrers and gc.get_objects: what trace.py's --listfuncs does to find a method's
# class (code -> function -> class dict -> class), and the containers that hold an object.
import gc
import inspect


class Traced:
    def method(self):
        return 1


def module_function():
    return 2


def class_of(code):
    funcs = [f for f in gc.get_referrers(code) if inspect.isfunction(f)]
    if len(funcs) != 1:
        return None
    dicts = [d for d in gc.get_referrers(funcs[0]) if isinstance(d, dict)]
    if len(dicts) != 1:
        return None
    classes = [c for c in gc.get_referrers(dicts[0]) if hasattr(c, "__bases__")]
    return classes[0].__name__ if len(classes) == 1 else None


print(class_of(Traced.method.__code__))
print(class_of(module_function.__code__))

item = object()
holders = [[item], (item, 1), {"k": item}, {1: item}]
refs = gc.get_referrers(item)
print([any(r is h for r in refs) for h in holders])
print(any(r is holders for r in gc.get_referrers(holders[0])))


def closure():
    cell_value = ["in a cell"]

    def inner():
        return cell_value
    return inner


fn = closure()
cell = fn.__closure__[0]
print(any(r is fn for r in gc.get_referrers(cell)))
print(any(r is cell for r in gc.get_referrers(cell.cell_contents)))

objs = gc.get_objects()
print(type(objs) is list, any(o is holders for o in objs), any(o is Traced for o in objs))
print(gc.get_objects(generation=2) is not None)
for bad in (3, -2, "0"):
    try:
        gc.get_objects(generation=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
