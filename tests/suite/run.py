"""Runs CPython's regression test suite (Lib/test) on pyvm and on CPython 3.12, side by side.

Run it with CPython 3.12 (tests/suite/run does): it finds Lib/test through its own
sysconfig, runs every test module (or those named) in a process of its own, under pyvm
and under CPython, each with a time limit (a module that hangs, crashes or cannot be
imported counts as failed, its tests that did not report as not passed), and prints per
module and in total: tests run / passed / failed / errors / skipped, pyvm's beside
CPython's. tests/suite/driver.py runs one module in one process.

    tests/suite/run [MODULE ...] [--core | --ci | --list FILE] [-j N] [--timeout S]
                    [--no-cpython] [--reuse-cpython] [--reuse-pyvm] [--check] [--update] [--pyvm CMD]

    MODULE            test_int, int, or test.test_asyncio.test_tasks (default: every module)
    --core            the core modules of issue 5 (tests/suite/core-modules.txt)
    --ci              the modules the JUnit check runs (tests/suite/ci-modules.txt)
    --list FILE       the modules named in FILE
    -j N              modules run at once (default 2)
    --timeout S       seconds per module and interpreter (default 600; modules in SLOW_MODULES
                      get that many times more)
    --no-cpython      run pyvm only
    --reuse-cpython   take CPython's outcomes from an earlier run (target/suite/cpython) when there
    --reuse-pyvm      the same for pyvm's (target/suite/pyvm): a table of an earlier run, with the
                      modules whose outcome files were removed run again
    --check           compare pyvm's passes with tests/suite/passing/MODULE.txt: exit status 1
                      when a listed test does not pass or an unlisted one passes
    --update          rewrite tests/suite/passing/MODULE.txt of the modules run from this run
    --pyvm CMD        how to start pyvm (default: bin/pyvm); split like a shell would
    --out DIR         where outcomes and logs go (default target/suite): DIR/pyvm/MODULE.out,
                      DIR/pyvm/MODULE.log (what the module printed), the same under DIR/cpython

Passed means ok or expected failure; failed: a failed assertion or an unexpected
success; errors: any other exception, also in setUpClass/setUpModule and an import
error of the module (which counts as one error); skipped: skipped. "pass %" is pyvm's
passes over CPython's; "w/o impl" leaves out of CPython's passes the tests pyvm skipped as
implementation details of CPython (test.support.cpython_only, impl_detail: refcounts,
object sizes, internal caches), which no other implementation runs. Ids of tests whose
outcome varies from run to run may be listed in tests/suite/unstable.txt ("ID # why"),
which --check and --update leave alone.
"""
import argparse
import concurrent.futures
import os
import shlex
import signal
import subprocess
import sys
import sysconfig
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DRIVER = os.path.join(HERE, "driver.py")
PASSING = os.path.join(HERE, "passing")
UNSTABLE = os.path.join(HERE, "unstable.txt")

# Test packages whose sub-modules regrtest runs one by one (libregrtest/findtests.py).
SPLIT_TEST_DIRS = {"test_asyncio", "test_concurrent_futures", "test_future_stmt", "test_gdb",
                   "test_inspect", "test_multiprocessing_fork", "test_multiprocessing_forkserver",
                   "test_multiprocessing_spawn"}


def test_dir():
    return os.path.join(sysconfig.get_path("stdlib"), "test")


def find_tests(folder, base=""):
    """Every test module of Lib/test as regrtest finds them (findtests.findtests)."""
    tests = []
    for entry in os.listdir(folder):
        mod, ext = os.path.splitext(entry)
        if not mod.startswith("test_") or ext not in (".py", ""):
            continue
        full = f"{base}.{mod}" if base else mod
        if full in SPLIT_TEST_DIRS:
            tests.extend(find_tests(os.path.join(folder, mod), f"test.{mod}"))
        elif ext == ".py" or os.path.isfile(os.path.join(folder, mod, "__init__.py")):
            tests.append(full)
    return sorted(tests)


def read_list(path):
    """The names of a list file: one a line, '#' starts a comment."""
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.append(line)
    return names


