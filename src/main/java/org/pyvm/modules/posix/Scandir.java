package org.pyvm.modules.posix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyIterator;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * os.scandir's iterator (a context manager) and os.DirEntry. Compare posixmodule.c:
 * ScandirIterator, DirEntry. An entry caches its stat results as CPython's does.
 */
public final class Scandir implements PyObject, PyIterator {

    static final PyType TYPE = Types.finish(Types.builtin("posix", "ScandirIterator", Scandir.class, Scandir.class))
        .notSubclassable();

    private DirectoryStream<Path> stream;
    private Iterator<Path> it;
    private final Fs.PathArg arg;
    /** The prefix of each entry's path: the argument as given, or none for a descriptor. */
    private final String prefix;

    /** Runs __del__ (the "unclosed scandir iterator" warning) once this is unreachable. */
    @SuppressWarnings("unused")
    private final org.pyvm.runtime.Finalization.Trigger finalizer;

    private Scandir(DirectoryStream<Path> stream, Fs.PathArg arg, String prefix) {
        this.stream = stream;
        this.it = stream.iterator();
        this.arg = arg;
        this.prefix = prefix;
        this.finalizer = org.pyvm.runtime.Finalization.watch(this);
    }

    static Scandir open(Fs.PathArg p) {
        Path dir;
        String prefix;
        if (p == null) {
            p = new Fs.PathArg(PyStr.of("."), ".", false, -1);
        }
        if (p.isFd()) {
            dir = PosixModule.dirOfFd(p.fd());
            prefix = null;
        } else {
            dir = p.path();
            prefix = p.name();
        }
        try {
            return new Scandir(Files.newDirectoryStream(dir), p, prefix);
        } catch (IOException e) {
            throw OsErrors.from(e, p.isFd() ? null : p.given());
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        if (it == null) {
            return null;
        }
        try {
            if (!it.hasNext()) {
                close();
                return null;
            }
            Path p = it.next();
            String name = Fs.text(p.getFileName());
            String path = prefix == null ? name : prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
            return new DirEntry(arg.sameKind(name), arg.sameKind(path), p, prefix == null);
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw OsErrors.from(e.getCause(), arg.isFd() ? null : arg.given());
        }
    }

    void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // nothing useful to report
            }
            stream = null;
            it = null;
        }
    }

    @ExposedMethod
    static PyObject __iter__(Scandir self) {
        return self;
    }

    @ExposedMethod
    static PyObject __next__(Scandir self) {
        PyObject v = self.next();
        if (v == null) {
            throw PyErr.stopIteration(null);
        }
        return v;
    }

    @ExposedMethod
    static void close(Scandir self) {
        self.close();
    }

    /**
     * An iterator dropped before it was exhausted or closed: closed, with a ResourceWarning.
     * Compare posixmodule.c: ScandirIterator_finalize.
     */
    @ExposedMethod
    static void __del__(Scandir self) {
        if (self.stream == null) {
            return;
        }
        self.close();
        try {
            org.pyvm.modules.warnings.WarningsModule.warnWithSource(org.pyvm.runtime.PyExc.ResourceWarning,
                "unclosed scandir iterator " + Abstract.repr(self), 1, self);
        } catch (org.pyvm.runtime.PyBaseException e) {
            org.pyvm.runtime.Unraisable.report(e, self);
        }
    }

    @ExposedMethod
    static PyObject __enter__(Scandir self) {
        return self;
    }

    @ExposedMethod
    static boolean __exit__(Scandir self, PyObject[] args, String[] kw) {
        self.close();
        return false;
    }

    /** os.DirEntry. */
    public static final class DirEntry implements PyObject {

        public static final PyType TYPE = Types.finish(Types.builtin("posix", "DirEntry", DirEntry.class,
            DirEntry.class)).notSubclassable();

        private final PyObject name;
        private final PyObject path;
        private final Path file;
        private final boolean fromFd;
        private PyObject stat;
        private PyObject lstat;
        /**
         * What readdir gives CPython's entry (d_ino, and d_type as the S_IFMT bits of the
         * mode; 0 when unknown), read once when the entry is made, so that an entry keeps
         * them after the file is removed.
         */
        private final long ino;
        private final int dtype;

        DirEntry(PyObject name, PyObject path, Path file, boolean fromFd) {
            this.name = name;
            this.path = path;
            this.file = file;
            this.fromFd = fromFd;
            long i = -1;
            int t = 0;
            try {
                java.util.Map<String, Object> m = Files.readAttributes(file, "unix:ino,mode", LinkOption.NOFOLLOW_LINKS);
                i = ((Number) m.get("ino")).longValue();
                t = ((Number) m.get("mode")).intValue() & S_IFMT;
            } catch (IOException | RuntimeException e) {
                // gone already, or no unix view: ask again when needed
            }
            this.ino = i;
            this.dtype = t;
        }

        private static final int S_IFMT = 0170000, S_IFDIR = 0040000, S_IFREG = 0100000, S_IFLNK = 0120000;

        /** Whether the entry is of type KIND: from d_type, or (for a symlink followed, or unknown) from the file. */
        private boolean isKind(int kind, boolean follow) {
            if (dtype != 0 && !(follow && dtype == S_IFLNK)) {
                return dtype == kind;
            }
            // Compare posixmodule.c: DirEntry_test_mode, which takes the mode from the cached
            // stat and reads a missing file as "not of that kind".
            PyObject st;
            try {
                st = fetchStat(follow);
            } catch (org.pyvm.runtime.PyBaseException e) {
                if (e.matches(org.pyvm.runtime.PyExc.FileNotFoundError)) {
                    return false;
                }
                throw e;
            }
            long mode = Abstract.index(Abstract.getItem(st, org.pyvm.runtime.PyInt.of(0))).longValue();
            return (mode & S_IFMT) == kind;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            throw PyErr.typeError("cannot create 'posix.DirEntry' instances");
        }

        @ExposedGetter
        static PyObject name(DirEntry self) {
            return self.name;
        }

        @ExposedGetter
        static PyObject path(DirEntry self) {
            return self.path;
        }

        @ExposedMethod
        static PyObject __fspath__(DirEntry self) {
            return self.path;
        }

        @ExposedMethod
        static String __repr__(DirEntry self) {
            return "<DirEntry " + Abstract.repr(self.name) + ">";
        }

        @ExposedMethod
        static long inode(DirEntry self) {
            if (self.ino >= 0) {
                return self.ino;
            }
            try {
                return ((Number) Files.getAttribute(self.file, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
            } catch (IOException e) {
                throw OsErrors.from(e, self.path);
            }
        }

        private static boolean follow(String fn, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse(fn, args, kw, 0, 0, "follow_symlinks");
            return a[0] == null || Abstract.isTrue(a[0]);
        }

        /** stat(*, follow_symlinks=True), cached. */
        @ExposedMethod
        static PyObject stat(DirEntry self, PyObject[] args, String[] kw) {
            return self.fetchStat(follow("stat", args, kw));
        }

        /** The cached stat (FOLLOW) or lstat result. Compare posixmodule.c: DirEntry_fetch_stat. */
        private PyObject fetchStat(boolean follow) {
            if (!follow || !is_symlink(this)) {
                if (lstat == null) {
                    lstat = PosixModule.statOf(file, false, fromFd ? name : path);
                }
                return lstat;
            }
            if (stat == null) {
                stat = PosixModule.statOf(file, true, fromFd ? name : path);
            }
            return stat;
        }

        @ExposedMethod
        static boolean is_dir(DirEntry self, PyObject[] args, String[] kw) {
            return self.isKind(S_IFDIR, follow("is_dir", args, kw));
        }

        @ExposedMethod
        static boolean is_file(DirEntry self, PyObject[] args, String[] kw) {
            return self.isKind(S_IFREG, follow("is_file", args, kw));
        }

        @ExposedMethod
        static boolean is_symlink(DirEntry self) {
            return self.dtype != 0 ? self.dtype == S_IFLNK : Files.isSymbolicLink(self.file);
        }

        @ExposedMethod
        static boolean is_junction(DirEntry self) {
            return false;
        }

        @ExposedMethod(classMethod = true)
        static PyObject __class_getitem__(PyObject cls, PyObject item) {
            return org.pyvm.runtime.PyGenericAlias.classGetItem(cls, item);
        }
    }

    static PyObject none() {
        return PyNone.NONE;
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }
}
