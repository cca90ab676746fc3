# tell()/seek() through a codecs-module decoder that keeps state between chunks: the
# cookie records the decoder's flags (getstate()[1]) and the bytes it held back, so a
# seek restores the decoder as it was at that point (textio.c's snapshot).
import codecs, io


class ShiftDecoder(codecs.IncrementalDecoder):
    """'^' switches upper case on and off; a byte pair '\\\\x' is held until complete."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.upper = 0
        self.held = b''

    def decode(self, data, final=False):
        data = self.held + data
        self.held = b''
        out = []
        i = 0
        while i < len(data):
            c = data[i:i + 1]
            if c == b'\\':
                if i + 1 == len(data) and not final:
                    self.held = c
                    break
                out.append(data[i + 1:i + 2].decode('latin-1').swapcase())
                i += 2
                continue
            if c == b'^':
                self.upper ^= 1
            else:
                s = c.decode('latin-1')
                out.append(s.upper() if self.upper else s)
            i += 1
        return ''.join(out)

    def reset(self):
        self.upper = 0
        self.held = b''

    def getstate(self):
        return (self.held, self.upper)

    def setstate(self, state):
        self.held, self.upper = state


def lookup(name):
    if name == 'test_shift':
        return codecs.CodecInfo(name='test_shift', encode=None, decode=None,
                                incrementalencoder=None, incrementaldecoder=ShiftDecoder)
    return None


codecs.register(lookup)
try:
    data = b'ab^cd\\ef^gh\\ij^klmn^op\\q^rs' * 3
    for chunk in (1, 3, 7, 64):
        whole = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding='test_shift')
        whole._CHUNK_SIZE = chunk
        text = whole.read()
        bad = []
        for i in range(len(text) + 1):
            for j in (1, 4, len(text) - i):
                f = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding='test_shift')
                f._CHUNK_SIZE = chunk
                assert f.read(i) == text[:i]
                cookie = f.tell()
                f.read(j)
                f.seek(cookie)
                if f.read() != text[i:]:
                    bad.append((i, j))
        print(chunk, repr(text), 'mismatches:', bad)
finally:
    codecs.unregister(lookup)
