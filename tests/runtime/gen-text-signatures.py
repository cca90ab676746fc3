"""Writes src/main/resources/org/pyvm/runtime/text-signatures.txt: the __text_signature__
that CPython 3.12 reports for each function and method written in C (builtin functions of
builtin and extension modules, method and class-method descriptors, static methods of
builtin types) and for each builtin type, read from the reference interpreter itself.
pyvm's __text_signature__ getters look a Java method up here by where it lives; slot
wrappers and __new__ are not listed (runtime.TextSignatures gives them per slot name, as
CPython's typeobject.c slotdefs do).

Lines: KEY<TAB>SIGNATURE (backslash, newline and tab escaped as \\\\, \\n, \\t), SIGNATURE empty where CPython has none (the getter gives None).
  KEY is MODULE.NAME for a module function, TYPE for a type, TYPE.NAME for a method, where
  TYPE is __qualname__, prefixed by __module__ and a dot unless that is builtins.
Run: tests/cpython312 tests/runtime/gen-text-signatures.py"""
import importlib, os, sys, sysconfig

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..',
                   'src/main/resources/org/pyvm/runtime/text-signatures.txt')

def module_names():
    names = set(sys.builtin_module_names)
    dyn = os.path.join(sysconfig.get_paths()['stdlib'], 'lib-dynload')
    for f in os.listdir(dyn):
        if f.endswith('.so'):
            names.add(f.split('.')[0])
    # test helpers and GUI bindings are no part of the library pyvm follows
    return sorted(n for n in names if not n.startswith(('_test', '_xx', 'xx', '_tkinter', '_ctypes_test')))

def type_key(t):
    mod = t.__module__
    return t.__qualname__ if mod == 'builtins' else mod + '.' + t.__qualname__

entries = {}

def put(key, sig):
    sig = sig or ''
    # one line each: a backslash, newline or tab is written as \\, \n or \t
    sig = sig.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')
    entries.setdefault(key, sig)

METHOD_KINDS = ('method_descriptor', 'classmethod_descriptor', 'builtin_function_or_method')

C_MODULES = set()

def add_type(t, done, named=False):
    # A heap type (Py_TPFLAGS_HEAPTYPE) may be a class written in Python, or one a C module
    # made with PyType_FromSpec: those are named in a C module or say they belong to one.
    if t in done or (t.__flags__ & (1 << 9) and not named and t.__module__ not in C_MODULES):
        return
    done.add(t)
    key = type_key(t)
    put(key, t.__text_signature__)
    for name, v in vars(t).items():
        if name == '__new__':
            continue
        if isinstance(v, (staticmethod, classmethod)):
            v = v.__func__
        if type(v).__name__ in METHOD_KINDS:
            put(key + '.' + name, v.__text_signature__)
    for s in type.__subclasses__(t):
        add_type(s, done)

def main():
    done = set()
    for name in module_names():
        try:
            m = importlib.import_module(name)
        except ImportError:
            continue
        C_MODULES.add(name)
        for attr, v in sorted(vars(m).items()):
            if type(v).__name__ == 'builtin_function_or_method' and v.__self__ is m:
                put(name + '.' + attr, v.__text_signature__)
            elif isinstance(v, type):
                add_type(v, done, True)
    add_type(object, done)
    with open(OUT, 'w') as f:
        for k in sorted(entries):
            f.write(k + '\t' + entries[k] + '\n')

main()
