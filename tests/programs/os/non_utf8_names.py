# File names whose bytes are not UTF-8 (PEP 383): str names carry them as surrogate
# escapes (U+DC80..U+DCFF), bytes names as they are; both reach the same file.
import os
import shutil
import tempfile

top = tempfile.mkdtemp()
try:
    d = os.path.join(top, "dir-\udcff")          # the directory name's last byte is 0xff
    os.mkdir(d)
    print(os.path.isdir(d), os.path.isdir(os.fsencode(d)))
    names = [b"plain", b"caf\xc3\xa9", b"latin-\xe4\xf6", b"bad-\x80\xfe"]
    for n in names:
        with open(os.path.join(os.fsencode(d), n), "wb") as f:
            f.write(n)
    print(sorted(os.listdir(d)))
    print(sorted(os.listdir(os.fsencode(d))))
    print(sorted(e.name for e in os.scandir(d)))
    print(sorted((e.name, e.is_file()) for e in os.scandir(os.fsencode(d))))
    for n in sorted(os.listdir(d)):
        p = os.path.join(d, n)
        with open(p, "rb") as f:
            data = f.read()
        print(ascii(n), data == os.fsencode(n), os.stat(p).st_size, os.lstat(p).st_size)
    src = os.path.join(d, "latin-\udce4\udcf6")
    os.rename(src, os.path.join(d, "renamed-\udce4"))
    os.symlink("renamed-\udce4", os.path.join(d, "link-\udce9"))
    print(ascii(os.readlink(os.path.join(d, "link-\udce9"))), os.readlink(os.fsencode(os.path.join(d, "link-\udce9"))))
    print(os.path.exists(src), os.path.exists(os.path.join(d, "link-\udce9")))
    os.unlink(os.path.join(d, "bad-\udc80\udcfe"))
    print(sorted(map(ascii, os.listdir(d))))
    # Round trips of the encoding itself.
    print(os.fsencode("a\udce4b"), ascii(os.fsdecode(b"a\xe4b")))
    try:
        os.fsencode("\ud800")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    # Missing names: the OSError keeps the name as given.
    for name in ("missing-\udcff", b"missing-\xff"):
        for fn in (os.stat, os.lstat, os.listdir, os.unlink, os.rmdir, os.open):
            try:
                fn(os.path.join(d, name) if isinstance(name, str) else os.path.join(os.fsencode(d), name),
                   *((os.O_RDONLY,) if fn is os.open else ()))
            except FileNotFoundError as e:
                print(fn.__name__, type(e.filename).__name__, ascii(os.path.basename(e.filename)))
    # An embedded NUL is refused before any system call, with CPython's messages.
    for args in ((os.stat, "a\0b"), (os.stat, b"a\0b"), (os.listdir, b"a\0"), (open, "a\0"), (open, b"a\0"),
                 (os.putenv, "A\0", "x"), (os.putenv, b"A", b"x\0"), (os.unsetenv, "A\0")):
        try:
            args[0](*args[1:])
        except ValueError as e:
            print(args[0].__name__, "ValueError:", e)
    for args in (("A=B", "x"), ("", "x")):
        try:
            os.putenv(*args)
        except (ValueError, OSError) as e:
            print("putenv", type(e).__name__, e)
    try:
        os.putenv(1, "x")
    except TypeError as e:
        print("putenv TypeError:", e)
    # os.environ keeps surrogate escapes; environb holds the bytes.
    os.environ["PYVM_TEST_NON_UTF8"] = "v-\udce4"
    print(os.environb[b"PYVM_TEST_NON_UTF8"], ascii(os.getenv("PYVM_TEST_NON_UTF8")))
    # rename takes a str and a bytes name together on POSIX.
    try:
        os.rename(os.path.join(d, "nothing"), os.path.join(os.fsencode(d), b"dst"))
    except FileNotFoundError as e:
        print("rename", type(e.filename).__name__, type(e.filename2).__name__)
finally:
    shutil.rmtree(top)
print(os.path.exists(top))
