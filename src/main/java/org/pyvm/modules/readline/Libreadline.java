package org.pyvm.modules.readline;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * GNU readline (libreadline.so.8, with its history library) reached through
 * java.lang.foreign: the downcall handles the readline module uses, its global variables
 * (read and written as memory at the symbol's address) and the few libc functions it
 * needs (strdup/free for strings readline owns, poll to wait for input). Loaded once, on
 * the first import of readline; {@link #load()} gives null when the library is absent.
 * Every handle is used on the thread that holds the GIL, as CPython calls readline.
 */
final class Libreadline {

    private static final String[] LIBRARIES = {"libreadline.so.8", "libreadline.so.7", "libreadline.so"};
    private static final Linker LINKER = Linker.nativeLinker();

    final SymbolLookup lib;
    private final SymbolLookup libc = LINKER.defaultLookup();

    // history
    final MethodHandle usingHistory = fn("using_history", null);
    final MethodHandle addHistory = fn("add_history", null, ADDRESS);
    final MethodHandle historyGet = fn("history_get", ADDRESS, JAVA_INT);
    final MethodHandle removeHistory = fn("remove_history", ADDRESS, JAVA_INT);
    final MethodHandle replaceHistoryEntry = fn("replace_history_entry", ADDRESS, JAVA_INT, ADDRESS, ADDRESS);
    final MethodHandle freeHistoryEntry = fn("free_history_entry", ADDRESS, ADDRESS);
    final MethodHandle clearHistory = fn("clear_history", null);
    final MethodHandle historyState = fn("history_get_history_state", ADDRESS);
    final MethodHandle readHistory = fn("read_history", JAVA_INT, ADDRESS);
    final MethodHandle writeHistory = fn("write_history", JAVA_INT, ADDRESS);
    final MethodHandle appendHistory = fn("append_history", JAVA_INT, JAVA_INT, ADDRESS);
    final MethodHandle truncateFile = fn("history_truncate_file", JAVA_INT, ADDRESS, JAVA_INT);
    // line editing
    final MethodHandle parseAndBind = fn("rl_parse_and_bind", JAVA_INT, ADDRESS);
    final MethodHandle readInitFile = fn("rl_read_init_file", JAVA_INT, ADDRESS);
    final MethodHandle variableBind = fn("rl_variable_bind", JAVA_INT, ADDRESS, ADDRESS);
    final MethodHandle bindKey = fn("rl_bind_key", JAVA_INT, JAVA_INT, ADDRESS);
    final MethodHandle bindKeyInMap = fn("rl_bind_key_in_map", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    final MethodHandle initialize = fn("rl_initialize", JAVA_INT);
    final MethodHandle insertText = fn("rl_insert_text", JAVA_INT, ADDRESS);
    final MethodHandle redisplay = fn("rl_redisplay", null);
    final MethodHandle completionMatches = fn("rl_completion_matches", ADDRESS, ADDRESS, ADDRESS);
    final MethodHandle handlerInstall = fn("rl_callback_handler_install", null, ADDRESS, ADDRESS);
    final MethodHandle handlerRemove = fn("rl_callback_handler_remove", null);
    final MethodHandle readChar = fn("rl_callback_read_char", null);
    final MethodHandle sigCleanup = fn("rl_callback_sigcleanup", null);
    final MethodHandle freeLineState = fn("rl_free_line_state", null);
    final MethodHandle cleanupAfterSignal = fn("rl_cleanup_after_signal", null);
    final MethodHandle resizeTerminal = fn("rl_resize_terminal", null);
    // libc
    final MethodHandle strdup;
    final MethodHandle free;
    final MethodHandle poll;
    final MethodHandle isatty;
    final MethodHandle setlocale;

    private Libreadline(SymbolLookup lib) {
        // Assigned before super() (a Java 25 constructor prologue), so that the field
        // initializers above, which run after super(), find their symbols in it.
        this.lib = lib;
        super();
        strdup = libcFn("strdup", ADDRESS, ADDRESS);
        free = libcFn("free", null, ADDRESS);
        poll = libcFn("poll", JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
        isatty = libcFn("isatty", JAVA_INT, JAVA_INT);
        setlocale = libcFn("setlocale", ADDRESS, JAVA_INT, ADDRESS);
    }

    private static volatile Libreadline loaded;
    private static volatile boolean tried;

    /** The library, loaded at the first call; null when the machine has none. */
    static Libreadline load() {
        if (!tried) {
            synchronized (Libreadline.class) {
                if (!tried) {
                    for (String name : LIBRARIES) {
                        try {
                            loaded = new Libreadline(SymbolLookup.libraryLookup(name, Arena.global()));
                            break;
                        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
                            // not there, or an old one without a function we call: try the next
                        }
                    }
                    tried = true;
                }
            }
        }
        return loaded;
    }

    private MethodHandle fn(String name, java.lang.foreign.MemoryLayout result, java.lang.foreign.MemoryLayout... args) {
        FunctionDescriptor d = result == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(result, args);
        return LINKER.downcallHandle(symbol(name), d);
    }

    private MethodHandle libcFn(String name, java.lang.foreign.MemoryLayout result, java.lang.foreign.MemoryLayout... args) {
        FunctionDescriptor d = result == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(result, args);
        return LINKER.downcallHandle(libc.find(name).orElseThrow(), d);
    }

    /** The address of the library's symbol NAME (a function or a variable). */
    MemorySegment symbol(String name) {
        return lib.find(name).orElseThrow();
    }

    // ---- global variables ----

    int getInt(String name) {
        return symbol(name).reinterpret(4).get(JAVA_INT, 0);
    }

    void setInt(String name, int v) {
        symbol(name).reinterpret(4).set(JAVA_INT, 0, v);
    }

    MemorySegment getPointer(String name) {
        return symbol(name).reinterpret(ADDRESS.byteSize()).get(ADDRESS, 0);
    }

    void setPointer(String name, MemorySegment v) {
        symbol(name).reinterpret(ADDRESS.byteSize()).set(ADDRESS, 0, v);
    }

    /** The NUL-terminated bytes at P (null for a NULL pointer). */
    static byte[] cBytes(MemorySegment p) {
        if (p == null || p.address() == 0) {
            return null;
        }
        MemorySegment s = p.reinterpret(Integer.MAX_VALUE);
        long n = 0;
        while (s.get(JAVA_BYTE, n) != 0) {
            n++;
        }
        return s.asSlice(0, n).toArray(JAVA_BYTE);
    }

    /** B as a NUL-terminated C string in ARENA. */
    static MemorySegment cString(Arena arena, byte[] b) {
        MemorySegment m = arena.allocate(b.length + 1L);
        MemorySegment.copy(b, 0, m, JAVA_BYTE, 0, b.length);
        m.set(JAVA_BYTE, b.length, (byte) 0);
        return m;
    }

    /** B copied to memory from malloc (strdup), for readline to own and free. */
    MemorySegment mallocString(byte[] b) {
        try (Arena a = Arena.ofConfined()) {
            return (MemorySegment) strdup.invokeExact(cString(a, b));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
