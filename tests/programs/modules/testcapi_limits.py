# _testcapi's C limits (what test_bytes, test_os, test_ucn read); pyvm's module offers no
# C API functions, so only the limits are compared.
import _testcapi as t

names = ["CHAR_MAX", "CHAR_MIN", "UCHAR_MAX", "SHRT_MAX", "SHRT_MIN", "USHRT_MAX", "INT_MAX", "INT_MIN",
         "UINT_MAX", "LONG_MAX", "LONG_MIN", "ULONG_MAX", "LLONG_MAX", "LLONG_MIN", "ULLONG_MAX",
         "PY_SSIZE_T_MAX", "PY_SSIZE_T_MIN", "SIZE_MAX", "SIZEOF_TIME_T", "SIZEOF_VOID_P", "SIZEOF_WCHAR_T",
         "FLT_MAX", "FLT_MIN", "DBL_MAX", "DBL_MIN"]
for n in names:
    print(n, getattr(t, n))
import sys
print(t.PY_SSIZE_T_MAX == sys.maxsize, type(t.LIMITED_API_AVAILABLE).__name__, type(t.WITH_PYMALLOC).__name__)
