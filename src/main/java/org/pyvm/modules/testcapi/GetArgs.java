package org.pyvm.modules.testcapi;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBuffer;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyComplex;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The argument parser of CPython's C functions, PyArg_ParseTuple and
 * PyArg_ParseTupleAndKeywords, for the format units _testcapi's getargs_* functions use
 * (test_capi.test_getargs checks their conversions and error messages): the integer units
 * b B h H i I k l n L K p, the float units f d D, the object units O S U Y c C, the string
 * and buffer units s z y with # and *, w* (a writable buffer), es/et, nested tuples, | and
 * $, ":name" and ";message", and callers compiled without PY_SSIZE_T_CLEAN. "u"/"Z" are
 * unknown units as in 3.12; O!/O&/O? are not built: a format using them raises SystemError
 * saying so. pyvm's own builtins parse their arguments in
 * Java; this exists only to give the C parser's observable behaviour to those tests.
 * Each converted value is returned as the Python object the C caller builds from it
 * (an int for the integer units, masked as C stores it).
 * Compare CPython Python/getargs.c: vgetargs1_impl, vgetargskeywords, convertitem,
 * converttuple, convertsimple, seterror, converterr.
 */
final class GetArgs {

    private GetArgs() {}

    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** A conversion refused with getargs.c's message (its msgbuf), the item path in LEVELS. */
    private static final class ConvError extends RuntimeException {
        final String msg;
        final List<Integer> levels = new ArrayList<>();

        ConvError(String msg) {
            super(msg, null, false, false);
            this.msg = msg;
        }
    }

    /** The position in the format string while it is read. */
    private static final class Cursor {
        final String f;
        int p;
        /** The encodings the "e" units take from C's variable arguments, in order (null: none given). */
        String[] encodings;
        int nextEncoding;
        /**
         * Whether the caller was compiled with PY_SSIZE_T_CLEAN: without it a "#" unit, converted
         * or skipped, is a SystemError (3.12 no longer writes an int length).
         */
        boolean ssizeClean = true;

        /** After a "#": REQUIRE_PY_SSIZE_T_CLEAN. */
        void requireSsizeClean() {
            if (!ssizeClean) {
                throw PyErr.of(PyExc.SystemError, "PY_SSIZE_T_CLEAN macro must be defined for '#' formats");
            }
        }

        Cursor(String f) {
            this.f = f;
        }

        /** The next "e" unit's encoding; null (NULL: the default encoding, UTF-8) when none was given. */
        String encoding() {
            return encodings != null && nextEncoding < encodings.length ? encodings[nextEncoding++] : null;
        }

        char peek() {
            return p < f.length() ? f.charAt(p) : '\0';
        }

        char next() {
            return p < f.length() ? f.charAt(p++) : '\0';
        }
    }

    private static boolean endOfFormat(char c) {
        return c == '\0' || c == ':' || c == ';';
    }

    /**
     * PyArg_Parse(arg, format, ...) with one unit: ARG converted, a refusal worded for "argument"
     * without a number. ENCODINGS are the "e" units' encoding arguments.
     */
    static PyObject parse(PyObject arg, String format, String... encodings) {
        List<PyObject> out = new ArrayList<>();
        Cursor c = new Cursor(format);
        c.encodings = encodings;
        try {
            convertItem(arg, c, out);
        } catch (ConvError e) {
            throw setError(0, e, null, null);
        }
        return out.get(0);
    }

    /** PyArg_ParseTuple(args, format, ...): the converted values in format order. */
    static List<PyObject> parseTuple(PyObject[] args, String format) {
        return parseTuple(args, format, null);
    }

