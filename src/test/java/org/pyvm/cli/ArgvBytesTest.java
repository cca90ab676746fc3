package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Launcher;

/**
 * Command-line arguments that are not valid UTF-8 reach sys.argv as CPython decodes them
 * (surrogateescape, also in the C locale) and go to a child byte for byte, with pyvm as the
 * child of CPython and of pyvm; a -c command that UTF-8 cannot encode fails as CPython's, and
 * its coding declaration is ignored; -R and -X pycache_prefix / PYTHONPYCACHEPREFIX; a script
 * whose name and working directory are not UTF-8.
 */
class ArgvBytesTest {

    @TempDir
    Path dir;

    private static final String PROGRAM = """
        import os, subprocess, sys
        exe = sys.argv[1]
        arg = b'\\xff\\xc3\\xff\\xc3\\xa9\\xed\\xa0\\x80\\xfd\\xbf\\xbf\\xbb\\xba\\xba'
        code = 'import os, sys; print(ascii(sys.argv[1:]), [os.fsencode(a) for a in sys.argv[1:]])'
        for extra in ({}, {'LC_ALL': 'C'}, {'PYTHONUTF8': '1'}):
            env = dict(os.environ, **extra)
            print(subprocess.run([exe, '-c', code, arg, 'e\\u00e9\\u20ac\\U0010ffff'.encode()], env=env,
                                 capture_output=True).stdout)
        env = dict(os.environ, LC_ALL='C', PYTHONCOERCECLOCALE='0')
        p = subprocess.run([exe, '-c', b'print(ascii("\\xff"))'], env=env, capture_output=True)
        print(p.returncode, p.stdout, p.stderr)
        p = subprocess.run([exe, '-c', "# coding: latin1\\nprint(ascii('\\xe6'))"], capture_output=True)
        print(p.returncode, p.stdout, p.stderr)
        flags = 'import sys; print(sys.flags.hash_randomization, sys.pycache_prefix)'
        for opts, extra in (([], {'PYTHONHASHSEED': '0'}), (['-R'], {'PYTHONHASHSEED': '0'}),
                            (['-X', 'pycache_prefix=bar'], {'PYTHONPYCACHEPREFIX': 'foo'}),
                            ([], {'PYTHONPYCACHEPREFIX': 'foo'}), (['-E'], {'PYTHONPYCACHEPREFIX': 'foo'}),
                            (['-X', 'pycache_prefix'], {})):
            env = dict(os.environ, **extra)
            print(opts, subprocess.run([exe, *opts, '-c', flags], env=env, capture_output=True).stdout)
        import shutil, tempfile
        top = tempfile.mkdtemp()
        d = os.path.join(os.fsencode(top), b'dir-\\xff')
        os.mkdir(d)
        with open(os.path.join(d, b's\\xe9.py'), 'w') as f:
            f.write('import os, sys\\nprint(ascii(os.path.basename(__file__)), ascii(os.path.basename(os.getcwd())), '
                    'os.getcwdb().endswith(b"-\\\\xff"), sorted(os.listdir(".")), ascii(sys.path[0][-5:]))\\n')
        for name in (b's\\xe9.py', b'missing\\xe9.py'):
            p = subprocess.run(['/bin/sh', '-c', 'cd "$1" && exec "$2" "$3"', 'sh', d, exe, name], capture_output=True)
            print(p.returncode, p.stdout, p.stderr.split(b': ', 1)[-1].replace(os.fsencode(top), b'TOP'))
        shutil.rmtree(top)
        """;

    @Test
    void argumentsKeepTheirBytes() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12 found: the command line is not compared");
        Path prog = dir.resolve("argv_bytes.py");
        Files.writeString(prog, PROGRAM);
        Path launcher = Launcher.write(dir);
        String cpython = CPython.find().orElseThrow().toString();
        String want = Launcher.runMerged(List.of(cpython, prog.toString(), cpython), dir, 120);
        assertEquals(want, Launcher.runMerged(List.of(cpython, prog.toString(), launcher.toString()), dir, 120),
            "CPython parent, pyvm child");
        assertEquals(want, Launcher.runMerged(List.of(launcher.toString(), prog.toString(), launcher.toString()), dir, 120),
            "pyvm parent, pyvm child");
    }
}
