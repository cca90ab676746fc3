package org.pyvm.modules.io;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
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

/**
 * The _io module: open(), the stream classes and their abstract bases (which Lib/io.py
 * subclasses with ABCMeta). Compare CPython Modules/_io/_iomodule.c. Descriptors come
 * from the posix module's table, so io and os agree on them.
 */
public final class IoModule {

    private IoModule() {}

    public static final int DEFAULT_BUFFER_SIZE = 8192;

    private static PyType unsupported;

    /** io.UnsupportedOperation: class UnsupportedOperation(OSError, ValueError), made once. */
    static synchronized PyType unsupportedOperation() {
        if (unsupported == null) {
            PyDict ns = new PyDict();
            ns.setStr("__module__", PyStr.of("io"));
            unsupported = (PyType) Abstract.call(PyType.TYPE, PyStr.of("UnsupportedOperation"),
                PyTuple.of(PyExc.OSError, PyExc.ValueError), ns);
            unsupported.sharedAcrossInterpreters();
        }
        return unsupported;
    }

    /** The locale's encoding as CPython reports it in a UTF-8 locale. */
    static String localeEncoding() {
        return "UTF-8";
    }

    public static PyModule create() {
        PyModule m = new PyModule("_io");
        m.addFunctions(IoModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("The io module provides the Python interfaces to stream handling. The\n"
            + "builtin open function is defined in this module.\n"));
        d.setStr("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
        d.setStr("UnsupportedOperation", unsupportedOperation());
        d.setStr("BlockingIOError", PyExc.BlockingIOError);
        d.setStr("_IOBase", IOBase.TYPE);
        d.setStr("_RawIOBase", RawIOBase.TYPE);
        d.setStr("_BufferedIOBase", BufferedIOBase.TYPE);
        d.setStr("_TextIOBase", TextIOBase.TYPE);
        d.setStr("FileIO", FileIO.TYPE);
        d.setStr("BytesIO", BytesIO.TYPE);
        d.setStr("StringIO", StringIO.TYPE);
        d.setStr("BufferedReader", Buffered.READER);
        d.setStr("BufferedWriter", Buffered.WRITER);
        d.setStr("BufferedRandom", Buffered.RANDOM);
        d.setStr("BufferedRWPair", BufferedRWPair.TYPE);
        d.setStr("TextIOWrapper", TextIOWrapper.TYPE);
        d.setStr("IncrementalNewlineDecoder", IncrementalNewlineDecoder.TYPE);
        // One function object, as in CPython where builtins.open is io.open: _io's, so that
        // its __module__ is "_io" (test_io's check__all__ counts it among _io's names).
        if (org.pyvm.runtime.PyRuntime.builtins != null) {
            org.pyvm.runtime.PyRuntime.builtins.setStr("open", d.getStr("open"));
        }
        return m;
    }

    private static String optStr(PyObject o, String arg) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("open() argument '" + arg + "' must be str or None, not " + o.type().getName());
        }
        return o.toString();
    }

    /**
     * open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
     * closefd=True, opener=None). Compare _iomodule.c: _io_open_impl.
     */
    @ExposedMethod
    public static PyObject open(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("open", args, kw, 1, 8, "file", "mode", "buffering", "encoding", "errors", "newline",
            "closefd", "opener");
        PyObject file = a[0];
        if (!(file instanceof PyInt) && !(file instanceof PyStr) && !(file instanceof PyBytes)
            && !file.type().isSubtypeOf(PyStr.TYPE) && !file.type().isSubtypeOf(PyBytes.TYPE)
            && file.type().lookup("__fspath__") == null && !(Abstract.hasIndex(file) && !(file instanceof PyFloat))) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + file.type().getName());
        }
        String mode = "r";
        if (a[1] != null) {
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("open() argument 'mode' must be str, not " + a[1].type().getName());
            }
            mode = a[1].toString();
        }
        long buffering = a[2] == null ? -1 : Abstract.index(a[2]).longValue();
        String encoding = optStr(a[3], "encoding");
        String errors = optStr(a[4], "errors");
        String newline = optStr(a[5], "newline");
        boolean closefd = a[6] == null || Abstract.isTrue(a[6]);
        PyObject opener = a[7] == null ? PyNone.NONE : a[7];

        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw PyErr.valueError("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw PyErr.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            // (No mode letter at all is left to FileIO, whose message CPython shows.)
            throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PyErr.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyErr.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PyErr.valueError("binary mode doesn't take a newline argument");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
            && !newline.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: " + newline);
        }
        if (binary && buffering == 1) {
            Abstract.warn(PyExc.RuntimeWarning, "line buffering (buffering=1) isn't supported in "
                + "binary mode, the default buffer size will be used");
        }
        String rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : appending ? "a" : "") + (updating ? "+" : "");
        FileIO raw = new FileIO(FileIO.TYPE);
        raw.init(file, rawMode, closefd, opener);
        // Only the object returned is watched (IOObject.watched): its close closes the layers below.
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && FileIO.isatty(raw)) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = 4096;
            }
            if (buffering == 0) {
                if (binary) {
                    return raw.watched();
                }
                throw PyErr.valueError("can't have unbuffered text I/O");
            }
            Buffered buffer;
            if (updating) {
                buffer = new Buffered(Buffered.RANDOM);
                buffer.init(raw, true, true, (int) Math.min(buffering, 1 << 30));
            } else if (reading) {
                buffer = new Buffered(Buffered.READER);
                buffer.init(raw, true, false, (int) Math.min(buffering, 1 << 30));
            } else {
                buffer = new Buffered(Buffered.WRITER);
                buffer.init(raw, false, true, (int) Math.min(buffering, 1 << 30));
            }
            if (binary) {
                return buffer.watched();
            }
            TextIOWrapper w = (TextIOWrapper) new TextIOWrapper(TextIOWrapper.TYPE).watched();
            w.init(buffer, a[3], a[4], a[5], lineBuffering, false);
            w.getDict().setStr("mode", PyStr.of(mode));
            return w;
        } catch (RuntimeException e) {
            FileIO.close(raw);
            throw e;
        }
    }

    /**
     * sys.stdin/stdout/stderr: a TextIOWrapper over a BufferedReader/Writer over FileIO on
     * descriptor FD (not closed by close()), named NAME, as CPython's create_stdio makes
     * them: UTF-8 or PYTHONIOENCODING's encoding (one the codecs module provides is set by
     * {@link #applyStdioEncoding} once imports work); stderr line-buffered with
     * backslashreplace; stdin and stdout with PYTHONIOENCODING's error handler, else
     * surrogateescape, CPython's default in the C and C.UTF-8 locales, the only ones pyvm
     * has (see LocaleModule; initconfig.c: config_get_stdio_errors); stdout line-buffered
     * only on a terminal; with UNBUFFEREDOPTION (-u) stdout and stderr have no buffer.
     */
    public static TextIOWrapper stdStream(int fd, String name, boolean unbufferedOption,
                                          org.pyvm.modules.SysConfig config) {
        FileIO raw = new FileIO(FileIO.TYPE);
        boolean write = fd != 0;
        raw.init(PyInt.of(fd), write ? "w" : "r", false, PyNone.NONE);
        raw.getDict().setStr("name", PyStr.of(name));
        // python -u / PYTHONUNBUFFERED (SysConfig.unbuffered): stdout and stderr write
        // straight to FileIO.
        boolean unbuffered = write && unbufferedOption;
        PyObject buf = raw;
        if (!unbuffered) {
            Buffered b = new Buffered(write ? Buffered.WRITER : Buffered.READER);
            b.init(raw, !write, write, DEFAULT_BUFFER_SIZE);
            buf = b;
        }
        TextIOWrapper t = new TextIOWrapper(TextIOWrapper.TYPE);
        boolean tty = org.pyvm.modules.posix.FdTable.isatty(fd);
        String enc = config.stdioEncoding == null ? null : javaCodecName(config.stdioEncoding);
        String errors = fd == 2 ? "backslashreplace"
            : config.stdioErrors != null ? config.stdioErrors : "surrogateescape";
        t.init(buf, PyStr.of(enc == null ? "utf-8" : enc), PyStr.of(errors), PyStr.of("\n"),
            !unbuffered && (fd == 2 || tty && fd == 1), unbuffered);
        t.getDict().setStr("mode", PyStr.of(write ? "w" : "r"));
        return t;
    }

    /** The name codecs.lookup(ENCODING).name gives for an encoding handled in Java, else null. */
    private static String javaCodecName(String encoding) {
        return switch (TextCodec.kindOf(encoding)) {
            case TextCodec.UTF8 -> "utf-8";
            case TextCodec.LATIN1 -> "iso8859-1";
            case TextCodec.ASCII -> "ascii";
            default -> null;
        };
    }

    /**
     * PYTHONIOENCODING naming an encoding of the codecs module: the standard streams take it
     * (by its codec name, as CPython's config_get_codec_name reports it) once the interpreter
     * can import. Null when done, else CPython's fatal-error text for an unknown encoding.
     */
    public static String applyStdioEncoding(org.pyvm.modules.SysConfig config) {
        if (config.stdioEncoding == null || javaCodecName(config.stdioEncoding) != null) {
            return null;
        }
        PyObject name;
        try {
            PyObject info = org.pyvm.runtime.codecs.CodecRegistry.lookup(config.stdioEncoding);
            name = Abstract.getAttr(info, "name");
        } catch (org.pyvm.runtime.PyBaseException e) {
            return "init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n"
                + "Python runtime state: core initialized\n" + e.type().getName() + ": "
                + Abstract.str(e) + "\n";
        }
        PyDict sys = org.pyvm.runtime.PyRuntime.builtinModule("sys").getDict();
        for (String s : new String[] {"stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__"}) {
            PyObject stream = sys.getStr(s);
            if (stream instanceof TextIOWrapper && s.indexOf('_') < 0) {
                // With its error handler again: reconfigure(encoding=...) alone resets it to strict.
                Abstract.call(Abstract.getAttr(stream, "reconfigure"),
                    new PyObject[] {name, Abstract.getAttr(stream, "errors")}, new String[] {"encoding", "errors"});
            }
        }
        return null;
    }

    /** open_code(path): open(path, 'rb'). */
    @ExposedMethod
    static PyObject open_code(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("open_code", args, kw, 1, 1, "path");
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.typeError("open_code() argument 'path' must be str, not " + a[0].type().getName());
        }
        return open(new PyObject[] {a[0], PyStr.of("rb")}, null);
    }

    /**
     * text_encoding(encoding, stacklevel=2): for None, "utf-8" in UTF-8 mode, else "locale",
     * with an EncodingWarning under -X warn_default_encoding. Compare _io_text_encoding_impl.
     */
    @ExposedMethod
    static PyObject text_encoding(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("text_encoding", args, kw, 1, 2, "encoding", "stacklevel");
        if (a[0] != PyNone.NONE) {
            return a[0];
        }
        if (warnDefaultEncoding) {
            int level = a[1] == null ? 2 : Abstract.index(a[1]).intValue();
            org.pyvm.modules.warnings.WarningsModule.warn(org.pyvm.runtime.PyExc.EncodingWarning,
                "'encoding' argument not specified", level);
        }
        return PyStr.of(utf8Mode ? "utf-8" : "locale");
    }

    /** sys.flags.utf8_mode and warn_default_encoding of the run, as text files need them. */
    static boolean utf8Mode;
    static boolean warnDefaultEncoding;

    /** The run's settings that change how text files are opened (a new run in this JVM resets them). */
    public static void configure(org.pyvm.modules.SysConfig config) {
        utf8Mode = config.utf8Mode == 1;
        warnDefaultEncoding = config.warnDefaultEncoding;
    }
}