    /** PyArg_ParseTuple(args, format, ...) whose "e" units take ENCODINGS, in order. */
    static List<PyObject> parseTuple(PyObject[] args, String format, String[] encodings) {
        String fname = null;
        String message = null;
        int level = 0;
        int max = 0;
        int min = -1;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '(') {
                if (level == 0) {
                    max++;
                }
                level++;
            } else if (c == ')') {
                level--;
            } else if (c == ':') {
                fname = format.substring(i + 1);
                break;
            } else if (c == ';') {
                message = format.substring(i + 1);
                break;
            } else if (c == '|') {
                min = max;
            } else if (level == 0 && Character.isLetter(c) && c != 'e') {
                max++;
            }
        }
        if (min < 0) {
            min = max;
        }
        int nargs = args.length;
        if (nargs < min || max < nargs) {
            if (message != null) {
                throw PyErr.typeError(message);
            }
            int n = nargs < min ? min : max;
            throw PyErr.typeError(name(fname) + " takes " + (min == max ? "exactly" : nargs < min ? "at least" : "at most")
                + " " + n + " argument" + (n == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        List<PyObject> out = new ArrayList<>();
        Cursor c = new Cursor(format);
        c.encodings = encodings;
        for (int i = 0; i < nargs; i++) {
            if (c.peek() == '|') {
                c.p++;
            }
            try {
                convertItem(args[i], c, out);
            } catch (ConvError e) {
                throw setError(i + 1, e, fname, message);
            }
        }
        char rest = c.peek();
        if (rest != '\0' && !Character.isLetter(rest) && rest != '(' && rest != '|' && rest != ':' && rest != ';') {
            throw PyErr.of(PyExc.SystemError, "bad format string: " + format);
        }
        return out;
    }

    /**
     * PyArg_ParseTupleAndKeywords(args, kwargs, format, kwlist, ...): ARGS as a vectorcall
     * passes them (the last KWNAMES.length values are keywords). Values not given are null.
     */
    static List<PyObject> parseTupleAndKeywords(PyObject[] args, String[] kwnames, String format, String[] kwlist) {
        return parseTupleAndKeywords(args, kwnames, format, kwlist, null);
    }

    /** PyArg_ParseTupleAndKeywords whose "e" units take ENCODINGS, in order. */
    static List<PyObject> parseTupleAndKeywords(PyObject[] args, String[] kwnames, String format, String[] kwlist,
                                                String[] encodings) {
        return parseTupleAndKeywords(args, kwnames, format, kwlist, encodings, true);
    }

    /**
     * PyArg_ParseTupleAndKeywords as called by a C file compiled with or without
     * PY_SSIZE_T_CLEAN (SSIZECLEAN).
     */
    static List<PyObject> parseTupleAndKeywords(PyObject[] args, String[] kwnames, String format, String[] kwlist,
                                                String[] encodings, boolean ssizeClean) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int nargs = args.length - nkw;
        int colon = indexOfAny(format, ":;");
        String fname = colon >= 0 && format.charAt(colon) == ':' ? format.substring(colon + 1) : null;
        String custom = colon >= 0 && format.charAt(colon) == ';' ? format.substring(colon + 1) : null;
        int pos = 0;
        while (pos < kwlist.length && kwlist[pos].isEmpty()) {
            pos++;
        }
        int len = pos;
        for (; len < kwlist.length; len++) {
            if (kwlist[len].isEmpty()) {
                throw PyErr.of(PyExc.SystemError, "Empty keyword parameter name");
            }
        }
        int nkwargs = nkw;
        if (nargs + nkwargs > len) {
            throw PyErr.typeError(name(fname) + " takes at most " + len + " " + (nargs == 0 ? "keyword " : "")
                + "argument" + (len == 1 ? "" : "s") + " (" + (nargs + nkwargs) + " given)");
        }
        List<PyObject> out = new ArrayList<>();
        Cursor c = new Cursor(format);
        c.encodings = encodings;
        c.ssizeClean = ssizeClean;
        int min = Integer.MAX_VALUE;
        int max = Integer.MAX_VALUE;
        boolean skip = false;
        int i;
        for (i = 0; i < len; i++) {
            if (c.peek() == '|') {
                if (min != Integer.MAX_VALUE) {
                    throw PyErr.of(PyExc.SystemError, "Invalid format string (| specified twice)");
                }
                min = i;
                c.p++;
                if (max != Integer.MAX_VALUE) {
                    throw PyErr.of(PyExc.SystemError, "Invalid format string ($ before |)");
                }
            }
            if (c.peek() == '$') {
                if (max != Integer.MAX_VALUE) {
                    throw PyErr.of(PyExc.SystemError, "Invalid format string ($ specified twice)");
                }
                max = i;
                c.p++;
                if (max < pos) {
                    throw PyErr.of(PyExc.SystemError, "Empty parameter name after $");
                }
                if (skip) {
                    break;
                }
                if (max < nargs) {
                    if (max == 0) {
                        throw PyErr.typeError(name(fname) + " takes no positional arguments");
                    }
                    throw PyErr.typeError(name(fname) + " takes " + (min != Integer.MAX_VALUE ? "at most" : "exactly") + " "
                        + max + " positional argument" + (max == 1 ? "" : "s") + " (" + nargs + " given)");
                }
            }
            if (endOfFormat(c.peek())) {
                throw PyErr.of(PyExc.SystemError, "More keyword list entries (" + len
                    + ") than format specifiers (" + i + ")");
            }
            if (!skip) {
                PyObject current = null;
                if (i < nargs) {
                    current = args[i];
                } else if (nkwargs > 0 && i >= pos) {
                    current = keyword(args, kwnames, kwlist[i]);
                    if (current != null) {
                        nkwargs--;
                    }
                }
                if (current != null) {
                    try {
                        convertItem(current, c, out);
                    } catch (ConvError e) {
                        throw setError(i + 1, e, fname, custom);
                    }
                    continue;
                }
                if (i < min) {
                    if (i < pos) {
                        // How many positional arguments are allowed is known at | or $ or the end.
                        skip = true;
                    } else {
                        throw PyErr.typeError(name(fname) + " missing required argument '" + kwlist[i] + "' (pos "
                            + (i + 1) + ")");
                    }
                }
                if (nkwargs == 0 && !skip) {
                    return pad(out, format);
                }
            }
            skipItem(c, out);
        }
        if (skip) {
            int n = Math.min(pos, min);
            throw PyErr.typeError(name(fname) + " takes " + (n < i ? "at least" : "exactly") + " " + n
                + " positional argument" + (n == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        char rest = c.peek();
        if (!endOfFormat(rest) && rest != '|' && rest != '$') {
            throw PyErr.of(PyExc.SystemError, "more argument specifiers than keyword list entries (remaining format:'"
                + c.f.substring(c.p) + "')");
        }
        if (nkwargs > 0) {
            for (int k = pos; k < nargs; k++) {
                if (keyword(args, kwnames, kwlist[k]) != null) {
                    throw PyErr.typeError("argument for " + name(fname) + " given by name ('" + kwlist[k]
                        + "') and position (" + (k + 1) + ")");
                }
            }
            for (String key : kwnames) {
                boolean match = false;
                for (int k = pos; k < len; k++) {
                    match |= kwlist[k].equals(key);
                }
                if (!match) {
                    throw PyErr.typeError("'" + key + "' is an invalid keyword argument for "
                        + (fname == null ? "this function" : fname + "()"));
                }
            }
            throw PyErr.typeError("invalid keyword argument for " + (fname == null ? "this function" : fname + "()"));
        }
        return pad(out, format);
    }

    /** The values not reached stay unset (null), as the C variables keep their initial values. */
    private static List<PyObject> pad(List<PyObject> out, String format) {
        int units = 0;
        for (int i = 0; i < format.length() && !endOfFormat(format.charAt(i)); i++) {
            char c = format.charAt(i);
            if (Character.isLetter(c) && c != 'e') {
                units++;
            }
        }
        while (out.size() < units) {
            out.add(null);
        }
        return out;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static PyObject keyword(PyObject[] args, String[] kwnames, String name) {
        int nargs = args.length - kwnames.length;
        for (int k = 0; k < kwnames.length; k++) {
            if (kwnames[k].equals(name)) {
                return args[nargs + k];
            }
        }
        return null;
    }

    private static String name(String fname) {
        return fname == null ? "function" : fname + "()";
    }

    /** Compare getargs.c: seterror. */
    private static RuntimeException setError(int iarg, ConvError e, String fname, String message) {
        String text = message;
        if (text == null) {
            StringBuilder b = new StringBuilder();
            if (fname != null) {
                b.append(fname).append("() ");
            }
            b.append("argument");
            if (iarg != 0) {
                b.append(' ').append(iarg);
                for (int lv : e.levels) {
                    b.append(", item ").append(lv - 1);
                }
            }
            b.append(' ').append(e.msg);
            text = b.toString();
        }
        return e.msg.startsWith("(") ? PyErr.of(PyExc.SystemError, text) : PyErr.typeError(text);
    }

    /** Compare getargs.c: converterr. */
    private static ConvError converterr(String expected, PyObject arg) {
        return new ConvError(expected.startsWith("(") ? expected
            : "must be " + expected + ", not " + (arg == PyNone.NONE ? "None" : arg.type().getName()));
    }

    private static void convertItem(PyObject arg, Cursor c, List<PyObject> out) {
        if (c.peek() == '(') {
            c.p++;
            convertTuple(arg, c, out);
            c.p++;   // the ')'
        } else {
            convertSimple(arg, c, out);
        }
    }

    /** Compare getargs.c: converttuple (not toplevel). */
    private static void convertTuple(PyObject arg, Cursor c, List<PyObject> out) {
        int n = 0;
        int level = 0;
        for (int i = c.p; i < c.f.length(); i++) {
            char ch = c.f.charAt(i);
            if (ch == '(') {
                if (level == 0) {
                    n++;
                }
                level++;
            } else if (ch == ')') {
                if (level == 0) {
                    break;
                }
                level--;
            } else if (ch == ':' || ch == ';' || ch == '\0') {
                break;
            } else if (level == 0 && Character.isLetter(ch) && ch != 'e') {
                n++;
            }
        }
        if (!isSequence(arg) || arg instanceof PyBytes) {
            throw new ConvError("must be " + n + "-item sequence, not " + (arg == PyNone.NONE ? "None" : arg.type().getName()));
        }
        long size = Abstract.len(arg);
        if (size != n) {
            throw new ConvError("must be sequence of length " + n + ", not " + size);
        }
        for (int i = 0; i < n; i++) {
            PyObject item;
            try {
                item = Abstract.getItem(arg, PyInt.of(i));
            } catch (org.pyvm.runtime.PyBaseException e) {
                ConvError ce = new ConvError("is not retrievable");
                ce.levels.add(i + 1);
                throw ce;
            }
            try {
                convertItem(item, c, out);
            } catch (ConvError e) {
                e.levels.add(0, i + 1);
                throw e;
            }
        }
    }

    /** Compare abstract.c: PySequence_Check (a __getitem__, and not a dict). */
    private static boolean isSequence(PyObject o) {
        return !(o instanceof org.pyvm.runtime.PyDict) && o.type().lookup("__getitem__") != null;
    }

    /**
     * Advances over one unit without converting (an optional argument not given), or raises
     * SystemError "MESSAGE: 'REST OF FORMAT'" for a unit that does not exist, as
     * vgetargskeywords reports skipitem's message.
     */
    private static void skipItem(Cursor c, List<PyObject> out) {
        int start = c.p;
        String msg = skipUnit(c, out);
        if (msg != null) {
            throw PyErr.of(PyExc.SystemError, msg + ": '" + c.f.substring(start) + "'");
        }
    }

    /**
     * One unit skipped: its value left unset (null) and the cursor after it, or the error
     * message. Only the suffixes a unit takes are read with it ("#" after s z y w and es et,
     * "*" after s z y w, "!" and "&" after O); any other character is a unit of its own.
     * Compare getargs.c: skipitem.
     */
    private static String skipUnit(Cursor c, List<PyObject> out) {
        int save = c.p;
        char ch = c.next();
        switch (ch) {
            case 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'k', 'L', 'K', 'n', 'f', 'd', 'D', 'c', 'C', 'p', 'S', 'Y', 'U' -> {
                out.add(null);
                return null;
            }
            case 'e', 's', 'z', 'y', 'w' -> {
                if (ch == 'e') {
                    c.encoding();
                    // after 'e', only 's' and 't' are allowed
                    if (c.peek() != 's' && c.peek() != 't') {
                        c.p = save;
                        return "impossible<bad format char>";
                    }
                    c.p++;
                }
                if (c.peek() == '#') {
                    if (!c.ssizeClean) {
                        return "PY_SSIZE_T_CLEAN macro must be defined for '#' formats";
                    }
                    c.p++;
                } else if (ch != 'e' && c.peek() == '*') {
                    c.p++;
                }
                out.add(null);
                return null;
            }
            case 'O' -> {
                if (c.peek() == '!' || c.peek() == '&') {
                    c.p++;
                }
                out.add(null);
                return null;
            }
            case '(' -> {
                while (c.peek() != ')') {
                    if (endOfFormat(c.peek())) {
                        return "Unmatched left paren in format string";
                    }
                    String msg = skipUnit(c, out);
                    if (msg != null) {
                        return msg;
                    }
                }
                c.p++;
                return null;
            }
            case ')' -> {
                c.p = save;
                return "Unmatched right paren in format string";
            }
            default -> {
                c.p = save;
                return "impossible<bad format char>";
            }
        }
    }

    private static PyInt asLong(PyObject arg) {
        if (arg instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt v = Abstract.index(arg);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return v;
    }

    /** PyLong_AsUnsignedLongMask / ...LongLongMask: the value modulo 2**64. */
    private static BigInteger mask(PyObject arg) {
        return Abstract.index(arg).bigValue().and(MASK64);
    }

    /** Compare getargs.c: convertsimple. */
    private static void convertSimple(PyObject arg, Cursor c, List<PyObject> out) {
        char u = c.next();
        switch (u) {
            case 'b' -> {
                long v = asLong(arg).longValue();
                if (v < 0) {
                    throw PyErr.overflowError("unsigned byte integer is less than minimum");
                } else if (v > 0xff) {
                    throw PyErr.overflowError("unsigned byte integer is greater than maximum");
                }
                out.add(PyInt.of(v));
            }
            case 'B' -> out.add(PyInt.of(mask(arg).longValue() & 0xff));
            case 'h' -> {
                long v = asLong(arg).longValue();
                if (v < Short.MIN_VALUE) {
                    throw PyErr.overflowError("signed short integer is less than minimum");
                } else if (v > Short.MAX_VALUE) {
                    throw PyErr.overflowError("signed short integer is greater than maximum");
                }
                out.add(PyInt.of(v));
            }
            case 'H' -> out.add(PyInt.of(mask(arg).longValue() & 0xffff));
            case 'i' -> {
                long v = asLong(arg).longValue();
                if (v > Integer.MAX_VALUE) {
                    throw PyErr.overflowError("signed integer is greater than maximum");
                } else if (v < Integer.MIN_VALUE) {
                    throw PyErr.overflowError("signed integer is less than minimum");
                }
                out.add(PyInt.of(v));
            }
            case 'I' -> out.add(PyInt.of(mask(arg).longValue() & 0xffffffffL));
            case 'n' -> {
                PyInt v = Abstract.index(arg);
                if (v.isBig()) {
                    throw PyErr.overflowError("Python int too large to convert to C ssize_t");
                }
                out.add(v.type() == PyInt.TYPE ? v : PyInt.of(v.longValue()));
            }
            case 'l' -> out.add(PyInt.of(asLong(arg).longValue()));
            case 'k', 'K' -> {
                if (!(arg instanceof PyInt)) {
                    throw converterr("int", arg);
                }
                out.add(PyInt.of(mask(arg)));
            }
            case 'L' -> {
                if (arg instanceof PyFloat) {
                    throw PyErr.typeError("'float' object cannot be interpreted as an integer");
                }
                PyInt v = Abstract.index(arg);
                if (v.isBig()) {
                    throw PyErr.overflowError("int too big to convert");   // PyLong_AsLongLong's message
                }
                out.add(PyInt.of(v.longValue()));
            }
            case 'p' -> out.add(PyInt.of(Abstract.isTrue(arg) ? 1 : 0));
            case 'f' -> out.add(PyFloat.of((float) asDouble(arg)));
            case 'd' -> out.add(PyFloat.of(asDouble(arg)));
            case 'D' -> out.add(asComplex(arg));
            case 'c' -> {
                byte[] b = arg instanceof PyBytes || arg instanceof PyByteArray ? PyByteArray.bytesOf(arg) : null;
                if (b == null || b.length != 1) {
                    throw converterr("a byte string of length 1", arg);
                }
                out.add(PyInt.of(b[0] & 0xff));
            }
            case 'C' -> {
                if (!(arg instanceof PyStr s) || s.length() != 1) {
                    throw converterr("a unicode character", arg);
                }
                out.add(PyInt.of(s.toString().codePointAt(0)));
            }
            case 'O' -> {
                if (c.peek() == '!' || c.peek() == '&') {
                    throw PyErr.of(PyExc.SystemError, "pyvm: getargs format unit 'O" + c.peek() + "' is not supported");
                }
                out.add(arg);
            }
            case 'S' -> out.add(checked(arg, arg instanceof PyBytes, "bytes"));
            case 'Y' -> out.add(checked(arg, arg instanceof PyByteArray, "bytearray"));
            case 'U' -> out.add(checked(arg, arg instanceof PyStr, "str"));
            case 's', 'z' -> out.add(stringUnit(arg, c, u == 'z'));
            case 'y' -> out.add(bytesUnit(arg, c));
            case 'e' -> out.add(encodedUnit(arg, c));
            case 'w' -> out.add(writableBuffer(arg, c));
            default -> throw new ConvError("(impossible<bad format char>)");
        }
    }

    /**
     * es, et, es#, et#: a str encoded with the unit's encoding (NULL: UTF-8), or with "t" a
     * bytes or bytearray as it is; without "#" the result may hold no NUL. An encoding error
     * is raised as it is (getargs.c's "(encoding failed)" gives way to it). Compare
     * getargs.c: convertsimple, case 'e'.
     */
    private static PyObject encodedUnit(PyObject arg, Cursor c) {
        String encoding = c.encoding();
        char mode = c.peek();
        if (mode != 's' && mode != 't') {
            throw new ConvError("(unknown parser marker combination)");
        }
        c.p++;
        byte[] data;
        if (mode == 't' && (arg instanceof PyBytes || arg instanceof PyByteArray)) {
            data = PyByteArray.bytesOf(arg).clone();
        } else if (arg instanceof PyStr s) {
            data = org.pyvm.runtime.codecs.CodecRegistry.encode(s, encoding == null ? "utf-8" : encoding, "strict")
                .bytes();
        } else {
            throw converterr(mode == 's' ? "str" : "str, bytes or bytearray", arg);
        }
        if (c.peek() == '#') {
            c.requireSsizeClean();
            c.p++;
        } else if (hasNul(data)) {
            throw converterr("encoded string without null bytes", arg);
        }
        return new PyBytes(data);
    }

    private static PyObject checked(PyObject arg, boolean ok, String expected) {
        if (!ok) {
            throw converterr(expected, arg);
        }
        return arg;
    }

    /** PyFloat_AsDouble: a float (a subclass's own value, not its __float__), else float(arg). */
    static double asDouble(PyObject arg) {
        return arg instanceof PyFloat f ? f.value : Abstract.toDouble(arg);
    }

    /** PyComplex_AsCComplex: a complex (a subclass's own value), __complex__, else the float value as the real part. */
    static PyObject asComplex(PyObject arg) {
        if (arg instanceof PyComplex z) {
            return arg.type() == PyComplex.TYPE ? arg : new PyComplex(z.real, z.imag);
        }
        PyObject m = arg.type().lookup("__complex__");
        if (m != null) {
            PyObject r = Abstract.call(Abstract.getAttr(arg, "__complex__"));
            if (!(r instanceof PyComplex z)) {
                throw PyErr.typeError("__complex__ returned non-complex (type " + r.type().getName() + ")");
            }
            if (r.type() != PyComplex.TYPE) {
                Abstract.warn(PyExc.DeprecationWarning, "__complex__ returned non-complex (type " + r.type().getName()
                    + ").  The ability to return an instance of a strict subclass of complex is deprecated, and may be "
                    + "removed in a future version of Python.");
            }
            return new PyComplex(z.real, z.imag);
        }
        return new PyComplex(asDouble(arg), 0);
    }

    private static byte[] utf8(PyStr s) {
        return org.pyvm.runtime.codecs.Utf8.encode(s, "strict");
    }

    private static boolean hasNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    /** s, s#, s*, z, z#, z*: a str as UTF-8, or with # and * a bytes-like object. */
    private static PyObject stringUnit(PyObject arg, Cursor c, boolean noneOk) {
        char sfx = c.peek();
        if (sfx == '#') {
            c.requireSsizeClean();
        }
        if (sfx == '#' || sfx == '*') {
            c.p++;
        }
        if (noneOk && arg == PyNone.NONE) {
            return PyNone.NONE;
        }
        if (arg instanceof PyStr s) {
            byte[] b = utf8(s);
            if (sfx != '#' && sfx != '*' && hasNul(b)) {
                throw PyErr.valueError("embedded null character");
            }
            return new PyBytes(b);
        }
        if (sfx == '*') {
            return new PyBytes(buffer(arg));
        }
        if (sfx == '#') {
            return readOnlyBuffer(arg);
        }
        throw converterr(noneOk ? "str or None" : "str", arg);
    }

    /**
     * w*: PyObject_GetBuffer(arg, PyBUF_WRITABLE) of a C-contiguous buffer, handed to the
     * caller (which writes into it and releases it) as a {@link BufferArg}. Compare getargs.c:
     * convertsimple, case 'w'.
     */
    private static PyObject writableBuffer(PyObject arg, Cursor c) {
        if (c.peek() != '*') {
            throw converterr("(invalid use of 'w' format character)", arg);
        }
        c.p++;
        PyBuffer view;
        try {
            view = PyBuffer.get(arg, PyBuffer.WRITABLE);
        } catch (org.pyvm.runtime.PyBaseException e) {
            throw converterr("read-write bytes-like object", arg);
        }
        if (!view.isContiguous('C')) {
            view.release();
            throw converterr("contiguous buffer", arg);
        }
        return new BufferArg(view);
    }

    /**
     * The Py_buffer a "w*" unit fills, in the list of converted values; never reaches Python
     * code (the _testcapi function that asked for it uses and releases it).
     */
    record BufferArg(PyBuffer view) implements PyObject {
        @Override
        public PyType type() {
            throw new IllegalStateException("a Py_buffer is not a Python object");
        }
    }

    /** y, y#, y*: a bytes-like object (y and y# read-only ones). */
    private static PyObject bytesUnit(PyObject arg, Cursor c) {
        char sfx = c.peek();
        if (sfx == '*') {
            c.p++;
            return new PyBytes(buffer(arg));
        }
        if (sfx == '#') {
            c.requireSsizeClean();
            c.p++;
        }
        PyBytes b = readOnlyBuffer(arg);
        if (sfx != '#' && hasNul(b.bytes())) {
            throw PyErr.valueError("embedded null byte");
        }
        return b;
    }

    /** The bytes of a buffer (getbuffer with PyBUF_SIMPLE), or PyObject_GetBuffer's TypeError. */
    private static byte[] buffer(PyObject arg) {
        byte[] b = arg instanceof PyStr ? null : PyMemoryView.simpleBufferBytes(arg);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + arg.type().getName() + "'");
        }
        return b;
    }

    /**
     * getargs.c's convertbuffer: a buffer whose exporter need not be told when it is
     * released (of the builtin ones, bytes; bytearray, memoryview and array count exports).
     */
    private static PyBytes readOnlyBuffer(PyObject arg) {
        if (arg instanceof PyBytes b) {
            return new PyBytes(b.bytes());
        }
        try {
            buffer(arg);   // TypeError for an object that is no buffer at all
        } catch (org.pyvm.runtime.PyBaseException e) {
            if (!e.type().isSubtypeOf(PyExc.BufferError)) {
                throw e;
            }
            // a buffer all the same (a non-contiguous memoryview)
        }
        throw converterr("read-only bytes-like object", arg);
    }

    /** The values as a tuple, None for one not set (CPython's functions start them at -1 or NULL). */
    static PyTuple tuple(List<PyObject> values, PyObject unset) {
        PyObject[] a = new PyObject[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i) == null ? unset : values.get(i);
        }
        return PyTuple.of(a);
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }
}
