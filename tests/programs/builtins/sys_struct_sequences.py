# sys's struct sequences (flags, version_info, float_info, int_info, hash_info, thread_info,
# asyncgen_hooks): tp_name, read-only member descriptors, n_fields, __match_args__, one type each.
import sys, pydoc, types
print(pydoc.describe(type(sys.hash_info).width), type(type(sys.flags).optimize) is types.MemberDescriptorType)
print(sys.hash_info.width, sys.flags.optimize, sys.version_info.major, sys.float_info.max, sys.int_info.bits_per_digit)
print(sys.thread_info.name, sys.version_info[:2], sys.version_info.releaselevel)
try:
    sys.flags.optimize = 3
except AttributeError as e:
    print(e)
try:
    sys.version_info.nope
except AttributeError as e:
    print(e)
print(sorted(n for n in vars(type(sys.int_info)) if not n.startswith('_'))[:6])
for o in (sys.flags, sys.version_info, sys.float_info, sys.int_info, sys.hash_info, sys.thread_info, sys.get_asyncgen_hooks()):
    t = type(o); print(repr(t), t.__name__, t.__qualname__, t.__module__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
print(repr(sys.get_asyncgen_hooks()), type(sys.get_asyncgen_hooks()) is type(sys.get_asyncgen_hooks()))
print(type(sys.version_info).__match_args__, repr(sys.float_info)[:40])
try:
    class X(type(sys.flags)): pass
except TypeError as e:
    print(e)
