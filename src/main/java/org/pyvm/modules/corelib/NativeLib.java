package org.pyvm.modules.corelib;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * A system C library opened through java.lang.foreign (the project's rule: system
 * libraries may be called, CPython's extension modules never are). Opening happens when
 * a module first needs the library, never at start-up.
 */
public final class NativeLib {

    /** Where Debian, Ubuntu, Fedora and Alpine keep shared libraries, after the loader's own search. */
    private static final String[] DIRS = {"", "/usr/lib/x86_64-linux-gnu/", "/usr/lib/aarch64-linux-gnu/",
        "/lib/x86_64-linux-gnu/", "/lib/aarch64-linux-gnu/", "/usr/lib64/", "/usr/lib/", "/lib/"};

    private final Linker linker;
    private final SymbolLookup lookup;

    private NativeLib(Linker linker, SymbolLookup lookup) {
        this.linker = linker;
        this.lookup = lookup;
    }

    /** The library SONAME ("libuuid.so.1"), or null when it (or the JDK's FFM) is not there. */
    public static NativeLib open(String soname) {
        Linker linker;
        try {
            linker = Linker.nativeLinker();
        } catch (Throwable e) {
            return null;
        }
        for (String dir : DIRS) {
            try {
                return new NativeLib(linker, SymbolLookup.libraryLookup(dir + soname, Arena.global()));
            } catch (IllegalArgumentException e) {
                // not in this place: try the next
            }
        }
        return null;
    }

    /** Whether the library has the C function NAME (cheaper than making its handle). */
    public boolean has(String name) {
        return lookup.find(name).isPresent();
    }

    /** A downcall handle for the C function NAME, or null when the library does not have it. */
    public MethodHandle function(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment sym = lookup.find(name).orElse(null);
        return sym == null ? null : linker.downcallHandle(sym, fd, options);
    }

    /**
     * A C function pointer calling the static method NAME of OWNER (found through LOOKUP,
     * which must see it) with the C signature FD, for the life of the program.
     */
    public static MemorySegment upcall(MethodHandles.Lookup lookup, Class<?> owner, String name, FunctionDescriptor fd) {
        try {
            MethodHandle h = lookup.findStatic(owner, name, fd.toMethodType());
            return Linker.nativeLinker().upcallStub(h, fd, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
