# PEP 688 (new in 3.12): a Python class implementing __buffer__ can be used with memoryview() and bytes().
class Wrapper:
    def __init__(self, data):
        self.data = bytearray(data)
        self.released = 0
    def __buffer__(self, flags):
        print("__buffer__ called")
        return memoryview(self.data)
    def __release_buffer__(self, view):
        self.released += 1
        print("__release_buffer__ called")
w = Wrapper(b"abc")
mv = memoryview(w)
print(mv.tobytes(), mv[0], len(mv))
mv.release()
print(bytes(w), w.released >= 1)
class NoBuffer:
    pass
try:
    memoryview(NoBuffer())
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(bytes, "__buffer__"), hasattr(bytearray, "__release_buffer__"))
