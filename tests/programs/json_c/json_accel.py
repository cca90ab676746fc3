# _json: scanstring (escapes, surrogate pairs, strict control characters), encode_basestring(_ascii); argument errors
import _json

def t(f, *a):
    try:
        print(ascii(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

t(_json.scanstring, 'abc"def', 0)
t(_json.scanstring, '"abc\\n\\u00e9\\ud83d\\ude00x"', 1)
t(_json.scanstring, '"\\"\\\\\\/\\b\\f\\n\\r\\t"', 1)
t(_json.scanstring, 'ab\x01c"', 0, False)
t(_json.scanstring, 'ab\\ud800\\u0041"', 0)
t(_json.scanstring, 'ab\\ud800"', 0)
t(_json.scanstring, 'ab\\ud800\\udbff"', 0)
t(_json.scanstring, 'x\u20ac\U0001F600y"z', 0)
t(_json.scanstring, 'ab"', 5)
t(_json.scanstring, 'ab"', -1)
t(_json.scanstring, b'ab"', 0)
t(_json.scanstring)
t(_json.scanstring, 'a', 0, True, 4)
for s in ['a"b\\c\n\x00\x7f\xe9\u20ac\U0001F600/\x1f', '', 'plain', '\t\r\b\f', '\udcff']:
    t(_json.encode_basestring_ascii, s)
    t(_json.encode_basestring, s)
t(_json.encode_basestring, 3)
t(_json.encode_basestring_ascii, b'x')

# The errors are json.decoder.JSONDecodeError, which _json imports by name: a stand-in module here.
import sys
class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        super().__init__('%s: char %d' % (msg, pos))
        self.pos = pos
pkg = type(sys)('json')
dec = type(sys)('json.decoder')
dec.JSONDecodeError = JSONDecodeError
pkg.decoder = dec
sys.modules['json'] = pkg
sys.modules['json.decoder'] = dec
for args in [('abc', 0), ('ab\x01c"', 0), ('ab\\qc"', 0), ('ab\\u12"', 0), ('ab\\u12zz"', 0), ('ab\\', 0),
             ('x\ny\n  \\z', 0), ('ab\\ud800\\u12"', 0), ('"x\\', 1)]:
    try:
        print(_json.scanstring(*args))
    except JSONDecodeError as e:
        print('JSONDecodeError', e, e.pos)
