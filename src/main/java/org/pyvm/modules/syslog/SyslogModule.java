package org.pyvm.modules.syslog;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.Libc;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * The syslog module: openlog(3), syslog(3), closelog(3) and setlogmask(3) of the C library
 * through java.lang.foreign. Compare CPython Modules/syslogmodule.c.
 *
 * <p>openlog(3) keeps the ident pointer it is given, so the ident's C string lives in an
 * arena of its own until the next openlog or closelog replaces it; a syslog call in another
 * thread (made with the GIL released, as CPython does) holds the read side of a lock so that
 * the string it may be using is not freed under it. Without an openlog first, syslog opens
 * the log itself with the basename of sys.argv[0] as ident (syslog_get_argv).
 */
public final class SyslogModule {

    private SyslogModule() {}

    private static final MethodHandle OPENLOG = Libc.plainFunction("openlog",
        FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle SYSLOG = Libc.plainFunction("syslog",
        FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSELOG = Libc.plainFunction("closelog", FunctionDescriptor.ofVoid());
    private static final MethodHandle SETLOGMASK = Libc.plainFunction("setlogmask",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private static final int LOG_USER = 8, LOG_INFO = 6;

    /** The facilities, priorities and openlog options of Linux's syslog.h. */
    private static final Object[] CONSTANTS = {
        "LOG_EMERG", 0, "LOG_ALERT", 1, "LOG_CRIT", 2, "LOG_ERR", 3, "LOG_WARNING", 4, "LOG_NOTICE", 5,
        "LOG_INFO", 6, "LOG_DEBUG", 7,
        "LOG_PID", 1, "LOG_CONS", 2, "LOG_ODELAY", 4, "LOG_NDELAY", 8, "LOG_NOWAIT", 16, "LOG_PERROR", 32,
        "LOG_KERN", 0, "LOG_USER", 8, "LOG_MAIL", 16, "LOG_DAEMON", 24, "LOG_AUTH", 32, "LOG_SYSLOG", 40,
        "LOG_LPR", 48, "LOG_NEWS", 56, "LOG_UUCP", 64, "LOG_CRON", 72, "LOG_AUTHPRIV", 80,
        "LOG_LOCAL0", 128, "LOG_LOCAL1", 136, "LOG_LOCAL2", 144, "LOG_LOCAL3", 152, "LOG_LOCAL4", 160,
        "LOG_LOCAL5", 168, "LOG_LOCAL6", 176, "LOG_LOCAL7", 184,
    };

    /** Guards IDENT: syslog calls read it, openlog and closelog replace it. */
    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    /** The arena holding the C string openlog(3) was last given, or null. */
    private static Arena identArena;
    /**
     * Whether the log is open (S_log_open): the C library's state, so the process's, shared by
     * every interpreter (a subinterpreter, a copy of pyvm, is given the main one's: {@link #share}).
     */
    private static java.util.concurrent.atomic.AtomicBoolean logOpen = new java.util.concurrent.atomic.AtomicBoolean();

    /** The process's open-log flag, for a new subinterpreter (see modules.interpreters). */
    public static Object processState() {
        return logOpen;
    }

    /** A subinterpreter's start: the flag of the process it runs in. */
    public static void share(Object state) {
        if (state instanceof java.util.concurrent.atomic.AtomicBoolean b) {
            logOpen = b;
        }
    }

    /** The process-level syslog state may be changed by the main interpreter only. Compare is_main_interpreter. */
    private static void mainOnly(String fn) {
        if (PyRuntime.interpreterId != 0) {
            throw PyErr.runtimeError("subinterpreter can't use syslog." + fn + "()");
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("syslog");
        m.addFunctions(SyslogModule.class);
        PyDict d = m.getDict();
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            d.setStr((String) CONSTANTS[i], PyInt.of((Integer) CONSTANTS[i + 1]));
        }
        return m;
    }

    private static void available() {
        if (OPENLOG == null || SYSLOG == null || CLOSELOG == null || SETLOGMASK == null || !Libc.available()) {
            throw Libc.unavailable("syslog");
        }
    }

    /** PyLong_AsLong of an index. */
    private static long cLong(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    /** PyUnicode_AsUTF8: strict UTF-8 (a lone surrogate is a UnicodeEncodeError). */
    private static byte[] utf8(String s) {
        for (int i = 0, cp = 0; i < s.length(); i++, cp++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw PyErr.of(PyExc.UnicodeEncodeError, String.format(
                    "'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed", (int) c, cp));
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A NUL-terminated copy of B in A. */
    private static MemorySegment cstr(Arena a, byte[] b) {
        MemorySegment m = a.allocate(b.length + 1L);
        MemorySegment.copy(b, 0, m, JAVA_BYTE, 0, b.length);
        m.set(JAVA_BYTE, b.length, (byte) 0);
        return m;
    }

    /** Compare syslogmodule.c: syslog_get_argv — the basename of sys.argv[0], or null. */
    private static String argvIdent() {
        PyObject argv = PyRuntime.builtinModule("sys").getDict().getStr("argv");
        if (!(argv instanceof PyList list) || list.size() == 0 || !(list.get(0) instanceof PyStr s)) {
            return null;
        }
        String script = s.toString();
        if (script.isEmpty()) {
            return null;
        }
        int slash = script.lastIndexOf('/');
        return slash < 0 ? script : script.substring(slash + 1);
    }

    /** openlog(ident=None, logoption=0, facility=LOG_USER). Compare syslog_openlog_impl. */
    @ExposedMethod
    static void openlog(PyObject[] args, String[] kw) {
        if (args.length > 3) {
            int nkw = kw == null ? 0 : kw.length;
            throw PyErr.typeError("openlog() takes at most 3 " + (nkw > 0 ? "keyword " : "") + "arguments ("
                + args.length + " given)");
        }
        PyObject[] a = Args.parse("openlog", args, kw, 0, 3, "ident", "logoption", "facility");
        mainOnly("openlog");
        String ident = null;
        if (a[0] != null) {
            if (!(a[0] instanceof PyStr s)) {
                throw PyErr.typeError("openlog() argument 'ident' must be str, not " + a[0].type().getName());
            }
            ident = s.toString();
        }
        long logopt = a[1] == null ? 0 : cLong(a[1]);
        long facility = a[2] == null ? LOG_USER : cLong(a[2]);
        open(ident, (int) logopt, (int) facility);
    }

    private static void open(String given, int logopt, int facility) {
        available();
        String ident = given != null ? given : argvIdent();
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("syslog.openlog", ident == null ? org.pyvm.runtime.PyNone.NONE : PyStr.of(ident),
                PyInt.of(logopt), PyInt.of(facility));
        }
        byte[] bytes = ident == null ? null : utf8(ident);
        LOCK.writeLock().lock();
        try {
            Arena arena = Arena.ofShared();
            MemorySegment p = bytes == null ? MemorySegment.NULL : cstr(arena, bytes);
            call(() -> {
                OPENLOG.invokeExact(p, logopt, facility);
            });
            if (identArena != null) {
                identArena.close();
            }
            identArena = arena;
            logOpen.set(true);
        } finally {
            LOCK.writeLock().unlock();
        }
    }

    /** syslog([priority=LOG_INFO,] message). Compare syslog_syslog_impl. */
    @ExposedMethod
    static void syslog(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("syslog() takes no keyword arguments");
        }
        int priority = LOG_INFO;
        PyObject msg;
        if (args.length == 1) {
            msg = args[0];
        } else if (args.length == 2) {
            long p = cLong(args[0]);
            if (p != (int) p) {
                // argument clinic's int converter: PyLong_AsLong, then the range check
                throw PyErr.overflowError(p < 0 ? "signed integer is less than minimum"
                    : "signed integer is greater than maximum");
            }
            priority = (int) p;
            msg = args[1];
        } else {
            throw PyErr.typeError("syslog.syslog requires 1 to 2 arguments");
        }
        if (!(msg instanceof PyStr s)) {
            throw PyErr.typeError("syslog() argument " + args.length + " must be str, not " + msg.type().getName());
        }
        String text = s.toString();
        if (text.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        byte[] bytes = utf8(text);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("syslog.syslog", PyInt.of(priority), msg);
        }
        if (!logOpen.get()) {
            if (PyRuntime.interpreterId != 0) {
                throw PyErr.runtimeError("subinterpreter can't use syslog.syslog() until the syslog is opened by the main interpreter");
            }
            open(null, 0, LOG_USER);
        }
        available();
        int prio = priority;
        boolean released = Gil.release();
        LOCK.readLock().lock();
        try (Arena a = Arena.ofConfined()) {
            call(() -> {
                SYSLOG.invokeExact(prio, cstr(a, "%s".getBytes(StandardCharsets.US_ASCII)), cstr(a, bytes));
            });
        } finally {
            LOCK.readLock().unlock();
            Gil.reacquire(released);
        }
    }

    /** closelog(). Compare syslog_closelog_impl. */
    @ExposedMethod
    static void closelog(PyObject[] args, String[] kw) {
        if (args.length > 0) {
            if (kw != null && kw.length > 0) {
                throw PyErr.typeError("syslog.closelog() takes no keyword arguments");
            }
            throw PyErr.typeError("syslog.closelog() takes no arguments (" + args.length + " given)");
        }
        mainOnly("closelog");
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("syslog.closelog");
        }
        if (!logOpen.get()) {
            return;
        }
        available();
        LOCK.writeLock().lock();
        try {
            call(() -> {
                CLOSELOG.invokeExact();
            });
            if (identArena != null) {
                identArena.close();
                identArena = null;
            }
            logOpen.set(false);
        } finally {
            LOCK.writeLock().unlock();
        }
    }

    /** setlogmask(maskpri): the previous mask. */
    @ExposedMethod
    static PyObject setlogmask(PyObject[] args, String[] kw) {
        long mask = cLong(one("setlogmask", args, kw));
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("syslog.setlogmask", PyInt.of(mask));
        }
        available();
        int[] previous = new int[1];
        call(() -> {
            previous[0] = (int) SETLOGMASK.invokeExact((int) mask);
        });
        return PyInt.of(previous[0]);
    }

    /**
     * A libc call through invokeExact, whose checked Throwable these handles never throw. (A
     * block body: in an expression lambda invokeExact would be typed as returning Object.)
     */
    private interface LibcCall {
        void run() throws Throwable;
    }

    private static void call(LibcCall c) {
        try {
            c.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** LOG_MASK(pri): C's (1 << pri) in an int, as the macro computes it. */
    @ExposedMethod(name = "LOG_MASK")
    static PyObject logMask(PyObject[] args, String[] kw) {
        long pri = cLong(one("LOG_MASK", args, kw));
        return PyInt.of((long) (1 << (int) pri));
    }

    /** LOG_UPTO(pri): C's ((1 << (pri + 1)) - 1) in an int. */
    @ExposedMethod(name = "LOG_UPTO")
    static PyObject logUpto(PyObject[] args, String[] kw) {
        long pri = cLong(one("LOG_UPTO", args, kw));
        return PyInt.of((long) ((1 << (int) (pri + 1)) - 1));
    }

    /** The one positional argument of a METH_O function. */
    private static PyObject one(String fn, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("syslog." + fn + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError("syslog." + fn + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }
}
