package org.pyvm.modules.sqlite3;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.posix.Fs;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.WorkingDir;

/**
 * sqlite3.Connection: opening and closing the database, transactions (legacy isolation
 * levels and 3.12's autocommit attribute), the statement cache, cursors, limits and
 * configuration, backup, blobs, serialize/deserialize. The callback registrations live in
 * {@link Callbacks}. Compare CPython 3.12 Modules/_sqlite/connection.c.
 */
final class ConnectionObject implements PyObject, HasDict {

    static final PyType TYPE = Types.finish(Types.builtin("sqlite3", "Connection", ConnectionObject.class,
        ConnectionObject.class));

    static final int AUTOCOMMIT_LEGACY = -1, AUTOCOMMIT_DISABLED = 0, AUTOCOMMIT_ENABLED = 1;

    /** The native database handle, closed at most once (explicitly or when unreachable). */
    static final class Handle implements Runnable {
        /** The databases not closed yet, which the JVM's exit closes (CPython closes them at finalization). */
        private static final java.util.Set<Handle> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

        static {
            org.pyvm.runtime.ProcessExit.addShutdownHook(new Thread(() -> {
                for (Handle h : OPEN) {
                    h.closeAtExit();
                }
            }, "sqlite3-close"));
        }

        private MemorySegment db;

        Handle(MemorySegment db) {
            this.db = db;
            OPEN.add(this);
        }

        @Override
        public synchronized void run() {
            if (db != null) {
                OPEN.remove(this);
                SqliteLib.close_v2(db);
                db = null;
            }
        }

        /**
         * At exit: statements still prepared would keep sqlite3_close_v2 from closing (and
         * rolling back), so they are reset and an open transaction rolled back first, which
         * removes its journal as CPython's closing at finalization does.
         */
        synchronized void closeAtExit() {
            if (db == null) {
                return;
            }
            synchronized (StatementObject.Handle.LOCK) {
                MemorySegment st = SqliteLib.next_stmt(db, MemorySegment.NULL);
                while (st.address() != 0) {
                    SqliteLib.reset(st);
                    st = SqliteLib.next_stmt(db, st);
                }
                if (!SqliteLib.get_autocommit(db)) {
                    SqliteLib.exec(db, "ROLLBACK");
                }
            }
            run();
        }
    }

    private final PyType type;
    private PyDict dict;
    /** The open database; null before __init__ and after close. */
    MemorySegment db;
    private Cleaner.Cleanable cleanable;
    boolean initialized;
    int detectTypes;
    /** "", "DEFERRED", "IMMEDIATE", "EXCLUSIVE", or null (None). */
    String isolationLevel = "";
    int autocommit = AUTOCOMMIT_LEGACY;
    /** False until __init__ (CPython's zeroed object), so an uninitialized one says "__init__ not called". */
    boolean checkSameThread;
    long threadIdent;
    private LinkedHashMap<String, StatementObject> cache;
    private int cacheSize;
    final List<WeakReference<BlobObject>> blobs = new ArrayList<>();
    /** The cursors made on this connection, weakly, with the statement each is stepping. */
    private final List<CursorRef> cursors = new ArrayList<>();

    /**
     * A cursor's weak reference and its current statement. CPython resets a cursor's
     * statement when the cursor is deallocated, which releases the table locks a statement
     * in progress holds; pyvm has no reference counts, so when a statement fails with
     * SQLITE_LOCKED the connection collects garbage, resets the statements of cursors that
     * are gone ({@link #resetAbandonedCursors}) and the step is tried once more.
     */
    static final class CursorRef extends WeakReference<CursorObject> {
        StatementObject stmt;

        CursorRef(CursorObject c) {
            super(c);
        }
    }

    CursorRef register(CursorObject c) {
        if (cursors.size() >= 200) {
            cursors.removeIf(r -> r.get() == null && (r.stmt == null || !r.stmt.busy()));
        }
        CursorRef r = new CursorRef(c);
        cursors.add(r);
        return r;
    }

    boolean hasBusyCursors() {
        for (CursorRef r : cursors) {
            if (r.stmt != null && r.stmt.busy()) {
                return true;
            }
        }
        return false;
    }

