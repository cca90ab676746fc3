package org.pyvm.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs one pyvm command line in this JVM (on a thread with a large stack) and collects what it wrote. */
final class InProcess {

    private InProcess() {}

    record Result(String out, String err, int status) {}

    static Result run(String... args) throws InterruptedException {
        return run(System.getenv(), args);
    }

    static Result run(java.util.Map<String, String> env, String... args) throws InterruptedException {
        return run(60_000, env, args);
    }

    /** As {@link #run(java.util.Map, String...)}, waiting up to TIMEOUT_MS. */
    static Result run(long timeoutMs, java.util.Map<String, String> env, String... args) throws InterruptedException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
        int[] status = {-1};
        Thread t = new Thread(null, () -> status[0] = Main.run(args, env, new ByteArrayInputStream(new byte[0]), out, err),
            "in-process", 1L << 28);
        t.start();
        t.join(timeoutMs);
        return new Result(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), status[0]);
    }
}
