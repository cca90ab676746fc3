# os.posix_spawn / posix_spawnp: argument checks with CPython's messages, file actions,
# attributes (setpgroup, setsid, setsigmask, setsigdef) and wait statuses. Children are
# /bin/sh programs; what they report goes through files and pipes.
import os
import signal
import tempfile

SH = '/bin/sh'


def spawn(script, **kw):
    return os.posix_spawn(SH, [SH, '-c', script], os.environ, **kw)


def status(pid):
    p, st = os.waitpid(pid, 0)
    assert p == pid
    return os.waitstatus_to_exitcode(st)


def read(path):
    with open(path) as f:
        return f.read()


def show(label, f):
    try:
        r = f()
        print(label, 'ok', status(r))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'filename', None))


bad = [
    dict(file_actions=5), dict(file_actions=[5]), dict(file_actions=[()]), dict(file_actions=[(None,)]),
    dict(file_actions=[(12345,)]), dict(file_actions=[(os.POSIX_SPAWN_CLOSE,)]),
    dict(file_actions=[(os.POSIX_SPAWN_CLOSE, 1, 2)]), dict(file_actions=[(os.POSIX_SPAWN_OPEN, 3, 'a\0', 0, 0)]),
    dict(file_actions=[(os.POSIX_SPAWN_OPEN, 3, 'a')]), dict(file_actions=[(os.POSIX_SPAWN_OPEN, 3, 'a', 0, 'x')]),
    dict(file_actions=[(os.POSIX_SPAWN_OPEN, 2**40, 'a', 0, 0)]), dict(file_actions=[(os.POSIX_SPAWN_OPEN, 3, 5, 0, 0)]),
    dict(file_actions=[(os.POSIX_SPAWN_DUP2, 3)]), dict(file_actions=[(os.POSIX_SPAWN_DUP2, -1, 3)]),
    dict(file_actions=[(os.POSIX_SPAWN_CLOSE, -1)]), dict(file_actions=[(2**70,)]), dict(file_actions=[(1.0, 1)]),
    dict(setpgroup='023'), dict(setpgroup=2**63), dict(setsigmask=34), dict(setsigmask=['j']),
    dict(setsigmask=[65]), dict(setsigdef=[0]), dict(setsigdef=[2**70]), dict(scheduler=5),
    dict(scheduler=(None, 5)), dict(scheduler=(None,)), dict(scheduler=('x', os.sched_param(0))),
    dict(scheduler=(None, os.sched_param(2**40))), dict(foo=1),
    dict(file_actions=[(os.POSIX_SPAWN_CLOSE, -1)], setsigmask=[99]),
    dict(file_actions=[(os.POSIX_SPAWN_OPEN, 3, '/nonexistent/x', 0, 0)]),
    dict(file_actions=[(os.POSIX_SPAWN_DUP2, 99, 3)]), dict(setpgroup=0, setsid=True),
]
for kw in bad:
    show(sorted(kw), lambda: spawn('exit 0', **kw))

show('argv empty', lambda: os.posix_spawn(SH, [], {}))
show('argv type', lambda: os.posix_spawn(SH, 5, {}))
show('argv first', lambda: os.posix_spawn(SH, [''], {}))
show('argv item', lambda: os.posix_spawn(SH, [5], {}))
show('env type', lambda: os.posix_spawn(SH, [SH], 5))
show('env name', lambda: os.posix_spawn(SH, [SH], {'a=b': 'c'}))
show('env key', lambda: os.posix_spawn(SH, [SH], {5: 'c'}))
show('path type', lambda: os.posix_spawn(5, [SH], {}))
show('positional', lambda: os.posix_spawn(SH, [SH]))
show('by name', lambda: os.posix_spawn(path=SH, argv=[SH], env={}))
show('missing', lambda: os.posix_spawn('/nonexistent/prog', ['prog'], {}))
show('directory', lambda: os.posix_spawn('/', ['prog'], {}))
show('relative', lambda: os.posix_spawn('sh', ['sh'], {}))
show('spawnp missing', lambda: os.posix_spawnp('no_such_program_here', ['x'], {}))
show('spawnp sh', lambda: os.posix_spawnp('sh', ['sh', '-c', 'exit 7'], {}))
show('bytes', lambda: os.posix_spawn(SH.encode(), [b'sh', b'-c', b'exit 4'], {b'A': b'B'}))
show('killed', lambda: spawn('kill -9 $$'))
show('env', lambda: os.posix_spawn(SH, [SH, '-c', 'test "$FOO" = bar'], {'FOO': 'bar'}))