class Outcome:
    """One module run by one interpreter: each test id's outcome, and how the run ended."""

    def __init__(self, module):
        self.module = module
        self.tests = {}
        self.status = "not run"   # done, import error, timeout, crash (exit N)
        self.detail = ""
        self.seconds = 0.0

    @classmethod
    def parse(cls, module, path, returncode, timed_out, seconds):
        o = cls(module)
        o.seconds = seconds
        done = False
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    parts = line.rstrip("\n").split("\t")
                    if parts[0] == "DONE":
                        done = True
                    elif parts[0] == "TIMEOUT":
                        timed_out = True
                    elif parts[0] == "EXIT" and len(parts) == 2:
                        returncode = int(parts[1])
                    elif parts[0] == "IMPORT-ERROR":
                        o.status, o.detail = "import error", parts[-1]
                    elif parts[0] != "START" and len(parts) == 2:
                        o.tests[parts[1]] = parts[0]
        if o.status == "import error":
            pass
        elif done:
            o.status = "done"
        elif timed_out:
            o.status = "timeout"
        else:
            o.status = f"crash (exit {returncode})"
        return o

    def passed(self):
        return {t for t, v in self.tests.items() if v in ("ok", "xfail")}

    def figures(self):
        """(run, passed, failed, errors, skipped); a module that did not finish adds an error."""
        values = list(self.tests.values())
        errors = values.count("ERROR") + (self.status != "done")
        return (len(values) + (self.status != "done"), values.count("ok") + values.count("xfail"),
                values.count("FAIL") + values.count("xpass"), errors,
                values.count("skip") + values.count("skip-impl"))

    def impl_only(self, theirs):
        """How many of THEIRS' passes this run skipped as CPython implementation details."""
        return sum(1 for t in theirs.passed() if self.tests.get(t) == "skip-impl")


# Modules whose run is many processes of their own, each a new interpreter (test_regrtest
# runs regrtest itself in ~100 subprocesses, test_socket's thread pairs): they finish alone
# well within the limit (test_regrtest on pyvm: 213 s at load 2, session 22) but exceeded
# 600 s under a whole run's two jobs at once (pyvm's test_regrtest, CPython's test_socket),
# so they get this factor on --timeout. The limit stays finite: a hang still ends as one.
SLOW_MODULES = {"test_regrtest": 3, "test_socket": 3}


