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
 * multiprocessing with the 'spawn' start method (pyvm has no fork): children are pyvm
 * processes started from sys.executable, sharing pipes, POSIX semaphores (SemLock) and
 * shared memory (sharedctypes) with the parent. pyvm runs as processes of its own, through
 * a launcher script that names itself as sys.executable, and prints what CPython 3.12
 * prints for the same program.
 */
class MultiprocessingSpawnTest {

    @TempDir
    Path dir;

    private static final String PROGRAM = """
        import multiprocessing as mp, concurrent.futures as cf, sys

        def square(x):
            return x * x

        def fail(x):
            raise ValueError('bad %d' % x)

        def child(q, v, lock, arr):
            with lock:
                v.value += 10
            arr[0] = 7.5
            q.put(('child', v.value, mp.current_process().name))

        def leave(code):
            sys.exit(code)

        if __name__ == '__main__':
            mp.set_start_method('spawn')
            q = mp.Queue()
            v = mp.Value('i', 1)
            lock = mp.Lock()
            arr = mp.Array('d', [0.0, 1.0])
            p = mp.Process(target=child, args=(q, v, lock, arr), name='kid')
            p.start()
            print(q.get(timeout=120))
            p.join()
            print('exitcode', p.exitcode, 'value', v.value, 'array', arr[:])
            p = mp.Process(target=leave, args=(3,))
            p.start()
            p.join()
            print('exitcode', p.exitcode)
            with mp.Pool(2) as pool:
                print(pool.map(square, range(8)))
                try:
                    pool.apply(fail, (4,))
                except ValueError as e:
                    print('ValueError', e)
            with cf.ProcessPoolExecutor(2, mp_context=mp.get_context('spawn')) as ex:
                print(list(ex.map(square, range(5))))
            s = mp.Semaphore(2)
            print(s.acquire(), s.acquire(), s.acquire(timeout=0.05), s.get_value())
        """;

    @Test
    void spawnStartMethodMatchesCPython() throws Exception {
        assertSameAsCPython("mp_spawn.py", PROGRAM);
    }

    /** PROGRAM, written to NAME, prints the same under pyvm (its own processes) as under CPython. */
    private void assertSameAsCPython(String name, String program) throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12 found: multiprocessing is not compared");
        Path prog = dir.resolve(name);
        Files.writeString(prog, program);
        Path launcher = Launcher.write(dir);
        String want = Launcher.runMerged(List.of(CPython.find().orElseThrow().toString(), prog.toString()), dir, 300);
        String got = Launcher.runMerged(List.of(launcher.toString(), prog.toString()), dir, 300);
        assertEquals(want, got);
    }

    /** With no start method set: pyvm's default is 'spawn' (no os.fork), CPython's 'fork'; the results agree. */
    private static final String DEFAULT_PROGRAM = """
        import multiprocessing as mp, concurrent.futures as cf

        def square(x):
            return x * x

        if __name__ == '__main__':
            with mp.Pool(2) as pool:
                print(pool.map(square, range(6)))
            with cf.ProcessPoolExecutor(2) as ex:
                print(list(ex.map(square, range(4))))
            print(mp.get_start_method() in mp.get_all_start_methods())
        """;

    @Test
    void defaultStartMethodWorks() throws Exception {
        assertSameAsCPython("mp_default.py", DEFAULT_PROGRAM);
    }
}
