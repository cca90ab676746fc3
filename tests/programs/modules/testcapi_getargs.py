# _testcapi's getargs_* functions: PyArg_ParseTuple / PyArg_ParseTupleAndKeywords
# conversions and error messages for the format units test_capi.test_getargs uses.
import _testcapi as t

def show(f, *args, **kw):
    try:
        print(f.__name__, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

class Index:
    def __index__(self):
        return 99

for f in (t.getargs_b, t.getargs_B, t.getargs_h, t.getargs_H, t.getargs_i, t.getargs_I,
          t.getargs_l, t.getargs_k, t.getargs_n, t.getargs_L, t.getargs_K):
    for v in (0, 255, 256, -1, 2**31, -2**31 - 1, 2**63, 2**64 + 5, -2**70, 1.5, "7", Index()):
        show(f, v)
for v in (0, 1, [], [0], None, 3.5):
    show(t.getargs_p, v)
for f in (t.getargs_f, t.getargs_d, t.getargs_D):
    for v in (1, 1.1, 1e300, 2 + 3j, "x", Index()):
        show(f, v)
for f in (t.getargs_S, t.getargs_U, t.getargs_Y, t.getargs_c, t.getargs_C):
    for v in (b"a", "a", bytearray(b"a"), "ab", b"", 1):
        show(f, v)
for f in (t.getargs_s, t.getargs_s_star, t.getargs_s_hash, t.getargs_z, t.getargs_z_star, t.getargs_z_hash,
          t.getargs_y, t.getargs_y_star, t.getargs_y_hash):
    for v in ("abc", "a\0b", "\xe9", b"abc", b"a\0b", bytearray(b"xy"), memoryview(b"mv"), None, 1):
        show(f, v)
show(t.getargs_b)
show(t.getargs_b, 1, 2)
show(t.getargs_b, x=1)
show(t.getargs_tuple, 1, (2, 3))
show(t.getargs_tuple, 1, (2,))
show(t.getargs_tuple, 1, 2)
show(t.getargs_tuple, 1, (2, "x"))

show(t.getargs_keywords, (1, 2), 3, (4, (5, 6)), (7, 8, 9), 10)
show(t.getargs_keywords, arg1=(1, 2), arg2=3, arg5=10)
show(t.getargs_keywords, arg1=(1, 2))
show(t.getargs_keywords, (1, 2), 3, (4, (5, 6)), (7, 8, 9), 10, 111)
show(t.getargs_keywords, (1, 2), 3, arg5=10, arg666=666)
show(t.getargs_keywords, (1, 2), 3, (4, 5))
show(t.getargs_keywords, (1, 2), 3, (4, (5, 6, 7)))
show(t.getargs_keywords, (1, 2), 3, arg2=4)
show(t.getargs_keyword_only, 1, 2)
show(t.getargs_keyword_only, required=1, keyword_only=3)
show(t.getargs_keyword_only, optional=2)
show(t.getargs_keyword_only, 1, 2, 3)
show(t.getargs_keyword_only, 1, 2, 3, keyword_only=5)
show(t.getargs_keyword_only, 1, 2, monster=666)
show(t.getargs_positional_only_and_keywords, 1, 2, 3)
show(t.getargs_positional_only_and_keywords, 1, keyword=3)
show(t.getargs_positional_only_and_keywords, required=1)
show(t.getargs_positional_only_and_keywords)

p = t.parse_tuple_and_keywords
for args in [((), {'a': 1}, 'O', ['a']), ((), {}, '|O', ['a']), ((1,), {'b': 2}, 'OO', ['a', 'b']),
             ((), {}, 'O', ['a']), ((), {'b': 1}, '|O', ['a']), ((1,), {'a': 2}, 'O|O', ['a', 'b']),
             ((1,), {}, '||O', ['a']), ((), {'a': 1}, '$$O', ['a']), ((1,), {}, '|O', ['a', 'b']),
             ((1,), {}, '|OO', ['a']), ((), {}, '|$O', ['']), ((), {}, '|OO', ['a', '']),
             ((1,), {'a': 3}, 'OOO', ['', '', 'a']), ((), {}, 'O|OO', ['', '', 'a']),
             ((1,), {'a': 3}, 'OO$O', ['', '', 'a']), ((1, 2), {}, 'ii', ['a', 'b']),
             ((), {}, 42, []), ((), {}, '', 42), ((), {}, '', [42]), ((), {}, '', [''] * 9)]:
    show(p, *args)
print(t.get_args(1, 2), t.get_kwargs(), t.get_kwargs(a=1, b=2))
import _testcapi as t

# w* (a writable C-contiguous buffer), callers compiled without PY_SSIZE_T_CLEAN, and the
# wchar_t units u/Z, gone in 3.12.
from _testcapi import getargs_w_star
for a in ['abc\xe9', b'bytes', b'nul:\0', memoryview(b'bytes'), None, memoryview(bytearray(b'noncontig'))[::-2], memoryview(b'noncontig')[::-2]]:
    try: getargs_w_star(a)
    except TypeError as e: print(e)
buf = bytearray(b'bytearray'); print(getargs_w_star(buf), buf)
buf = bytearray(b'memoryview'); print(getargs_w_star(memoryview(buf)), buf)
buf.append(1); print(buf)
import array; a = array.array('b', b'abcd'); print(getargs_w_star(a), a)
buf = bytearray([1, 2])
for f, a, k in [(t.getargs_s_hash_int, (buf, "abc"), {}), (t.getargs_s_hash_int, (buf,), {'x': 42}), (t.getargs_s_hash_int, (buf,), {'x': 'abc'}),
                (t.getargs_s_hash_int2, (buf, ("abc",)), {}), (t.getargs_s_hash_int2, (buf,), {'x': 42}), (t.getargs_s_hash_int2, (buf,), {'x': "abc"}), (t.getargs_s_hash_int, (buf,), {})]:
    try: print(f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
buf.append(3); print(buf)
for f in ['Zi', 'ui', '|Zi', '|wi', 'wi', 'w#i']:
    for args in [((0,), {'b': 1}), ((), {'b': 1})]:
        try: print(f, t.parse_tuple_and_keywords(args[0], args[1], f, ['a', 'b']))
        except Exception as e: print(f, type(e).__name__, e)
