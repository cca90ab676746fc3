# Slot wrappers word a wrong argument count as typeobject.c does: check_num_args' 'expected N
# arguments, got M', or after an empty name for the wrappers that use PyArg_UnpackTuple;
# dict/list __getitem__ and dict/set __contains__ are method descriptors (METH_COEXIST).
for f, a in [(str.__mul__, ('x',)), (list.__add__, ([],)), (int.__add__, (1,)), (str.__eq__, ('x',)), (dict.__getitem__, ({},)), (list.__len__, ([], 1)), (object.__repr__, (1, 2)), (int.__neg__, (1, 2)), (str.__contains__, ('x',)), (list.__setitem__, ([], 1)), (object.__setattr__, (object(), 'a')), (object.__getattribute__, (object(),))]:
    try:
        f(*a)
    except TypeError as e:
        print(type(f).__name__, f.__qualname__, '|', e)
print(type(dict.__getitem__).__name__, type(set.__contains__).__name__, type(frozenset.__contains__).__name__, type(tuple.__getitem__).__name__)
for f, a in [(type(None).__get__ if False else property.__get__, (property(),)), (int.__pow__, (1,)), (str.__rmul__, ('a', 1, 2)), (list.__imul__, ([],))]:
    try:
        f(*a)
    except TypeError as e:
        print(f.__qualname__, '|', e)
