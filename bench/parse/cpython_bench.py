"""CPython's side of the parse benchmark: ast.parse on every file listed in argv[1],
argv[3] rounds after argv[2] warm-up rounds; prints lines/s of the best round."""
import ast, sys, time, warnings

warnings.simplefilter("ignore")

paths = [l.strip() for l in open(sys.argv[1]) if l.strip()]
warmup, rounds = int(sys.argv[2]), int(sys.argv[3])
srcs = [open(p, 'rb').read() for p in paths]
lines = sum(s.count(b'\n') for s in srcs)
best = None
for r in range(warmup + rounds):
    t0 = time.perf_counter()
    errors = 0
    for s in srcs:
        try:
            ast.parse(s)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            errors += 1
    dt = time.perf_counter() - t0
    if r >= warmup:
        best = dt if best is None else min(best, dt)
print(f'cpython: {len(srcs)} files, {lines} lines, best round {best:.3f} s, {lines / best:.0f} lines/s ({errors} syntax errors)')
