package org.pyvm.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyStructSeq;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The posix module (what os.py imports with {@code from posix import *}): files and
 * directories on java.nio.file, descriptors on {@link FdTable}, stat results from the
 * "unix:*" attribute view, process facts from ProcessHandle and /proc. Compare CPython
 * Modules/posixmodule.c. Paths are resolved against pyvm's own working directory
 * ({@link Fs}); {@code dir_fd} arguments against the directory a descriptor names.
 * sysconf, pathconf and confstr ({@link Conf}) ask the C library through java.lang.foreign.
 * fork, exec*, spawn, wait* and the user/group/scheduling calls need native code and
 * are absent, as on a platform without them (os.py checks with hasattr).
 */
public final class PosixModule {

    private PosixModule() {}

    static final PyStructSeq.Spec STAT_RESULT = PyStructSeq.define("os", "stat_result", 10, "st_mode", "st_ino",
        "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null, "st_atime", "st_mtime", "st_ctime",
        "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev")
        .completer(PosixModule::statDefaults);

    /** Compare posixmodule.c: statresult_new: float times left out take the int ones. */
    private static void statDefaults(PyObject[] all) {
        for (int i = 10; i < 13 && i < all.length; i++) {
            if (all[i] == org.pyvm.runtime.PyNone.NONE) {
                all[i] = all[i - 3];
            }
        }
    }
    static final PyStructSeq.Spec STATVFS_RESULT = PyStructSeq.define("os", "statvfs_result", 10, "f_bsize", "f_frsize",
        "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid");
    static final PyStructSeq.Spec TERMINAL_SIZE = PyStructSeq.define("os", "terminal_size", 2, "columns", "lines");
    static final PyStructSeq.Spec TIMES_RESULT = PyStructSeq.define("posix", "times_result", 5, "user", "system",
        "children_user", "children_system", "elapsed");
    static final PyStructSeq.Spec UNAME_RESULT = PyStructSeq.define("posix", "uname_result", 5, "sysname", "nodename",
        "release", "version", "machine");

    /** The HAVE_* names of the *at and f* variants this module implements (os.supports_dir_fd etc.). */
    private static final String[] HAVE = {"HAVE_EVENTFD", "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD",
        "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT",
        "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_FUTIMES", "HAVE_FUTIMESAT", "HAVE_LCHOWN",
        "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_LUTIMES", "HAVE_MEMFD_CREATE", "HAVE_MKDIRAT", "HAVE_MKFIFOAT",
        "HAVE_MKNODAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT",
        "HAVE_UTIMENSAT"};

