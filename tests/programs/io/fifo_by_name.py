# A FIFO opened by name is not seekable (lseek fails), so reading it reads to its end
# without asking its size or position, and tell() raises ESPIPE.
import os, subprocess, tempfile, threading

d = tempfile.mkdtemp()
path = os.path.join(d, "fifo")
# The mkfifo command, as pyvm has no os.mkfifo yet.
subprocess.run(["mkfifo", path], check=True)

def writer():
    with open(path, "wb") as w:
        w.write(b"line one\nline two\n")

t = threading.Thread(target=writer)
t.start()
with open(path, "r") as f:
    print("seekable:", f.seekable(), f.buffer.seekable(), f.buffer.raw.seekable())
    print("read:", repr(f.read()))
    try:
        f.buffer.raw.tell()
    except OSError as e:
        print("tell:", type(e).__name__, e.errno, e.strerror)
t.join()

t = threading.Thread(target=writer)
t.start()
with open(path, "rb", buffering=0) as raw:
    print("readall:", raw.readall())
t.join()
os.remove(path)
os.rmdir(d)
