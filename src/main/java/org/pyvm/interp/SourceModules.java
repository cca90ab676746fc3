package org.pyvm.interp;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.MarshalException;
import org.pyvm.bytecode.Pyc;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.SourceCompilation;

/**
 * Modules on the file system: finding {@code NAME.py}, {@code NAME/__init__.py},
 * {@code NAME.pyc} or a namespace package in a list of folders (CPython's FileFinder
 * order: a package folder first, then the source file, then a sourceless {@code .pyc}),
 * and the code of a source module: from {@code __pycache__/NAME.pyvm-312.pyc} when its
 * header matches the source's mtime and size (or hash), else compiled by pyvm's
 * compiler and written there atomically unless {@code sys.dont_write_bytecode}. The
 * unmarshalled code is also kept per JVM, keyed by path, mtime and size, so that
 * programs run one after another in one JVM (the golden tests) read each module once
 * (so within one JVM an unchanged source keeps the code it compiled to, even where
 * CPython would trust a stale unchecked hash-based pyc).
 * Compare CPython Lib/importlib/_bootstrap_external.py: FileFinder.find_spec,
 * SourceLoader.get_code, _validate_timestamp_pyc, _write_atomic, cache_from_source.
 */
public final class SourceModules {

    private SourceModules() {}

    /** sys.implementation.cache_tag: the {@code __pycache__} file names. */
    public static final String CACHE_TAG = "pyvm-312";

    /** Why a top-level import found nothing, added to "No module named X" (null: nothing to add). */
    private static volatile String missingHint;

    /**
     * Called at start-up when no CPython 3.12 standard library was found: a top-level
     * import that fails then says what to install or set.
     */
    public static void setMissingStdlibHint(String hint) {
        missingHint = hint;
    }

    /** --check-hash-based-pycs: "default", "always" or "never" (_imp.check_hash_based_pycs). */
    private static volatile String checkHashBasedPycs = "default";

    public static void setCheckHashBasedPycs(String mode) {
        checkHashBasedPycs = mode;
    }

    static String missingHint() {
        return missingHint;
    }

    /** What was found for a name. */
    enum Kind { SOURCE, SOURCELESS, NAMESPACE }

    /** A module's file (or a namespace package's folders). PKG_DIR is the package's folder, null for a module. */
    record Found(Kind kind, Path file, Path pkgDir, List<Path> portions) {}

    /** Looks for module LAST in DIRS (sys.path or a package's __path__), directories only. */
    static Found find(String last, List<String> dirs) {
        List<Path> portions = new java.util.ArrayList<>();
        for (String entry : dirs) {
            Found f = findIn(last, entry, portions);
            if (f != null) {
                return f;
            }
        }
        return portions.isEmpty() ? null : new Found(Kind.NAMESPACE, null, null, portions);
    }

    /**
     * Looks for module LAST in the directory ENTRY: its package or module file, or null;
     * a directory without __init__ is added to PORTIONS (a namespace package's portion).
     * Compare _bootstrap_external.py: FileFinder.find_spec.
     */
    static Found findIn(String last, String entry, List<Path> portions) {
        if (last.indexOf('\0') >= 0 || entry.indexOf('\0') >= 0) {
            // No file has such a name: FileFinder looks names up in its directory listing.
            return null;
        }
        Path dir = directory(entry);
        Path pkg = dir.resolve(last);
        if (Files.isDirectory(pkg)) {
            Path init = pkg.resolve("__init__.py");
            if (Files.isRegularFile(init)) {
                return new Found(Kind.SOURCE, init, pkg, null);
            }
            Path initc = pkg.resolve("__init__.pyc");
            if (Files.isRegularFile(initc)) {
                return new Found(Kind.SOURCELESS, initc, pkg, null);
            }
        }
        // A module beside a directory without __init__ wins: the directory is only a
        // namespace portion when no module file is there (FileFinder.find_spec).
        Path py = dir.resolve(last + ".py");
        if (Files.isRegularFile(py)) {
            return new Found(Kind.SOURCE, py, null, null);
        }
        Path pyc = dir.resolve(last + ".pyc");
        if (Files.isRegularFile(pyc)) {
            return new Found(Kind.SOURCELESS, pyc, null, null);
        }
        if (Files.isDirectory(pkg)) {
            portions.add(pkg);
        }
        return null;
    }

