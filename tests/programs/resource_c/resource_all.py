# resource: the constants, getrlimit/prlimit checked against /proc/self/limits, getrusage's
# struct_rusage, getpagesize, and CPython's argument errors.
import resource

print(sorted(n for n in dir(resource) if not n.startswith('__')))
print({n: getattr(resource, n) for n in dir(resource) if n.isupper()})
print(resource.error is OSError, resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields)
print(resource.struct_rusage.__match_args__)

titles = {}
for line in open('/proc/self/limits').read().splitlines()[1:]:
    titles[line[:26].strip()] = line[26:].split()[:2]
def value(s):
    return -1 if s == 'unlimited' else int(s)
for name, title in [('CPU', 'Max cpu time'), ('FSIZE', 'Max file size'), ('STACK', 'Max stack size'),
                    ('CORE', 'Max core file size'), ('NOFILE', 'Max open files'), ('AS', 'Max address space')]:
    r = getattr(resource, 'RLIMIT_' + name)
    lim = resource.getrlimit(r)
    print(name, lim == tuple(value(v) for v in titles[title]), lim == resource.prlimit(0, r),
          all(type(v) is int for v in lim))

u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), type(u.ru_utime).__name__, type(u.ru_maxrss).__name__, u.ru_maxrss > 0,
      u.ru_minflt > 0, u[0] == u.ru_utime, u.ru_ixrss, u.ru_nswap)
c = resource.getrusage(resource.RUSAGE_CHILDREN)
th = resource.getrusage(resource.RUSAGE_THREAD)
print(all(v >= 0 for v in c), all(v >= 0 for v in th), th.ru_utime <= u.ru_utime + 0.02)
print(repr(u).startswith('resource.struct_rusage(ru_utime='))
p = resource.getpagesize()
print(type(p).__name__, p > 0 and p & (p - 1) == 0)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: resource.getrlimit())
t(lambda: resource.getrlimit(1, 2))
t(lambda: resource.getrlimit(resource=1))
t(lambda: resource.getrusage())
t(lambda: resource.setrlimit(1))
t(lambda: resource.prlimit())
t(lambda: resource.prlimit(1, 2, 3, 4))
t(lambda: resource.getrlimit(100))
t(lambda: resource.getrlimit(-1))
t(lambda: resource.getrlimit('a'))
t(lambda: resource.getrusage(5))
t(lambda: resource.setrlimit(100, (1, 2)))
t(lambda: resource.setrlimit(resource.RLIMIT_CORE, (1,)))
t(lambda: resource.setrlimit(resource.RLIMIT_CORE, 5))
t(lambda: resource.setrlimit(resource.RLIMIT_CORE, (2**70, 1)))
t(lambda: resource.setrlimit(resource.RLIMIT_CORE, ('a', 1)))
t(lambda: resource.setrlimit(resource.RLIMIT_CORE, (10, 1)))
t(lambda: resource.prlimit(0, 100))
t(lambda: resource.prlimit(-5, resource.RLIMIT_CORE))
