package org.pyvm.runtime;

/**
 * Reports an exception that cannot be raised (a generator's finalizer, a weakref callback)
 * through sys.unraisablehook. The hook's arguments are built by the sys module, which
 * installs itself here at start-up ({@link #install}); before that (or if it is missing)
 * the report is written to sys.stderr in CPython's default format. Compare CPython
 * Python/errors.c: PyErr_WriteUnraisable (an exception without a traceback gets one made
 * from the frame running now, as _PyTraceBack_FromFrame does there).
 */
public final class Unraisable {

    private Unraisable() {}

    /** The sys module's reporter: E, the message (null: "Exception ignored in"), the object. */
    public interface Reporter {
        void report(PyBaseException e, String errMsg, PyObject obj);
    }

    private static volatile Reporter reporter;

    public static void install(Reporter r) {
        reporter = r;
    }

    /** Reports E raised in OBJ's finalizer or callback (OBJ may be null). Never raises. */
    public static void report(PyBaseException e, PyObject obj) {
        report(e, null, obj);
    }

    /** {@link #report(PyBaseException, PyObject)} with CPython's err_msg argument. */
    public static void report(PyBaseException e, String errMsg, PyObject obj) {
        if (e.traceback == null) {
            PyFrame f = CodeRunner.get().currentFrame();
            if (f != null) {
                e.traceback = new PyTraceback(null, f, f.lasti());
            }
        }
        try {
            Reporter r = reporter;
            if (r != null) {
                r.report(e, errMsg, obj);
                return;
            }
            PyObject sys = PyRuntime.modules.getStr("sys");
            PyObject err = sys == null ? null : Abstract.lookupAttr(sys, "stderr");
            if (err == null || err == PyNone.NONE) {
                return;
            }
            // Without an object only the message, if any, comes first (write_unraisable_exc_file).
            String head = obj != null && obj != PyNone.NONE
                ? (errMsg == null ? "Exception ignored in" : errMsg) + ": " + Abstract.repr(obj).value() + "\n"
                : errMsg != null ? errMsg + ":\n" : "";
            String text = head + TracebackPrinter.format(e);
            Abstract.call(Abstract.getAttr(err, "write"), PyStr.of(text));
        } catch (PyBaseException ignored) {
            // Nothing sensible is left to report to.
        }
    }
}
