# A write while another thread is closing the buffered stream (its raw close() still
# running) waits for the close and then finds the stream closed (bpo-31976).
import io, threading, time


class SlowFlushRaw(io.RawIOBase):
    def __init__(self):
        self.in_flush = threading.Event()
        self.written = []

    def writable(self):
        return True

    def write(self, b):
        self.written.append(bytes(b))
        return len(b)

    def flush(self):
        self.in_flush.set()
        time.sleep(0.2)


raw = SlowFlushRaw()
buf = io.BufferedWriter(raw, 8)
buf.write(b'abc')
t = threading.Thread(target=buf.close)
t.start()
raw.in_flush.wait()
try:
    buf.write(b'spam')
except ValueError as e:
    print('ValueError:', e)
print(buf.closed, raw.closed, raw.written)
t.join()
