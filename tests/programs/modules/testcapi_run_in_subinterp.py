# _testcapi.run_in_subinterp(code) and run_in_subinterp_with_config(code, **settings): code
# runs in the __main__ of a new interpreter, which is ended afterwards (its non-daemon threads
# joined); an exception is printed and gives -1. The settings are the new interpreter's
# feature flags (_testinternalcapi.get_interp_settings), and what they forbid is refused.
import os
import sys
import _testcapi
import _testinternalcapi


def output(run, code, **settings):
    # What CODE writes to fd W, through a pipe (the process's descriptors are shared).
    r, w = os.pipe()
    try:
        ret = run(code.replace('W', str(w)), **settings)
        os.close(w)
        with open(r, 'rb') as f:
            return ret, f.read().decode()
    except BaseException:
        os.close(r)
        os.close(w)
        raise


print('main', _testinternalcapi.get_interp_settings(), _testinternalcapi.get_interp_settings(0))
try:
    _testinternalcapi.get_interp_settings(3)
except NotImplementedError as e:
    print('NotImplementedError', e)

code = '''if 1:
    import os, threading, time, _testinternalcapi
    def late():
        time.sleep(0.05)
        os.write(W, b"thread done\\n")
    threading.Thread(target=late).start()
    os.write(W, repr(_testinternalcapi.get_interp_settings()).encode() + b"\\n")
    x = 42
'''
print(output(_testcapi.run_in_subinterp, code))
print('names stay here:', 'x' in globals())

# the exception is printed to the subinterpreter's sys.stderr
print(output(_testcapi.run_in_subinterp, 'import os, sys; os.write(W, b"before\\n"); sys.stderr = open(W, "w", closefd=False); 1/0'))

LEGACY = dict(use_main_obmalloc=True, allow_fork=True, allow_exec=True, allow_threads=True,
              allow_daemon_threads=True, check_multi_interp_extensions=False, gil=1)
ISOLATED = dict(use_main_obmalloc=False, allow_fork=False, allow_exec=False, allow_threads=True,
                allow_daemon_threads=False, check_multi_interp_extensions=True, gil=2)
NO_THREADS = dict(ISOLATED, allow_threads=False, gil=1)
settings_code = '''if 1:
    import os, _testinternalcapi, _thread, threading
    out = [repr(_testinternalcapi.get_interp_settings()), repr(_thread.daemon_threads_allowed())]
    try:
        t = threading.Thread(target=int)
        t.start()
        t.join()
        out.append('thread ran')
    except RuntimeError as e:
        out.append('RuntimeError: %s' % e)
    try:
        os.execv('/nonexistent', ['x'])
    except RuntimeError as e:
        out.append('RuntimeError: %s' % e)
    except OSError as e:
        out.append('OSError')
    os.write(W, '\\n'.join(out).encode())
'''
for name, s in [('legacy', LEGACY), ('isolated', ISOLATED), ('no threads', NO_THREADS)]:
    ret, text = output(_testcapi.run_in_subinterp_with_config, settings_code, **s)
    print(name, ret)
    print(text)

bad = dict(ISOLATED, check_multi_interp_extensions=False)
for s in [bad, dict(LEGACY, gil=7)]:
    try:
        _testcapi.run_in_subinterp_with_config('pass', **s)
    except RuntimeError as e:
        print('RuntimeError', e, '<-', type(e.__context__).__name__, e.__context__)
for args, kw in [((), {}), (('pass',), {}), ((b'pass',), LEGACY), (('a\0b',), LEGACY)]:
    try:
        _testcapi.run_in_subinterp_with_config(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    _testcapi.run_in_subinterp(1)
except TypeError as e:
    print('TypeError', e)
