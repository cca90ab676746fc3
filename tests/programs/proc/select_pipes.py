# select, poll, epoll and selectors over os.pipe descriptors.
import os
import select
import selectors
import threading
import time

r, w = os.pipe()
print(select.select([r], [w], [], 0))
os.write(w, b"x")
print(select.select([r], [w], [], 0))
print(select.select([r], [], [], None) == ([r], [], []))
os.read(r, 1)

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
fr = F(r)
print(select.select([fr], [], [], 0.01)[0] == [])

# A writer thread wakes a blocked select.
def later():
    time.sleep(0.1)
    os.write(w, b"late")
threading.Thread(target=later).start()
print(select.select([r], [], [], 10)[0] == [r], os.read(r, 10))

p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)))
os.write(w, b"y")
print(sorted(p.poll(0)))
p.modify(w, select.POLLIN)
print(sorted(p.poll()))
p.unregister(w)
os.close(w)
print(sorted(p.poll(0)))
print(os.read(r, 10), os.read(r, 10))
os.close(r)
print(p.poll(0))

r, w = os.pipe()
ep = select.epoll()
print(ep.closed, ep.fileno() > 2)
ep.register(r, select.EPOLLIN)
print(ep.poll(0))
os.write(w, b"z")
print(ep.poll(1))
ep.modify(r, select.EPOLLIN | select.EPOLLONESHOT)
print(ep.poll(0), ep.poll(0))
ep.unregister(r)
ep.close()
print(ep.closed)

sel = selectors.DefaultSelector()
print(type(sel).__name__)
sel.register(r, selectors.EVENT_READ, data="reader")
sel.register(w, selectors.EVENT_WRITE, data="writer")
for key, events in sorted(sel.select(0), key=lambda kv: kv[0].fd):
    print(key.data, events)
sel.close()
with selectors.PollSelector() as s2:
    s2.register(r, selectors.EVENT_READ)
    print([k.fd == r for k, e in s2.select(0)])
with selectors.SelectSelector() as s3:
    s3.register(w, selectors.EVENT_WRITE)
    print([e for k, e in s3.select(0)])

# Errors as CPython gives them.
for call in [lambda: select.select([], [], [], -1), lambda: select.select([], [], [], "x"),
             lambda: select.select([-1], [], [], 0), lambda: select.select([object()], [], [], 0),
             lambda: select.select(5, [], []), lambda: select.poll().modify(r, 1),
             lambda: select.poll().unregister(r)]:
    try:
        call()
    except (ValueError, TypeError, OSError, KeyError) as e:
        print(type(e).__name__, e)
ep = select.epoll()
ep.register(r)
try:
    ep.register(r)
except OSError as e:
    print(type(e).__name__, e)
ep.close()
try:
    ep.poll()
except ValueError as e:
    print(e)
print(select.PIPE_BUF, select.POLLIN, select.EPOLLOUT, select.error is OSError)
