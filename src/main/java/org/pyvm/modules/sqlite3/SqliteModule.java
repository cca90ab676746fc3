package org.pyvm.modules.sqlite3;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.codecs.Utf8;

/**
 * The _sqlite3 module over the system's SQLite library ({@link SqliteLib}): connect,
 * the exception hierarchy, the adapter and converter registries, complete_statement,
 * enable_callback_tracebacks and the SQLITE_* constants. Compare CPython 3.12
 * Modules/_sqlite/module.c, microprotocols.c and util.c.
 */
public final class SqliteModule {

    private SqliteModule() {}

    static PyType Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError, IntegrityError,
        InternalError, ProgrammingError, NotSupportedError;
    /** _sqlite3.adapters: {(type, PrepareProtocol): adapter}; converters: {NAME: converter}. */
    static PyDict adapters, converters;
    /** Whether an adapter was registered for int, float, str or bytearray (they are then adapted too). */
    static boolean baseTypeAdapted;
    static volatile boolean enableCallbackTracebacks;
    static final Cleaner CLEANER = Cleaner.create();

    /**
     * The module, or ModuleNotFoundError when the SQLite library cannot be used. Compare
     * module.c: module_exec.
     */
    public static PyModule create() {
        String err;
        try {
            err = SqliteLib.LOAD_ERROR;
        } catch (Throwable t) {
            err = "the SQLite binding failed to initialize (" + t + ")";
        }
        if (err != null) {
            PyBaseException e = PyErr.of(PyExc.ModuleNotFoundError, PyStr.of("No module named '_sqlite3': " + err));
            Abstract.setAttr(e, "name", PyStr.of("_sqlite3"));
            throw e;
        }
        PyModule m = new PyModule("_sqlite3");
        m.addFunctions(SqliteModule.class);
        PyDict d = m.getDict();
        Error = exception("Error", PyExc.Exception, d);
        Warning = exception("Warning", PyExc.Exception, d);
        InterfaceError = exception("InterfaceError", Error, d);
        DatabaseError = exception("DatabaseError", Error, d);
        DataError = exception("DataError", DatabaseError, d);
        OperationalError = exception("OperationalError", DatabaseError, d);
        IntegrityError = exception("IntegrityError", DatabaseError, d);
        InternalError = exception("InternalError", DatabaseError, d);
        ProgrammingError = exception("ProgrammingError", DatabaseError, d);
        NotSupportedError = exception("NotSupportedError", DatabaseError, d);
        d.setStr("Connection", ConnectionObject.TYPE);
        d.setStr("Cursor", CursorObject.TYPE);
        d.setStr("Row", RowObject.TYPE);
        d.setStr("Blob", BlobObject.TYPE);
        d.setStr("PrepareProtocol", PrepareProtocolObject.TYPE);
        adapters = new PyDict();
        converters = new PyDict();
        baseTypeAdapted = false;
        enableCallbackTracebacks = false;
        d.setStr("adapters", adapters);
        d.setStr("converters", converters);
        d.setStr("PARSE_DECLTYPES", PyInt.of(1));
        d.setStr("PARSE_COLNAMES", PyInt.of(2));
        d.setStr("LEGACY_TRANSACTION_CONTROL", PyInt.of(-1));
        for (String[] table : new String[][] {RESULT_CODES, OTHER_CONSTANTS}) {
            for (String kv : table) {
                int eq = kv.indexOf('=');
                d.setStr("SQLITE_" + kv.substring(0, eq), PyInt.of(Integer.parseInt(kv.substring(eq + 1))));
            }
        }
        d.setStr("sqlite_version", PyStr.of(SqliteLib.libversion()));
        // module.c: SQLITE_THREADSAFE 0 (single-thread) is DB-API 0, 1 (serialized) 3, 2 (multi-thread) 1.
        int ts = SqliteLib.threadsafe();
        d.setStr("threadsafety", PyInt.of(ts == 0 ? 0 : ts == 1 ? 3 : 1));
        d.setStr("_deprecated_version", PyStr.of("2.6.0"));
        return m;
    }

    private static PyType exception(String name, PyType base, PyDict moduleDict) {
        PyType t = org.pyvm.modules.corelib.Types.newException("sqlite3", name, null, base);
        moduleDict.setStr(name, t);
        return t;
    }

