package org.pyvm.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pyvm.runtime.PyObject;

/**
 * pyvm's file descriptors: small ints naming open files, as the C library's table
 * does. 0, 1 and 2 are the process's standard streams (for a run inside a JVM, the
 * streams {@code Setup.init} was given); files are {@link FileChannel}s; pipes are
 * {@link PipeBuffer}s. New descriptors take the lowest free number, as open(2) does.
 * {@code os.open}/{@code os.read}/... and {@code _io.FileIO} share this table, so
 * {@code FileIO(os.open(...))} and {@code os.read(f.fileno())} work as in CPython.
 * An {@link Entry} may be shared by several numbers after dup/dup2; it is closed when
 * its last number is.
 */
public final class FdTable {

    private FdTable() {}

    /**
     * One open file description. It answers {@code apply("parts")}, {@code "retain"} and
     * {@code "release"} through a JDK interface because the table is process-wide: a
     * subinterpreter's pyvm runs in a class loader of its own ({@link #share}), so an entry
     * one interpreter made is of a class the others cannot name; they see it through a
     * mirror ({@link #mirror}) over the same JDK channels and streams.
     */
    public static final class Entry implements java.util.function.Function<Object, Object> {
        /** For a mirror of another interpreter's entry: that entry, which keeps the count and closes. */
        java.util.function.Function<Object, Object> owner;

        @Override
        public Object apply(Object op) {
            switch ((String) op) {
                case "parts":
                    return new Object[] {file, rch, wch, in, out, path, readable, writable, append, isDir, std,
                        statusFlags, blocking};
                case "retain":
                    incRef(this);
                    return null;
                case "release":
                    release(this);
                    return null;
                default:
                    throw new IllegalArgumentException(String.valueOf(op));
            }
        }

        FileChannel file;
        ReadableByteChannel rch;
        WritableByteChannel wch;
        InputStream in;
        OutputStream out;
        public Path path;
        public boolean readable;
        public boolean writable;
        boolean append;
        public boolean isDir;
        boolean blocking = true;
        int refs;
        /** For 0..2: which standard stream (for isatty and fstat). */
        int std = -1;
        /** A socket's channel (modules.socket), or null: its readiness and its close. */
        public Pollable pollable;
        /** A kernel descriptor opened for this file's locks, flock and ioctl ({@link #nativeFd}), or -1. */
        int nativeFd = -1;
        /** The status flags open(2) was given that F_GETFL reports and nothing else keeps (O_SYNC, O_DSYNC). */
        int statusFlags;

        /** Whether lseek works here, found once: 1 yes, 0 no, -1 not asked yet. */
        private int canSeek = -1;

        /**
         * As CPython's FileIO.seekable, lseek(fd, 0, SEEK_CUR) succeeding: false for a FIFO,
         * a pipe or a terminal opened by name (/dev/stdin), which FileChannel opens too.
         */
        public boolean seekable() {
            if (file == null) {
                return false;
            }
            if (canSeek < 0) {
                try {
                    file.position();
                    canSeek = 1;
                } catch (IOException ex) {
                    canSeek = 0;
                }
            }
            return canSeek == 1;
        }

        public FileChannel channel() {
            return file;
        }

        /** Whether this is an end of a pipe (reads can block until someone writes). */
        public boolean channelIsPipe() {
            return rch instanceof PipeBuffer.Source || wch instanceof PipeBuffer.Sink;
        }
    }

    /** What a descriptor that is not a file or pipe (a socket) tells poll and close. */
    public interface Pollable {
        /** poll(2)'s revents for EVENTS, looking without waiting. */
        int pollEvents(int events);

        void close() throws IOException;

        /**
         * read(2) on it: bytes into DST, -1 at the end of the stream, 0 when non-blocking and
         * nothing is there (EAGAIN). Errors are Python exceptions or IOExceptions.
         */
        int read(ByteBuffer dst, boolean blocking) throws IOException;

        /** write(2) on it: how many bytes of SRC went, 0 when non-blocking and none could (EAGAIN). */
        int write(ByteBuffer src, boolean blocking) throws IOException;
    }

    /**
     * The numbers. Entries of this class, or of another interpreter's copy of it (see
     * {@link Entry}): read them through {@link #at}. Replaced by the main interpreter's list
     * in a subinterpreter ({@link #share}).
     */
    private static List<Object> TABLE = new ArrayList<>();
    private static Set<Integer> INHERITABLE = new HashSet<>();
    /** Whether TABLE is another interpreter's (this pyvm is a subinterpreter): reset leaves it alone. */
    private static boolean shared;
    /** The mirrors made of other interpreters' entries, by entry; dropped when the entry's last number closes. */
    private static final java.util.Map<Object, Entry> MIRRORS = new java.util.IdentityHashMap<>();

    /** The process-wide table and inheritable set, for a subinterpreter to {@link #share}. */
    public static synchronized Object[] exportTable() {
        return new Object[] {TABLE, INHERITABLE};
    }