with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, 'out')
    # OPEN onto the child's stdout, then DUP2 it to 5 and write there too.
    pid = spawn('echo one; echo two >&5',
                file_actions=[(os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
                              (os.POSIX_SPAWN_DUP2, 1, 5)])
    print('open/dup2', status(pid), read(out).split())
    # CLOSE: the child's descriptor 0 is closed.
    pid = spawn('readlink /proc/$$/fd/0 >/dev/null 2>&1 && echo open >%s || echo closed >%s' % (out, out),
                file_actions=[(os.POSIX_SPAWN_CLOSE, 0)])
    print('close', status(pid), read(out).strip())
    # DUP2 of one of our files: the child writes through our open file.
    with open(out, 'wb') as f:
        pid = spawn('echo through', file_actions=[(os.POSIX_SPAWN_DUP2, f.fileno(), 1)])
        print('dup2 file', status(pid))
    print(read(out).strip())
    # A relative OPEN is resolved in our working directory.
    old = os.getcwd()
    os.chdir(d)
    try:
        pid = spawn('pwd >&3', file_actions=[(os.POSIX_SPAWN_OPEN, 3, 'rel', os.O_WRONLY | os.O_CREAT, 0o600)])
        print('cwd', status(pid), read(os.path.join(d, 'rel')).strip() == os.path.realpath(d))
    finally:
        os.chdir(old)
    # Our descriptors that are not inheritable stay ours; inheritable ones are passed.
    r, w = os.pipe()
    os.set_inheritable(w, True)
    pid = spawn('echo piped >&%d' % w)
    os.close(w)
    print('inheritable pipe', status(pid), os.read(r, 100))
    os.close(r)
    r, w = os.pipe()
    pid = spawn('echo x >&%d' % w)
    os.close(w)
    print('not inheritable', status(pid) != 0, os.read(r, 100))
    os.close(r)
    # setpgroup=0 and setsid: the child leads a group / session of its own.
    pid = spawn('cut -d" " -f5,6 /proc/$$/stat > %s; echo $$ >> %s' % (out, out), setpgroup=0)
    print('setpgroup', status(pid))
    grp_sid, me = read(out).split('\n')[:2]
    print(grp_sid.split()[0] == me, int(grp_sid.split()[1]) == os.getsid(0))
    pid = spawn('cut -d" " -f5,6 /proc/$$/stat > %s; echo $$ >> %s' % (out, out), setsid=True)
    print('setsid', status(pid))
    grp_sid, me = read(out).split('\n')[:2]
    print(grp_sid.split() == [me, me])
    # setsigdef and setsigmask.
    print('sigdef', status(spawn('kill -USR1 $$; exit 0', setsigdef=[signal.SIGUSR1])))
    print('sigmask', status(spawn('kill -USR1 $$; exit 0', setsigmask=[signal.SIGUSR1])))
    for kw in [dict(setsigmask=[signal.SIGUSR1, signal.SIGTERM]), {}]:
        pid = os.posix_spawn('/bin/grep', ['grep', 'SigBlk', '/proc/self/status'], os.environ,
                             file_actions=[(os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_TRUNC, 0)], **kw)
        print('sigblk', status(pid), read(out).split())
    pol = os.sched_getscheduler(0)
    print('scheduler', status(spawn('exit 0', scheduler=(pol, os.sched_param(os.sched_get_priority_min(pol))))),
          status(spawn('exit 0', scheduler=(None, os.sched_param(0)))))
    print('resetids', status(spawn('exit 0', resetids=True)))
    # P_NOWAIT-like: WNOHANG on a running child, then it ends.
    pid = spawn('exec sleep 20')
    print('wnohang', os.waitpid(pid, os.WNOHANG))
    os.kill(pid, signal.SIGTERM)
    print('terminated', status(pid))
