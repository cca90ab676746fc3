package org.pyvm.modules.sqlite3;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;

/**
 * The binding to the system's SQLite C library (libsqlite3.so.0) through the JDK's Foreign
 * Function & Memory API: one downcall handle per C function pyvm uses, and the upcall stubs
 * SQLite calls back through (user functions, aggregates, collations, authorizer, progress
 * handler, trace callback, destructors). Everything here is made when this class is first
 * initialized, which happens only when {@code _sqlite3} is imported. If the library or the
 * FFM API is missing, {@link #LOAD_ERROR} says why and no handle is usable.
 *
 * <p>Pointers are {@link MemorySegment}s of size 0 as the linker returns them; C strings are
 * UTF-8. The wrappers rethrow a failure of the call itself (never a C error code: those are
 * returned) as an {@link IllegalStateException}.
 */
final class SqliteLib {

    private SqliteLib() {}

    static final int SQLITE_OK = 0, SQLITE_ERROR = 1, SQLITE_INTERNAL = 2, SQLITE_PERM = 3, SQLITE_ABORT = 4,
        SQLITE_BUSY = 5, SQLITE_LOCKED = 6, SQLITE_NOMEM = 7, SQLITE_READONLY = 8, SQLITE_INTERRUPT = 9,
        SQLITE_IOERR = 10, SQLITE_CORRUPT = 11, SQLITE_NOTFOUND = 12, SQLITE_FULL = 13, SQLITE_CANTOPEN = 14,
        SQLITE_PROTOCOL = 15, SQLITE_EMPTY = 16, SQLITE_SCHEMA = 17, SQLITE_TOOBIG = 18, SQLITE_CONSTRAINT = 19,
        SQLITE_MISMATCH = 20, SQLITE_MISUSE = 21, SQLITE_RANGE = 25, SQLITE_ROW = 100, SQLITE_DONE = 101;
    static final int SQLITE_INTEGER = 1, SQLITE_FLOAT = 2, SQLITE_TEXT = 3, SQLITE_BLOB = 4, SQLITE_NULL = 5;
    static final int SQLITE_UTF8 = 1, SQLITE_DETERMINISTIC = 0x800;
    static final int SQLITE_OPEN_READWRITE = 2, SQLITE_OPEN_CREATE = 4, SQLITE_OPEN_URI = 0x40;
    static final int SQLITE_DENY = 1, SQLITE_TRACE_STMT = 1, SQLITE_LIMIT_SQL_LENGTH = 1;
    static final int SQLITE_SERIALIZE_NOCOPY = 1, SQLITE_DESERIALIZE_FREEONCLOSE = 1,
        SQLITE_DESERIALIZE_RESIZEABLE = 2;
    /** SQLITE_TRANSIENT: SQLite copies the bytes before the call returns. */
    static final MemorySegment TRANSIENT = MemorySegment.ofAddress(-1L);

    /** Why the library could not be used, or null when it loaded. */
    static final String LOAD_ERROR;
    private static final Linker LINKER;
    private static final SymbolLookup LIB;

    static {
        String err = null;
        Linker linker = null;
        SymbolLookup lib = null;
        try {
            linker = Linker.nativeLinker();
            lib = open();
            if (lib == null) {
                err = "libsqlite3.so.0 (the SQLite C library) could not be loaded";
            }
        } catch (Throwable e) {
            err = "the JDK's foreign function interface is not available (" + e + ")";
        }
        LINKER = linker;
        LIB = lib;
        LOAD_ERROR = err;
    }

    private static SymbolLookup open() {
        for (String name : new String[] {"libsqlite3.so.0", "/usr/lib/x86_64-linux-gnu/libsqlite3.so.0",
            "/usr/lib/aarch64-linux-gnu/libsqlite3.so.0", "/usr/lib64/libsqlite3.so.0", "/usr/lib/libsqlite3.so.0",
            "libsqlite3.so"}) {
            try {
                return SymbolLookup.libraryLookup(name, Arena.global());
            } catch (IllegalArgumentException e) {
                // try the next place
            }
        }
        return null;
    }

