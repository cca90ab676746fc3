package org.pyvm.runtime;

import java.nio.file.Path;

/**
 * pyvm's working directory. The JVM cannot change its own, so {@code os.chdir} sets this
 * one and everything that takes a relative file name (the posix functions, the import
 * system's search of sys.path) resolves it here. Each run starts at the JVM's directory.
 */
public final class WorkingDir {

    private WorkingDir() {}

    /**
     * The directory, in a holder: a subinterpreter (a copy of pyvm in a class loader of its
     * own) takes its creator's holder ({@link #share}), so that os.chdir in one interpreter
     * is seen by all, as the process's directory is in CPython.
     */
    private static volatile java.util.concurrent.atomic.AtomicReference<Path> cwd =
        new java.util.concurrent.atomic.AtomicReference<>(start());

    /** The working directory at the start of a run. */
    public static void reset() {
        cwd = new java.util.concurrent.atomic.AtomicReference<>(start());
    }

    /** The holder of the directory, for a subinterpreter to share. */
    public static Object holder() {
        return cwd;
    }

    /** Uses HOLDER (another interpreter's {@link #holder}) from now on. */
    @SuppressWarnings("unchecked")
    public static void share(Object holder) {
        cwd = (java.util.concurrent.atomic.AtomicReference<Path>) holder;
    }

    /**
     * The JVM's working directory. Its user.dir property is text the JVM decoded, with
     * U+FFFD for bytes that are not UTF-8; then the kernel's link /proc/self/cwd gives
     * the exact name (a Java path keeps the bytes it was read from).
     */
    public static Path start() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        if (p.toString().indexOf('\ufffd') >= 0) {
            try {
                return java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/cwd"));
            } catch (java.io.IOException | RuntimeException e) {
                // no /proc: the JVM's name is all there is
            }
        }
        return p;
    }

    /** The current working directory (absolute). */
    public static Path get() {
        return cwd.get();
    }

    public static void set(Path p) {
        cwd.set(p);
    }
}