    // ---- result codes

    /** Result codes (primary and extended), whose names sqlite_errorname gives. */
    private static final String[] RESULT_CODES = ("ABORT=4 ABORT_ROLLBACK=516 AUTH=23 AUTH_USER=279 BUSY=5 "
        + "BUSY_RECOVERY=261 BUSY_SNAPSHOT=517 BUSY_TIMEOUT=773 CANTOPEN=14 CANTOPEN_CONVPATH=1038 "
        + "CANTOPEN_DIRTYWAL=1294 CANTOPEN_FULLPATH=782 CANTOPEN_ISDIR=526 CANTOPEN_NOTEMPDIR=270 "
        + "CANTOPEN_SYMLINK=1550 CONSTRAINT=19 CONSTRAINT_CHECK=275 CONSTRAINT_COMMITHOOK=531 "
        + "CONSTRAINT_FOREIGNKEY=787 CONSTRAINT_FUNCTION=1043 CONSTRAINT_NOTNULL=1299 CONSTRAINT_PINNED=2835 "
        + "CONSTRAINT_PRIMARYKEY=1555 CONSTRAINT_ROWID=2579 CONSTRAINT_TRIGGER=1811 CONSTRAINT_UNIQUE=2067 "
        + "CONSTRAINT_VTAB=2323 CORRUPT=11 CORRUPT_INDEX=779 CORRUPT_SEQUENCE=523 CORRUPT_VTAB=267 DONE=101 "
        + "EMPTY=16 ERROR=1 ERROR_MISSING_COLLSEQ=257 ERROR_RETRY=513 ERROR_SNAPSHOT=769 FORMAT=24 FULL=13 "
        + "INTERNAL=2 INTERRUPT=9 IOERR=10 IOERR_ACCESS=3338 IOERR_AUTH=7178 IOERR_BEGIN_ATOMIC=7434 "
        + "IOERR_BLOCKED=2826 IOERR_CHECKRESERVEDLOCK=3594 IOERR_CLOSE=4106 IOERR_COMMIT_ATOMIC=7690 "
        + "IOERR_CONVPATH=6666 IOERR_CORRUPTFS=8458 IOERR_DATA=8202 IOERR_DELETE=2570 IOERR_DELETE_NOENT=5898 "
        + "IOERR_DIR_CLOSE=4362 IOERR_DIR_FSYNC=1290 IOERR_FSTAT=1802 IOERR_FSYNC=1034 IOERR_GETTEMPPATH=6410 "
        + "IOERR_LOCK=3850 IOERR_MMAP=6154 IOERR_NOMEM=3082 IOERR_RDLOCK=2314 IOERR_READ=266 "
        + "IOERR_ROLLBACK_ATOMIC=7946 IOERR_SEEK=5642 IOERR_SHMLOCK=5130 IOERR_SHMMAP=5386 IOERR_SHMOPEN=4618 "
        + "IOERR_SHMSIZE=4874 IOERR_SHORT_READ=522 IOERR_TRUNCATE=1546 IOERR_UNLOCK=2058 IOERR_VNODE=6922 "
        + "IOERR_WRITE=778 LOCKED=6 LOCKED_SHAREDCACHE=262 LOCKED_VTAB=518 MISMATCH=20 MISUSE=21 NOLFS=22 "
        + "NOMEM=7 NOTADB=26 NOTFOUND=12 NOTICE=27 NOTICE_RECOVER_ROLLBACK=539 NOTICE_RECOVER_WAL=283 OK=0 "
        + "OK_LOAD_PERMANENTLY=256 OK_SYMLINK=512 PERM=3 PROTOCOL=15 RANGE=25 READONLY=8 READONLY_CANTINIT=1288 "
        + "READONLY_CANTLOCK=520 READONLY_DBMOVED=1032 READONLY_DIRECTORY=1544 READONLY_RECOVERY=264 "
        + "READONLY_ROLLBACK=776 ROW=100 SCHEMA=17 TOOBIG=18 WARNING=28 WARNING_AUTOINDEX=284").split(" ");

