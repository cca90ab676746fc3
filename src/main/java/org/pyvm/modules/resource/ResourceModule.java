package org.pyvm.modules.resource;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.PyStructSeq;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * The resource module on Linux, without system calls of its own (pyvm has no libc):
 * <ul>
 * <li>getrlimit and prlimit read {@code /proc/PID/limits} (the kernel's own table, the
 * values getrlimit(2) returns; "unlimited" is RLIM_INFINITY, -1);
 * <li>setrlimit and prlimit with new limits run util-linux's {@code prlimit} command on
 * this process (prlimit(2) on our pid), the only way to change a limit from the JVM; the
 * kernel's EINVAL/EPERM/ESRCH come back as CPython's ValueError/ProcessLookupError. Without
 * that command they raise OSError(ENOSYS) saying so;
 * <li>getrusage adds up what {@code /proc/self} shows: CPU times and page faults from
 * stat (in clock ticks of 1/100 s, coarser than getrusage's microseconds), maxrss from
 * status's VmHWM, block I/O from io (512-byte units, as the kernel counts them), context
 * switches over every thread. For RUSAGE_CHILDREN /proc has only the times and page faults
 * of reaped children: maxrss, block I/O and context switches are 0;
 * <li>getpagesize reads AT_PAGESZ from {@code /proc/self/auxv}.
 * </ul>
 * Compare CPython Modules/resource.c.
 */
public final class ResourceModule {

    private ResourceModule() {}

    /** RLIMIT_* in the kernel's order: the names /proc/PID/limits and prlimit(1) use. */
    private static final String[] LIMIT_TITLES = {"Max cpu time", "Max file size", "Max data size",
        "Max stack size", "Max core file size", "Max resident set", "Max processes", "Max open files",
        "Max locked memory", "Max address space", "Max file locks", "Max pending signals", "Max msgqueue size",
        "Max nice priority", "Max realtime priority", "Max realtime timeout"};
    private static final String[] PRLIMIT_OPTIONS = {"cpu", "fsize", "data", "stack", "core", "rss", "nproc",
        "nofile", "memlock", "as", "locks", "sigpending", "msgqueue", "nice", "rtprio", "rttime"};
    private static final int RLIM_NLIMITS = 16;

    private static final int RUSAGE_SELF = 0;
    private static final int RUSAGE_CHILDREN = -1;
    private static final int RUSAGE_THREAD = 1;

    static final PyStructSeq.Spec STRUCT_RUSAGE = PyStructSeq.define("resource", "struct_rusage", 16, "ru_utime",
        "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
        "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw");

    public static PyModule create() {
        PyModule m = new PyModule("resource");
        m.addFunctions(ResourceModule.class);
        PyDict d = m.getDict();
        d.setStr("error", PyExc.OSError);
        d.setStr("struct_rusage", STRUCT_RUSAGE.type());
        String[] names = {"CPU", "FSIZE", "DATA", "STACK", "CORE", "RSS", "NPROC", "NOFILE", "MEMLOCK", "AS", null,
            "SIGPENDING", "MSGQUEUE", "NICE", "RTPRIO", "RTTIME"};
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                d.setStr("RLIMIT_" + names[i], PyInt.of(i));
            }
        }
        d.setStr("RLIMIT_OFILE", PyInt.of(7));
        d.setStr("RLIM_INFINITY", PyInt.of(-1));
        d.setStr("RUSAGE_SELF", PyInt.of(RUSAGE_SELF));
        d.setStr("RUSAGE_CHILDREN", PyInt.of(RUSAGE_CHILDREN));
        d.setStr("RUSAGE_THREAD", PyInt.of(RUSAGE_THREAD));
        return m;
    }

    // ---- limits

    private static int resourceArg(PyObject o) {
        int r = Abstract.index(o).intValue();
        if (r < 0 || r >= RLIM_NLIMITS) {
            throw PyErr.valueError("invalid resource specified");
        }
        return r;
    }

    /** A limit as resource.c's rlimit2py gives it: RLIM_INFINITY as -1. */
    private static PyObject limitValue(String s) {
        if (s.equals("unlimited")) {
            return PyInt.of(-1);
        }
        return PyInt.of(new BigInteger(s).longValue());
    }

    /** (soft, hard) of RESOURCE for PID (0: this process) from /proc/PID/limits. */
    private static PyObject readLimits(long pid, int resource) {
        Path p = Path.of("/proc", pid == 0 ? "self" : Long.toString(pid), "limits");
        List<String> lines;
        try {
            lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw OsErrors.of(OsErrors.ESRCH);
        } catch (java.nio.file.AccessDeniedException e) {
            throw OsErrors.of(OsErrors.EPERM);
        } catch (IOException e) {
            throw OsErrors.from(e, null);
        }
        String title = LIMIT_TITLES[resource];
        for (String line : lines) {
            if (line.startsWith(title + " ")) {
                String[] f = line.substring(title.length()).trim().split("\\s+");
                return PyTuple.of(limitValue(f[0]), limitValue(f[1]));
            }
        }
        throw PyErr.of(PyExc.OSError, "resource limit '" + title + "' is not in " + p);
    }

    /** resource.c: py2rlimit: a sequence of 2 ints, each as PyLong_AsLong (-1 is RLIM_INFINITY). */
    private static long[] limitsArg(PyObject limits) {
        PyObject[] items = Abstract.toArray(Abstract.call(PyTuple.TYPE, limits));
        if (items.length != 2) {
            throw PyErr.valueError("expected a tuple of 2 integers");
        }
        long[] r = new long[2];
        for (int i = 0; i < 2; i++) {
            PyInt v = Abstract.index(items[i]);
            if (v.bigValue().bitLength() > 63) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            r[i] = v.longValue();
        }
        return r;
    }

    /**
     * Sets RESOURCE of PID (0: this process) to SOFT/HARD with prlimit(1). The kernel's
     * errors as resource.c reports those of setrlimit/prlimit: EINVAL "current limit exceeds
     * maximum limit", EPERM "not allowed to raise maximum limit", ESRCH ProcessLookupError.
     */
    private static void writeLimits(long pid, int resource, long soft, long hard) {
        if (Long.compareUnsigned(soft, hard) > 0) {
            throw PyErr.valueError("current limit exceeds maximum limit");
        }
        long target = pid == 0 ? ProcessHandle.current().pid() : pid;
        String value = text(soft) + ":" + text(hard);
        List<String> cmd = List.of(prlimitCommand(), "--pid", Long.toString(target), "--" + PRLIMIT_OPTIONS[resource]
            + "=" + value);
        String err;
        int rc;
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw PyErr.of(PyExc.OSError, "prlimit(1) did not finish");
            }
            rc = p.exitValue();
        } catch (IOException e) {
            throw PyErr.of(PyExc.OSError, PyInt.of(OsErrors.ENOSYS),
                org.pyvm.runtime.PyStr.of("pyvm changes resource limits with util-linux's prlimit command, which could "
                    + "not be run: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.of(PyExc.KeyboardInterrupt);
        }
        if (rc == 0) {
            return;
        }
        if (err.contains("Operation not permitted")) {
            throw PyErr.valueError("not allowed to raise maximum limit");
        }
        if (err.contains("Invalid argument")) {
            throw PyErr.valueError("current limit exceeds maximum limit");
        }
        if (err.contains("No such process")) {
            throw OsErrors.of(OsErrors.ESRCH);
        }
        throw PyErr.of(PyExc.OSError, "prlimit(1) failed: " + err.strip());
    }

    private static String text(long v) {
        return v == -1 ? "unlimited" : Long.toUnsignedString(v);
    }

    private static String prlimitCommand() {
        for (String d : new String[] {"/usr/bin", "/bin", "/usr/sbin", "/sbin"}) {
            Path p = Path.of(d, "prlimit");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return "prlimit";
    }

    /** A METH_O function's argument check. */
    private static void oneArg(String fn, PyObject[] args, String[] kw) {
        Args.noKeywords("resource." + fn, kw);
        if (args.length != 1) {
            throw PyErr.typeError("resource." + fn + "() takes exactly one argument (" + args.length + " given)");
        }
    }

    /** resource.c: resource_getrlimit_impl. */
    @ExposedMethod
    static PyObject getrlimit(PyObject[] args, String[] kw) {
        oneArg("getrlimit", args, kw);
        return readLimits(0, resourceArg(args[0]));
    }

    /** resource.c: resource_setrlimit_impl. */
    @ExposedMethod
    static PyObject setrlimit(PyObject[] args, String[] kw) {
        Args.exact("setrlimit", args, kw, 2);
        int resource = resourceArg(args[0]);
        long[] l = limitsArg(args[1]);
        writeLimits(0, resource, l[0], l[1]);
        return PyNone.NONE;
    }

    /** resource.c: resource_prlimit_impl: the old limits; sets new ones when LIMITS is given and not None. */
    @ExposedMethod
    static PyObject prlimit(PyObject[] args, String[] kw) {
        Args.noKeywords("prlimit", kw);
        Args.positional("prlimit", args.length, 2, 3);
        long pid = Abstract.index(args[0]).intValue();
        int resource = resourceArg(args[1]);
        PyObject limits = args.length > 2 ? args[2] : PyNone.NONE;
        long[] l = limits == PyNone.NONE ? null : limitsArg(limits);
        if (pid < 0) {
            throw OsErrors.of(OsErrors.ESRCH);
        }
        PyObject old = readLimits(pid, resource);
        if (l != null) {
            writeLimits(pid, resource, l[0], l[1]);
        }
        return old;
    }

    // ---- usage

    /** The fields after the command name of a /proc/.../stat line (index 0 is field 3, "state"). */
    private static String[] statFields(Path p) throws IOException {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        return s.substring(s.lastIndexOf(')') + 2).trim().split(" ");
    }

    private static long field(String[] stat, int number) {
        return Long.parseLong(stat[number - 3]);
    }

    /** NAME's value in a "Name: value" file (/proc/.../status, /proc/.../io), or 0. */
    private static long keyed(Path p, String name) {
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.startsWith(name + ":")) {
                    return Long.parseLong(line.substring(name.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static final double TICKS = 100.0; // USER_HZ, the unit of /proc's CPU times

    /** resource.c: resource_getrusage_impl. */
    @ExposedMethod
    static PyObject getrusage(PyObject[] args, String[] kw) {
        oneArg("getrusage", args, kw);
        int who = Abstract.index(args[0]).intValue();
        if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD) {
            throw PyErr.valueError("invalid who parameter");
        }
        Path dir = Path.of("/proc", who == RUSAGE_THREAD ? "thread-self" : "self");
        try {
            String[] stat = statFields(dir.resolve("stat"));
            boolean children = who == RUSAGE_CHILDREN;
            double utime = field(stat, children ? 16 : 14) / TICKS;
            double stime = field(stat, children ? 17 : 15) / TICKS;
            long minflt = field(stat, children ? 11 : 10);
            long majflt = field(stat, children ? 13 : 12);
            long maxrss = 0;
            long inblock = 0;
            long oublock = 0;
            long nvcsw = 0;
            long nivcsw = 0;
            if (!children) {
                maxrss = keyed(dir.resolve("status"), "VmHWM");
                Path io = dir.resolve("io");
                inblock = keyed(io, "read_bytes") >> 9;
                oublock = Math.max(0, keyed(io, "write_bytes") - keyed(io, "cancelled_write_bytes")) >> 9;
                List<Path> tasks = new ArrayList<>();
                if (who == RUSAGE_SELF) {
                    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir.resolve("task"))) {
                        ds.forEach(tasks::add);
                    }
                } else {
                    tasks.add(dir);
                }
                for (Path t : tasks) {
                    nvcsw += keyed(t.resolve("status"), "voluntary_ctxt_switches");
                    nivcsw += keyed(t.resolve("status"), "nonvoluntary_ctxt_switches");
                }
            }
            PyInt zero = PyInt.of(0);
            return STRUCT_RUSAGE.make(PyFloat.of(utime), PyFloat.of(stime), PyInt.of(maxrss), zero, zero, zero,
                PyInt.of(minflt), PyInt.of(majflt), zero, PyInt.of(inblock), PyInt.of(oublock), zero, zero, zero,
                PyInt.of(nvcsw), PyInt.of(nivcsw));
        } catch (IOException | RuntimeException e) {
            if (e instanceof PyBaseException pe) {
                throw pe;
            }
            throw PyErr.of(PyExc.OSError, PyInt.of(OsErrors.ENOSYS),
                org.pyvm.runtime.PyStr.of("getrusage: pyvm reads the usage from /proc, which is not readable here ("
                    + e + ")"));
        }
    }

    /** resource.c: resource_getpagesize_impl (sysconf(_SC_PAGESIZE), which is AT_PAGESZ). */
    @ExposedMethod
    static long getpagesize() {
        return pageSize();
    }

    /** The system's page size (AT_PAGESZ of /proc/self/auxv), or OSError(ENOSYS) saying it cannot be read. */
    public static long pageSize() {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(Path.of("/proc/self/auxv"))).order(ByteOrder.nativeOrder());
            while (b.remaining() >= 16) {
                long key = b.getLong();
                long value = b.getLong();
                if (key == 6) { // AT_PAGESZ
                    return value;
                }
                if (key == 0) {
                    break;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        throw PyErr.of(PyExc.OSError, PyInt.of(OsErrors.ENOSYS),
            org.pyvm.runtime.PyStr.of("getpagesize: pyvm reads the page size from /proc/self/auxv, which is not "
                + "readable here"));
    }
}
