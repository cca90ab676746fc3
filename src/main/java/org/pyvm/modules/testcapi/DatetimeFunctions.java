package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _testcapi's datetime C API functions (datetimetester's CapiTest): the PyDate_Check family
 * (exact or not), the constructors PyDate_FromDate, PyDateTime_FromDateAndTime(AndFold),
 * PyTime_FromTime(AndFold), PyDelta_FromDSU, PyTimeZone_FromOffset(AndName), the
 * from-timestamp constructors, and the field macros PyDateTime_GET_* etc. Each calls the
 * _datetime module's types as the C API's capsule functions call them; the macro and
 * function forms of a constructor (the MACRO argument) are the same call here. Compare
 * CPython Modules/_testcapi/datetime.c.
 */
final class DatetimeFunctions {

    private DatetimeFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(DatetimeFunctions.class);
    }

    private static PyObject datetimeModule() {
        return CodeRunner.get().importName("_datetime", null, PyTuple.EMPTY, 0);
    }

    private static PyType type(String name) {
        return (PyType) Abstract.getAttr(datetimeModule(), name);
    }

    private static PyObject check(PyObject o, PyObject exact, String typeName) {
        PyType t = type(typeName);
        boolean ok = exact != null && Abstract.isTrue(exact) ? o.type() == t : o.type().isSubtypeOf(t);
        return PyBool.of(ok);
    }

    private static PyObject i(PyObject o) {
        return PyInt.of(Abstract.asCInt(o));
    }

    /** test_datetime_capi(): PyDateTime_IMPORT; the capsule is the _datetime module's. */
    @ExposedMethod
    static void test_datetime_capi() {
        datetimeModule();
    }

    @ExposedMethod(min = 1)
    static PyObject datetime_check_date(PyObject o, PyObject exact) {
        return check(o, exact, "date");
    }

    @ExposedMethod(min = 1)
    static PyObject datetime_check_time(PyObject o, PyObject exact) {
        return check(o, exact, "time");
    }

    @ExposedMethod(min = 1)
    static PyObject datetime_check_datetime(PyObject o, PyObject exact) {
        return check(o, exact, "datetime");
    }

    @ExposedMethod(min = 1)
    static PyObject datetime_check_delta(PyObject o, PyObject exact) {
        return check(o, exact, "timedelta");
    }

    @ExposedMethod(min = 1)
    static PyObject datetime_check_tzinfo(PyObject o, PyObject exact) {
        return check(o, exact, "tzinfo");
    }

    /** make_timezones_capi(): EST as PyTimeZone_FromOffsetAndName, its macro, and without a name. */
    @ExposedMethod
    static PyObject make_timezones_capi() {
        PyObject offset = Abstract.call(type("timedelta"), PyInt.ZERO, PyInt.of(-18000));
        PyType tz = type("timezone");
        PyObject est = Abstract.call(tz, offset, PyStr.of("EST"));
        return PyTuple.of(est, Abstract.call(tz, offset, PyStr.of("EST")), Abstract.call(tz, offset));
    }

    /** get_timezones_offset_zero(): offset 0 without a name (UTC, twice) and named "". */
    @ExposedMethod
    static PyObject get_timezones_offset_zero() {
        PyObject zero = Abstract.call(type("timedelta"), PyInt.ZERO);
        PyType tz = type("timezone");
        return PyTuple.of(Abstract.call(tz, zero), Abstract.call(tz, zero), Abstract.call(tz, zero, PyStr.EMPTY));
    }

    @ExposedMethod
    static PyObject get_timezone_utc_capi(PyObject macro) {
        return Abstract.getAttr(type("timezone"), "utc");
    }

    @ExposedMethod
    static PyObject get_date_fromdate(PyObject macro, PyObject y, PyObject m, PyObject d) {
        return Abstract.call(type("date"), i(y), i(m), i(d));
    }

    @ExposedMethod
    static PyObject get_datetime_fromdateandtime(PyObject[] args, String[] kw) {
        org.pyvm.modules.corelib.Args.exact("get_datetime_fromdateandtime", args, kw, 8);
        return Abstract.call(type("datetime"), i(args[1]), i(args[2]), i(args[3]), i(args[4]), i(args[5]), i(args[6]),
            i(args[7]));
    }

    @ExposedMethod
    static PyObject get_datetime_fromdateandtimeandfold(PyObject[] args, String[] kw) {
        org.pyvm.modules.corelib.Args.exact("get_datetime_fromdateandtimeandfold", args, kw, 9);
        return Abstract.call(type("datetime"), new PyObject[] {i(args[1]), i(args[2]), i(args[3]), i(args[4]),
            i(args[5]), i(args[6]), i(args[7]), i(args[8])}, new String[] {"fold"});
    }

    @ExposedMethod
    static PyObject get_time_fromtime(PyObject macro, PyObject h, PyObject m, PyObject s, PyObject us) {
        return Abstract.call(type("time"), i(h), i(m), i(s), i(us));
    }

    @ExposedMethod
    static PyObject get_time_fromtimeandfold(PyObject[] args, String[] kw) {
        org.pyvm.modules.corelib.Args.exact("get_time_fromtimeandfold", args, kw, 6);
        return Abstract.call(type("time"), new PyObject[] {i(args[1]), i(args[2]), i(args[3]), i(args[4]), i(args[5])},
            new String[] {"fold"});
    }

    @ExposedMethod
    static PyObject get_delta_fromdsu(PyObject macro, PyObject d, PyObject s, PyObject us) {
        return Abstract.call(type("timedelta"), i(d), i(s), i(us));
    }

    /** get_date_fromtimestamp(ts, macro=0): PyDate_FromTimestamp((ts,)). */
    @ExposedMethod(min = 1)
    static PyObject get_date_fromtimestamp(PyObject ts, PyObject macro) {
        return Abstract.call(Abstract.getAttr(type("date"), "fromtimestamp"), ts);
    }

    /** get_datetime_fromtimestamp(ts, tzinfo=None, usetz=0, macro=0): PyDateTime_FromTimestamp((ts[, tzinfo])). */
    @ExposedMethod(min = 1)
    static PyObject get_datetime_fromtimestamp(PyObject ts, PyObject tz, PyObject usetz, PyObject macro) {
        PyObject f = Abstract.getAttr(type("datetime"), "fromtimestamp");
        boolean withTz = usetz != null && Abstract.isTrue(usetz);
        return withTz ? Abstract.call(f, ts, tz == null ? PyNone.NONE : tz) : Abstract.call(f, ts);
    }

    /** PyDateTime_GET_YEAR, _MONTH, _DAY. */
    @ExposedMethod
    static PyObject PyDateTime_GET(PyObject d) {
        return PyTuple.of(Abstract.getAttr(d, "year"), Abstract.getAttr(d, "month"), Abstract.getAttr(d, "day"));
    }

    /** PyDateTime_DATE_GET_HOUR ... _TZINFO (None for a naive datetime). */
    @ExposedMethod
    static PyObject PyDateTime_DATE_GET(PyObject d) {
        return timeFields(d);
    }

    /** PyDateTime_TIME_GET_HOUR ... _TZINFO. */
    @ExposedMethod
    static PyObject PyDateTime_TIME_GET(PyObject t) {
        return timeFields(t);
    }

    private static PyObject timeFields(PyObject o) {
        return PyTuple.of(Abstract.getAttr(o, "hour"), Abstract.getAttr(o, "minute"), Abstract.getAttr(o, "second"),
            Abstract.getAttr(o, "microsecond"), Abstract.getAttr(o, "tzinfo"));
    }

    /** PyDateTime_DELTA_GET_DAYS, _SECONDS, _MICROSECONDS. */
    @ExposedMethod
    static PyObject PyDateTime_DELTA_GET(PyObject d) {
        return PyTuple.of(Abstract.getAttr(d, "days"), Abstract.getAttr(d, "seconds"), Abstract.getAttr(d, "microseconds"));
    }
}
