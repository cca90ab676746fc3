# pathlib: pure path arithmetic, and a small tree in a temporary folder (paths printed
# relative to it, so the output does not depend on where it is).
import os
import pathlib
import tempfile

p = pathlib.PurePosixPath('/usr/local/lib/python3.12/json/__init__.py')
print(p.name, p.suffix, p.stem, p.parent, p.parts[:3], p.anchor)
print(p.with_suffix('.pyc'), p.with_name('decoder.py'), p.relative_to('/usr/local'))
print(p.match('*.py'), p.match('json/*.py'), p.is_absolute(), p.is_relative_to('/usr'))
q = pathlib.PurePosixPath('a/b/../c.tar.gz')
print(q.suffixes, q.stem, q / 'd', 'x' / q, q.as_posix(), repr(q))
print(pathlib.PureWindowsPath(r'C:\Users\me\file.TXT').parts, pathlib.PureWindowsPath('c:/A') == pathlib.PureWindowsPath('C:\\a'))
print(sorted([pathlib.PurePosixPath('b'), pathlib.PurePosixPath('a/c'), pathlib.PurePosixPath('a')]))

with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    (root / 'src' / 'pkg').mkdir(parents=True)
    (root / 'src' / 'pkg' / '__init__.py').write_text('x = 1\n')
    (root / 'src' / 'pkg' / 'mod.py').write_text('y = 2\n', encoding='utf-8')
    (root / 'data.bin').write_bytes(bytes(range(5)))
    (root / 'notes.txt').write_text('one\ntwo\n')
    rel = lambda path: path.relative_to(root).as_posix()
    print(sorted(rel(x) for x in root.rglob('*')))
    print(sorted(rel(x) for x in root.glob('*.txt')), sorted(x.name for x in root.iterdir()))
    print((root / 'notes.txt').read_text().splitlines(), (root / 'data.bin').read_bytes())
    print((root / 'data.bin').stat().st_size, (root / 'src').is_dir(), (root / 'nope').exists())
    target = (root / 'notes.txt').rename(root / 'renamed.txt')
    print(rel(target), target.exists(), (root / 'notes.txt').exists())
    (root / 'link').symlink_to('renamed.txt')
    print((root / 'link').is_symlink(), (root / 'link').resolve() == target.resolve(), os.readlink(root / 'link'))
    with (root / 'renamed.txt').open('a') as f:
        f.write('three\n')
    print((root / 'link').read_text().count('\n'))
    (root / 'link').unlink()
    for name in ['src/pkg/mod.py', 'src/pkg/__init__.py']:
        (root / name).unlink()
    (root / 'src' / 'pkg').rmdir()
    print(sorted(rel(x) for x in root.rglob('*')))
    try:
        (root / 'missing.txt').read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
