# json with the _json accelerators (make_scanner, make_encoder): decoding, encoding, hooks, errors and messages of Modules/_json.c
import json, _json
from json import encoder, decoder
print(_json.make_scanner, _json.make_encoder, encoder.c_make_encoder is _json.make_encoder, decoder.scanstring is _json.scanstring)

def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e, getattr(e, '__notes__', None))
t(lambda: json.dumps({(1,2): 3}))
t(lambda: json.dumps({(1,2): 3}, skipkeys=True))
t(lambda: json.dumps([1, {2: object()}]))
t(lambda: json.dumps(float('nan'), allow_nan=False))
t(lambda: json.dumps([float('inf'), -float('inf'), float('nan')]))
l = []; l.append(l)
t(lambda: json.dumps(l))
d = {}; d['a'] = d
t(lambda: json.dumps(d))
t(lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True))
t(lambda: json.dumps({1.5: 2, True: 3, None: 4, 2: 5}))
class F(float):
    def __repr__(self): return 'F!'
class I(int):
    def __str__(self): return 'I!'
t(lambda: json.dumps([F(1.5), I(3)]))
t(lambda: json.dumps({F(1.5): 1, I(3): 2}))
t(lambda: json.loads('[1, 2'))
t(lambda: json.loads('{"a" 1}'))
t(lambda: json.loads('{"a": 1,}'))
t(lambda: json.loads('[1,]'))
t(lambda: json.loads('nul'))
t(lambda: json.loads('-'))
t(lambda: json.loads('[-Infinity, NaN, Infinity, 1e5, 1E+2, 1.5e-3, -0, 10.0, 1e, 2.]'))
t(lambda: json.loads('{"a": {"b": [true, false, null]}}', object_pairs_hook=list))
t(lambda: json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
t(lambda: json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: 'i' + s))
t(lambda: json.loads('[NaN]', parse_constant=lambda s: s.lower()))
t(lambda: json.loads('"abc'))
t(lambda: json.loads(' '))
t(lambda: json.loads('[' * 100000))
t(lambda: json.dumps([[[[1]]]], indent=2))
sc = _json.make_scanner(decoder.JSONDecoder())
t(lambda: sc('[1, 2] x', 0))
t(lambda: sc('  1', 0))
t(lambda: sc('xyz', 0))
t(lambda: sc('"x"', 5))
t(lambda: sc(b'1', 0))
t(lambda: sc('1', idx=-1))
enc = _json.make_encoder(None, lambda o: str(o), _json.encode_basestring_ascii, None, ':', ',', False, False, True)
t(lambda: enc([1, 'é', {'k': object}], 0))
t(lambda: enc(1))
t(lambda: _json.make_encoder(1))
t(lambda: _json.make_scanner())
t(lambda: _json.make_scanner(1))
print(type(sc).__name__, type(enc).__name__, _json.make_scanner.__module__)
t(lambda: enc.markers); t(lambda: enc.sort_keys); t(lambda: enc.indent); t(lambda: sc.strict); t(lambda: sc.object_hook)
t(lambda: json.dumps({'a': [1, {'b': object()}]}))
t(lambda: json.dumps([1, 2, object()]))
doc = {'name': 'caf\xe9 \U0001f600', 'list': [1, 2.5, -3e-7, 10**30, True, None, {'nested': ['x' * 3, []]}], 'empty': {},
       'esc': 'quote " back \\ nl \n tab \t ctl \x01', 'num': 1e16}
for kw in [{}, dict(sort_keys=True), dict(separators=(',', ':')), dict(ensure_ascii=False), dict(indent=1)]:
    text = json.dumps(doc, **kw)
    print(kw, text)
    print(json.loads(text) == doc)
print(json.loads('{"a": 1, "a": 2, "b": {"a": 3}}'), json.loads('"\\ud83d\\ude00 \\u00e9"'), json.loads(' [ ] '))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'), json.JSONDecoder(strict=False).decode('"a\tb"'))
for bad in ['"a\tb"', '[1 2]', '{"a": }', '{1: 2}', '[', '"\\x"', '"\\u12"', 'true false', '[1, 2]]', '01', '1.', '.5']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
print(json.dumps('\u2028\ud800'), json.dumps(3.0), json.dumps(-0.0), json.dumps(1e300 * 10, allow_nan=True))
