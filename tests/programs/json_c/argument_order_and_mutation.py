# _json.scanstring and re's match/search/findall convert their index arguments before they
# look at the string (OverflowError or TypeError for the index first), and the JSON encoder
# reads a list as it stands at each item, so a default() that shrinks it shortens the output.
import _json
import json
import re
import sys

for a in [(b'x', 1), ('x', sys.maxsize + 1), (b'x', sys.maxsize + 1), ('x', 'a'), (b'x', 'a'), ('x', -1), ('x', 5),
          ('"abc"', 1)]:
    try:
        print(_json.scanstring(*a))
    except Exception as e:
        print(type(e).__name__, e)
p = re.compile('x')
for f in (p.match, p.search, p.fullmatch, p.findall, p.finditer, p.scanner):
    for a in [(b'x', sys.maxsize + 1), (b'x', 'a'), (b'x', 0, 'b'), (b'x', 0, sys.maxsize * 4), ('xx', 1)]:
        try:
            r = f(*a)
            print(f.__name__, 'ok', type(r).__name__)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)

a = [object()] * 10
def crasher(obj):
    del a[-1]
print(json.dumps(a, default=crasher))
print(json.encoder.c_make_encoder is not None)
