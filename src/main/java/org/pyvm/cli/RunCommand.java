package org.pyvm.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyvm.interp.Interpreter;
import org.pyvm.interp.MainModule;
import org.pyvm.interp.SourceModules;
import org.pyvm.interp.PycLoader;
import org.pyvm.modules.Setup;
import org.pyvm.modules.SysConfig;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.TracebackPrinter;

/**
 * Runs a program: a {@code .py} file, {@code -c CMD}, {@code -m MODULE} or standard input
 * compiled by pyvm's own parser and compiler ({@link SourceCompiler}), or a CPython 3.12
 * {@code .pyc} file. Sets up sys (argv, path with the standard library that
 * {@link StdlibFinder} finds, flags) and imports {@code site} when it can (see
 * {@link #importSite}). Exit status as CPython's: 0, 1 after an uncaught exception
 * (traceback on standard error) or a program that does not compile, or SystemExit's code.
 * Compare CPython Modules/main.c: pymain_run_python, Python/pythonrun.c:
 * _PyRun_SimpleFileObject, handle_system_exit, and Modules/getpath.py.
 */
final class RunCommand {

    private RunCommand() {}

    /**
     * Set when the program ended with an uncaught KeyboardInterrupt (exactly that type):
     * Main then ends the process killed by SIGINT. Compare CPython's
     * _PyRuntime.signals.unhandled_keyboard_interrupt (pythonrun.c: run_eval_code_obj,
     * main.c: pymain_run_module, Py_RunMain).
     */
    static volatile boolean unhandledKeyboardInterrupt;

    /** Where the code of __main__ comes from, loaded once the interpreter is set up. */
    private interface MainCode {
        PyCode load(PyModule main) throws SourceCompiler.Failure;
    }

    /** No code of its own: the interactive loop reads it (Repl). */
    private static final MainCode REPL_ONLY = main -> null;

    /**
     * No code of its own: runpy's _run_module_as_main runs a module, -m's (which becomes
     * sys.argv[0]) or the __main__ module of sys.path[0] (a directory or zip file).
     */
    private record RunModule(String name, boolean setArgv0) implements MainCode {
        @Override
        public PyCode load(PyModule main) {
            return null;
        }
    }

