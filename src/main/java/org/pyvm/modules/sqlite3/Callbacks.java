package org.pyvm.modules.sqlite3;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Callable;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;
import org.pyvm.runtime.Slot;
import org.pyvm.runtime.Unraisable;

/**
 * The Python callables SQLite calls back: user functions, aggregates, window functions,
 * collations, the authorizer, the progress handler and the trace callback. SQLite gets
 * one upcall stub per callback kind (made once, on first use); its user-data pointer is
 * an id in {@link #CONTEXTS}, and an aggregate's per-query instance is an id stored in the
 * 8 bytes of sqlite3_aggregate_context. No Java or Python exception crosses back into C:
 * each stub catches everything and turns it into SQLite's error result, as CPython does.
 * Compare CPython 3.12 Modules/_sqlite/connection.c (func_callback, step_callback, ...).
 */
final class Callbacks {

    private Callbacks() {}

    /** Callback contexts by id: the Python callable. */
    private static final ConcurrentHashMap<Long, PyObject> CONTEXTS = new ConcurrentHashMap<>();
    /** Aggregate instances by id. */
    private static final ConcurrentHashMap<Long, PyObject> AGGREGATES = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();
    /** A collation's exception, kept until its sqlite3_step returns (collation_callback leaves it set). */
    private static final ThreadLocal<PyBaseException> PENDING = new ThreadLocal<>();

    private static final ValueLayout P = ADDRESS, I = JAVA_INT;

    /** The upcall stubs, made on first use. */
    private static final class Stubs {
        static final MemorySegment FUNC = SqliteLib.upcall(Callbacks.class, "xFunc", SqliteLib.sig(null, P, I, P));
        static final MemorySegment STEP = SqliteLib.upcall(Callbacks.class, "xStep", SqliteLib.sig(null, P, I, P));
        static final MemorySegment FINAL = SqliteLib.upcall(Callbacks.class, "xFinal", SqliteLib.sig(null, P));
        static final MemorySegment VALUE = SqliteLib.upcall(Callbacks.class, "xValue", SqliteLib.sig(null, P));
        static final MemorySegment INVERSE = SqliteLib.upcall(Callbacks.class, "xInverse",
            SqliteLib.sig(null, P, I, P));
        static final MemorySegment DESTROY = SqliteLib.upcall(Callbacks.class, "xDestroy", SqliteLib.sig(null, P));
        static final MemorySegment COMPARE = SqliteLib.upcall(Callbacks.class, "xCompare",
            SqliteLib.sig(I, P, I, P, I, P));
        static final MemorySegment AUTH = SqliteLib.upcall(Callbacks.class, "xAuth", SqliteLib.sig(I, P, I, P, P, P, P));
        static final MemorySegment PROGRESS = SqliteLib.upcall(Callbacks.class, "xProgress", SqliteLib.sig(I, P));
        static final MemorySegment TRACE = SqliteLib.upcall(Callbacks.class, "xTrace", SqliteLib.sig(I, I, P, P, P));
    }

    private static MemorySegment newContext(PyObject callable) {
        long id = IDS.incrementAndGet();
        CONTEXTS.put(id, callable);
        return MemorySegment.ofAddress(id);
    }

    private static PyObject context(MemorySegment p) {
        return CONTEXTS.get(p.address());
    }

    static boolean callable(PyObject o) {
        return o instanceof Callable || o instanceof PyType || o.type().slot(Slot.CALL) != null;
    }

    // ---- stepping

    /** sqlite3_step, then the exception a collation left, if any. */
    static int step(ConnectionObject con, MemorySegment st) {
        int rc = SqliteLib.step(st);
        PyBaseException e = PENDING.get();
        if (e != null) {
            PENDING.remove();
            if (rc != SqliteLib.SQLITE_DONE && rc != SqliteLib.SQLITE_ROW) {
                if (SqliteModule.enableCallbackTracebacks) {
                    Unraisable.report(e, null);
                }
                return rc;
            }
            throw e;
        }
        return rc;
    }

