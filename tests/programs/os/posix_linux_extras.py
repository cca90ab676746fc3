# Linux calls of os beyond the basics: copy_file_range, splice, sendfile, eventfd,
# memfd_create, extended attributes, priorities, affinity, getgrouplist, preadv/pwritev,
# SEEK_DATA/SEEK_HOLE and pidfd_open, with CPython's argument errors.
import os, tempfile, shutil
d = tempfile.mkdtemp()
XA = os.path.join(d, 'xa_test')
def t(s):
    s2 = s.replace('"/tmp/xa_test"', 'XA').replace('b"/tmp/xa_test"', 'os.fsencode(XA)')
    try: print(s, '->', repr(eval(s2)))
    except Exception as e:
        fn = getattr(e, 'filename', None)
        print(s, '->', type(e).__name__, e.errno if isinstance(e, OSError) else e, fn if fn is None else fn in (XA, os.fsencode(XA)))
fd = os.open(XA, os.O_RDWR|os.O_CREAT|os.O_TRUNC); os.write(fd, b'0123456789')
r, w = os.pipe()
for s in ['os.copy_file_range(0, 1, -10)', 'os.splice(0, 1, -10)', 'os.copy_file_range(fd, fd, 5, 0, 100)', 'os.copy_file_range(fd, 99, 5)',
          'os.copy_file_range(r, fd, 5)', 'os.copy_file_range(fd, fd, 3, 0, 2)', 'os.splice(fd, fd, 5)', 'os.splice(fd, w, 3, offset_src=2)', 'os.read(r, 10)',
          'os.splice(fd, w, 3, offset_dst=2)', 'os.splice(fd, w, 3, flags=os.SPLICE_F_MOVE)', 'os.splice(fd, w, 3, 0, None, 0)', 'os.splice(fd,w)', 'os.read(r, 10)',
          'os.copy_file_range(src=fd, dst=fd, count=1)', 'os.sendfile(w, fd, None, 0)', 'os.sendfile(out_fd=w, in_fd=fd, offset=0, count=0)', 'os.sendfile(w, fd, -1, 5)',
          'os.sendfile(w, fd, 0, -1)', 'os.sendfile(w, fd, 0, 5, headers=[])', 'os.sendfile(w, fd, 2, 5)', 'os.read(r, 10)', 'os.sendfile(w, fd, None, 3)', 'os.lseek(fd, 0, 1)', 'os.read(r, 10)', 'os.eventfd(-1)', 'os.eventfd(2**64)', 'os.eventfd(2**40)', 'os.eventfd("x")', 'os.eventfd(0, 12345)',
          'os.eventfd_write(99, 1)', 'os.eventfd_read(99)', 'os.eventfd_write(fd, -1)', 'os.eventfd_write(fd, 2**64)', 'os.memfd_create("x", 12345678)', 'os.memfd_create(5)', 'os.memfd_create("a\\0")',
          'os.getxattr("/tmp/xa_test", "user.x")', 'os.setxattr("/tmp/xa_test", "user.x", b"v")', 'os.getxattr("/tmp/xa_test", "user.x")', 'os.listxattr("/tmp/xa_test")', 'os.listxattr(fd)',
          'os.setxattr("/tmp/xa_test", "user.x", b"v", os.XATTR_CREATE)', 'os.setxattr(fd, "user.y", b"w", follow_symlinks=False)', 'os.removexattr("/tmp/xa_test", "user.x")', 'os.removexattr("/tmp/xa_test", "user.x")', 'os.getxattr("/nonexist", "user.x")',
          'os.getxattr("/tmp/xa_test", 5)', 'os.setxattr("/tmp/xa_test", "user.x", "str")', 'os.listxattr()', 'os.listxattr(None)', 'os.getxattr("/tmp/xa_test", "bad")', 'os.setxattr(b"/tmp/xa_test", b"user.b", bytearray(b"q"))', 'os.listxattr(b"/tmp/xa_test")', 'os.getxattr(fd, "user.b")', 'os.getxattr(fd, "user.zz")',
          'isinstance(os.getpriority(os.PRIO_PROCESS, 0), int)', 'os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0))', 'os.getpriority(99, 0)', 'os.pidfd_open(-1)', 'os.getgrouplist("root", 0)', 'os.getgrouplist("nosuchuser", 5)', 'os.getgrouplist(5, 5)',
          'os.preadv(fd, [bytearray(3)], 2)', 'os.preadv(fd, [bytearray(3)], -1)', 'os.preadv(fd, [b"abc"], 0)', 'os.preadv(fd, 5, 0)', 'os.preadv(fd, [bytearray(3)], 0, 999)', 'os.pwritev(fd, [b"ab", b"cd"], 3)', 'os.pwritev(fd, [b"ab"], 0, os.RWF_APPEND)', 'os.pwritev(fd, 5, 0)', 'os.pwritev(fd, [5], 0)', 'os.preadv(fd, [bytearray(30)], 0)',
          'os.sched_setaffinity(0, [])', 'os.sched_setaffinity(0, [-10])', 'os.sched_setaffinity(0, map(int, "0X"))', 'os.sched_setaffinity(0, [1<<128])', 'os.sched_setaffinity(-1, [0])', 'os.sched_getaffinity(-1)', 'os.sched_setaffinity(0, [99999])', 'os.sched_setaffinity(0, 5)', 'os.sched_setaffinity(0, ["a"])', 'len(os.sched_getaffinity(0)) >= 1', 'os.sched_setaffinity(0, os.sched_getaffinity(0))',
          'os.lseek(fd, 3, os.SEEK_DATA)', 'os.lseek(fd, 3, os.SEEK_HOLE)', 'os.lseek(fd, 100, os.SEEK_DATA)', 'os.lseek(fd, 0, 1)']:
    t(s)
e = os.eventfd(3, os.EFD_NONBLOCK)
print(os.eventfd_read(e)); t('os.eventfd_read(e)'); os.eventfd_write(e, 5); os.eventfd_write(e, 2); print(os.eventfd_read(e)); print(os.get_inheritable(e))
e2 = os.eventfd(2, os.EFD_SEMAPHORE|os.EFD_NONBLOCK); print(os.eventfd_read(e2), os.eventfd_read(e2)); t('os.eventfd_read(e2)')
import select
print(select.select([e2],[e2],[],0)); os.eventfd_write(e2, 1); print(select.select([e2],[e2],[],0))
t('os.eventfd_write(e2, 2**64-1)'); os.eventfd_write(e2, 2**64-3); t('os.eventfd_write(e2, 1)'); print(select.select([e2],[e2],[],0))
t('os.read(e2, 4)'); t('os.write(e2, b"1234")'); print(os.read(e2, 8))
m = os.memfd_create("hi", 0); os.write(m, b"hello"); print(os.get_inheritable(m), os.lseek(m, 0, 0), os.read(m, 10), os.fstat(m).st_size); os.close(m)
p = os.pidfd_open(os.getpid()); print(select.select([p],[],[],0)); os.close(p)
os.close(fd)
shutil.rmtree(d)
