package org.pyvm.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pyvm.interp.Interpreter;
import org.pyvm.interp.MainModule;
import org.pyvm.interp.SourceModules;
import org.pyvm.modules.Setup;
import org.pyvm.modules.SysConfig;
import org.pyvm.modules.interpreters.CrossData;
import org.pyvm.modules.interpreters.Subinterpreters;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.TracebackPrinter;

/**
 * One subinterpreter, seen from inside: this class is loaded by the subinterpreter's own
 * class loader ({@link SubInterpreterLoader}), so every pyvm class it reaches is a fresh
 * copy with fresh statics. {@link #start} sets the interpreter up as pylifecycle.c's
 * new_interpreter does (sys, builtins, the import system, __main__, site); the handle it
 * returns (a JDK Function, the only type the creator can name) answers {"run", script,
 * shared} and {"destroy"} on the calling thread, holding this interpreter's GIL meanwhile.
 */
public final class SubInterpreter implements Function<Object[], Object> {

    private final PyModule main;

    private SubInterpreter(PyModule main) {
        this.main = main;
    }

    /** Called reflectively in the new class loader with the configuration the creator made. */
    @SuppressWarnings("unchecked")
    public static Function<Object[], Object> start(Map<String, Object> c) {
        long id = (Long) c.get("id");
        // The process's parts first: every later step (hashing, files, cwd) uses them.
        org.pyvm.runtime.Hashing.setKey((long[]) c.get("hashKey"));
        org.pyvm.modules.posix.FdTable.share(c.get("fdTable"), c.get("fdInheritable"));
        org.pyvm.runtime.WorkingDir.share(c.get("cwd"));
        org.pyvm.modules.posix.Env.share((Map<String, String>) c.get("environ"));
        org.pyvm.modules.syslog.SyslogModule.share(c.get("syslogOpen"));
        Subinterpreters.adopt(c.get("process"), id);
        SysConfig config = new SysConfig();
        for (Map.Entry<String, Object> e : c.entrySet()) {
            if (!e.getKey().startsWith("sys.")) {
                continue;
            }
            try {
                java.lang.reflect.Field f = SysConfig.class.getField(e.getKey().substring(4));
                Object v = e.getValue();
                f.set(config, v instanceof List<?> l ? new java.util.ArrayList<>(l) : v);
            } catch (ReflectiveOperationException | RuntimeException ex) {
                // a field this copy lacks: the default stays
            }
        }
        Interpreter.install();
        org.pyvm.jit.Jit.install(config.xOptions);
        CompilerBridge.install();
        org.pyvm.runtime.SourceCompilation.setOptimizeLevel(config.optimize);
        SourceModules.setMissingStdlibHint(config.stdlibDir == null ? StdlibFinder.MISSING_HINT : null);
        SourceModules.setCheckHashBasedPycs(config.checkHashBasedPycs);
        Setup.init(config, System.out, System.err);
        PyRuntime.interpreterId = id;
        PyRuntime.interpreterFeatures = (Integer) c.get("features");
        PyRuntime.ownGil = (Boolean) c.get("ownGil");
        Interpreter.installMetaPathFinder();
        String problem = org.pyvm.modules.io.IoModule.applyStdioEncoding(config);
        if (problem != null) {
            throw new IllegalStateException("RuntimeError\0interpreter creation failed: " + problem.strip());
        }
        // Compare pylifecycle.c: add_main_module.
        PyModule m = new PyModule("__main__");
        PyDict d = m.getDict();
        d.setStr("__annotations__", new PyDict());
        d.setStr("__builtins__", PyRuntime.builtinModule("builtins"));
        d.setStr("__loader__", MainModule.builtinLoader());
        d.setStr("__package__", PyNone.NONE);
        d.setStr("__spec__", PyNone.NONE);
        PyRuntime.modules.setStr("__main__", m);
        if (!config.noSite) {
            importSite();
        }
        if (c.get("path0") instanceof String p0 && Setup.sys().getDict().getStr("path") instanceof PyList l) {
            Abstract.call(Abstract.getAttr(l, "insert"), org.pyvm.runtime.PyInt.ZERO, PyStr.of(p0));
        }
        flush();
        return new SubInterpreter(m);
    }

    /** Imports site as start-up does; a failure is the creator's RuntimeError. */
    private static void importSite() {
        if (Setup.sys().getDict().getStr("_stdlib_dir") == null
            || Setup.sys().getDict().getStr("_stdlib_dir") == PyNone.NONE) {
            return;
        }
        try {
            Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("site"));
        } catch (PyBaseException e) {
            throw new IllegalStateException("RuntimeError\0interpreter creation failed: could not import site: "
                + TracebackPrinter.format(e).strip());
        }
    }

    private static void flush() {
        try {
            Setup.flush();
        } catch (PyBaseException ignored) {
            // nothing to report a failed flush to
        }
    }

    @Override
    public Object apply(Object[] op) {
        if ("pendingIdentify".equals(op[0])) {
            // Asked from another interpreter's thread: queued here without this GIL, answered
            // by whichever of this interpreter's threads checks its eval breaker first.
            return identifyWhenPending();
        }
        Gil.acquire();
        try {
            return switch ((String) op[0]) {
                case "run" -> run((String) op[1], (Object[]) op[2], op.length > 3 && Boolean.TRUE.equals(op[3]));
                case "destroy" -> {
                    destroy();
                    yield null;
                }
                default -> throw new IllegalArgumentException(String.valueOf(op[0]));
            };
        } finally {
            Gil.release();
        }
    }

    /**
     * Runs SCRIPT in __main__ after setting SHARED's names; null, or the exception as {type,
     * message}. SIMPLE (PyRun_SimpleString): the exception is printed as an uncaught one
     * (sys.excepthook) and the result is -1. Unlike CPython, whose PyErr_Print ends the
     * process on SystemExit, a SystemExit here is only -1.
     */
    private Object run(String script, Object[] shared, boolean simple) {
        PyDict d = main.getDict();
        try {
            for (int i = 0; i < shared.length; i += 2) {
                d.setStr((String) shared[i], CrossData.toObject(shared[i + 1]));
            }
            Object code = Abstract.call(PyRuntime.builtins.getStr("compile"), PyStr.of(script), PyStr.of("<string>"),
                PyStr.of("exec"));
            CodeRunner.get().exec((PyCode) code, d, d);
            return null;
        } catch (PyBaseException e) {
            if (simple) {
                RunCommand.handleUncaught(e, false, false);
                return -1;
            }
            return Subinterpreters.describe(e);
        } catch (StackOverflowError e) {
            if (simple) {
                Setup.writeErr("RecursionError: maximum recursion depth exceeded\n");
                return -1;
            }
            return new String[] {"<class 'RecursionError'>", "maximum recursion depth exceeded"};
        } finally {
            flush();
        }
    }

    /** A future completed with this interpreter's id by a pending call run here. */
    static java.util.concurrent.CompletableFuture<Object> identifyWhenPending() {
        java.util.concurrent.CompletableFuture<Object> f = new java.util.concurrent.CompletableFuture<>();
        org.pyvm.runtime.PendingCalls.addJava(() -> f.complete(PyRuntime.interpreterId));
        return f;
    }

    /** Finalizes: threading's non-daemon threads joined, atexit functions run, the streams flushed. */
    private void destroy() {
        Setup.finish();
        org.pyvm.runtime.GenFinalizer.atExit();
        flush();
    }
}