    /** Authorizer actions and return values, limit categories, DBCONFIG verbs. */
    private static final String[] OTHER_CONSTANTS = ("ALTER_TABLE=26 ANALYZE=28 ATTACH=24 CREATE_INDEX=1 "
        + "CREATE_TABLE=2 CREATE_TEMP_INDEX=3 CREATE_TEMP_TABLE=4 CREATE_TEMP_TRIGGER=5 CREATE_TEMP_VIEW=6 "
        + "CREATE_TRIGGER=7 CREATE_VIEW=8 CREATE_VTABLE=29 DBCONFIG_DEFENSIVE=1010 DBCONFIG_DQS_DDL=1014 "
        + "DBCONFIG_DQS_DML=1013 DBCONFIG_ENABLE_FKEY=1002 DBCONFIG_ENABLE_FTS3_TOKENIZER=1004 "
        + "DBCONFIG_ENABLE_LOAD_EXTENSION=1005 DBCONFIG_ENABLE_QPSG=1007 DBCONFIG_ENABLE_TRIGGER=1003 "
        + "DBCONFIG_ENABLE_VIEW=1015 DBCONFIG_LEGACY_ALTER_TABLE=1012 DBCONFIG_LEGACY_FILE_FORMAT=1016 "
        + "DBCONFIG_NO_CKPT_ON_CLOSE=1006 DBCONFIG_RESET_DATABASE=1009 DBCONFIG_TRIGGER_EQP=1008 "
        + "DBCONFIG_TRUSTED_SCHEMA=1017 DBCONFIG_WRITABLE_SCHEMA=1011 DELETE=9 DENY=1 DETACH=25 DROP_INDEX=10 "
        + "DROP_TABLE=11 DROP_TEMP_INDEX=12 DROP_TEMP_TABLE=13 DROP_TEMP_TRIGGER=14 DROP_TEMP_VIEW=15 "
        + "DROP_TRIGGER=16 DROP_VIEW=17 DROP_VTABLE=30 FUNCTION=31 IGNORE=2 INSERT=18 LIMIT_ATTACHED=7 "
        + "LIMIT_COLUMN=2 LIMIT_COMPOUND_SELECT=4 LIMIT_EXPR_DEPTH=3 LIMIT_FUNCTION_ARG=6 LIMIT_LENGTH=0 "
        + "LIMIT_LIKE_PATTERN_LENGTH=8 LIMIT_SQL_LENGTH=1 LIMIT_TRIGGER_DEPTH=10 LIMIT_VARIABLE_NUMBER=9 "
        + "LIMIT_VDBE_OP=5 LIMIT_WORKER_THREADS=11 PRAGMA=19 READ=20 RECURSIVE=33 REINDEX=27 SAVEPOINT=32 "
        + "SELECT=21 TRANSACTION=22 UPDATE=23").split(" ");

    private static final Map<Integer, String> ERROR_NAMES = new HashMap<>();

    static {
        for (String kv : RESULT_CODES) {
            int eq = kv.indexOf('=');
            ERROR_NAMES.put(Integer.parseInt(kv.substring(eq + 1)), "SQLITE_" + kv.substring(0, eq));
        }
    }

    /** The exception class for a primary result code; null for SQLITE_OK. Compare util.c: get_exception_class. */
    private static PyType exceptionClass(int rc) {
        switch (rc) {
            case SqliteLib.SQLITE_OK:
                return null;
            case SqliteLib.SQLITE_INTERNAL:
            case SqliteLib.SQLITE_NOTFOUND:
                return InternalError;
            case SqliteLib.SQLITE_NOMEM:
                return PyExc.MemoryError;
            case SqliteLib.SQLITE_ERROR:
            case SqliteLib.SQLITE_PERM:
            case SqliteLib.SQLITE_ABORT:
            case SqliteLib.SQLITE_BUSY:
            case SqliteLib.SQLITE_LOCKED:
            case SqliteLib.SQLITE_READONLY:
            case SqliteLib.SQLITE_INTERRUPT:
            case SqliteLib.SQLITE_IOERR:
            case SqliteLib.SQLITE_FULL:
            case SqliteLib.SQLITE_CANTOPEN:
            case SqliteLib.SQLITE_PROTOCOL:
            case SqliteLib.SQLITE_EMPTY:
            case SqliteLib.SQLITE_SCHEMA:
                return OperationalError;
            case SqliteLib.SQLITE_CORRUPT:
                return DatabaseError;
            case SqliteLib.SQLITE_TOOBIG:
                return DataError;
            case SqliteLib.SQLITE_CONSTRAINT:
            case SqliteLib.SQLITE_MISMATCH:
                return IntegrityError;
            case SqliteLib.SQLITE_MISUSE:
            case SqliteLib.SQLITE_RANGE:
                return InterfaceError;
            default:
                return DatabaseError;
        }
    }

