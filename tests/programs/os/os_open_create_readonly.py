# os.open with O_RDONLY|O_CREAT creates a missing file (with the mode given, less the
# umask); O_EXCL refuses an existing one, even when the file is opened only for reading.
import os, stat, tempfile

d = tempfile.mkdtemp()
old = os.umask(0o022)
try:
    p = os.path.join(d, 'made')
    fd = os.open(p, os.O_RDONLY | os.O_CREAT, 0o640)
    print(os.path.exists(p), oct(stat.S_IMODE(os.stat(p).st_mode)), os.read(fd, 10))
    os.close(fd)
    fd = os.open(p, os.O_CREAT, 0o600)
    os.close(fd)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)))
    try:
        os.open(p, os.O_RDONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print('FileExistsError', e.errno, os.path.basename(e.filename))
    q = os.path.join(d, 'no_perms')
    fd = os.open(q, os.O_CREAT, 0)
    os.close(fd)
    print(oct(stat.S_IMODE(os.stat(q).st_mode)))
    os.chmod(q, 0o666)
    try:
        os.open(os.path.join(d, 'missing', 'x'), os.O_RDONLY | os.O_CREAT)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
finally:
    os.umask(old)
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