    private static MethodHandle fn(String name, FunctionDescriptor fd) {
        if (LOAD_ERROR != null) {
            return null;
        }
        MemorySegment sym = LIB.find(name).orElse(null);
        return sym == null ? null : LINKER.downcallHandle(sym, fd);
    }

    private static MethodHandle critical(String name, FunctionDescriptor fd) {
        if (LOAD_ERROR != null) {
            return null;
        }
        MemorySegment sym = LIB.find(name).orElse(null);
        return sym == null ? null : LINKER.downcallHandle(sym, fd, Linker.Option.critical(true));
    }

    private static FunctionDescriptor f(ValueLayout ret, ValueLayout... args) {
        return FunctionDescriptor.of(ret, args);
    }

    private static FunctionDescriptor v(ValueLayout... args) {
        return FunctionDescriptor.ofVoid(args);
    }

    private static final ValueLayout P = ADDRESS, I = JAVA_INT, L = JAVA_LONG, D = JAVA_DOUBLE;

    private static final MethodHandle OPEN_V2 = fn("sqlite3_open_v2", f(I, P, P, I, P));
    private static final MethodHandle CLOSE_V2 = fn("sqlite3_close_v2", f(I, P));
    private static final MethodHandle BUSY_TIMEOUT = fn("sqlite3_busy_timeout", f(I, P, I));
    private static final MethodHandle ERRCODE = fn("sqlite3_errcode", f(I, P));
    private static final MethodHandle EXTENDED_ERRCODE = fn("sqlite3_extended_errcode", f(I, P));
    private static final MethodHandle ERRMSG = fn("sqlite3_errmsg", f(P, P));
    private static final MethodHandle ERRSTR = fn("sqlite3_errstr", f(P, I));
    private static final MethodHandle LIBVERSION = fn("sqlite3_libversion", f(P));
    private static final MethodHandle THREADSAFE = fn("sqlite3_threadsafe", f(I));
    private static final MethodHandle PREPARE_V2 = fn("sqlite3_prepare_v2", f(I, P, P, I, P, P));
    private static final MethodHandle STEP = fn("sqlite3_step", f(I, P));
    private static final MethodHandle RESET = fn("sqlite3_reset", f(I, P));
    private static final MethodHandle FINALIZE = fn("sqlite3_finalize", f(I, P));
    private static final MethodHandle STMT_BUSY = fn("sqlite3_stmt_busy", f(I, P));
    private static final MethodHandle STMT_READONLY = fn("sqlite3_stmt_readonly", f(I, P));
    private static final MethodHandle BIND_PARAMETER_COUNT = fn("sqlite3_bind_parameter_count", f(I, P));
    private static final MethodHandle BIND_PARAMETER_NAME = fn("sqlite3_bind_parameter_name", f(P, P, I));
    private static final MethodHandle BIND_NULL = fn("sqlite3_bind_null", f(I, P, I));
    private static final MethodHandle BIND_INT64 = fn("sqlite3_bind_int64", f(I, P, I, L));
    private static final MethodHandle BIND_DOUBLE = fn("sqlite3_bind_double", f(I, P, I, D));
    // Critical, with heap access: these copy the bytes (SQLITE_TRANSIENT) and call nothing
    // back, so the Java array is passed as it is, without a copy into native memory.
    private static final MethodHandle BIND_TEXT = critical("sqlite3_bind_text", f(I, P, I, P, I, P));
    private static final MethodHandle BIND_BLOB = critical("sqlite3_bind_blob", f(I, P, I, P, I, P));
    private static final MethodHandle COLUMN_COUNT = fn("sqlite3_column_count", f(I, P));
    private static final MethodHandle DATA_COUNT = fn("sqlite3_data_count", f(I, P));
    private static final MethodHandle COLUMN_TYPE = fn("sqlite3_column_type", f(I, P, I));
    private static final MethodHandle COLUMN_INT64 = fn("sqlite3_column_int64", f(L, P, I));
    private static final MethodHandle COLUMN_DOUBLE = fn("sqlite3_column_double", f(D, P, I));
    private static final MethodHandle COLUMN_BLOB = fn("sqlite3_column_blob", f(P, P, I));
    private static final MethodHandle COLUMN_TEXT = fn("sqlite3_column_text", f(P, P, I));
    private static final MethodHandle COLUMN_BYTES = fn("sqlite3_column_bytes", f(I, P, I));
    private static final MethodHandle COLUMN_NAME = fn("sqlite3_column_name", f(P, P, I));
    private static final MethodHandle COLUMN_DECLTYPE = fn("sqlite3_column_decltype", f(P, P, I));
    private static final MethodHandle CHANGES = fn("sqlite3_changes", f(I, P));
    private static final MethodHandle TOTAL_CHANGES = fn("sqlite3_total_changes", f(I, P));
    private static final MethodHandle LAST_INSERT_ROWID = fn("sqlite3_last_insert_rowid", f(L, P));
    private static final MethodHandle GET_AUTOCOMMIT = fn("sqlite3_get_autocommit", f(I, P));
    private static final MethodHandle LIMIT = fn("sqlite3_limit", f(I, P, I, I));
    private static final MethodHandle COMPLETE = fn("sqlite3_complete", f(I, P));
    private static final MethodHandle INTERRUPT = fn("sqlite3_interrupt", v(P));
    private static final MethodHandle EXEC = fn("sqlite3_exec", f(I, P, P, P, P, P));
    private static final MethodHandle NEXT_STMT = fn("sqlite3_next_stmt", f(P, P, P));
    private static final MethodHandle CREATE_FUNCTION_V2 = fn("sqlite3_create_function_v2",
        f(I, P, P, I, I, P, P, P, P, P));
    private static final MethodHandle CREATE_WINDOW_FUNCTION = fn("sqlite3_create_window_function",
        f(I, P, P, I, I, P, P, P, P, P, P));
    private static final MethodHandle CREATE_COLLATION_V2 = fn("sqlite3_create_collation_v2", f(I, P, P, I, P, P, P));
    private static final MethodHandle SET_AUTHORIZER = fn("sqlite3_set_authorizer", f(I, P, P, P));
    private static final MethodHandle PROGRESS_HANDLER = fn("sqlite3_progress_handler", v(P, I, P, P));
    private static final MethodHandle TRACE_V2 = fn("sqlite3_trace_v2", f(I, P, I, P, P));
    private static final MethodHandle EXPANDED_SQL = fn("sqlite3_expanded_sql", f(P, P));
    private static final MethodHandle FREE = fn("sqlite3_free", v(P));
    private static final MethodHandle MALLOC64 = fn("sqlite3_malloc64", f(P, L));
    private static final MethodHandle USER_DATA = fn("sqlite3_user_data", f(P, P));
    private static final MethodHandle AGGREGATE_CONTEXT = fn("sqlite3_aggregate_context", f(P, P, I));
    private static final MethodHandle VALUE_TYPE = fn("sqlite3_value_type", f(I, P));
    private static final MethodHandle VALUE_INT64 = fn("sqlite3_value_int64", f(L, P));
    private static final MethodHandle VALUE_DOUBLE = fn("sqlite3_value_double", f(D, P));
    private static final MethodHandle VALUE_TEXT = fn("sqlite3_value_text", f(P, P));
    private static final MethodHandle VALUE_BLOB = fn("sqlite3_value_blob", f(P, P));
    private static final MethodHandle VALUE_BYTES = fn("sqlite3_value_bytes", f(I, P));
    private static final MethodHandle RESULT_NULL = fn("sqlite3_result_null", v(P));
    private static final MethodHandle RESULT_INT64 = fn("sqlite3_result_int64", v(P, L));
    private static final MethodHandle RESULT_DOUBLE = fn("sqlite3_result_double", v(P, D));
    private static final MethodHandle RESULT_TEXT = critical("sqlite3_result_text", v(P, P, I, P));
    private static final MethodHandle RESULT_BLOB = critical("sqlite3_result_blob", v(P, P, I, P));
    private static final MethodHandle RESULT_ERROR = fn("sqlite3_result_error", v(P, P, I));
    private static final MethodHandle RESULT_ERROR_NOMEM = fn("sqlite3_result_error_nomem", v(P));
    private static final MethodHandle RESULT_ERROR_TOOBIG = fn("sqlite3_result_error_toobig", v(P));
    private static final MethodHandle BACKUP_INIT = fn("sqlite3_backup_init", f(P, P, P, P, P));
    private static final MethodHandle BACKUP_STEP = fn("sqlite3_backup_step", f(I, P, I));
    private static final MethodHandle BACKUP_REMAINING = fn("sqlite3_backup_remaining", f(I, P));
    private static final MethodHandle BACKUP_PAGECOUNT = fn("sqlite3_backup_pagecount", f(I, P));
    private static final MethodHandle BACKUP_FINISH = fn("sqlite3_backup_finish", f(I, P));
    private static final MethodHandle SLEEP = fn("sqlite3_sleep", f(I, I));
    private static final MethodHandle BLOB_OPEN = fn("sqlite3_blob_open", f(I, P, P, P, P, L, I, P));
    private static final MethodHandle BLOB_CLOSE = fn("sqlite3_blob_close", f(I, P));
    private static final MethodHandle BLOB_BYTES = fn("sqlite3_blob_bytes", f(I, P));
    private static final MethodHandle BLOB_READ = fn("sqlite3_blob_read", f(I, P, P, I, I));
    private static final MethodHandle BLOB_WRITE = fn("sqlite3_blob_write", f(I, P, P, I, I));
    private static final MethodHandle SERIALIZE = fn("sqlite3_serialize", f(P, P, P, P, I));
    private static final MethodHandle DESERIALIZE = fn("sqlite3_deserialize", f(I, P, P, P, L, L, I));
    private static final MethodHandle DB_CONFIG = LOAD_ERROR != null ? null : LIB.find("sqlite3_db_config")
        .map(s -> LINKER.downcallHandle(s, f(I, P, I, I, P), Linker.Option.firstVariadicArg(2))).orElse(null);

