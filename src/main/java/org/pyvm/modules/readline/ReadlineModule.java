package org.pyvm.modules.readline;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyvm.modules.posix.Fs;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Audit;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.LineReader;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * readline: GNU readline's line editing, history and completion for input() and the
 * interactive loop, through {@link Libreadline}. Importing the module installs
 * {@link LineEditor} as the line reader (CPython's PyOS_ReadlineFunctionPointer = call_readline),
 * which builtins.input and the interactive loop use when standard input and output are a
 * terminal. Strings cross to C in the locale's encoding with surrogateescape (UTF-8 here,
 * as pyvm's file system encoding). The Python hooks (completer, startup, pre-input,
 * completion display) are called from readline through upcall stubs; an exception they
 * raise is dropped, as CPython clears it. Compare CPython Modules/readline.c (3.12).
 *
 * <p>_READLINE_VERSION is CPython's compile-time header version; pyvm is built without
 * readline's headers, so it reports the runtime library's version there too.
 */
public final class ReadlineModule {

    private ReadlineModule() {}

    static Libreadline rl;

    // The module state (readlinestate): the Python hooks and the last completion's indexes.
    static PyObject completer;
    static PyObject startupHook;
    static PyObject preInputHook;
    static PyObject displayHook;
    static PyObject begidx = PyInt.of(0);
    static PyObject endidx = PyInt.of(0);
    /** set_history_length: the number of lines written history files keep; -1 keeps all. */
    static int historyLength = -1;
    static boolean autoHistory = true;
    /** The word break characters set last (ours to free when replaced). */
    private static MemorySegment breakChars;

    /** The C functions readline calls back, made once. */
    static MemorySegment startupStub;
    static MemorySegment preInputStub;
    static MemorySegment completeStub;
    static MemorySegment entryStub;
    static MemorySegment displayStub;

    public static PyModule create() {
        Libreadline lib = Libreadline.load();
        if (lib == null) {
            PyBaseException e = PyErr.of(PyExc.ModuleNotFoundError,
                PyStr.of("No module named 'readline': GNU readline (libreadline.so.8) could not be loaded"));
            Abstract.setAttr(e, "name", PyStr.of("readline"));
            throw e;
        }
        synchronized (ReadlineModule.class) {
            if (rl == null) {
                makeStubs();
                rl = lib;
            }
            if (setupRun != org.pyvm.runtime.Interrupts.runCount()) {
                // Once a run, as CPython's single-phase module initializes once a process
                // (pyvm's tests run several programs in one JVM, which shares the library).
                setup(lib);
                setupRun = org.pyvm.runtime.Interrupts.runCount();
            }
        }
        PyModule m = new PyModule("readline");
        m.getDict().setStr("__doc__", PyStr.of("Importing this module enables command line editing using GNU readline."));
        m.addFunctions(Functions.class);
        int version = lib.getInt("rl_readline_version");
        m.getDict().setStr("_READLINE_VERSION", PyInt.of(version));
        m.getDict().setStr("_READLINE_RUNTIME_VERSION", PyInt.of(version));
        m.getDict().setStr("_READLINE_LIBRARY_VERSION", PyStr.of(decode(Libreadline.cBytes(lib.getPointer("rl_library_version")))));
        LineReader.install(LineEditor.INSTANCE);
        return m;
    }

    private static long setupRun = -1;