    /**
     * Makes this interpreter use the table a subinterpreter's creator exported: the
     * descriptors are the process's, as in CPython (os.pipe() in one interpreter, os.write
     * in another). Each interpreter still locks its own class, so two interpreters changing
     * the table at the same moment are not serialized: a known limit.
     */
    @SuppressWarnings("unchecked")
    public static synchronized void share(Object table, Object inheritable) {
        TABLE = (List<Object>) table;
        INHERITABLE = (Set<Integer>) inheritable;
        shared = true;
    }

    /** The entry at slot O (this class's own, or a mirror of another interpreter's); null for null. */
    private static Entry entry(Object o) {
        if (o == null || o instanceof Entry) {
            return (Entry) o;
        }
        return mirror(o);
    }

    /** The entry FD names, or null. */
    private static Entry at(int fd) {
        return fd >= 0 && fd < TABLE.size() ? entry(TABLE.get(fd)) : null;
    }

    @SuppressWarnings("unchecked")
    private static synchronized Entry mirror(Object foreign) {
        Entry m = MIRRORS.get(foreign);
        if (m == null) {
            java.util.function.Function<Object, Object> f = (java.util.function.Function<Object, Object>) foreign;
            Object[] p = (Object[]) f.apply("parts");
            m = new Entry();
            m.owner = f;
            m.file = (FileChannel) p[0];
            m.rch = (ReadableByteChannel) p[1];
            m.wch = (WritableByteChannel) p[2];
            m.in = (InputStream) p[3];
            m.out = (OutputStream) p[4];
            m.path = (Path) p[5];
            m.readable = (Boolean) p[6];
            m.writable = (Boolean) p[7];
            m.append = (Boolean) p[8];
            m.isDir = (Boolean) p[9];
            m.std = (Integer) p[10];
            m.statusFlags = (Integer) p[11];
            m.blocking = (Boolean) p[12];
            m.refs = 1;
            MIRRORS.put(foreign, m);
        }
        return m;
    }

    /**
     * Drops the mirrors whose originals no number names any more (closed here or by their
     * own interpreter): a mirror holds its original strongly, and through it another
     * interpreter's classes, which would then never be collected once it is destroyed.
     */
    private static synchronized void sweepMirrors() {
        java.util.Set<Object> named = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        named.addAll(TABLE);
        MIRRORS.keySet().removeIf(k -> !named.contains(k));
    }

    /** What a slot holds for E: a mirror's original, so that every interpreter finds the same object. */
    private static Object slot(Entry e) {
        return e.owner != null ? e.owner : e;
    }

    /** One more number or holder for E (a mirror asks its owner). */
    static void incRef(Entry e) {
        if (e.owner != null) {
            e.owner.apply("retain");
            return;
        }
        synchronized (FdTable.class) {
            e.refs++;
        }
    }

    /** One holder less; whether E is to be closed now (never for a mirror: its owner closes). */
    private static boolean decRef(Entry e) {
        if (e.owner != null) {
            e.owner.apply("release");
            return false;
        }
        synchronized (FdTable.class) {
            e.refs--;
            return e.refs <= 0;
        }
    }
    /**
     * pyvm's umask: the JVM cannot set the process's, so os.umask keeps one applied to new
     * files. -1 until first needed, then the process's (read lazily: /proc/self/status costs
     * ~1.5 ms of an empty program's start-up in the bytecode interpreter).
     */
    private static int umask = -1;
    /** The process's own umask, which the OS still applies to every file the JVM creates; -1 until read. */
    private static int processUmask = -1;

    /** pyvm's umask (see {@link #setUmask}). */
    static synchronized int umask() {
        if (umask < 0) {
            umask = processUmask();
        }
        return umask;
    }

    /** os.umask: sets pyvm's umask to MASK and returns the previous one. */
    static synchronized int setUmask(int mask) {
        int old = umask();
        umask = mask;
        return old;
    }

    private static synchronized int processUmask() {
        if (processUmask < 0) {
            processUmask = readUmask();
        }
        return processUmask;
    }

    /** A fresh table for one run: 0, 1, 2 over the given streams, the working directory reset. */
    public static synchronized void reset(InputStream in, PrintStream out, PrintStream err) {
        if (shared) {
            // A subinterpreter: the descriptors, working directory and environment are the process's.
            return;
        }
        for (Object o : TABLE) {
            Entry e = o instanceof Entry own ? own : null;
            // A pipe inherited by number stays open: the next table takes it again (inheritPassedFds).
            if (e != null && e.std < 0 && e.refs > 0 && !(e.pollable instanceof KernelFd k && k.inherited)) {
                closeQuietly(e);
            }
        }
        TABLE.clear();
        INHERITABLE.clear();
        TABLE.add(stdEntry(0, in, null));
        TABLE.add(stdEntry(1, null, out));
        TABLE.add(stdEntry(2, null, err));
        INHERITABLE.add(0);
        INHERITABLE.add(1);
        INHERITABLE.add(2);
        Fs.reset();
        Env.reset();
        umask = -1; // the process's again (its own never changes: the JVM cannot set it)
        inheritPassedFds();
        closeMissingStd();
    }

