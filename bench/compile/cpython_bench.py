"""CPython's side of the compile benchmark: compile() and marshal.dumps() of every file
listed in argv[1] (the parse is part of compile()), argv[3] rounds after argv[2] warm-up
rounds; prints the best and median round, CPU and wall time. Files that do not compile
(Lib/test's bad-syntax samples) are counted and skipped in every round alike."""
import marshal, statistics, sys, time, warnings

warnings.simplefilter("ignore")

paths = [l.strip() for l in open(sys.argv[1]) if l.strip()]
warmup, rounds = int(sys.argv[2]), int(sys.argv[3])
srcs = [(p, open(p, 'rb').read()) for p in paths]
lines = sum(s.count(b'\n') for _, s in srcs)
cpu, wall = [], []
for r in range(warmup + rounds):
    c0, t0 = time.process_time(), time.perf_counter()
    errors = 0
    for p, s in srcs:
        try:
            marshal.dumps(compile(s, p, 'exec', dont_inherit=True))
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            errors += 1
    c1, t1 = time.process_time(), time.perf_counter()
    if r >= warmup:
        cpu.append(c1 - c0)
        wall.append(t1 - t0)
print(f'cpython: {len(srcs)} files, {lines} lines, {errors} not compiled; '
      f'CPU best {min(cpu):.3f} s median {statistics.median(cpu):.3f} s; '
      f'wall best {min(wall):.3f} s median {statistics.median(wall):.3f} s')
