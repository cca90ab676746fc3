package org.pyvm.modules.sqlite3;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.warnings.WarningsModule;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyIterator;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * sqlite3.Cursor: execute, executemany, executescript, the fetch methods and iteration,
 * with parameter binding, adaptation and converters. Compare CPython 3.12
 * Modules/_sqlite/cursor.c.
 */
final class CursorObject extends IterBase {

    static final PyType TYPE = Types.finish(Types.builtin("sqlite3", "Cursor", CursorObject.class,
        CursorObject.class).alsoExposedBy(IterBase.class));

    ConnectionObject connection;
    PyObject description = PyNone.NONE;
    /** Converters per column (null entries: none), or null without detect_types. */
    PyObject[] rowCastMap;
    PyObject lastrowid = PyNone.NONE;
    int arraysize = 1;
    long rowcount = -1;
    PyObject rowFactory = PyNone.NONE;
    StatementObject statement;
    boolean closed;
    boolean locked;
    boolean initialized;

    /** The weak reference by which the connection resets the statement of a cursor nobody holds. */
    ConnectionObject.CursorRef ref;

    CursorObject(PyType type) {
        super(type);
    }

    void setStatement(StatementObject s) {
        statement = s;
        if (ref != null) {
            ref.stmt = s;
        }
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new CursorObject(cls);
    }

    /** Cursor(connection, /). Compare cursor.c: pysqlite_cursor_init_impl. */
    @ExposedMethod
    static void __init__(PyObject self, PyObject[] args, String[] kw) {
        CursorObject c = (CursorObject) self;
        Args.noKeywords("Cursor", kw);
        Args.positional("Cursor", args.length, 1, 1);
        if (!(args[0] instanceof ConnectionObject con)) {
            throw PyErr.typeError("Cursor() argument 1 must be sqlite3.Connection, not " + SqliteModule.badArgName(args[0]));
        }
        c.checkLocked();
        c.connection = con;
        c.setStatement(null);
        c.rowCastMap = null;
        c.description = PyNone.NONE;
        c.lastrowid = PyNone.NONE;
        c.arraysize = 1;
        c.closed = false;
        c.rowcount = -1;
        c.rowFactory = PyNone.NONE;
        con.checkThread();
        c.ref = con.register(c);
        c.initialized = true;
    }

    private void checkLocked() {
        if (locked) {
            throw PyErr.of(connection.errorType("ProgrammingError"), "Recursive use of cursors not allowed.");
        }
    }

    /** Compare cursor.c: check_cursor. */
    private void check() {
        if (!initialized) {
            throw PyErr.of(SqliteModule.ProgrammingError, "Base Cursor.__init__ not called.");
        }
        if (closed) {
            throw PyErr.of(SqliteModule.ProgrammingError, "Cannot operate on a closed cursor.");
        }
        connection.checkThread();
        connection.checkConnection();
        checkLocked();
    }

    // ---- binding

    /** Compare cursor.c: bind_param. Returns SQLite's result code. */
    private static int bindParam(MemorySegment st, int pos, PyObject p) {
        if (p == PyNone.NONE) {
            return SqliteLib.bind_null(st, pos);
        }
        if (p instanceof PyInt i) {
            return SqliteLib.bind_int64(st, pos, SqliteModule.int64(i));
        }
        if (p instanceof PyFloat f) {
            return SqliteLib.bind_double(st, pos, f.value);
        }
        if (p instanceof PyStr s) {
            return SqliteLib.bind_text(st, pos, SqliteModule.utf8(s));
        }
        byte[] buf = SqliteModule.bufferBytes(p);
        if (buf != null) {
            return SqliteLib.bind_blob(st, pos, buf);
        }
        throw PyErr.of(SqliteModule.ProgrammingError, "Error binding parameter " + pos + ": type '"
            + p.type().getName() + "' is not supported");
    }

    private static PyObject adapted(PyObject p) {
        return SqliteModule.needAdapt(p) ? SqliteModule.adapt(p, PrepareProtocolObject.TYPE, p) : p;
    }

    private void bindChecked(MemorySegment st, int pos, PyObject p) {
        int rc;
        try {
            rc = bindParam(st, pos, adapted(p));
        } catch (PyBaseException e) {
            throw e;
        }
        if (rc != SqliteLib.SQLITE_OK) {
            throw SqliteModule.failure(connection.db);
        }
    }

