# Namespace packages: a module beside a same-named directory wins; __path__ is a
# _NamespacePath that sees new portions after importlib.invalidate_caches(); resources
# read through the namespace loader; importlib.metadata finds distributions on sys.path;
# a zip namespace portion works even when sys.path holds only the zip.
import importlib, importlib.metadata, importlib.resources, os, sys, tempfile, zipfile

with tempfile.TemporaryDirectory() as root:
    a = os.path.join(root, 'a'); b = os.path.join(root, 'b')
    os.makedirs(os.path.join(a, 'nsp'))
    with open(os.path.join(a, 'nsp', 'one.py'), 'w') as f:
        f.write('x = "one"\n')
    with open(os.path.join(a, 'nsp', 'data.txt'), 'w') as f:
        f.write('resource text\n')
    os.makedirs(os.path.join(a, 'modwins'))
    with open(os.path.join(a, 'modwins.py'), 'w') as f:
        f.write('where = "module"\n')
    os.makedirs(os.path.join(a, 'dist_demo-2.5.dist-info'))
    with open(os.path.join(a, 'dist_demo-2.5.dist-info', 'METADATA'), 'w') as f:
        f.write('Metadata-Version: 2.1\nName: dist-demo\nVersion: 2.5\n')
    sys.path[:0] = [a, b]
    import modwins
    print('modwins:', modwins.where)
    import nsp.one
    print(type(nsp.__path__).__name__, [os.path.relpath(p, root) for p in nsp.__path__])
    print(type(nsp.__loader__).__name__, nsp.__file__, nsp.__spec__.origin)
    print(importlib.resources.files(nsp).joinpath('data.txt').read_text().strip())
    os.makedirs(os.path.join(b, 'nsp'))
    with open(os.path.join(b, 'nsp', 'two.py'), 'w') as f:
        f.write('x = "two"\n')
    importlib.invalidate_caches()
    import nsp.two
    print(nsp.one.x, nsp.two.x, [os.path.relpath(p, root) for p in nsp.__path__])
    print(importlib.metadata.version('dist-demo'),
          [d.metadata['Name'] for d in importlib.metadata.distributions(path=[a])])
    del sys.path[:2]

    z = os.path.join(root, 'pkgs.zip')
    with zipfile.ZipFile(z, 'w') as zf:
        zf.writestr('zns/', '')
        zf.writestr('zns/inner.py', 'x = "from zip"\n')
    saved = sys.path[:]
    sys.path[:] = [z]
    try:
        import zns.inner
        print(zns.inner.x, type(sys.path_importer_cache[z]).__name__)
    finally:
        sys.path[:] = saved