    /** Runs each statement of a script to completion. Compare cursor.c: pysqlite_cursor_executescript_impl. */
    static void execScript(ConnectionObject con, byte[] sql) {
        MemorySegment db = con.db;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = SqliteLib.cstring(a, sql);
            MemorySegment pp = a.allocate(ADDRESS);
            MemorySegment tail = a.allocate(ADDRESS);
            long off = 0;
            long len = sql.length;
            while (true) {
                MemorySegment at = buf.asSlice(off);
                int rc = SqliteLib.prepare_v2(db, at, (int) (len - off + 1), pp, tail);
                if (rc == SqliteLib.SQLITE_OK) {
                    MemorySegment st = pp.get(ADDRESS, 0);
                    if (st.address() != 0) {
                        do {
                            rc = step(con, st);
                        } while (rc == SqliteLib.SQLITE_ROW);
                        rc = StatementObject.finalizeRaw(st);
                    }
                }
                if (rc != SqliteLib.SQLITE_OK) {
                    throw SqliteModule.failure(db);
                }
                long next = tail.get(ADDRESS, 0).address() - buf.address();
                if (next >= len || next <= off) {
                    break;
                }
                off = next;
            }
        }
    }

    // ---- values between SQLite and Python

    /** The arguments of a call from SQLite. Compare connection.c: _pysqlite_build_py_params. */
    private static PyObject[] params(int argc, MemorySegment argv) {
        PyObject[] out = new PyObject[argc];
        MemorySegment arr = argc == 0 ? argv : argv.reinterpret(argc * ADDRESS.byteSize());
        for (int i = 0; i < argc; i++) {
            MemorySegment v = arr.getAtIndex(ADDRESS, i);
            switch (SqliteLib.value_type(v)) {
                case SqliteLib.SQLITE_INTEGER:
                    out[i] = PyInt.of(SqliteLib.value_int64(v));
                    break;
                case SqliteLib.SQLITE_FLOAT:
                    out[i] = PyFloat.of(SqliteLib.value_double(v));
                    break;
                case SqliteLib.SQLITE_TEXT: {
                    byte[] t = SqliteLib.value_text(v);
                    if (t == null) {
                        throw PyErr.memoryError();
                    }
                    out[i] = SqliteModule.text(t);
                    break;
                }
                case SqliteLib.SQLITE_BLOB:
                    out[i] = new PyBytes(SqliteLib.value_blob(v));
                    break;
                default:
                    out[i] = PyNone.NONE;
            }
        }
        return out;
    }

    /** Compare connection.c: _pysqlite_set_result. */
    private static void setResult(MemorySegment ctx, PyObject v) {
        if (v == PyNone.NONE) {
            SqliteLib.result_null(ctx);
        } else if (v instanceof PyInt i) {
            SqliteLib.result_int64(ctx, SqliteModule.int64(i));
        } else if (v instanceof PyFloat f) {
            SqliteLib.result_double(ctx, f.value);
        } else if (v instanceof PyStr s) {
            SqliteLib.result_text(ctx, SqliteModule.utf8(s));
        } else {
            byte[] b = SqliteModule.bufferBytes(v);
            if (b == null) {
                throw PyErr.of(SqliteModule.ProgrammingError, "User-defined functions cannot return '"
                    + v.type().getName() + "' values to SQLite");
            }
            SqliteLib.result_blob(ctx, b);
        }
    }

    /** Python's exception as a Java error that is not one (stack overflow...): a RuntimeError. */
    private static PyBaseException asPython(Throwable t) {
        if (t instanceof PyBaseException e) {
            return e;
        }
        if (t instanceof StackOverflowError) {
            return PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return PyErr.memoryError();
        }
        return PyErr.systemError("pyvm: " + t);
    }

    /** Compare connection.c: print_or_clear_traceback. */
    private static void printOrClear(PyBaseException e, PyObject callable) {
        if (SqliteModule.enableCallbackTracebacks) {
            Unraisable.report(e, callable);
        }
    }

    /** Compare connection.c: set_sqlite_error. */
    private static void setError(MemorySegment ctx, Throwable t, String msg, PyObject callable) {
        PyBaseException e = asPython(t);
        if (e.type().isSubtypeOf(PyExc.MemoryError)) {
            SqliteLib.result_error_nomem(ctx);
        } else if (e.type().isSubtypeOf(PyExc.OverflowError)) {
            SqliteLib.result_error_toobig(ctx);
        } else {
            SqliteLib.result_error(ctx, msg);
        }
        printOrClear(e, callable);
    }

    // ---- the upcalls (each catches everything)

    static void xFunc(MemorySegment ctx, int argc, MemorySegment argv) {
        boolean gil = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try {
            xFuncBody(ctx, argc, argv);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(gil);
        }
    }

    private static void xFuncBody(MemorySegment ctx, int argc, MemorySegment argv) {
        PyObject fn = null;
        try {
            fn = context(SqliteLib.user_data(ctx));
            PyObject r = Abstract.call(fn, params(argc, argv));
            setResult(ctx, r);
        } catch (Throwable t) {
            safeError(ctx, t, "user-defined function raised exception", fn);
        }
    }

    private static void safeError(MemorySegment ctx, Throwable t, String msg, PyObject callable) {
        try {
            setError(ctx, t, msg, callable);
        } catch (Throwable ignored) {
            // nothing may cross into C
        }
    }

    /** The aggregate instance of this query, made on the first step; null when its __init__ failed. */
    private static PyObject aggregate(MemorySegment ctx, PyObject cls, boolean create) {
        MemorySegment slot = SqliteLib.aggregate_context(ctx, 8);
        if (slot.address() == 0) {
            throw PyErr.memoryError();
        }
        slot = slot.reinterpret(8);
        long id = slot.get(ValueLayout.JAVA_LONG, 0);
        if (id != 0) {
            return AGGREGATES.get(id);
        }
        if (!create) {
            return null;
        }
        PyObject inst = Abstract.call(cls);
        long nid = IDS.incrementAndGet();
        AGGREGATES.put(nid, inst);
        slot.set(ValueLayout.JAVA_LONG, 0, nid);
        return inst;
    }

    static void xStep(MemorySegment ctx, int argc, MemorySegment argv) {
        boolean gil = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try {
            xStepBody(ctx, argc, argv);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(gil);
        }
    }

    private static void xStepBody(MemorySegment ctx, int argc, MemorySegment argv) {
        PyObject cls = null;
        String msg = "user-defined aggregate's '__init__' method raised error";
        try {
            cls = context(SqliteLib.user_data(ctx));
            PyObject inst = aggregate(ctx, cls, true);
            msg = "user-defined aggregate's 'step' method not defined";
            PyObject step = Abstract.getAttr(inst, "step");
            PyObject[] args = params(argc, argv);
            msg = "user-defined aggregate's 'step' method raised error";
            Abstract.call(step, args);
        } catch (Throwable t) {
            safeError(ctx, t, msg, cls);
        }
    }

    static void xFinal(MemorySegment ctx) {
        boolean gil = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try {
            xFinalBody(ctx);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(gil);
        }
    }

    private static void xFinalBody(MemorySegment ctx) {
        PyObject cls = null;
        try {
            cls = context(SqliteLib.user_data(ctx));
            MemorySegment slot = SqliteLib.aggregate_context(ctx, 0);
            if (slot.address() == 0) {
                return;
            }
            long id = slot.reinterpret(8).get(ValueLayout.JAVA_LONG, 0);
            PyObject inst = id == 0 ? null : AGGREGATES.remove(id);
            if (inst == null) {
                return;
            }
            try {
                PyObject r = Abstract.call(Abstract.getAttr(inst, "finalize"));
                setResult(ctx, r);
            } catch (Throwable t) {
                boolean attr = t instanceof PyBaseException e && e.type().isSubtypeOf(PyExc.AttributeError);
                safeError(ctx, t, attr ? "user-defined aggregate's 'finalize' method not defined"
                    : "user-defined aggregate's 'finalize' method raised error", cls);
            }
        } catch (Throwable t) {
            safeError(ctx, t, "user-defined aggregate's 'finalize' method raised error", cls);
        }
    }

    static void xValue(MemorySegment ctx) {
        boolean gil = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try {
            xValueBody(ctx);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(gil);
        }
    }

    private static void xValueBody(MemorySegment ctx) {
        PyObject cls = null;
        try {
            cls = context(SqliteLib.user_data(ctx));
            PyObject inst = aggregate(ctx, cls, false);
            PyObject r;
            try {
                r = Abstract.call(Abstract.getAttr(inst, "value"));
            } catch (Throwable t) {
                boolean attr = t instanceof PyBaseException e && e.type().isSubtypeOf(PyExc.AttributeError);
                safeError(ctx, t, attr ? "user-defined aggregate's 'value' method not defined"
                    : "user-defined aggregate's 'value' method raised error", cls);
                return;
            }
            try {
                setResult(ctx, r);
            } catch (Throwable t) {
                safeError(ctx, t, "unable to set result from user-defined aggregate's 'value' method", cls);
            }
        } catch (Throwable t) {
            safeError(ctx, t, "user-defined aggregate's 'value' method raised error", cls);
        }
    }

    static void xInverse(MemorySegment ctx, int argc, MemorySegment argv) {
        boolean gil = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try {
            xInverseBody(ctx, argc, argv);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(gil);
        }
    }

    private static void xInverseBody(MemorySegment ctx, int argc, MemorySegment argv) {
        PyObject cls = null;
        String msg = "user-defined aggregate's 'inverse' method not defined";
        try {
            cls = context(SqliteLib.user_data(ctx));
            PyObject inst = aggregate(ctx, cls, false);
            PyObject m = Abstract.getAttr(inst, "inverse");
            msg = "unable to build arguments for user-defined aggregate's 'inverse' method";
            PyObject[] args = params(argc, argv);
            msg = "user-defined aggregate's 'inverse' method raised error";
            Abstract.call(m, args);
        } catch (Throwable t) {
            safeError(ctx, t, msg, cls);
        }
    }

    static void xDestroy(MemorySegment p) {
        try {
            CONTEXTS.remove(p.address());
        } catch (Throwable ignored) {
            // nothing may cross into C
        }
    }

    /** Compare connection.c: collation_callback. */
    static int xCompare(MemorySegment p, int n1, MemorySegment d1, int n2, MemorySegment d2) {
        boolean gil = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try {
            return xCompareBody(p, n1, d1, n2, d2);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(gil);
        }
    }

    private static int xCompareBody(MemorySegment p, int n1, MemorySegment d1, int n2, MemorySegment d2) {
        try {
            if (PENDING.get() != null) {
                return 0;
            }
            PyObject fn = context(p);
            PyObject s1 = SqliteModule.text(SqliteLib.bytes(d1, n1));
            PyObject s2 = SqliteModule.text(SqliteLib.bytes(d2, n2));
            PyObject r = Abstract.call(fn, s1, s2);
            try {
                PyInt v = Abstract.index(r);
                if (v.isBig()) {
                    return v.bigValue().signum();
                }
                return Long.signum(v.longValue());
            } catch (PyBaseException e) {
                return 0;
            }
        } catch (Throwable t) {
            try {
                PENDING.set(asPython(t));
            } catch (Throwable ignored) {
                // nothing may cross into C
            }
            return 0;
        }
    }

    private static PyObject strOrNone(MemorySegment p) {
        String s = SqliteLib.cstr(p);
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    /** Compare connection.c: authorizer_callback. */
    static int xAuth(MemorySegment p, int action, MemorySegment a1, MemorySegment a2, MemorySegment dbname,
                     MemorySegment source) {
        boolean gil = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try {
            return xAuthBody(p, action, a1, a2, dbname, source);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(gil);
        }
    }

    private static int xAuthBody(MemorySegment p, int action, MemorySegment a1, MemorySegment a2, MemorySegment dbname,
                     MemorySegment source) {
        PyObject fn = null;
        try {
            fn = context(p);
            PyObject r = Abstract.call(fn, PyInt.of(action), strOrNone(a1), strOrNone(a2), strOrNone(dbname),
                strOrNone(source));
            if (r instanceof PyInt i) {
                if (i.isBig() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
                    throw PyErr.overflowError("Python int too large to convert to C int");
                }
                return (int) i.longValue();
            }
            return SqliteLib.SQLITE_DENY;
        } catch (Throwable t) {
            try {
                printOrClear(asPython(t), fn);
            } catch (Throwable ignored) {
                // nothing may cross into C
            }
            return SqliteLib.SQLITE_DENY;
        }
    }

    /** Compare connection.c: progress_callback. */
    static int xProgress(MemorySegment p) {
        boolean gil = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try {
            return xProgressBody(p);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(gil);
        }
    }

    private static int xProgressBody(MemorySegment p) {
        PyObject fn = null;
        try {
            fn = context(p);
            PyObject r = Abstract.call(fn);
            return Abstract.isTrue(r) ? 1 : 0;
        } catch (Throwable t) {
            try {
                printOrClear(asPython(t), fn);
            } catch (Throwable ignored) {
                // nothing may cross into C
            }
            return -1;
        }
    }

    /** Compare connection.c: trace_callback (sqlite3_trace_v2, SQLITE_TRACE_STMT). */
    static int xTrace(int type, MemorySegment p, MemorySegment stmt, MemorySegment sql) {
        boolean gil = org.pyvm.modules.corelib.NativeGil.enterCallback();
        try {
            return xTraceBody(type, p, stmt, sql);
        } finally {
            org.pyvm.modules.corelib.NativeGil.exitCallback(gil);
        }
    }

    private static int xTraceBody(int type, MemorySegment p, MemorySegment stmt, MemorySegment sql) {
        if (type != SqliteLib.SQLITE_TRACE_STMT) {
            return 0;
        }
        PyObject fn = null;
        try {
            fn = context(p);
            String expanded = SqliteLib.expanded_sql(stmt);
            PyObject text;
            if (expanded == null) {
                printOrClear(PyErr.of(SqliteModule.DataError,
                    "Expanded SQL string exceeds the maximum string length"), fn);
                text = PyStr.of(SqliteLib.cstr(sql));
            } else {
                text = PyStr.of(expanded);
            }
            Abstract.call(fn, text);
        } catch (Throwable t) {
            try {
                printOrClear(asPython(t), fn);
            } catch (Throwable ignored) {
                // nothing may cross into C
            }
        }
        return 0;
    }

    // ---- registration (Connection methods)

    private static void checkThreadAndConnection(ConnectionObject c) {
        c.checkThread();
        c.checkConnection();
    }

    /** create_function(name, narg, func, *, deterministic=False). */
    static void createFunction(ConnectionObject c, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("create_function", args, kw, 3, 3, "name", "narg", "func", "deterministic");
        String name = SqliteModule.cstrArg("create_function", "argument 'name'", a[0]);
        int narg = SqliteModule.intArg(a[1]);
        boolean det = a[3] != null && Abstract.isTrue(a[3]);
        checkThreadAndConnection(c);
        int flags = SqliteLib.SQLITE_UTF8 | (det ? SqliteLib.SQLITE_DETERMINISTIC : 0);
        int rc;
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment nm = SqliteLib.cstring(ar, name);
            if (a[2] == PyNone.NONE) {
                rc = SqliteLib.create_function_v2(c.db, nm, narg, flags, MemorySegment.NULL, MemorySegment.NULL,
                    MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL);
            } else {
                rc = SqliteLib.create_function_v2(c.db, nm, narg, flags, newContext(a[2]), Stubs.FUNC,
                    MemorySegment.NULL, MemorySegment.NULL, Stubs.DESTROY);
            }
        }
        if (rc != SqliteLib.SQLITE_OK) {
            throw PyErr.of(SqliteModule.OperationalError, "Error creating function");
        }
    }

    /** create_aggregate(name, n_arg, aggregate_class). */
    static void createAggregate(ConnectionObject c, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("create_aggregate", args, kw, 3, 3, "name", "n_arg", "aggregate_class");
        String name = SqliteModule.cstrArg("create_aggregate", "argument 'name'", a[0]);
        int narg = SqliteModule.intArg(a[1]);
        checkThreadAndConnection(c);
        int rc;
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment nm = SqliteLib.cstring(ar, name);
            if (a[2] == PyNone.NONE) {
                rc = SqliteLib.create_function_v2(c.db, nm, narg, SqliteLib.SQLITE_UTF8, MemorySegment.NULL,
                    MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL);
            } else {
                rc = SqliteLib.create_function_v2(c.db, nm, narg, SqliteLib.SQLITE_UTF8, newContext(a[2]),
                    MemorySegment.NULL, Stubs.STEP, Stubs.FINAL, Stubs.DESTROY);
            }
        }
        if (rc != SqliteLib.SQLITE_OK) {
            throw PyErr.of(SqliteModule.OperationalError, "Error creating aggregate");
        }
    }

    /** create_window_function(name, num_params, aggregate_class, /). */
    static void createWindowFunction(ConnectionObject c, PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("create_window_function", args, kw, 3);
        String name = SqliteModule.cstrArg("create_window_function", "argument 1", a[0]);
        int narg = SqliteModule.intArg(a[1]);
        checkThreadAndConnection(c);
        int rc;
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment nm = SqliteLib.cstring(ar, name);
            MemorySegment n = MemorySegment.NULL;
            if (a[2] == PyNone.NONE) {
                rc = SqliteLib.create_window_function(c.db, nm, narg, SqliteLib.SQLITE_UTF8, n, n, n, n, n, n);
            } else {
                rc = SqliteLib.create_window_function(c.db, nm, narg, SqliteLib.SQLITE_UTF8, newContext(a[2]),
                    Stubs.STEP, Stubs.FINAL, Stubs.VALUE, Stubs.INVERSE, Stubs.DESTROY);
            }
        }
        if (rc != SqliteLib.SQLITE_OK) {
            throw PyErr.of(SqliteModule.ProgrammingError, SqliteLib.errstr(rc));
        }
    }

    /** create_collation(name, callback, /). */
    static void createCollation(ConnectionObject c, PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("create_collation", args, kw, 2);
        String name = SqliteModule.cstrArg("create_collation", "argument 1", a[0]);
        checkThreadAndConnection(c);
        int rc;
        MemorySegment ctx = MemorySegment.NULL;
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment nm = SqliteLib.cstring(ar, name);
            if (a[1] == PyNone.NONE) {
                rc = SqliteLib.create_collation_v2(c.db, nm, SqliteLib.SQLITE_UTF8, MemorySegment.NULL,
                    MemorySegment.NULL, MemorySegment.NULL);
            } else {
                if (!callable(a[1])) {
                    throw PyErr.typeError("parameter must be callable");
                }
                ctx = newContext(a[1]);
                rc = SqliteLib.create_collation_v2(c.db, nm, SqliteLib.SQLITE_UTF8, ctx, Stubs.COMPARE,
                    Stubs.DESTROY);
            }
        }
        if (rc != SqliteLib.SQLITE_OK) {
            if (ctx.address() != 0) {
                CONTEXTS.remove(ctx.address());
            }
            throw SqliteModule.failure(c.db);
        }
    }

    private static void dropContext(long id) {
        if (id != 0) {
            CONTEXTS.remove(id);
        }
    }

    /** set_authorizer(authorizer_callback). */
    static void setAuthorizer(ConnectionObject c, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("set_authorizer", args, kw, 1, 1, "authorizer_callback");
        checkThreadAndConnection(c);
        int rc;
        long old = c.authorizerCtx;
        if (a[0] == PyNone.NONE) {
            rc = SqliteLib.set_authorizer(c.db, MemorySegment.NULL, MemorySegment.NULL);
            c.authorizerCtx = 0;
        } else {
            MemorySegment ctx = newContext(a[0]);
            rc = SqliteLib.set_authorizer(c.db, Stubs.AUTH, ctx);
            c.authorizerCtx = ctx.address();
        }
        dropContext(old);
        if (rc != SqliteLib.SQLITE_OK) {
            dropContext(c.authorizerCtx);
            c.authorizerCtx = 0;
            throw PyErr.of(SqliteModule.OperationalError, "Error setting authorizer callback");
        }
    }

    /** set_progress_handler(progress_handler, n). */
    static void setProgressHandler(ConnectionObject c, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("set_progress_handler", args, kw, 2, 2, "progress_handler", "n");
        int n = SqliteModule.intArg(a[1]);
        checkThreadAndConnection(c);
        long old = c.progressCtx;
        if (a[0] == PyNone.NONE) {
            SqliteLib.progress_handler(c.db, 0, MemorySegment.NULL, MemorySegment.NULL);
            c.progressCtx = 0;
        } else {
            MemorySegment ctx = newContext(a[0]);
            SqliteLib.progress_handler(c.db, n, Stubs.PROGRESS, ctx);
            c.progressCtx = ctx.address();
        }
        dropContext(old);
    }

    /** set_trace_callback(trace_callback). */
    static void setTraceCallback(ConnectionObject c, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("set_trace_callback", args, kw, 1, 1, "trace_callback");
        checkThreadAndConnection(c);
        long old = c.traceCtx;
        if (a[0] == PyNone.NONE) {
            SqliteLib.trace_v2(c.db, SqliteLib.SQLITE_TRACE_STMT, MemorySegment.NULL, MemorySegment.NULL);
            c.traceCtx = 0;
        } else {
            MemorySegment ctx = newContext(a[0]);
            SqliteLib.trace_v2(c.db, SqliteLib.SQLITE_TRACE_STMT, Stubs.TRACE, ctx);
            c.traceCtx = ctx.address();
        }
        dropContext(old);
    }

    /** Forgets the connection's trace, progress and authorizer callbacks (after close). */
    static void removeAll(ConnectionObject c) {
        dropContext(c.traceCtx);
        dropContext(c.progressCtx);
        dropContext(c.authorizerCtx);
        c.traceCtx = c.progressCtx = c.authorizerCtx = 0;
    }
}
