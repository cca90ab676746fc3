"""Runs one module of CPython's Lib/test with unittest and records each test's outcome.

    PYTHON driver.py MODULE OUTFILE

PYTHON is CPython 3.12 or pyvm (the same driver for both, so that their figures are
comparable); MODULE is a test module name as regrtest takes it (test_int, or a module of
a split package such as test.test_asyncio.test_tasks). Lines are appended to OUTFILE,
each flushed at once, so that a run killed by a timeout keeps what it reached:

    START<TAB>MODULE
    OUTCOME<TAB>TEST-ID           OUTCOME: ok, FAIL, ERROR, skip, skip-impl, xfail, xpass
    IMPORT-ERROR<TAB>MODULE<TAB>EXCEPTION
    DONE<TAB>MODULE

A test with subtests has one line: FAIL (or ERROR) when any of its subtests failed.
Errors of setUpModule/setUpClass/tearDown* come as an ERROR line under unittest's own
id for them ("setUpClass (test.test_x.Cls)"). What the tests print goes to this
process's stdout/stderr, which tests/suite/run.py keeps in a log beside OUTFILE.

The environment is regrtest's default one (Lib/test/libregrtest): no resources
enabled (tests that need 'cpu', 'network', ... are skipped), not verbose, run in a
fresh temporary working folder.
"""
import os
import re
import sys
import tempfile
import time

# unittest itself may fail to import on an interpreter that lacks something it needs:
# that is reported as the module's import error, not as a crash of the driver.
try:
    import unittest
    _BASE, _FAILURE = unittest.TestResult, None
except BaseException as e:  # noqa: B902
    unittest, _BASE, _FAILURE = None, object, e

RANK = {"ok": 0, "skip": 0, "skip-impl": 0, "xfail": 0, "xpass": 1, "FAIL": 2, "ERROR": 3}


def test_id_of(test):
    """TEST's id from its class: a test may shadow id with an attribute of its own
    (test__xxsubinterpreters' RunStringTests sets self.id to an interpreter)."""
    case = getattr(test, "test_case", None)
    if isinstance(case, unittest.TestCase):
        # A subtest: its id is its test's and its description (unittest.case._SubTest.id).
        return f"{type(case).id(case)} {test._subDescription()}"
    return type(test).id(test)


def clean(test_id):
    """A test id as one stable line: object addresses hidden, long parameters cut."""
    test_id = re.sub(r"0x[0-9a-fA-F]+", "0x?", test_id.replace("\n", " ").replace("\t", " "))
    return test_id if len(test_id) <= 300 else test_id[:300] + "..."


class Recorder(_BASE):
    """Writes one line per test when it stops, the worst of its own and its subtests' outcomes."""

    def __init__(self, out):
        super().__init__()
        self.out = out
        self.current = {}

    def _write(self, line):
        self.out.write(line + "\n")
        self.out.flush()

    def _note(self, test, outcome):
        test_id = clean(test_id_of(test))
        if test_id not in self.current:
            # An error outside a test (setUpClass, setUpModule, a cleanup): written at once.
            self._write(f"{outcome}\t{test_id}")
        elif RANK[outcome] >= RANK[self.current[test_id]]:
            self.current[test_id] = outcome

    def _detail(self, test, err):
        etype, value, _ = err
        text = f"{etype.__name__}: {value}".replace("\n", " ")[:500]
        print(f"pyvm-suite: {clean(test_id_of(test))}: {text}", file=sys.stderr, flush=True)

    def startTest(self, test):
        super().startTest(test)
        self.current[clean(test_id_of(test))] = "ok"

    def stopTest(self, test):
        super().stopTest(test)
        test_id = clean(test_id_of(test))
        outcome = self.current.pop(test_id, None)
        if outcome is not None:
            self._write(f"{outcome}\t{test_id}")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._note(test, "FAIL")
        self._detail(test, err)

    def addError(self, test, err):
        super().addError(test, err)
        self._note(test, "ERROR")
        self._detail(test, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        # test.support.cpython_only / impl_detail: a test of CPython's own implementation
        # (refcounts, object sizes, internal caches), told apart so the summary can say how
        # many of CPython's passes are such tests.
        impl = str(reason).startswith("implementation detail") or impl_detail_marked(test)
        self._note(test, "skip-impl" if impl else "skip")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._note(test, "xfail")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._note(test, "xpass")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._note(test, "FAIL" if failed else "ERROR")
            self._detail(subtest, err)


def mark_impl_details(support):
    """Makes test.support.impl_detail mark what it skips. Its default message starts
    "implementation detail", but a test may give its own ("tuple reuse is specific to
    CPython", test_itertools), and then the skip's reason alone cannot tell it from the
    skip of a missing feature. cpython_only calls impl_detail through the module, so it
    is covered too; the test modules import support after this runs."""
    original = support.impl_detail

    def impl_detail(msg=None, **guards):
        skip = original(msg, **guards)
        if support.check_impl_detail(**guards):
            return skip

        def mark(item):
            item = skip(item)
            item.__suite_impl_detail__ = True
            return item
        return mark
    support.impl_detail = impl_detail


def impl_detail_marked(test):
    """Whether TEST, or its class, was skipped by the impl_detail of mark_impl_details."""
    method = getattr(test, getattr(test, "_testMethodName", ""), None)
    return bool(getattr(method, "__suite_impl_detail__", False)
                or getattr(type(test), "__suite_impl_detail__", False))


def module_name(name):
    return name if name.startswith("test.") else "test." + name


def main():
    name, outfile = sys.argv[1], sys.argv[2]
    with open(outfile, "a", encoding="utf-8") as out:
        out.write(f"START\t{name}\n")
        out.flush()
        t0 = time.monotonic()
        try:
            if _FAILURE is not None:
                raise _FAILURE
            from test import support
            # regrtest's defaults: no resource enabled, quiet.
            support.use_resources = []
            support.verbose = 0
            mark_impl_details(support)
        except BaseException as e:
            out.write(f"IMPORT-ERROR\t{name}\t{clean(type(e).__name__ + ': ' + str(e))}\n")
            out.flush()
            import traceback
            traceback.print_exception(e)
            return 1
        with tempfile.TemporaryDirectory(prefix="pyvm-suite-") as cwd:
            os.chdir(cwd)
            try:
                __import__(module_name(name))
                module = sys.modules[module_name(name)]
                loader = unittest.TestLoader()
                suite = loader.loadTestsFromModule(module)
                if loader.errors:
                    raise ImportError("errors while loading tests: " + " | ".join(
                        e.strip().splitlines()[-1] for e in loader.errors))
            except BaseException as e:
                out.write(f"IMPORT-ERROR\t{name}\t{clean(type(e).__name__ + ': ' + str(e))}\n")
                out.flush()
                import traceback
                traceback.print_exc()
                return 1
            result = Recorder(out)
            suite.run(result)
            os.chdir(os.path.dirname(cwd))
        out.write(f"DONE\t{name}\t{time.monotonic() - t0:.1f}\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
