package org.pyvm.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The builtin exception types, in CPython 3.12's hierarchy. Every one is a
 * {@link PyBaseException} in Java; the few with attributes of their own declare them in
 * a nested class. Compare CPython Objects/exceptions.c.
 */
public final class PyExc {

    private PyExc() {}

    /** Every builtin exception type by name, in definition order, for the builtins module. */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    private static PyType def(String name, PyType base) {
        return def(name, base, null);
    }

    private static PyType def(String name, PyType base, Class<?> methods) {
        PyType t = base == null
            ? PyType.builtin(name, PyBaseException.class, ExceptionMethods.class)
            : PyType.builtin(name, PyBaseException.class, methods == null ? NoMethods.class : methods, base);
        ALL.put(name, t);
        return t;
    }

    public static final PyType BaseException = def("BaseException", null);
    public static final PyType BaseExceptionGroup = def("BaseExceptionGroup", BaseException, ExceptionGroupMethods.class);
    public static final PyType GeneratorExit = def("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = def("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = def("SystemExit", BaseException, SystemExitMethods.class);
    public static final PyType Exception = def("Exception", BaseException);
    public static final PyType ExceptionGroup = group();
    public static final PyType ArithmeticError = def("ArithmeticError", Exception);
    public static final PyType FloatingPointError = def("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = def("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = def("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = def("AssertionError", Exception);
    public static final PyType AttributeError = def("AttributeError", Exception, AttributeErrorMethods.class);
    public static final PyType BufferError = def("BufferError", Exception);
    public static final PyType EOFError = def("EOFError", Exception);
    public static final PyType ImportError = def("ImportError", Exception, ImportErrorMethods.class);
    public static final PyType ModuleNotFoundError = def("ModuleNotFoundError", ImportError);

    public static final PyType LookupError = def("LookupError", Exception);
    public static final PyType IndexError = def("IndexError", LookupError);
    public static final PyType KeyError = def("KeyError", LookupError, KeyErrorMethods.class);
    public static final PyType MemoryError = def("MemoryError", Exception);
    public static final PyType NameError = def("NameError", Exception, NameErrorMethods.class);
    public static final PyType UnboundLocalError = def("UnboundLocalError", NameError);
    public static final PyType OSError = def("OSError", Exception, OSErrorMethods.class);
    public static final PyType BlockingIOError = def("BlockingIOError", OSError);
    public static final PyType ChildProcessError = def("ChildProcessError", OSError);
    public static final PyType ConnectionError = def("ConnectionError", OSError);
    public static final PyType BrokenPipeError = def("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = def("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = def("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = def("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = def("FileExistsError", OSError);
    public static final PyType FileNotFoundError = def("FileNotFoundError", OSError);
    public static final PyType InterruptedError = def("InterruptedError", OSError);
    public static final PyType IsADirectoryError = def("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = def("NotADirectoryError", OSError);
    public static final PyType PermissionError = def("PermissionError", OSError);
    public static final PyType ProcessLookupError = def("ProcessLookupError", OSError);
    public static final PyType TimeoutError = def("TimeoutError", OSError);
    public static final PyType ReferenceError = def("ReferenceError", Exception);
    public static final PyType RuntimeError = def("RuntimeError", Exception);
    public static final PyType NotImplementedError = def("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = def("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = def("StopAsyncIteration", Exception);
    public static final PyType StopIteration = def("StopIteration", Exception, StopIterationMethods.class);
    public static final PyType SyntaxError = def("SyntaxError", Exception, SyntaxErrorMethods.class);
    public static final PyType IndentationError = def("IndentationError", SyntaxError);
    public static final PyType TabError = def("TabError", IndentationError);
    public static final PyType SystemError = def("SystemError", Exception);
    public static final PyType TypeError = def("TypeError", Exception);
    public static final PyType ValueError = def("ValueError", Exception);
    public static final PyType UnicodeError = def("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = def("UnicodeDecodeError", UnicodeError, UnicodeErrors.DecodeMethods.class);
    public static final PyType UnicodeEncodeError = def("UnicodeEncodeError", UnicodeError, UnicodeErrors.EncodeMethods.class);
    public static final PyType UnicodeTranslateError = def("UnicodeTranslateError", UnicodeError, UnicodeErrors.TranslateMethods.class);

    static {
        // encoding, object, start, end, reason: members of each of the three (kept in the
        // instance dict, None until set). Compare exceptions.c: UnicodeError_members.
        for (PyType t : new PyType[] {UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError}) {
            for (String n : new String[] {"encoding", "object", "start", "end", "reason"}) {
                t.define(n, PyMemberDescr.of(n, t, o -> member((PyBaseException) o, n),
                    (o, v) -> setMember((PyBaseException) o, n, v)));
            }
        }
    }
    public static final PyType Warning = def("Warning", Exception);
    public static final PyType BytesWarning = def("BytesWarning", Warning);
    public static final PyType DeprecationWarning = def("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = def("EncodingWarning", Warning);
    public static final PyType FutureWarning = def("FutureWarning", Warning);
    public static final PyType ImportWarning = def("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = def("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = def("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = def("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = def("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = def("UnicodeWarning", Warning);
    public static final PyType UserWarning = def("UserWarning", Warning);

    /** ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases. */
    private static PyType group() {
        PyType t = PyType.builtin("ExceptionGroup", PyBaseException.class, NoMethods.class, BaseExceptionGroup, Exception);
        ALL.put("ExceptionGroup", t);
        return t;
    }

    static {
        ALL.put("EnvironmentError", OSError);
        ALL.put("IOError", OSError);
    }

    /** Exception types with no methods of their own. */
    static final class NoMethods {
        private NoMethods() {}
    }

    /** Whether instances of T have {@link PyBaseException#initMember}. */
    static boolean hasInitMember(PyType t) {
        return t.isSubtypeOf(StopIteration) || t.isSubtypeOf(SystemExit) || t.isSubtypeOf(ImportError);
    }

    /**
     * The value __init__ gives the member from ARGS: StopIteration_init's value (the first
     * argument), SystemExit_init's code (None, the argument, or the args tuple),
     * ImportError_init's msg (the argument when there is exactly one).
     */
    private static PyObject initMemberOf(PyBaseException e, PyTuple args) {
        int n = args.size();
        if (e.type().isSubtypeOf(SystemExit)) {
            return n == 0 ? PyNone.NONE : n == 1 ? args.get(0) : args;
        }
        if (e.type().isSubtypeOf(ImportError)) {
            return n == 1 ? args.get(0) : PyNone.NONE;
        }
        return n == 0 ? PyNone.NONE : args.get(0);
    }

    static PyObject initMember(PyBaseException e) {
        PyObject v = e.initMember;
        return v != null ? v : initMemberOf(e, e.args);
    }

    /** Sets the member (a delete leaves NULL, which a T_OBJECT member reads as None). */
    static void setInitMember(PyBaseException e, PyObject v) {
        e.initMember = v == null ? PyNone.NONE : v;
    }

    /** value: set by __init__ from the first argument. Compare exceptions.c: StopIteration_init, StopIteration_members. */
    static final class StopIterationMethods {
        private StopIterationMethods() {}

        @ExposedMethod
        static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
            ExceptionMethods.__init__(self, args, kw);
            self.initMember = initMemberOf(self, self.args);
        }

        @ExposedGetter(setter = "setValue", member = true)
        static PyObject value(PyBaseException self) {
            return initMember(self);
        }

        static void setValue(PyBaseException self, PyObject v) {
            setInitMember(self, v);
        }
    }

    /** code: set by __init__ from the arguments. Compare exceptions.c: SystemExit_init, SystemExit_members. */
    static final class SystemExitMethods {
        private SystemExitMethods() {}

        @ExposedMethod
        static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
            ExceptionMethods.__init__(self, args, kw);
            self.initMember = initMemberOf(self, self.args);
        }

        @ExposedGetter(setter = "setCode", member = true)
        static PyObject code(PyBaseException self) {
            return initMember(self);
        }

        static void setCode(PyBaseException self, PyObject v) {
            setInitMember(self, v);
        }
    }

    static final class KeyErrorMethods {
        private KeyErrorMethods() {}

        /** A KeyError with one argument shows its repr. Compare exceptions.c: KeyError_str. */
        @ExposedMethod
        static PyObject __str__(PyBaseException self) {
            if (self.args.size() == 1) {
                return Abstract.repr(self.args.get(0));
            }
            return ExceptionMethods.__str__(self);
        }
    }

    /** An attribute kept in the instance dict that reads as None until set (a T_OBJECT member in CPython). */
    static PyObject member(PyBaseException self, String name) {
        PyDict d = self.peekDict();
        PyObject v = d == null ? null : d.getStr(name);
        return v == null ? PyNone.NONE : v;
    }

    static void setMember(PyBaseException self, String name, PyObject v) {
        if (v == null) {
            PyDict d = self.peekDict();
            if (d != null && d.getStr(name) != null) {
                d.delItem(PyStr.of(name));
            }
        } else {
            self.getDict().setStr(name, v);
        }
    }

    /** name and obj: None unless given or set. Compare exceptions.c: AttributeError_members. */
    static final class AttributeErrorMethods {
        private AttributeErrorMethods() {}

        @ExposedGetter(setter = "setName", member = true)
        static PyObject name(PyBaseException self) {
            return member(self, "name");
        }

        static void setName(PyBaseException self, PyObject v) {
            setMember(self, "name", v);
        }

        @ExposedGetter(setter = "setObj", member = true)
        static PyObject obj(PyBaseException self) {
            return member(self, "obj");
        }

        static void setObj(PyBaseException self, PyObject v) {
            setMember(self, "obj", v);
        }
    }

    /** name: None unless given or set. Compare exceptions.c: NameError_members. */
    static final class NameErrorMethods {
        private NameErrorMethods() {}

        @ExposedGetter(setter = "setName", member = true)
        static PyObject name(PyBaseException self) {
            return member(self, "name");
        }

        static void setName(PyBaseException self, PyObject v) {
            setMember(self, "name", v);
        }
    }

    /**
     * ImportError's members: msg (set by __init__ when there is one argument), name, path
     * and name_from (set by a failed from-import; None unless given or set). name, path
     * and name_from live in the instance dict. Compare exceptions.c: ImportError_init,
     * ImportError_members.
     */
    static final class ImportErrorMethods {
        private ImportErrorMethods() {}

        @ExposedMethod
        static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
            PyDict d = self.getDict();
            d.setStr("name", PyNone.NONE);
            d.setStr("path", PyNone.NONE);
            d.setStr("name_from", PyNone.NONE);
            ExceptionMethods.__init__(self, args, kw);
            self.initMember = initMemberOf(self, self.args);
        }

        @ExposedGetter(setter = "setMsg", member = true)
        static PyObject msg(PyBaseException self) {
            return initMember(self);
        }

        static void setMsg(PyBaseException self, PyObject v) {
            setInitMember(self, v);
        }

        /** msg when it is an exact str, else BaseException's. Compare exceptions.c: ImportError_str. */
        @ExposedMethod
        static PyObject __str__(PyBaseException self) {
            PyObject m = initMember(self);
            return m.type() == PyStr.TYPE ? m : ExceptionMethods.__str__(self);
        }

        @ExposedGetter(setter = "setName", member = true)
        static PyObject name(PyBaseException self) {
            return member(self, "name");
        }

        static void setName(PyBaseException self, PyObject v) {
            setMember(self, "name", v);
        }

        @ExposedGetter(setter = "setPath", member = true)
        static PyObject path(PyBaseException self) {
            return member(self, "path");
        }

        static void setPath(PyBaseException self, PyObject v) {
            setMember(self, "path", v);
        }

        @ExposedGetter(setter = "setNameFrom", member = true)
        static PyObject name_from(PyBaseException self) {
            return member(self, "name_from");
        }

        static void setNameFrom(PyBaseException self, PyObject v) {
            setMember(self, "name_from", v);
        }
    }

    /**
     * The OSError subclass that OSError(errno, ...) makes for ERRNO (Linux numbers), or
     * OSError itself. Compare exceptions.c: _PyExc_InitState's errnomap (ADD_ERRNO).
     */
    public static PyType errnoType(int errno) {
        return switch (errno) {
            case 11, 114, 115 -> BlockingIOError; // EAGAIN (EWOULDBLOCK), EALREADY, EINPROGRESS
            case 10 -> ChildProcessError; // ECHILD
            case 32, 108 -> BrokenPipeError; // EPIPE, ESHUTDOWN
            case 103 -> ConnectionAbortedError; // ECONNABORTED
            case 111 -> ConnectionRefusedError; // ECONNREFUSED
            case 104 -> ConnectionResetError; // ECONNRESET
            case 17 -> FileExistsError; // EEXIST
            case 2 -> FileNotFoundError; // ENOENT
            case 21 -> IsADirectoryError; // EISDIR
            case 20 -> NotADirectoryError; // ENOTDIR
            case 4 -> InterruptedError; // EINTR
            case 1, 13 -> PermissionError; // EPERM, EACCES
            case 3 -> ProcessLookupError; // ESRCH
            case 110 -> TimeoutError; // ETIMEDOUT
            default -> OSError;
        };
    }

    /**
     * OSError's attributes, CPython's struct members errno, strerror, filename and
     * filename2: taken from 2 to 5 arguments (the fourth, winerror, only on Windows), which
     * leaves args with the first two when a file name is given. Compare CPython
     * Objects/exceptions.c: oserror_parse_args, oserror_init, OSError_init, OSError_str,
     * oserror_use_init.
     */
    static final class OSErrorMethods {
        private OSErrorMethods() {}

        private static final int ERRNO = 0;
        private static final int STRERROR = 1;
        private static final int FILENAME = 2;
        private static final int FILENAME2 = 3;

        /** Sets SELF's fields from ARGS, as OSError_new (or a subclass's super().__init__) does. */
        static void parse(PyBaseException self, PyTuple args) {
            PyObject[] f = new PyObject[4];
            self.osFields = f;
            int n = args.size();
            if (n < 2 || n > 5) {
                return;
            }
            f[ERRNO] = args.get(0);
            f[STRERROR] = args.get(1);
            PyObject filename = n >= 3 ? args.get(2) : null;
            PyObject filename2 = n >= 5 ? args.get(4) : null;
            if (filename != null && filename != PyNone.NONE) {
                if (self.type() == BlockingIOError && Abstract.hasIndex(filename)) {
                    // BlockingIOError's third argument can be the number of characters written.
                    self.getDict().setStr("characters_written", Abstract.index(filename));
                } else {
                    f[FILENAME] = filename;
                    if (filename2 != null && filename2 != PyNone.NONE) {
                        f[FILENAME2] = filename2;
                    }
                    self.args = PyTuple.of(args.get(0), args.get(1));
                }
            }
        }

        /** Whether TYPE parses in __init__: it overrides __init__ but not __new__ (oserror_use_init). */
        static boolean useInit(PyType type) {
            return type.isHeapType() && type.isSubtypeOf(OSError) && type.lookup("__init__") != OSError.lookup("__init__")
                && type.lookup("__new__") == OSError.lookup("__new__");
        }

        private static PyObject[] fields(PyBaseException self) {
            PyObject[] f = self.osFields;
            if (f == null) {
                f = self.osFields = new PyObject[4];
            }
            return f;
        }

        private static PyObject get(PyBaseException self, int i) {
            PyObject v = fields(self)[i];
            return v == null ? PyNone.NONE : v;
        }

        @ExposedMethod
        static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
            if (!useInit(self.type())) {
                // Done by __new__, keywords included: OSError_init does nothing then (so a
                // subclass's __new__ may take keywords that reach here too).
                return;
            }
            if (kw != null && kw.length > 0) {
                throw PyErr.typeError(self.type().getName() + "() takes no keyword arguments");
            }
            ExceptionMethods.__init__(self, args, kw);
            parse(self, self.args);
        }

        @ExposedGetter(setter = "setErrno", member = true)
        static PyObject errno(PyBaseException self) {
            return get(self, ERRNO);
        }

        static void setErrno(PyBaseException self, PyObject v) {
            fields(self)[ERRNO] = v;
        }

        @ExposedGetter(setter = "setStrerror", member = true)
        static PyObject strerror(PyBaseException self) {
            return get(self, STRERROR);
        }

        static void setStrerror(PyBaseException self, PyObject v) {
            fields(self)[STRERROR] = v;
        }

        @ExposedGetter(setter = "setFilename", member = true)
        static PyObject filename(PyBaseException self) {
            return get(self, FILENAME);
        }

        static void setFilename(PyBaseException self, PyObject v) {
            fields(self)[FILENAME] = v;
        }

        @ExposedGetter(setter = "setFilename2", member = true)
        static PyObject filename2(PyBaseException self) {
            return get(self, FILENAME2);
        }

        static void setFilename2(PyBaseException self, PyObject v) {
            fields(self)[FILENAME2] = v;
        }

        /** The fields OSError_reduce adds to args: (filename, filename2 or null), or null. */
        static PyObject[] reduceFields(PyBaseException self) {
            PyObject[] f = fields(self);
            return f[FILENAME] == null ? null : new PyObject[] {f[FILENAME], f[FILENAME2]};
        }

        /** "[Errno 2] No such file or directory: 'x'". Compare exceptions.c: OSError_str. */
        @ExposedMethod
        static PyObject __str__(PyBaseException self) {
            PyObject[] f = fields(self);
            PyObject errno = f[ERRNO] == null ? PyNone.NONE : f[ERRNO];
            PyObject strerror = f[STRERROR] == null ? PyNone.NONE : f[STRERROR];
            if (f[FILENAME] != null) {
                String head = "[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror) + ": "
                    + Abstract.repr(f[FILENAME]);
                return PyStr.of(f[FILENAME2] != null ? head + " -> " + Abstract.repr(f[FILENAME2]) : head);
            }
            if (f[ERRNO] != null && f[STRERROR] != null) {
                return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror));
            }
            return ExceptionMethods.__str__(self);
        }
    }

    /**
     * SyntaxError's attributes, kept in the instance dict (None until set). Compare CPython
     * Objects/exceptions.c: SyntaxError_init, SyntaxError_str.
     */
    static final class SyntaxErrorMethods {
        private SyntaxErrorMethods() {}

        private static final String[] INFO = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

        // The members (kept in the instance dict; None until set). Compare exceptions.c: SyntaxError_members.

        @ExposedGetter(setter = "setMsg", member = true)
        static PyObject msg(PyBaseException self) {
            return member(self, "msg");
        }

        static void setMsg(PyBaseException self, PyObject v) {
            setMember(self, "msg", v);
        }

        @ExposedGetter(setter = "setFilename", member = true)
        static PyObject filename(PyBaseException self) {
            return member(self, "filename");
        }

        static void setFilename(PyBaseException self, PyObject v) {
            setMember(self, "filename", v);
        }

        @ExposedGetter(setter = "setLineno", member = true)
        static PyObject lineno(PyBaseException self) {
            return member(self, "lineno");
        }

        static void setLineno(PyBaseException self, PyObject v) {
            setMember(self, "lineno", v);
        }

        @ExposedGetter(setter = "setOffset", member = true)
        static PyObject offset(PyBaseException self) {
            return member(self, "offset");
        }

        static void setOffset(PyBaseException self, PyObject v) {
            setMember(self, "offset", v);
        }

        @ExposedGetter(setter = "setText", member = true)
        static PyObject text(PyBaseException self) {
            return member(self, "text");
        }

        static void setText(PyBaseException self, PyObject v) {
            setMember(self, "text", v);
        }

        @ExposedGetter(setter = "setEndLineno", member = true)
        static PyObject end_lineno(PyBaseException self) {
            return member(self, "end_lineno");
        }

        static void setEndLineno(PyBaseException self, PyObject v) {
            setMember(self, "end_lineno", v);
        }

        @ExposedGetter(setter = "setEndOffset", member = true)
        static PyObject end_offset(PyBaseException self) {
            return member(self, "end_offset");
        }

        static void setEndOffset(PyBaseException self, PyObject v) {
            setMember(self, "end_offset", v);
        }

        @ExposedGetter(setter = "setPrintFileAndLine", member = true)
        static PyObject print_file_and_line(PyBaseException self) {
            return member(self, "print_file_and_line");
        }

        static void setPrintFileAndLine(PyBaseException self, PyObject v) {
            setMember(self, "print_file_and_line", v);
        }

        static void setAttributes(PyBaseException e, PyObject msg, PyObject[] info) {
            PyDict d = e.getDict();
            d.setStr("msg", msg);
            for (int i = 0; i < INFO.length; i++) {
                d.setStr(INFO[i], i < info.length ? info[i] : PyNone.NONE);
            }
            d.setStr("print_file_and_line", PyNone.NONE);
        }

        @ExposedMethod
        static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
            ExceptionMethods.__init__(self, args, kw);
            int n = self.args.size();
            PyObject[] info = new PyObject[0];
            if (n == 2) {
                info = Abstract.toArray(self.args.get(1));
                if (info.length < 4 || info.length > 6) {
                    throw PyErr.typeError("function takes " + (info.length < 4 ? "at least 4" : "at most 6")
                        + " arguments (" + info.length + " given)");
                }
                if (info.length == 5) {
                    throw PyErr.typeError("end_offset must be provided when end_lineno is provided");
                }
            }
            setAttributes(self, n >= 1 ? self.args.get(0) : PyNone.NONE, info);
        }

        @ExposedMethod
        static PyObject __str__(PyBaseException self) {
            PyDict d = self.getDict();
            PyObject msg = d.getStr("msg");
            PyObject file = d.getStr("filename");
            PyObject line = d.getStr("lineno");
            String fn = null;
            if (file instanceof PyStr s) {
                String f = s.toString();
                fn = f.substring(f.lastIndexOf('/') + 1);
            }
            boolean haveLine = line != null && line.type() == PyInt.TYPE;
            String m = Abstract.str(msg == null ? PyNone.NONE : msg).toString();
            if (fn != null && haveLine) {
                return PyStr.of(m + " (" + fn + ", line " + Abstract.str(line) + ")");
            } else if (fn != null) {
                return PyStr.of(m + " (" + fn + ")");
            } else if (haveLine) {
                return PyStr.of(m + " (line " + Abstract.str(line) + ")");
            }
            return PyStr.of(m);
        }
    }
}