    /**
     * The folder a sys.path entry names, absolute: '' and '.' are the working directory
     * (pyvm's, which os.chdir moves), a relative entry is taken from it after dropping
     * leading "./". Compare _bootstrap_external.py: FileFinder.__init__, _path_abspath.
     */
    static Path directory(String entry) {
        Path cwd = org.pyvm.runtime.WorkingDir.get();
        if (entry.isEmpty() || entry.equals(".")) {
            return cwd;
        }
        String e = entry;
        while (e.startsWith("./")) {
            e = e.substring(2);
        }
        return cwd.resolve(e);
    }

    /**
     * cache_from_source: DIR/__pycache__/STEM.pyvm-312.pyc for DIR/STEM.py, or
     * STEM.pyvm-312.opt-1.pyc / .opt-2.pyc under -O / -OO.
     */
    static Path cachePath(Path source) {
        String f = source.getFileName().toString();
        String stem = f.endsWith(".py") ? f.substring(0, f.length() - 3) : f;
        int opt = SourceCompilation.optimizeLevel();
        return source.resolveSibling("__pycache__").resolve(stem + "." + CACHE_TAG
            + (opt == 0 ? "" : ".opt-" + opt) + ".pyc");
    }

    /**
     * A module's code in this JVM; ON_DISK: the cache file is known to hold it. PYC_STAMP is
     * the cache file's state then (null: there was none): a cache file written or rewritten
     * since, by py_compile or by hand, is read again, as importlib reads it at every import.
     */
    private record Cached(long mtime, long size, CodeObject code, boolean onDisk, int optimize, long[] pycStamp) {}

    /** {modification time in ns, size} of cache file PYC, or null when it cannot be read. */
    private static long[] pycStamp(Path pyc) {
        try {
            BasicFileAttributes a = Files.readAttributes(pyc, BasicFileAttributes.class);
            return new long[] {a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.size()};
        } catch (IOException e) {
            return null;
        }
    }

    private static final ConcurrentHashMap<Path, Cached> CODE = new ConcurrentHashMap<>();