    public static PyModule create() {
        PyModule m = new PyModule("posix");
        m.addFunctions(PosixModule.class);
        m.addFunctions(Children.class);
        m.addFunctions(Spawn.class);
        m.addFunctions(PosixSpawn.class);
        m.addFunctions(Sched.class);
        m.addFunctions(PosixMore.class);
        m.addFunctions(EventFd.class);
        m.addFunctions(KernelFd.class);
        m.addFunctions(Ids.class);
        m.addFunctions(Conf.class);
        m.addFunctions(PosixExtra.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("This module provides access to operating system functionality that is\n"
            + "standardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to "
            + "the library manual and\ncorresponding Unix manual entries for more information on calls."));
        for (int i = 0; i < Constants.POSIX.length; i += 2) {
            d.setStr((String) Constants.POSIX[i], PyInt.of((Long) Constants.POSIX[i + 1]));
        }
        Spawn.addConstants(d);
        PosixSpawn.addConstants(d);
        d.setStr("sched_param", Sched.SCHED_PARAM.type());
        Conf.addNames(d);
        d.setStr("error", PyExc.OSError);
        d.setStr("stat_result", STAT_RESULT.type());
        d.setStr("statvfs_result", STATVFS_RESULT.type());
        d.setStr("terminal_size", TERMINAL_SIZE.type());
        d.setStr("times_result", TIMES_RESULT.type());
        d.setStr("uname_result", UNAME_RESULT.type());
        d.setStr("DirEntry", Scandir.DirEntry.TYPE);
        PyObject[] have = new PyObject[HAVE.length];
        for (int i = 0; i < HAVE.length; i++) {
            have[i] = PyStr.of(HAVE[i]);
        }
        d.setStr("_have_functions", new PyList(have));
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : Env.current().entrySet()) {
            env.setItem(new PyBytes(Fs.encode(e.getKey())), new PyBytes(Fs.encode(e.getValue())));
        }
        d.setStr("environ", env);
        return m;
    }

    // ---- argument helpers ----

    static int fd(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.longValue() > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (v.longValue() < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) v.longValue();
    }

    static boolean bool(PyObject o, boolean dflt) {
        return o == null ? dflt : Abstract.isTrue(o);
    }

    static boolean given(PyObject o) {
        return o != null && o != PyNone.NONE;
    }

    /** The path P names, a relative one taken from directory descriptor DIRFD when given. */
    static Path at(Fs.PathArg p, PyObject dirFd) {
        if (p.isFd()) {
            Path sp = FdTable.statPath(p.fd());
            if (sp == null) {
                throw OsErrors.of(OsErrors.EBADF);
            }
            return sp;
        }
        if (!given(dirFd) || p.name().startsWith("/")) {
            return p.path();
        }
        if (dirFd instanceof PyFloat || !(dirFd instanceof PyInt) && !Abstract.hasIndex(dirFd)) {
            // Compare posixmodule.c: _fd_converter.
            throw PyErr.typeError("argument should be integer or None, not " + dirFd.type().getName());
        }
        FdTable.Entry e = FdTable.get(fd(dirFd));
        if (!e.isDir) {
            throw OsErrors.of(OsErrors.ENOTDIR, p.given());
        }
        if (p.name().isEmpty()) {
            throw OsErrors.of(OsErrors.ENOENT, p.given());
        }
        return e.path.resolve(Fs.plain(p.name()));
    }

    static LinkOption[] links(boolean follow) {
        return follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    static void notBoth(String fn, PyObject dirFd, Fs.PathArg p) {
        if (given(dirFd) && p.isFd()) {
            throw PyErr.valueError(fn + ": can't specify both dir_fd and fd");
        }
    }

    // ---- stat ----

    /** A stat_result for PATH. Compare posixmodule.c: _pystat_fromstructstat. */
    private static final String STAT_ATTRIBUTES =
        "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime,rdev";

    static PyStructSeq statOf(Path path, boolean follow, PyObject filename) {
        Map<String, Object> a;
        try {
            // The fields stat_result needs, not "unix:*": that also names the owner and group,
            // which costs a passwd and a group look-up (getpwuid_r, getgrgid_r) per call.
            a = Files.readAttributes(path, STAT_ATTRIBUTES, links(follow));
        } catch (IOException e) {
            throw OsErrors.from(e, filename);
        } catch (UnsupportedOperationException e) {
            throw PyErr.notSupported("stat on this file system");
        }
        long size = ((Number) a.get("size")).longValue();
        int mode = ((Number) a.get("mode")).intValue();
        PyObject[] v = new PyObject[19];
        v[0] = PyInt.of(mode);
        v[1] = PyInt.of(((Number) a.get("ino")).longValue());
        v[2] = PyInt.of(((Number) a.get("dev")).longValue());
        v[3] = PyInt.of(((Number) a.get("nlink")).longValue());
        v[4] = PyInt.of(((Number) a.get("uid")).longValue() & 0xffffffffL);
        v[5] = PyInt.of(((Number) a.get("gid")).longValue() & 0xffffffffL);
        v[6] = PyInt.of(size);
        FileTime[] times = {(FileTime) a.get("lastAccessTime"), (FileTime) a.get("lastModifiedTime"),
            (FileTime) a.get("ctime")};
        for (int i = 0; i < 3; i++) {
            java.time.Instant t = times[i].toInstant();
            long sec = t.getEpochSecond();
            int ns = t.getNano();
            v[7 + i] = PyInt.of(sec);
            v[10 + i] = PyFloat.of(sec + ns * 1e-9);
            v[13 + i] = PyInt.of(java.math.BigInteger.valueOf(sec).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(ns)));
        }
        // The unix view has no st_blksize/st_blocks: the usual 4096-byte block size and
        // the 512-byte blocks a file of this size fills (sparse files differ).
        v[16] = PyInt.of(4096);
        v[17] = PyInt.of((mode & 0xf000) == 0x8000 || (mode & 0xf000) == 0x4000 ? (size + 4095) / 4096 * 8 : 0);
        v[18] = PyInt.of(((Number) a.get("rdev")).longValue());
        return STAT_RESULT.make(v);
    }

    /** stat(path, *, dir_fd=None, follow_symlinks=True). */
    @ExposedMethod
    static PyObject stat(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("stat", args, kw, 1, 1, "path", "dir_fd", "follow_symlinks");
        Fs.PathArg p = Fs.path("stat", "path", a[0], true);
        notBoth("stat", a[1], p);
        return statOf(at(p, a[1]), bool(a[2], true), p.isFd() ? null : p.given());
    }

    /** lstat(path, *, dir_fd=None). */
    @ExposedMethod
    static PyObject lstat(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("lstat", args, kw, 1, 1, "path", "dir_fd");
        Fs.PathArg p = Fs.path("lstat", "path", a[0], false);
        return statOf(at(p, a[1]), false, p.given());
    }

    /** fstat(fd). */
    @ExposedMethod
    static PyObject fstat(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("fstat", args, kw, 1, 1, "fd");
        Path sp = FdTable.statPath(fd(a[0]));
        if (sp == null) {
            // A pipe: a FIFO with nothing else known.
            PyObject[] v = new PyObject[19];
            java.util.Arrays.fill(v, PyInt.ZERO);
            v[0] = PyInt.of(010600);
            v[3] = PyInt.ONE;
            for (int i = 10; i < 13; i++) {
                v[i] = PyFloat.of(0.0);
            }
            v[16] = PyInt.of(4096);
            return STAT_RESULT.make(v);
        }
        return statOf(sp, true, null);
    }

    // ---- the working directory ----

    @ExposedMethod
    static PyObject getcwd() {
        return PyStr.of(Fs.text(Fs.cwd()));
    }

    @ExposedMethod
    static PyObject getcwdb() {
        return new PyBytes(Fs.bytes(Fs.cwd()));
    }

    /** chdir(path): pyvm's own working directory (see Fs). */
    @ExposedMethod
    static void chdir(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("chdir", args, kw, 1, 1, "path");
        Fs.PathArg p = Fs.path("chdir", "path", a[0], true);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.chdir", p.given());
        }
        Path target = p.isFd() ? FdTable.get(p.fd()).path : p.path();
        if (target == null || p.isFd() && !FdTable.get(p.fd()).isDir) {
            throw OsErrors.of(OsErrors.ENOTDIR);
        }
        if (!Files.exists(target)) {
            throw OsErrors.of(OsErrors.ENOENT, p.isFd() ? null : p.given());
        }
        if (!Files.isDirectory(target)) {
            throw OsErrors.of(OsErrors.ENOTDIR, p.isFd() ? null : p.given());
        }
        if (!Files.isExecutable(target)) {
            throw OsErrors.of(OsErrors.EACCES, p.isFd() ? null : p.given());
        }
        Fs.setCwd(target.normalize());
    }

    @ExposedMethod
    static void fchdir(PyObject fd) {
        chdir(new PyObject[] {PyInt.of(fd(fd))}, null);
    }

    // ---- directories ----

    /** listdir(path=None): names in the directory, bytes for a bytes path. */
    @ExposedMethod
    static PyObject listdir(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("listdir", args, kw, 0, 1, "path");
        Fs.PathArg p = given(a[0]) ? Fs.path("listdir", "path", a[0], true) : new Fs.PathArg(PyStr.of("."), ".",
            false, -1);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.listdir", given(a[0]) ? p.given() : PyNone.NONE);
        }
        Path dir = p.isFd() ? dirOfFd(p.fd()) : p.path();
        PyList out = new PyList();
        try (var s = Files.newDirectoryStream(dir)) {
            for (Path e : s) {
                out.append(p.isBytes() ? new PyBytes(Fs.bytes(e.getFileName())) : PyStr.of(Fs.text(e.getFileName())));
            }
        } catch (IOException e) {
            throw OsErrors.from(e, p.isFd() ? null : p.given());
        }
        return out;
    }

    /** A dir_fd argument as audit events report it: -1 when none was given. */
    private static PyObject auditDirFd(PyObject dirFd) {
        return dirFd == null || dirFd == PyNone.NONE ? PyInt.of(-1) : dirFd;
    }

    static Path dirOfFd(int fd) {
        FdTable.Entry e = FdTable.get(fd);
        if (!e.isDir) {
            throw OsErrors.of(OsErrors.ENOTDIR);
        }
        return e.path;
    }

    /** scandir(path='.'). */
    @ExposedMethod
    static PyObject scandir(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("scandir", args, kw, 0, 1, "path");
        Fs.PathArg p = given(a[0]) ? Fs.path("scandir", "path", a[0], true) : null;
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.scandir", p != null ? p.given() : PyNone.NONE);
        }
        return Scandir.open(p);
    }

    /** mkdir(path, mode=0o777, *, dir_fd=None). */
    @ExposedMethod
    static void mkdir(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("mkdir", args, kw, 1, 2, "path", "mode", "dir_fd");
        Fs.PathArg p = Fs.path("mkdir", "path", a[0], false);
        int mode = a[1] == null ? 0777 : fd(a[1]);
        Path path = at(p, a[2]);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.mkdir", p.given(), PyInt.of(mode), auditDirFd(a[2]));
        }
        try {
            Files.createDirectory(path,
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(FdTable.perms(mode & ~FdTable.umask())));
            FdTable.fixCreatedMode(path, mode);
        } catch (IOException e) {
            throw OsErrors.from(e, p.given());
        }
    }

    /** rmdir(path, *, dir_fd=None). */
    @ExposedMethod
    static void rmdir(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("rmdir", args, kw, 1, 1, "path", "dir_fd");
        Fs.PathArg p = Fs.path("rmdir", "path", a[0], false);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.rmdir", p.given(), auditDirFd(a[1]));
        }
        Path path = at(p, a[1]);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.of(OsErrors.ENOTDIR, p.given());
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw OsErrors.from(e, p.given());
        }
    }

    /** unlink(path, *, dir_fd=None): a directory is EISDIR, as Linux's unlink(2) says. */
    @ExposedMethod
    static void unlink(PyObject[] args, String[] kw) {
        removeImpl("unlink", args, kw);
    }

    @ExposedMethod
    static void remove(PyObject[] args, String[] kw) {
        removeImpl("remove", args, kw);
    }

    private static void removeImpl(String fn, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse(fn, args, kw, 1, 1, "path", "dir_fd");
        Fs.PathArg p = Fs.path(fn, "path", a[0], false);
        Path path = at(p, a[1]);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.remove", p.given(), auditDirFd(a[1]));
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.of(OsErrors.EISDIR, p.given());
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw OsErrors.from(e, p.given());
        }
    }

    /** rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None): rename(2), replacing a file at DST. */
    @ExposedMethod
    static void rename(PyObject[] args, String[] kw) {
        renameImpl("rename", args, kw);
    }

    @ExposedMethod
    static void replace(PyObject[] args, String[] kw) {
        renameImpl("replace", args, kw);
    }

    private static void renameImpl(String fn, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse(fn, args, kw, 2, 2, "src", "dst", "src_dir_fd", "dst_dir_fd");
        Fs.PathArg s = Fs.path(fn, "src", a[0], false);
        Fs.PathArg t = Fs.path(fn, "dst", a[1], false);
        // CPython 3.12 takes a str and a bytes name together on POSIX (internal_rename).
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.rename", s.given(), t.given(), auditDirFd(a[2]), auditDirFd(a[3]));
        }
        Path sp = at(s, a[2]);
        Path tp = at(t, a[3]);
        if (!Files.exists(sp, LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.of(OsErrors.ENOENT, s.given(), t.given());
        }
        try {
            Files.move(sp, tp, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw OsErrors.from(e, s.given(), t.given());
        }
    }

    // ---- links ----

    /** readlink(path, *, dir_fd=None). */
    @ExposedMethod
    static PyObject readlink(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("readlink", args, kw, 1, 1, "path", "dir_fd");
        Fs.PathArg p = Fs.path("readlink", "path", a[0], false);
        try {
            return p.sameKind(Fs.text(Files.readSymbolicLink(at(p, a[1]))));
        } catch (IOException e) {
            throw OsErrors.from(e, p.given());
        }
    }

    /** symlink(src, dst, target_is_directory=False, *, dir_fd=None): the link DST holds SRC's text. */
    @ExposedMethod
    static void symlink(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("symlink", args, kw, 2, 3, "src", "dst", "target_is_directory", "dir_fd");
        Fs.PathArg s = Fs.path("symlink", "src", a[0], false);
        Fs.PathArg t = Fs.path("symlink", "dst", a[1], false);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.symlink", s.given(), t.given(), auditDirFd(a[3]));
        }
        try {
            Files.createSymbolicLink(at(t, a[3]), Fs.plain(s.name()));
        } catch (IOException e) {
            throw OsErrors.from(e, s.given(), t.given());
        }
    }

    /** link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True). */
    @ExposedMethod
    static void link(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("link", args, kw, 2, 2, "src", "dst", "src_dir_fd", "dst_dir_fd",
            "follow_symlinks");
        Fs.PathArg s = Fs.path("link", "src", a[0], false);
        Fs.PathArg t = Fs.path("link", "dst", a[1], false);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.link", s.given(), t.given(), auditDirFd(a[2]), auditDirFd(a[3]));
        }
        try {
            Files.createLink(at(t, a[3]), at(s, a[2]));
        } catch (IOException e) {
            throw OsErrors.from(e, s.given(), t.given());
        }
    }

    // ---- permissions and times ----

    /** access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True). */
    @ExposedMethod
    static boolean access(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("access", args, kw, 2, 2, "path", "mode", "dir_fd", "effective_ids",
            "follow_symlinks");
        Fs.PathArg p = Fs.path("access", "path", a[0], false);
        int mode = fd(a[1]);
        if (p.name().isEmpty()) {
            return false;
        }
        Path path = at(p, a[2]);
        boolean follow = bool(a[4], true);
        if (!Files.exists(path, links(follow))) {
            return false;
        }
        if ((mode & 4) != 0 && !Files.isReadable(path)) {
            return false;
        }
        if ((mode & 2) != 0 && !Files.isWritable(path)) {
            return false;
        }
        return (mode & 1) == 0 || Files.isExecutable(path);
    }

    /** chmod(path, mode, *, dir_fd=None, follow_symlinks=True). */
    @ExposedMethod
    static void chmod(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("chmod", args, kw, 2, 2, "path", "mode", "dir_fd", "follow_symlinks");
        Fs.PathArg p = Fs.path("chmod", "path", a[0], true);
        int mode = fd(a[1]);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.chmod", p.given(), PyInt.of(mode), auditDirFd(a[2]));
        }
        Path path = at(p, a[2]);
        // fchmodat(AT_SYMLINK_NOFOLLOW): glibc changes a file that is not a symlink and
        // refuses a symlink (EOPNOTSUPP), which os_chmod_impl reports as NotImplementedError.
        if (!bool(a[3], true) && Files.isSymbolicLink(path)) {
            if (given(a[2])) {
                throw PyErr.valueError("chmod: cannot use dir_fd and follow_symlinks together");
            }
            throw PyErr.of(PyExc.NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
        }
        setMode(path, mode, p.isFd() ? null : p.given());
    }

    @ExposedMethod
    static void fchmod(PyObject fd, PyObject mode) {
        setMode(FdTable.statPath(fd(fd)), fd(mode), null);
    }

    private static void setMode(Path path, int mode, PyObject filename) {
        try {
            Files.setAttribute(path, "unix:mode", mode & 07777);
        } catch (IOException e) {
            throw OsErrors.from(e, filename);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                Files.setPosixFilePermissions(path, FdTable.perms(mode));
            } catch (IOException e2) {
                throw OsErrors.from(e2, filename);
            }
        }
    }

    /**
     * utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True). Compare
     * os_utime_impl and its messages.
     */
    @ExposedMethod
    static void utime(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("utime", args, kw, 1, 2, "path", "times", "ns", "dir_fd", "follow_symlinks");
        Fs.PathArg p = Fs.path("utime", "path", a[0], true);
        FileTime atime;
        FileTime mtime;
        if (given(a[1]) && a[2] != null) {
            throw PyErr.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (given(a[1])) {
            if (!(a[1] instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = secondsTime(t.get(0));
            mtime = secondsTime(t.get(1));
        } else if (a[2] != null) {
            if (!(a[2] instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'ns' must be a tuple of two ints");
            }
            atime = nsTime(t.get(0));
            mtime = nsTime(t.get(1));
        } else {
            atime = mtime = null; // now (utimensat's null times)
        }
        Path path = at(p, a[3]);
        boolean follow = bool(a[4], true);
        if (Libc.available()) {
            long[] times = null;
            if (atime != null) {
                java.time.Instant at = atime.toInstant();
                java.time.Instant mt = mtime.toInstant();
                times = new long[] {at.getEpochSecond(), at.getNano(), mt.getEpochSecond(), mt.getNano()};
            }
            Libc.Result r = Libc.utimensat(Fs.bytes(path), times, follow);
            if (r.value() == -1) {
                throw OsErrors.of(r.errno()); // CPython's os_utime_impl: posix_error(), no file name
            }
            return;
        }
        if (atime == null) {
            atime = mtime = FileTime.from(java.time.Instant.now());
        }
        try {
            var view = Files.getFileAttributeView(path, java.nio.file.attribute.BasicFileAttributeView.class,
                links(follow));
            view.setTimes(mtime, atime, null);
        } catch (IOException e) {
            throw OsErrors.from(e, p.isFd() ? null : p.given());
        }
    }

    private static FileTime secondsTime(PyObject o) {
        if (o instanceof PyFloat f) {
            // Compare CPython Python/pytime.c: _PyTime_DoubleToDenominator with ROUND_FLOOR
            // (modf, then the fraction's nanoseconds rounded down).
            double d = Abstract.toDouble(f);
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double sec = d < 0 ? Math.ceil(d) : Math.floor(d);
            double frac = Math.floor((d - sec) * 1e9);
            if (frac >= 1e9) {
                frac -= 1e9;
                sec += 1;
            } else if (frac < 0) {
                frac += 1e9;
                sec -= 1;
            }
            return FileTime.from(java.time.Instant.ofEpochSecond((long) sec, (long) frac));
        }
        if (!(o instanceof PyInt) && !Abstract.hasIndex(o)) {
            throw PyErr.typeError("'" + o.type().getName() + "' object cannot be interpreted as an integer");
        }
        return FileTime.from(Abstract.index(o).longValue(), TimeUnit.SECONDS);
    }

    private static FileTime nsTime(PyObject o) {
        java.math.BigInteger v = new java.math.BigInteger(Abstract.str(Abstract.index(o)).toString());
        java.math.BigInteger[] qr = v.divideAndRemainder(java.math.BigInteger.valueOf(1_000_000_000L));
        long sec = qr[0].longValue();
        long ns = qr[1].longValue();
        if (ns < 0) {
            sec--;
            ns += 1_000_000_000L;
        }
        return FileTime.from(java.time.Instant.ofEpochSecond(sec, ns));
    }

    /** truncate(path, length): a path or a descriptor. */
    @ExposedMethod
    static void truncate(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("truncate", args, kw, 2, 2, "path", "length");
        Fs.PathArg p = Fs.path("truncate", "path", a[0], true);
        long len = Abstract.index(a[1]).longValue();
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.truncate", p.given(), PyInt.of(len));
        }
        if (p.isFd()) {
            FdTable.truncate(p.fd(), len);
            return;
        }
        if (len < 0) {
            throw OsErrors.of(OsErrors.EINVAL, p.given());
        }
        try (var ch = java.nio.channels.FileChannel.open(p.path(), java.nio.file.StandardOpenOption.WRITE)) {
            FdTable.truncateChannel(ch, len);
        } catch (IOException e) {
            throw OsErrors.from(Files.isDirectory(p.path()) ? new java.nio.file.FileSystemException(null, null,
                "Is a directory") : e, p.given());
        }
    }

    @ExposedMethod
    static long umask(PyObject mask) {
        return FdTable.setUmask(fd(mask) & 0777);
    }

    // ---- descriptors ----

    /** open(path, flags, mode=0o777, *, dir_fd=None). */
    @ExposedMethod
    static long open(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("open", args, kw, 2, 3, "path", "flags", "mode", "dir_fd");
        Fs.PathArg p = Fs.path("open", "path", a[0], false);
        int flags = fd(a[1]);
        int mode = a[2] == null ? 0777 : fd(a[2]);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("open", p.given(), PyNone.NONE, PyInt.of(flags | FdTable.O_CLOEXEC));
        }
        Path path = at(p, a[3]);
        p.checkCreate(path, flags);
        return FdTable.open(path, flags, mode, p.given());
    }

    @ExposedMethod
    static void close(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("close", args, kw, 1, 1, "fd");
        FdTable.close(fd(a[0]));
    }

    @ExposedMethod
    static void closerange(PyObject lo, PyObject hi) {
        int h = fd(hi);
        for (int i = Math.max(0, fd(lo)); i < h; i++) {
            if (FdTable.isOpen(i)) {
                try {
                    FdTable.close(i);
                } catch (PyBaseException e) {
                    // closerange ignores errors, as CPython's does
                }
            }
        }
    }

    @ExposedMethod
    static PyObject read(PyObject fd, PyObject n) {
        long len = Abstract.index(n).longValue();
        if (len < 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        byte[] b = FdTable.read(fd(fd), (int) Math.min(len, Integer.MAX_VALUE - 16));
        if (b == null) {
            throw OsErrors.of(OsErrors.EAGAIN);
        }
        return new PyBytes(b);
    }

    @ExposedMethod
    static long write(PyObject fd, PyObject data) {
        byte[] b = bytesLike(data);
        return FdTable.write(fd(fd), b, 0, b.length);
    }

    /** The bytes of a bytes-like object; TypeError as CPython's buffer protocol gives. */
    static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes(), (int) Abstract.len(o));
        }
        if (o.type().isSubtypeOf(PyBytes.TYPE)) {
            return ((PyBytes) o).bytes();
        }
        byte[] b = PyByteArray.bytesOf(o);
        if (b != null) {
            return b;
        }
        throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
    }

    @ExposedMethod
    static long lseek(PyObject fd, PyObject pos, PyObject how) {
        return FdTable.seek(fd(fd), Abstract.index(pos).longValue(), fd(how));
    }

    @ExposedMethod
    static void ftruncate(PyObject fd, PyObject len) {
        FdTable.truncate(fd(fd), Abstract.index(len).longValue());
    }

    @ExposedMethod
    static void fsync(PyObject fd) {
        FdTable.fsync(fd(Abstract.hasIndex(fd) ? fd : Abstract.call(Abstract.getAttr(fd, "fileno"))));
    }

    @ExposedMethod
    static void fdatasync(PyObject fd) {
        fsync(fd);
    }

    @ExposedMethod
    static PyObject pipe() {
        int[] p = FdTable.pipe();
        return PyTuple.of(PyInt.of(p[0]), PyInt.of(p[1]));
    }

    @ExposedMethod
    static long dup(PyObject fd) {
        return FdTable.dup(fd(fd));
    }

    @ExposedMethod
    static long dup2(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("dup2", args, kw, 2, 3, "fd", "fd2", "inheritable");
        return FdTable.dup2(fd(a[0]), fd(a[1]), bool(a[2], true));
    }

    @ExposedMethod
    static boolean get_inheritable(PyObject fd) {
        return FdTable.getInheritable(fd(fd));
    }

    @ExposedMethod
    static void set_inheritable(PyObject fd, PyObject v) {
        FdTable.setInheritable(fd(fd), Abstract.isTrue(v));
    }

    @ExposedMethod
    static boolean get_blocking(PyObject fd) {
        return FdTable.getBlocking(fd(fd));
    }

    @ExposedMethod
    static void set_blocking(PyObject fd, PyObject v) {
        FdTable.setBlocking(fd(fd), Abstract.isTrue(v));
    }

    @ExposedMethod
    static boolean isatty(PyObject fd) {
        return FdTable.isatty(fd(fd));
    }

    @ExposedMethod
    static PyObject device_encoding(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("device_encoding", args, kw, 1, 1, "fd");
        return FdTable.isatty(fd(a[0])) ? PyStr.of("UTF-8") : PyNone.NONE;
    }

    /** get_terminal_size(fd=1): ENOTTY unless FD is a terminal, whose size the environment tells. */
    @ExposedMethod(min = 0)
    static PyObject get_terminal_size(PyObject fd) {
        int n = fd == null ? 1 : fd(fd);
        FdTable.get(n);
        String cols = System.getenv("COLUMNS");
        String lines = System.getenv("LINES");
        if (!FdTable.isatty(n) || cols == null || lines == null) {
            throw OsErrors.of(OsErrors.ENOTTY);
        }
        try {
            return TERMINAL_SIZE.make(PyInt.of(Integer.parseInt(cols.trim())), PyInt.of(Integer.parseInt(lines.trim())));
        } catch (NumberFormatException e) {
            throw OsErrors.of(OsErrors.ENOTTY);
        }
    }

    // ---- the process ----

    @ExposedMethod
    static long getpid() {
        return ProcessHandle.current().pid();
    }

    @ExposedMethod
    static long getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /** The process's uid/gid: /proc/self belongs to the process's effective ids. */
    private static long procId(String attr) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + attr)).longValue();
        } catch (IOException | RuntimeException e) {
            throw PyErr.notSupported("os.get" + attr + " (no /proc on this system)");
        }
    }

    @ExposedMethod
    static long getuid() {
        return procId("uid");
    }

    @ExposedMethod
    static long geteuid() {
        return procId("uid");
    }

    @ExposedMethod
    static long getgid() {
        return procId("gid");
    }

    @ExposedMethod
    static long getegid() {
        return procId("gid");
    }

    @ExposedMethod
    static PyObject getlogin() {
        String u = System.getenv("LOGNAME");
        return PyStr.of(u != null ? u : System.getProperty("user.name"));
    }

    @ExposedMethod
    static PyObject cpu_count() {
        return PyInt.of(Runtime.getRuntime().availableProcessors());
    }

    @ExposedMethod
    static PyObject getloadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return PyTuple.of(PyFloat.of(Double.parseDouble(f[0])), PyFloat.of(Double.parseDouble(f[1])),
                PyFloat.of(Double.parseDouble(f[2])));
        } catch (IOException | RuntimeException e) {
            throw PyErr.of(PyExc.OSError, "Load averages are unobtainable");
        }
    }

    private static final long START = System.nanoTime();

    /** times(): this process's CPU time as user time (the JDK does not split user and system). */
    @ExposedMethod
    static PyObject times() {
        double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        double elapsed = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0
            + (System.nanoTime() - START) * 0.0;
        return TIMES_RESULT.make(PyFloat.of(cpu), PyFloat.of(0.0), PyFloat.of(0.0), PyFloat.of(0.0),
            PyFloat.of(elapsed));
    }

    private static String proc(String file, String dflt) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException | RuntimeException e) {
            return dflt;
        }
    }

    @ExposedMethod
    static PyObject uname() {
        String arch = System.getProperty("os.arch");
        String machine = switch (arch) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> arch;
        };
        return UNAME_RESULT.make(PyStr.of(System.getProperty("os.name")),
            PyStr.of(proc("/proc/sys/kernel/hostname", "localhost")),
            PyStr.of(proc("/proc/sys/kernel/osrelease", System.getProperty("os.version"))),
            PyStr.of(proc("/proc/sys/kernel/version", "")), PyStr.of(machine));
    }

    @ExposedMethod
    static PyObject strerror(PyObject code) {
        return PyStr.of(OsErrors.strerror(Abstract.index(code).longValue()));
    }

    @ExposedMethod
    static PyObject urandom(PyObject size) {
        long n = Abstract.index(size).longValue();
        if (n < 0) {
            throw PyErr.valueError("negative argument not allowed");
        }
        byte[] b = new byte[(int) n];
        org.pyvm.runtime.OsRandom.fill(b);
        return new PyBytes(b);
    }

    /**
     * getrandom(size, flags=0): SIZE random bytes from the kernel's pool (runtime.OsRandom;
     * GRND_RANDOM and GRND_NONBLOCK change nothing: the pool is ready once the system has
     * booted). Compare posixmodule.c: os_getrandom_impl.
     */
    @ExposedMethod
    static PyObject getrandom(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("getrandom", args, kw, 1, 2, "size", "flags");
        long n = Abstract.index(a[0]).longValue();
        if (a[1] != null) {
            fd(a[1]);
        }
        if (n < 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw PyErr.of(org.pyvm.runtime.PyExc.MemoryError);
        }
        byte[] b = new byte[(int) n];
        org.pyvm.runtime.OsRandom.fill(b);
        return new PyBytes(b);
    }

    @ExposedMethod
    static PyObject fspath(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("fspath", args, kw, 1, 1, "path");
        return Fs.fspath(a[0]);
    }

    /** putenv(name, value): pyvm's environment (what child processes would get). */
    @ExposedMethod
    static void putenv(PyObject name, PyObject value) {
        String n = envText("putenv", name);
        String v = envText("putenv", value);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.putenv", name, value);
        }
        // Compare os_putenv_impl: '=' in the name is refused here; an empty name is setenv(3)'s EINVAL.
        if (n.indexOf('=') >= 0) {
            throw PyErr.valueError("illegal environment variable name");
        }
        if (n.isEmpty()) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        Env.current().put(n, v);
    }

    @ExposedMethod
    static void unsetenv(PyObject name) {
        String n = envText("unsetenv", name);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.unsetenv", name);
        }
        // Compare os_unsetenv_impl: unsetenv(3) refuses an empty name or one with '=' (EINVAL).
        if (n.isEmpty() || n.indexOf('=') >= 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        Env.current().remove(n);
    }

    /** A name or value of the environment. Compare PyUnicode_FSConverter (its TypeError and NUL messages). */
    private static String envText(String fn, PyObject o) {
        if (!(o instanceof PyStr) && !(o instanceof PyBytes) && o.type().lookup("__fspath__") == null
            && !o.type().isSubtypeOf(PyStr.TYPE) && !o.type().isSubtypeOf(PyBytes.TYPE)) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + o.type().getName());
        }
        return Fs.path(null, "argument", o, false).name();
    }

    @ExposedMethod
    static void _exit(PyObject status) {
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(fd(status));
    }

    @ExposedMethod
    static void abort() {
        // A pyvm parent runs the same main class as this process (the command line's).
        String main = System.getProperty("sun.java.command", "").split(" ")[0];
        org.pyvm.modules.signal.SignalModule.abortProcess(main);
    }

    @ExposedMethod
    static void sync() {
        // Nothing is buffered below the file channels.
    }

    // ---- wait status macros (pure arithmetic on Linux's encoding) ----

    @ExposedMethod
    static long waitstatus_to_exitcode(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("waitstatus_to_exitcode", args, kw, 1, 1, "status");
        int st = fd(a[0]);
        if ((st & 0x7f) == 0) {
            return (st >> 8) & 0xff;
        }
        if (((st & 0x7f) + 1) >> 1 > 0 && (st & 0xff) != 0x7f) {
            return -(st & 0x7f);
        }
        throw PyErr.valueError("invalid wait status: " + st);
    }

    @ExposedMethod
    static boolean WIFEXITED(PyObject s) {
        return (fd(s) & 0x7f) == 0;
    }

    @ExposedMethod
    static long WEXITSTATUS(PyObject s) {
        return (fd(s) >> 8) & 0xff;
    }

    @ExposedMethod
    static boolean WIFSIGNALED(PyObject s) {
        int st = fd(s);
        return ((byte) ((st & 0x7f) + 1) >> 1) > 0;
    }

    @ExposedMethod
    static long WTERMSIG(PyObject s) {
        return fd(s) & 0x7f;
    }

    @ExposedMethod
    static boolean WIFSTOPPED(PyObject s) {
        return (fd(s) & 0xff) == 0x7f;
    }

    @ExposedMethod
    static long WSTOPSIG(PyObject s) {
        return (fd(s) >> 8) & 0xff;
    }

    @ExposedMethod
    static boolean WIFCONTINUED(PyObject s) {
        return fd(s) == 0xffff;
    }

    @ExposedMethod
    static boolean WCOREDUMP(PyObject s) {
        return (fd(s) & 0x80) != 0;
    }

    @ExposedMethod
    static long major(PyObject dev) {
        long d = devArg(dev);
        return ((d >>> 32) & 0xfffff000L) | ((d >>> 8) & 0xfff);
    }

    @ExposedMethod
    static long minor(PyObject dev) {
        long d = devArg(dev);
        return ((d >>> 12) & 0xffffff00L) | (d & 0xff);
    }

    @ExposedMethod
    static long makedev(PyObject major, PyObject minor) {
        long ma = uintArg(major);
        long mi = uintArg(minor);
        return ((ma & 0xfffff000L) << 32) | ((ma & 0xfff) << 8) | ((mi & 0xffffff00L) << 12) | (mi & 0xff);
    }

    /** A dev_t (unsigned long long). Compare posixmodule.c: _Py_Dev_Converter. */
    private static long devArg(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("an integer is required");
        }
        PyInt v = Abstract.index(o);
        if (v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        if (v.isBig() && v.bigValue().bitLength() > 64) {
            throw PyErr.overflowError("int too big to convert");
        }
        return v.isBig() ? v.bigValue().longValue() : v.longValue();
    }

    /** makedev's C int arguments, taken as unsigned by gnu_dev_makedev. */
    private static long uintArg(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.longValue() != (int) v.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return v.longValue() & 0xffffffffL;
    }

    // ---- more process and file-system facts ----

    /** statvfs(path): from the JDK's FileStore; the inode counts are not available and read 0. */
    @ExposedMethod
    static PyObject statvfs(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("statvfs", args, kw, 1, 1, "path");
        Fs.PathArg p = Fs.path("statvfs", "path", a[0], true);
        return statvfsOf(p.isFd() ? FdTable.statPath(p.fd()) : p.path(), p.isFd() ? null : p.given());
    }

    @ExposedMethod
    static PyObject fstatvfs(PyObject fd) {
        return statvfsOf(FdTable.statPath(fd(fd)), null);
    }

    private static PyObject statvfsOf(Path path, PyObject filename) {
        try {
            java.nio.file.FileStore fs = Files.getFileStore(path);
            long bs = fs.getBlockSize();
            PyObject[] v = {PyInt.of(bs), PyInt.of(bs), PyInt.of(fs.getTotalSpace() / bs),
                PyInt.of(fs.getUnallocatedSpace() / bs), PyInt.of(fs.getUsableSpace() / bs), PyInt.ZERO, PyInt.ZERO,
                PyInt.ZERO, PyInt.of(fs.isReadOnly() ? 1 : 0), PyInt.of(255), PyInt.ZERO};
            return STATVFS_RESULT.make(v);
        } catch (IOException e) {
            throw OsErrors.from(e, filename);
        } catch (UnsupportedOperationException e) {
            throw PyErr.notSupported("statvfs on this file system");
        }
    }

    /** The fields of /proc/PID/stat after the command name (state is index 0). */
    private static String[] procStat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + (pid == 0 ? "self" : Long.toString(pid)) + "/stat"));
            return s.substring(s.lastIndexOf(')') + 2).trim().split(" ");
        } catch (IOException e) {
            throw OsErrors.of(OsErrors.ESRCH);
        }
    }

    @ExposedMethod
    static long getpgrp() {
        return Long.parseLong(procStat(0)[2]);
    }

    @ExposedMethod
    static long getpgid(PyObject pid) {
        return Long.parseLong(procStat(Abstract.index(pid).longValue())[2]);
    }

    @ExposedMethod
    static long getsid(PyObject pid) {
        return Long.parseLong(procStat(Abstract.index(pid).longValue())[3]);
    }

    /** getgroups(): the supplementary groups /proc/self/status lists. */
    @ExposedMethod
    static PyObject getgroups() {
        PyList out = new PyList();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Groups:")) {
                    for (String g : line.substring(7).trim().split("\\s+")) {
                        if (!g.isEmpty()) {
                            out.append(PyInt.of(Long.parseLong(g)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw OsErrors.from(e, null);
        }
        return out;
    }

    @ExposedMethod
    static void sched_yield() {
        Thread.yield();
    }

    @ExposedMethod
    static PyObject ctermid() {
        return PyStr.of("/dev/tty");
    }

    /**
     * system(command): /bin/sh -c COMMAND in pyvm's directory and environment; its output
     * goes where pyvm's descriptors 1 and 2 go. Returns the wait status (exit code << 8).
     */
    @ExposedMethod
    static long system(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("system", args, kw, 1, 1, "command");
        Fs.PathArg c = Fs.path("system", "command", a[0], false);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("os.system", c.given());
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", c.name()).directory(Fs.cwd().toFile());
        pb.environment().clear();
        pb.environment().putAll(Env.current());
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        try {
            Process proc = pb.start();
            Thread t1 = pump(proc.getInputStream(), 1);
            Thread t2 = pump(proc.getErrorStream(), 2);
            int code = proc.waitFor();
            t1.join();
            t2.join();
            // (The JDK reports a child killed by signal N as exit code 128 + N, which
            // cannot be told from exit(128 + N); both come back as an exit status.)
            return (long) code << 8;
        } catch (IOException e) {
            return 127 << 8;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.of(PyExc.KeyboardInterrupt);
        }
    }

    private static Thread pump(java.io.InputStream in, int fd) {
        Thread t = new Thread(() -> {
            byte[] b = new byte[8192];
            try {
                for (int n = in.read(b); n > 0; n = in.read(b)) {
                    FdTable.write(fd, b, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                // the child's output has nowhere to go
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** pread(fd, n, offset): a positional read that leaves the file position alone. */
    @ExposedMethod
    static PyObject pread(PyObject fd, PyObject n, PyObject offset) {
        java.nio.channels.FileChannel ch = fileChannel(fd(fd));
        long len = Abstract.index(n).longValue();
        if (len < 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        try {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((int) Math.min(len, Integer.MAX_VALUE - 16));
            int k = ch.read(b, Abstract.index(offset).longValue());
            return new PyBytes(java.util.Arrays.copyOf(b.array(), Math.max(k, 0)));
        } catch (IOException e) {
            throw OsErrors.from(e, null);
        } catch (IllegalArgumentException e) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
    }

    @ExposedMethod
    static long pwrite(PyObject fd, PyObject data, PyObject offset) {
        java.nio.channels.FileChannel ch = fileChannel(fd(fd));
        byte[] b = bytesLike(data);
        try {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
            long pos = Abstract.index(offset).longValue();
            while (buf.hasRemaining()) {
                pos += ch.write(buf, pos);
            }
            return b.length;
        } catch (IOException e) {
            throw OsErrors.from(e, null);
        } catch (IllegalArgumentException e) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
    }

    private static java.nio.channels.FileChannel fileChannel(int fd) {
        FdTable.Entry e = FdTable.get(fd);
        if (e.channel() == null) {
            throw OsErrors.of(e.isDir ? OsErrors.EISDIR : OsErrors.ESPIPE);
        }
        return e.channel();
    }

    /** writev(fd, buffers): the buffers written in order. */
    @ExposedMethod
    static long writev(PyObject fd, PyObject buffers) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PyObject it = Abstract.iter(buffers);
        for (PyObject b = Abstract.next(it); b != null; b = Abstract.next(it)) {
            byte[] x = bytesLike(b);
            out.write(x, 0, x.length);
        }
        byte[] all = out.toByteArray();
        return FdTable.write(fd(fd), all, 0, all.length);
    }

    /** readv(fd, buffers): fills the bytearrays in order; the number of bytes read. */
    @ExposedMethod
    static long readv(PyObject fd, PyObject buffers) {
        int f = fd(fd);
        long total = 0;
        PyObject it = Abstract.iter(buffers);
        for (PyObject b = Abstract.next(it); b != null; b = Abstract.next(it)) {
            if (!(b instanceof PyByteArray ba)) {
                throw PyErr.typeError("readv() arg 2 must be a sequence of writable buffers, not "
                    + b.type().getName());
            }
            int len = (int) Abstract.len(b);
            byte[] got = FdTable.read(f, len);
            System.arraycopy(got, 0, ba.bytes(), 0, got.length);
            total += got.length;
            if (got.length < len) {
                break;
            }
        }
        return total;
    }

    /** chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True); -1 leaves an id unchanged. */
    @ExposedMethod
    static void chown(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("chown", args, kw, 3, 3, "path", "uid", "gid", "dir_fd", "follow_symlinks");
        Fs.PathArg p = Fs.path("chown", "path", a[0], true);
        long uid = idArg(a[1], "uid");
        long gid = idArg(a[2], "gid");
        setOwner(at(p, a[3]), uid, gid, bool(a[4], true), p.isFd() ? null : p.given());
    }

    @ExposedMethod
    static void lchown(PyObject path, PyObject uid, PyObject gid) {
        Fs.PathArg p = Fs.path("lchown", "path", path, false);
        setOwner(p.path(), idArg(uid, "uid"), idArg(gid, "gid"), false, p.given());
    }

    @ExposedMethod
    static void fchown(PyObject fd, PyObject uid, PyObject gid) {
        Path path = FdTable.statPath(fd(fd));
        setOwner(path, idArg(uid, "uid"), idArg(gid, "gid"), true, null);
    }

    /**
     * A uid_t or gid_t argument: -1 (unchanged) or 0..2**32-1, with CPython's messages
     * (its converter calls 2**32..2**63-1 "less than minimum"). Compare posixmodule.c:
     * _Py_Uid_Converter.
     */
    static long idArg(PyObject o, String what) {
        if (!(o instanceof PyInt) && !Abstract.hasIndex(o) || o instanceof PyFloat) {
            throw PyErr.typeError(what + " should be integer, not " + o.type().getName());
        }
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError(what + (v.signum() < 0 ? " is less than minimum" : " is greater than maximum"));
        }
        long n = v.longValue();
        if (n < -1 || n > 0xffffffffL) {
            throw PyErr.overflowError(what + " is less than minimum");
        }
        return n == 0xffffffffL ? -1 : n;
    }

    private static void setOwner(Path path, long uid, long gid, boolean follow, PyObject filename) {
        try {
            if (uid == -1 && gid == -1) {
                // Nothing to change, but chown(2) still looks the file up.
                Files.readAttributes(path, "unix:uid", links(follow));
            }
            if (uid != -1) {
                Files.setAttribute(path, "unix:uid", (int) uid, links(follow));
            }
            if (gid != -1) {
                Files.setAttribute(path, "unix:gid", (int) gid, links(follow));
            }
        } catch (IOException e) {
            throw OsErrors.from(e, filename);
        }
    }

    /**
     * register_at_fork(*, before=None, after_in_child=None, after_in_parent=None): checked
     * and accepted; pyvm never forks, so they are never called.
     */
    @ExposedMethod
    static void register_at_fork(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("register_at_fork", args, kw, 0, 0, "before", "after_in_child", "after_in_parent");
        String[] names = {"before", "after_in_child", "after_in_parent"};
        boolean any = false;
        for (int i = 0; i < 3; i++) {
            if (a[i] != null && a[i] != PyNone.NONE) {
                any = true;
                if (a[i].type().lookup("__call__") == null) {
                    throw PyErr.typeError("'" + names[i] + "' must be callable, not " + a[i].type().getName());
                }
            }
        }
        if (!any) {
            throw PyErr.typeError("At least one argument is required.");
        }
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }
}