def run_module(command, module, out_dir, timeout):
    """Runs the driver on one module under COMMAND; its Outcome."""
    safe = module.replace("/", "_")
    out, log = os.path.join(out_dir, safe + ".out"), os.path.join(out_dir, safe + ".log")
    for p in (out, log):
        if os.path.exists(p):
            os.remove(p)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONIOENCODING"] = "utf-8"
    t0 = time.monotonic()
    timed_out = False
    with open(log, "wb") as logf:
        p = subprocess.Popen(command + [DRIVER, module, out], stdin=subprocess.DEVNULL, stdout=logf,
                             stderr=subprocess.STDOUT, env=env, start_new_session=True, cwd=ROOT)
        try:
            p.wait(timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
        # The whole process group: tests may have started processes of their own.
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        p.wait()
    # How the run ended, for a later --reuse-pyvm/--reuse-cpython table.
    with open(out, "a", encoding="utf-8") as f:
        f.write("TIMEOUT\n" if timed_out else f"EXIT\t{p.returncode}\n")
    return Outcome.parse(module, out, p.returncode, timed_out, time.monotonic() - t0)


def load_cached(module, out_dir):
    path = os.path.join(out_dir, module + ".out")
    if not os.path.exists(path):
        return None
    return Outcome.parse(module, path, 0, False, 0.0)


def listed_passes(module):
    path = os.path.join(PASSING, module + ".txt")
    return set(read_list(path)) if os.path.exists(path) else set()


def unstable_ids():
    return set(read_list(UNSTABLE)) if os.path.exists(UNSTABLE) else set()


def check(outcomes):
    """The differences between pyvm's passes and the committed lists, as lines."""
    unstable = unstable_ids()
    problems = []
    for o in outcomes:
        expected, actual = listed_passes(o.module) - unstable, o.passed() - unstable
        for t in sorted(expected - actual):
            problems.append(f"listed but did not pass ({o.tests.get(t, o.status)}): {t}")
        for t in sorted(actual - expected):
            problems.append(f"passes but is not listed in tests/suite/passing/{o.module}.txt: {t}")
    return problems


def update(outcomes):
    unstable = unstable_ids()
    os.makedirs(PASSING, exist_ok=True)
    for o in outcomes:
        path = os.path.join(PASSING, o.module + ".txt")
        keep = listed_passes(o.module) & unstable
        ids = sorted((o.passed() - unstable) | keep)
        if ids:
            with open(path, "w", encoding="utf-8") as f:
                f.write(f"# Tests of {o.module} that pass on pyvm (tests/suite/run --update).\n")
                f.write("".join(t + "\n" for t in ids))
        elif os.path.exists(path):
            os.remove(path)


def table(rows, with_cpython):
    head = f"{'module':<40} {'pyvm run/pass/fail/err/skip':>30}"
    if with_cpython:
        head += f"  {'CPython run/pass/fail/err/skip':>30}  {'pass %':>6}  {'w/o impl':>8}"
    print(head + "  note")
    totals = [[0] * 5, [0] * 5]
    impl_total = 0
    for ours, theirs in rows:
        a = ours.figures()
        line = f"{ours.module:<40} {'/'.join(map(str, a)):>30}"
        totals[0] = [x + y for x, y in zip(totals[0], a)]
        if with_cpython:
            b = theirs.figures()
            totals[1] = [x + y for x, y in zip(totals[1], b)]
            ratio = f"{100 * a[1] / b[1]:.0f}" if b[1] else "-"
            impl = ours.impl_only(theirs)
            impl_total += impl
            ratio2 = f"{100 * a[1] / (b[1] - impl):.0f}" if b[1] - impl > 0 else "-"
            line += f"  {'/'.join(map(str, b)):>30}  {ratio:>6}  {ratio2:>8}"
        note = "" if ours.status == "done" else ours.status + (": " + ours.detail if ours.detail else "")
        if with_cpython and theirs.status != "done":
            note += f" (CPython: {theirs.status})"
        print(f"{line}  {note[:120]}".rstrip())
    line = f"{'TOTAL (' + str(len(rows)) + ' modules)':<40} {'/'.join(map(str, totals[0])):>30}"
    if with_cpython:
        ratio = f"{100 * totals[0][1] / totals[1][1]:.0f}" if totals[1][1] else "-"
        rest = totals[1][1] - impl_total
        ratio2 = f"{100 * totals[0][1] / rest:.0f}" if rest > 0 else "-"
        line += f"  {'/'.join(map(str, totals[1])):>30}  {ratio:>6}  {ratio2:>8}"
    print(line)
    if with_cpython:
        print(f"{impl_total} of CPython's passes are tests pyvm skipped as CPython implementation details")
    finished = sum(1 for o, _ in rows if o.status == "done")
    print(f"pyvm: {finished} of {len(rows)} modules ran to the end")


def main(argv=None):
    # A shell starts a background job with SIGINT ignored, and children inherit that: then
    # interrupt_main() and SIGINT tests (test_signal, test_threading, asyncio's runners) wait
    # forever, on CPython as on pyvm. regrtest runs with SIGINT handled; so do the modules here.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    # Likewise nohup leaves SIGHUP ignored, and a child started by a test then survives the
    # SIGHUP the test sends it (asyncio's test_subprocess_send_signal waits forever).
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    ap = argparse.ArgumentParser(prog="tests/suite/run", description=__doc__.split("\n")[0])
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--core", action="store_true")
    ap.add_argument("--ci", action="store_true")
    ap.add_argument("--list")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--no-cpython", action="store_true")
    ap.add_argument("--reuse-cpython", action="store_true")
    ap.add_argument("--reuse-pyvm", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--pyvm", default=os.path.join(ROOT, "bin", "pyvm"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "suite"))
    args = ap.parse_args(argv)

    folder = test_dir()
    if not os.path.isfile(os.path.join(folder, "libregrtest", "main.py")):
        print(f"tests/suite/run: no CPython 3.12 Lib/test at {folder}", file=sys.stderr)
        return 2
    if args.core:
        modules = read_list(os.path.join(HERE, "core-modules.txt"))
    elif args.ci:
        modules = read_list(os.path.join(HERE, "ci-modules.txt"))
    elif args.list:
        modules = read_list(args.list)
    elif args.modules:
        modules = [m if m.startswith("test") else "test_" + m for m in args.modules]
    else:
        modules = find_tests(folder)
    modules = [m[len("test."):] if m.startswith("test.test_") and m.count(".") == 1 else m for m in modules]

    pyvm = shlex.split(args.pyvm)
    # bin/pyvm rebuilds its jar when the sources are newer: once, here, not in parallel runs.
    subprocess.run(pyvm + ["-c", "pass"], stdin=subprocess.DEVNULL, cwd=ROOT)
    cpython = [sys.executable]
    dirs = {"pyvm": os.path.join(args.out, "pyvm"), "cpython": os.path.join(args.out, "cpython")}
    for d in dirs.values():
        os.makedirs(d, exist_ok=True)
    with_cpython = not args.no_cpython
    jobs = []
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max(1, args.j)) as pool:
        for m in modules:
            ours = load_cached(m, dirs["pyvm"]) if args.reuse_pyvm else None
            limit = args.timeout * SLOW_MODULES.get(m, 1)
            ours = ours or pool.submit(run_module, pyvm, m, dirs["pyvm"], limit)
            theirs = None
            if with_cpython:
                cached = load_cached(m, dirs["cpython"]) if args.reuse_cpython else None
                theirs = cached or pool.submit(run_module, cpython, m, dirs["cpython"], limit)
            jobs.append((ours, theirs))
        rows = []
        for ours, theirs in jobs:
            a = ours if isinstance(ours, Outcome) else ours.result()
            b = theirs if theirs is None or isinstance(theirs, Outcome) else theirs.result()
            rows.append((a, b))
    table(rows, with_cpython)
    print(f"{time.monotonic() - t0:.0f} s")
    outcomes = [a for a, _ in rows]
    if args.update:
        update(outcomes)
        print(f"updated {PASSING} for {len(outcomes)} modules")
    if args.check:
        problems = check(outcomes)
        for p in problems:
            print(p)
        if problems:
            print(f"CHECK FAILED: {len(problems)} differences from tests/suite/passing "
                  "(tests/suite/run --update MODULE... rewrites a module's list)")
            return 1
        print("check: pyvm passes exactly the listed tests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
