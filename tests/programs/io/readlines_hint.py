# readlines(hint): IOBase's (files, StringIO, TextIOBase subclasses) stops once the lines
# read go past HINT; BytesIO's stops when they reach it.
import io
import os
import tempfile


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""


for hint in ((), (-1,), (None,), (0,), (3,), (4,), (5,), (8,), (9,)):
    print(hint,
          Lines(["one\n", "two\n", ""]).readlines(*hint),
          io.StringIO("one\ntwo\n").readlines(*hint),
          io.BytesIO(b"one\ntwo\n").readlines(*hint))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    with open(path, "w") as f:
        f.write("one\ntwo\nthree\n")
    for hint in (3, 4, 5, 8):
        with open(path) as f:
            text = f.readlines(hint)
        with open(path, "rb") as f:
            raw = f.readlines(hint)
        with open(path, "rb", buffering=0) as f:
            unbuffered = f.readlines(hint)
        print(hint, text, raw, unbuffered)
