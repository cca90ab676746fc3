# A C function's ml_doc read back as CPython reads it: __doc__ without the signature line
# (None when empty), __text_signature__ only from a valid "name(...)\n--\n\n" line.
import _testcapi as t, inspect
for n in sorted(dir(t)):
  if 'docstring' in n: f=getattr(t,n); print(n, repr(f.__doc__), repr(f.__text_signature__), f())
for n in ['docstring_with_signature', 'docstring_with_signature_and_extra_newlines']:
  print(inspect.signature(getattr(t, n)))
print(t.HeapDocCType.__doc__, t.HeapDocCType.__text_signature__)