    /**
     * Set by bin/pyvm for the standard descriptors the process was started without (it puts
     * /dev/null there so that the JVM does not take the number for a file of its own):
     * "0,2". Those are closed in pyvm's table, as they are in CPython's process.
     */
    public static final String CLOSED_STD_ENV = "PYVM_CLOSED_STD";

    private static void closeMissingStd() {
        String spec = System.getenv(CLOSED_STD_ENV);
        if (spec == null || spec.isEmpty()) {
            return;
        }
        for (String item : spec.split(",")) {
            if (item.length() == 1 && item.charAt(0) >= '0' && item.charAt(0) <= '2') {
                int n = item.charAt(0) - '0';
                TABLE.set(n, null);
                INHERITABLE.remove(n);
            }
        }
    }

    /**
     * Gives a file or directory just created with MODE the permissions pyvm's umask allows:
     * the OS applied the process's umask, which may remove bits that os.umask has since
     * allowed (CPython's umask(2) changes the one the OS applies).
     */
    public static void fixCreatedMode(Path path, int mode) {
        int want = mode & ~umask() & 0777;
        if ((want & processUmask()) == 0) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, perms(want));
        } catch (IOException | RuntimeException e) {
            // the file is there with the OS's mode: as good as it gets
        }
    }

    /**
     * The environment variable by which a parent pyvm names the descriptors it passed
     * (subprocess's pass_fds): "N:rw,M:r". The JVM does not close descriptors it
     * inherits, but pyvm's table does not know them; it takes those named here, each
     * reopened through /proc/self/fd/N. Env.current() hides the variable so that it
     * does not reach this process's own children.
     */
    public static final String PASSED_FDS_ENV = "PYVM_PASSED_FDS";

    private static void inheritPassedFds() {
        String spec = System.getenv(PASSED_FDS_ENV);
        if (spec == null || spec.isEmpty()) {
            return;
        }
        for (String item : spec.split(",")) {
            int colon = item.indexOf(':');
            try {
                int n = Integer.parseInt(item.substring(0, colon));
                String mode = item.substring(colon + 1);
                if (n < 3) {
                    continue;
                }
                Entry e = new Entry();
                e.path = Path.of("/proc/self/fd/" + n);
                e.readable = mode.contains("r");
                e.writable = mode.contains("w");
                if (Files.readSymbolicLink(e.path).toString().startsWith("pipe:") && Libc.available()) {
                    // A pipe shared with the parent: read and written as the kernel's, ready as poll(2) says.
                    KernelFd k = KernelFd.adopt(n);
                    k.inherited = true;
                    e.pollable = k;
                    while (TABLE.size() <= n) {
                        TABLE.add(null);
                    }
                    TABLE.set(n, e);
                    e.refs = 1;
                    INHERITABLE.add(n);
                    continue;
                }
                Set<OpenOption> opts = new HashSet<>();
                opts.add(e.writable ? StandardOpenOption.WRITE : StandardOpenOption.READ);
                if (e.readable) {
                    opts.add(StandardOpenOption.READ);
                }
                e.file = FileChannel.open(e.path, opts);
                while (TABLE.size() <= n) {
                    TABLE.add(null);
                }
                TABLE.set(n, e);
                e.refs = 1;
                INHERITABLE.add(n);
            } catch (IOException | RuntimeException ex) {
                // not open in this process after all (or malformed): the number stays free
            }
        }
    }

    static {
        reset(System.in, System.out, System.err);
    }

    private static Entry stdEntry(int n, InputStream in, OutputStream out) {
        Entry e = new Entry();
        e.in = in;
        e.out = out;
        e.readable = in != null;
        e.writable = out != null;
        e.std = n;
        e.refs = 1;
        return e;
    }

    /** The process's umask from /proc (Linux), 022 when it cannot be read. */
    private static int readUmask() {
        try {
            String status = new String(Files.readAllBytes(Path.of("/proc/self/status")), java.nio.charset.StandardCharsets.ISO_8859_1);
            int i = status.indexOf("\nUmask:");
            if (i >= 0) {
                int end = status.indexOf('\n', i + 1);
                return Integer.parseInt(status.substring(i + 7, end < 0 ? status.length() : end).trim(), 8);
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return 022;
    }

    /** The entry of FD, or EBADF. */
    public static synchronized Entry get(int fd) {
        Entry e = at(fd);
        if (e == null) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        return e;
    }

    public static synchronized boolean isOpen(int fd) {
        return fd >= 0 && fd < TABLE.size() && TABLE.get(fd) != null;
    }

    private static int install(Entry e, int from) {
        incRef(e);
        for (int i = from; i < TABLE.size(); i++) {
            if (TABLE.get(i) == null) {
                TABLE.set(i, slot(e));
                return i;
            }
        }
        TABLE.add(slot(e));
        return TABLE.size() - 1;
    }

    public static synchronized int add(Entry e) {
        return install(e, 0);
    }

    // O_* values of Linux (checked against posix's constants by PosixTest).
    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3, O_CREAT = 0100, O_EXCL = 0200,
        O_NOCTTY = 0400, O_TRUNC = 01000, O_APPEND = 02000, O_NONBLOCK = 04000, O_DIRECTORY = 0200000,
        O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000, O_SYNC = 04010000, O_DSYNC = 010000;

    /**
     * open(2): PATH with FLAGS and MODE (less the umask for a new file). FILENAME is what
     * errors name. Compare posixmodule.c: os_open_impl.
     */
    public static int open(Path path, int flags, int mode, PyObject filename) {
        int acc = flags & O_ACCMODE;
        Entry e = new Entry();
        e.path = path;
        e.readable = acc == O_RDONLY || acc == O_RDWR;
        e.writable = acc == O_WRONLY || acc == O_RDWR;
        e.append = (flags & O_APPEND) != 0;
        e.blocking = (flags & O_NONBLOCK) == 0;
        e.statusFlags = flags & (O_SYNC | O_DSYNC);
        boolean nofollow = (flags & O_NOFOLLOW) != 0;
        LinkOption[] lo = nofollow ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
        if (Files.isDirectory(path, lo)) {
            // O_CREAT|O_EXCL refuses any existing name first (open(2): EEXIST before EISDIR).
            if ((flags & O_CREAT) != 0 && (flags & O_EXCL) != 0) {
                throw OsErrors.of(OsErrors.EEXIST, filename);
            }
            if (e.writable) {
                throw OsErrors.of(OsErrors.EISDIR, filename);
            }
            // A directory opened for reading: no channel, used for fstat, fchdir, dir_fd and listdir(fd).
            e.isDir = true;
            e.readable = false;
            synchronized (FdTable.class) {
                return add(e);
            }
        }
        if ((flags & O_DIRECTORY) != 0) {
            throw OsErrors.of(Files.exists(path) ? OsErrors.ENOTDIR : OsErrors.ENOENT, filename);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (e.readable) {
            opts.add(StandardOpenOption.READ);
        }
        if (e.writable) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && e.writable) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        // O_APPEND is emulated in write(): Java refuses READ with APPEND.
        if ((flags & O_SYNC) == O_SYNC) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        if (nofollow) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        if (!e.readable && !e.writable) {
            opts.add(StandardOpenOption.READ);
        }
        try {
            FileAttribute<?>[] attrs = (flags & O_CREAT) != 0
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms(mode & ~umask()))}
                : new FileAttribute<?>[0];
            boolean fix = (flags & O_CREAT) != 0 && (mode & ~umask() & processUmask() & 0777) != 0
                && !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
            if ((flags & O_CREAT) != 0 && !e.writable) {
                // Java ignores CREATE and CREATE_NEW for a file opened only for reading;
                // open(2) creates it all the same (O_RDONLY|O_CREAT).
                try {
                    Files.createFile(path, attrs);
                } catch (java.nio.file.FileAlreadyExistsException ex) {
                    if ((flags & O_EXCL) != 0) {
                        throw ex;
                    }
                }
            }
            // Opening a FIFO blocks until its other end opens, maybe in another thread.
            boolean released = org.pyvm.runtime.Gil.release();
            try {
                e.file = FileChannel.open(path, opts, attrs);
            } finally {
                org.pyvm.runtime.Gil.reacquire(released);
            }
            if (fix) {
                fixCreatedMode(path, mode);
            }
        } catch (UnsupportedOperationException ex) {
            throw OsErrors.of(OsErrors.EINVAL, filename);
        } catch (IOException ex) {
            throw OsErrors.from(ex, filename);
        }
        synchronized (FdTable.class) {
            return add(e);
        }
    }

    /** The nine permission bits of MODE as Java's set. */
    public static Set<PosixFilePermission> perms(int mode) {
        Set<PosixFilePermission> s = new HashSet<>();
        PosixFilePermission[] all = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(all[i]);
            }
        }
        return s;
    }

    /** pipe(2): the (read end, write end) descriptors, over a {@link PipeBuffer}. */
    public static synchronized int[] pipe() {
        PipeBuffer p = new PipeBuffer();
        Entry r = new Entry();
        r.rch = p.source;
        r.readable = true;
        Entry w = new Entry();
        w.wch = p.sink;
        w.writable = true;
        return new int[] {add(r), add(w)};
    }

    /** One more holder of E (a child process's end of a pipe or file), as a dup without a number. */
    public static void retain(Entry e) {
        incRef(e);
    }

    /** Drops a {@link #retain} hold: the file is closed when nothing else names it. */
    public static void release(Entry e) {
        if (!decRef(e)) {
            return;
        }
        if (e.std >= 0) {
            flushStd(e);
        } else {
            closeQuietly(e);
        }
    }

    /** Reads from E as read(2) on a descriptor naming it would (for pumps into a child's stdin). */
    public static int readEntry(Entry e, byte[] b) throws IOException {
        if (e.in != null) {
            return StdinReader.serves(e.in) ? StdinReader.read(b, 0, b.length) : e.in.read(b);
        }
        ReadableByteChannel ch = e.file != null ? e.file : e.rch;
        return ch == null ? -1 : ch.read(ByteBuffer.wrap(b));
    }

    /** Writes all of B[0..N) to E as write(2) would (for pumps out of a child). */
    public static void writeEntry(Entry e, byte[] b, int n) throws IOException {
        if (e.out != null) {
            e.out.write(b, 0, n);
            e.out.flush();
            return;
        }
        WritableByteChannel ch = e.file != null ? e.file : e.wch;
        synchronized (e) {
            if (e.append && e.file != null) {
                e.file.position(e.file.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(b, 0, n);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    /** Which of the JVM's own standard streams E is (0, 1, 2: a child may be given it as it is), else -1. */
    public static int jvmStd(Entry e) {
        if (e.in != null) {
            return e.in == System.in ? 0 : -1;
        }
        return e.out == null ? -1 : e.out == System.out ? 1 : e.out == System.err ? 2 : -1;
    }

    /**
     * poll(2)'s revents for FD and the wanted EVENTS (POLLIN 1, POLLPRI 2, POLLOUT 4; POLLERR 8
     * and POLLHUP 16 are always reported); POLLNVAL (32) for a closed descriptor. Files are
     * always ready; a standard input is readable when bytes are waiting.
     */
    public static int pollEvents(int fd, int events) {
        Entry e;
        synchronized (FdTable.class) {
            e = at(fd);
        }
        if (e == null) {
            return 32;
        }
        int ready;
        if (e.pollable != null) {
            ready = e.pollable.pollEvents(events);
        } else if (e.rch instanceof PipeBuffer.Source src) {
            ready = src.pipe().readEvents();
        } else if (e.wch instanceof PipeBuffer.Sink sink) {
            ready = sink.pipe().writeEvents();
        } else if (e.in != null) {
            ready = stdinReady(e.in) ? 1 : 0;
        } else {
            ready = (e.readable || e.isDir ? 1 : 0) | (e.writable ? 4 : 0);
        }
        return ready & (events | 8 | 16);
    }

    private static boolean stdinReady(InputStream in) {
        if (in instanceof java.io.ByteArrayInputStream) {
            return true;
        }
        try {
            return StdinReader.serves(in) && StdinReader.hasBuffered() || in.available() > 0;
        } catch (IOException ex) {
            return true;
        }
    }

    /** Whether polling FD needs a periodic look (a standard input, which notifies nobody). */
    public static boolean needsPolling(int fd) {
        Entry e;
        synchronized (FdTable.class) {
            e = at(fd);
        }
        return e != null && (e.pollable != null || e.in != null && !(e.in instanceof java.io.ByteArrayInputStream));
    }

    /** close(2). */
    public static void close(int fd) {
        Entry e;
        synchronized (FdTable.class) {
            e = get(fd);
            TABLE.set(fd, null);
            INHERITABLE.remove(fd);
        }
        if (!MIRRORS.isEmpty()) {
            sweepMirrors();
        }
        if (!decRef(e)) {
            return;
        }
        if (e.std >= 0) {
            flushStd(e);
            return;
        }
        try {
            closeChannels(e);
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    private static void flushStd(Entry e) {
        if (e.out != null) {
            try {
                e.out.flush();
            } catch (IOException ex) {
                // nothing to report for a standard stream at close
            }
        }
    }

    private static void closeChannels(Entry e) throws IOException {
        int nfd;
        synchronized (e) {
            nfd = e.nativeFd;
            e.nativeFd = -1;
        }
        if (nfd >= 0) {
            Libc.close(nfd);
        }
        if (e.pollable != null) {
            e.pollable.close();
        }
        if (e.file != null) {
            e.file.close();
        }
        if (e.rch != null) {
            e.rch.close();
        }
        if (e.wch != null) {
            e.wch.close();
        }
    }

    private static void closeQuietly(Entry e) {
        try {
            closeChannels(e);
        } catch (IOException ex) {
            // a leftover of an earlier run
        }
    }

    /** dup(2): the lowest free number for FD's file. */
    public static synchronized int dup(int fd) {
        return add(get(fd));
    }

    /** dup2(2): FD2 names FD's file afterwards (closing what it named). */
    public static int dup2(int fd, int fd2, boolean inheritable) {
        Entry e = get(fd);
        if (fd2 < 0) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        if (fd == fd2) {
            return fd2;
        }
        if (isOpen(fd2)) {
            close(fd2);
        }
        synchronized (FdTable.class) {
            while (TABLE.size() <= fd2) {
                TABLE.add(null);
            }
            TABLE.set(fd2, slot(e));
            incRef(e);
            if (inheritable) {
                INHERITABLE.add(fd2);
            } else {
                INHERITABLE.remove(fd2);
            }
        }
        return fd2;
    }

    /** The open descriptors from 3 up that are inheritable (what a child gets with close_fds=False). */
    public static synchronized List<Integer> inheritableFds() {
        List<Integer> out = new ArrayList<>();
        for (int i = 3; i < TABLE.size(); i++) {
            if (TABLE.get(i) != null && INHERITABLE.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    public static synchronized boolean getInheritable(int fd) {
        get(fd);
        return INHERITABLE.contains(fd);
    }

    public static synchronized void setInheritable(int fd, boolean v) {
        get(fd);
        if (v) {
            INHERITABLE.add(fd);
        } else {
            INHERITABLE.remove(fd);
        }
    }

    /**
     * read(2): up to N bytes (fewer at end of file or when a pipe has less), an empty
     * array at the end; null when a non-blocking descriptor has nothing (EAGAIN).
     */
    public static byte[] read(int fd, int n) {
        Entry e = get(fd);
        if (e.pollable != null) {
            return readPollable(e, n);
        }
        if (e.isDir) {
            throw OsErrors.of(OsErrors.EISDIR);
        }
        if (!e.readable) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        try {
            if (e.in != null) {
                if (n == 0) {
                    return new byte[0];
                }
                byte[] b = new byte[n];
                // The JVM's standard input through a reader a signal handler can interrupt.
                int k = StdinReader.serves(e.in) ? StdinReader.read(b, 0, n) : e.in.read(b, 0, n);
                return k <= 0 ? new byte[0] : k == n ? b : java.util.Arrays.copyOf(b, k);
            }
            ReadableByteChannel ch = e.file != null ? e.file : e.rch;
            ByteBuffer buf = ByteBuffer.allocate(n);
            if (ch instanceof PipeBuffer.Source src) {
                int k = src.pipe().read(buf, e.blocking);
                if (k == 0 && n > 0) {
                    return null;
                }
                return k <= 0 ? new byte[0] : k == n ? buf.array() : java.util.Arrays.copyOf(buf.array(), k);
            }
            int k;
            if (n == 0) {
                k = 0;
            } else if (e.file != null && e.seekable()) {
                k = ch.read(buf);
            } else {
                // A FIFO or terminal opened by name can block: other threads run meanwhile.
                boolean released = org.pyvm.runtime.Gil.release();
                try {
                    k = ch.read(buf);
                } finally {
                    org.pyvm.runtime.Gil.reacquire(released);
                }
            }
            if (k <= 0) {
                return new byte[0];
            }
            return k == n ? buf.array() : java.util.Arrays.copyOf(buf.array(), k);
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    /** read(2) of a socket: as {@link #read}. */
    private static byte[] readPollable(Entry e, int n) {
        ByteBuffer buf = ByteBuffer.allocate(n);
        try {
            int k = n == 0 ? 0 : e.pollable.read(buf, e.blocking);
            if (k == 0 && n > 0) {
                return null;
            }
            return k <= 0 ? new byte[0] : k == n ? buf.array() : java.util.Arrays.copyOf(buf.array(), k);
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    /**
     * write(2): writes all of B[OFF..OFF+LEN) and returns LEN (a pipe or socket: what went,
     * EAGAIN when non-blocking and nothing could).
     */
    public static int write(int fd, byte[] b, int off, int len) {
        Entry e = get(fd);
        if (e.pollable != null) {
            try {
                int k = len == 0 ? 0 : e.pollable.write(ByteBuffer.wrap(b, off, len), e.blocking);
                if (k == 0 && len > 0) {
                    throw OsErrors.of(OsErrors.EAGAIN);
                }
                return k;
            } catch (IOException ex) {
                throw OsErrors.from(ex, null);
            }
        }
        if (!e.writable) {
            if (e.std == 0 && e.in == System.in) {
                return KernelFd.writeStdin(b, off, len);
            }
            throw OsErrors.of(OsErrors.EBADF);
        }
        try {
            if (e.out != null) {
                e.out.write(b, off, len);
                e.out.flush();
                // A PrintStream (the JVM's own stdout/stderr) keeps its IOException to itself;
                // the usual one is a reader that went away: write(2) says EPIPE.
                if (e.out instanceof java.io.PrintStream ps && ps.checkError()) {
                    throw OsErrors.of(OsErrors.EPIPE);
                }
                return len;
            }
            WritableByteChannel ch = e.file != null ? e.file : e.wch;
            if (ch instanceof PipeBuffer.Sink sink) {
                int k = sink.pipe().write(ByteBuffer.wrap(b, off, len), e.blocking);
                if (k == 0 && len > 0) {
                    throw OsErrors.of(OsErrors.EAGAIN);
                }
                return k;
            }
            if (e.append && e.file != null) {
                e.file.position(e.file.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            return len;
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    /** lseek(2). */
    public static long seek(int fd, long pos, int whence) {
        Entry e = get(fd);
        if (e.file == null) {
            throw OsErrors.of(OsErrors.ESPIPE);
        }
        if (whence == 3 || whence == 4) {
            return PosixMore.seekDataHole(fd, e.file, pos, whence);
        }
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> e.file.position();
                case 2 -> e.file.size();
                default -> throw OsErrors.of(OsErrors.EINVAL);
            };
            long np = base + pos;
            if (np < 0) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            e.file.position(np);
            return np;
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    /** ftruncate(2): a larger size extends the file with zeros, as POSIX says. */
    public static void truncate(int fd, long size) {
        Entry e = get(fd);
        if (e.file == null || !e.writable) {
            throw OsErrors.of(e.file == null ? OsErrors.EINVAL : OsErrors.EINVAL);
        }
        if (size < 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        try {
            truncateChannel(e.file, size);
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    static void truncateChannel(FileChannel ch, long size) throws IOException {
        long cur = ch.size();
        if (size < cur) {
            long pos = ch.position();
            ch.truncate(size);
            ch.position(pos);
        } else if (size > cur) {
            ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
        }
    }

    /** fsync(2). */
    public static void fsync(int fd) {
        Entry e = get(fd);
        try {
            if (e.file != null) {
                e.file.force(true);
            } else if (e.out != null) {
                e.out.flush();
            }
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    /** isatty(3): a standard stream the JVM knows is a terminal, or a kernel descriptor that is one. */
    public static boolean isatty(int fd) {
        Entry e;
        synchronized (FdTable.class) {
            e = at(fd);
        }
        if (e != null && e.pollable instanceof KernelFd k) {
            return k.isatty();
        }
        if (e == null || e.std < 0) {
            return false;
        }
        boolean real = (e.std == 0 && e.in == System.in) || (e.std == 1 && e.out == System.out)
            || (e.std == 2 && e.out == System.err);
        if (!real) {
            return false;
        }
        Boolean tty = terminalByName(e.std);
        if (tty != null) {
            return tty;
        }
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    /**
     * Whether the process's descriptor FD is a terminal, by the device /proc/self/fd/FD names
     * (a pseudo-terminal, a virtual or serial tty, the console); null without /proc. Not
     * System.console(), whose first call looks up the JDK's console provider (~1 ms at
     * start-up, where each standard stream asks) and which answers for stdin and stdout
     * together.
     */
    private static Boolean terminalByName(int fd) {
        try {
            String dev = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return dev.startsWith("/dev/pts/") || dev.startsWith("/dev/tty") || dev.equals("/dev/console");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A path that stat can read for FD: the file's own, or /proc/self/fd/N for a standard stream. */
    public static Path statPath(int fd) {
        Entry e = get(fd);
        if (e.path != null) {
            if (e.file != null && !Files.exists(e.path, LinkOption.NOFOLLOW_LINKS)) {
                Path live = deletedFileLink(e.path);
                if (live != null) {
                    return live;
                }
            }
            return e.path;
        }
        if (e.std >= 0) {
            return Path.of("/proc/self/fd/" + e.std);
        }
        return null;
    }

    /**
     * The JVM's own /proc/self/fd link to a file that has been unlinked while open (its
     * target reads "PATH (deleted)"): fstat of an open temporary file follows it to the
     * file itself, as fstat(2) does. Null when none is found.
     */
    private static Path deletedFileLink(Path path) {
        String want = path.toString() + " (deleted)";
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path link : ds) {
                try {
                    if (Files.readSymbolicLink(link).toString().equals(want)) {
                        return link;
                    }
                } catch (IOException | RuntimeException ex) {
                    // closed meanwhile, or not a link
                }
            }
        } catch (IOException | RuntimeException ex) {
            // no /proc: the path's own error stands
        }
        return null;
    }

    // ---- what fcntl needs (modules.fcntl) ----

    public static final int O_LARGEFILE = 0100000;

    /**
     * A kernel descriptor for FD's file, for the requests that only the kernel can answer
     * (record locks, flock, F_NOTIFY, leases, ioctl): the JVM's own 0-2 for its standard
     * streams, else one this entry opens on the file's path once and closes with the entry.
     * Record locks belong to the process and the inode, so any descriptor of the file holds
     * them; flock locks belong to the open file description, which is one per entry here as
     * in the kernel (dup'ed numbers share it). -1 for pipes, sockets and in-JVM streams.
     */
    public static int nativeFd(int fd) {
        Entry e = get(fd);
        int std = jvmStd(e);
        if (std >= 0) {
            return std;
        }
        if (e.pollable instanceof KernelFd k) {
            return k.kernelFd();
        }
        if (e.path == null || (e.file == null && !e.isDir) || !Libc.available()) {
            return -1;
        }
        synchronized (e) {
            if (e.nativeFd >= 0) {
                return e.nativeFd;
            }
            Path p = e.path;
            if (e.file != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                Path live = deletedFileLink(p);
                if (live != null) {
                    p = live;
                }
            }
            byte[] name = Fs.bytes(p);
            int cloexec = O_CLOEXEC | O_NOCTTY;
            int[] tries = e.isDir ? new int[] {O_RDONLY | O_DIRECTORY}
                : e.readable && e.writable ? new int[] {O_RDWR, O_RDONLY | O_NONBLOCK}
                : e.writable ? new int[] {O_WRONLY, O_RDONLY | O_NONBLOCK} : new int[] {O_RDONLY | O_NONBLOCK};
            Libc.Result r = null;
            for (int flags : tries) {
                r = Libc.open(name, flags | cloexec);
                if (r.value() >= 0) {
                    e.nativeFd = (int) r.value();
                    return e.nativeFd;
                }
            }
            throw OsErrors.of(r.errno());
        }
    }

    /** F_GETFL: access mode and status flags as Linux reports them. Compare fs/fcntl.c. */
    public static int getStatusFlags(int fd) {
        Entry e = get(fd);
        int acc = e.readable && e.writable || e.pollable != null ? O_RDWR : e.writable ? O_WRONLY : O_RDONLY;
        int fl = acc | e.statusFlags;
        if (e.append) {
            fl |= O_APPEND;
        }
        if (!e.blocking) {
            fl |= O_NONBLOCK;
        }
        if (e.file != null || e.isDir) {
            fl |= O_LARGEFILE; // the kernel sets it for every open of a 64-bit process
        }
        return fl;
    }

    /**
     * F_SETFL: O_APPEND and O_NONBLOCK change; the access mode, creation flags and
     * O_LARGEFILE are ignored as Linux ignores them. O_ASYNC, O_DIRECT and O_NOATIME cannot
     * be given to a JVM channel: EINVAL, the error Linux gives where they are not supported.
     */
    public static void setStatusFlags(int fd, long flags) {
        Entry e = get(fd);
        final long unsupported = 020000 | 040000 | 01000000; // O_ASYNC, O_DIRECT, O_NOATIME
        if ((flags & unsupported) != 0) {
            throw org.pyvm.runtime.PyErr.of(org.pyvm.runtime.PyExc.OSError,
                org.pyvm.runtime.PyInt.of(OsErrors.EINVAL), org.pyvm.runtime.PyStr.of(
                    "Invalid argument (pyvm cannot set O_ASYNC, O_DIRECT or O_NOATIME on a descriptor)"));
        }
        e.append = (flags & O_APPEND) != 0;
        e.blocking = (flags & O_NONBLOCK) == 0;
    }

    /** F_DUPFD/F_DUPFD_CLOEXEC: the lowest free number at least MIN naming FD's file. */
    public static synchronized int dupFrom(int fd, int min, boolean inheritable) {
        Entry e = get(fd);
        if (min < 0 || min >= 1024 * 1024) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        while (TABLE.size() < min) {
            TABLE.add(null);
        }
        int n = install(e, min);
        if (inheritable) {
            INHERITABLE.add(n);
        }
        return n;
    }

    /**
     * Turns the pyvm pipe behind FD into a kernel pipe, for a child given one of its ends by
     * number (pass_fds): the child then shares the pipe with this process as it would with
     * CPython, where a copying thread would race this process's own reads of the same pipe.
     * The table's entries for both ends become {@link KernelFd} ends (the numbers and dups
     * stay), with the bytes not yet read moved into the kernel pipe; an end already closed
     * here is closed in the kernel too. Returns FD's kernel descriptor. A thread already
     * blocked reading the pyvm pipe keeps waiting on it.
     */
    public static int promotePipe(int fd) {
        PipeBuffer p = pipeOf(fd);
        if (p == null) {
            return KernelFd.of(get(fd));
        }
        int[] k = Libc.pipe();
        KernelFd r = KernelFd.adopt(k[0]);
        KernelFd w = KernelFd.adopt(k[1]);
        boolean haveReader = false;
        boolean haveWriter = false;
        synchronized (FdTable.class) {
            for (Object o : TABLE) {
                if (!(o instanceof Entry e)) {
                    continue; // empty, or another interpreter's (not promoted: a known limit)
                }
                if (e.rch instanceof PipeBuffer.Source src && src.pipe() == p) {
                    e.rch = null;
                    e.pollable = r;
                    e.path = Path.of("/proc/self/fd/" + k[0]);
                    haveReader = true;
                } else if (e.wch instanceof PipeBuffer.Sink sink && sink.pipe() == p) {
                    e.wch = null;
                    e.pollable = w;
                    e.path = Path.of("/proc/self/fd/" + k[1]);
                    haveWriter = true;
                }
            }
        }
        byte[] waiting = p.takeAll();
        if (waiting.length > 0) {
            ByteBuffer b = ByteBuffer.wrap(waiting);
            while (b.hasRemaining()) {
                w.write(b, true);
            }
        }
        if (!haveReader) {
            r.close();
        }
        if (!haveWriter) {
            w.close();
        }
        return KernelFd.of(get(fd));
    }

    /** The pipe behind FD, or null when it is not one of pyvm's pipes. */
    public static PipeBuffer pipeOf(int fd) {
        Entry e = get(fd);
        if (e.rch instanceof PipeBuffer.Source src) {
            return src.pipe();
        }
        if (e.wch instanceof PipeBuffer.Sink sink) {
            return sink.pipe();
        }
        return null;
    }

    /** FIONREAD of a file: the bytes after its position (Linux's answer for a regular file). */
    public static long bytesAfterPosition(int fd) {
        Entry e = get(fd);
        try {
            return e.file != null && e.seekable() ? Math.max(0, e.file.size() - e.file.position()) : -1;
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    public static void setBlocking(int fd, boolean b) {
        get(fd).blocking = b;
    }

    public static boolean getBlocking(int fd) {
        return get(fd).blocking;
    }
}
