package org.pyvm.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The reference CPython 3.12, found by tests/cpython312, for tests that use it as the
 * oracle. Tests call {@link #require()} inside an assumption so that they report
 * themselves skipped on a machine without one.
 */
public final class CPython {

    private static Optional<Path> found;

    private CPython() {}

    /** The interpreter, or empty when this machine has no CPython 3.12. */
    public static synchronized Optional<Path> find() {
        if (found == null) {
            found = Optional.empty();
            try {
                Process p = new ProcessBuilder(Golden.root().resolve("tests/cpython312").toString(), "--which")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() == 0 && !out.isEmpty()) {
                    found = Optional.of(Path.of(out));
                }
            } catch (IOException | InterruptedException e) {
                found = Optional.empty();
            }
        }
        return found;
    }

    public static boolean present() {
        return find().isPresent();
    }

    /** What a finished process printed and returned. */
    public record Result(String out, String err, int status) {}

    /** Runs CPython 3.12 with ARGS in DIR, as tests/regen does (PYTHONHASHSEED=0). */
    public static Result run(Path dir, String... args) throws IOException, InterruptedException {
        return runWithPath(dir, null, args);
    }

    /**
     * {@link #run} with PYTHONPATH set to PYTHON_PATH (null: unset), for a program run from
     * elsewhere that imports modules beside its source.
     */
    public static Result runWithPath(Path dir, String pythonPath, String... args)
        throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(find().orElseThrow().toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.remove("PYTHONPATH");
        if (pythonPath != null) {
            env.put("PYTHONPATH", pythonPath);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        var err = p.getErrorStream();
        var errBytes = new java.util.concurrent.CompletableFuture<byte[]>();
        Thread.ofVirtual().start(() -> {
            try {
                errBytes.complete(err.readAllBytes());
            } catch (IOException e) {
                errBytes.completeExceptionally(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("CPython timed out: " + cmd);
        }
        try {
            return new Result(out, new String(errBytes.get(), StandardCharsets.UTF_8), p.exitValue());
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
