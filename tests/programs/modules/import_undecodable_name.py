# A module whose file name has a byte that is not UTF-8 (the name holds it as a lone
# surrogate, as os.fsdecode gives it) is found and imported like any other.
import os, shutil, sys, tempfile

d = tempfile.mkdtemp()
try:
    name = os.fsdecode(b'undecodable_\xff_mod')
    with open(os.path.join(d, name + '.py'), 'w') as f:
        f.write('value = 42\n')
    pkg = os.path.join(d, 'pkg_with_odd_child')
    os.mkdir(pkg)
    open(os.path.join(pkg, '__init__.py'), 'w').close()
    with open(os.path.join(pkg, name + '.py'), 'w') as f:
        f.write('value = 43\n')
    sys.path.insert(0, d)
    m = __import__(name)
    print(ascii(m.__name__), m.value, ascii(os.path.basename(m.__file__)))
    print(ascii(os.path.basename(m.__spec__.origin)))
    sub = __import__('pkg_with_odd_child.' + name, fromlist=['value'])
    print(ascii(sub.__name__), sub.value)
    try:
        __import__(os.fsdecode(b'missing_\xfe'))
    except ModuleNotFoundError as e:
        print('ModuleNotFoundError', ascii(str(e)))
finally:
    sys.path.remove(d)
    shutil.rmtree(d)
