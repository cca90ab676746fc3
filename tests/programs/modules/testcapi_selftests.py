# The _testcapi self-tests pyvm offers (test_misc's Test_testcapi runs every test_* function,
# test_getargs's the *_code ones): each returns None when the runtime answers as the C API's check expects,
# else raises _testcapi.error. Also the conversions they use, with None as a real argument
# beside None standing for C's NULL.
import _testcapi

names = ["test_long_and_overflow", "test_long_long_and_overflow", "test_long_as_size_t",
         "test_long_as_double", "test_long_as_unsigned_long_long_mask", "test_long_numbits",
         "test_list_api", "test_dict_iteration", "test_empty_argparse", "test_get_type_name",
         "test_get_type_qualname", "test_string_to_double", "test_k_code", "test_L_code",
         "test_s_code", "test_long_api", "test_longlong_api", "test_lazy_hash_inheritance",
         "test_gc_control", "test_with_docstring", "test_from_spec_metatype_inheritance",
         "test_from_spec_invalid_metatype_inheritance", "test_type_from_ephemeral_spec"]
for n in names:
    print(n, getattr(_testcapi, n)())
print(_testcapi.error.__module__, _testcapi.error.__name__, _testcapi.error.__mro__[1].__name__)
for v in (2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**100, -2**100, 255):
    print(v, _testcapi.pylong_aslongandoverflow(v))
for f in (_testcapi.pylong_as_size_t, _testcapi.pylong_as_ssize_t, _testcapi.pylong_asdouble,
          _testcapi.pylong_asunsignedlonglongmask):
    for arg in (7, None, 1.5):
        try:
            print(f.__name__, arg, f(arg))
        except Exception as e:
            print(f.__name__, arg, type(e).__name__)

import gc
import _testinternalcapi
print(_testinternalcapi.test_edit_cost(), _testinternalcapi.test_bytes_find())
gc.disable()
try:
    _testcapi.test_gc_control()   # the C check counts a disable after an enable as a failure
except ValueError as e:
    print("ValueError:", e, gc.isenabled())
gc.enable()
