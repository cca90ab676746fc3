# _xxsubinterpreters and _xxinterpchannels: interpreters made, run, destroyed; data shared
# through run_string's namespace, channels and the process's file descriptors.
import os
import textwrap
import _xxsubinterpreters as interpreters
import _xxinterpchannels as channels


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


def run_output(interp, script, shared=None):
    # What SCRIPT prints in INTERP, through a pipe (the descriptors are the process's).
    r, w = os.pipe()
    wrapped = ('import contextlib\n'
               f'with open({w}, "w", encoding="utf-8") as _out, contextlib.redirect_stdout(_out):\n'
               + textwrap.indent(textwrap.dedent(script), '    '))
    with open(r, encoding='utf-8') as rpipe:
        interpreters.run_string(interp, wrapped, shared)
        return rpipe.read()


main = interpreters.get_main()
print('main', repr(main), int(main), main == 0, hash(main) == hash(0))
print('current is main', interpreters.get_current() == main)
print('all', interpreters.list_all())
print('main running', interpreters.is_running(main))

a = interpreters.create()
b = interpreters.create(isolated=False)
print('created', type(a).__name__, int(b) - int(a), a in interpreters.list_all())
print('comparisons', a == int(a), a == float(int(a)), a != b, a == b, a == str(int(a)), str(a) == str(int(a)))
attempt('ordering', lambda: a < b)
attempt('ordering with int', lambda: a < 5)
print('running', interpreters.is_running(a))

# The interpreter's own view.
print(run_output(a, '''
    import _xxsubinterpreters as _interpreters
    cur = _interpreters.get_current()
    print('inside: current is main?', cur == _interpreters.get_main())
    print('inside: running', _interpreters.is_running(cur))
    print('inside: name', __name__, sorted(k for k in vars() if k.startswith('__')))
'''), end='')

# __main__ is kept between runs; shared values are set in it first.
interpreters.run_string(a, 'counter = 1')
print(run_output(a, '''
    counter += 1
    print('counter', counter, 'eggs', eggs, 'spam', spam, 'none', none)
''', dict(eggs=b'ham', spam='sp\u00e4m', none=None)), end='')
print(run_output(a, 'print("types", type(eggs).__name__, type(spam).__name__)', {'eggs': 2**62}), end='')

# Errors inside are RunFailedError here, with the type and the message.
attempt('KeyError', interpreters.run_string, a, 'raise KeyError("k")')
attempt('SystemExit', interpreters.run_string, a, 'raise SystemExit(3)')
attempt('bare SystemExit', interpreters.run_string, a, 'import sys; sys.exit()')
attempt('syntax', interpreters.run_string, a, 'print("x"')
print('RunFailedError mro', [c.__name__ for c in interpreters.RunFailedError.__mro__])

# What may be shared.
for obj in [None, b'x', 'x', 7, -7, True, 1.5, object(), [1], 2**70]:
    print('shareable', repr(obj)[:12], interpreters.is_shareable(obj))
attempt('float shared', interpreters.run_string, a, 'pass', {'x': 1.5})
attempt('big int shared', interpreters.run_string, a, 'pass', {'x': 2**64})

# Argument checks.
attempt('destroy main', interpreters.destroy, main)
attempt('destroy missing', interpreters.destroy, 1_000_000)
attempt('destroy -1', interpreters.destroy, -1)
attempt('destroy str', interpreters.destroy, 'spam')
attempt('run bytes', interpreters.run_string, a, b'pass')
attempt('run missing', interpreters.run_string, 1_000_000, 'pass')
attempt('run in main', interpreters.run_string, main, 'pass')
attempt('InterpreterID(-1)', interpreters.InterpreterID, -1)
attempt('InterpreterID(10**6)', interpreters.InterpreterID, 10**6)
print('forced', repr(interpreters.InterpreterID(10**6, force=True)))
attempt('create positional', interpreters.create, True)

# The process's state: working directory and environment.
os.environ['PYVM_SUBINTERP_TEST'] = 'set in main'
print(run_output(b, '''
    import os
    print('environ', os.environ.get('PYVM_SUBINTERP_TEST'))
    print('same cwd', os.getcwd() == cwd)
''', {'cwd': os.getcwd()}), end='')

# Threads inside; daemon threads only where the interpreter is not isolated.
script = '''
    import threading
    out = []
    def f():
        out.append('thread ran')
    try:
        t = threading.Thread(target=f, daemon=daemon == 'yes')
        t.start()
        t.join()
    except RuntimeError as e:
        out.append(f'RuntimeError: {e}')
    print(daemon, out)
'''
for interp in (a, b):
    for daemon in ('no', 'yes'):
        print(run_output(interp, script, {'daemon': daemon}), end='')
print(run_output(a, '''
    import os
    try:
        os.execv('/bin/true', ['true'])
    except RuntimeError as e:
        print('exec:', e)
'''), end='')

# A subinterpreter may make and destroy interpreters too.
print(run_output(a, '''
    import _xxsubinterpreters as _interpreters
    c = _interpreters.create()
    print('made from a subinterpreter', len(_interpreters.list_all()))
    _interpreters.destroy(c)
    try:
        _interpreters.destroy(_interpreters.get_current())
    except RuntimeError as e:
        print('destroy self:', e)
'''), end='')

# Channels.
cid = channels.create()
print('channel', repr(cid), repr(cid.send), repr(cid.recv), cid.end, cid.send.end, int(cid) == cid)
print('listed', cid in channels.list_all())
channels.send(cid, b'from main')
interpreters.run_string(a, textwrap.dedent(f'''
    import _xxinterpchannels as _channels
    got = _channels.recv({int(cid)})
    _channels.send({int(cid)}, got + b' and back')
    _channels.send({int(cid)}, 'text')
    _channels.send({int(cid)}, 123)
    _channels.send({int(cid)}, None)
'''))
print('received', [channels.recv(cid) for _ in range(4)])
attempt('recv empty', channels.recv, cid)
print('recv default', channels.recv(cid, 'dflt'))
print('senders', channels.list_interpreters(cid, send=True))
print('receivers', channels.list_interpreters(cid, send=False))
attempt('send float', channels.send, cid, 1.5)
channels.send(cid, b'pending')
attempt('close not empty', channels.close, cid)
channels.close(cid, send=True)
attempt('send after send-close', channels.send, cid, b'x')
print('drained', channels.recv(cid))
attempt('recv after close', channels.recv, cid)
attempt('missing channel', channels.send, 1_000_000, b'x')
attempt('ChannelID()', channels.ChannelID, 0)
attempt('_channel_id both False', channels._channel_id, cid, send=False, recv=False)
print('errors', [c.__name__ for c in channels.ChannelNotEmptyError.__mro__[:4]])

c2 = channels.create()
channels.send(c2, b'one')
channels.release(c2, send=True)
attempt('send after release', channels.send, c2, b'two')
attempt('recv after release', channels.recv, c2)
channels.destroy(c2)
attempt('destroyed channel', channels.recv, c2)

# Items an interpreter sent go when it is destroyed.
c3 = channels.create()
interpreters.run_string(b, f'import _xxinterpchannels as _c; _c.send({int(c3)}, b"lost")')
interpreters.destroy(b)
attempt('recv from a destroyed sender', channels.recv, c3)

interpreters.destroy(a)
attempt('destroy again', interpreters.destroy, a)
attempt('is_running destroyed', interpreters.is_running, a)
print('all at the end', interpreters.list_all())
