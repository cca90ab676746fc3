# ImportError.name_from: the name a failed 'from m import name' asked for, None otherwise;
# super()'s argument-count and keyword errors.
try:
    from os import nothing
except ImportError as e:
    print(repr(e.name), repr(e.name_from), e.path is not None)
try:
    from json import nothing2
except ImportError as e:
    print(repr(e.name), repr(e.name_from), e.path is not None)
e = ImportError('x')
print(e.name, e.path, e.name_from)
try:
    import nonexistent_mod_q
except ImportError as e:
    print(type(e).__name__, repr(e.name), repr(e.name_from))
for a in [(int, int, int), (1, 2, 3, 4)]:
    try:
        super(*a)
    except TypeError as e:
        print(e)
try:
    super(int, x=1)
except TypeError as e:
    print(e)
print(super(int))