    /** Resets the busy statements of cursors no longer reachable; whether there were any. */
    boolean resetAbandonedCursors() {
        System.gc();
        boolean any = false;
        for (java.util.Iterator<CursorRef> it = cursors.iterator(); it.hasNext();) {
            CursorRef r = it.next();
            if (r.get() == null) {
                if (r.stmt != null && r.stmt.busy()) {
                    r.stmt.reset();
                    any = true;
                }
                it.remove();
            }
        }
        return any;
    }
    PyObject rowFactory = PyNone.NONE;
    PyObject textFactory = PyStr.TYPE;
    /** Registry ids of the trace, progress and authorizer callbacks (0: none). */
    long traceCtx, progressCtx, authorizerCtx;

    ConnectionObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    PyType errorType(String name) {
        switch (name) {
            case "ProgrammingError":
                return SqliteModule.ProgrammingError;
            case "OperationalError":
                return SqliteModule.OperationalError;
            case "DataError":
                return SqliteModule.DataError;
            case "InterfaceError":
                return SqliteModule.InterfaceError;
            case "NotSupportedError":
                return SqliteModule.NotSupportedError;
            default:
                return SqliteModule.Error;
        }
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new ConnectionObject(cls);
    }

    private static final String[] INIT_NAMES = {"database", "timeout", "detect_types", "isolation_level",
        "check_same_thread", "factory", "cached_statements", "uri", "autocommit"};

