"""Runs one module of CPython's Lib/test from a sourceless .pyc and prints one line per test.

    python3.12 libtest_run.py MODULE PYC        run the .pyc (compiled by pyvm)
    python3.12 libtest_run.py MODULE --cpython [SOURCE]
                                                compile SOURCE (default Lib/test/MODULE.py)
                                                with CPython's own compile(), write it as a
                                                sourceless .pyc in a temporary folder and run
                                                that (SOURCE: the file name our compiler was
                                                given, so that co_filename is the same)

Both ways load the code the same way (SourcelessFileLoader, module name test.MODULE, the
same co_filename), so that what differs between the two runs is the compiler alone.
Output lines: "OUTCOME<TAB>TEST-ID" with OUTCOME one of ok, FAIL, ERROR, skip, xfail,
xpass; a subtest that fails is reported under its own id. Used by
src/test/java/org/pyvm/compiler/LibTestOnCPythonTest.java.
"""
import importlib.machinery
import importlib.util
import marshal
import os
import re
import shutil
import sys
import tempfile
import unittest

PREFIX = "test."


def compile_with_cpython(module, source_path, folder):
    """CPython's own compile of the module, written as a timestamp-less sourceless .pyc."""
    with open(source_path, "rb") as f:
        source = f.read()
    code = compile(source, source_path, "exec", dont_inherit=True)
    pyc = os.path.join(folder, module + ".pyc")
    with open(pyc, "wb") as f:
        f.write(importlib.util.MAGIC_NUMBER + b"\0\0\0\0" + b"\0\0\0\0"
                + (len(source) & 0xFFFFFFFF).to_bytes(4, "little") + marshal.dumps(code))
    return pyc


def load(module, pyc):
    name = PREFIX + module
    loader = importlib.machinery.SourcelessFileLoader(name, pyc)
    spec = importlib.util.spec_from_file_location(name, pyc, loader=loader)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    loader.exec_module(mod)
    return mod


def clean(test_id):
    """A test id as a stable line: object addresses hidden, long subtest parameters cut."""
    test_id = re.sub(r"0x[0-9a-fA-F]+", "0x?", test_id.replace("\n", " "))
    return test_id if len(test_id) <= 300 else test_id[:300] + "..."


def mirror(folder, test_dir, module):
    """Links every entry of Lib/test but the module's source into FOLDER, beside its .pyc:
    tests that read data files next to __file__ find them, and the module stays sourceless."""
    for entry in os.listdir(test_dir):
        if entry not in (module + ".py", "__pycache__"):
            os.symlink(os.path.join(test_dir, entry), os.path.join(folder, entry))


class Collector(unittest.TestResult):
    """Keeps the outcome of every test and subtest, in the order they ran."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def _add(self, outcome, test):
        self.lines.append(f"{outcome}\t{clean(test.id())}")

    def addSuccess(self, test):
        super().addSuccess(test)
        self._add("ok", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._add("FAIL", test)
        self._detail(test, err)

    def addError(self, test, err):
        super().addError(test, err)
        self._add("ERROR", test)
        self._detail(test, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._add("skip", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._add("xfail", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._add("xpass", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._add("FAIL" if failed else "ERROR", subtest)
            self._detail(subtest, err)

    def _detail(self, test, err):
        # The exception's last line goes to stderr, to help whoever reads a difference.
        etype, value, _ = err
        text = f"{etype.__name__}: {value}".replace("\n", " ")[:300]
        print(f"{clean(test.id())}: {text}", file=sys.stderr)


def main():
    module, what = sys.argv[1], sys.argv[2]
    # The outcome lines alone go to standard output: what the tests print goes to stderr.
    out = os.fdopen(os.dup(1), "w")
    sys.stdout.flush()
    os.dup2(2, 1)
    from test import support
    # Tests that need a resource (cpu, network, ...) are skipped, as regrtest does by default.
    support.use_resources = []
    # Verbose output is printed by some tests (with object addresses): not compared anyway.
    support.verbose = 0
    test_dir = os.path.dirname(os.path.dirname(os.path.abspath(support.__file__)))
    with tempfile.TemporaryDirectory() as tmp:
        # The module in one folder, the tests' working folder (for the files they write) another.
        folder, cwd = os.path.join(tmp, "mod"), os.path.join(tmp, "cwd")
        os.mkdir(folder)
        os.mkdir(cwd)
        if what == "--cpython":
            source = sys.argv[3] if len(sys.argv) > 3 else os.path.join(test_dir, module + ".py")
            what = compile_with_cpython(module, source, folder)
        else:
            what = shutil.copy(what, os.path.join(folder, module + ".pyc"))
        mirror(folder, test_dir, module)
        os.chdir(cwd)
        try:
            mod = load(module, what)
        except BaseException as e:
            out.write(f"IMPORT-ERROR\t{PREFIX}{module}\t{clean(type(e).__name__ + ': ' + str(e))}\n")
            out.flush()
            return
        suite = unittest.defaultTestLoader.loadTestsFromModule(mod)
        result = Collector()
        suite.run(result)
        # setUpModule / setUpClass errors come as _ErrorHolder objects: already in lines
    out.write("".join(line + "\n" for line in result.lines))
    out.flush()


if __name__ == "__main__":
    main()
