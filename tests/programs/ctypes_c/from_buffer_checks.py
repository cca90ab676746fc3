# from_buffer's checks on a buffer it cannot share (its memory is a Java array here): writable,
# C contiguous, offset, size, in CPython's order and words; the sharing itself is left out of
# this program (pyvm raises NotImplementedError there). Compare _ctypes.c: CDataType_from_buffer.
from ctypes import *
import array, _testbuffer
def t(f):
    try:
        f(); print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    except NotImplementedError:
        print('(not shared here)')
flags = _testbuffer.ND_WRITABLE | _testbuffer.ND_FORTRAN
arr = _testbuffer.ndarray([97] * 16, format="B", shape=[4, 4], flags=flags)
t(lambda: (c_char * 16).from_buffer(arr))
t(lambda: (c_char * 16).from_buffer(memoryview(arr)))
t(lambda: (c_char * 16).from_buffer(b"a" * 16))
t(lambda: (c_char * 16).from_buffer(memoryview(bytearray(b"a" * 16))[::-1]))
t(lambda: (c_char * 16).from_buffer("a" * 16))
a = array.array("i", range(16))
t(lambda: c_int.from_buffer(a, -1))
t(lambda: (c_int * 16).from_buffer(a, sizeof(c_int)))
t(lambda: (c_int * 1).from_buffer(a, 16 * sizeof(c_int)))
a.append(1)
print(len(a))
