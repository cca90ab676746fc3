# Which builtin types, methods, descriptors and functions have a docstring.
#
# pyvm writes its own docstrings (runtime.Docstrings and docstrings.txt): CPython's text is
# not copied, so the text differs by design and this program never prints it. What must
# match CPython 3.12 is which names have one: it prints the names whose __doc__ is None,
# and any docstring that is not a non-empty str.
import builtins
import types

# Members present in both implementations' type dicts. Dunders: only those that programs
# and tools read, and none of the exceptions' (CPython gives many exception classes
# __init__, __reduce__ or __str__ of their own); exception data descriptors: a fixed list (pyvm keeps some exception
# attributes, such as SyntaxError's, in the instance instead of in member descriptors).
DUNDERS = ('__new__', '__init__', '__format__', '__reduce__', '__reduce_ex__', '__class_getitem__',
           '__reversed__', '__getstate__', '__dir__', '__init_subclass__', '__subclasshook__',
           '__enter__', '__exit__', '__hash__', '__len__', '__iter__', '__contains__', '__getitem__',
           '__call__', '__repr__', '__eq__', '__round__', '__trunc__', '__floor__', '__ceil__',
           '__bytes__', '__complex__', '__prepare__', '__instancecheck__', '__subclasscheck__',
           '__subclasses__', '__set_name__', '__length_hint__', '__setstate__')
EXC_DESCRIPTORS = {
    'BaseException': ('args', '__cause__', '__context__', '__traceback__', '__suppress_context__'),
    'BaseExceptionGroup': ('exceptions', 'message'),
    'AttributeError': ('name', 'obj'),
    'NameError': ('name',),
    'ImportError': ('msg',),
    'OSError': ('errno', 'strerror', 'filename', 'filename2'),
    'StopIteration': ('value',),
    'SystemExit': ('code',),
}

none = []
bad = []
checked = 0


def check(name, obj):
    global checked
    checked += 1
    doc = obj.__doc__
    if doc is None:
        none.append(name)
    elif not isinstance(doc, str) or not doc.strip():
        bad.append((name, doc))


for n in sorted(dir(builtins)):
    if n.startswith('_') and n != '__build_class__' and n != '__import__':
        continue
    o = getattr(builtins, n)
    if isinstance(o, type):
        if o.__name__ != n:
            continue  # EnvironmentError and IOError are OSError
        check(n, o)
        exc = issubclass(o, BaseException)
        for k, v in sorted(vars(o).items()):
            if k == '__doc__':
                continue
            if k.startswith('_'):
                if exc or k not in DUNDERS:
                    continue
            elif exc and not callable(v):
                continue
            if v is None:
                none.append(n + '.' + k + ' (None itself)')
                continue
            check(n + '.' + k, v)
        for k in EXC_DESCRIPTORS.get(n, ()):
            check(n + '.' + k, vars(o)[k])
    elif isinstance(o, types.BuiltinFunctionType):
        check('builtins.' + n, o)

# What help() and pydoc read: the bound and unbound forms agree with the dict's.
for obj, via in ((list.append, [].append), (str.split, ''.split), (dict.fromkeys, {}.fromkeys),
                 (int.from_bytes, (0).from_bytes), (bytes.maketrans, b''.maketrans)):
    print(via.__doc__ == obj.__doc__ and isinstance(obj.__doc__, str), end=' ')
print()
print('checked more than 500:', checked > 500)
print('None:', len(none))
for n in none:
    print('  ' + n)
print('not a non-empty str:', bad)