    /** Whether FILE is a zip archive (zipimport's hook would accept it as a path entry). */
    private static boolean isZipFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    static int run(Options o, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        MainCode code;
        String path0;
        String mainFile;
        switch (o.source) {
            case MODULE -> {
                String name = o.target;
                // Through runpy as CPython's pymain_run_module does; pyvm's own search
                // (MainModule) when there is no standard library.
                code = new RunModule(name, true);
                MainCode own = main -> {
                    MainModule.Prepared p = MainModule.prepare(name, main);
                    PyObject argv = Setup.sys().getDict().getStr("argv");
                    Abstract.setItem(argv, PyInt.ZERO, PyStr.of(p.origin()));
                    return p.code();
                };
                if (StdlibFinder.find(env, o.xOptions) == null) {
                    code = own;
                }
                path0 = startDir();
                mainFile = null;
            }
            case COMMAND -> {
                String cmd = o.target;
                int bad = SourceCompiler.loneSurrogate(cmd);
                if (bad >= 0) {
                    // Compare Modules/main.c: pymain_run_command (PyUnicode_AsUTF8String fails).
                    err.println("Unable to decode the command from the command line:");
                    err.println(String.format("UnicodeEncodeError: 'utf-8' codec can't encode character '\\u%04x' in "
                        + "position %d: surrogates not allowed", (int) cmd.codePointAt(cmd.offsetByCodePoints(0, bad)),
                        bad));
                    err.flush();
                    return 1;
                }
                code = main -> new PyCode(SourceCompiler.compile(cmd, "<string>"));
                path0 = "";
                mainFile = null;
            }
            case STDIN, INTERACTIVE -> {
                if (o.source == Options.Source.INTERACTIVE && (o.inspect || in == System.in && System.console() != null
                    && System.console().isTerminal())) {
                    // Nothing to run but the interactive loop (pymain_run_stdin: stdin is interactive).
                    code = REPL_ONLY;
                    path0 = "";
                    mainFile = null;
                    break;
                }
                byte[] src;
                try {
                    src = in.readAllBytes();
                } catch (java.io.IOException e) {
                    err.println("pyvm: cannot read standard input: " + e.getMessage());
                    return 1;
                }
                // Standard input is read as a file (pymain_run_stdin: PyRun_AnyFileExFlags).
                code = main -> new PyCode(SourceCompiler.compileFile(src, "<stdin>"));
                path0 = "";
                mainFile = "<stdin>";
            }
            default -> {
                // The program's path made absolute as given, not normalized (config_run_filename_abspath).
                String name = absolute(o.target);
                Path file = org.pyvm.modules.posix.Fs.plain(name);
                if (Files.isDirectory(file) || isZipFile(file)) {
                    // A directory or zip file with a __main__ module: it becomes sys.path[0]
                    // and runpy runs its __main__ (pymain_run_python: pymain_get_importer).
                    code = new RunModule("__main__", false);
                    path0 = name;
                    mainFile = null;
                    break;
                }
                byte[] src;
                try {
                    // Not only regular files: /dev/stdin, /dev/fd/N, a named pipe (pymain_run_file: fopen).
                    src = Files.readAllBytes(file);
                } catch (java.io.IOException | SecurityException e) {
                    String why = e instanceof java.nio.file.AccessDeniedException ? "[Errno 13] Permission denied"
                        : e instanceof java.nio.file.NoSuchFileException || Files.notExists(file)
                        ? "[Errno 2] No such file or directory" : "[Errno 5] Input/output error";
                    // pymain_run_file prints the name with %R.
                    err.println(Main.executable() + ": can't open file " + org.pyvm.runtime.StrMethods.repr(name) + ": "
                        + why);
                    return 2;
                }
                if (o.target.endsWith(".pyc")) {
                    code = main -> PycLoader.load(src);
                } else {
                    code = main -> new PyCode(SourceCompiler.compileFile(src, name));
                }
                path0 = scriptDir(name);
                mainFile = name;
            }
        }
        try {
            return runMain(o, env, code, path0, mainFile, out, err);
        } catch (Throwable t) {
            // Last line of defence: never a raw Java stack trace.
            out.flush();
            err.println("SystemError: pyvm internal error: " + t);
            return 1;
        }
    }

    /** PATH made absolute against the working folder, as given otherwise (CPython's _Py_abspath). */
    static String absolute(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        String cwd = startDir();
        return cwd.endsWith("/") ? cwd + path : cwd + "/" + path;
    }

    /** The working directory pyvm started in, its name exact (surrogate escapes for bytes that are not UTF-8). */
    private static String startDir() {
        return org.pyvm.modules.posix.Fs.text(org.pyvm.runtime.WorkingDir.start());
    }

    /**
     * sys.path[0] for the program file FILE: a symbolic link is read once, then the path
     * resolved if it can be; its folder. Compare CPython Python/pathconfig.c:
     * _PyPathConfig_ComputeSysPath0 (readlink, realpath, the part before the last slash).
     */
    static String scriptDir(String file) {
        String p0 = file;
        try {
            Path p = org.pyvm.modules.posix.Fs.plain(file);
            if (Files.isSymbolicLink(p)) {
                String link = org.pyvm.modules.posix.Fs.text(Files.readSymbolicLink(p));
                if (link.startsWith("/")) {
                    p0 = link;
                } else if (link.indexOf('/') >= 0) {
                    p0 = file.substring(0, file.lastIndexOf('/') + 1) + link;
                }
            }
            p0 = org.pyvm.modules.posix.Fs.text(org.pyvm.modules.posix.Fs.plain(p0).toRealPath());
        } catch (java.io.IOException | RuntimeException e) {
            // realpath failed (e.g. /proc/self/fd/0 on a pipe): the path as it is
        }
        int slash = p0.lastIndexOf('/');
        return slash <= 0 ? "/" : p0.substring(0, slash);
    }

