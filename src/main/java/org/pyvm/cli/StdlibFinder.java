package org.pyvm.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds CPython 3.12's pure-Python standard library ({@code Lib/}, installed as
 * {@code PREFIX/lib/python3.12}) without starting a process, so that start-up stays
 * fast. In this order: the environment variable {@code PYVM_STDLIB}, the option
 * {@code -X stdlib=DIR}, the {@code python3.12} on {@code PATH} (symbolic links
 * resolved, then {@code PREFIX/lib/python3.12}), pyenv's versions
 * ({@code $PYENV_ROOT} or {@code ~/.pyenv}, {@code versions/3.12*}, newest first),
 * {@code /usr/lib/python3.12}, {@code /usr/local/lib/python3.12}. A folder counts when it
 * holds {@code os.py}. Only the pure-Python files are used: pyvm never loads
 * {@code lib-dynload} or any {@code .so}.
 */
final class StdlibFinder {

    private StdlibFinder() {}

    static final String VERSION_DIR = "python3.12";

    /** The hint added to "No module named X" when nothing was found. */
    static final String MISSING_HINT =
        "pyvm found no CPython 3.12 standard library: install python3.12 or set PYVM_STDLIB";

    /** The library folder, or null. */
    static Path find(Map<String, String> env, List<String> xOptions) {
        for (Path p : candidates(env, xOptions)) {
            if (p != null && Files.isRegularFile(p.resolve("os.py"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    private static List<Path> candidates(Map<String, String> env, List<String> xOptions) {
        List<Path> c = new ArrayList<>();
        String v = env.get("PYVM_STDLIB");
        if (v != null && !v.isEmpty()) {
            c.add(Path.of(v));
        }
        for (String x : xOptions) {
            if (x.startsWith("stdlib=")) {
                c.add(Path.of(x.substring("stdlib=".length())));
            }
        }
        String path = env.get("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path exe = Path.of(dir, VERSION_DIR);
                if (Files.isRegularFile(exe)) {
                    try {
                        Path real = exe.toRealPath();
                        Path prefix = real.getParent() == null ? null : real.getParent().getParent();
                        if (prefix != null) {
                            c.add(prefix.resolve("lib").resolve(VERSION_DIR));
                        }
                    } catch (IOException | SecurityException e) {
                        // An unreadable link: try the next candidate.
                    }
                }
            }
        }
        String pyenv = env.get("PYENV_ROOT");
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        Path root = pyenv != null && !pyenv.isEmpty() ? Path.of(pyenv) : home == null ? null : Path.of(home, ".pyenv");
        if (root != null && Files.isDirectory(root.resolve("versions"))) {
            List<Path> versions = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(root.resolve("versions"), "3.12*")) {
                ds.forEach(versions::add);
            } catch (IOException e) {
                // No pyenv versions to offer.
            }
            versions.sort((a, b) -> compareVersions(b.getFileName().toString(), a.getFileName().toString()));
            for (Path ver : versions) {
                c.add(ver.resolve("lib").resolve(VERSION_DIR));
            }
        }
        c.add(Path.of("/usr/lib", VERSION_DIR));
        c.add(Path.of("/usr/local/lib", VERSION_DIR));
        return c;
    }

    /** Compares version names such as 3.12.1 and 3.12.10 number by number. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[.]");
        String[] y = b.split("[.]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "";
            String q = i < y.length ? y[i] : "";
            int r = p.matches("\\d+") && q.matches("\\d+") ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q))
                : p.compareTo(q);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
}
