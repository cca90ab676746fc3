package org.pyvm.modules.ctypes;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pyvm.runtime.PyErr;

/**
 * The native side of _ctypes over the JDK's Foreign Function & Memory API: dlopen/dlsym
 * through libc, raw memory at an address, downcall handles for any C signature (cached
 * per function descriptor), the C errno. Made on first import of _ctypes (this class's
 * initialization), never at start-up. Compare CPython Modules/_ctypes/callproc.c (the
 * libffi side) and ctypes_dlfcn.h.
 */
final class Native {

    private Native() {}

    static final Linker LINKER;
    /** Why the FFM binding could not be made, or null. */
    static final String LOAD_ERROR;
    private static final MethodHandle DLOPEN, DLSYM, DLCLOSE, DLERROR, ERRNO_LOCATION, STRLEN, WCSLEN, MINCORE;
    /** process_vm_readv, or null where libc lacks it. */
    private static final MethodHandle PROCESS_VM_READV;
    /** The layout of the call state holding errno (Linker.Option.captureCallState). */
    static final StructLayout CAPTURE_LAYOUT;
    private static final VarHandle CAPTURED_ERRNO;
    private static final Linker.Option CAPTURE;

    static {
        Linker linker = null;
        String err = null;
        MethodHandle dlopen = null, dlsym = null, dlclose = null, dlerror = null, errnoLoc = null, strlen = null,
            wcslen = null, mincore = null;
        StructLayout cap = null;
        VarHandle capErrno = null;
        Linker.Option capture = null;
        try {
            linker = Linker.nativeLinker();
            var libc = linker.defaultLookup();
            dlopen = linker.downcallHandle(libc.find("dlopen").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));
            dlsym = linker.downcallHandle(libc.find("dlsym").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
            dlclose = linker.downcallHandle(libc.find("dlclose").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            dlerror = linker.downcallHandle(libc.find("dlerror").orElseThrow(), FunctionDescriptor.of(JAVA_LONG));
            errnoLoc = linker.downcallHandle(libc.find("__errno_location").orElseThrow(), FunctionDescriptor.of(JAVA_LONG));
            strlen = linker.downcallHandle(libc.find("strlen").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
            wcslen = linker.downcallHandle(libc.find("wcslen").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
            mincore = linker.downcallHandle(libc.find("mincore").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            cap = Linker.Option.captureStateLayout();
            capErrno = cap.varHandle(MemoryLayout.PathElement.groupElement("errno"));
            capture = Linker.Option.captureCallState("errno");
        } catch (Throwable t) {
            err = "the JDK's foreign function interface is not available (" + t + ")";
        }
        LINKER = linker;
        LOAD_ERROR = err;
        DLOPEN = dlopen;
        DLSYM = dlsym;
        DLCLOSE = dlclose;
        DLERROR = dlerror;
        ERRNO_LOCATION = errnoLoc;
        STRLEN = strlen;
        WCSLEN = wcslen;
        MINCORE = mincore;
        MethodHandle readv = null;
        try {
            Linker.Option errnoOpt = capture;
            readv = linker.defaultLookup().find("process_vm_readv").map(a -> Linker.nativeLinker().downcallHandle(a,
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
                errnoOpt)).orElse(null);
        } catch (Throwable t) {
            readv = null;
        }
        PROCESS_VM_READV = readv;
        CAPTURE_LAYOUT = cap;
        CAPTURED_ERRNO = capErrno;
        CAPTURE = capture;
    }

    /** A Throwable from a handle invocation as a Python exception (the handles here throw none). */
    static RuntimeException fail(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return PyErr.systemError("native call failed: " + t);
    }

    // ---- dynamic loading (ctypes_dlfcn.h)

    /** Set once the Java test library (TestLibrary) was opened, so other look-ups skip it until then. */
    private static volatile boolean testLibraryOpen;

    static long dlopen(String path, int mode) {
        if (TestLibrary.PATH.equals(path)) {
            testLibraryOpen = true;
            return TestLibrary.handle();
        }
        try (Arena a = Arena.ofConfined()) {
            long p = path == null ? 0L : cstring(a, path).address();
            return (long) DLOPEN.invokeExact(p, mode);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static long dlsym(long handle, String name) {
        if (testLibraryOpen && TestLibrary.isHandle(handle)) {
            return TestLibrary.symbol(name);
        }
        try (Arena a = Arena.ofConfined()) {
            return (long) DLSYM.invokeExact(handle, cstring(a, name).address());
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int dlclose(long handle) {
        if (testLibraryOpen && TestLibrary.isHandle(handle)) {
            return 0;
        }
        try {
            return (int) DLCLOSE.invokeExact(handle);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** dlsym. (pyvm has no CPython C API, so ctypes.pythonapi finds nothing in the JVM.) */
    static long symbol(long handle, String name) {
        return dlsym(handle, name);
    }

    /** dlerror()'s message, or null. */
    static String dlerror() {
        if (testLibraryOpen) {
            String e = TestLibrary.takeError();
            if (e != null) {
                return e;
            }
        }
        try {
            long p = (long) DLERROR.invokeExact();
            return p == 0 ? null : new String(bytesAt(p, strlen(p)), StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- memory

    /** LENGTH bytes at ADDRESS, without bounds of their own (a wrong address crashes, as in C). */
    static MemorySegment at(long address, long length) {
        return MemorySegment.ofAddress(address).reinterpret(Math.max(length, 0));
    }

    static byte[] bytesAt(long address, long length) {
        return at(address, length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    static long strlen(long address) {
        try {
            return (long) STRLEN.invokeExact(address);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static long wcslen(long address) {
        try {
            return (long) WCSLEN.invokeExact(address);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /**
     * Whether LENGTH bytes at ADDRESS lie in mapped pages (mincore), so that an address no
     * C object has (an id(), a JVM array's pseudo-address) is refused instead of crashing
     * the JVM. Mapped pages may still be unreadable (the JVM's guard pages), so the bytes are
     * then read once through process_vm_readv on this process, which fails with EFAULT
     * instead of faulting. (CPython simply reads, and crashes on such an address.)
     */
    static boolean mapped(long address, long length) {
        if (address == 0) {
            return false;
        }
        if (!pagesPresent(address, length)) {
            return false;
        }
        return readable(address, Math.min(Math.max(length, 1), 1 << 16))
            && (length <= 1 << 16 || readable(address + length - 1, 1));
    }

    private static boolean readable(long address, long length) {
        if (PROCESS_VM_READV == null) {
            return true;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(length);
            MemorySegment local = a.allocate(16, 8), remote = a.allocate(16, 8);
            MemorySegment state = a.allocate(CAPTURE_LAYOUT);
            local.set(JAVA_LONG, 0, buf.address());
            local.set(JAVA_LONG, 8, length);
            remote.set(JAVA_LONG, 0, address);
            remote.set(JAVA_LONG, 8, length);
            long n = (long) PROCESS_VM_READV.invokeExact(state, (int) ProcessHandle.current().pid(), local.address(),
                1L, remote.address(), 1L, 0L);
            // -1 with ENOSYS or EPERM (a sandbox forbidding the call) says nothing: mincore's answer stands.
            return n == length || (n < 0 && capturedErrno(state) != 14);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static boolean pagesPresent(long address, long length) {
        long page = 4096;
        long start = address & -page;
        long end = address + Math.max(length, 1);
        long pages = (end - start + page - 1) / page;
        if (pages > 1 << 20) {
            return true;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment vec = a.allocate(pages);
            return (int) MINCORE.invokeExact(start, end - start, vec.address()) == 0;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Zeroed memory owned by the garbage collector: freed when the segment becomes unreachable. */
    static MemorySegment allocate(long size, long align) {
        return Arena.ofAuto().allocate(Math.max(size, 1), Math.max(align, 1)).asSlice(0, Math.max(size, 0));
    }

    static MemorySegment cstring(Arena a, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        MemorySegment m = a.allocate(b.length + 1L);
        MemorySegment.copy(b, 0, m, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, b.length);
        return m;
    }

    // ---- errno

    private static long errnoAddress() {
        try {
            return (long) ERRNO_LOCATION.invokeExact();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Sets the C errno of this thread (before a call made with use_errno). */
    static void setErrno(int value) {
        at(errnoAddress(), 4).set(JAVA_INT, 0, value);
    }

    static int getErrno() {
        return at(errnoAddress(), 4).get(JAVA_INT, 0);
    }

    static int capturedErrno(MemorySegment state) {
        return (int) CAPTURED_ERRNO.get(state, 0L);
    }

    // ---- calls

    private record Key(FunctionDescriptor fd, boolean errno) {}

    private static final Map<Key, MethodHandle> HANDLES = new ConcurrentHashMap<>();

    /**
     * The downcall handle for FD: (MemorySegment function, [SegmentAllocator for a struct
     * result,] [MemorySegment call state when ERRNO,] args...). Made once per descriptor.
     */
    static MethodHandle downcall(FunctionDescriptor fd, boolean errno) {
        return HANDLES.computeIfAbsent(new Key(fd, errno), k -> {
            Linker.Option count = Linker.Option.firstVariadicArg(k.fd.argumentLayouts().size());
            if (!SSE_COUNT_IN_AL) {
                return k.errno ? LINKER.downcallHandle(k.fd, CAPTURE) : LINKER.downcallHandle(k.fd);
            }
            return k.errno ? LINKER.downcallHandle(k.fd, CAPTURE, count) : LINKER.downcallHandle(k.fd, count);
        });
    }

    /**
     * On x86-64 System V a variadic callee (printf and friends) reads the number of vector
     * registers holding arguments from %al. libffi sets it on every call, so CPython's ctypes
     * can call snprintf without argtypes and have its doubles read; FFM sets it only for a
     * variadic descriptor. Declaring the variadic part empty (index = argument count) makes FFM
     * set %al without changing how any argument is passed.
     */
    private static final boolean SSE_COUNT_IN_AL = switch (System.getProperty("os.arch", "")) {
        case "amd64", "x86_64" -> !System.getProperty("os.name", "").startsWith("Windows");
        default -> false;
    };

    static final MemoryLayout POINTER = ADDRESS;
}
