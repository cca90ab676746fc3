package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.bytecode.Pyc;
import org.pyvm.testing.CPython;

/**
 * Imports of .py modules through the command line: the __pycache__/NAME.pyvm-312.pyc
 * cache (written with CPython's header, reused, rewritten when the source changes, not
 * written with -B or PYTHONDONTWRITEBYTECODE or into an unwritable folder), -m, sys.path
 * from PYTHONPATH, -E and -I, and the message when no standard library is found.
 */
class ImportsTest {

    @TempDir
    Path dir;

    private static Map<String, String> env(String... kv) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("PYTHONDONTWRITEBYTECODE");
        env.remove("PYTHONPATH");
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                env.remove(kv[i]);
            } else {
                env.put(kv[i], kv[i + 1]);
            }
        }
        return env;
    }

    private InProcess.Result run(Map<String, String> env, String... args) throws Exception {
        return InProcess.run(env, args);
    }

    @Test
    void cacheIsWrittenReusedAndInvalidated() throws Exception {
        Path mod = dir.resolve("cached_mod.py");
        Files.writeString(mod, "VALUE = 1\n");
        Path main = dir.resolve("main.py");
        Files.writeString(main, "import cached_mod\nprint(cached_mod.VALUE, cached_mod.__cached__)\n");
        InProcess.Result r = run(env(), main.toString());
        Path pyc = dir.resolve("__pycache__/cached_mod.pyvm-312.pyc");
        assertEquals("1 " + pyc + "\n", r.out(), r.err());
        assertTrue(Files.isRegularFile(pyc));
        byte[] data = Files.readAllBytes(pyc);
        Pyc p = Pyc.read(data);
        assertEquals(Files.getLastModifiedTime(mod).toMillis() / 1000, p.header().mtime());
        assertEquals(Files.size(mod), p.header().sourceSize());
        assertEquals(0, p.header().flags());
        // No temporary files are left behind.
        try (var s = Files.list(pyc.getParent())) {
            assertEquals(1, s.count());
        }

        // Reused: a cache file whose header matches is not rewritten.
        FileTime written = Files.getLastModifiedTime(pyc);
        Files.setLastModifiedTime(pyc, FileTime.fromMillis(written.toMillis() - 5000));
        FileTime before = Files.getLastModifiedTime(pyc);
        assertEquals("1 " + pyc + "\n", run(env(), main.toString()).out());
        assertEquals(before, Files.getLastModifiedTime(pyc));

        // Invalidated: a changed source (other size and mtime) is compiled again.
        Files.writeString(mod, "VALUE = 22\n");
        Files.setLastModifiedTime(mod, FileTime.fromMillis(Files.getLastModifiedTime(mod).toMillis() + 3000));
        assertEquals("22 " + pyc + "\n", run(env(), main.toString()).out());
        Pyc q = Pyc.read(Files.readAllBytes(pyc));
        assertEquals(Files.size(mod), q.header().sourceSize());
        assertFalse(Arrays.equals(data, Files.readAllBytes(pyc)));
    }

    @Test
    void optimizeLevelsHaveTheirOwnCacheFiles() throws Exception {
        Files.writeString(dir.resolve("opt_mod.py"), "'doc'\nassert False, 'asserts run'\nX = __debug__\n");
        Files.writeString(dir.resolve("main.py"), "import sys, opt_mod\n"
            + "print(sys.flags.optimize, __debug__, opt_mod.X, opt_mod.__doc__, opt_mod.__cached__)\n");
        Path cache = dir.resolve("__pycache__");
        assertEquals("1 False False doc " + cache.resolve("opt_mod.pyvm-312.opt-1.pyc") + "\n",
            run(env(), "-O", dir.resolve("main.py").toString()).out());
        assertEquals("2 False False None " + cache.resolve("opt_mod.pyvm-312.opt-2.pyc") + "\n",
            run(env("PYTHONOPTIMIZE", "2"), dir.resolve("main.py").toString()).out());
        // The same source at level 0 (-E ignores PYTHONOPTIMIZE) is compiled again, not taken
        // from the JVM's cache of level 2.
        assertTrue(run(env("PYTHONOPTIMIZE", "2"), "-E", dir.resolve("main.py").toString()).err()
            .contains("AssertionError: asserts run"));
        assertTrue(Files.isRegularFile(cache.resolve("opt_mod.pyvm-312.pyc")));
        assertTrue(Files.isRegularFile(cache.resolve("opt_mod.pyvm-312.opt-1.pyc")));
        assertTrue(Files.isRegularFile(cache.resolve("opt_mod.pyvm-312.opt-2.pyc")));
    }

    @Test
    void cpythonRunsTheCacheFileWeWrite() throws Exception {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        Files.writeString(dir.resolve("shared_mod.py"), "def f(x):\n    return [i * x for i in range(3)]\n");
        Files.writeString(dir.resolve("main.py"), "import shared_mod\n");
        run(env(), dir.resolve("main.py").toString());
        Path pyc = dir.resolve("__pycache__/shared_mod.pyvm-312.pyc");
        Path copy = dir.resolve("copied.pyc");
        Files.copy(pyc, copy);
        Files.writeString(dir.resolve("check.py"), "import importlib.util, sys\n"
            + "spec = importlib.util.spec_from_file_location('copied', sys.argv[1])\n"
            + "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); print(m.f(2))\n");
        CPython.Result r = CPython.run(dir, "check.py", copy.toString());
        assertEquals("[0, 2, 4]\n", r.out(), r.err());
    }

    @Test
    void noCacheWithDashBOrEnvironmentOrUnwritableFolder() throws Exception {
        Files.writeString(dir.resolve("m1.py"), "X = 1\n");
        Files.writeString(dir.resolve("main.py"), "import sys, m1\nprint(m1.X, sys.dont_write_bytecode, "
            + "sys.flags.dont_write_bytecode)\n");
        assertEquals("1 True 1\n", run(env(), "-B", dir.resolve("main.py").toString()).out());
        assertFalse(Files.exists(dir.resolve("__pycache__")));
        assertEquals("1 True 1\n", run(env("PYTHONDONTWRITEBYTECODE", "1"), dir.resolve("main.py").toString()).out());
        assertFalse(Files.exists(dir.resolve("__pycache__")));
        // -E ignores PYTHONDONTWRITEBYTECODE.
        assertEquals("1 False 0\n", run(env("PYTHONDONTWRITEBYTECODE", "1"), "-E",
            dir.resolve("main.py").toString()).out());
        assertTrue(Files.exists(dir.resolve("__pycache__/m1.pyvm-312.pyc")));

        Path ro = Files.createDirectories(dir.resolve("ro"));
        Files.writeString(ro.resolve("m2.py"), "Y = 2\n");
        Files.writeString(ro.resolve("main.py"), "import m2\nprint(m2.Y)\n");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            InProcess.Result r = run(env(), ro.resolve("main.py").toString());
            assertEquals("2\n", r.out(), r.err());
            assertEquals("", r.err());
            assertEquals(0, r.status());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void pythonPathAndIsolation() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("onpath.py"), "WHO = 'lib'\n");
        Files.writeString(dir.resolve("main.py"), "import sys\ntry:\n    import onpath\n    print(onpath.WHO)\n"
            + "except ImportError as e:\n    print(type(e).__name__)\nprint(sys.path[0] == '' or sys.path[0])\n");
        assertEquals("lib\n" + dir + "\n", run(env("PYTHONPATH", lib.toString()), "-B",
            dir.resolve("main.py").toString()).out());
        assertEquals("ModuleNotFoundError\n" + dir + "\n", run(env("PYTHONPATH", lib.toString()), "-B", "-E",
            dir.resolve("main.py").toString()).out());
        // -I: no script folder, no environment.
        String isolated = run(env("PYTHONPATH", lib.toString()), "-I", dir.resolve("main.py").toString()).out();
        assertTrue(isolated.startsWith("ModuleNotFoundError\n"), isolated);
        assertNotEquals("ModuleNotFoundError\n" + dir + "\n", isolated);
        assertEquals("lib\nTrue\n", run(env("PYTHONPATH", lib.toString()), "-B", "-c",
            "import sys\nimport onpath\nprint(onpath.WHO)\nprint(sys.path[0] == '')").out());
    }

    @Test
    void dashM() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("runme"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("__main__.py"), "import sys\nprint(__name__, __spec__.name, __package__, "
            + "sys.argv[1:], sys.argv[0] == __file__)\n");
        Files.writeString(dir.resolve("plain.py"), "import sys\nprint(__name__, __spec__.name, repr(__package__), "
            + "sys.argv[0] == __file__, __file__.endswith('plain.py'))\n");
        // The folder comes in through PYTHONPATH: a test cannot change the JVM's current directory.
        Map<String, String> env = env("PYTHONPATH", dir.toString());
        InProcess.Result r = InProcess.run(env, "-B", "-m", "runme", "x", "y");
        assertEquals("__main__ runme.__main__ runme ['x', 'y'] True\n", r.out(), r.err());
        r = InProcess.run(env, "-B", "-m", "plain");
        assertEquals("__main__ plain '' True True\n", r.out(), r.err());
        r = InProcess.run(env, "-B", "-m", "no_such_module_here");
        assertEquals(Main.executable() + ": No module named no_such_module_here\n", r.err());
        assertEquals(1, r.status());
        // An uncaught exception's traceback starts in runpy's frames, as CPython's does.
        Files.writeString(dir.resolve("fails.py"), "try:\n    1/0\nexcept Exception:\n    raise ValueError('v')\n");
        r = InProcess.run(env, "-B", "-m", "fails");
        assertEquals(1, r.status());
        if (CPython.present()) {
            CPython.Result want = CPython.runWithPath(dir, dir.toString(), "-B", "-m", "fails");
            assertEquals(want.err(), r.err());
        }
        Files.createDirectories(dir.resolve("nomain"));
        Files.writeString(dir.resolve("nomain/__init__.py"), "");
        r = InProcess.run(env, "-B", "-m", "nomain");
        assertEquals(Main.executable() + ": No module named nomain.__main__; 'nomain' is a package and cannot be "
            + "directly executed\n", r.err());
    }

    @Test
    void withoutAStandardLibraryTheMessageSaysWhatToDo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("nolib"));
        Map<String, String> env = env("PYVM_STDLIB", null, "PATH", empty.toString(), "HOME", empty.toString(),
            "PYENV_ROOT", empty.toString());
        InProcess.Result r = run(env, "-B", "-c", "import sys\nprint(sys.path[1:])\nimport json");
        boolean systemLib = Files.isRegularFile(Path.of("/usr/lib/python3.12/os.py"))
            || Files.isRegularFile(Path.of("/usr/local/lib/python3.12/os.py"));
        assumeTrue(!systemLib, "a system-wide CPython 3.12 library is installed");
        assertEquals("[]\n", r.out());
        assertTrue(r.err().endsWith("ModuleNotFoundError: No module named 'json' (pyvm found no CPython 3.12 standard "
            + "library: install python3.12 or set PYVM_STDLIB)\n"), r.err());
    }

    @Test
    void stdlibFromEnvironmentOrOption() throws Exception {
        Path fake = Files.createDirectories(dir.resolve("fakelib"));
        Files.writeString(fake.resolve("os.py"), "FAKE = True\n");
        Files.writeString(fake.resolve("fakemod.py"), "WHERE = 'fakelib'\n");
        InProcess.Result r = run(env("PYVM_STDLIB", fake.toString()), "-B", "-S", "-c",
            "import sys, fakemod\nprint(fakemod.WHERE, sys.path[-1] == sys._stdlib_dir)");
        assertEquals("fakelib True\n", r.out(), r.err());
        r = run(env("PYVM_STDLIB", null), "-B", "-S", "-X", "stdlib=" + fake, "-c", "import fakemod\nprint(fakemod.WHERE)");
        assertEquals("fakelib\n", r.out(), r.err());
    }

    /**
     * Module NAME whose source prints 'B', with a hash-based pyc (checked or not) in
     * __pycache__ compiled from SOURCE_A; returns the main program importing it. (Each
     * case has a module of its own: within one JVM, code is also kept per source file.)
     */
    private String hashCase(String name, String sourceA, boolean checked) throws Exception {
        Files.writeString(dir.resolve(name + ".py"), "print('B')\n");
        byte[] a = sourceA.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path src = dir.resolve(name + ".py");
        var code = org.pyvm.compiler.Compiler.compileModule(org.pyvm.parser.Parser.parseFile(a, src.toString()),
            src.toString());
        Files.createDirectories(dir.resolve("__pycache__"));
        Files.write(dir.resolve("__pycache__/" + name + ".pyvm-312.pyc"),
            new Pyc(Pyc.Header.hashBased(a, checked), code).toBytes());
        Path main = dir.resolve("main_" + name + ".py");
        Files.writeString(main, "import " + name + "\n");
        return main.toString();
    }

    @Test
    void hashBasedPycs() throws Exception {
        // Checked: the hash does not match the source, so the source is compiled again.
        assertEquals("B\n", run(env(), "-B", hashCase("hb1", "print('A')\n", true)).out());
        assertEquals("A\n", run(env(), "-B", "--check-hash-based-pycs", "never",
            hashCase("hb2", "print('A')\n", true)).out());
        // Unchecked: trusted as it is, unless --check-hash-based-pycs always.
        assertEquals("A\n", run(env(), "-B", hashCase("hb3", "print('A')\n", false)).out());
        assertEquals("B\n", run(env(), "-B", "--check-hash-based-pycs", "always",
            hashCase("hb4", "print('A')\n", false)).out());
        // A checked pyc of the same source is used.
        assertEquals("B\n", run(env(), "-B", hashCase("hb5", "print('B')\n", true)).out());
        assertEquals("always\n", run(env(), "-B", "--check-hash-based-pycs", "always", "-c",
            "import _imp; print(_imp.check_hash_based_pycs)").out());
    }

    @Test
    void replacedImportFunctionIsCalled() throws Exception {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        Files.writeString(dir.resolve("hook.py"), """
            import builtins
            orig = builtins.__import__
            seen = []
            def hook(name, globals=None, locals=None, fromlist=(), level=0):
                seen.append((name, fromlist, level, locals is None))
                return orig(name, globals, locals, fromlist, level)
            builtins.__import__ = hook
            import sys
            from sys import path
            def f():
                import math
            f()
            builtins.__import__ = orig
            import time
            print(seen)
            del builtins.__import__
            try:
                import math
            except ImportError as e:
                print(repr(e))
            """);
        CPython.Result want = CPython.run(dir, "-B", "hook.py");
        InProcess.Result got = run(env(), "-B", dir.resolve("hook.py").toString());
        assertEquals(want.out(), got.out(), got.err());
    }
}
