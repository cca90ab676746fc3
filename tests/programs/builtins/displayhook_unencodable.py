# sys.displayhook writes a repr that sys.stdout cannot encode with backslashreplace
# (to its buffer when it has one), as CPython's sys_displayhook_unencodable does.
import io, sys
for enc in ["ascii", "latin-1", "utf-8"]:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=enc)
    saved = sys.stdout
    sys.stdout = out
    try:
        sys.displayhook("a=\xe9 b=\udc80 c=\U00010000 d=\U0010ffff")
    finally:
        sys.stdout = saved
    out.flush()
    print(enc, raw.getvalue())
class W:
    encoding = "ascii"
    def __init__(self): self.parts = []
    def write(self, s):
        s.encode(self.encoding)
        self.parts.append(s)
w = W()
sys.stdout = w
try:
    sys.displayhook("x\xe9")
finally:
    sys.stdout = sys.__stdout__
print(w.parts)