    /** {mtime in seconds, size} of FILE (path_stats); OSError when it cannot be read. */
    static long[] stat(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new long[] {a.lastModifiedTime().to(TimeUnit.SECONDS), a.size()};
        } catch (IOException e) {
            throw PyErr.of(PyExc.FileNotFoundError, "[Errno 2] No such file or directory: '" + file + "'");
        }
    }

    /** The code of source module NAME at SOURCE (SourceLoader.get_code). */
    static CodeObject sourceCode(String name, Path source) {
        long[] st = stat(source);
        Cached c = CODE.get(source);
        Path pyc = cachePath(source);
        int optimize = SourceCompilation.optimizeLevel();
        if (c != null && c.mtime == st[0] && c.size == st[1] && c.optimize == optimize
            && java.util.Arrays.equals(c.pycStamp, pycStamp(pyc))) {
            if (!c.onDisk && !dontWriteBytecode()) {
                // Compiled earlier under -B: write the cache file now that writing is on.
                boolean written = write(pyc, new Pyc(Pyc.Header.timestamp(st[0], st[1]), c.code).toBytes(), source);
                CODE.put(source, new Cached(st[0], st[1], c.code, written, optimize, pycStamp(pyc)));
            }
            return c.code;
        }
        byte[][] src = {null};
        CodeObject code = validCode(pyc, name, source, st, src);
        boolean onDisk = code != null;
        if (code != null && !code.filename().equals(source.toString())) {
            // Written for another path (py_compile's dfile, a moved tree): importlib's _fix_co_filename.
            code = code.withFilename(code.filename(), source.toString());
        }
        if (code == null && !canWriteCache(pyc)) {
            // pyvm cannot keep its own cache file (sys.dont_write_bytecode, or a standard
            // library in a folder this user cannot write): CPython 3.12's cache file holds
            // the same bytecode (DESIGN.md, decision 3), so it saves compiling the module
            // again at every start-up.
            // (Only a file compiled at this path: pyvm's would name SOURCE as co_filename.)
            code = validCode(cpythonCachePath(pyc), name, source, st, src);
            if (code != null && !code.filename().equals(source.toString())) {
                code = null;
            }
        }
        if (code == null) {
            if (src[0] == null) {
                src[0] = readSource(source);
            }
            code = SourceCompilation.get().compile(src[0], true, source.toString(), "exec", 0);
            if (!dontWriteBytecode()) {
                onDisk = write(pyc, new Pyc(Pyc.Header.timestamp(st[0], st[1]), code).toBytes(), source);
            }
        }
        CODE.put(source, new Cached(st[0], st[1], code, onDisk, optimize, pycStamp(pyc)));
        return code;
    }

    /**
     * The code in cache file PYC when its header matches SOURCE (whose {mtime, size} are
     * ST), else null. SRC[0] holds the source once read (for a checked hash-based pyc).
     * Compare _bootstrap_external.py: SourceLoader.get_code, _validate_timestamp_pyc,
     * _validate_hash_pyc.
     */
    private static CodeObject validCode(Path pyc, String name, Path source, long[] st, byte[][] src) {
        try {
            if (!Files.isRegularFile(pyc)) {
                return null;
            }
            Pyc p = Pyc.load(Files.readAllBytes(pyc), name, pyc.toString());
            Pyc.Header h = p.header();
            if (!h.isHashBased()) {
                return h.mtime() == (st[0] & 0xffffffffL) && h.sourceSize() == (st[1] & 0xffffffffL) ? p.code() : null;
            }
            if (checkHashBasedPycs.equals("never") || !h.checkSource() && !checkHashBasedPycs.equals("always")) {
                // An unchecked hash-based pyc is trusted (SourceLoader.get_code).
                return p.code();
            }
            if (src[0] == null) {
                src[0] = readSource(source);
            }
            return java.util.Arrays.equals(h.sourceHash(), Pyc.sourceHash(src[0])) ? p.code() : null;
        } catch (IOException | MarshalException e) {
            // A missing, stale or damaged cache file: compile the source again, as importlib does.
            return null;
        }
    }

    /**
     * CPython 3.12's cache file beside pyvm's PYC: the same name with CPython's cache tag
     * (so an optimization suffix such as {@code .opt-1} carries over).
     */
    static Path cpythonCachePath(Path pyc) {
        return pyc.resolveSibling(pyc.getFileName().toString().replace(CACHE_TAG + ".", "cpython-312."));
    }

    /** Whether pyvm may write its cache file PYC: writing is on and its folder (or the one to hold it) is writable. */
    private static boolean canWriteCache(Path pyc) {
        if (dontWriteBytecode()) {
            return false;
        }
        Path dir = pyc.getParent();
        return Files.isDirectory(dir) ? Files.isWritable(dir) : Files.isWritable(dir.getParent());
    }

    private static byte[] readSource(Path source) {
        try {
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw PyErr.of(PyExc.OSError, "[Errno 5] cannot read " + source + ": " + e.getMessage());
        }
    }

    private static boolean dontWriteBytecode() {
        PyModule sys = PyRuntime.builtinModule("sys");
        PyObject v = sys == null ? null : sys.getDict().getStr("dont_write_bytecode");
        return v != null && Abstract.isTrue(v);
    }

    /**
     * _write_atomic: a temporary file in __pycache__, renamed over the cache file. A
     * folder that cannot be written is not an error: the module is simply not cached.
     */
    static boolean write(Path pyc, byte[] data, Path source) {
        Path tmp = null;
        try {
            Files.createDirectories(pyc.getParent());
            tmp = Files.createTempFile(pyc.getParent(), pyc.getFileName().toString(), ".tmp");
            Files.write(tmp, data);
            try {
                // The cache file gets the source's permissions, as _calc_mode gives them.
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(source, LinkOption.NOFOLLOW_LINKS));
            } catch (IOException | UnsupportedOperationException ignored) {
                // Keep the default permissions.
            }
            try {
                Files.move(tmp, pyc, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, pyc, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // Unwritable folder or file system: not an error (importlib ignores OSError here).
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Nothing more to do.
                }
            }
        }
    }
}