    private static IllegalStateException fail(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    // ---- strings

    /** The NUL-terminated UTF-8 string at P (null for NULL). */
    static String cstr(MemorySegment p) {
        if (p == null || p.address() == 0) {
            return null;
        }
        return p.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
    }

    /** N bytes at P (empty for NULL). */
    static byte[] bytes(MemorySegment p, int n) {
        if (p == null || p.address() == 0 || n <= 0) {
            return new byte[0];
        }
        return p.reinterpret(n).toArray(ValueLayout.JAVA_BYTE);
    }

    /** The bytes of S plus a NUL, in ARENA. */
    static MemorySegment cstring(Arena arena, byte[] s) {
        MemorySegment m = arena.allocate(s.length + 1L);
        MemorySegment.copy(s, 0, m, ValueLayout.JAVA_BYTE, 0, s.length);
        m.set(ValueLayout.JAVA_BYTE, s.length, (byte) 0);
        return m;
    }

    static MemorySegment cstring(Arena arena, String s) {
        return s == null ? MemorySegment.NULL : cstring(arena, s.getBytes(StandardCharsets.UTF_8));
    }

    // ---- the C functions

    static int open_v2(MemorySegment file, MemorySegment ppDb, int flags) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try {
            return (int) OPEN_V2.invokeExact(file, ppDb, flags, MemorySegment.NULL);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static int close_v2(MemorySegment db) {
        try {
            return (int) CLOSE_V2.invokeExact(db);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int busy_timeout(MemorySegment db, int ms) {
        try {
            return (int) BUSY_TIMEOUT.invokeExact(db, ms);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int errcode(MemorySegment db) {
        try {
            return (int) ERRCODE.invokeExact(db);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int extended_errcode(MemorySegment db) {
        try {
            return (int) EXTENDED_ERRCODE.invokeExact(db);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static String errmsg(MemorySegment db) {
        try {
            return cstr((MemorySegment) ERRMSG.invokeExact(db));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static String errstr(int rc) {
        try {
            return cstr((MemorySegment) ERRSTR.invokeExact(rc));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static String libversion() {
        try {
            return cstr((MemorySegment) LIBVERSION.invokeExact());
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int threadsafe() {
        try {
            return (int) THREADSAFE.invokeExact();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int prepare_v2(MemorySegment db, MemorySegment sql, int n, MemorySegment ppStmt, MemorySegment pzTail) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try {
            return (int) PREPARE_V2.invokeExact(db, sql, n, ppStmt, pzTail);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static int step(MemorySegment st) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try {
            return (int) STEP.invokeExact(st);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static int reset(MemorySegment st) {
        try {
            return (int) RESET.invokeExact(st);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int finalize_(MemorySegment st) {
        try {
            return (int) FINALIZE.invokeExact(st);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean stmt_busy(MemorySegment st) {
        try {
            return (int) STMT_BUSY.invokeExact(st) != 0;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean stmt_readonly(MemorySegment st) {
        try {
            return (int) STMT_READONLY.invokeExact(st) != 0;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int bind_parameter_count(MemorySegment st) {
        try {
            return (int) BIND_PARAMETER_COUNT.invokeExact(st);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static String bind_parameter_name(MemorySegment st, int i) {
        try {
            return cstr((MemorySegment) BIND_PARAMETER_NAME.invokeExact(st, i));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int bind_null(MemorySegment st, int i) {
        try {
            return (int) BIND_NULL.invokeExact(st, i);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int bind_int64(MemorySegment st, int i, long v) {
        try {
            return (int) BIND_INT64.invokeExact(st, i, v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int bind_double(MemorySegment st, int i, double v) {
        try {
            return (int) BIND_DOUBLE.invokeExact(st, i, v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int bind_text(MemorySegment st, int i, byte[] utf8) {
        try {
            return (int) BIND_TEXT.invokeExact(st, i, MemorySegment.ofArray(utf8), utf8.length, TRANSIENT);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int bind_blob(MemorySegment st, int i, byte[] data) {
        try {
            return (int) BIND_BLOB.invokeExact(st, i, MemorySegment.ofArray(data), data.length, TRANSIENT);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int column_count(MemorySegment st) {
        try {
            return (int) COLUMN_COUNT.invokeExact(st);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int data_count(MemorySegment st) {
        try {
            return (int) DATA_COUNT.invokeExact(st);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int column_type(MemorySegment st, int i) {
        try {
            return (int) COLUMN_TYPE.invokeExact(st, i);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static long column_int64(MemorySegment st, int i) {
        try {
            return (long) COLUMN_INT64.invokeExact(st, i);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static double column_double(MemorySegment st, int i) {
        try {
            return (double) COLUMN_DOUBLE.invokeExact(st, i);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** The column's bytes as a BLOB (null for NULL). */
    static byte[] column_blob(MemorySegment st, int i) {
        try {
            MemorySegment p = (MemorySegment) COLUMN_BLOB.invokeExact(st, i);
            if (p.address() == 0) {
                return null;
            }
            int n = (int) COLUMN_BYTES.invokeExact(st, i);
            return bytes(p, n);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** The column's UTF-8 text bytes (null for NULL). */
    static byte[] column_text(MemorySegment st, int i) {
        try {
            MemorySegment p = (MemorySegment) COLUMN_TEXT.invokeExact(st, i);
            if (p.address() == 0) {
                return null;
            }
            int n = (int) COLUMN_BYTES.invokeExact(st, i);
            return bytes(p, n);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** The column's name as raw UTF-8 bytes (null on out of memory). */
    static byte[] column_name(MemorySegment st, int i) {
        try {
            MemorySegment p = (MemorySegment) COLUMN_NAME.invokeExact(st, i);
            return p.address() == 0 ? null : strBytes(p);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static byte[] column_decltype(MemorySegment st, int i) {
        try {
            MemorySegment p = (MemorySegment) COLUMN_DECLTYPE.invokeExact(st, i);
            return p.address() == 0 ? null : strBytes(p);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** The bytes of the NUL-terminated string at P. */
    static byte[] strBytes(MemorySegment p) {
        MemorySegment m = p.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (m.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        return m.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
    }

    static int changes(MemorySegment db) {
        try {
            return (int) CHANGES.invokeExact(db);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int total_changes(MemorySegment db) {
        try {
            return (int) TOTAL_CHANGES.invokeExact(db);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static long last_insert_rowid(MemorySegment db) {
        try {
            return (long) LAST_INSERT_ROWID.invokeExact(db);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean get_autocommit(MemorySegment db) {
        try {
            return (int) GET_AUTOCOMMIT.invokeExact(db) != 0;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int limit(MemorySegment db, int id, int value) {
        try {
            return (int) LIMIT.invokeExact(db, id, value);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean complete(byte[] sql) {
        try (Arena a = Arena.ofConfined()) {
            return (int) COMPLETE.invokeExact(cstring(a, sql)) != 0;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void interrupt(MemorySegment db) {
        try {
            INTERRUPT.invokeExact(db);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int exec(MemorySegment db, String sql) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try (Arena a = Arena.ofConfined()) {
            return (int) EXEC.invokeExact(db, cstring(a, sql), MemorySegment.NULL, MemorySegment.NULL,
                MemorySegment.NULL);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static MemorySegment next_stmt(MemorySegment db, MemorySegment st) {
        try {
            return (MemorySegment) NEXT_STMT.invokeExact(db, st);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int create_function_v2(MemorySegment db, MemorySegment name, int narg, int flags, MemorySegment app,
                                  MemorySegment xFunc, MemorySegment xStep, MemorySegment xFinal,
                                  MemorySegment xDestroy) {
        try {
            return (int) CREATE_FUNCTION_V2.invokeExact(db, name, narg, flags, app, xFunc, xStep, xFinal, xDestroy);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int create_window_function(MemorySegment db, MemorySegment name, int narg, int flags, MemorySegment app,
                                      MemorySegment xStep, MemorySegment xFinal, MemorySegment xValue,
                                      MemorySegment xInverse, MemorySegment xDestroy) {
        try {
            return (int) CREATE_WINDOW_FUNCTION.invokeExact(db, name, narg, flags, app, xStep, xFinal, xValue,
                xInverse, xDestroy);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int create_collation_v2(MemorySegment db, MemorySegment name, int flags, MemorySegment arg,
                                   MemorySegment xCompare, MemorySegment xDestroy) {
        try {
            return (int) CREATE_COLLATION_V2.invokeExact(db, name, flags, arg, xCompare, xDestroy);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int set_authorizer(MemorySegment db, MemorySegment x, MemorySegment arg) {
        try {
            return (int) SET_AUTHORIZER.invokeExact(db, x, arg);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void progress_handler(MemorySegment db, int n, MemorySegment x, MemorySegment arg) {
        try {
            PROGRESS_HANDLER.invokeExact(db, n, x, arg);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int trace_v2(MemorySegment db, int mask, MemorySegment x, MemorySegment arg) {
        try {
            return (int) TRACE_V2.invokeExact(db, mask, x, arg);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** sqlite3_expanded_sql as a Java string (freed here), or null. */
    static String expanded_sql(MemorySegment st) {
        try {
            MemorySegment p = (MemorySegment) EXPANDED_SQL.invokeExact(st);
            if (p.address() == 0) {
                return null;
            }
            String s = new String(strBytes(p), StandardCharsets.UTF_8);
            FREE.invokeExact(p);
            return s;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void free(MemorySegment p) {
        try {
            FREE.invokeExact(p);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment malloc64(long n) {
        try {
            return (MemorySegment) MALLOC64.invokeExact(n);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment user_data(MemorySegment ctx) {
        try {
            return (MemorySegment) USER_DATA.invokeExact(ctx);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment aggregate_context(MemorySegment ctx, int n) {
        try {
            return (MemorySegment) AGGREGATE_CONTEXT.invokeExact(ctx, n);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int value_type(MemorySegment v) {
        try {
            return (int) VALUE_TYPE.invokeExact(v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static long value_int64(MemorySegment v) {
        try {
            return (long) VALUE_INT64.invokeExact(v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static double value_double(MemorySegment v) {
        try {
            return (double) VALUE_DOUBLE.invokeExact(v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static byte[] value_text(MemorySegment v) {
        try {
            MemorySegment p = (MemorySegment) VALUE_TEXT.invokeExact(v);
            if (p.address() == 0) {
                return null;
            }
            return bytes(p, (int) VALUE_BYTES.invokeExact(v));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static byte[] value_blob(MemorySegment v) {
        try {
            MemorySegment p = (MemorySegment) VALUE_BLOB.invokeExact(v);
            if (p.address() == 0) {
                return new byte[0];
            }
            return bytes(p, (int) VALUE_BYTES.invokeExact(v));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void result_null(MemorySegment ctx) {
        try {
            RESULT_NULL.invokeExact(ctx);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void result_int64(MemorySegment ctx, long v) {
        try {
            RESULT_INT64.invokeExact(ctx, v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void result_double(MemorySegment ctx, double v) {
        try {
            RESULT_DOUBLE.invokeExact(ctx, v);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void result_text(MemorySegment ctx, byte[] utf8) {
        try {
            RESULT_TEXT.invokeExact(ctx, MemorySegment.ofArray(utf8), utf8.length, TRANSIENT);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void result_blob(MemorySegment ctx, byte[] data) {
        try {
            RESULT_BLOB.invokeExact(ctx, MemorySegment.ofArray(data), data.length, TRANSIENT);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void result_error(MemorySegment ctx, String msg) {
        try (Arena a = Arena.ofConfined()) {
            RESULT_ERROR.invokeExact(ctx, cstring(a, msg), -1);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void result_error_nomem(MemorySegment ctx) {
        try {
            RESULT_ERROR_NOMEM.invokeExact(ctx);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static void result_error_toobig(MemorySegment ctx) {
        try {
            RESULT_ERROR_TOOBIG.invokeExact(ctx);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static MemorySegment backup_init(MemorySegment dst, MemorySegment dstName, MemorySegment src,
                                     MemorySegment srcName) {
        try {
            return (MemorySegment) BACKUP_INIT.invokeExact(dst, dstName, src, srcName);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int backup_step(MemorySegment b, int pages) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try {
            return (int) BACKUP_STEP.invokeExact(b, pages);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static int backup_remaining(MemorySegment b) {
        try {
            return (int) BACKUP_REMAINING.invokeExact(b);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int backup_pagecount(MemorySegment b) {
        try {
            return (int) BACKUP_PAGECOUNT.invokeExact(b);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int backup_finish(MemorySegment b) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try {
            return (int) BACKUP_FINISH.invokeExact(b);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static int sleep(int ms) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try {
            return (int) SLEEP.invokeExact(ms);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static int blob_open(MemorySegment db, MemorySegment schema, MemorySegment table, MemorySegment col, long row,
                         int flags, MemorySegment ppBlob) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try {
            return (int) BLOB_OPEN.invokeExact(db, schema, table, col, row, flags, ppBlob);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static int blob_close(MemorySegment b) {
        try {
            return (int) BLOB_CLOSE.invokeExact(b);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int blob_bytes(MemorySegment b) {
        try {
            return (int) BLOB_BYTES.invokeExact(b);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int blob_read(MemorySegment b, MemorySegment buf, int n, int offset) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try {
            return (int) BLOB_READ.invokeExact(b, buf, n, offset);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static int blob_write(MemorySegment b, MemorySegment buf, int n, int offset) {
        boolean released = org.pyvm.modules.corelib.NativeGil.begin();
        try {
            return (int) BLOB_WRITE.invokeExact(b, buf, n, offset);
        } catch (Throwable t) {
            throw fail(t);
        } finally {
            org.pyvm.modules.corelib.NativeGil.end(released);
        }
    }

    static MemorySegment serialize(MemorySegment db, MemorySegment schema, MemorySegment piSize, int flags) {
        try {
            return (MemorySegment) SERIALIZE.invokeExact(db, schema, piSize, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static int deserialize(MemorySegment db, MemorySegment schema, MemorySegment data, long sz, long szBuf,
                           int flags) {
        try {
            return (int) DESERIALIZE.invokeExact(db, schema, data, sz, szBuf, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    static boolean hasSerialize() {
        return SERIALIZE != null && DESERIALIZE != null;
    }

    static int db_config(MemorySegment db, int op, int value, MemorySegment out) {
        try {
            return (int) DB_CONFIG.invokeExact(db, op, value, out);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- upcall stubs

    /** An upcall stub for the static method NAME of OWNER with the C signature FD, for the life of the program. */
    static MemorySegment upcall(Class<?> owner, String name, FunctionDescriptor fd) {
        return org.pyvm.modules.corelib.NativeLib.upcall(MethodHandles.lookup(), owner, name, fd);
    }

    static FunctionDescriptor sig(ValueLayout ret, ValueLayout... args) {
        return ret == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(ret, args);
    }
}