    /**
     * The exception for DB's last error (with sqlite_errorcode and sqlite_errorname), or null
     * when there is none. Compare util.c: _pysqlite_seterror and raise_exception.
     */
    static PyBaseException dbError(MemorySegment db) {
        int rc = SqliteLib.errcode(db);
        PyType cls = exceptionClass(rc);
        if (cls == null) {
            return null;
        }
        if (cls == PyExc.MemoryError) {
            return PyErr.memoryError();
        }
        return error(cls, SqliteLib.extended_errcode(db), SqliteLib.errmsg(db));
    }

    /** {@link #dbError} for a failure known to have happened: an InternalError if SQLite reports none. */
    static PyBaseException failure(MemorySegment db) {
        PyBaseException e = dbError(db);
        return e != null ? e : PyErr.of(InternalError, "unknown SQLite error");
    }

    static PyBaseException error(PyType cls, int code, String msg) {
        PyObject exc = Abstract.call(cls, PyStr.of(msg == null ? "not an error" : msg));
        Abstract.setAttr(exc, "sqlite_errorcode", PyInt.of(code));
        String name = ERROR_NAMES.get(code);
        Abstract.setAttr(exc, "sqlite_errorname", PyStr.of(name == null ? "unknown" : name));
        return (PyBaseException) exc;
    }

    // ---- conversions shared by the types

