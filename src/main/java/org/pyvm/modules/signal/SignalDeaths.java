package org.pyvm.modules.signal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A pyvm child's death by a signal it sent itself (an uncaught KeyboardInterrupt ends
 * by SIGINT), told to a pyvm parent. The JDK reaps children itself and reports one killed
 * by signal N as exit code 128 + N, the same as {@code exit(128 + N)}, so a pyvm parent
 * could not give CPython's returncode -N. So just before it kills itself, a pyvm process
 * whose parent is pyvm leaves a note named after its pid, holding the parent's pid and N;
 * the parent's wait takes the note when the child ends with 128 + N
 * (posix.Children.status). Notes live in a folder of the user's under java.io.tmpdir.
 */
public final class SignalDeaths {

    private SignalDeaths() {}

    private static Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "pyvm-" + System.getProperty("user.name"),
            "signal-deaths");
    }

    /** Whether the parent process is pyvm: a JVM running the main class PARENT_MAIN; it will take the note. */
    private static boolean parentIsPyvm(String parentMain) {
        return ProcessHandle.current().parent()
            .flatMap(p -> p.info().arguments())
            .map(args -> java.util.Arrays.asList(args).contains(parentMain))
            .orElse(false);
    }

    /** Leaves the note that this process is about to die by SIG, when its parent is pyvm (runs PARENT_MAIN). */
    static void announce(int sig, String parentMain) {
        if (!parentIsPyvm(parentMain)) {
            return;
        }
        try {
            Path dir = folder();
            Files.createDirectories(dir);
            ProcessHandle self = ProcessHandle.current();
            long parent = self.parent().map(ProcessHandle::pid).orElse(0L);
            Files.writeString(dir.resolve(Long.toString(self.pid())), parent + " " + sig, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            // Without the note the parent sees exit status 128 + SIG.
        }
    }

    /**
     * The signal that killed child PID of this process, from its note (which goes), or 0
     * when it left none for this parent or none for that signal.
     */
    public static int take(long pid, int sig) {
        Path note = folder().resolve(Long.toString(pid));
        try {
            String[] s = Files.readString(note, StandardCharsets.US_ASCII).strip().split(" ");
            Files.deleteIfExists(note);
            return s.length == 2 && Long.parseLong(s[0]) == ProcessHandle.current().pid()
                && Integer.parseInt(s[1]) == sig ? sig : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
