# os.supports_dir_fd, supports_fd and supports_follow_symlinks (built by os.py from
# posix._have_functions) name the functions that take dir_fd, a descriptor, or
# follow_symlinks=False; each of them works that way here.
import os
import stat
import tempfile

print(sorted(f.__name__ for f in os.supports_dir_fd))
print(sorted(f.__name__ for f in os.supports_fd if f.__name__ != "execve"))
print(sorted(f.__name__ for f in os.supports_follow_symlinks))

d = tempfile.mkdtemp()
f = os.path.join(d, "f")
open(f, "w").close()
fd = os.open(f, os.O_RDONLY)
dfd = os.open(d, os.O_RDONLY)
try:
    os.chmod("f", 0o640, dir_fd=dfd)
    print(oct(stat.S_IMODE(os.stat(f).st_mode)))
    os.chown("f", -1, -1, dir_fd=dfd)
    os.mkfifo("p", 0o600, dir_fd=dfd)
    print(stat.S_ISFIFO(os.stat("p", dir_fd=dfd).st_mode))
    os.mknod("n", stat.S_IFIFO | 0o600, dir_fd=dfd)
    print(stat.S_ISFIFO(os.lstat(os.path.join(d, "n")).st_mode))
    os.utime("f", (5, 6), dir_fd=dfd)
    print(os.stat(f).st_mtime)
    print(os.pathconf(fd, "PC_NAME_MAX") == os.pathconf(f, "PC_NAME_MAX"))
    print(os.statvfs(fd).f_namemax == os.statvfs(f).f_namemax)
    os.chown(fd, -1, -1)
    os.utime(fd, (1, 2))
    print(os.stat(f).st_mtime)
    os.chown(f, -1, -1, follow_symlinks=False)
    os.utime(f, (3, 4), follow_symlinks=False)
    print(os.stat(f).st_mtime)
    # fchmodat(AT_SYMLINK_NOFOLLOW) changes a file that is not a link and refuses a link.
    os.chmod(f, 0o600, follow_symlinks=False)
    print(oct(stat.S_IMODE(os.stat(f).st_mode)))
    os.symlink("f", os.path.join(d, "l"))
    for kw in ({}, {"dir_fd": dfd}):
        try:
            os.chmod("l" if kw else os.path.join(d, "l"), 0o600, follow_symlinks=False, **kw)
        except (NotImplementedError, ValueError) as e:
            print(type(e).__name__, e)
finally:
    os.close(fd)
    os.close(dfd)
    for n in os.listdir(d):
        os.unlink(os.path.join(d, n))
    os.rmdir(d)
