package org.pyvm.modules.testcapi;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.pyvm.modules.SysConfig;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.codecs.Utf8;

/**
 * A _testinternalcapi offering the pieces of CPython's module that have a meaning for
 * pyvm: the run's configuration as {@code get_config()} reports it (test.support reads
 * {@code code_debug_ranges} from it to decide whether co_positions carries columns) and
 * the Python recursion depth of the running thread; the locale codec of the operating
 * system's boundary ({@code EncodeLocaleEx}, {@code DecodeLocaleEx}). The compiler-stage entry points that
 * test.support.bytecode_helper imports ({@code compiler_codegen}, {@code optimize_cfg},
 * {@code assemble_code_object}) exist so that modules importing the helper load, and
 * raise NotImplementedError when called. Everything else of CPython's module (the C
 * allocator's GC header size, the C-level hash table and atomics self-tests, extension
 * module bookkeeping, path configuration resets) has no pyvm counterpart and is absent,
 * so a test needing it fails with AttributeError or ImportError. Compare CPython
 * Modules/_testinternalcapi.c.
 */
public final class TestInternalCapiModule {

    private TestInternalCapiModule() {}

    /** The configuration of this run (Setup.init's), read by get_config. */
    private static SysConfig config = new SysConfig();

    public static PyModule create(SysConfig c) {
        config = c;
        PyModule m = new PyModule("_testinternalcapi");
        m.addFunctions(TestInternalCapiModule.class);
        return m;
    }

    /**
     * The PyConfig fields pyvm has: the command line's and the environment's decisions
     * for this run, as they were at start-up (sys may have changed since). Fields of
     * CPython's configuration that pyvm does not have (hash seed, allocator debugging,
     * frozen modules, ...) are left out rather than invented. Compare CPython
     * Python/initconfig.c: _PyConfig_AsDict.
     */
    @ExposedMethod
    static PyObject get_config() {
        SysConfig c = config;
        PyDict d = new PyDict();
        d.setStr("argv", strList(c.argv));
        d.setStr("buffered_stdio", flag(!c.unbuffered));
        d.setStr("bytes_warning", PyInt.of(c.bytesWarning));
        d.setStr("check_hash_pycs_mode", PyStr.of(c.checkHashBasedPycs));
        d.setStr("code_debug_ranges", flag(c.codeDebugRanges));
        d.setStr("dev_mode", PyInt.ZERO);
        String prefix = c.prefix == null ? "/usr/local" : c.prefix;
        String execPrefix = c.execPrefix == null ? prefix : c.execPrefix;
        d.setStr("base_exec_prefix", PyStr.of(execPrefix));
        d.setStr("base_executable", PyStr.of(c.executable));
        d.setStr("base_prefix", PyStr.of(prefix));
        d.setStr("exec_prefix", PyStr.of(execPrefix));
        d.setStr("executable", PyStr.of(c.executable));
        d.setStr("inspect", PyInt.of(c.inspect));
        d.setStr("int_max_str_digits", PyInt.of(c.intMaxStrDigits));
        d.setStr("interactive", PyInt.of(c.interactive));
        d.setStr("isolated", flag(c.isolated));
        d.setStr("module_search_paths", strList(c.path));
        d.setStr("module_search_paths_set", PyInt.ONE);
        d.setStr("optimization_level", PyInt.of(c.optimize));
        d.setStr("orig_argv", strList(c.origArgv));
        d.setStr("parser_debug", PyInt.of(c.debug));
        d.setStr("platlibdir", PyStr.of("lib"));
        d.setStr("prefix", PyStr.of(prefix));
        d.setStr("pycache_prefix", PyNone.NONE);
        d.setStr("quiet", flag(c.quiet));
        d.setStr("safe_path", flag(c.safePath));
        d.setStr("site_import", flag(!c.noSite));
        d.setStr("stdlib_dir", c.stdlibDir == null ? PyNone.NONE : PyStr.of(c.stdlibDir));
        d.setStr("use_environment", flag(!c.ignoreEnvironment));
        d.setStr("user_site_directory", flag(!c.noUserSite));
        d.setStr("verbose", PyInt.of(c.verbose));
        d.setStr("warnoptions", strList(c.warnOptions));
        d.setStr("write_bytecode", flag(!c.dontWriteBytecode));
        d.setStr("xoptions", strList(c.xOptions));
        return d;
    }

    /**
     * The number of Python frames running on this thread, the caller's included (1 at a
     * module's top level). Compare CPython Modules/_testinternalcapi.c:
     * get_recursion_depth (py_recursion_limit - py_recursion_remaining).
     */
    @ExposedMethod
    static long get_recursion_depth() {
        return CodeRunner.get().recursionDepth();
    }

