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
 * Runs a program: a CPython 3.12 {@code .pyc} file. {@code .py} files, {@code -c},
 * {@code -m} and stdin need the compiler, which is not built yet; they end with a clear
 * message. Exit status as CPython's: 0, 1 after an uncaught exception (traceback on
 * standard error), or SystemExit's code. Compare CPython Modules/main.c: pymain_run_python
 * and Python/pythonrun.c: _PyRun_SimpleFileObject, handle_system_exit.
 */
final class RunCommand {

    private RunCommand() {}

    static int run(Options o, InputStream in, PrintStream out, PrintStream err) {
        if (o.source != Options.Source.FILE) {
            String what = switch (o.source) {
                case COMMAND -> "-c";
                case MODULE -> "-m";
                default -> "reading a program from standard input";
            };
            err.println("pyvm: " + what + " needs the compiler, which is not built yet; run a .pyc file");
            return 2;
        }
        Path file = Path.of(o.target).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            err.println(Main.executable() + ": can't open file '" + file + "': [Errno 2] No such file or directory");
            return 2;
        }
        if (o.target.endsWith(".py")) {
            err.println("pyvm: cannot run " + o.target + ": compiling .py files needs the compiler, which is not built "
                + "yet; run a .pyc file");
            return 2;
        }
        try {
            return runPyc(o, file, out, err);
        } catch (Throwable t) {
            // Last line of defence: never a raw Java stack trace.
            out.flush();
            err.println("SystemError: pyvm internal error: " + t);
            return 1;
        }
    }

    private static int runPyc(Options o, Path file, PrintStream out, PrintStream err) {
        Interpreter.install();
        List<String> path = new ArrayList<>();
        path.add(file.getParent().toString());
        Setup.init(o.argv, path, out, err);
        int status;
        try {
            PyCode code = PycLoader.load(file);
            PyModule main = new PyModule("__main__");
            PyDict d = main.getDict();
            d.setStr("__file__", PyStr.of(file.toString()));
            d.setStr("__builtins__", PyRuntime.builtinModule("builtins"));
            d.setStr("__cached__", PyNone.NONE);
            d.setStr("__package__", PyNone.NONE);
            d.setStr("__loader__", PyNone.NONE);
            d.setStr("__spec__", PyNone.NONE);
            PyRuntime.modules.setStr("__main__", main);
            CodeRunner.get().exec(code, d, d);
            status = 0;
        } catch (PyBaseException e) {
            status = handleUncaught(e);
        } catch (StackOverflowError e) {
            Setup.writeErr("RecursionError: maximum recursion depth exceeded\n");
            status = 1;
        }
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
