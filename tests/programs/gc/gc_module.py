# gc: collect with callbacks, thresholds, flags, debug, tracked objects, errors
import gc


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


phases = []


def cb(phase, info):
    phases.append((phase, info['generation'], sorted(info)))


gc.callbacks.append(cb)
print(type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
print(phases)
gc.callbacks.remove(cb)
show('bad generation', lambda: gc.collect(3))
show('negative generation', lambda: gc.collect(-1))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
gc.set_threshold(100, 5)
print(gc.get_threshold()[:2])
gc.set_threshold(*old)
print(gc.get_threshold() == old, len(gc.get_count()), type(gc.get_stats()), len(gc.get_stats()))
print(sorted(gc.get_stats()[0]))
show('set_threshold none', lambda: gc.set_threshold())
gc.set_debug(gc.DEBUG_STATS * 0)
print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL, gc.garbage)
print(gc.is_tracked(1), gc.is_tracked('a'), gc.is_tracked([]), gc.is_tracked(gc), gc.is_finalized(gc))
print(gc.get_referents([1, 'x']), sorted(gc.get_referents({'k': 2}), key=str))
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.get_freeze_count())