    /** Compare cursor.c: bind_parameters. */
    private void bindParameters(StatementObject stmt, PyObject params) {
        MemorySegment st = stmt.empty() ? null : stmt.st();
        int needed = st == null ? 0 : SqliteLib.bind_parameter_count(st);
        PyType t = params.type();
        boolean isDict = params instanceof PyDict;
        if (t == PyTuple.TYPE || t == PyList.TYPE || (!isDict && isSequence(params))) {
            long n = Abstract.len(params);
            if (n != needed) {
                throw PyErr.of(SqliteModule.ProgrammingError, "Incorrect number of bindings supplied. The current "
                    + "statement uses " + needed + ", and there are " + n + " supplied.");
            }
            for (int i = 0; i < n; i++) {
                String name = SqliteLib.bind_parameter_name(st, i + 1);
                if (name != null && !name.startsWith("?")) {
                    WarningsModule.warn(PyExc.DeprecationWarning, "Binding " + (i + 1) + " ('" + name
                        + "') is a named parameter, but you supplied a sequence which requires nameless (qmark) "
                        + "placeholders. Starting with Python 3.14 an sqlite3.ProgrammingError will be raised.", 1);
                }
                PyObject item = Abstract.getItem(params, PyInt.of(i));
                bindChecked(st, i + 1, item);
            }
        } else if (isDict || params.type().isSubtypeOf(PyDict.TYPE)) {
            for (int i = 1; i <= needed; i++) {
                String name = SqliteLib.bind_parameter_name(st, i);
                if (name == null) {
                    throw PyErr.of(SqliteModule.ProgrammingError, "Binding " + i + " has no name, but you supplied "
                        + "a dictionary (which has only names).");
                }
                String key = name.substring(1);
                PyObject v;
                try {
                    v = Abstract.getItem(params, PyStr.of(key));
                } catch (PyBaseException e) {
                    if (e.type().isSubtypeOf(PyExc.LookupError)) {
                        throw PyErr.of(SqliteModule.ProgrammingError, "You did not supply a value for binding "
                            + "parameter :" + key + ".");
                    }
                    throw e;
                }
                bindChecked(st, i, v);
            }
        } else {
            throw PyErr.of(SqliteModule.ProgrammingError, "parameters are of unsupported type");
        }
    }

    /** PySequence_Check: a __getitem__ that is not a dict's. */
    private static boolean isSequence(PyObject o) {
        if (o instanceof PyDict) {
            return false;
        }
        return o.type().lookup("__getitem__") != null;
    }

    // ---- execution

    /** Compare cursor.c: _pysqlite_query_execute. */
    PyObject queryExecute(boolean multiple, PyObject operation, PyObject second) {
        if (!(operation instanceof PyStr sql)) {
            throw PyErr.typeError((multiple ? "executemany" : "execute") + "() argument 1 must be str, not "
                + SqliteModule.badArgName(operation));
        }
        check();
        locked = true;
        boolean ok = false;
        try {
            PyObject paramsIter;
            if (multiple) {
                paramsIter = Abstract.iter(second);
            } else {
                paramsIter = Abstract.iter(PyTuple.of(second == null ? PyTuple.EMPTY : second));
            }
            description = PyNone.NONE;
            if (statement != null) {
                statement.reset();
            }
            setStatement(connection.statementFor(sql));
            if (multiple && !statement.empty() && SqliteLib.stmt_readonly(statement.st())) {
                throw PyErr.of(SqliteModule.ProgrammingError, "executemany() can only execute DML statements.");
            }
            if (statement.busy()) {
                setStatement(StatementObject.create(connection, sql));
            }
            statement.reset();
            rowcount = statement.isDml ? 0 : -1;
            if (connection.autocommit == ConnectionObject.AUTOCOMMIT_LEGACY && connection.isolationLevel != null
                && statement.isDml && SqliteLib.get_autocommit(connection.db)) {
                connection.beginTransaction();
            }
            PyObject params;
            while ((params = nextOf(paramsIter)) != null) {
                bindParameters(statement, params);
                int rc = statement.empty() ? SqliteLib.SQLITE_DONE : Callbacks.step(connection, statement.st());
                if (rc == SqliteLib.SQLITE_LOCKED && connection.resetAbandonedCursors()) {
                    statement.reset();
                    rc = Callbacks.step(connection, statement.st());
                }
                if (rc != SqliteLib.SQLITE_DONE && rc != SqliteLib.SQLITE_ROW) {
                    throw SqliteModule.failure(connection.db);
                }
                buildRowCastMap();
                int numcols = statement.empty() ? 0 : SqliteLib.column_count(statement.st());
                if (description == PyNone.NONE && numcols > 0) {
                    PyObject[] d = new PyObject[numcols];
                    for (int i = 0; i < numcols; i++) {
                        byte[] name = SqliteLib.column_name(statement.st(), i);
                        if (name == null) {
                            throw PyErr.memoryError();
                        }
                        PyObject n = buildColumnName(name);
                        d[i] = PyTuple.of(n, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE,
                            PyNone.NONE);
                    }
                    description = PyTuple.of(d);
                }
                if (rc == SqliteLib.SQLITE_DONE) {
                    if (statement.isDml) {
                        rowcount += SqliteLib.changes(connection.db);
                    }
                    statement.reset();
                }
            }
            if (!multiple) {
                lastrowid = PyInt.of(SqliteLib.last_insert_rowid(connection.db));
            }
            ok = true;
        } finally {
            locked = false;
            if (!ok) {
                if (statement != null) {
                    statement.reset();
                    setStatement(null);
                }
                rowcount = -1;
            }
        }
        if (statement != null && !statement.busy()) {
            setStatement(null);
        }
        return this;
    }

