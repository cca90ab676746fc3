package org.pyvm.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workload bin/pyvm records the JVM's AOT cache with ({@code -XX:AOTCacheOutput}): a
 * class the training run never loads is read from the jar at every later start, and the
 * first such read opens the jar (its central directory scanned in the bytecode
 * interpreter). One JVM runs three command lines in turn, as {@link Main#run} runs them
 * for tests: {@code bin/aot-train.py SCRATCH.pyc}, which imports the common modules and
 * writes a small program as a .pyc file; that .pyc file (what bench/run times: the
 * program's .pyc loaded by interp.PycLoader); and {@code -c} (the command's own path).
 * Arguments: the training script and the scratch .pyc path (deleted afterwards).
 */
public final class AotTraining {

    private AotTraining() {}

    public static void main(String[] args) throws InterruptedException {
        String script = args[0];
        String pyc = args[1];
        org.pyvm.runtime.Hashing.seed(RunCommand.hashSeed(args, System.getenv()));
        org.pyvm.modules.signal.SignalModule.installSigint();
        Main.runOnThread(new String[] {script, pyc});
        if (Files.isRegularFile(Path.of(pyc))) {
            Main.runOnThread(new String[] {pyc});
        }
        Main.runOnThread(new String[] {"-c", "import sys; print(len(sys.argv), sum(i * i for i in range(100)))"});
        System.out.flush();
        try {
            Files.deleteIfExists(Path.of(pyc));
        } catch (java.io.IOException e) {
            // a scratch file left in target/ does no harm
        }
        // The way Main ends, so that ProcessExit is in the cache too (a class read from the jar
        // at exit opens it); the JVM writes the cache on halt as on exit.
        System.err.flush();
        org.pyvm.runtime.ProcessExit.exit(0);
    }
}
