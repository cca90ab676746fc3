package org.pyvm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A pyvm that other processes can start, for tests where pyvm is a child (of CPython or of
 * pyvm): a shell script running this build's classes as bin/pyvm runs the jar, with
 * sys.executable naming the script so that pyvm's own children are pyvm too.
 */
public final class Launcher {

    private Launcher() {}

    /** Writes the script into DIR and returns its path. */
    public static Path write(Path dir) throws IOException {
        Path launcher = dir.resolve("pyvm-launcher");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // -Xss64m, --enable-native-access, --add-opens (file names that are not UTF-8) and Unsafe's
        // memory access (runtime.ArrayStore) as bin/pyvm gives them.
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -Xss64m --enable-native-access=ALL-UNNAMED"
            + " --add-opens=java.base/sun.nio.fs=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
            + " -Dpyvm.executable='" + launcher + "' -cp '" + Golden.root().resolve("target/classes")
            + "' org.pyvm.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    /**
     * The command that runs CODE (as -c does) on this build's classes in a JVM of its own,
     * with pyvm's native access and the JVM's own logging off.
     */
    public static List<String> pyvmCode(String code) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xlog:disable", "--enable-native-access=ALL-UNNAMED", "-cp",
            Golden.root().resolve("target/classes").toString(), "org.pyvm.cli.Main", "-c", code);
    }

    /**
     * Runs COMMAND in CWD with an empty standard input and returns its standard output and
     * error, merged, followed by "returncode N". Output is read while the process runs, so a
     * full pipe cannot stall it; after TIMEOUT_SECONDS the process and its children are killed.
     */
    public static String runMerged(List<String> command, Path cwd, long timeoutSeconds) throws Exception {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8) + "returncode " + p.exitValue() + "\n";
    }
}