    private static PyObject nextOf(PyObject it) {
        if (it instanceof PyIterator pi) {
            return pi.next();
        }
        return Abstract.next(it);
    }

    /** The converter registered under NAME (upper-cased), or null. Compare cursor.c: _pysqlite_get_converter. */
    private static PyObject converter(byte[] name, int from, int to) {
        PyObject key = SqliteModule.text(java.util.Arrays.copyOfRange(name, from, to));
        PyObject upper = Abstract.call(Abstract.getAttr(key, "upper"));
        return SqliteModule.converters.get(upper);
    }

    /** Compare cursor.c: pysqlite_build_row_cast_map. */
    private void buildRowCastMap() {
        int detect = connection.detectTypes;
        if (detect == 0) {
            return;
        }
        int n = statement.empty() ? 0 : SqliteLib.column_count(statement.st());
        PyObject[] map = new PyObject[n];
        rowCastMap = null;
        for (int i = 0; i < n; i++) {
            PyObject conv = null;
            if ((detect & 2) != 0) {
                byte[] colname = SqliteLib.column_name(statement.st(), i);
                if (colname == null) {
                    throw PyErr.memoryError();
                }
                int start = -1;
                for (int p = 0; p < colname.length; p++) {
                    if (colname[p] == '[') {
                        start = p + 1;
                    } else if (colname[p] == ']' && start >= 0) {
                        conv = converter(colname, start, p);
                        break;
                    }
                }
            }
            if (conv == null && (detect & 1) != 0) {
                byte[] decl = SqliteLib.column_decltype(statement.st(), i);
                if (decl != null) {
                    int p = 0;
                    while (p < decl.length && decl[p] != ' ' && decl[p] != '(') {
                        p++;
                    }
                    conv = converter(decl, 0, p);
                }
            }
            map[i] = conv;
        }
        rowCastMap = map;
    }

    /** Compare cursor.c: _pysqlite_build_column_name. */
    private PyObject buildColumnName(byte[] colname) {
        int len = colname.length;
        if ((connection.detectTypes & 2) != 0) {
            for (int p = 0; p < colname.length; p++) {
                if (colname[p] == '[') {
                    len = p > 0 && colname[p - 1] == ' ' ? p - 1 : p;
                    break;
                }
            }
        }
        return SqliteModule.text(java.util.Arrays.copyOf(colname, len));
    }

