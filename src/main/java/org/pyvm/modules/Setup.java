package org.pyvm.modules;

import java.io.PrintStream;
import java.util.List;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;

/** Registers the builtin modules written in Java for one run of a program. */
public final class Setup {

    private Setup() {}

    /** Fresh interpreter state: sys (with ARGV, PATH and the streams) and builtins. */
    public static void init(List<String> argv, List<String> path, PrintStream out, PrintStream err) {
        SysConfig c = new SysConfig();
        c.argv = argv;
        c.path = path;
        c.dontWriteBytecode = true;
        init(c, out, err);
    }

    private static PyObject stdStream(int fd, String name, boolean unbuffered, SysConfig config) {
        return org.pyvm.modules.posix.FdTable.isOpen(fd)
            ? org.pyvm.modules.io.IoModule.stdStream(fd, name, unbuffered, config) : org.pyvm.runtime.PyNone.NONE;
    }

    /** Fresh interpreter state with sys as CONFIG says. */
    public static void init(SysConfig config, PrintStream out, PrintStream err) {
        SysConfig.current = config;
        PyRuntime.reset();
        PyRuntime.intMaxStrDigits = config.intMaxStrDigits;
        org.pyvm.bytecode.CodeObject.setDebugRanges(config.codeDebugRanges);
        org.pyvm.runtime.Gil.reset();
        org.pyvm.runtime.Tracemalloc.reset();
        org.pyvm.runtime.Interrupts.reset(Thread.currentThread());
        org.pyvm.modules.posix.FdTable.reset(System.in, out, err);
        org.pyvm.modules.io.IoModule.configure(config);
        // \N{} and namereplace use unicodedata's names (Unicode 15.0.0), loaded on first use
        org.pyvm.runtime.codecs.UnicodeNames.install(new org.pyvm.runtime.codecs.UnicodeNames.Database() {
            @Override
            public String name(int cp) {
                return org.pyvm.modules.unicodedata.CharacterNames.name(cp);
            }

            @Override
            public int code(String name) {
                return org.pyvm.modules.unicodedata.CharacterNames.code(name);
            }
        });
        // A standard descriptor the process was started without is None (pylifecycle.c: create_stdio).
        PyObject stdin = stdStream(0, "<stdin>", false, config);
        PyObject stdout = stdStream(1, "<stdout>", config.unbuffered, config);
        PyObject stderr = stdStream(2, "<stderr>", config.unbuffered, config);
        PyRuntime.BUILTIN_MODULES.clear();
        PyRuntime.BUILTIN_MODULES.put("builtins", Builtins::create);
        PyRuntime.BUILTIN_MODULES.put("sys", () -> Sys.create(config, stdin, stdout, stderr));
        PyRuntime.BUILTIN_MODULES.put("_imp", () -> ImpModule.create(config.checkHashBasedPycs));
        PyRuntime.BUILTIN_MODULES.put("math", MathModule::create);
        PyRuntime.BUILTIN_MODULES.put("time", TimeModule::create);
        PyRuntime.BUILTIN_MODULES.put("itertools", org.pyvm.modules.itertools.ItertoolsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_operator", org.pyvm.modules.operator.OperatorModule::create);
        PyRuntime.BUILTIN_MODULES.put("_functools", org.pyvm.modules.functools.FunctoolsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_collections", org.pyvm.modules.collections.CollectionsModule::create);
        PyRuntime.BUILTIN_MODULES.put("posix", org.pyvm.modules.posix.PosixModule::create);
        PyRuntime.BUILTIN_MODULES.put("errno", org.pyvm.modules.posix.ErrnoModule::create);
        PyRuntime.BUILTIN_MODULES.put("_stat", org.pyvm.modules.posix.StatModule::create);
        PyRuntime.BUILTIN_MODULES.put("_io", org.pyvm.modules.io.IoModule::create);
        PyRuntime.BUILTIN_MODULES.put("_sre", org.pyvm.modules.sre.SreModule::create);
        PyRuntime.BUILTIN_MODULES.put("_weakref", org.pyvm.modules.weakref.WeakrefModule::create);
        PyRuntime.BUILTIN_MODULES.put("gc", org.pyvm.modules.gc.GcModule::create);
        PyRuntime.BUILTIN_MODULES.put("_codecs", org.pyvm.modules.codecs.CodecsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_typing", TypingModule::create);
        PyRuntime.BUILTIN_MODULES.put("_thread", org.pyvm.modules.thread.ThreadModule::create);
        PyRuntime.BUILTIN_MODULES.put("atexit", org.pyvm.modules.atexit.AtexitModule::create);
        PyRuntime.BUILTIN_MODULES.put("marshal", org.pyvm.modules.introspect.MarshalModule::create);
        PyRuntime.BUILTIN_MODULES.put("_opcode", org.pyvm.modules.introspect.OpcodeModule::create);
        PyRuntime.BUILTIN_MODULES.put("_symtable", org.pyvm.modules.introspect.SymtableModule::create);
        PyRuntime.BUILTIN_MODULES.put("_struct", org.pyvm.modules.struct.StructModule::create);
        PyRuntime.BUILTIN_MODULES.put("_random", org.pyvm.modules.random.RandomModule::create);
        PyRuntime.BUILTIN_MODULES.put("_bisect", org.pyvm.modules.bisect.BisectModule::create);
        PyRuntime.BUILTIN_MODULES.put("_heapq", org.pyvm.modules.heapq.HeapqModule::create);
        PyRuntime.BUILTIN_MODULES.put("_statistics", StatisticsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_md5", org.pyvm.modules.hashes.HashModules::md5);
        PyRuntime.BUILTIN_MODULES.put("_sha1", org.pyvm.modules.hashes.HashModules::sha1);
        PyRuntime.BUILTIN_MODULES.put("_sha2", org.pyvm.modules.hashes.HashModules::sha2);
        PyRuntime.BUILTIN_MODULES.put("_sha3", org.pyvm.modules.hashes.HashModules::sha3);
        PyRuntime.BUILTIN_MODULES.put("_blake2", org.pyvm.modules.hashes.HashModules::blake2);
        PyRuntime.BUILTIN_MODULES.put("_hashlib", org.pyvm.modules.hashes.HashlibModule::create);
        PyRuntime.BUILTIN_MODULES.put("_crypt", org.pyvm.modules.crypt.CryptModule::create);
        PyRuntime.BUILTIN_MODULES.put("binascii", org.pyvm.modules.binascii.BinasciiModule::create);
        PyRuntime.BUILTIN_MODULES.put("pyexpat", org.pyvm.modules.expat.ExpatModule::create);
        PyRuntime.BUILTIN_MODULES.put("zlib", org.pyvm.modules.zlib.ZlibModule::create);
        PyRuntime.BUILTIN_MODULES.put("_lzma", org.pyvm.modules.lzma.LzmaModule::create);
        PyRuntime.BUILTIN_MODULES.put("_bz2", org.pyvm.modules.bz2.Bz2Module::create);
        PyRuntime.BUILTIN_MODULES.put("_tokenize", org.pyvm.modules.tokenize.TokenizeModule::create);
        PyRuntime.BUILTIN_MODULES.put("_ast", org.pyvm.modules.pyast.AstModule::create);
        PyRuntime.BUILTIN_MODULES.put("_contextvars", org.pyvm.modules.contextvars.ContextvarsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_asyncio", org.pyvm.modules.asyncio.AsyncioModule::create);
        PyRuntime.BUILTIN_MODULES.put("_string", org.pyvm.modules.string.StringModule::create);
        PyRuntime.BUILTIN_MODULES.put("_testcapi", org.pyvm.modules.testcapi.TestCapiModule::create);
        PyRuntime.BUILTIN_MODULES.put("_testbuffer", org.pyvm.modules.testbuffer.TestBufferModule::create);
        PyRuntime.BUILTIN_MODULES.put("_testinternalcapi", () -> org.pyvm.modules.testcapi.TestInternalCapiModule.create(config));
        PyRuntime.BUILTIN_MODULES.put("_abc", org.pyvm.modules.abc.AbcModule::create);
        PyRuntime.BUILTIN_MODULES.put("_json", org.pyvm.modules.json.JsonModule::create);
        PyRuntime.BUILTIN_MODULES.put("_locale", org.pyvm.modules.locale.LocaleModule::create);
        PyRuntime.BUILTIN_MODULES.put("_csv", org.pyvm.modules.csv.CsvModule::create);
        PyRuntime.BUILTIN_MODULES.put("_sqlite3", org.pyvm.modules.sqlite3.SqliteModule::create);
        PyRuntime.BUILTIN_MODULES.put("_ctypes", org.pyvm.modules.ctypes.CtypesModule::create);
        PyRuntime.BUILTIN_MODULES.put("_ctypes_test", org.pyvm.modules.ctypes.CtypesTestModule::create);
        PyRuntime.BUILTIN_MODULES.put("_multibytecodec", org.pyvm.modules.cjk.CjkModules::multibytecodec);
        PyRuntime.BUILTIN_MODULES.put("_codecs_jp", org.pyvm.modules.cjk.CjkModules::jp);
        PyRuntime.BUILTIN_MODULES.put("_codecs_kr", org.pyvm.modules.cjk.CjkModules::kr);
        PyRuntime.BUILTIN_MODULES.put("_codecs_cn", org.pyvm.modules.cjk.CjkModules::cn);
        PyRuntime.BUILTIN_MODULES.put("_codecs_tw", org.pyvm.modules.cjk.CjkModules::tw);
        PyRuntime.BUILTIN_MODULES.put("_codecs_hk", org.pyvm.modules.cjk.CjkModules::hk);
        PyRuntime.BUILTIN_MODULES.put("_codecs_iso2022", org.pyvm.modules.cjk.CjkModules::iso2022);
        PyRuntime.BUILTIN_MODULES.put("unicodedata", org.pyvm.modules.unicodedata.UnicodeDataModule::create);
        PyRuntime.BUILTIN_MODULES.put("cmath", CmathModule::create);
        PyRuntime.BUILTIN_MODULES.put("array", org.pyvm.modules.array.ArrayModule::create);
        PyRuntime.BUILTIN_MODULES.put("_signal", org.pyvm.modules.signal.SignalModule::create);
        PyRuntime.BUILTIN_MODULES.put("_posixsubprocess", org.pyvm.modules.subprocess.PosixSubprocessModule::create);
        PyRuntime.BUILTIN_MODULES.put("select", org.pyvm.modules.select.SelectModule::create);
        PyRuntime.BUILTIN_MODULES.put("faulthandler", () -> org.pyvm.modules.faulthandler.FaulthandlerModule.create(config.faulthandler));
        PyRuntime.BUILTIN_MODULES.put("_warnings", org.pyvm.modules.warnings.WarningsModule::create);
        PyRuntime.BUILTIN_MODULES.put("_socket", org.pyvm.modules.socket.SocketModule::create);
        PyRuntime.BUILTIN_MODULES.put("_ssl", org.pyvm.modules.ssl.SslModule::create);
        PyRuntime.BUILTIN_MODULES.put("_datetime", org.pyvm.modules.datetime.DatetimeModule::create);
        PyRuntime.BUILTIN_MODULES.put("termios", org.pyvm.modules.termios.TermiosModule::create);
        PyRuntime.BUILTIN_MODULES.put("readline", org.pyvm.modules.readline.ReadlineModule::create);
        PyRuntime.BUILTIN_MODULES.put("syslog", org.pyvm.modules.syslog.SyslogModule::create);
        PyRuntime.BUILTIN_MODULES.put("_multiprocessing",
            org.pyvm.modules.multiprocessing.MultiprocessingModule::create);
        PyRuntime.BUILTIN_MODULES.put("_posixshmem", org.pyvm.modules.multiprocessing.PosixShmemModule::create);
        PyRuntime.BUILTIN_MODULES.put("fcntl", org.pyvm.modules.fcntl.FcntlModule::create);
        PyRuntime.BUILTIN_MODULES.put("_pickle", org.pyvm.modules.pickle.PickleModule::create);
        PyRuntime.BUILTIN_MODULES.put("audioop", org.pyvm.modules.audioop.AudioopModule::create);
        PyRuntime.BUILTIN_MODULES.put("pwd", org.pyvm.modules.pwd.PwdModule::create);
        PyRuntime.BUILTIN_MODULES.put("spwd", org.pyvm.modules.pwd.SpwdModule::create);
        PyRuntime.BUILTIN_MODULES.put("xxlimited", org.pyvm.modules.xxlimited.XxlimitedModule::create);
        PyRuntime.BUILTIN_MODULES.put("xxlimited_35", org.pyvm.modules.xxlimited.XxlimitedModule::create35);
        PyRuntime.BUILTIN_MODULES.put("grp", org.pyvm.modules.pwd.GrpModule::create);
        PyRuntime.BUILTIN_MODULES.put("resource", org.pyvm.modules.resource.ResourceModule::create);
        PyRuntime.BUILTIN_MODULES.put("_lsprof", org.pyvm.modules.lsprof.ProfilerObject::createModule);
        PyRuntime.BUILTIN_MODULES.put("_tracemalloc", org.pyvm.modules.tracemalloc.TracemallocModule::create);
        PyRuntime.BUILTIN_MODULES.put("_queue", org.pyvm.modules.queue.QueueModule::create);
        PyRuntime.BUILTIN_MODULES.put("_uuid", org.pyvm.modules.uuid.UuidModule::create);
        PyRuntime.BUILTIN_MODULES.put("_tkinter", org.pyvm.modules.tkinter.TkinterModule::create);
        PyRuntime.BUILTIN_MODULES.put("mmap", org.pyvm.modules.mmap.MmapModule::create);
        PyRuntime.BUILTIN_MODULES.put("_decimal", org.pyvm.modules.decimal.DecimalModule::create);
        PyRuntime.BUILTIN_MODULES.put("_xxsubinterpreters", org.pyvm.modules.interpreters.Subinterpreters::module);
        PyRuntime.BUILTIN_MODULES.put("_xxinterpchannels", org.pyvm.modules.interpreters.Channels::module);
        org.pyvm.modules.decimal.DecimalModule.reset();
        PyRuntime.builtinModule("sys");
        PyRuntime.builtinModule("builtins");
        org.pyvm.runtime.Unraisable.install(SysUnraisable::report);
    }

    public static PyModule sys() {
        return PyRuntime.builtinModule("sys");
    }

    /**
     * The first steps of interpreter exit: join threading's non-daemon threads
     * (threading._shutdown, if threading was imported), then run the atexit functions.
     * Errors are reported, never raised. Compare CPython Python/pylifecycle.c: Py_FinalizeEx,
     * wait_for_thread_shutdown, _PyAtExit_Call.
     */
    public static void finish() {
        PyObject threading = PyRuntime.modules.getStr("threading");
        if (threading != null) {
            try {
                PyObject shutdown = org.pyvm.runtime.Abstract.lookupAttr(threading, "_shutdown");
                if (shutdown != null) {
                    org.pyvm.runtime.Abstract.call(shutdown);
                }
            } catch (org.pyvm.runtime.PyBaseException e) {
                writeErr("Exception ignored on threading shutdown:\n" + org.pyvm.runtime.TracebackPrinter.format(e));
            }
        }
        PyRuntime.threadsBlocked = true;
        // The callbacks of every atexit module instance, imported or since removed from sys.modules.
        org.pyvm.modules.atexit.AtexitModule.runAll();
        // Then the subinterpreters still there (Py_FinalizeEx after the atexit functions).
        org.pyvm.modules.interpreters.Subinterpreters.finishRun();
        PyRuntime.finalizing = true;
        // Signal handlers are cleared before the teardown's finalizers run (_PySignal_Fini).
        org.pyvm.modules.signal.SignalModule.finalizeRun();
    }

    /** Flushes sys.stdout and sys.stderr (at exit), skipping closed ones. Compare pylifecycle.c: flush_std_files. */
    public static void flush() {
        org.pyvm.modules.io.OpenStreams.flushAll();
        for (String n : new String[] {"stdout", "stderr"}) {
            flushStream(sys().getDict().getStr(n));
        }
    }

    /**
     * The flush of interpreter exit: sys.stdout's failure is reported as PyErr_WriteUnraisable
     * does ("Exception ignored in: <stdout's repr>"), sys.stderr's is dropped; false when either
     * failed (the process then exits with 120). Compare pylifecycle.c: flush_std_files.
     */
    public static boolean flushAtExit() {
        boolean ok = true;
        try {
            org.pyvm.modules.io.OpenStreams.flushAll();
        } catch (org.pyvm.runtime.PyBaseException e) {
            ok = false;
        }
        for (String n : new String[] {"stdout", "stderr"}) {
            PyObject s = sys().getDict().getStr(n);
            try {
                flushStream(s);
            } catch (org.pyvm.runtime.PyBaseException e) {
                ok = false;
                if (n.equals("stdout")) {
                    org.pyvm.runtime.Unraisable.report(e, s);
                }
            }
        }
        return ok;
    }

    /** Flushes one of sys.stdout/sys.stderr unless it is None, missing or closed. Compare file_is_closed, _PyFile_Flush. */
    private static void flushStream(PyObject s) {
        if (s instanceof org.pyvm.modules.io.TextIOWrapper t && t.type() == org.pyvm.modules.io.TextIOWrapper.TYPE) {
            t.flushIfOpen();
        } else if (s != null && s != org.pyvm.runtime.PyNone.NONE) {
            PyObject closed = org.pyvm.runtime.Abstract.lookupAttr(s, "closed");
            if (closed == null || !org.pyvm.runtime.Abstract.isTrue(closed)) {
                PyObject f = org.pyvm.runtime.Abstract.lookupAttr(s, "flush");
                if (f != null) {
                    org.pyvm.runtime.Abstract.call(f);
                }
            }
        }
    }

    /** Writes to sys.stderr. */
    public static void writeErr(String s) {
        Sys.writeErr(s);
    }
}
