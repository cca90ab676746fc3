# The syslog module: constants, the mask macros, setlogmask's previous mask, openlog's
# arguments and ident defaulting, implicit open, closelog twice, and the argument errors.
import sys
import syslog

print(sorted(k for k in dir(syslog) if k.startswith("LOG_") and isinstance(getattr(syslog, k), int)))
print([getattr(syslog, k) for k in ("LOG_EMERG", "LOG_DEBUG", "LOG_USER", "LOG_LOCAL7", "LOG_PID", "LOG_PERROR")])
for p in (0, 3, 7, 30, 31, 32, 33, -1):
    print(p, syslog.LOG_MASK(p), syslog.LOG_UPTO(p))

mask = syslog.LOG_UPTO(syslog.LOG_WARNING)
old = syslog.setlogmask(mask)
print("mask", syslog.setlogmask(0) == mask, syslog.setlogmask(old) == mask)
print("warning in mask", bool(mask & syslog.LOG_MASK(syslog.LOG_WARNING)),
      "info in mask", bool(mask & syslog.LOG_MASK(syslog.LOG_INFO)))

# Messages go to the system log (nothing here can read it back): only that they do not fail.
syslog.closelog()
syslog.syslog("pyvm golden test: implicit open")
syslog.syslog(syslog.LOG_DEBUG, "pyvm golden test: debug %s %d %%")
print(syslog.openlog("pyvm-golden", syslog.LOG_NDELAY, syslog.LOG_LOCAL0))
syslog.syslog(syslog.LOG_INFO | syslog.LOG_LOCAL1, "with a facility")
print(syslog.closelog(), syslog.closelog())
saved = sys.argv
for argv in ([], [""], ["/some/dir/script.py"], [42]):
    sys.argv = argv
    syslog.openlog()
    syslog.syslog("argv " + repr(argv))
    syslog.closelog()
sys.argv = saved
syslog.openlog(ident="kw", logoption=0, facility=syslog.LOG_USER)
syslog.closelog()


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


show(syslog.syslog)
show(syslog.syslog, 1, 2, 3)
show(syslog.syslog, 1)
show(syslog.syslog, 1, 2)
show(syslog.syslog, "a", "b")
show(syslog.syslog, 1.0, "b")
show(syslog.syslog, "a\0b")
show(syslog.syslog, "\udc80")
show(syslog.syslog, 2**100, "x")
show(syslog.syslog, 2**40, "x")
show(syslog.syslog, message="x")
show(syslog.openlog, 1)
show(syslog.openlog, "\ud800")
show(syslog.openlog, "x", 1.5)
show(syslog.openlog, "x", 0, 2**100)
show(syslog.openlog, ident="x", logoption=0, facility=syslog.LOG_USER, foo=1)
show(syslog.openlog, "a", "b", "c", "d")
show(syslog.openlog, bogus=1)
show(syslog.setlogmask, "x")
show(syslog.setlogmask)
show(syslog.LOG_MASK, 2**100)
show(syslog.LOG_UPTO, 1.0)
show(syslog.closelog, 1)
syslog.closelog()
