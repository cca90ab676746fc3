# __import__('pkg.mod') returns the top package, importing it again when it is not in
# sys.modules (its body failed after importing the child), as import.c does.
import os, shutil, sys, tempfile

d = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(d, 'failing_pkg'))
    with open(os.path.join(d, 'failing_pkg', '__init__.py'), 'w') as f:
        f.write('import failing_pkg.child\nruns = globals().setdefault("runs", 0)\n1/0\n')
    with open(os.path.join(d, 'failing_pkg', 'child.py'), 'w') as f:
        f.write('x = 1\n')
    os.mkdir(os.path.join(d, 'good_pkg'))
    os.mkdir(os.path.join(d, 'good_pkg', 'sub'))
    for p in ['good_pkg/__init__.py', 'good_pkg/sub/__init__.py', 'good_pkg/sub/leaf.py']:
        with open(os.path.join(d, p), 'w') as f:
            f.write('')
    sys.path.insert(0, d)
    for attempt in range(2):
        try:
            __import__('failing_pkg.child')
        except ZeroDivisionError:
            print('ZeroDivisionError', 'failing_pkg' in sys.modules, 'failing_pkg.child' in sys.modules)
    try:
        import failing_pkg.child
    except ZeroDivisionError:
        print('import statement: ZeroDivisionError')

    top = __import__('good_pkg.sub.leaf')
    print(top.__name__)
    # level > 0: the module the relative name's first part names.
    sub = __import__('sub.leaf', {'__name__': 'good_pkg.x', '__package__': 'good_pkg'}, level=1)
    print(sub.__name__)
finally:
    sys.path.remove(d)
    shutil.rmtree(d)
