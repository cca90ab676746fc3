package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;

/**
 * compile(), exec() and eval() of source text through the runtime's SourceCompilation
 * bridge, each program compared with what CPython 3.12 prints for it.
 */
class CompileBuiltinsTest {

    @TempDir
    Path dir;

    private void sameAsCPython(String program, String... options) throws Exception {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        Path f = dir.resolve("prog.py");
        Files.writeString(f, program);
        String[] args = new String[options.length + 2];
        args[0] = "-B";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = f.toString();
        CPython.Result want = CPython.run(dir, args);
        InProcess.Result got = InProcess.run(args);
        assertEquals(want.out(), got.out(), "stdout");
        assertEquals(want.err(), got.err(), "stderr");
        assertEquals(want.status(), got.status(), "status");
    }

    @Test
    void modesAndValues() throws Exception {
        sameAsCPython("""
            print(eval('1 + 2'), eval(' \\t 7'), eval(b'3 * 3'), eval('x', {'x': 1}, {'x': 2}))
            exec(compile('1 + 1\\n', 's', 'single'))
            exec(compile('if 1:\\n  y = 4\\n  y\\n  None\\n  "s"\\n', 's', 'single'))
            print(_)
            c = compile('a + 1', 'f.py', 'eval')
            print(c.co_filename, c.co_name, eval(c, {'a': 41}))
            g = {}
            print(exec('z = 3', g), g['z'], type(g['__builtins__']).__name__)
            def f():
                v = 5
                return eval('v * 2')
            print(f())
            print(compile('x', 'f', 'exec', dont_inherit=True).co_flags)
            """);
    }

    /** -O, -OO and compile()'s optimize argument: asserts, __debug__, docstrings, sys.flags. */
    private static final String OPTIMIZE_PROGRAM = """
        'module doc'
        import sys
        def f(x):
            'f doc'
            assert x, 'f asserts'
            return __debug__
        def run(thunk):
            try:
                return thunk()
            except AssertionError as e:
                return 'AssertionError: %s' % e
        print(sys.flags.optimize, __debug__, __doc__, f.__doc__, run(lambda: f(0)))
        for o in (-1, 0, 1, 2):
            ns = {}
            src = "'d'\\nclass C:\\n  'c'\\nv = __debug__\\nassert 0, 'a'\\n"
            print(o, run(lambda: exec(compile(src, 's', 'exec', optimize=o), ns)), ns.get('__doc__'),
                  ns['C'].__doc__, ns['v'])
        """;

    @Test
    void optimizeLevels() throws Exception {
        sameAsCPython(OPTIMIZE_PROGRAM);
        sameAsCPython(OPTIMIZE_PROGRAM, "-O");
        sameAsCPython(OPTIMIZE_PROGRAM, "-OO");
    }

    @Test
    void errors() throws Exception {
        sameAsCPython("""
            def show(thunk):
                try:
                    thunk()
                except BaseException as e:
                    print(type(e).__name__, e, getattr(e, 'lineno', '-'), getattr(e, 'offset', '-'),
                          repr(getattr(e, 'text', '-')))
            show(lambda: exec('1 +'))
            show(lambda: exec('x = = 1'))
            show(lambda: compile('a\\0', 'f', 'exec'))
            show(lambda: compile('a', 'f', 'exex'))
            show(lambda: compile('a', 'f', 'exec', 0x8000000))
            show(lambda: compile('a', 'f', 'exec', optimize=3))
            show(lambda: compile('a', 3, 'exec'))
            show(lambda: compile(3, 'f', 'exec'))
            show(lambda: compile('\\ud800', 'f', 'exec'))
            show(lambda: eval(3))
            show(lambda: exec(3))
            show(lambda: eval('1', []))
            show(lambda: exec('1', []))
            show(lambda: exec('1', {}, 3))
            show(lambda: eval('1', {}, 3))
            show(lambda: exec('x', globals={}))
            show(lambda: compile('if 1:\\n\\tx\\n        y\\n', '<t>', 'exec'))
            show(lambda: compile('def f(a, a): pass', '<d>', 'exec'))
            show(lambda: compile('1\\n2\\n', 's', 'single'))
            show(lambda: exec('return 5'))
            e = SyntaxError('m', ('file.py', 3, 2, 'abc\\n', 3, 3))
            print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
            print(SyntaxError('only'), SyntaxError().msg)
            exec('def g():\\n    return 1 +\\n')
            """);
    }

    /** The _imp module's answers that do not depend on frozen or extension modules. */
    @Test
    void impModule() throws Exception {
        sameAsCPython("""
            import _imp, sys
            print(_imp.is_builtin('sys'), _imp.is_builtin('builtins'), _imp.is_builtin('_imp'),
                  _imp.is_builtin('no_such'), _imp.is_frozen('no_such'), _imp.lock_held(), _imp.check_hash_based_pycs,
                  _imp.find_frozen('no_such'))
            print(_imp.source_hash(3531, b'abc'), _imp.source_hash(key=7, source=b''))
            for f in [lambda: _imp.is_frozen_package('no_such'), lambda: _imp.release_lock()]:
                try:
                    f()
                except Exception as e:
                    print(repr(e))
            _imp.acquire_lock(); print(_imp.lock_held()); _imp.release_lock(); print(_imp.lock_held())
            class S:
                name = 'sys'
            print(_imp.create_builtin(S) is sys)
            """);
    }
}
