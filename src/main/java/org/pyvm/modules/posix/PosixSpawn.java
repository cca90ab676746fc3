package org.pyvm.modules.posix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pyvm.modules.corelib.NativeLib;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * os.posix_spawn and os.posix_spawnp on the C library's own posix_spawn(3), called through
 * java.lang.foreign: glibc starts the child with clone(CLONE_VM | CLONE_VFORK), which is safe
 * in the JVM (the JDK starts its own children the same way), so the attributes (setpgroup,
 * resetids, setsid, setsigmask, setsigdef, scheduler) and the file actions are the kernel's
 * own, and a failed exec or file action comes back as the call's error, as in CPython.
 * Compare CPython Modules/posixmodule.c: py_posix_spawn, parse_file_actions,
 * parse_posix_spawn_flags.
 *
 * <p>pyvm's descriptor numbers are its own ({@link FdTable}), so before the caller's file
 * actions the child is given, at pyvm's numbers, what a CPython child would have: pyvm's
 * 0-2, its inheritable descriptors, and the descriptors the caller's DUP2 actions copy from
 * (closed again afterwards unless inheritable or replaced by an action). Files and
 * directories are the JVM's own kernel descriptors (the same open file description, so
 * offsets are shared); pyvm's pipes and in-JVM streams are given as real pipes joined to
 * them by copying threads ({@link ChildLauncher.PipeBridge}); a socket cannot be given
 * (NotImplementedError). Every other descriptor of the JVM is closed in the child
 * (closefrom). The child starts in pyvm's working directory (addchdir_np), and
 * posix_spawnp searches the PATH of pyvm's os.environ, as CPython's searches its process's
 * environment. The child's signal mask is the one pyvm's pthread_sigmask emulates unless
 * setsigmask says otherwise. The child is reaped by a thread blocked in waitpid(2), so its
 * real wait status (a signal's death included) reaches os.waitpid.
 */
final class PosixSpawn {

    private PosixSpawn() {}

    static final int POSIX_SPAWN_OPEN = 0, POSIX_SPAWN_CLOSE = 1, POSIX_SPAWN_DUP2 = 2;

    /** glibc's <spawn.h> flags. */
    private static final short RESETIDS = 0x01, SETPGROUP = 0x02, SETSIGDEF = 0x04, SETSIGMASK = 0x08,
        SETSCHEDPARAM = 0x10, SETSCHEDULER = 0x20, SETSID = 0x80;

    private static final int NSIG = 65;
    /** F_DUPFD_CLOEXEC: the parent's copies of the child's descriptors go above every number the child uses. */
    private static final int F_DUPFD_CLOEXEC = 1030;

    private static final class Handles {
        static final NativeLib LIB = NativeLib.open("libc.so.6");
        static final MethodHandle SPAWN = fn("posix_spawn", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS,
            ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        static final MethodHandle FA_INIT = fn("posix_spawn_file_actions_init", FunctionDescriptor.of(JAVA_INT,
            ADDRESS));
        static final MethodHandle FA_DESTROY = fn("posix_spawn_file_actions_destroy",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle FA_OPEN = fn("posix_spawn_file_actions_addopen", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle FA_CLOSE = fn("posix_spawn_file_actions_addclose",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle FA_DUP2 = fn("posix_spawn_file_actions_adddup2", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle FA_CHDIR = fn("posix_spawn_file_actions_addchdir_np",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle FA_CLOSEFROM = fn("posix_spawn_file_actions_addclosefrom_np",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle AT_INIT = fn("posix_spawnattr_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle AT_DESTROY = fn("posix_spawnattr_destroy", FunctionDescriptor.of(JAVA_INT,
            ADDRESS));
        static final MethodHandle AT_FLAGS = fn("posix_spawnattr_setflags", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, JAVA_SHORT));
        static final MethodHandle AT_PGROUP = fn("posix_spawnattr_setpgroup", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, JAVA_INT));
        static final MethodHandle AT_SIGMASK = fn("posix_spawnattr_setsigmask", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, ADDRESS));
        static final MethodHandle AT_SIGDEF = fn("posix_spawnattr_setsigdefault", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, ADDRESS));
        static final MethodHandle AT_POLICY = fn("posix_spawnattr_setschedpolicy", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, JAVA_INT));
        static final MethodHandle AT_PARAM = fn("posix_spawnattr_setschedparam", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, ADDRESS));
        static final MethodHandle WAITPID = fn("waitpid", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS,
            JAVA_INT));
        static final MethodHandle ERRNO_LOCATION = fn("__errno_location", FunctionDescriptor.of(ADDRESS));

        private static MethodHandle fn(String name, FunctionDescriptor fd) {
            try {
                return LIB == null ? null : LIB.function(name, fd);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    static boolean available() {
        try {
            return Handles.SPAWN != null && Handles.FA_CHDIR != null && Handles.WAITPID != null;
        } catch (Throwable e) {
            return false;
        }
    }

    static void addConstants(org.pyvm.runtime.PyDict d) {
        d.setStr("POSIX_SPAWN_OPEN", PyInt.of(POSIX_SPAWN_OPEN));
        d.setStr("POSIX_SPAWN_CLOSE", PyInt.of(POSIX_SPAWN_CLOSE));
        d.setStr("POSIX_SPAWN_DUP2", PyInt.of(POSIX_SPAWN_DUP2));
    }

    @ExposedMethod
    static PyObject posix_spawn(PyObject[] args, String[] kw) {
        return spawn("posix_spawn", args, kw, false);
    }

    @ExposedMethod
    static PyObject posix_spawnp(PyObject[] args, String[] kw) {
        return spawn("posix_spawnp", args, kw, true);
    }

    private static final String[] KEYWORDS = {"file_actions", "setpgroup", "resetids", "setsid", "setsigmask",
        "setsigdef", "scheduler"};

    /** One of the caller's file actions, checked. */
    private record Action(int tag, int fd, int fd2, byte[] path, int oflag, int mode) {}

    private static PyObject spawn(String fn, PyObject[] args, String[] kwnames, boolean usePath) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos != 3) {
            throw PyErr.typeError(fn + "() takes exactly 3 positional arguments (" + npos + " given)");
        }
        PyObject[] kw = new PyObject[KEYWORDS.length];
        for (int k = 0; k < nkw; k++) {
            int idx = java.util.Arrays.asList(KEYWORDS).indexOf(kwnames[k]);
            if (idx < 0) {
                throw PyErr.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + fn + "()");
            }
            kw[idx] = args[npos + k];
        }
        Fs.PathArg path = Fs.path(fn, "path", args[0], false);
        boolean resetids = kw[2] != null && Abstract.isTrue(kw[2]);
        boolean setsid = kw[3] != null && Abstract.isTrue(kw[3]);
        PyObject argv = args[1];
        PyObject env = args[2];
        if (!(argv instanceof PyTuple) && !(argv instanceof PyList)) {
            throw PyErr.typeError(fn + ": argv must be a tuple or list");
        }
        PyObject[] items = Abstract.toArray(argv);
        if (items.length < 1) {
            throw PyErr.valueError(fn + ": argv must not be empty");
        }
        if (env.type().lookup("__getitem__") == null) {
            throw PyErr.typeError(fn + ": environment must be a mapping object");
        }
        List<byte[]> argList = new ArrayList<>(items.length);
        for (PyObject o : items) {
            argList.add(Fs.fsConvert(o));
        }
        if (argList.get(0).length == 0) {
            throw PyErr.valueError(fn + ": argv first element cannot be empty");
        }
        Map<String, String> environ = Spawn.envMap("execve", env);
        List<Action> actions = kw[0] == null || kw[0] == PyNone.NONE ? List.of() : fileActions(kw[0]);
        // parse_posix_spawn_flags
        short flags = 0;
        int pgroup = 0;
        if (kw[1] != null) {
            pgroup = (int) cLong(kw[1]);
            flags |= SETPGROUP;
        }
        if (resetids) {
            flags |= RESETIDS;
        }
        if (setsid) {
            flags |= SETSID;
        }
        TreeSet<Integer> sigmask = null;
        if (kw[4] != null) {
            sigmask = sigset(kw[4]);
        }
        TreeSet<Integer> sigdef = null;
        if (kw[5] != null) {
            sigdef = sigset(kw[5]);
            flags |= SETSIGDEF;
        }
        Integer policy = null;
        int priority = 0;
        if (kw[6] != null) {
            if (!(kw[6] instanceof PyTuple t)) {
                throw PyErr.of(PyExc.SystemError, "new style getargs format but argument is not a tuple");
            }
            if (t.size() != 2) {
                throw PyErr.typeError("A scheduler tuple must have two elements");
            }
            priority = Sched.priorityOf(t.get(1));
            if (t.get(0) != PyNone.NONE) {
                PyInt p = Abstract.index(t.get(0));
                if (p.isBig() || p.longValue() > Integer.MAX_VALUE || p.longValue() < Integer.MIN_VALUE) {
                    throw PyErr.overflowError("Python int too large to convert to C int");
                }
                policy = (int) p.longValue();
                flags |= SETSCHEDULER;
            }
            flags |= SETSCHEDPARAM;
        }
        if (sigmask == null) {
            // What the calling thread's mask would give the child: pyvm's emulated one.
            sigmask = org.pyvm.modules.signal.SignalModule.blockedSignals();
        }
        flags |= SETSIGMASK;
        if (!available()) {
            throw PyErr.notSupported(fn + " needs the C library's posix_spawn through java.lang.foreign");
        }
        String file = Fs.decode(fsBytes(path));
        String exe = usePath && !file.contains("/") ? search(file, path) : file;
        return PyInt.of(run(path, exe, argList, environ, actions, flags, pgroup, sigmask, sigdef, policy, priority));
    }

    /** The PATH search of posix_spawnp (glibc's __spawni with SPAWN_XFLAGS_USE_PATH), over pyvm's os.environ. */
    private static String search(String file, Fs.PathArg given) {
        String pathVar = Env.current().getOrDefault("PATH", "/bin:/usr/bin");
        boolean eacces = false;
        int last = OsErrors.ENOENT;
        for (String dir : pathVar.split(":", -1)) {
            String cand = dir.isEmpty() ? file : dir + "/" + file;
            int err = ChildLauncher.execError(Fs.resolve(cand));
            if (err == 0) {
                return cand;
            }
            if (err == OsErrors.EACCES) {
                eacces = true;
            }
            last = err;
        }
        throw OsErrors.of(eacces ? OsErrors.EACCES : last, given.given());
    }

    private static byte[] fsBytes(Fs.PathArg p) {
        return Fs.encode(p.name());
    }

    /** PyLong_AsLong's conversion. */
    private static long cLong(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    /** _Py_Sigset_Converter. */
    private static TreeSet<Integer> sigset(PyObject o) {
        TreeSet<Integer> out = new TreeSet<>();
        PyObject it = Abstract.iter(o);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            PyInt v = Abstract.index(item);
            long n = v.isBig() ? -1 : v.longValue();
            if (n <= 0 || n >= NSIG) {
                throw PyErr.valueError("signal number " + n + " out of range [1; " + (NSIG - 1) + "]");
            }
            out.add((int) n);
        }
        return out;
    }

    /** parse_file_actions: each tuple checked as PyArg_ParseTuple does, in order. */
    private static List<Action> fileActions(PyObject seq) {
        PyObject[] items;
        if (seq instanceof PyTuple || seq instanceof PyList) {
            items = Abstract.toArray(seq);
        } else {
            PyObject it;
            try {
                it = Abstract.iter(seq);
            } catch (org.pyvm.runtime.PyBaseException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
                throw PyErr.typeError("file_actions must be a sequence or None");
            }
            List<PyObject> l = new ArrayList<>();
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                l.add(x);
            }
            items = l.toArray(new PyObject[0]);
        }
        List<Action> out = new ArrayList<>();
        for (PyObject a : items) {
            if (!(a instanceof PyTuple t) || t.size() == 0) {
                throw PyErr.typeError("Each file_actions element must be a non-empty tuple");
            }
            long tag = cLong(t.get(0));
            switch ((int) tag == tag ? (int) tag : -1) {
                case POSIX_SPAWN_OPEN -> {
                    if (t.size() != 5) {
                        throw PyErr.typeError("A open file_action tuple must have 5 elements");
                    }
                    int fd = PosixModule.fd(t.get(1));
                    byte[] p = Fs.fsConvert(t.get(2));
                    int oflag = PosixModule.fd(t.get(3));
                    if (!(t.get(4) instanceof PyInt) && !t.get(4).type().isSubtypeOf(PyInt.TYPE)) {
                        throw PyErr.typeError("A open file_action tuple must have 5 elements");
                    }
                    int mode = (int) Abstract.index(t.get(4)).longValue();
                    checkFd(fd);
                    out.add(new Action(POSIX_SPAWN_OPEN, fd, 0, p, oflag, mode));
                }
                case POSIX_SPAWN_CLOSE -> {
                    if (t.size() != 2) {
                        throw PyErr.typeError("A close file_action tuple must have 2 elements");
                    }
                    int fd = PosixModule.fd(t.get(1));
                    checkFd(fd);
                    out.add(new Action(POSIX_SPAWN_CLOSE, fd, 0, null, 0, 0));
                }
                case POSIX_SPAWN_DUP2 -> {
                    if (t.size() != 3) {
                        throw PyErr.typeError("A dup2 file_action tuple must have 3 elements");
                    }
                    int fd = PosixModule.fd(t.get(1));
                    int fd2 = PosixModule.fd(t.get(2));
                    checkFd(fd);
                    checkFd(fd2);
                    out.add(new Action(POSIX_SPAWN_DUP2, fd, fd2, null, 0, 0));
                }
                default -> throw PyErr.typeError("Unknown file_actions identifier");
            }
        }
        return out;
    }

    /** glibc's __spawn_valid_fd, which the add* functions check: EBADF (no file name) otherwise. */
    private static void checkFd(int fd) {
        if (fd < 0 || fd >= fdLimit()) {
            throw OsErrors.of(OsErrors.EBADF);
        }
    }

    private static int fdLimit() {
        Libc.Result r = Libc.sysconf(4); // _SC_OPEN_MAX
        return r.value() > 0 && r.value() < Integer.MAX_VALUE ? (int) r.value() : Integer.MAX_VALUE;
    }

    // ---- the spawn ----

    /** A descriptor the child gets at pyvm's number before the caller's actions. */
    private record Placed(int number, int parentFd, String mode) {}

    private static long run(Fs.PathArg given, String exe, List<byte[]> argv, Map<String, String> environ,
                            List<Action> actions, short flags, int pgroup, TreeSet<Integer> sigmask,
                            TreeSet<Integer> sigdef, Integer policy, int priority) {
        // Which of pyvm's descriptors the child must have at their numbers.
        TreeMap<Integer, Boolean> wanted = new TreeMap<>(); // number -> kept after the actions
        for (int n = 0; n <= 2; n++) {
            wanted.put(n, true);
        }
        for (int n : FdTable.inheritableFds()) {
            wanted.put(n, true);
        }
        java.util.Set<Integer> dupSources = new java.util.HashSet<>();
        for (Action a : actions) {
            if (a.tag == POSIX_SPAWN_DUP2) {
                dupSources.add(a.fd);
                wanted.putIfAbsent(a.fd, false);
            }
        }
        int high = 3;
        for (int n : wanted.keySet()) {
            high = Math.max(high, n + 1);
        }
        for (Action a : actions) {
            high = Math.max(high, Math.max(a.fd, a.fd2) + 1);
        }
        List<Placed> placed = new ArrayList<>();
        List<Integer> closedStd = new ArrayList<>();
        List<ChildLauncher.PipeBridge> bridges = new ArrayList<>();
        try {
            for (Map.Entry<Integer, Boolean> w : wanted.entrySet()) {
                int n = w.getKey();
                if (!FdTable.isOpen(n)) {
                    if (n <= 2) {
                        closedStd.add(n);
                    }
                    continue;
                }
                FdTable.Entry e = FdTable.get(n);
                if (n <= 2 && FdTable.jvmStd(e) == n) {
                    continue; // the JVM's own descriptor n: the child inherits it as it is
                }
                boolean needed = n <= 2 || dupSources.contains(n);
                int nBridges = bridges.size();
                int k = kernelFd(n, e, needed, bridges);
                Libc.Result r = Libc.fcntl(k, F_DUPFD_CLOEXEC, high);
                if (r.value() < 0) {
                    if (needed) {
                        throw OsErrors.of(r.errno());
                    }
                    // An inherited descriptor the JVM cannot copy above the child's numbers (a
                    // lowered RLIMIT_NOFILE): the child goes without it.
                    while (bridges.size() > nBridges) {
                        bridges.remove(bridges.size() - 1).abandon();
                    }
                    continue;
                }
                placed.add(new Placed(n, (int) r.value(), (e.readable ? "r" : "") + (e.writable ? "w" : "")));
            }
            // What a pyvm child learns its passed descriptors from (FdTable.inheritPassedFds).
            Map<String, String> env = new LinkedHashMap<>(environ);
            String passed = passedFds(placed, wanted, actions);
            if (!passed.isEmpty()) {
                env.put(FdTable.PASSED_FDS_ENV, passed);
            }
            System.out.flush();
            System.err.flush();
            long pid = callSpawn(given, exe, argv, env, actions, flags, pgroup, sigmask, sigdef, policy, priority,
                placed, closedStd, wanted, high);
            NativeChild proc = new NativeChild(pid);
            Children.Child child = new Children.Child(proc);
            Children.add(child);
            ChildLauncher.startBridges(child, bridges);
            bridges.clear();
            return pid;
        } finally {
            for (Placed p : placed) {
                Libc.close(p.parentFd);
            }
            for (ChildLauncher.PipeBridge b : bridges) {
                b.abandon();
            }
        }
    }

    /** PYVM_PASSED_FDS for the descriptors above 2 the child ends up with: "N:rw,...". */
    private static String passedFds(List<Placed> placed, TreeMap<Integer, Boolean> wanted, List<Action> actions) {
        TreeMap<Integer, String> modes = new TreeMap<>();
        for (Placed p : placed) {
            modes.put(p.number, p.mode);
        }
        for (Action a : actions) {
            switch (a.tag) {
                case POSIX_SPAWN_OPEN -> {
                    int acc = a.oflag & 3;
                    modes.put(a.fd, acc == 0 ? "r" : acc == 1 ? "w" : "rw");
                }
                case POSIX_SPAWN_CLOSE -> modes.remove(a.fd);
                default -> {
                    String m = modes.get(a.fd);
                    if (m == null) {
                        modes.remove(a.fd2);
                    } else {
                        modes.put(a.fd2, m);
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, String> m : modes.entrySet()) {
            int n = m.getKey();
            if (n <= 2 || (wanted.containsKey(n) && !wanted.get(n) && !replaced(n, actions))) {
                continue;
            }
            sb.append(sb.isEmpty() ? "" : ",").append(n).append(':').append(m.getValue());
        }
        return sb.toString();
    }

    /** Whether an OPEN or DUP2 action puts something at N. */
    private static boolean replaced(int n, List<Action> actions) {
        for (Action a : actions) {
            if ((a.tag == POSIX_SPAWN_OPEN && a.fd == n) || (a.tag == POSIX_SPAWN_DUP2 && a.fd2 == n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A kernel descriptor of the JVM that is pyvm's N (entry E): the JVM's own for its
     * standard streams, files and directories; a real pipe joined by a copying thread for
     * pipes and in-JVM streams (FULL: copied both ways as the child needs, else an inherited
     * read end stays the parent's).
     */
    private static int kernelFd(int n, FdTable.Entry e, boolean full, List<ChildLauncher.PipeBridge> bridges) {
        int std = FdTable.jvmStd(e);
        if (std >= 0) {
            return std;
        }
        if (e.pollable instanceof KernelFd k) {
            return k.kernelFd();
        }
        if (e.pollable != null) {
            throw PyErr.notSupported("posix_spawn giving the child a socket (fd " + n + ")");
        }
        if (e.isDir) {
            return FdTable.nativeFd(n);
        }
        if (e.channelIsPipe()) {
            ChildLauncher.PipeBridge b = ChildLauncher.bridgePipe(n);
            if (b == null) {
                throw Libc.unavailable("posix_spawn of a pipe");
            }
            if (!full) {
                b.inheritedOnly();
            }
            bridges.add(b);
            return b.kernelFd();
        }
        if (e.channel() != null && e.path != null) {
            int k = jvmFd(e);
            return k >= 0 ? k : FdTable.nativeFd(n);
        }
        // An in-JVM stream (a captured standard stream): a real pipe the child reads or writes.
        int[] p = Libc.pipe();
        boolean childWrites = e.writable;
        ChildLauncher.PipeBridge b = childWrites ? new ChildLauncher.PipeBridge(e, true, p[1], p[0])
            : new ChildLauncher.PipeBridge(e, false, p[0], p[1]);
        bridges.add(b);
        return b.kernelFd();
    }

    /**
     * The JVM's own descriptor of E's file (found in /proc/self/fd; several may name one
     * file, so the one whose offset is the channel's, then the first), or -1.
     */
    static int jvmFd(FdTable.Entry e) {
        Path abs = e.path.toAbsolutePath().normalize();
        List<String> want = new ArrayList<>();
        want.add(abs.toString());
        try {
            if (abs.getParent() != null) {
                want.add(abs.getParent().toRealPath().resolve(abs.getFileName()).toString());
            }
        } catch (IOException ex) {
            // gone: only the name as given can match
        }
        long pos = -1;
        try {
            pos = e.channel().position();
        } catch (IOException ex) {
            // not seekable
        }
        int first = -1;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path p : ds) {
                String target;
                try {
                    target = Files.readSymbolicLink(p).toString();
                } catch (IOException ex) {
                    continue;
                }
                int k = Integer.parseInt(p.getFileName().toString());
                if (k == e.nativeFd || !(want.contains(target) || want.contains(target.replace(" (deleted)", "")))) {
                    continue;
                }
                if (first < 0) {
                    first = k;
                }
                if (pos >= 0 && fdinfoPos(k) == pos) {
                    return k;
                }
            }
        } catch (IOException | RuntimeException ex) {
            return first;
        }
        return first;
    }

    private static long fdinfoPos(int k) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo/" + k))) {
                if (line.startsWith("pos:")) {
                    return Long.parseLong(line.substring(4).trim());
                }
            }
        } catch (IOException | RuntimeException ex) {
            // closed meanwhile
        }
        return -2;
    }

    /** The posix_spawn(3) call itself; the child's pid, or the OSError it reported. */
    private static long callSpawn(Fs.PathArg given, String exe, List<byte[]> argv, Map<String, String> env,
                                  List<Action> actions, short flags, int pgroup, TreeSet<Integer> sigmask,
                                  TreeSet<Integer> sigdef, Integer policy, int priority, List<Placed> placed,
                                  List<Integer> closedStd, TreeMap<Integer, Boolean> wanted, int high) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fa = a.allocate(256, 16);
            MemorySegment attr = a.allocate(512, 16);
            check((int) Handles.FA_INIT.invokeExact(fa));
            check((int) Handles.AT_INIT.invokeExact(attr));
            try {
                check((int) Handles.FA_CHDIR.invokeExact(fa, cstr(a, Fs.bytes(Fs.cwd()))));
                for (int n : closedStd) {
                    check((int) Handles.FA_CLOSE.invokeExact(fa, n));
                }
                int top = 2;
                for (Placed p : placed) {
                    check((int) Handles.FA_DUP2.invokeExact(fa, p.parentFd, p.number));
                    top = Math.max(top, p.number);
                }
                // The JVM's other descriptors: not the child's.
                for (int n = 3; n <= top; n++) {
                    if (!isPlaced(placed, n)) {
                        check((int) Handles.FA_CLOSE.invokeExact(fa, n));
                    }
                }
                if (Handles.FA_CLOSEFROM != null) {
                    check((int) Handles.FA_CLOSEFROM.invokeExact(fa, top + 1));
                }
                for (Action x : actions) {
                    switch (x.tag) {
                        case POSIX_SPAWN_OPEN -> check((int) Handles.FA_OPEN.invokeExact(fa, x.fd, cstr(a, x.path),
                            x.oflag, x.mode));
                        case POSIX_SPAWN_CLOSE -> check((int) Handles.FA_CLOSE.invokeExact(fa, x.fd));
                        default -> check((int) Handles.FA_DUP2.invokeExact(fa, x.fd, x.fd2));
                    }
                }
                // Descriptors given only for a DUP2 to copy from go away again.
                for (Map.Entry<Integer, Boolean> w : wanted.entrySet()) {
                    if (!w.getValue() && !replaced(w.getKey(), actions)) {
                        check((int) Handles.FA_CLOSE.invokeExact(fa, (int) w.getKey()));
                    }
                }
                check((int) Handles.AT_FLAGS.invokeExact(attr, flags));
                if ((flags & SETPGROUP) != 0) {
                    check((int) Handles.AT_PGROUP.invokeExact(attr, pgroup));
                }
                check((int) Handles.AT_SIGMASK.invokeExact(attr, sigsetOf(a, sigmask)));
                if (sigdef != null) {
                    check((int) Handles.AT_SIGDEF.invokeExact(attr, sigsetOf(a, sigdef)));
                }
                if (policy != null) {
                    check((int) Handles.AT_POLICY.invokeExact(attr, (int) policy));
                }
                if ((flags & SETSCHEDPARAM) != 0) {
                    MemorySegment sp = a.allocate(JAVA_INT);
                    sp.set(JAVA_INT, 0, priority);
                    check((int) Handles.AT_PARAM.invokeExact(attr, sp));
                }
                MemorySegment pid = a.allocate(JAVA_INT);
                MemorySegment argvp = cstrArray(a, argv);
                List<byte[]> envb = new ArrayList<>(env.size());
                for (Map.Entry<String, String> v : env.entrySet()) {
                    envb.add(Fs.encode(v.getKey() + "=" + v.getValue()));
                }
                MemorySegment envp = cstrArray(a, envb);
                int err = (int) Handles.SPAWN.invokeExact(pid, cstr(a, Fs.encode(exe)), fa, attr, argvp, envp);
                if (err != 0) {
                    throw OsErrors.of(err, given.given());
                }
                return pid.get(JAVA_INT, 0);
            } finally {
                int ignored = (int) Handles.FA_DESTROY.invokeExact(fa);
                ignored = (int) Handles.AT_DESTROY.invokeExact(attr);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPlaced(List<Placed> placed, int n) {
        for (Placed p : placed) {
            if (p.number == n) {
                return true;
            }
        }
        return false;
    }

    /** An error number returned by a posix_spawn_* setup call: OSError without a file name. */
    private static void check(int err) {
        if (err != 0) {
            throw OsErrors.of(err);
        }
    }

    private static MemorySegment cstr(Arena a, byte[] s) {
        MemorySegment m = a.allocate(s.length + 1L);
        MemorySegment.copy(s, 0, m, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, s.length);
        m.set(java.lang.foreign.ValueLayout.JAVA_BYTE, s.length, (byte) 0);
        return m;
    }

    private static MemorySegment cstrArray(Arena a, List<byte[]> items) {
        MemorySegment arr = a.allocate(ADDRESS, items.size() + 1L);
        for (int i = 0; i < items.size(); i++) {
            arr.setAtIndex(ADDRESS, i, cstr(a, items.get(i)));
        }
        arr.setAtIndex(ADDRESS, items.size(), MemorySegment.NULL);
        return arr;
    }

    /** A sigset_t (glibc: 1024 bits, signal n at bit n - 1). */
    private static MemorySegment sigsetOf(Arena a, TreeSet<Integer> sigs) {
        MemorySegment s = a.allocate(128, 8);
        for (int n : sigs) {
            int bit = n - 1;
            long w = s.get(JAVA_LONG, (bit / 64) * 8L);
            s.set(JAVA_LONG, (bit / 64) * 8L, w | (1L << (bit % 64)));
        }
        return s;
    }

    // ---- the child ----

    /**
     * A child started by posix_spawn, seen as a java.lang.Process: a daemon thread waits for
     * it in waitpid(2) (blocking, on that thread only) and keeps its wait status.
     */
    static final class NativeChild extends Process {
        private final long pid;
        private final java.util.concurrent.CompletableFuture<Process> exit = new java.util.concurrent.CompletableFuture<>();
        private volatile int status;

        NativeChild(long pid) {
            this.pid = pid;
            Thread t = new Thread(this::reap, "pyvm-spawn-reaper-" + pid);
            t.setDaemon(true);
            t.start();
        }

        private void reap() {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment st = a.allocate(JAVA_INT);
                while (true) {
                    int r = (int) Handles.WAITPID.invokeExact((int) pid, st, 0);
                    if (r == pid) {
                        status = st.get(JAVA_INT, 0);
                        break;
                    }
                    MemorySegment loc = ((MemorySegment) Handles.ERRNO_LOCATION.invokeExact()).reinterpret(4);
                    if (r < 0 && loc.get(JAVA_INT, 0) != OsErrors.EINTR) {
                        status = 0;
                        break;
                    }
                }
            } catch (Throwable e) {
                status = 0;
            }
            exit.complete(this);
        }

        /** The wait status (Linux's encoding). */
        int waitStatus() {
            return status;
        }

        @Override
        public java.util.concurrent.CompletableFuture<Process> onExit() {
            return exit;
        }

        @Override
        public int waitFor() throws InterruptedException {
            try {
                exit.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // never completed exceptionally
            }
            return exitValue();
        }

        @Override
        public int exitValue() {
            if (!exit.isDone()) {
                throw new IllegalThreadStateException("process hasn't exited");
            }
            int s = status;
            return (s & 0x7f) == 0 ? (s >> 8) & 0xff : 128 + (s & 0x7f);
        }

        @Override
        public boolean isAlive() {
            return !exit.isDone();
        }

        @Override
        public long pid() {
            return pid;
        }

        @Override
        public void destroy() {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }

        @Override
        public Process destroyForcibly() {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            return this;
        }

        @Override
        public java.io.OutputStream getOutputStream() {
            return java.io.OutputStream.nullOutputStream();
        }

        @Override
        public java.io.InputStream getInputStream() {
            return java.io.InputStream.nullInputStream();
        }

        @Override
        public java.io.InputStream getErrorStream() {
            return java.io.InputStream.nullInputStream();
        }
    }
}
