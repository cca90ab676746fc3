package org.pyvm.modules.posix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * The set*id family (setuid, setgid, seteuid, setegid, setreuid, setregid, setresuid,
 * setresgid, setgroups, initgroups) through the C library: glibc applies each to every
 * thread of the process (its setxid broadcast), so the JVM's threads change together as a
 * CPython process's do. Ids are converted as CPython's _Py_Uid_Converter/_Py_Gid_Converter
 * do, quirks included (a value that fits a C long but not uid_t is "less than minimum").
 * Compare CPython Modules/posixmodule.c: os_setuid_impl ... os_initgroups_impl.
 */
public final class Ids {

    private Ids() {}

    private static final class Handles {
        static final FunctionDescriptor ONE = FunctionDescriptor.of(JAVA_INT, JAVA_INT);
        static final FunctionDescriptor TWO = FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT);
        static final FunctionDescriptor THREE = FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);
        static final MethodHandle SETUID = fn("setuid", ONE);
        static final MethodHandle SETGID = fn("setgid", ONE);
        static final MethodHandle SETEUID = fn("seteuid", ONE);
        static final MethodHandle SETEGID = fn("setegid", ONE);
        static final MethodHandle SETREUID = fn("setreuid", TWO);
        static final MethodHandle SETREGID = fn("setregid", TWO);
        static final MethodHandle SETRESUID = fn("setresuid", THREE);
        static final MethodHandle SETRESGID = fn("setresgid", THREE);
        static final MethodHandle SETGROUPS = fn("setgroups", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
        static final MethodHandle INITGROUPS = fn("initgroups", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));

        private static MethodHandle fn(String name, FunctionDescriptor fd) {
            return Libc.function(name, fd);
        }
    }

    /** Runs a call; the OSError of the errno it left (posix_error: no file name). */
    private static void call(MethodHandle h, String what, Libc.Call c) {
        Libc.Result r = Libc.call(h, what, c);
        if (r.errno() != 0) {
            throw OsErrors.of(r.errno());
        }
    }

    /** _Py_Uid_Converter / _Py_Gid_Converter (KIND "uid" or "gid"): the id as a C int's bits. */
    public static int id(PyObject o, String kind) {
        if (!(o instanceof PyInt) && !Abstract.hasIndex(o)) {
            throw PyErr.typeError(kind + " should be integer, not " + o.type().getName());
        }
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError(kind + (v.signum() < 0 ? " is less than minimum" : " is greater than maximum"));
        }
        long x = v.longValue();
        if (x == -1) {
            return -1;
        }
        if (x < 0 || x > 0xffffffffL) {
            throw PyErr.overflowError(kind + " is less than minimum");
        }
        return (int) x;
    }

    @ExposedMethod
    static void setuid(PyObject uid) {
        int u = id(uid, "uid");
        call(Handles.SETUID, "setuid", (st, a) -> (int) Handles.SETUID.invokeExact(st, u));
    }

    @ExposedMethod
    static void setgid(PyObject gid) {
        int g = id(gid, "gid");
        call(Handles.SETGID, "setgid", (st, a) -> (int) Handles.SETGID.invokeExact(st, g));
    }

    @ExposedMethod
    static void seteuid(PyObject uid) {
        int u = id(uid, "uid");
        call(Handles.SETEUID, "seteuid", (st, a) -> (int) Handles.SETEUID.invokeExact(st, u));
    }

    @ExposedMethod
    static void setegid(PyObject gid) {
        int g = id(gid, "gid");
        call(Handles.SETEGID, "setegid", (st, a) -> (int) Handles.SETEGID.invokeExact(st, g));
    }

    @ExposedMethod
    static void setreuid(PyObject ruid, PyObject euid) {
        int r = id(ruid, "uid");
        int e = id(euid, "uid");
        call(Handles.SETREUID, "setreuid", (st, a) -> (int) Handles.SETREUID.invokeExact(st, r, e));
    }

    @ExposedMethod
    static void setregid(PyObject rgid, PyObject egid) {
        int r = id(rgid, "gid");
        int e = id(egid, "gid");
        call(Handles.SETREGID, "setregid", (st, a) -> (int) Handles.SETREGID.invokeExact(st, r, e));
    }

    @ExposedMethod
    static void setresuid(PyObject ruid, PyObject euid, PyObject suid) {
        int r = id(ruid, "uid");
        int e = id(euid, "uid");
        int s = id(suid, "uid");
        call(Handles.SETRESUID, "setresuid", (st, a) -> (int) Handles.SETRESUID.invokeExact(st, r, e, s));
    }

    @ExposedMethod
    static void setresgid(PyObject rgid, PyObject egid, PyObject sgid) {
        int r = id(rgid, "gid");
        int e = id(egid, "gid");
        int s = id(sgid, "gid");
        call(Handles.SETRESGID, "setresgid", (st, a) -> (int) Handles.SETRESGID.invokeExact(st, r, e, s));
    }

    /** setgroups(groups, /). */
    @ExposedMethod
    static void setgroups(PyObject groups) {
        if (!(groups instanceof PyList) && !(groups instanceof PyTuple) && groups.type().lookup("__getitem__") == null
            || groups.type().lookup("__len__") == null) {
            throw PyErr.typeError("setgroups argument must be a sequence");
        }
        PyObject[] items = Abstract.toArray(groups);
        if (items.length > 65536) {
            throw PyErr.valueError("too many groups");
        }
        int[] gids = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyInt) && !items[i].type().isSubtypeOf(PyInt.TYPE)) {
                throw PyErr.typeError("groups must be integers");
            }
            gids[i] = id(items[i], "gid");
        }
        call(Handles.SETGROUPS, "setgroups", (st, a) -> {
            MemorySegment m = a.allocate(JAVA_INT, Math.max(1, gids.length));
            for (int i = 0; i < gids.length; i++) {
                m.setAtIndex(JAVA_INT, i, gids[i]);
            }
            return (int) Handles.SETGROUPS.invokeExact(st, (long) gids.length, m);
        });
    }

    /** initgroups(username, gid, /). */
    @ExposedMethod
    static void initgroups(PyObject[] args, String[] kw) {
        Args.exact("initgroups", args, kw, 2);
        byte[] user = Fs.fsConvert(args[0]);
        int g = id(args[1], "gid");
        call(Handles.INITGROUPS, "initgroups", (st, a) -> {
            MemorySegment u = a.allocate(user.length + 1L);
            MemorySegment.copy(user, 0, u, JAVA_BYTE, 0, user.length);
            u.set(JAVA_BYTE, user.length, (byte) 0);
            return (int) Handles.INITGROUPS.invokeExact(st, u, g);
        });
    }
}
