package org.pyvm.modules.posix;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a child program on the JDK's process API with three of pyvm's descriptors as its
 * standard streams: what _posixsubprocess.fork_exec, os.spawn* and os.exec* share.
 *
 * <p>pyvm's descriptors are pyvm's own, so the child's standard streams are joined to them
 * by threads that copy bytes (a pipe end, a file, a captured standard stream), except that
 * the JVM's own standard streams and /dev/null are handed to the child directly. The child
 * gets only descriptors 0-2.
 */
public final class ChildLauncher {

    private ChildLauncher() {}

    /**
     * Starts ARGV (argv[0] the executable's path) in CWD with ENV; STDIN, STDOUT, STDERR are
     * pyvm descriptors, -1 for pyvm's own 0, 1, 2. The child is registered for waitpid.
     * IOException when the JDK cannot start it ({@link #startErrno} gives its errno).
     */
    public static Children.Child start(List<String> argv, Path cwd, Map<String, String> env, int stdin, int stdout,
                                       int stderr) throws IOException {
        FdTable.Entry in = entry(stdin, 0);
        FdTable.Entry out = entry(stdout, 1);
        FdTable.Entry errE = entry(stderr, 2);
        List<String> cmd = exactCommand(argv, cwd, env);
        boolean viaShell = cmd != argv;
        String rwIn = readWriteFile(in);
        boolean merged = errE != null && errE == out;
        // Terminals (openpty's ends) are opened by the child itself, through bash: the JDK
        // would open a redirect's file in this process, and a session leader without a
        // controlling terminal that opens one gets it as its own, and SIGHUP when it closes
        // (setsid'd test runners, daemons). CPython's child dup2s the descriptor instead.
        // Each is a duplicate held open until the child has opened it, since the caller may
        // close its descriptor as soon as this returns (pty.spawn's and run_pty's slave).
        List<PipeBridge> held = new java.util.ArrayList<>(3);
        String ttyIn = rwIn == null ? terminal(in, 0, held) : null;
        String ttyOut = terminal(out, 1, held);
        String ttyErr = merged ? null : terminal(errE, 2, held);
        StringBuilder redirects = new StringBuilder();
        if (rwIn != null) {
            // CPython's child dup2s the parent's descriptor, so a child may also write to a
            // stdin opened read-write (test_swap_std_fds_with_one_closed); the JDK opens a
            // redirected stdin read-only, so bash opens it read-write and execs the program.
            redirects.append(" 0<>").append(rwIn);
        }
        if (ttyIn != null) {
            redirects.append(" 0<>").append(ttyIn);
        }
        if (ttyOut != null) {
            redirects.append(" 1<>").append(ttyOut).append(merged ? " 2>&1" : "");
        }
        if (ttyErr != null) {
            redirects.append(" 2<>").append(ttyErr);
        }
        if (!redirects.isEmpty()) {
            List<String> wrapped = new java.util.ArrayList<>(List.of("/bin/bash", "-c", "exec \"$0\" \"$@\"" + redirects));
            wrapped.addAll(cmd);
            cmd = wrapped;
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        if (!viaShell) {
            // Through the shell, the script changes directory and sets the environment itself.
            pb.directory(cwd.toFile());
            pb.environment().putAll(env);
        }

        if (rwIn != null || ttyIn != null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        boolean pumpIn = rwIn == null && ttyIn == null && redirectIn(pb, in);
        boolean pumpOut = false;
        if (ttyOut != null) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        } else {
            pumpOut = redirectOut(pb, out, 1);
        }
        boolean pumpErr = false;
        if (merged) {
            pb.redirectErrorStream(true);
        } else if (ttyErr != null) {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        } else {
            pumpErr = redirectOut(pb, errE, 2);
        }
        // What pyvm wrote to its own standard streams comes before what the child writes.
        System.out.flush();
        System.err.flush();
        Process proc;
        try {
            proc = pb.start();
        } catch (IOException | RuntimeException ex) {
            held.forEach(b -> Libc.close(b.kernelFd));
            throw ex;
        }
        Children.Child child = new Children.Child(proc);
        startBridges(child, held);
        if (pumpIn) {
            pumpInto(proc, in);
        } else {
            closeQuietly(proc.getOutputStream());
        }
        if (pumpOut) {
            pumpOut(child, proc.getInputStream(), out);
        }
        if (pumpErr) {
            pumpOut(child, proc.getErrorStream(), errE);
        }
        Children.add(child);
        return child;
    }

    /** The entry a child stream gets: FD's, or (for -1) what pyvm's own descriptor STD names; null if closed. */
    private static FdTable.Entry entry(int fd, int std) {
        int n = fd >= 0 ? fd : std;
        if (!FdTable.isOpen(n)) {
            if (fd >= 0) {
                throw OsErrors.of(OsErrors.EBADF);
            }
            return null;
        }
        return FdTable.get(n);
    }

    private static boolean isDevNull(FdTable.Entry e) {
        return e.path != null && e.path.normalize().toString().equals("/dev/null");
    }

    /**
     * The JVM's /proc path of E when it is a regular file open for reading and writing at
     * offset 0 (a child opening it anew then sees what it would through the parent's
     * descriptor), else null.
     */
    private static String readWriteFile(FdTable.Entry e) {
        if (e == null || e.file == null || e.path == null || !e.readable || !e.writable || !e.seekable()
                || !Files.isExecutable(Path.of("/bin/bash"))) {
            return null;
        }
        try {
            if (e.file.position() != 0) {
                return null;
            }
        } catch (IOException ex) {
            return null;
        }
        int k = PosixSpawn.jvmFd(e);
        return k < 0 ? null : "/proc/" + ProcessHandle.current().pid() + "/fd/" + k;
    }

    /**
     * When E is a terminal's kernel descriptor: a duplicate of it held (added to HELD) for
     * the child's descriptor CHILD_FD, and its /proc path by pid for the child to open;
     * else null.
     */
    private static String terminal(FdTable.Entry e, int childFd, List<PipeBridge> held) {
        if (e == null || !(e.pollable instanceof KernelFd k) || !k.isatty() || !Files.isExecutable(Path.of("/bin/bash"))) {
            return null;
        }
        PipeBridge b = hold(KernelFd.of(e), childFd);
        held.add(b);
        return "/proc/" + ProcessHandle.current().pid() + "/fd/" + b.kernelFd;
    }

    /** Sets the child's stdin; true when a pump thread must feed it. */
    private static boolean redirectIn(ProcessBuilder pb, FdTable.Entry e) {
        if (e == null || isDevNull(e)) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            return false;
        }
        if (FdTable.jvmStd(e) == 0) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            return false;
        }
        int kernel = KernelFd.of(e);
        if (kernel >= 0) {
            // A kernel pipe or terminal (pass_fds promoted it, or openpty): the child opens it
            // itself, as it would share it under CPython; a pump has no channel to copy from.
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/proc/self/fd/" + kernel)));
            return false;
        }
        return true;
    }

    /** Sets the child's stdout (K = 1) or stderr (K = 2); true when a pump thread must carry it. */
    private static boolean redirectOut(ProcessBuilder pb, FdTable.Entry e, int k) {
        ProcessBuilder.Redirect r;
        if (e == null || isDevNull(e)) {
            r = ProcessBuilder.Redirect.DISCARD;
        } else if (FdTable.jvmStd(e) > 0) {
            int n = FdTable.jvmStd(e);
            r = n == k ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.appendTo(new File("/proc/self/fd/" + n));
        } else if (KernelFd.of(e) >= 0) {
            // A kernel pipe or terminal: the child writes into it directly (see redirectIn).
            r = ProcessBuilder.Redirect.appendTo(new File("/proc/self/fd/" + KernelFd.of(e)));
        } else {
            return true;
        }
        if (k == 1) {
            pb.redirectOutput(r);
        } else {
            pb.redirectError(r);
        }
        return false;
    }

    /** The errno chdir(DIR) would give. */
    public static int dirError(Path dir) {
        if (Files.isDirectory(dir)) {
            return Files.isExecutable(dir) ? 0 : OsErrors.EACCES;
        }
        return Files.exists(dir) ? OsErrors.ENOTDIR : missingError(dir);
    }

    /** ENOENT, or ENOTDIR when a leading component is not a directory. */
    private static int missingError(Path p) {
        for (Path q = p.getParent(); q != null; q = q.getParent()) {
            if (Files.exists(q)) {
                return Files.isDirectory(q) ? OsErrors.ENOENT : OsErrors.ENOTDIR;
            }
        }
        return OsErrors.ENOENT;
    }

    /** The errno execve(P) would give for a missing, non-executable or directory P (0: it may run). */
    public static int execError(Path p) {
        if (!Files.exists(p)) {
            return missingError(p);
        }
        if (Files.isDirectory(p) || !Files.isExecutable(p)) {
            return OsErrors.EACCES;
        }
        return 0;
    }

    private static final Pattern ERROR_EQ = Pattern.compile("error=(\\d+)");

    /** The errno in the JDK's "Cannot run program ...: error=2, No such file or directory". */
    public static int startErrno(IOException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : ERROR_EQ.matcher(t.getMessage());
            if (m != null && m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return OsErrors.errnoOf(ex);
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // the child has gone
        }
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Copies pyvm's file E into the child's stdin until end of file; stops when the child ends. */
    private static void pumpInto(Process proc, FdTable.Entry e) {
        pumpInto(proc, e, proc.getOutputStream());
    }

    /** Copies what pyvm's file E gives into TO (a child's stdin, or a real pipe it reads) until the child ends. */
    private static void pumpInto(Process proc, FdTable.Entry e, OutputStream to) {
        FdTable.retain(e);
        Thread t = daemon("pyvm-stdin-pump-" + proc.pid(), () -> {
            byte[] b = new byte[8192];
            try {
                for (int n = FdTable.readEntry(e, b); n >= 0; n = FdTable.readEntry(e, b)) {
                    if (n > 0) {
                        to.write(b, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException | RuntimeException ex) {
                // the child closed its stdin, or ended
            } finally {
                closeQuietly(to);
                FdTable.release(e);
            }
        });
        t.start();
        // A pump blocked on one of our pipes is woken when the child ends (a file read never blocks long).
        if (e.channelIsPipe()) {
            proc.onExit().thenRun(t::interrupt);
        }
    }

    /**
     * One of pyvm's pipe ends given to a child by pass_fds. pyvm's pipes live in the JVM, so
     * the child gets a real kernel pipe instead (its end opened through /proc/PID/fd/K, as
     * for files), and a thread copies between that pipe and pyvm's: what the child writes
     * arrives at pyvm's read end, what is written to pyvm's pipe reaches a child that reads.
     * The JVM keeps K open until the child ends (the child opens it when it starts).
     */
    public static final class PipeBridge {
        final FdTable.Entry entry;
        final boolean childWrites;
        /** The JVM's descriptor of the child's end (the child opens /proc/PID/fd/K). */
        final int kernelFd;
        /** The JVM's descriptor of the other end, which the copying thread uses. */
        final int otherFd;
        /**
         * Whether bytes written to pyvm's pipe are copied to a child that reads. Not for a read
         * end the child only inherits (close_fds=False): copying would take the parent's data
         * away from it, so the child's end stays open and empty while it runs.
         */
        boolean copyToChild = true;
        /** For {@link #hold}: the child's number of the descriptor. */
        int childFd = -1;

        PipeBridge(FdTable.Entry entry, boolean childWrites, int kernelFd, int otherFd) {
            this.entry = entry;
            this.childWrites = childWrites;
            this.kernelFd = kernelFd;
            this.otherFd = otherFd;
        }

        public int kernelFd() {
            return kernelFd;
        }

        /** The child only inherits this end (see {@link #copyToChild}). */
        public void inheritedOnly() {
            copyToChild = false;
        }

        /** Both real ends closed: the child did not start. */
        public void abandon() {
            Libc.close(kernelFd);
            if (otherFd >= 0) {
                Libc.close(otherFd);
            }
        }
    }

    /**
     * A kernel descriptor of this process given to a child as its number CHILDFD (a pipe
     * {@link FdTable#promotePipe} made real): a duplicate K that the JVM keeps open until the
     * child has opened /proc/PID/fd/K as CHILDFD (or has ended), so that the caller may close
     * its own copy as soon as the spawn returns, as multiprocessing does.
     */
    public static PipeBridge hold(int kernelFd, int childFd) {
        Libc.Result r = Libc.fcntl(kernelFd, 1030, 3); // F_DUPFD_CLOEXEC
        if (r.value() < 0) {
            throw OsErrors.of(r.errno());
        }
        PipeBridge b = new PipeBridge(null, false, (int) r.value(), -1);
        b.childFd = childFd;
        return b;
    }

    /** A bridge for pyvm descriptor FD when it is a pipe end, else null. */
    public static PipeBridge bridgePipe(int fd) {
        FdTable.Entry e = FdTable.get(fd);
        if (!e.channelIsPipe() || !Libc.available()) {
            return null;
        }
        int[] p = Libc.pipe();
        boolean childWrites = e.wch instanceof PipeBuffer.Sink;
        return childWrites ? new PipeBridge(e, true, p[1], p[0]) : new PipeBridge(e, false, p[0], p[1]);
    }

    /** Starts the copying of each bridge once CHILD runs; the JVM's ends of the child's pipes close when it ends. */
    public static void startBridges(Children.Child child, List<PipeBridge> bridges) {
        for (PipeBridge b : bridges) {
            if (b.otherFd < 0) {
                closeWhenOpened(child, b);
                continue;
            }
            String other = "/proc/self/fd/" + b.otherFd;
            try {
                if (b.childWrites) {
                    InputStream from = new java.io.FileInputStream(other);
                    Libc.close(b.otherFd);
                    pumpOut(child, from, b.entry);
                } else if (b.copyToChild) {
                    OutputStream to = new java.io.FileOutputStream(other);
                    Libc.close(b.otherFd);
                    pumpInto(child.process, b.entry, to);
                } else {
                    child.process.onExit().thenRun(() -> Libc.close(b.otherFd));
                }
            } catch (IOException ex) {
                Libc.close(b.otherFd);
            }
            child.process.onExit().thenRun(() -> Libc.close(b.kernelFd));
        }
    }

    /** Closes a {@link #hold} duplicate once CHILD has its descriptor open (or has ended). */
    private static void closeWhenOpened(Children.Child child, PipeBridge b) {
        java.nio.file.Path theirs = java.nio.file.Path.of("/proc/" + child.pid() + "/fd/" + b.childFd);
        String want = linkOf(java.nio.file.Path.of("/proc/self/fd/" + b.kernelFd));
        daemon("pyvm-pass-fd-" + child.pid(), () -> {
            try {
                // The same pipe under the child's number (before its exec the number may be something else).
                while (child.process.isAlive() && (want == null || !want.equals(linkOf(theirs)))) {
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                Libc.close(b.kernelFd);
            }
        }).start();
    }

    private static String linkOf(java.nio.file.Path p) {
        try {
            return java.nio.file.Files.readSymbolicLink(p).toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The command that starts ARGV in CWD with ENV byte for byte: ARGV itself, or a bash
     * script when the JDK cannot pass them exactly. The JDK encodes arguments, environment
     * strings and the directory with the platform charset, which cannot carry an undecodable
     * byte that surrogateescape kept as U+DC80..U+DCFF (CPython's os.fsencode gives the
     * byte back); a directory whose name is not UTF-8 cannot even be named through
     * java.io.File. The script spells every such string as $'\xNN...', changes directory
     * with cd and hands the environment to /usr/bin/env -i (bash's own exec would add
     * SHLVL and PWD to it).
     */
    static List<String> exactCommand(List<String> argv, Path cwd, Map<String, String> env) {
        boolean escaped = false;
        for (String a : argv) {
            escaped |= Fs.hasEscapes(a);
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            escaped |= Fs.hasEscapes(e.getKey()) || Fs.hasEscapes(e.getValue());
        }
        boolean rawDir = Fs.hasEscapes(Fs.text(cwd));
        if (!(escaped || rawDir) || !Files.isExecutable(Path.of("/bin/bash"))
            || !Files.isExecutable(Path.of("/usr/bin/env"))) {
            return argv;
        }
        StringBuilder script = new StringBuilder();
        script.append("cd -- ").append(bashWord(Fs.bytes(cwd))).append(" || exit 127; exec /usr/bin/env -i --");
        for (Map.Entry<String, String> e : env.entrySet()) {
            script.append(' ').append(bashWord(Fs.encode(e.getKey() + "=" + e.getValue())));
        }
        for (String a : argv) {
            script.append(' ').append(bashWord(Fs.encode(a)));
        }
        return List.of("/bin/bash", "-c", script.toString());
    }

    /** B as one bash word, $'\xNN...': exact for every byte, whatever the locale. */
    private static String bashWord(byte[] b) {
        StringBuilder w = new StringBuilder(b.length * 4 + 3).append("$'");
        for (byte x : b) {
            w.append('\\').append('x').append(Character.forDigit((x >> 4) & 0xf, 16))
                .append(Character.forDigit(x & 0xf, 16));
        }
        return w.append('\'').toString();
    }

    /** Copies the child's stdout or stderr into pyvm's file E until the child closes it. */
    private static void pumpOut(Children.Child child, InputStream from, FdTable.Entry e) {
        FdTable.retain(e);
        PipeBuffer pipe = e.wch instanceof PipeBuffer.Sink sink ? sink.pipe() : null;
        if (pipe != null) {
            pipe.onReaderClose(() -> closeQuietly(from));
        }
        Thread t = daemon("pyvm-output-pump-" + child.pid(), () -> {
            byte[] b = new byte[8192];
            try {
                if (pipe != null) {
                    pumpIntoPipe(child, from, e, pipe, b);
                } else {
                    for (int n = from.read(b); n >= 0; n = from.read(b)) {
                        if (n > 0) {
                            FdTable.writeEntry(e, b, n);
                        }
                    }
                }
            } catch (IOException | RuntimeException ex) {
                // the reader went away (EPIPE): the child's next write fails as it would
            } finally {
                closeQuietly(from);
                FdTable.release(e);
            }
        });
        if (!e.channelIsPipe()) {
            child.addOutputPump(t);
        }
        t.start();
    }

    /**
     * The pump into one of pyvm's pipes. When pyvm closes that pipe's read end, the child's
     * next write must fail with EPIPE, so the JVM's end of the child's pipe must be closed
     * then (the pipe's close hook does it); a thread blocked in read(2) on it would keep it
     * open. So this pump reads only what is already there (or, once the child has ended, to
     * the end), and between looks sleeps from 1 ms up to 10 ms while the child is quiet.
     */
    private static void pumpIntoPipe(Children.Child child, InputStream from, FdTable.Entry e, PipeBuffer pipe, byte[] b)
            throws IOException {
        long nap = 1;
        while (!pipe.readerClosed()) {
            int avail = from.available();
            if (avail > 0 || !child.process.isAlive()) {
                int n = from.read(b, 0, avail > 0 ? Math.min(avail, b.length) : b.length);
                if (n < 0) {
                    return;
                }
                if (n > 0) {
                    FdTable.writeEntry(e, b, n);
                }
                nap = 1;
                continue;
            }
            try {
                Thread.sleep(nap);
            } catch (InterruptedException ex) {
                return;
            }
            nap = Math.min(nap * 2, 10);
        }
    }
}
