package org.pyvm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.SysConfig;

/**
 * A {@code ._pth} file beside the executable (EXECUTABLE + "._pth", for the path the launcher
 * was started by, then for its real path): its lines are sys.path, relative ones taken from
 * the file's folder; "import site" asks for site; blank lines and # comments are skipped.
 * Its presence means isolated mode: no environment for the paths, safe path (no script
 * folder), no site unless asked, and the file's folder as sys.prefix. Compare CPython Modules/getpath.py: "DETECT _pth FILE" and
 * "SET pythonpath FROM _PTH FILE".
 */
final class PthFile {

    private final List<String> paths = new ArrayList<>();
    private boolean importSite;
    /** The file's folder: getpath's home, hence sys.prefix and sys.exec_prefix. */
    private final Path dir;

    private PthFile(Path dir) {
        this.dir = dir;
    }

    /** The ._pth file of EXECUTABLE or of its real path, read; null when there is none. */
    static PthFile find(String executable) {
        if (executable == null || executable.indexOf('/') < 0) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        Path given = Path.of(executable + "._pth");
        candidates.add(given);
        try {
            Path real = Path.of(Path.of(executable).toRealPath() + "._pth");
            if (!real.equals(given)) {
                candidates.add(real);
            }
        } catch (IOException | RuntimeException e) {
            // no real path: only the first candidate
        }
        for (Path p : candidates) {
            // Asked first, so that the usual case (no file) costs a stat, not a thrown
            // NoSuchFileException: this runs at every start-up.
            if (!Files.isRegularFile(p)) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(p, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            Path dir = p.toAbsolutePath().getParent();
            PthFile f = new PthFile(dir);
            for (String raw : lines) {
                int hash = raw.indexOf('#');
                String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.equals("import site")) {
                    f.importSite = true;
                } else if (line.startsWith("import ")) {
                    System.err.println("unsupported 'import' line in ._pth file");
                } else {
                    f.paths.add(dir.resolve(line).normalize().toString());
                }
            }
            return f;
        }
        return null;
    }

    /** The file's settings over CONFIG (whose path the caller has emptied). */
    void apply(SysConfig c) {
        c.isolated = true;
        c.ignoreEnvironment = true;
        c.safePath = true;
        c.noSite = !importSite;
        c.prefix = dir.toString();
        c.execPrefix = c.prefix;
        c.path.clear();
        c.path.addAll(paths);
    }
}