    /** A Python int as SQLite's 64-bit integer. Compare util.c: _pysqlite_long_as_int64. */
    static long int64(PyInt v) {
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to SQLite INTEGER");
        }
        return v.longValue();
    }

    /** The strict UTF-8 bytes of a str (UnicodeEncodeError for lone surrogates), as PyUnicode_AsUTF8AndSize. */
    static byte[] utf8(PyStr s) {
        return Utf8.encode(s, "strict");
    }

    /** UTF-8 BYTES decoded strictly, or null when they are not valid UTF-8. */
    static String decodeOrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-8 text from SQLite as a str; invalid bytes raise UnicodeDecodeError as PyUnicode_FromStringAndSize. */
    static PyStr text(byte[] bytes) {
        String s = decodeOrNull(bytes);
        if (s == null) {
            return PyStr.of(Utf8.decode(bytes, "strict", true).text());
        }
        return PyStr.of(s);
    }

    /** A str argument that must hold no NUL (clinic's "str" converter). */
    static String cstrArg(String fn, String argDesc, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(fn + "() " + argDesc + " must be str, not " + badArgName(o));
        }
        String v = s.value();
        if (v.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        utf8(s);
        return v;
    }

    /** The type named by clinic's _PyArg_BadArgument: "None" for None, else the type's name. */
    static String badArgName(PyObject o) {
        return o == PyNone.NONE ? "None" : o.type().getName();
    }

    /** An int argument as a C int (clinic's "int" converter). */
    static int intArg(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.longValue() > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (v.longValue() < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) v.longValue();
    }

    /**
     * The bytes of a buffer-protocol object, or null when it is none; BufferError for a
     * non-contiguous memoryview (PyObject_GetBuffer with PyBUF_SIMPLE).
     */
    static byte[] bufferBytes(PyObject o) {
        if (o instanceof org.pyvm.runtime.PyMemoryView mv
            && !Abstract.isTrue(Abstract.getAttr(mv, "c_contiguous"))) {
            throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        return PyByteArray.bytesOf(o);
    }

    // ---- module functions

    /**
     * connect(database, ...): calls FACTORY (argument 6 or keyword, Connection by default)
     * with all the arguments. Compare module.c: pysqlite_connect.
     */
    @ExposedMethod
    static PyObject connect(PyObject[] args, String[] kw) {
        int nkw = Args.nkw(kw);
        int npos = args.length - nkw;
        PyObject factory = ConnectionObject.TYPE;
        if (npos > 5) {
            factory = args[5];
        } else {
            for (int i = 0; i < nkw; i++) {
                if (kw[i].equals("factory")) {
                    factory = args[npos + i];
                    break;
                }
            }
        }
        return Abstract.call(factory, args, kw);
    }

    /** complete_statement(statement): whether it ends with a complete SQL statement. */
    @ExposedMethod
    static boolean complete_statement(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("complete_statement", args, kw, 1, 1, "statement");
        String s = cstrArg("complete_statement", "argument 'statement'", a[0]);
        return SqliteLib.complete(s.getBytes(StandardCharsets.UTF_8));
    }

    /** enable_callback_tracebacks(enable, /). Compare module.c. */
    @ExposedMethod
    static void enable_callback_tracebacks(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("_sqlite3.enable_callback_tracebacks() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError("_sqlite3.enable_callback_tracebacks() takes exactly one argument (" + args.length
                + " given)");
        }
        PyObject[] a = args;
        if (a[0] instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        enableCallbackTracebacks = Abstract.index(a[0]).signum() != 0;
    }

    /** register_adapter(type, adapter, /). Compare module.c: pysqlite_register_adapter_impl. */
    @ExposedMethod
    static void register_adapter(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("register_adapter", args, kw, 2);
        PyObject t = a[0];
        if (t == PyInt.TYPE || t == PyFloat.TYPE || t == PyStr.TYPE || t == PyByteArray.TYPE) {
            baseTypeAdapted = true;
        }
        adapters.setItem(PyTuple.of(t, PrepareProtocolObject.TYPE), a[1]);
    }

    /** register_converter(typename, converter, /). Compare module.c: pysqlite_register_converter_impl. */
    @ExposedMethod
    static void register_converter(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("register_converter", args, kw, 2);
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.typeError("register_converter() argument 1 must be str, not " + SqliteModule.badArgName(a[0]));
        }
        PyObject name = Abstract.call(Abstract.getAttr(a[0], "upper"));
        converters.setItem(name, a[1]);
    }

    /** adapt(obj, proto=PrepareProtocol, alt=<unrepresentable>, /). Compare microprotocols.c. */
    @ExposedMethod
    static PyObject adapt(PyObject[] args, String[] kw) {
        Args.noKeywords("adapt", kw);
        Args.positional("adapt", args.length, 1, 3);
        PyObject proto = args.length > 1 ? args[1] : PrepareProtocolObject.TYPE;
        PyObject alt = args.length > 2 ? args[2] : null;
        return adapt(args[0], proto, alt);
    }

    /** Compare microprotocols.c: pysqlite_microprotocols_adapt. */
    static PyObject adapt(PyObject obj, PyObject proto, PyObject alt) {
        PyObject adapter = adapters.get(PyTuple.of(obj.type(), proto));
        if (adapter != null) {
            return Abstract.call(adapter, obj);
        }
        PyObject m = Abstract.lookupAttr(proto, "__adapt__");
        if (m != null) {
            PyObject r = tryAdapt(m, obj);
            if (r != null) {
                return r;
            }
        }
        m = Abstract.lookupAttr(obj, "__conform__");
        if (m != null) {
            PyObject r = tryAdapt(m, proto);
            if (r != null) {
                return r;
            }
        }
        if (alt != null) {
            return alt;
        }
        throw PyErr.of(ProgrammingError, "can't adapt");
    }

    /** M(ARG), or null when it returned None or raised TypeError. */
    private static PyObject tryAdapt(PyObject m, PyObject arg) {
        try {
            PyObject r = Abstract.call(m, arg);
            return r == PyNone.NONE ? null : r;
        } catch (PyBaseException e) {
            if (e.type().isSubtypeOf(PyExc.TypeError)) {
                return null;
            }
            throw e;
        }
    }

    /** Whether a parameter needs adapting. Compare cursor.c: need_adapt. */
    static boolean needAdapt(PyObject o) {
        if (baseTypeAdapted) {
            return true;
        }
        PyType t = o.type();
        return !(t == PyInt.TYPE || t == PyFloat.TYPE || t == PyStr.TYPE || t == PyByteArray.TYPE);
    }
}