    /**
     * EncodeLocaleEx(text[, current_locale[, errors]]): str to bytes by the codec pyvm uses
     * at the operating system's boundary, with CPython's results: RuntimeError "encode
     * error: pos=N, reason=encoding error" where a character cannot be encoded, ValueError
     * "unsupported error handler" for a handler the locale codec does not take. pyvm's
     * locale codec is UTF-8 (sys.getfilesystemencoding()): in UTF-8 mode it takes
     * strict, surrogateescape and surrogatepass (_Py_EncodeUTF8Ex), otherwise strict and
     * surrogateescape only, as encode_current_locale does for a UTF-8 locale. Compare
     * Modules/_testinternalcapi.c: encode_locale_ex and Python/fileutils.c: _Py_EncodeLocaleEx.
     */
    @ExposedMethod
    static PyObject EncodeLocaleEx(PyObject[] args, String[] kw) {
        Args.noKeywords("EncodeLocaleEx", kw);
        Args.positional("EncodeLocaleEx", args.length, 1, 3);
        if (!(args[0] instanceof PyStr text)) {
            throw PyErr.typeError("EncodeLocaleEx() argument 1 must be str, not " + PyErr.typeName(args[0]));
        }
        String errors = localeErrors(args, "EncodeLocaleEx");
        int[] cps = text.value().codePoints().toArray();
        for (int c : cps) {
            if (c == 0) {
                throw PyErr.valueError("embedded null character");
            }
        }
        boolean escape = errors.equals("surrogateescape");
        boolean pass = errors.equals("surrogatepass");
        if (!errors.equals("strict") && !escape && !(pass && config.utf8Mode > 0)) {
            throw PyErr.valueError("unsupported error handler");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c >= 0xd800 && c <= 0xdfff && !pass) {
                if (!escape || c < 0xdc80 || c > 0xdcff) {
                    throw PyErr.of(PyExc.RuntimeError, "encode error: pos=" + i + ", reason=encoding error");
                }
                out.write(c & 0xff);
            } else if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | c >> 6);
                out.write(0x80 | (c & 0x3f));
            } else if (c < 0x10000) {
                out.write(0xe0 | c >> 12);
                out.write(0x80 | (c >> 6 & 0x3f));
                out.write(0x80 | (c & 0x3f));
            } else {
                out.write(0xf0 | c >> 18);
                out.write(0x80 | (c >> 12 & 0x3f));
                out.write(0x80 | (c >> 6 & 0x3f));
                out.write(0x80 | (c & 0x3f));
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /**
     * DecodeLocaleEx(data[, current_locale[, errors]]): the inverse of EncodeLocaleEx, with
     * RuntimeError "decode error: pos=N, reason=decoding error" for undecodable bytes and
     * surrogateescape's U+DC80..U+DCFF for each byte that is not valid UTF-8. Compare
     * Modules/_testinternalcapi.c: decode_locale_ex and Python/fileutils.c: _Py_DecodeLocaleEx.
     */
    @ExposedMethod
    static PyObject DecodeLocaleEx(PyObject[] args, String[] kw) {
        Args.noKeywords("DecodeLocaleEx", kw);
        Args.positional("DecodeLocaleEx", args.length, 1, 3);
        if (!(args[0] instanceof PyBytes data)) {
            throw PyErr.typeError("DecodeLocaleEx() argument 1 must be bytes, not " + PyErr.typeName(args[0]));
        }
        byte[] in = data.bytes();
        for (byte b : in) {
            if (b == 0) {
                throw PyErr.valueError("embedded null byte");
            }
        }
        String errors = localeErrors(args, "DecodeLocaleEx");
        boolean pass = errors.equals("surrogatepass");
        if (!errors.equals("strict") && !errors.equals("surrogateescape") && !(pass && config.utf8Mode > 0)) {
            throw PyErr.valueError("unsupported error handler");
        }
        try {
            return PyStr.of(Utf8.decode(in, errors, true).text());
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.UnicodeDecodeError)) {
                throw e;
            }
            PyObject start = Abstract.getAttr(e, "start");
            throw PyErr.of(PyExc.RuntimeError, "decode error: pos=" + start + ", reason=decoding error");
        }
    }

    /** Checks the optional int current_locale (pyvm has one locale codec); the errors argument, "strict" when absent. */
    private static String localeErrors(PyObject[] args, String fn) {
        if (args.length > 1 && !(args[1] instanceof PyInt)) {
            throw PyErr.typeError("'" + PyErr.typeName(args[1]) + "' object cannot be interpreted as an integer");
        }
        if (args.length < 3) {
            return "strict";
        }
        if (!(args[2] instanceof PyStr e)) {
            throw PyErr.typeError(fn + "() argument 3 must be str, not " + PyErr.typeName(args[2]));
        }
        return e.value();
    }

    /** compiler_codegen(ast, filename, optimize): CPython's compiler stage alone; not offered by pyvm. */
    @ExposedMethod
    static PyObject compiler_codegen(PyObject[] args, String[] kw) {
        throw notOffered("compiler_codegen");
    }

    /** optimize_cfg(instructions, consts, nlocals): CPython's flow-graph stage alone; not offered by pyvm. */
    @ExposedMethod
    static PyObject optimize_cfg(PyObject[] args, String[] kw) {
        throw notOffered("optimize_cfg");
    }

    /** assemble_code_object(filename, instructions, metadata): CPython's assembler alone; not offered by pyvm. */
    @ExposedMethod
    static PyObject assemble_code_object(PyObject[] args, String[] kw) {
        throw notOffered("assemble_code_object");
    }

    private static PyBaseException notOffered(String name) {
        return PyErr.of(PyExc.NotImplementedError,
            "pyvm: _testinternalcapi." + name + "() (a compiler stage run alone) is not supported yet");
    }

    private static PyObject flag(boolean b) {
        return b ? PyInt.ONE : PyInt.ZERO;
    }

    private static PyObject strList(List<String> items) {
        return new PyList(items.stream().map(PyStr::of).toArray(PyObject[]::new));
    }
}
