package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;
import org.pyvm.testing.Golden;

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

    private static String run(List<String> command, Path cwd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        java.util.concurrent.CompletableFuture<byte[]> out = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8) + "returncode " + p.exitValue() + "\n";
    }

    @Test
    void spawnStartMethodMatchesCPython() throws Exception {
        assumeTrue(CPython.present(), "no CPython 3.12 found: multiprocessing is not compared");
        Path prog = dir.resolve("mp_spawn.py");
        Files.writeString(prog, PROGRAM);
        Path launcher = dir.resolve("pyvm-launcher");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -Xss64m --enable-native-access=ALL-UNNAMED --add-opens=java.base/sun.nio.fs=ALL-UNNAMED"
            + " -Dpyvm.executable='" + launcher + "' -cp '" + Golden.root().resolve("target/classes")
            + "' org.pyvm.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        String want = run(List.of(CPython.find().orElseThrow().toString(), prog.toString()), dir);
        String got = run(List.of(launcher.toString(), prog.toString()), dir);
        assertEquals(want, got);
    }
}
