package org.pyvm.modules.sqlite3;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Cleaner;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * A prepared statement (sqlite3.Statement, which Python code never makes itself): the
 * sqlite3_stmt, whether it is DML, and a cleaner that finalizes it once, on explicit
 * {@link #finalizeNow} or when it becomes unreachable. Compare CPython 3.12
 * Modules/_sqlite/statement.c.
 */
final class StatementObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("sqlite3", "Statement", StatementObject.class,
        StatementObject.class)).notSubclassable().noInstances();

    /** The native handle, finalized at most once. */
    static final class Handle implements Runnable {
        private MemorySegment st;

        Handle(MemorySegment st) {
            this.st = st;
        }

        synchronized MemorySegment get() {
            return st;
        }

        /** Held while a statement is finalized, and by the exit's walk over a database's statements. */
        static final Object LOCK = new Object();

        @Override
        public synchronized void run() {
            if (st != null) {
                finalizeRaw(st);
                st = null;
            }
        }
    }

    private final Handle handle;
    private final Cleaner.Cleanable cleanable;
    final boolean isDml;
    /** No statement at all (the SQL held only white space and comments): executing it does nothing. */
    private final boolean empty;

    private StatementObject(MemorySegment st, boolean isDml) {
        this.empty = st == null;
        this.handle = new Handle(st);
        this.cleanable = SqliteModule.CLEANER.register(this, handle);
        this.isDml = isDml;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The sqlite3_stmt; a ProgrammingError if it was finalized. */
    MemorySegment st() {
        MemorySegment s = handle.get();
        if (s == null) {
            throw PyErr.of(SqliteModule.ProgrammingError, "Cannot operate on a closed database.");
        }
        return s;
    }

    /** sqlite3_finalize under {@link Handle#LOCK}. */
    static int finalizeRaw(MemorySegment st) {
        synchronized (Handle.LOCK) {
            return SqliteLib.finalize_(st);
        }
    }

    boolean empty() {
        return empty;
    }

    boolean finalized() {
        return handle.get() == null;
    }

    void finalizeNow() {
        cleanable.clean();
    }

    /** sqlite3_reset, unless finalized. Compare cursor.c: stmt_reset. */
    int reset() {
        MemorySegment s = handle.get();
        return s == null ? SqliteLib.SQLITE_OK : SqliteLib.reset(s);
    }

    boolean busy() {
        MemorySegment s = handle.get();
        return s != null && SqliteLib.stmt_busy(s);
    }

    /** Prepares SQL on CON. Compare statement.c: pysqlite_statement_create. */
    static StatementObject create(ConnectionObject con, PyStr sql) {
        byte[] bytes = SqliteModule.utf8(sql);
        MemorySegment db = con.db;
        int max = SqliteLib.limit(db, SqliteLib.SQLITE_LIMIT_SQL_LENGTH, -1);
        if (bytes.length > max) {
            throw PyErr.of(SqliteModule.DataError, "query string is too large");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw PyErr.of(SqliteModule.ProgrammingError, "the query contains a null character");
            }
        }
        MemorySegment st;
        long tailOffset;
        int rc;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sqlSeg = SqliteLib.cstring(a, bytes);
            MemorySegment pp = a.allocate(ValueLayout.ADDRESS);
            MemorySegment tail = a.allocate(ValueLayout.ADDRESS);
            rc = SqliteLib.prepare_v2(db, sqlSeg, bytes.length + 1, pp, tail);
            st = pp.get(ValueLayout.ADDRESS, 0);
            tailOffset = tail.get(ValueLayout.ADDRESS, 0).address() - sqlSeg.address();
        }
        if (rc != SqliteLib.SQLITE_OK) {
            throw SqliteModule.failure(db);
        }
        if (tailOffset >= 0 && tailOffset < bytes.length && lstrip(bytes, (int) tailOffset) >= 0) {
            finalizeRaw(st);
            throw PyErr.of(SqliteModule.ProgrammingError, "You can only execute one statement at a time.");
        }
        if (st.address() == 0) {
            // Only comments or white space: SQLite made no statement.
            return new StatementObject(null, false);
        }
        int p = lstrip(bytes, 0);
        boolean dml = p >= 0 && (startsWith(bytes, p, "insert") || startsWith(bytes, p, "update")
            || startsWith(bytes, p, "delete") || startsWith(bytes, p, "replace"));
        return new StatementObject(st, dml);
    }

    /**
     * The index of the first byte at or after FROM that is neither white space nor part of
     * a comment; -1 when there is none. Compare statement.c: lstrip_sql.
     */
    static int lstrip(byte[] s, int from) {
        int i = from;
        int n = s.length;
        while (i < n) {
            byte c = s[i];
            if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
                int e = i + 2;
                while (e < n && s[e] != '\n') {
                    e++;
                }
                if (e >= n) {
                    return -1;
                }
                i = e + 1;
            } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
                int e = i + 2;
                while (e + 1 < n && !(s[e] == '*' && s[e + 1] == '/')) {
                    e++;
                }
                if (e + 1 >= n) {
                    return -1;
                }
                i = e + 2;
            } else {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] s, int at, String word) {
        if (at + word.length() > s.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase((char) (s[at + k] & 0xff)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