    /** The C functions readline calls back, made once in the JVM. */
    private static void makeStubs() {
        Linker linker = Linker.nativeLinker();
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            startupStub = linker.upcallStub(l.findStatic(Hooks.class, "onStartup", MethodType.methodType(int.class)),
                FunctionDescriptor.of(JAVA_INT), Arena.global());
            preInputStub = linker.upcallStub(l.findStatic(Hooks.class, "onPreInput", MethodType.methodType(int.class)),
                FunctionDescriptor.of(JAVA_INT), Arena.global());
            completeStub = linker.upcallStub(l.findStatic(Hooks.class, "flexComplete",
                MethodType.methodType(MemorySegment.class, MemorySegment.class, int.class, int.class)),
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_INT), Arena.global());
            entryStub = linker.upcallStub(l.findStatic(Hooks.class, "onCompletion",
                MethodType.methodType(MemorySegment.class, MemorySegment.class, int.class)),
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT), Arena.global());
            displayStub = linker.upcallStub(l.findStatic(Hooks.class, "onDisplayMatches",
                MethodType.methodType(void.class, MemorySegment.class, int.class, int.class)),
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT), Arena.global());
            LineEditor.INSTANCE.makeStub(linker);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** setup_readline: the module state, names, key bindings, our hooks and word breaks, then rl_initialize. */
    private static void setup(Libreadline lib) {
        completer = null;
        startupHook = null;
        preInputHook = null;
        displayHook = null;
        begidx = PyInt.of(0);
        endidx = PyInt.of(0);
        historyLength = -1;
        autoHistory = true;
        try (LineEditor.Locale saved = LineEditor.Locale.save(lib, false)) {
            lib.setPointer("rl_readline_name", Arena.global().allocateFrom("python"));
            lib.clearHistory.invokeExact();
            lib.usingHistory.invokeExact();
            // TAB inserts a tab; ESC-TAB and ESC-ESC complete (readline.c's bindings).
            int r = (int) lib.bindKey.invokeExact((int) '\t', lib.symbol("rl_insert"));
            r = (int) lib.bindKeyInMap.invokeExact((int) '\t', lib.symbol("rl_complete"), lib.symbol("emacs_meta_keymap"));
            r = (int) lib.bindKeyInMap.invokeExact(0x1b, lib.symbol("rl_complete"), lib.symbol("emacs_meta_keymap"));
            lib.setPointer("rl_startup_hook", startupStub);
            lib.setPointer("rl_pre_input_hook", preInputStub);
            lib.setPointer("rl_attempted_completion_function", completeStub);
            lib.setPointer("rl_completion_display_matches_hook", MemorySegment.NULL);
            setBreakChars(lib, " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if ((int) lib.isatty.invokeExact(1) == 0) {
                // Not a terminal: no meta key, whose enabling sequence would reach the output (bpo-19884).
                variableBind(lib, "enable-meta-key", "off");
            }
            r = (int) lib.initialize.invokeExact();
            disableBracketedPaste(lib);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static void variableBind(Libreadline lib, String name, String value) throws Throwable {
        try (Arena a = Arena.ofConfined()) {
            int r = (int) lib.variableBind.invokeExact(a.allocateFrom(name), a.allocateFrom(value));
        }
    }

    /** The REPL does not handle bracketed paste, and its escape would reach the output (bpo-42819). */
    static void disableBracketedPaste(Libreadline lib) throws Throwable {
        variableBind(lib, "enable-bracketed-paste", "off");
    }

    private static void setBreakChars(Libreadline lib, byte[] chars) {
        MemorySegment s = lib.mallocString(chars);
        MemorySegment old = breakChars;
        breakChars = s;
        lib.setPointer("rl_completer_word_break_characters", s);
        if (old != null) {
            try {
                lib.free.invokeExact(old);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- conversions ----

    /** encode(): PyUnicode_EncodeLocale(s, "surrogateescape"); TypeError for a non-str as CPython's. */
    static byte[] encode(PyObject o) {
        if (!(o instanceof PyStr) && !o.type().isSubtypeOf(PyStr.TYPE)) {
            throw PyErr.typeError("bad argument type for built-in operation");
        }
        String s = o.toString();
        if (s.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        return Fs.encode(s);
    }

    static String decode(byte[] b) {
        return b == null ? "" : Fs.decode(b);
    }

    /**
     * A history or init file argument: None for readline's default (NULL), else
     * PyUnicode_FSConverter's bytes, a relative name made absolute from pyvm's working
     * directory (os.chdir moves pyvm's, not the process's, which readline would use).
     */
    private static byte[] fileName(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        byte[] b = Fs.fsConvert(o);
        if (b.length > 0 && b[0] == '/') {
            return b;
        }
        byte[] dir = Fs.bytes(Fs.cwd());
        byte[] out = java.util.Arrays.copyOf(dir, dir.length + 1 + b.length);
        out[dir.length] = '/';
        System.arraycopy(b, 0, out, dir.length + 1, b.length);
        return out;
    }

    private static void auditOpen(PyObject filename, String defaultName, char mode) {
        if (Audit.on()) {
            Audit.event("open", filename == null || filename == PyNone.NONE ? PyStr.of(defaultName) : filename,
                PyStr.of(String.valueOf(mode)), PyInt.of(0));
        }
    }

    private static MemorySegment cPath(Arena a, byte[] name) {
        return name == null ? MemorySegment.NULL : Libreadline.cString(a, name);
    }

    /** A history or init file call of readline, given the C path (NULL: readline's default); its errno. */
    @FunctionalInterface
    private interface FileOp {
        int run(MemorySegment path) throws Throwable;
    }

    /** Audits "open" for FILENAME (DEFAULT_NAME when None) in MODE, runs OP, and raises its errno as OSError. */
    private static void fileOp(PyObject filename, String defaultName, char mode, FileOp op) {
        byte[] name = fileName(filename);
        auditOpen(filename, defaultName, mode);
        int err;
        try (Arena a = Arena.ofConfined()) {
            err = op.run(cPath(a, name));
        } catch (Throwable e) {
            throw unchecked(e);
        }
        if (err != 0) {
            throw OsErrors.of(err);
        }
    }

    /** After a successful write or append (ERR 0): the file cut to set_history_length's lines, as readline.c does. */
    private static int truncated(MemorySegment path, int err) throws Throwable {
        if (err == 0 && historyLength >= 0) {
            int r = (int) rl.truncateFile.invokeExact(path, historyLength);
        }
        return err;
    }

    /** set_hook: None clears, a callable is kept, anything else is CPython's TypeError. */
    private static PyObject hook(String name, PyObject f) {
        if (f == null || f == PyNone.NONE) {
            return null;
        }
        if (!Abstract.isCallable(f)) {
            throw PyErr.typeError("set_" + name + "(func): argument not callable");
        }
        return f;
    }

    /** _py_get_history_length: the length field of history_get_history_state()'s copy, which we free. */
    static int historyCount() throws Throwable {
        MemorySegment st = ((MemorySegment) rl.historyState.invokeExact()).reinterpret(24);
        // HISTORY_STATE: HIST_ENTRY **entries; int offset; int length; ...
        int n = st.get(JAVA_INT, ADDRESS.byteSize() + 4);
        rl.free.invokeExact(st);
        return n;
    }

    /** The line of a HIST_ENTRY (its first field). */
    static byte[] entryLine(MemorySegment entry) {
        if (entry.address() == 0) {
            return null;
        }
        return Libreadline.cBytes(entry.reinterpret(ADDRESS.byteSize()).get(ADDRESS, 0));
    }

    /** _py_free_history_entry: free_history_entry gives back the application data to free. */
    private static void freeEntry(MemorySegment entry) throws Throwable {
        MemorySegment data = (MemorySegment) rl.freeHistoryEntry.invokeExact(entry);
        rl.free.invokeExact(data);
    }

    static RuntimeException unchecked(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error r) {
            throw r;
        }
        return new IllegalStateException(e);
    }

    /** The module's functions, in readline.c's order. */
    static final class Functions {
        private Functions() {}

        @ExposedMethod
        static void parse_and_bind(PyObject string) {
            byte[] b = encode(string);
            try (Arena a = Arena.ofConfined()) {
                // rl_parse_and_bind writes into its argument: it gets a copy.
                int r = (int) rl.parseAndBind.invokeExact(Libreadline.cString(a, b));
            } catch (Throwable e) {
                throw unchecked(e);
            }
        }

        @ExposedMethod
        static PyObject get_line_buffer() {
            return PyStr.of(decode(Libreadline.cBytes(rl.getPointer("rl_line_buffer"))));
        }

        @ExposedMethod
        static void insert_text(PyObject string) {
            byte[] b = encode(string);
            try (Arena a = Arena.ofConfined()) {
                int r = (int) rl.insertText.invokeExact(Libreadline.cString(a, b));
            } catch (Throwable e) {
                throw unchecked(e);
            }
        }

        @ExposedMethod
        static void redisplay() {
            try {
                rl.redisplay.invokeExact();
            } catch (Throwable e) {
                throw unchecked(e);
            }
        }

        @ExposedMethod(min = 0)
        static void read_init_file(PyObject filename) {
            fileOp(filename, "<readline_init_file>", 'r', p -> {
                int err = (int) rl.readInitFile.invokeExact(p);
                if (err == 0) {
                    disableBracketedPaste(rl);
                }
                return err;
            });
        }

        @ExposedMethod(min = 0)
        static void read_history_file(PyObject filename) {
            fileOp(filename, "~/.history", 'r', p -> (int) rl.readHistory.invokeExact(p));
        }

        @ExposedMethod(min = 0)
        static void write_history_file(PyObject filename) {
            fileOp(filename, "~/.history", 'w', p -> truncated(p, (int) rl.writeHistory.invokeExact(p)));
        }

        @ExposedMethod(min = 1)
        static void append_history_file(PyObject nelements, PyObject filename) {
            int n = Abstract.asCInt(nelements);
            fileOp(filename, "~/.history", 'a', p -> truncated(p, (int) rl.appendHistory.invokeExact(n, p)));
        }

        @ExposedMethod
        static void set_history_length(PyObject length) {
            historyLength = Abstract.asCInt(length);
        }

        @ExposedMethod
        static PyObject get_history_length() {
            return PyInt.of(historyLength);
        }

        @ExposedMethod(min = 0)
        static void set_completion_display_matches_hook(PyObject function) {
            displayHook = hook("completion_display_matches_hook", function);
            // Only while a hook is set: it replaces readline's own display of the matches.
            rl.setPointer("rl_completion_display_matches_hook", displayHook != null ? displayStub : MemorySegment.NULL);
        }

        @ExposedMethod(min = 0)
        static void set_startup_hook(PyObject function) {
            startupHook = hook("startup_hook", function);
        }

        @ExposedMethod(min = 0)
        static void set_pre_input_hook(PyObject function) {
            preInputHook = hook("pre_input_hook", function);
        }

        @ExposedMethod
        static PyObject get_completion_type() {
            return PyInt.of(rl.getInt("rl_completion_type"));
        }

        @ExposedMethod
        static PyObject get_begidx() {
            return begidx;
        }

        @ExposedMethod
        static PyObject get_endidx() {
            return endidx;
        }

        @ExposedMethod
        static void set_completer_delims(PyObject string) {
            setBreakChars(rl, encode(string));
        }

        @ExposedMethod
        static void remove_history_item(PyObject pos) {
            int n = Abstract.asCInt(pos);
            if (n < 0) {
                throw PyErr.valueError("History index cannot be negative");
            }
            try {
                MemorySegment entry = (MemorySegment) rl.removeHistory.invokeExact(n);
                if (entry.address() == 0) {
                    throw PyErr.valueError("No history item at position " + n);
                }
                freeEntry(entry);
            } catch (Throwable e) {
                throw unchecked(e);
            }
        }

        @ExposedMethod
        static void replace_history_item(PyObject pos, PyObject line) {
            int n = Abstract.asCInt(pos);
            if (!(line instanceof PyStr) && !line.type().isSubtypeOf(PyStr.TYPE)) {
                throw PyErr.typeError("replace_history_item() argument 2 must be str, not " + line.type().getName());
            }
            if (n < 0) {
                throw PyErr.valueError("History index cannot be negative");
            }
            byte[] b = encode(line);
            try (Arena a = Arena.ofConfined()) {
                MemorySegment old = (MemorySegment) rl.replaceHistoryEntry.invokeExact(n, Libreadline.cString(a, b),
                    MemorySegment.NULL);
                if (old.address() == 0) {
                    throw PyErr.valueError("No history item at position " + n);
                }
                freeEntry(old);
            } catch (Throwable e) {
                throw unchecked(e);
            }
        }

        @ExposedMethod
        static void add_history(PyObject string) {
            byte[] b = encode(string);
            try (Arena a = Arena.ofConfined()) {
                rl.addHistory.invokeExact(Libreadline.cString(a, b));
            } catch (Throwable e) {
                throw unchecked(e);
            }
        }

        @ExposedMethod
        static void set_auto_history(PyObject enabled) {
            autoHistory = Abstract.isTrue(enabled);
        }

        @ExposedMethod
        static PyObject get_completer_delims() {
            return PyStr.of(decode(Libreadline.cBytes(rl.getPointer("rl_completer_word_break_characters"))));
        }

        @ExposedMethod(min = 0)
        static void set_completer(PyObject function) {
            completer = hook("completer", function);
        }

        @ExposedMethod
        static PyObject get_completer() {
            return completer == null ? PyNone.NONE : completer;
        }

        /** get_history_item(index): readline's history_get, whose index starts at history_base (1). */
        @ExposedMethod
        static PyObject get_history_item(PyObject index) {
            int n = Abstract.asCInt(index);
            try {
                byte[] line = entryLine((MemorySegment) rl.historyGet.invokeExact(n));
                return line == null ? PyNone.NONE : PyStr.of(decode(line));
            } catch (Throwable e) {
                throw unchecked(e);
            }
        }

        @ExposedMethod
        static PyObject get_current_history_length() {
            try {
                return PyInt.of(historyCount());
            } catch (Throwable e) {
                throw unchecked(e);
            }
        }

        @ExposedMethod
        static void clear_history() {
            try {
                rl.clearHistory.invokeExact();
            } catch (Throwable e) {
                throw unchecked(e);
            }
        }
    }

    /**
     * The C functions readline calls. An upcall must not throw (the JVM would end), so
     * each catches everything; a Python error is dropped, as readline.c clears it.
     */
    static final class Hooks {
        private Hooks() {}

        /** on_hook: the hook's int result (None is 0). */
        private static int callHook(PyObject f) {
            if (f == null) {
                return 0;
            }
            try {
                PyObject r = Abstract.call(f);
                return r == PyNone.NONE ? 0 : Abstract.asCInt(r);
            } catch (Throwable e) {
                return 0;
            }
        }

        static int onStartup() {
            return callHook(startupHook);
        }

        static int onPreInput() {
            return callHook(preInputHook);
        }

        /** on_completion_display_matches_hook: hook(substitution, [matches], longest_match_length). */
        static void onDisplayMatches(MemorySegment matches, int n, int maxLength) {
            PyObject f = displayHook;
            if (f == null) {
                return;
            }
            try {
                MemorySegment m = matches.reinterpret(ADDRESS.byteSize() * (n + 1L));
                PyObject[] items = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    items[i] = PyStr.of(decode(Libreadline.cBytes(m.getAtIndex(ADDRESS, i + 1))));
                }
                PyObject sub = PyStr.of(decode(Libreadline.cBytes(m.getAtIndex(ADDRESS, 0))));
                PyObject r = Abstract.call(f, sub, new PyList(items), PyInt.of(maxLength));
                if (r != PyNone.NONE) {
                    Abstract.index(r);
                }
            } catch (Throwable e) {
                // dropped, as readline.c's PyErr_Clear
            }
        }

        /** on_completion: completer(text, state), or NULL when there is none or it gives None. */
        static MemorySegment onCompletion(MemorySegment text, int state) {
            PyObject f = completer;
            if (f == null) {
                return MemorySegment.NULL;
            }
            try {
                rl.setInt("rl_attempted_completion_over", 1);
                PyObject r = Abstract.call(f, PyStr.of(decode(Libreadline.cBytes(text))), PyInt.of(state));
                if (r == PyNone.NONE) {
                    return MemorySegment.NULL;
                }
                return rl.mallocString(encode(r));
            } catch (Throwable e) {
                return MemorySegment.NULL;
            }
        }

        /**
         * flex_complete: remembers begidx/endidx (as character positions: the line buffer's
         * byte offsets decoded) and asks rl_completion_matches for the matches from on_completion.
         */
        static MemorySegment flexComplete(MemorySegment text, int start, int end) {
            try {
                rl.setInt("rl_completion_append_character", 0);
                rl.setInt("rl_completion_suppress_append", 0);
                byte[] line = Libreadline.cBytes(rl.getPointer("rl_line_buffer"));
                if (line != null && start >= 0 && start <= end && end <= line.length) {
                    String pre = decode(java.util.Arrays.copyOfRange(line, 0, start));
                    int s = pre.codePointCount(0, pre.length());
                    String mid = decode(java.util.Arrays.copyOfRange(line, start, end));
                    start = s;
                    end = s + mid.codePointCount(0, mid.length());
                }
                begidx = PyInt.of(start);
                endidx = PyInt.of(end);
                return (MemorySegment) rl.completionMatches.invokeExact(text, entryStub);
            } catch (Throwable e) {
                return MemorySegment.NULL;
            }
        }
    }
}