    /** Compare cursor.c: _pysqlite_fetch_one_row. */
    private PyObject fetchOneRow() {
        MemorySegment st = statement.st();
        int numcols = SqliteLib.data_count(st);
        PyObject[] row = new PyObject[numcols];
        ConnectionObject con = connection;
        for (int i = 0; i < numcols; i++) {
            PyObject conv = con.detectTypes != 0 && rowCastMap != null && i < rowCastMap.length ? rowCastMap[i] : null;
            PyObject v;
            if (conv != null) {
                byte[] blob = SqliteLib.column_blob(st, i);
                v = blob == null ? PyNone.NONE : Abstract.call(conv, new PyBytes(blob));
            } else {
                int t = SqliteLib.column_type(st, i);
                switch (t) {
                    case SqliteLib.SQLITE_NULL:
                        v = PyNone.NONE;
                        break;
                    case SqliteLib.SQLITE_INTEGER:
                        v = PyInt.of(SqliteLib.column_int64(st, i));
                        break;
                    case SqliteLib.SQLITE_FLOAT:
                        v = PyFloat.of(SqliteLib.column_double(st, i));
                        break;
                    case SqliteLib.SQLITE_TEXT: {
                        byte[] text = SqliteLib.column_text(st, i);
                        if (text == null) {
                            text = new byte[0];
                        }
                        PyObject tf = con.textFactory;
                        if (tf == PyStr.TYPE) {
                            String s = SqliteModule.decodeOrNull(text);
                            if (s == null) {
                                throw decodeError(st, i, text);
                            }
                            v = PyStr.of(s);
                        } else if (tf == PyBytes.TYPE) {
                            v = new PyBytes(text);
                        } else if (tf == PyByteArray.TYPE) {
                            v = new PyByteArray(text);
                        } else {
                            v = Abstract.call(tf, new PyBytes(text));
                        }
                        break;
                    }
                    default: {
                        byte[] blob = SqliteLib.column_blob(st, i);
                        v = new PyBytes(blob == null ? new byte[0] : blob);
                    }
                }
            }
            row[i] = v;
        }
        return PyTuple.of(row);
    }

    /** "Could not decode to UTF-8 column 'c' with text 't'": the C message, decoded as ASCII with replacement. */
    private PyBaseException decodeError(MemorySegment st, int i, byte[] text) {
        byte[] colname = SqliteLib.column_name(st, i);
        if (colname == null) {
            return PyErr.memoryError();
        }
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        byte[] head = "Could not decode to UTF-8 column '".getBytes(StandardCharsets.US_ASCII);
        b.writeBytes(head);
        b.writeBytes(colname);
        b.writeBytes("' with text '".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(text);
        b.writeBytes("'".getBytes(StandardCharsets.US_ASCII));
        byte[] all = b.toByteArray();
        // PyOS_snprintf into a 200-byte buffer (of which 199 are used): the text is cut there.
        int n = Math.min(all.length, 198);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int c = all[k] & 0xff;
            sb.append(c < 0x80 ? (char) c : '\ufffd');
        }
        return PyErr.of(connection.errorType("OperationalError"), sb.toString());
    }

    /** The next row, or null at the end. Compare cursor.c: pysqlite_cursor_iternext. */
    @Override
    protected PyObject nextItem() {
        check();
        if (statement == null) {
            return null;
        }
        MemorySegment st = statement.st();
        locked = true;
        PyObject row;
        try {
            row = fetchOneRow();
        } finally {
            locked = false;
        }
        int rc = Callbacks.step(connection, st);
        if (rc == SqliteLib.SQLITE_DONE) {
            if (statement.isDml) {
                rowcount = SqliteLib.changes(connection.db);
            }
            statement.reset();
            setStatement(null);
        } else if (rc != SqliteLib.SQLITE_ROW) {
            PyBaseException e = SqliteModule.failure(connection.db);
            statement.reset();
            setStatement(null);
            throw e;
        }
        if (rowFactory != PyNone.NONE) {
            row = Abstract.call(rowFactory, this, row);
        }
        return row;
    }

    // ---- methods

    @ExposedMethod
    static PyObject execute(PyObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("execute", kw);
        Args.positional("execute", args.length, 1, 2);
        return ((CursorObject) self).queryExecute(false, args[0], args.length > 1 ? args[1] : null);
    }

    @ExposedMethod
    static PyObject executemany(PyObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("executemany", kw);
        Args.positional("executemany", args.length, 2, 2);
        return ((CursorObject) self).queryExecute(true, args[0], args[1]);
    }

