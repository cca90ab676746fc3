package org.pyvm.modules.testcapi;

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
 * system's boundary ({@code EncodeLocaleEx}, {@code DecodeLocaleEx}); and the compiler's
 * stages run alone as test.support.bytecode_helper uses them ({@code compiler_codegen},
 * {@code optimize_cfg}, {@code assemble_code_object}: pyvm's own compiler through
 * runtime.SourceCompilation, on CPython's instruction-tuple form). Everything else of CPython's module (the C
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
        // sizeof(PyGC_Head) on a 64-bit machine: what sys.getsizeof adds for a type with
        // Py_TPFLAGS_HAVE_GC (test.support.check_sizeof adds it back the same way).
        m.getDict().setStr("SIZEOF_PYGC_HEAD", PyInt.of(16));
        return m;
    }

    /**
     * pending_threadfunc(callback, *, ensure_added=False): queues CALLBACK as a pending call
     * that any thread runs at its next eval breaker check; True (the queue is never full).
     * Compare _testinternalcapi.c: pending_threadfunc.
     */
    @ExposedMethod
    static PyObject pending_threadfunc(PyObject[] args, String[] kw) {
        java.util.List<PyObject> a = GetArgs.parseTupleAndKeywords(args, kw, "O|$p:pending_threadfunc",
            new String[] {"", "ensure_added"});
        org.pyvm.runtime.PendingCalls.add(a.get(0), false);
        return org.pyvm.runtime.PyBool.TRUE;
    }

    /** pending_identify(interpid): the id a pending call added to that interpreter reports from there. */
    @ExposedMethod
    static PyObject pending_identify(PyObject[] args, String[] kw) {
        Args.noKeywords("pending_identify", kw);
        List<PyObject> a = GetArgs.parseTuple(args, "O:pending_identify");
        return PyInt.of(org.pyvm.modules.interpreters.Subinterpreters.pendingIdentify(a.get(0)));
    }

    /**
     * get_interp_settings(interpid=-1, /): {'feature_flags': the Py_RTFLAGS_* bits, 'own_gil':
     * bool} of this interpreter (-1) or the main one (0); another id is NotImplementedError, as
     * in CPython. Compare _testinternalcapi.c: get_interp_settings.
     */
    @ExposedMethod
    static PyObject get_interp_settings(PyObject[] args, String[] kw) {
        Args.noKeywords("get_interp_settings", kw);
        List<PyObject> a = GetArgs.parseTuple(args, "|i:get_interp_settings");
        long id = a.isEmpty() || a.get(0) == null ? -1 : ((PyInt) a.get(0)).longValue();
        int flags;
        boolean ownGil;
        if (id < 0) {
            flags = org.pyvm.runtime.PyRuntime.interpreterFeatures;
            ownGil = org.pyvm.runtime.PyRuntime.ownGil;
        } else if (id == 0) {
            flags = org.pyvm.runtime.PyRuntime.MAIN_FEATURES;
            ownGil = true;
        } else {
            throw PyErr.of(PyExc.NotImplementedError, String.valueOf(id));
        }
        PyDict d = new PyDict();
        d.setStr("feature_flags", PyInt.of(flags));
        d.setStr("own_gil", org.pyvm.runtime.PyBool.of(ownGil));
        return d;
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

    /** A frame object's interpreter frame: the frame itself in pyvm (C's f->f_frame). */
    private static org.pyvm.runtime.PyFrame frame(PyObject f) {
        if (!(f instanceof org.pyvm.runtime.PyFrame frame)) {
            throw PyErr.typeError("argument must be a frame");
        }
        return frame;
    }

    /** iframe_getcode(frame): PyUnstable_InterpreterFrame_GetCode, the code the frame runs. Compare _testinternalcapi.c. */
    @ExposedMethod
    static PyObject iframe_getcode(PyObject f) {
        return frame(f).code();
    }

    /** iframe_getline(frame): PyUnstable_InterpreterFrame_GetLine, the line of the instruction running. */
    @ExposedMethod
    static PyObject iframe_getline(PyObject f) {
        return PyInt.of(frame(f).code().lineAt(frame(f).lasti()));
    }

    /** iframe_getlasti(frame): PyUnstable_InterpreterFrame_GetLasti, the byte offset of that instruction. */
    @ExposedMethod
    static PyObject iframe_getlasti(PyObject f) {
        return PyInt.of(frame(f).lasti());
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
        if (text.value().indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        boolean pass = errors.equals("surrogatepass");
        if (!errors.equals("strict") && !errors.equals("surrogateescape") && !(pass && config.utf8Mode > 0)) {
            throw PyErr.valueError("unsupported error handler");
        }
        try {
            return new PyBytes(Utf8.encode(text, errors));
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.UnicodeEncodeError)) {
                throw e;
            }
            PyObject start = Abstract.getAttr(e, "start");
            throw PyErr.of(PyExc.RuntimeError, "encode error: pos=" + start + ", reason=encoding error");
        }
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


    /**
     * compiler_codegen(ast, filename, optimize, compile_mode=0): code generation alone on an
     * ast.Module; returns (instructions, metadata) with the instructions as optimize_cfg
     * takes them (jump arguments are instruction indexes) and the metadata's name, qualname
     * and consts ({constant: index}). Compare CPython Python/compile.c: _PyCompile_CodeGen.
     */
    @ExposedMethod(min = 3)
    static PyObject compiler_codegen(PyObject ast, PyObject filename, PyObject optimize, PyObject compileMode) {
        if (compileMode != null && Abstract.asCInt(compileMode) != 0) {
            throw notOffered("compiler_codegen with a compile_mode other than 0 (exec)");
        }
        List<Object> cs = new java.util.ArrayList<>();
        if (!(filename instanceof PyStr fn)) {
            throw PyErr.typeError("compiler_codegen() argument 'filename' must be str, not " + filename.type().getName());
        }
        int[][] out = org.pyvm.runtime.SourceCompilation.get().codegen(ast, fn.value(),
            Abstract.asCInt(optimize), cs);
        PyDict consts = new PyDict();
        for (int i = 0; i < cs.size(); i++) {
            consts.setItem(org.pyvm.runtime.MarshalValues.toPython(cs.get(i)), PyInt.of(i));
        }
        PyDict metadata = new PyDict();
        metadata.setItem(PyStr.of("name"), PyStr.of("<module>"));
        metadata.setItem(PyStr.of("qualname"), PyStr.of("<module>"));
        metadata.setItem(PyStr.of("consts"), consts);
        return org.pyvm.runtime.PyTuple.of(rows(out), metadata);
    }

    /**
     * optimize_cfg(instructions, consts, nlocals): the compiler's flow-graph stage alone on a
     * list of (opcode, oparg, lineno, end_lineno, col_offset, end_col_offset) tuples, jump
     * arguments being instruction indexes; returns the optimized list in the same form and
     * updates CONSTS in place. Compare CPython Modules/_testinternalcapi.c: optimize_cfg,
     * Python/compile.c: _PyCompile_OptimizeCfg.
     */
    @ExposedMethod
    static PyObject optimize_cfg(PyObject instructions, PyObject consts, PyObject nlocals) {
        int[][] in = instructions(instructions, "optimize_cfg", 1);
        if (!(consts instanceof PyList constList)) {
            throw PyErr.typeError("optimize_cfg() argument 2 must be list, not " + consts.type().getName());
        }
        int n = Abstract.asCInt(nlocals);
        List<Object> cs = new java.util.ArrayList<>(java.util.Arrays.asList(
            org.pyvm.runtime.MarshalValues.constants(constList.toArray())));
        int[][] out;
        try {
            out = org.pyvm.runtime.SourceCompilation.get().optimizeCfg(in, cs, n);
        } catch (IllegalArgumentException e) {
            throw PyErr.valueError(e.getMessage());
        }
        // The caller's list itself, as CPython's stage edits it (consts[:] = ...).
        org.pyvm.runtime.PyObject[] items = new PyObject[cs.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = org.pyvm.runtime.MarshalValues.toPython(cs.get(i));
        }
        org.pyvm.runtime.Abstract.setItem(constList, new org.pyvm.runtime.PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE),
            new PyList(items));
        return rows(out);
    }

    /** A list of (opcode, oparg, lineno, end_lineno, col_offset, end_col_offset) tuples. */
    private static int[][] instructions(PyObject list, String fn, int argNo) {
        if (!(list instanceof PyList insts)) {
            throw PyErr.typeError(fn + "() argument " + argNo + " must be list, not " + list.type().getName());
        }
        int[][] in = new int[insts.size()][];
        for (int i = 0; i < in.length; i++) {
            PyObject t = insts.get(i);
            if (!(t instanceof org.pyvm.runtime.PyTuple tup) || tup.size() != 6) {
                throw PyErr.valueError("expected a 6-tuple");
            }
            in[i] = new int[6];
            for (int k = 0; k < 6; k++) {
                // An opcode without an argument ignores the second item (None in the tests).
                in[i][k] = k == 1 && !hasArg(in[i][0]) ? 0 : Abstract.asCInt(tup.get(k));
            }
        }
        return in;
    }

    /** Instructions as the compiler-stage functions give them: a list of 6-tuples of ints. */
    private static PyList rows(int[][] out) {
        PyObject[] rows = new PyObject[out.length];
        for (int i = 0; i < out.length; i++) {
            PyObject[] row = new PyObject[6];
            for (int k = 0; k < 6; k++) {
                row[k] = PyInt.of(out[i][k]);
            }
            rows[i] = org.pyvm.runtime.PyTuple.of(row);
        }
        return new PyList(rows);
    }

    /**
     * assemble_code_object(filename, instructions, metadata): the assembler alone, on
     * instructions as optimize_cfg takes them and the unit's metadata (name, qualname,
     * consts/names/varnames/cellvars/freevars as {item: index} dicts, argument counts,
     * firstlineno). Compare CPython Python/compile.c: _PyCompile_Assemble.
     */
    @ExposedMethod
    static PyObject assemble_code_object(PyObject filename, PyObject instructions, PyObject metadata) {
        if (!(filename instanceof PyStr fn)) {
            throw PyErr.typeError("assemble_code_object() argument 1 must be str, not " + filename.type().getName());
        }
        if (!(metadata instanceof PyDict md)) {
            throw PyErr.typeError("assemble_code_object() argument 3 must be dict, not " + metadata.type().getName());
        }
        int[][] in = instructions(instructions, "assemble_code_object", 2);
        org.pyvm.runtime.SourceCompilation.UnitMetadata m = new org.pyvm.runtime.SourceCompilation.UnitMetadata(
            metaStr(md, "name"), metaStr(md, "qualname"),
            java.util.Arrays.asList(org.pyvm.runtime.MarshalValues.constants(byIndex(md, "consts"))),
            names(byIndex(md, "names")), names(byIndex(md, "varnames")), names(byIndex(md, "cellvars")),
            names(byIndex(md, "freevars")), metaInt(md, "argcount"), metaInt(md, "posonlyargcount"),
            metaInt(md, "kwonlyargcount"), metaInt(md, "firstlineno"));
        try {
            return new org.pyvm.runtime.PyCode(org.pyvm.runtime.SourceCompilation.get().assemble(fn.value(), in, m));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw PyErr.valueError(e.getMessage());
        }
    }

    private static PyObject metaItem(PyDict md, String key) {
        PyObject v = md.get(PyStr.of(key));
        if (v == null) {
            throw PyErr.of(org.pyvm.runtime.PyExc.KeyError, key);
        }
        return v;
    }

    private static String metaStr(PyDict md, String key) {
        PyObject v = metaItem(md, key);
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("metadata '" + key + "' must be str, not " + v.type().getName());
        }
        return s.value();
    }

    private static int metaInt(PyDict md, String key) {
        return Abstract.asCInt(metaItem(md, key));
    }

    /** A {item: index} dict of the metadata as the list of its items in index order. */
    private static PyObject[] byIndex(PyDict md, String key) {
        PyObject v = metaItem(md, key);
        if (!(v instanceof PyDict d)) {
            throw PyErr.typeError("metadata '" + key + "' must be dict, not " + v.type().getName());
        }
        PyObject[] keys = org.pyvm.runtime.Abstract.toArray(v);
        PyObject[] out = new PyObject[keys.length];
        for (PyObject k : keys) {
            int i = Abstract.asCInt(d.get(k));
            if (i < 0 || i >= out.length || out[i] != null) {
                throw PyErr.valueError("metadata '" + key + "' indexes must be 0.." + (out.length - 1) + ", each once");
            }
            out[i] = k;
        }
        return out;
    }

    private static List<String> names(PyObject[] items) {
        List<String> out = new java.util.ArrayList<>();
        for (PyObject o : items) {
            if (!(o instanceof PyStr s)) {
                throw PyErr.typeError("metadata names must be str, not " + o.type().getName());
            }
            out.add(s.value());
        }
        return out;
    }

    /** HAS_ARG of a real or pseudo opcode (of the pseudo-instructions, only POP_BLOCK has none). */
    private static boolean hasArg(int op) {
        return op >= 256 ? op != org.pyvm.bytecode.Opcode.POP_BLOCK : org.pyvm.bytecode.Opcode.hasArg(op);
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

    /**
     * test_edit_cost: the edit costs of the suggestions ("Did you mean ...?") for pairs of
     * strings, each checked with no threshold, with halved thresholds (the cost must then
     * exceed the threshold) and with a larger one (the same cost). Compare
     * Modules/_testinternalcapi.c: check_edit_cost, test_edit_cost.
     */
    @ExposedMethod
    static PyObject test_edit_cost() {
        Object[][] cases = {{"", "", 0}, {"", "a", 2}, {"a", "A", 1}, {"Apple", "Aple", 2}, {"Banana", "B@n@n@", 6},
            {"Cherry", "Cherry!", 2}, {"---0---", "------", 2}, {"abc", "y", 6}, {"aa", "bb", 4},
            {"aaaaa", "AAAAA", 5}, {"wxyz", "wXyZ", 2}, {"wxyz", "wXyZ123", 8}, {"Python", "Java", 12},
            {"Java", "C#", 8}, {"AbstractFoobarManager", "abstract_foobar_manager", 3 + 2 * 2},
            {"CPython", "PyPy", 10}, {"CPython", "pypy", 11}, {"AttributeError", "AttributeErrop", 2},
            {"AttributeError", "AttributeErrorTests", 10}};
        for (Object[] c : cases) {
            String a = (String) c[0];
            String b = (String) c[1];
            int expected = (Integer) c[2];
            int result = org.pyvm.runtime.Suggestions.editCost(a, b, -1);
            if (result != expected) {
                throw PyErr.of(PyExc.AssertionError, "Edit cost from '" + a + "' to '" + b + "' returns " + result
                    + ", expected " + expected);
            }
            int maxEdits = result;
            while (maxEdits > 0) {
                maxEdits /= 2;
                int result2 = org.pyvm.runtime.Suggestions.editCost(a, b, maxEdits);
                if (result2 <= maxEdits) {
                    throw PyErr.of(PyExc.AssertionError, "Edit cost from '" + a + "' to '" + b + "' (threshold "
                        + maxEdits + ") returns " + result2 + ", expected greater than " + maxEdits);
                }
            }
            int result3 = org.pyvm.runtime.Suggestions.editCost(a, b, result * 2 + 1);
            if (result3 != result) {
                throw PyErr.of(PyExc.AssertionError, "Edit cost from '" + a + "' to '" + b + "' (threshold "
                    + result * 2 + ") returns " + result3 + ", expected " + result);
            }
        }
        return PyNone.NONE;
    }

    /**
     * _PyBytes_Find(haystack, needle, offset): where NEEDLE is in HAYSTACK (bytes.find, the
     * runtime's search), counted from OFFSET, the haystack's place in a larger buffer; -1 when
     * absent.
     */
    private static long bytesFind(byte[] haystack, byte[] needle, long offset) {
        PyObject find = PyBytes.TYPE.lookup("find");
        long r = Abstract.index(Abstract.call(find, new PyBytes(haystack), new PyBytes(needle))).longValue();
        return r < 0 ? -1 : r + offset;
    }

    /**
     * test_bytes_find: _PyBytes_Find on short cases (empty needles, offsets, needles at the
     * end of runs of one byte) and on long zero-filled haystacks that must not match.
     * Compare Modules/_testinternalcapi.c: check_bytes_find, check_bytes_find_large.
     */
    @ExposedMethod
    static PyObject test_bytes_find() {
        Object[][] cases = {{"", "", 0, 0}, {"Python", "", 0, 0}, {"Python", "", 3, 3}, {"Python", "", 6, 6},
            {"Python", "yth", 0, 1}, {"ython", "yth", 1, 1}, {"thon", "yth", 2, -1}, {"Python", "thon", 0, 2},
            {"ython", "thon", 1, 2}, {"thon", "thon", 2, 2}, {"hon", "thon", 3, -1}, {"Pytho", "zz", 0, -1},
            {"a".repeat(32), "ab", 0, -1}, {"a".repeat(32), "ba", 0, -1}, {"a".repeat(32), "bb", 0, -1},
            {"a".repeat(31) + "b", "ab", 0, 30}, {"a".repeat(30) + "ba", "ba", 0, 30},
            {"a".repeat(30) + "bb", "bb", 0, 30}};
        for (Object[] c : cases) {
            String h = (String) c[0];
            String n = (String) c[1];
            int offset = (Integer) c[2];
            long r = bytesFind(h.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                n.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), offset);
            if (r != (Integer) c[3]) {
                throw PyErr.of(PyExc.AssertionError, "Incorrect result_1: '" + n + "' in '" + h + "' (offset="
                    + offset + ")");
            }
        }
        Object[][] large = {{2048, "ab"}, {4096, "0123456789abcdef"}, {8192, "ab"}, {16384, "abcd"}, {32768, "ab"}};
        for (Object[] c : large) {
            int len = (Integer) c[0];
            byte[] needle = ((String) c[1]).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            long r = bytesFind(new byte[len], needle, 0);
            if (r != -1) {
                throw PyErr.of(PyExc.AssertionError, "check_bytes_find_large(" + len + ", " + needle.length
                    + ") found " + r);
            }
        }
        return PyNone.NONE;
    }
}
