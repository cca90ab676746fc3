package org.pyvm.runtime;

import java.nio.file.Path;

/**
 * pyvm's working directory. The JVM cannot change its own, so {@code os.chdir} sets this
 * one and everything that takes a relative file name (the posix functions, the import
 * system's search of sys.path) resolves it here. Each run starts at the JVM's directory.
 */
public final class WorkingDir {

    private WorkingDir() {}

    private static volatile Path cwd = Path.of("").toAbsolutePath();

    /** The working directory at the start of a run. */
    public static void reset() {
        cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    }

    /** The current working directory (absolute). */
    public static Path get() {
        return cwd;
    }

    public static void set(Path p) {
        cwd = p;
    }
}