    /** Connection(database, timeout=5.0, ...). Compare connection.c: pysqlite_connection_init_impl. */
    @ExposedMethod
    static void __init__(PyObject self, PyObject[] args, String[] kw) {
        ConnectionObject c = (ConnectionObject) self;
        PyObject[] a = Args.parse("Connection", args, kw, 1, 8, INIT_NAMES);
        double timeout = a[1] == null ? 5.0 : doubleArg(a[1]);
        int detect = a[2] == null ? 0 : SqliteModule.intArg(a[2]);
        String[] iso = {""};
        if (a[3] != null) {
            iso[0] = isolationLevelArg(a[3]);
        }
        boolean sameThread = a[4] == null || Abstract.isTrue(a[4]);
        int cacheSize = a[6] == null ? 128 : SqliteModule.intArg(a[6]);
        boolean uri = a[7] != null && Abstract.isTrue(a[7]);
        int ac = a[8] == null ? AUTOCOMMIT_LEGACY : autocommitArg(a[8]);
        byte[] path = databasePath(a[0], uri);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("sqlite3.connect", a[0]);
        }
        if (c.initialized) {
            c.initialized = false;
            c.closeDb();
        }
        MemorySegment db;
        int rc;
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment pp = ar.allocate(ValueLayout.ADDRESS);
            int flags = SqliteLib.SQLITE_OPEN_READWRITE | SqliteLib.SQLITE_OPEN_CREATE
                | (uri ? SqliteLib.SQLITE_OPEN_URI : 0);
            rc = SqliteLib.open_v2(SqliteLib.cstring(ar, path), pp, flags);
            db = pp.get(ValueLayout.ADDRESS, 0);
        }
        if (db.address() == 0) {
            throw PyErr.memoryError();
        }
        if (rc != SqliteLib.SQLITE_OK) {
            PyBaseException e = SqliteModule.failure(db);
            SqliteLib.close_v2(db);
            throw e;
        }
        SqliteLib.busy_timeout(db, (int) (timeout * 1000));
        c.db = db;
        c.cleanable = SqliteModule.CLEANER.register(c, new Handle(db));
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("sqlite3.connect/handle", c);
        }
        c.detectTypes = detect;
        c.isolationLevel = a[3] == PyNone.NONE ? null : iso[0];
        c.autocommit = ac;
        c.checkSameThread = sameThread;
        c.threadIdent = Thread.currentThread().threadId();
        c.cacheSize = cacheSize;
        c.cache = new LinkedHashMap<>(16, 0.75f, true);
        c.blobs.clear();
        c.rowFactory = PyNone.NONE;
        c.textFactory = PyStr.TYPE;
        c.traceCtx = c.progressCtx = c.authorizerCtx = 0;
        c.initialized = true;
        if (ac == AUTOCOMMIT_DISABLED) {
            c.execStmt("BEGIN");
        }
    }

    /**
     * The database name as bytes for sqlite3_open_v2. A file name is resolved as the posix
     * module resolves paths (against pyvm's own working directory, which the process's does
     * not follow), so it names the file os.path and open() see; ":memory:", "" and URIs
     * other than relative "file:" ones go to SQLite as they are.
     */
    private static byte[] databasePath(PyObject o, boolean uri) {
        PyObject p = Fs.fspath(o);
        String name = p instanceof PyBytes b ? Fs.decode(b.bytes()) : ((PyStr) p).value();
        if (name.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null byte");
        }
        if (!uri) {
            if (name.isEmpty() || name.equals(":memory:")) {
                return Fs.encode(name);
            }
            return Fs.encode(Fs.resolve(name).toString());
        }
        if (name.startsWith("file:") && !name.startsWith("file:/") && !name.startsWith("file::memory:")
            && name.length() > 5 && name.charAt(5) != '?' && name.charAt(5) != '#') {
            int end = name.length();
            for (int k = 5; k < name.length(); k++) {
                if (name.charAt(k) == '?' || name.charAt(k) == '#') {
                    end = k;
                    break;
                }
            }
            // The file the URI names must be one the posix module can name too.
            Fs.resolve(percentDecoded(name.substring(5, end)));
            return Fs.encode("file:" + Fs.cwd().toString() + "/" + name.substring(5));
        }
        return Fs.encode(name);
    }

    /** A URI path's %XX escapes decoded as UTF-8 with surrogateescape. */
    private static String percentDecoded(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(Fs.encode(String.valueOf(ch)));
            }
        }
        return Fs.decode(out.toByteArray());
    }

    private static double doubleArg(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt || o.type().lookup("__float__") != null || o.type().lookup("__index__") != null) {
            return Abstract.toDouble(o);
        }
        throw PyErr.typeError("must be real number, not " + o.type().getName());
    }

    /** Compare connection.c: isolation_level_converter and get_isolation_level. */
    private static String isolationLevelArg(PyObject o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("isolation_level must be str or None");
        }
        String v = s.value();
        SqliteModule.utf8(s);
        if (v.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        for (String level : new String[] {"", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"}) {
            if (level.equalsIgnoreCase(v) && isAscii(v)) {
                return level;
            }
        }
        throw PyErr.valueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Compare connection.c: autocommit_converter. */
    private static int autocommitArg(PyObject v) {
        if (v == PyBool.TRUE) {
            return AUTOCOMMIT_ENABLED;
        }
        if (v == PyBool.FALSE) {
            return AUTOCOMMIT_DISABLED;
        }
        if (v instanceof PyInt i && !i.isBig() && i.longValue() == -1) {
            return AUTOCOMMIT_LEGACY;
        }
        throw PyErr.valueError("autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL");
    }

    // ---- checks

    /** Compare connection.c: pysqlite_check_thread. */
    void checkThread() {
        if (checkSameThread) {
            long now = Thread.currentThread().threadId();
            if (now != threadIdent) {
                throw PyErr.of(SqliteModule.ProgrammingError, "SQLite objects created in a thread can only be used "
                    + "in that same thread. The object was created in thread id " + threadIdent
                    + " and this is thread id " + now + ".");
            }
        }
    }

    /** Compare connection.c: pysqlite_check_connection. */
    void checkConnection() {
        if (!initialized) {
            throw PyErr.of(SqliteModule.ProgrammingError, "Base Connection.__init__ not called.");
        }
        if (db == null) {
            throw PyErr.of(SqliteModule.ProgrammingError, "Cannot operate on a closed database.");
        }
    }

    void check() {
        checkThread();
        checkConnection();
    }

    static ConnectionObject self(PyObject o) {
        return (ConnectionObject) o;
    }

    // ---- statements and transactions

    /** A prepared statement for SQL from the LRU cache. Compare connection.c: new_statement_cache. */
    StatementObject statementFor(PyStr sql) {
        if (cacheSize <= 0) {
            return StatementObject.create(this, sql);
        }
        String key = sql.value();
        StatementObject s = cache.get(key);
        if (s == null || s.finalized()) {
            s = StatementObject.create(this, sql);
            cache.put(key, s);
            if (cache.size() > cacheSize) {
                Map.Entry<String, StatementObject> eldest = cache.entrySet().iterator().next();
                cache.remove(eldest.getKey());
            }
        }
        return s;
    }

    /** Runs SQL (BEGIN, COMMIT, ROLLBACK) to completion. Compare connection.c: connection_exec_stmt. */
    void execStmt(String sql) {
        int rc;
        try (Arena a = Arena.ofConfined()) {
            byte[] b = sql.getBytes(StandardCharsets.UTF_8);
            MemorySegment pp = a.allocate(ValueLayout.ADDRESS);
            rc = SqliteLib.prepare_v2(db, SqliteLib.cstring(a, b), b.length + 1, pp, MemorySegment.NULL);
            if (rc == SqliteLib.SQLITE_OK) {
                MemorySegment st = pp.get(ValueLayout.ADDRESS, 0);
                Callbacks.step(this, st);
                rc = StatementObject.finalizeRaw(st);
            }
        }
        if (rc != SqliteLib.SQLITE_OK) {
            throw SqliteModule.failure(db);
        }
    }

    /** Compare cursor.c: begin_transaction. */
    void beginTransaction() {
        execStmt("BEGIN " + isolationLevel);
    }

    /** Closes the database (rolling back when autocommit is False). Compare connection.c: connection_close. */
    private void closeDb() {
        if (db == null) {
            return;
        }
        PyBaseException err = null;
        if (autocommit == AUTOCOMMIT_DISABLED && !SqliteLib.get_autocommit(db)) {
            try {
                execStmt("ROLLBACK");
            } catch (PyBaseException e) {
                err = e;
            }
        }
        if (cache != null) {
            // The cache lets go of its statements (CPython's Py_CLEAR(statement_cache)): those
            // no cursor is stepping are finalized now, a cursor's busy one lives on with it
            // (sqlite3_close_v2 keeps the database until it is finalized).
            for (StatementObject s : cache.values()) {
                if (!s.busy()) {
                    s.finalizeNow();
                }
            }
            cache.clear();
        }
        db = null;
        Callbacks.removeAll(this);
        cleanable.clean();
        if (err != null) {
            throw err;
        }
    }

    /** Compare blob.c: pysqlite_close_all_blobs. */
    private void closeAllBlobs() {
        for (WeakReference<BlobObject> r : blobs) {
            BlobObject b = r.get();
            if (b != null) {
                b.closeBlob();
            }
        }
        blobs.clear();
    }

    // ---- methods

    @ExposedMethod
    static PyObject cursor(PyObject self, PyObject[] args, String[] kw) {
        ConnectionObject c = self(self);
        PyObject[] a = Args.parse("cursor", args, kw, 0, 1, "factory");
        c.check();
        PyObject factory = a[0] == null ? CursorObject.TYPE : a[0];
        PyObject cur = Abstract.call(factory, c);
        if (!(cur instanceof CursorObject co)) {
            throw PyErr.typeError("factory must return a cursor, not " + cur.type().getName());
        }
        if (c.rowFactory != PyNone.NONE) {
            co.rowFactory = c.rowFactory;
        }
        return cur;
    }

    /** Compare connection.c: pysqlite_connection_close_impl. */
    @ExposedMethod
    static void close(PyObject self) {
        ConnectionObject c = self(self);
        c.checkThread();
        if (!c.initialized) {
            throw PyErr.of(SqliteModule.ProgrammingError, "Base Connection.__init__ not called.");
        }
        c.closeAllBlobs();
        c.closeDb();
    }

    @ExposedMethod
    static void commit(PyObject self) {
        ConnectionObject c = self(self);
        c.check();
        if (c.autocommit == AUTOCOMMIT_LEGACY) {
            if (!SqliteLib.get_autocommit(c.db)) {
                c.execStmt("COMMIT");
            }
        } else if (c.autocommit == AUTOCOMMIT_DISABLED) {
            c.execStmt("COMMIT");
            c.execStmt("BEGIN");
        }
    }

    @ExposedMethod
    static void rollback(PyObject self) {
        ConnectionObject c = self(self);
        c.check();
        if (c.autocommit == AUTOCOMMIT_LEGACY) {
            if (!SqliteLib.get_autocommit(c.db)) {
                c.execStmt("ROLLBACK");
            }
        } else if (c.autocommit == AUTOCOMMIT_DISABLED) {
            c.execStmt("ROLLBACK");
            c.execStmt("BEGIN");
        }
    }

    private static CursorObject newCursor(ConnectionObject c) {
        return (CursorObject) cursor(c, new PyObject[0], null);
    }

    @ExposedMethod
    static PyObject execute(PyObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("execute", kw);
        Args.positional("execute", args.length, 1, 2);
        ConnectionObject c = self(self);
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError("execute() argument 1 must be str, not " + SqliteModule.badArgName(args[0]));
        }
        CursorObject cur = newCursor(c);
        cur.queryExecute(false, args[0], args.length > 1 ? args[1] : null);
        return cur;
    }

    @ExposedMethod
    static PyObject executemany(PyObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("executemany", kw);
        Args.positional("executemany", args.length, 2, 2);
        ConnectionObject c = self(self);
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError("executemany() argument 1 must be str, not " + SqliteModule.badArgName(args[0]));
        }
        CursorObject cur = newCursor(c);
        cur.queryExecute(true, args[0], args[1]);
        return cur;
    }

    @ExposedMethod
    static PyObject executescript(PyObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("executescript", kw);
        Args.positional("executescript", args.length, 1, 1);
        CursorObject cur = newCursor(self(self));
        Abstract.call(Abstract.getAttr(cur, "executescript"), args[0]);
        return cur;
    }

    /** Connection(sql): a prepared statement. Compare connection.c: pysqlite_connection_call. */
    @ExposedMethod
    static PyObject __call__(PyObject self, PyObject[] args, String[] kw) {
        ConnectionObject c = self(self);
        c.check();
        Args.noKeywords("sqlite3.Connection", kw);
        if (args.length != 1) {
            throw PyErr.typeError("function takes exactly 1 argument (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr sql)) {
            throw PyErr.typeError("argument 1 must be str, not " + SqliteModule.badArgName(args[0]));
        }
        return StatementObject.create(c, sql);
    }

    @ExposedMethod
    static PyObject __enter__(PyObject self) {
        self(self).checkConnection();
        return self;
    }

    /** Compare connection.c: pysqlite_connection_exit_impl. */
    @ExposedMethod
    static PyObject __exit__(PyObject self, PyObject t, PyObject v, PyObject tb) {
        boolean ok = t == PyNone.NONE && v == PyNone.NONE && tb == PyNone.NONE;
        if (ok) {
            try {
                commit(self);
            } catch (PyBaseException e) {
                try {
                    rollback(self);
                } catch (PyBaseException e2) {
                    e2.context = e;
                    throw e2;
                }
                throw e;
            }
        } else {
            rollback(self);
        }
        return PyBool.FALSE;
    }

    @ExposedMethod
    static void interrupt(PyObject self) {
        ConnectionObject c = self(self);
        c.checkConnection();
        // sqlite3_interrupt also stops the statements started until none runs; those of
        // cursors CPython would have deallocated are reset first (see CursorRef).
        if (c.hasBusyCursors()) {
            c.resetAbandonedCursors();
        }
        SqliteLib.interrupt(c.db);
    }

    @ExposedMethod
    static PyObject iterdump(PyObject self) {
        ConnectionObject c = self(self);
        c.checkConnection();
        PyObject mod = Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("sqlite3.dump"),
            PyNone.NONE, PyNone.NONE, org.pyvm.runtime.PyTuple.of(PyStr.of("_iterdump")));
        return Abstract.call(Abstract.getAttr(mod, "_iterdump"), c);
    }

    /** setlimit(category, limit, /). */
    @ExposedMethod
    static PyObject setlimit(PyObject self, PyObject category, PyObject limit) {
        ConnectionObject c = self(self);
        int cat = SqliteModule.intArg(category);
        int lim = SqliteModule.intArg(limit);
        c.check();
        int old = SqliteLib.limit(c.db, cat, lim);
        if (old < 0) {
            throw PyErr.of(SqliteModule.ProgrammingError, "'category' is out of bounds");
        }
        return PyInt.of(old);
    }

    @ExposedMethod
    static PyObject getlimit(PyObject self, PyObject category) {
        return setlimit(self, category, PyInt.of(-1));
    }

    private static final int[] INT_CONFIGS = {1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012,
        1013, 1014, 1015, 1016, 1017};

    private static boolean isIntConfig(int op) {
        for (int k : INT_CONFIGS) {
            if (k == op) {
                return true;
            }
        }
        return false;
    }

    /** setconfig(op, enable=True, /). Compare connection.c: setconfig_impl. */
    @ExposedMethod(min = 1)
    static void setconfig(PyObject self, PyObject opObj, PyObject enableObj) {
        ConnectionObject c = self(self);
        int op = SqliteModule.intArg(opObj);
        boolean enable = enableObj == null || Abstract.isTrue(enableObj);
        c.check();
        if (!isIntConfig(op)) {
            throw PyErr.valueError("unknown config 'op': " + op);
        }
        int actual;
        int rc;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ValueLayout.JAVA_INT);
            rc = SqliteLib.db_config(c.db, op, enable ? 1 : 0, out);
            actual = out.get(ValueLayout.JAVA_INT, 0);
        }
        if (rc != SqliteLib.SQLITE_OK) {
            throw SqliteModule.failure(c.db);
        }
        if ((enable ? 1 : 0) != actual) {
            throw PyErr.of(SqliteModule.OperationalError, "Unable to set config");
        }
    }

    @ExposedMethod
    static boolean getconfig(PyObject self, PyObject opObj) {
        ConnectionObject c = self(self);
        int op = SqliteModule.intArg(opObj);
        c.check();
        if (!isIntConfig(op)) {
            throw PyErr.valueError("unknown config 'op': " + op);
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ValueLayout.JAVA_INT);
            int rc = SqliteLib.db_config(c.db, op, -1, out);
            if (rc != SqliteLib.SQLITE_OK) {
                throw SqliteModule.failure(c.db);
            }
            return out.get(ValueLayout.JAVA_INT, 0) != 0;
        }
    }

    /** blobopen(table, column, row, /, *, readonly=False, name="main"). Compare connection.c: blobopen_impl. */
    @ExposedMethod
    static PyObject blobopen(PyObject self, PyObject[] args, String[] kw) {
        ConnectionObject c = self(self);
        int nkw = Args.nkw(kw);
        int npos = args.length - nkw;
        if (npos != 3) {
            throw PyErr.typeError("blobopen() takes exactly 3 positional arguments (" + npos + " given)");
        }
        PyObject[] a = Args.parse("blobopen", args, kw, 3, 3, "table", "column", "row", "readonly", "name");
        String table = SqliteModule.cstrArg("blobopen", "argument 1", a[0]);
        String col = SqliteModule.cstrArg("blobopen", "argument 2", a[1]);
        if (!(a[2] instanceof PyInt rowInt)) {
            throw PyErr.typeError("expected 'int'");
        }
        long row = SqliteModule.int64(rowInt);
        boolean readonly = a[3] != null && Abstract.isTrue(a[3]);
        String name = a[4] == null ? "main" : SqliteModule.cstrArg("blobopen", "argument 'name'", a[4]);
        c.check();
        MemorySegment blob;
        int rc;
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment pp = ar.allocate(ValueLayout.ADDRESS);
            rc = SqliteLib.blob_open(c.db, SqliteLib.cstring(ar, name), SqliteLib.cstring(ar, table),
                SqliteLib.cstring(ar, col), row, readonly ? 0 : 1, pp);
            blob = pp.get(ValueLayout.ADDRESS, 0);
        }
        if (rc == SqliteLib.SQLITE_MISUSE) {
            throw PyErr.of(SqliteModule.InterfaceError, SqliteLib.errstr(rc));
        } else if (rc != SqliteLib.SQLITE_OK) {
            throw SqliteModule.failure(c.db);
        }
        BlobObject b = new BlobObject(c, blob);
        c.blobs.add(new WeakReference<>(b));
        return b;
    }

    /** backup(target, *, pages=-1, progress=None, name="main", sleep=0.250). Compare connection.c. */
    @ExposedMethod
    static void backup(PyObject self, PyObject[] args, String[] kw) {
        ConnectionObject c = self(self);
        PyObject[] a = Args.parse("backup", args, kw, 1, 1, "target", "pages", "progress", "name", "sleep");
        if (!(a[0] instanceof ConnectionObject target)) {
            throw PyErr.typeError("backup() argument 'target' must be sqlite3.Connection, not "
                + SqliteModule.badArgName(a[0]));
        }
        int pages = a[1] == null ? -1 : SqliteModule.intArg(a[1]);
        PyObject progress = a[2] == null ? PyNone.NONE : a[2];
        String name = a[3] == null ? "main" : SqliteModule.cstrArg("backup", "argument 'name'", a[3]);
        double sleep = a[4] == null ? 0.250 : doubleArg(a[4]);
        int sleepMs = (int) (sleep * 1000.0);
        c.check();
        target.checkConnection();
        if (target == c) {
            throw PyErr.valueError("target cannot be the same connection instance");
        }
        if (progress != PyNone.NONE && !Callbacks.callable(progress)) {
            throw PyErr.typeError("progress argument must be a callable");
        }
        if (pages == 0) {
            pages = -1;
        }
        MemorySegment h;
        try (Arena ar = Arena.ofConfined()) {
            h = SqliteLib.backup_init(target.db, SqliteLib.cstring(ar, "main"), c.db, SqliteLib.cstring(ar, name));
        }
        if (h.address() == 0) {
            throw SqliteModule.failure(target.db);
        }
        int rc;
        do {
            rc = SqliteLib.backup_step(h, pages);
            if (progress != PyNone.NONE) {
                int remaining = SqliteLib.backup_remaining(h);
                int pagecount = SqliteLib.backup_pagecount(h);
                try {
                    Abstract.call(progress, PyInt.of(rc), PyInt.of(remaining), PyInt.of(pagecount));
                } catch (PyBaseException e) {
                    SqliteLib.backup_finish(h);
                    throw e;
                }
            }
            if (rc == SqliteLib.SQLITE_BUSY || rc == SqliteLib.SQLITE_LOCKED) {
                SqliteLib.sleep(sleepMs);
            }
        } while (rc == SqliteLib.SQLITE_OK || rc == SqliteLib.SQLITE_BUSY || rc == SqliteLib.SQLITE_LOCKED);
        rc = SqliteLib.backup_finish(h);
        if (rc != SqliteLib.SQLITE_OK) {
            throw SqliteModule.failure(target.db);
        }
    }

    /** serialize(*, name="main"). Compare connection.c: serialize_impl. */
    @ExposedMethod
    static PyObject serialize(PyObject self, PyObject[] args, String[] kw) {
        ConnectionObject c = self(self);
        PyObject[] a = Args.parse("serialize", args, kw, 0, 0, "name");
        String name = a[0] == null ? "main" : SqliteModule.cstrArg("serialize", "argument 'name'", a[0]);
        c.check();
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment size = ar.allocate(ValueLayout.JAVA_LONG);
            MemorySegment schema = SqliteLib.cstring(ar, name);
            int flags = SqliteLib.SQLITE_SERIALIZE_NOCOPY;
            MemorySegment data = SqliteLib.serialize(c.db, schema, size, flags);
            if (data.address() == 0) {
                flags = 0;
                data = SqliteLib.serialize(c.db, schema, size, flags);
            }
            if (data.address() == 0) {
                throw PyErr.of(SqliteModule.OperationalError, "unable to serialize '" + name + "'");
            }
            long n = size.get(ValueLayout.JAVA_LONG, 0);
            byte[] out = SqliteLib.bytes(data, (int) n);
            if (flags == 0) {
                SqliteLib.free(data);
            }
            return new PyBytes(out);
        }
    }

    /** deserialize(data, /, *, name="main"). Compare connection.c: deserialize_impl. */
    @ExposedMethod
    static void deserialize(PyObject self, PyObject[] args, String[] kw) {
        ConnectionObject c = self(self);
        PyObject[] a = Args.parse("deserialize", args, kw, 1, 1, "data", "name");
        byte[] data;
        if (a[0] instanceof PyStr s) {
            data = SqliteModule.utf8(s);
        } else {
            data = SqliteModule.bufferBytes(a[0]);
            if (data == null) {
                throw PyErr.typeError("deserialize() argument 1 must be str or bytes-like object, not "
                    + a[0].type().getName());
            }
        }
        String name = a[1] == null ? "main" : SqliteModule.cstrArg("deserialize", "argument 'name'", a[1]);
        c.check();
        MemorySegment buf = SqliteLib.malloc64(Math.max(1, data.length));
        if (buf.address() == 0) {
            throw PyErr.memoryError();
        }
        MemorySegment.copy(data, 0, buf.reinterpret(Math.max(1, data.length)), ValueLayout.JAVA_BYTE, 0, data.length);
        int rc;
        try (Arena ar = Arena.ofConfined()) {
            rc = SqliteLib.deserialize(c.db, SqliteLib.cstring(ar, name), buf, data.length, data.length,
                SqliteLib.SQLITE_DESERIALIZE_FREEONCLOSE | SqliteLib.SQLITE_DESERIALIZE_RESIZEABLE);
        }
        if (rc != SqliteLib.SQLITE_OK) {
            throw SqliteModule.failure(c.db);
        }
    }

    // ---- callbacks (Callbacks does the work)

    @ExposedMethod
    static void create_function(PyObject self, PyObject[] args, String[] kw) {
        Callbacks.createFunction(self(self), args, kw);
    }

    @ExposedMethod
    static void create_aggregate(PyObject self, PyObject[] args, String[] kw) {
        Callbacks.createAggregate(self(self), args, kw);
    }

    @ExposedMethod
    static void create_window_function(PyObject self, PyObject[] args, String[] kw) {
        Callbacks.createWindowFunction(self(self), args, kw);
    }

    @ExposedMethod
    static void create_collation(PyObject self, PyObject[] args, String[] kw) {
        Callbacks.createCollation(self(self), args, kw);
    }

    @ExposedMethod
    static void set_authorizer(PyObject self, PyObject[] args, String[] kw) {
        Callbacks.setAuthorizer(self(self), args, kw);
    }

    @ExposedMethod
    static void set_progress_handler(PyObject self, PyObject[] args, String[] kw) {
        Callbacks.setProgressHandler(self(self), args, kw);
    }

    @ExposedMethod
    static void set_trace_callback(PyObject self, PyObject[] args, String[] kw) {
        Callbacks.setTraceCallback(self(self), args, kw);
    }

    // ---- attributes

    @ExposedGetter(name = "isolation_level", setter = "setIsolationLevel")
    static PyObject isolationLevel(PyObject self) {
        ConnectionObject c = self(self);
        c.checkConnection();
        return c.isolationLevel == null ? PyNone.NONE : PyStr.of(c.isolationLevel);
    }

    /** Compare connection.c: pysqlite_connection_set_isolation_level. */
    static void setIsolationLevel(PyObject self, PyObject v) {
        ConnectionObject c = self(self);
        if (v == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        if (v == PyNone.NONE) {
            c.isolationLevel = null;
            commit(c);
            return;
        }
        c.isolationLevel = isolationLevelArg(v);
    }

    @ExposedGetter(name = "total_changes")
    static PyObject totalChanges(PyObject self) {
        ConnectionObject c = self(self);
        c.checkConnection();
        return PyInt.of(SqliteLib.total_changes(c.db));
    }

    @ExposedGetter(name = "in_transaction")
    static PyObject inTransaction(PyObject self) {
        ConnectionObject c = self(self);
        c.checkConnection();
        return PyBool.of(!SqliteLib.get_autocommit(c.db));
    }

    @ExposedGetter(setter = "setAutocommit")
    static PyObject autocommit(PyObject self) {
        ConnectionObject c = self(self);
        c.check();
        return c.autocommit == AUTOCOMMIT_ENABLED ? PyBool.TRUE
            : c.autocommit == AUTOCOMMIT_DISABLED ? PyBool.FALSE : PyInt.of(-1);
    }

    /** Compare connection.c: set_autocommit. */
    static void setAutocommit(PyObject self, PyObject v) {
        ConnectionObject c = self(self);
        c.check();
        if (v == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        c.autocommit = autocommitArg(v);
        if (c.autocommit == AUTOCOMMIT_ENABLED) {
            if (!SqliteLib.get_autocommit(c.db)) {
                c.execStmt("COMMIT");
            }
        } else if (c.autocommit == AUTOCOMMIT_DISABLED) {
            if (SqliteLib.get_autocommit(c.db)) {
                c.execStmt("BEGIN");
            }
        }
    }

    @ExposedGetter(name = "row_factory", setter = "setRowFactory")
    static PyObject rowFactory(PyObject self) {
        return self(self).rowFactory;
    }

    static void setRowFactory(PyObject self, PyObject v) {
        self(self).rowFactory = v == null ? PyNone.NONE : v;
    }

    @ExposedGetter(name = "text_factory", setter = "setTextFactory")
    static PyObject textFactory(PyObject self) {
        return self(self).textFactory;
    }

    static void setTextFactory(PyObject self, PyObject v) {
        self(self).textFactory = v == null ? PyNone.NONE : v;
    }

    @ExposedGetter(name = "Warning", member = true)
    static PyObject warningType(PyObject self) {
        return SqliteModule.Warning;
    }

    @ExposedGetter(name = "Error", member = true)
    static PyObject errorCls(PyObject self) {
        return SqliteModule.Error;
    }

    @ExposedGetter(name = "InterfaceError", member = true)
    static PyObject interfaceErrorType(PyObject self) {
        return SqliteModule.InterfaceError;
    }

    @ExposedGetter(name = "DatabaseError", member = true)
    static PyObject databaseErrorType(PyObject self) {
        return SqliteModule.DatabaseError;
    }

    @ExposedGetter(name = "DataError", member = true)
    static PyObject dataErrorType(PyObject self) {
        return SqliteModule.DataError;
    }

    @ExposedGetter(name = "OperationalError", member = true)
    static PyObject operationalErrorType(PyObject self) {
        return SqliteModule.OperationalError;
    }

    @ExposedGetter(name = "IntegrityError", member = true)
    static PyObject integrityErrorType(PyObject self) {
        return SqliteModule.IntegrityError;
    }

    @ExposedGetter(name = "InternalError", member = true)
    static PyObject internalErrorType(PyObject self) {
        return SqliteModule.InternalError;
    }

    @ExposedGetter(name = "ProgrammingError", member = true)
    static PyObject programmingErrorType(PyObject self) {
        return SqliteModule.ProgrammingError;
    }

    @ExposedGetter(name = "NotSupportedError", member = true)
    static PyObject notSupportedErrorType(PyObject self) {
        return SqliteModule.NotSupportedError;
    }

}
