# Types of C modules that CPython 3.12 makes without Py_TPFLAGS_BASETYPE refuse to be
# subclassed (struct sequences, re.Match/Pattern, hash objects, _json's scanner...), with
# CPython's message; typing.Match/Pattern aliases lead to the same refusal.
import _json, _lsprof, _sha3, _blake2, functools, grp, os, posix, pwd, pyexpat, re, resource
import select, signal, sqlite3, time, typing, _tokenize
types = [_blake2.blake2b, _blake2.blake2s, _json.make_encoder, _json.make_scanner, _lsprof.profiler_entry,
         _lsprof.profiler_subentry, _sha3.sha3_224, _sha3.shake_128, functools._lru_cache_wrapper,
         grp.struct_group, os.stat_result, os.statvfs_result, os.terminal_size, posix.sched_param,
         posix.times_result, posix.uname_result, pwd.struct_passwd, pyexpat.XMLParserType, re.Match,
         re.Pattern, resource.struct_rusage, select.epoll, signal.struct_siginfo, sqlite3.PrepareProtocol,
         time.struct_time, _tokenize.TokenizerIter]
for t in types:
    try:
        class Sub(t):
            pass
        print('subclassed', t)
    except TypeError as e:
        print(e)
for alias in (typing.Match, typing.Pattern):
    try:
        class A(alias):
            pass
    except TypeError as e:
        print(e)