    /** Whether -X NAME or -X NAME=value was given. */
    /**
     * sys.pycache_prefix: the last -X pycache_prefix=PATH, else the environment's ENV; an
     * empty value or a bare -X pycache_prefix is None. Compare initconfig.c:
     * config_init_pycache_prefix.
     */
    private static String pycachePrefix(Options o, String env) {
        String found = null;
        boolean given = false;
        for (String x : o.xOptions) {
            if (x.equals("pycache_prefix")) {
                given = true;
                found = null;
            } else if (x.startsWith("pycache_prefix=")) {
                given = true;
                found = x.substring("pycache_prefix=".length());
            }
        }
        if (!given) {
            found = env;
        }
        return found == null || found.isEmpty() ? null : found;
    }

    private static boolean hasXOption(Options o, String name) {
        for (String x : o.xOptions) {
            if (x.equals(name) || x.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * sys.warnoptions, lowest priority first (warnings.py adds them in order, the last one
     * checked first): dev mode's "default", PYTHONWARNINGS split at commas (empty items
     * dropped), the -W options, then -b's "default::BytesWarning" or -bb's
     * "error::BytesWarning". Compare initconfig.c: config_init_warnoptions.
     */
    private static List<String> warnOptions(Options o, SysConfig c, String env) {
        List<String> w = new ArrayList<>();
        if (c.devMode) {
            w.add("default");
        }
        if (env != null) {
            for (String item : env.split(",", -1)) {
                if (!item.isEmpty()) {
                    w.add(item);
                }
            }
        }
        w.addAll(o.warnOptions);
        if (c.bytesWarning > 0) {
            w.add(c.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        return w;
    }

    /** sys as the options and the environment make it. Compare CPython Python/initconfig.c and Modules/getpath.py. */
    static SysConfig config(Options o, Map<String, String> env, String path0) {
        SysConfig c = new SysConfig();
        c.argv = o.argv;
        boolean useEnv = !o.ignoreEnvironment;
        c.dontWriteBytecode = o.dontWriteBytecode || useEnv && nonEmpty(env.get("PYTHONDONTWRITEBYTECODE"));
        c.safePath = o.safePath || useEnv && nonEmpty(env.get("PYTHONSAFEPATH"));
        c.unbuffered = o.unbuffered || useEnv && nonEmpty(env.get("PYTHONUNBUFFERED"));
        c.noUserSite = o.noUserSite || useEnv && nonEmpty(env.get("PYTHONNOUSERSITE"));
        c.utf8Mode = utf8Mode(o, useEnv ? env.get("PYTHONUTF8") : null, env);
        c.hashRandomization = o.randomizeHash || hashSeed(useEnv ? env.get("PYTHONHASHSEED") : null) != 0;
        c.pycachePrefix = pycachePrefix(o, useEnv ? env.get("PYTHONPYCACHEPREFIX") : null);
        c.warnDefaultEncoding = hasXOption(o, "warn_default_encoding")
            || useEnv && nonEmpty(env.get("PYTHONWARNDEFAULTENCODING"));
        String ioEncoding = useEnv ? env.get("PYTHONIOENCODING") : null;
        if (nonEmpty(ioEncoding)) {
            // "encoding[:errors]"; an encoding without errors means strict. Compare
            // initconfig.c: config_init_stdio_encoding.
            int colon = ioEncoding.indexOf(':');
            String enc = colon < 0 ? ioEncoding : ioEncoding.substring(0, colon);
            String errors = colon < 0 || colon == ioEncoding.length() - 1 ? null : ioEncoding.substring(colon + 1);
            if (!enc.isEmpty()) {
                c.stdioEncoding = enc;
                errors = errors == null ? "strict" : errors;
            }
            c.stdioErrors = errors;
        }
        c.noSite = o.noSite;
        c.ignoreEnvironment = o.ignoreEnvironment;
        c.isolated = o.isolated;
        c.optimize = Math.max(o.optimize, useEnv ? envFlag(env.get("PYTHONOPTIMIZE")) : 0);
        c.verbose = Math.max(o.verbose, useEnv ? envFlag(env.get("PYTHONVERBOSE")) : 0);
        c.bytesWarning = o.bytesWarning;
        c.debug = Math.max(o.debug, useEnv ? envFlag(env.get("PYTHONDEBUG")) : 0);
        c.inspect = o.inspect || useEnv && nonEmpty(env.get("PYTHONINSPECT")) ? 1 : 0;
        c.quiet = o.quiet;
        c.xOptions = o.xOptions;
        c.devMode = hasXOption(o, "dev") || useEnv && nonEmpty(env.get("PYTHONDEVMODE"));
        c.faulthandler = c.devMode || hasXOption(o, "faulthandler") || useEnv && nonEmpty(env.get("PYTHONFAULTHANDLER"));
        c.warnOptions = warnOptions(o, c, useEnv ? env.get("PYTHONWARNINGS") : null);
        // Compare CPython Python/initconfig.c: config_read_complex_options.
        c.codeDebugRanges = !(hasXOption(o, "no_debug_ranges")
            || useEnv && nonEmpty(env.get("PYTHONNODEBUGRANGES")));
        c.executable = absoluteExecutable(Main.executable());
        c.origArgv.add(Main.executable());
        c.origArgv.addAll(o.rawArgs);
        c.checkHashBasedPycs = o.checkHashBasedPycs;
        // A ._pth file beside the executable replaces the whole search path, PYTHONPATH and
        // the standard library's entry included (pyvm still finds its stdlib for itself).
        PthFile pth = PthFile.find(c.executable);
        String pp = useEnv && pth == null ? env.get("PYTHONPATH") : null;
        if (nonEmpty(pp)) {
            // An empty PYTHONPATH counts as unset (_Py_GetEnv).
            // Entries are made absolute; an empty one is the current folder (getpath.py).
            for (String entry : pp.split(":", -1)) {
                c.path.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        c.intMaxStrDigits = intMaxStrDigits(o, useEnv ? env.get("PYTHONINTMAXSTRDIGITS") : null);
        c.tracemalloc = tracemallocFrames(o, useEnv ? env.get("PYTHONTRACEMALLOC") : null);
        Path lib = StdlibFinder.find(env, o.xOptions);
        if (lib != null) {
            c.path.add(lib.toString());
            c.stdlibDir = lib.toString();
            Path prefix = lib.getParent() == null ? null : lib.getParent().getParent();
            c.prefix = prefix == null ? null : prefix.toString();
            c.execPrefix = c.prefix;
        }
        if (pth != null) {
            pth.apply(c);
        }
        return c;
    }

    /**
     * sys.path[0] (the script's folder, '' for -c, the cwd for -m) goes in after site has
     * run, as CPython's pymain_run_python does, so that site's making paths absolute
     * leaves it as it is. -P (safe path) leaves it out, except a directory or zip file run
     * as the program (IMPORTER: pymain_run_python's main_importer_path).
     */
    private static void insertPath0(SysConfig config, String path0, boolean importer) {
        if ((importer || !config.safePath) && Setup.sys().getDict().getStr("path") instanceof org.pyvm.runtime.PyList l) {
            Abstract.call(Abstract.getAttr(l, "insert"), org.pyvm.runtime.PyInt.ZERO, PyStr.of(path0));
        }
    }

    /**
     * sys.executable: a launcher path with a slash is made absolute against the working
     * folder (a leading "./" dropped, ".." kept, links not followed), so that it still
     * names the launcher after os.chdir (regrtest's workers start from a temporary
     * folder). Compare CPython Modules/getpath.py (executable from program_name).
     */
    static String absoluteExecutable(String launcher) {
        if (launcher.indexOf('/') < 0) {
            return launcher;
        }
        String p = launcher;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return Path.of(p).toAbsolutePath().toString();
    }

    /** A start-up setting that stops the run (CPython: a fatal error while the configuration is read). */
    static final class BadConfig extends RuntimeException {
        /** CPython's "Python runtime state" at the error. */
        final String state;

        BadConfig(String message) {
            this(message, "preinitialized");
        }

        BadConfig(String message, String state) {
            super(message, null, false, false);
            this.state = state;
        }
    }

    /**
     * PYTHONHASHSEED: -1 for unset or "random", else its value, 0 to 4294967295. Compare
     * CPython Python/initconfig.c: config_init_hash_seed.
     */
    static long hashSeed(String env) {
        if (!nonEmpty(env) || env.equals("random")) {
            return -1;
        }
        long v = -1;
        try {
            v = Long.parseLong(env.strip());
        } catch (NumberFormatException e) {
            // refused below
        }
        if (v < 0 || v > 4294967295L || !env.strip().equals(env.stripLeading())) {
            throw new BadConfig("config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range "
                + "[0; 4294967295]");
        }
        return v;
    }

    /** The seed bin/pyvm's process hashes with: PYTHONHASHSEED unless -E or -I; -1 (random) when bad. */
    static long hashSeed(String[] args, java.util.Map<String, String> env) {
        try {
            Options o = Options.parse(args);
            return o.randomizeHash ? -1 : hashSeed(o.ignoreEnvironment ? null : env.get("PYTHONHASHSEED"));
        } catch (Options.UsageError | BadConfig e) {
            return -1; // the run reports it
        }
    }

    /**
     * UTF-8 mode (PEP 540): -X utf8 or -X utf8=1 / =0, else PYTHONUTF8 (1 or 0), else on in
     * the C or POSIX locale, off otherwise. Compare CPython Python/preconfig.c:
     * preconfig_init_utf8_mode.
     */
    private static int utf8Mode(Options o, String env, Map<String, String> environ) {
        for (String x : o.xOptions) {
            if (x.equals("utf8") || x.equals("utf8=1")) {
                return 1;
            }
            if (x.equals("utf8=0")) {
                return 0;
            }
            if (x.startsWith("utf8=")) {
                throw new BadConfig("preconfig_init_utf8_mode: invalid -X utf8 option value", "preinitializing");
            }
        }
        if (nonEmpty(env)) {
            if (env.equals("1") || env.equals("0")) {
                return env.charAt(0) - '0';
            }
            throw new BadConfig("preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value",
                "preinitializing");
        }
        return org.pyvm.modules.locale.LocaleModule.cLocaleAtStart(environ) ? 1 : 0;
    }

    /**
     * The int/str digit limit: -X int_max_str_digits=N (the first), else
     * PYTHONINTMAXSTRDIGITS, else 4300; N must be 0 or at least 640. Compare CPython
     * Python/initconfig.c: config_init_int_max_str_digits.
     */
    static int intMaxStrDigits(Options o, String envValue) {
        String what = null;
        String value = null;
        for (String x : o.xOptions) {
            if (x.equals("int_max_str_digits") || x.startsWith("int_max_str_digits=")) {
                what = "-X int_max_str_digits";
                value = x.indexOf('=') < 0 ? null : x.substring(x.indexOf('=') + 1);
                break;
            }
        }
        if (what == null) {
            if (!nonEmpty(envValue)) {
                return 4300;
            }
            what = "PYTHONINTMAXSTRDIGITS";
            value = envValue;
        }
        int n = -1;
        if (value != null && !value.isEmpty()) {
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                n = -1;
            }
        }
        if (n < 0 || n != 0 && n < 640) {
            throw new BadConfig("config_init_int_max_str_digits: " + what
                + ": invalid limit; must be >= 640 or 0 for unlimited.");
        }
        return n;
    }

    /**
     * The frames tracemalloc traces from the start: PYTHONTRACEMALLOC=N, then -X tracemalloc
     * (1) or -X tracemalloc=N (the first); N must be a non-negative C int (a count above
     * 65535 stops the start-up later, as tracemalloc refuses it). Compare CPython
     * Python/initconfig.c: config_init_tracemalloc.
     */
    static int tracemallocFrames(Options o, String envValue) {
        int n = 0;
        if (nonEmpty(envValue)) {
            n = nonNegativeInt(envValue);
            if (n < 0) {
                throw new BadConfig("config_init_tracemalloc: PYTHONTRACEMALLOC: invalid number of frames");
            }
        }
        String x = null;
        for (String opt : o.xOptions) {
            if (opt.equals("tracemalloc") || opt.startsWith("tracemalloc=")) {
                x = opt; // _Py_get_xoption: the first one given
                break;
            }
        }
        if (x != null) {
            n = x.indexOf('=') < 0 ? 1 : nonNegativeInt(x.substring(x.indexOf('=') + 1));
            if (n < 0) {
                throw new BadConfig("config_init_tracemalloc: -X tracemalloc=NFRAME: invalid number of frames");
            }
        }
        return n;
    }

    /**
     * S as a C int when it is one and not negative, else -1: strtol of all of S, as
     * config_wstr_to_int (which takes "" for 0: no digits, and nothing left over).
     */
    private static int nonNegativeInt(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(s.stripLeading());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** _Py_get_env_flag: an empty variable counts 0, a non-negative number itself, anything else 1. */
    private static int envFlag(String v) {
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v.stripLeading()); // strtol: leading blanks, a sign
            return n < 0 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private static int runMain(Options o, Map<String, String> env, MainCode source, String path0, String mainFile,
                               PrintStream out, PrintStream err) {
        unhandledKeyboardInterrupt = false;
        Interpreter.install();
        org.pyvm.jit.Jit.install(o.xOptions);
        CompilerBridge.install();
        SubInterpreterLoader.install();
        SysConfig config;
        try {
            config = config(o, env, path0);
        } catch (BadConfig e) {
            err.print("Fatal Python error: " + e.getMessage() + "\nPython runtime state: " + e.state + "\n\n");
            err.flush();
            return 1;
        }
        org.pyvm.runtime.SourceCompilation.setOptimizeLevel(config.optimize);
        SourceModules.setMissingStdlibHint(config.stdlibDir == null ? StdlibFinder.MISSING_HINT : null);
        SourceModules.setCheckHashBasedPycs(config.checkHashBasedPycs);
        Setup.init(config, out, err);
        if (config.tracemalloc > 0) {
            // pylifecycle.c: init_interp_main starts tracing once the interpreter's core is up.
            try {
                org.pyvm.runtime.Tracemalloc.start(config.tracemalloc);
            } catch (PyBaseException e) {
                err.print("Fatal Python error: init_interp_main: can't start tracemalloc\nPython runtime state: "
                    + "core initialized\n" + e.type().getName() + ": " + Abstract.str(e) + "\n");
                err.flush();
                return 1;
            }
        }
        // -X importtime or PYTHONPROFILEIMPORTTIME (initconfig.c: config_read_complex_options).
        org.pyvm.interp.ImportTime.configure(hasXOption(o, "importtime")
            || !o.ignoreEnvironment && nonEmpty(env.get("PYTHONPROFILEIMPORTTIME")) ? err : null);
        Interpreter.installMetaPathFinder();
        String stdioProblem = org.pyvm.modules.io.IoModule.applyStdioEncoding(config);
        if (stdioProblem != null) {
            err.print("Fatal Python error: " + stdioProblem);
            err.flush();
            return 1;
        }
        int status;
        boolean running = false;
        boolean viaRunpy = false;
        boolean repled = false;
        try {
            PyModule main = new PyModule("__main__");
            PyDict d = main.getDict();
            if (mainFile != null) {
                d.setStr("__file__", PyStr.of(mainFile));
            }
            d.setStr("__builtins__", PyRuntime.builtinModule("builtins"));
            d.setStr("__cached__", PyNone.NONE);
            d.setStr("__package__", PyNone.NONE);
            // Compare pythonrun.c: _PyRun_SimpleFileObject (a program file's loader; standard
            // input keeps the builtin one).
            d.setStr("__loader__", mainFile != null && !mainFile.equals("<stdin>")
                ? MainModule.fileLoader(mainFile.endsWith(".pyc"), mainFile) : MainModule.builtinLoader());
            d.setStr("__spec__", PyNone.NONE);
            PyRuntime.modules.setStr("__main__", main);
            importWarningsForOptions();
            if (!config.noSite && !importSite()) {
                status = 1;
            } else {
                insertPath0(config, path0, source instanceof RunModule m && !m.setArgv0());
                PyCode code = source.load(main);
                running = true;
                PyRuntime.programStarted = true;
                if (source == REPL_ONLY) {
                    repled = true;
                    Repl.run(main, !o.quiet, o.ignoreEnvironment ? null : env.get("PYTHONSTARTUP"));
                } else if (source instanceof RunModule m) {
                    // Compare CPython Modules/main.c: pymain_run_module.
                    viaRunpy = true;
                    Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("runpy"));
                    PyObject runpy = Abstract.getItem(PyRuntime.modules, PyStr.of("runpy"));
                    Abstract.call(Abstract.getAttr(runpy, "_run_module_as_main"), PyStr.of(m.name()),
                        org.pyvm.runtime.PyBool.of(m.setArgv0()));
                } else {
                    CodeRunner.get().exec(code, d, d);
                }
                status = 0;
            }
        } catch (SourceCompiler.Failure f) {
            Setup.writeErr(f.getMessage());
            status = 1;
        } catch (MainModule.NotRunnable e) {
            flushOut();
            Setup.writeErr(Main.executable() + ": " + e.getMessage() + "\n");
            status = 1;
        } catch (PyBaseException e) {
            if (o.inspect && !repled && e.matches(PyExc.SystemExit)) {
                // With -i a program's SystemExit does not end the run (_Py_HandleSystemExit).
                flushOut();
                Setup.writeErr(TracebackPrinter.format(e));
                status = 1;
            } else {
                status = handleUncaught(e, running && o.source == Options.Source.MODULE, viaRunpy);
                unhandledKeyboardInterrupt = e.type() == PyExc.KeyboardInterrupt;
            }
        } catch (StackOverflowError e) {
            Setup.writeErr("RecursionError: maximum recursion depth exceeded\n");
            status = 1;
        }
        // pymain_repl: -i, or PYTHONINSPECT (read at the end: the program may have set
        // os.environ["PYTHONINSPECT"]) when standard input is a terminal.
        boolean inspect = o.inspect || !o.ignoreEnvironment && running
            && nonEmpty(org.pyvm.modules.posix.Env.current().get("PYTHONINSPECT"))
            && org.pyvm.modules.posix.FdTable.isatty(0);
        if (inspect && !repled && running && PyRuntime.modules.getStr("__main__") instanceof PyModule main) {
            // -i: the interactive loop after the program, whatever its outcome (pymain_repl).
            try {
                flushOut();
                // The interactive loop's statements clear the program's KeyboardInterrupt.
                unhandledKeyboardInterrupt = false;
                Repl.run(main, false, null);
                status = 0;
            } catch (PyBaseException e) {
                status = handleUncaught(e, false, false);
            }
        }
        Setup.finish();
        // Interpreter teardown: suspended generators are closed (their finally blocks run).
        org.pyvm.runtime.GenFinalizer.atExit();
        // ... and __del__ of the instances that still have one to run.
        org.pyvm.runtime.InstanceFinalizer.atExit();
        if (!Setup.flushAtExit()) {
            status = 120;
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * With warning options, warnings is imported before site, so that it applies them (and
     * reports bad ones) at start-up; a failure is printed and start-up goes on. Compare
     * pylifecycle.c: init_interp_main. Skipped without a standard library, as site is.
     */
    private static void importWarningsForOptions() {
        org.pyvm.runtime.PyModule sys = Setup.sys();
        PyObject stdlib = sys.getDict().getStr("_stdlib_dir");
        PyObject wo = sys.getDict().getStr("warnoptions");
        if (stdlib == null || stdlib == PyNone.NONE || !(wo instanceof org.pyvm.runtime.PyList l) || l.size() == 0) {
            return;
        }
        try {
            Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("warnings"));
        } catch (PyBaseException e) {
            flushOut();
            Setup.writeErr("'import warnings' failed; traceback:\n" + TracebackPrinter.format(e));
        }
    }

    /**
     * Imports site as CPython does at start-up unless -S. Without a standard library pyvm
     * still runs the core language (CPython would not start at all), so site is skipped
     * then. A failing site import is fatal, as in CPython (pylifecycle.c: init_import_site):
     * the error and the traceback are printed and the status is 1. Returns false then.
     */
    static boolean importSite() {
        PyObject stdlib = Setup.sys().getDict().getStr("_stdlib_dir");
        if (stdlib == null || stdlib == PyNone.NONE) {
            return true;
        }
        try {
            Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("site"));
            return true;
        } catch (PyBaseException e) {
            flushOut();
            Setup.writeErr("Fatal Python error: init_import_site: Failed to import the site module\n"
                + "Python runtime state: initialized\n" + TracebackPrinter.format(e));
            return false;
        }
    }

    /**
     * The two runpy frames CPython 3.12.1 shows above a -m module's own frames (the module
     * runs inside runpy's _run_module_as_main and _run_code there; pyvm runs it directly).
     */
    private static final String RUNPY_FRAMES = "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n"
        + "  File \"<frozen runpy>\", line 88, in _run_code\n";

    /**
     * SystemExit's code, or the traceback and 1. Compare pythonrun.c: _Py_HandleSystemExit.
     * RUNPY: the exception left a -m module, whose traceback CPython starts in runpy.
     */
    static int handleUncaught(PyBaseException e, boolean runpy, boolean runpyFrames) {
        if (runpyFrames) {
            // runpy ran __main__ from the standard library's runpy.py; CPython's frozen copy
            // shows as RUNPY_FRAMES instead, so its own entries go.
            while (e.traceback != null && e.traceback.next != null
                && e.traceback.frame.code().filename.endsWith("runpy.py")) {
                e.traceback = e.traceback.next;
            }
            runpy = true;
        }
        if (e.matches(PyExc.SystemExit)) {
            PyObject code = e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
            if (code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.value;
            }
            flushOut();
            Setup.writeErr(Abstract.str(code) + "\n");
            return 1;
        }
        int status = e.type() == PyExc.KeyboardInterrupt ? 130 : 1;
        PyDict sd = PyRuntime.builtinModule("sys").getDict();
        PyObject tbObj = Repl.setLastVars(sd, e);
        PyObject hook = sd.getStr("excepthook");
        try {
            if (org.pyvm.runtime.Audit.on()) {
                org.pyvm.runtime.Audit.event("sys.excepthook", hook == null ? PyNone.NONE : hook, e.type(), e, tbObj);
            }
        } catch (PyBaseException denied) {
            if (denied.matches(PyExc.RuntimeError)) {
                return status;
            }
            org.pyvm.runtime.Unraisable.report(denied, "Exception ignored in audit hook", null);
        }
        if (hook != null && hook != sd.getStr("__excepthook__")) {
            // A program's own sys.excepthook reports it. Compare pythonrun.c: _PyErr_PrintEx.
            try {
                Abstract.call(hook, e.type(), e, tbObj);
            } catch (PyBaseException failed) {
                if (failed.matches(PyExc.SystemExit)) {
                    return handleUncaught(failed, false, false);
                }
                flushOut();
                Setup.writeErr("Error in sys.excepthook:\n" + TracebackPrinter.format(failed)
                    + "\nOriginal exception was:\n" + TracebackPrinter.format(e));
            }
            return status;
        }
        flushOut();
        String tb = TracebackPrinter.format(e);
        if (hook == null) {
            tb = "sys.excepthook is missing\n" + tb;
        }
        String head = "Traceback (most recent call last):\n";
        int at = tb.lastIndexOf(head);
        if (runpy && e.traceback != null && at >= 0 && !e.matches(PyExc.BaseExceptionGroup)) {
            tb = tb.substring(0, at + head.length()) + RUNPY_FRAMES + tb.substring(at + head.length());
        }
        Setup.writeErr(tb);
        // An uncaught KeyboardInterrupt ends the process by SIGINT (Main); in-process runs get
        // exit_sigint's fallback status, 128 + 2.
        return status;
    }

    private static void flushOut() {
        try {
            Setup.flush();
        } catch (PyBaseException ignored) {
            // Best effort before writing the traceback.
        }
    }
}
