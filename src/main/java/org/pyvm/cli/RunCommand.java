package org.pyvm.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.interp.Interpreter;
import org.pyvm.interp.PycLoader;
import org.pyvm.modules.Setup;
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
 * Runs a program: a {@code .py} file, {@code -c CMD} or standard input compiled by pyvm's
 * own parser and compiler ({@link SourceCompiler}), or a CPython 3.12 {@code .pyc} file.
 * Exit status as CPython's: 0, 1 after an uncaught exception (traceback on standard error)
 * or a program that does not compile, or SystemExit's code. {@code -m} needs imports of
 * {@code .py} modules, which are not built yet: it ends with a clear message. Compare
 * CPython Modules/main.c: pymain_run_python and Python/pythonrun.c:
 * _PyRun_SimpleFileObject, handle_system_exit.
 */
final class RunCommand {

    private RunCommand() {}

    /** Where the code of __main__ comes from, loaded once the interpreter is set up. */
    private interface MainCode {
        PyCode load() throws SourceCompiler.Failure;
    }

    static int run(Options o, InputStream in, PrintStream out, PrintStream err) {
        MainCode code;
        String path0;
        String mainFile;
        switch (o.source) {
            case MODULE -> {
                err.println("pyvm: -m needs imports of .py modules, which are not built yet");
                return 2;
            }
            case COMMAND -> {
                String cmd = o.target;
                code = () -> new PyCode(SourceCompiler.compile(cmd, "<string>"));
                path0 = "";
                mainFile = null;
            }
            case STDIN, INTERACTIVE -> {
                if (o.source == Options.Source.INTERACTIVE && in == System.in && System.console() != null) {
                    err.println("pyvm: the interactive prompt is not built yet; run a file, -c CMD or - (stdin)");
                    return 2;
                }
                byte[] src;
                try {
                    src = in.readAllBytes();
                } catch (java.io.IOException e) {
                    err.println("pyvm: cannot read standard input: " + e.getMessage());
                    return 1;
                }
                code = () -> new PyCode(SourceCompiler.compile(src, "<stdin>"));
                path0 = "";
                mainFile = "<stdin>";
            }
            default -> {
                Path file = Path.of(o.target).toAbsolutePath().normalize();
                if (!Files.isRegularFile(file)) {
                    err.println(Main.executable() + ": can't open file '" + file
                        + "': [Errno 2] No such file or directory");
                    return 2;
                }
                if (o.target.endsWith(".pyc")) {
                    code = () -> PycLoader.load(file);
                } else {
                    byte[] src;
                    try {
                        src = Files.readAllBytes(file);
                    } catch (java.io.IOException e) {
                        err.println(Main.executable() + ": can't open file '" + file + "': " + e.getMessage());
                        return 2;
                    }
                    code = () -> new PyCode(SourceCompiler.compile(src, file.toString()));
                }
                path0 = file.getParent().toString();
                mainFile = file.toString();
            }
        }
        try {
            return runMain(o, code, path0, mainFile, out, err);
        } catch (Throwable t) {
            // Last line of defence: never a raw Java stack trace.
            out.flush();
            err.println("SystemError: pyvm internal error: " + t);
            return 1;
        }
    }

    private static int runMain(Options o, MainCode source, String path0, String mainFile, PrintStream out,
                               PrintStream err) {
        Interpreter.install();
        List<String> path = new ArrayList<>();
        path.add(path0);
        Setup.init(o.argv, path, out, err);
        int status;
        try {
            PyCode code = source.load();
            PyModule main = new PyModule("__main__");
            PyDict d = main.getDict();
            if (mainFile != null) {
                d.setStr("__file__", PyStr.of(mainFile));
            }
            d.setStr("__builtins__", PyRuntime.builtinModule("builtins"));
            d.setStr("__cached__", PyNone.NONE);
            d.setStr("__package__", PyNone.NONE);
            d.setStr("__loader__", PyNone.NONE);
            d.setStr("__spec__", PyNone.NONE);
            PyRuntime.modules.setStr("__main__", main);
            CodeRunner.get().exec(code, d, d);
            status = 0;
        } catch (SourceCompiler.Failure f) {
            Setup.writeErr(f.getMessage());
            status = 1;
        } catch (PyBaseException e) {
            status = handleUncaught(e);
        } catch (StackOverflowError e) {
            Setup.writeErr("RecursionError: maximum recursion depth exceeded\n");
            status = 1;
        }
        // Interpreter teardown: suspended generators are closed (their finally blocks run).
        org.pyvm.runtime.GenFinalizer.atExit();
        try {
            Setup.flush();
        } catch (PyBaseException e) {
            status = 120;
        }
        out.flush();
        err.flush();
        return status;
    }

    /** SystemExit's code, or the traceback and 1. Compare pythonrun.c: _Py_HandleSystemExit. */
    private static int handleUncaught(PyBaseException e) {
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
        flushOut();
        Setup.writeErr(TracebackPrinter.format(e));
        return 1;
    }

    private static void flushOut() {
        try {
            Setup.flush();
        } catch (PyBaseException ignored) {
            // Best effort before writing the traceback.
        }
    }
}
