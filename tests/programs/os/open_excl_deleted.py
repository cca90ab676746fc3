# open(2)'s O_CREAT|O_EXCL on a directory is EEXIST; fstat of a file unlinked while open
# (a TemporaryFile) still describes the file.
import os, tempfile, errno
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "sub"))
    try:
        os.open(os.path.join(d, "sub"), os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EEXIST)
    fn = os.path.join(d, "gone")
    fd = os.open(fn, os.O_CREAT | os.O_RDWR, 0o600)
    os.write(fd, b"x" * 10)
    os.unlink(fn)
    os.ftruncate(fd, 20)
    st = os.fstat(fd)
    print(st.st_size, st.st_nlink)
    os.close(fd)
with tempfile.TemporaryFile() as f:
    f.write(b"abc")
    f.flush()
    print(os.fstat(f.fileno()).st_size)