    /** executescript(sql_script, /). Compare cursor.c: pysqlite_cursor_executescript_impl. */
    @ExposedMethod
    static PyObject executescript(PyObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("executescript", kw);
        Args.positional("executescript", args.length, 1, 1);
        CursorObject c = (CursorObject) self;
        if (!(args[0] instanceof PyStr script)) {
            throw PyErr.typeError("executescript() argument must be str, not " + SqliteModule.badArgName(args[0]));
        }
        String s = script.value();
        if (s.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        byte[] sql = SqliteModule.utf8(script);
        c.check();
        ConnectionObject con = c.connection;
        int max = SqliteLib.limit(con.db, SqliteLib.SQLITE_LIMIT_SQL_LENGTH, -1);
        if (sql.length > max) {
            throw PyErr.of(con.errorType("DataError"), "query string is too large");
        }
        if (con.autocommit == ConnectionObject.AUTOCOMMIT_LEGACY && !SqliteLib.get_autocommit(con.db)) {
            if (SqliteLib.exec(con.db, "COMMIT") != SqliteLib.SQLITE_OK) {
                throw SqliteModule.failure(con.db);
            }
        }
        Callbacks.execScript(con, sql);
        return c;
    }

    @ExposedMethod
    static PyObject fetchone(PyObject self) {
        PyObject r = ((CursorObject) self).nextItem();
        return r == null ? PyNone.NONE : r;
    }

    /** fetchmany(size=cursor.arraysize). */
    @ExposedMethod
    static PyObject fetchmany(PyObject self, PyObject[] args, String[] kw) {
        CursorObject c = (CursorObject) self;
        PyObject[] a = Args.parse("fetchmany", args, kw, 0, 1, "size");
        int max = a[0] == null ? c.arraysize : SqliteModule.intArg(a[0]);
        PyList out = new PyList();
        int counter = 0;
        PyObject row;
        while ((row = c.nextItem()) != null) {
            out.append(row);
            if (++counter == max) {
                break;
            }
        }
        return out;
    }

    @ExposedMethod
    static PyObject fetchall(PyObject self) {
        CursorObject c = (CursorObject) self;
        PyList out = new PyList();
        PyObject row;
        while ((row = c.nextItem()) != null) {
            out.append(row);
        }
        return out;
    }

    @ExposedMethod
    static void setinputsizes(PyObject self, PyObject sizes) {
    }

    @ExposedMethod(min = 1)
    static void setoutputsize(PyObject self, PyObject size, PyObject column) {
    }

    /** Compare cursor.c: pysqlite_cursor_close_impl. */
    @ExposedMethod
    static void close(PyObject self) {
        CursorObject c = (CursorObject) self;
        c.checkLockedSafe();
        if (c.connection == null) {
            throw PyErr.of(SqliteModule.ProgrammingError, "Base Cursor.__init__ not called.");
        }
        c.connection.checkThread();
        c.connection.checkConnection();
        if (c.statement != null) {
            c.statement.reset();
            c.setStatement(null);
        }
        c.closed = true;
    }

    private void checkLockedSafe() {
        if (locked) {
            throw PyErr.of(SqliteModule.ProgrammingError, "Recursive use of cursors not allowed.");
        }
    }

    // ---- members

    @ExposedGetter(member = true)
    static PyObject connection(PyObject self) {
        ConnectionObject c = ((CursorObject) self).connection;
        return c == null ? PyNone.NONE : c;
    }

    @ExposedGetter(member = true)
    static PyObject description(PyObject self) {
        return ((CursorObject) self).description;
    }

    @ExposedGetter(member = true)
    static PyObject lastrowid(PyObject self) {
        return ((CursorObject) self).lastrowid;
    }

    @ExposedGetter(member = true)
    static PyObject rowcount(PyObject self) {
        return PyInt.of(((CursorObject) self).rowcount);
    }

    @ExposedGetter(setter = "setArraysize")
    static PyObject arraysize(PyObject self) {
        return PyInt.of(((CursorObject) self).arraysize);
    }

    static void setArraysize(PyObject self, PyObject v) {
        if (v == null) {
            throw PyErr.typeError("can't delete numeric/char attribute");
        }
        ((CursorObject) self).arraysize = SqliteModule.intArg(v);
    }

    @ExposedGetter(name = "row_factory", setter = "setRowFactory")
    static PyObject rowFactory(PyObject self) {
        return ((CursorObject) self).rowFactory;
    }

    static void setRowFactory(PyObject self, PyObject v) {
        ((CursorObject) self).rowFactory = v == null ? PyNone.NONE : v;
    }
}
