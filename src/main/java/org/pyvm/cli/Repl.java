package org.pyvm.cli;

import org.pyvm.modules.TerminalInput;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.CodeRunner;
import org.pyvm.runtime.LineReader;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;

/**
 * The interactive interpreter: `pyvm` on a terminal, or `pyvm -i` after (or instead of)
 * a program. Reads statements from sys.stdin with the prompts sys.ps1 and sys.ps2 on
 * standard error, runs each as a 'single' statement in __main__ (expression values go to
 * sys.displayhook), reports errors through sys.excepthook and stops at end of input or
 * SystemExit. A statement is complete when codeop says so, which follows the compiler as
 * CPython's interactive tokenizer does. Once the readline module is imported (site's
 * sys.__interactivehook__ does it), a terminal's lines are read and edited by it, with
 * history and completion (runtime.LineReader). Compare CPython Python/pythonrun.c:
 * _PyRun_InteractiveLoopObject, PyRun_InteractiveOneObjectEx and Modules/main.c:
 * pymain_repl, pymain_header.
 */
final class Repl {

    private Repl() {}

    /**
     * Runs the loop in MAIN's namespace until end of input; SystemExit propagates. STARTUP
     * is the PYTHONSTARTUP file to run first (null for none: -E, -I, or -i after a program).
     */
    static void run(PyModule main, boolean banner, String startup) {
        PyModule sys = PyRuntime.builtinModule("sys");
        PyDict sd = sys.getDict();
        if (sd.getStr("ps1") == null) {
            sd.setStr("ps1", PyStr.of(">>> "));
        }
        if (sd.getStr("ps2") == null) {
            sd.setStr("ps2", PyStr.of("... "));
        }
        if (banner) {
            write(sd, "Python " + Abstract.str(sd.getStr("version")).toString() + " on " + Abstract.str(sd.getStr("platform")).toString()
                + "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        importReadline(sd);
        runStartup(sd, main, startup);
        runInteractiveHook(sd);
        PyObject compileCommand = Abstract.getAttr(importModule("codeop"), "compile_command");
        PyDict globals = main.getDict();
        StringBuilder source = new StringBuilder();
        while (true) {
            String prompt = Abstract.str(sd.getStr(source.isEmpty() ? "ps1" : "ps2")).toString();
            String text;
            LineReader.Reader reader = LineReader.installed();
            PyObject stdin = sd.getStr("stdin");
            PyObject stdout = sd.getStr("stdout");
            try {
                if (reader != null && TerminalInput.isConsole(stdin, 0) && TerminalInput.isConsole(stdout, 1)) {
                    // The readline module is loaded: it shows the prompt and edits the line.
                    text = TerminalInput.replLine(reader, stdin, stdout, prompt);
                } else {
                    write(sd, prompt);
                    PyObject line = Abstract.call(Abstract.getAttr(stdin, "readline"));
                    text = Abstract.str(line).toString();
                }
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.KeyboardInterrupt)) {
                    throw e;
                }
                // Ctrl-C at a prompt drops the statement being typed and the loop goes on
                // (the tokenizer's E_INTR), after a newline as CPython's.
                source.setLength(0);
                write(sd, "\n");
                report(sd, e);
                continue;
            }
            if (text.isEmpty()) {
                write(sd, "\n");
                return;
            }
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            if (!source.isEmpty()) {
                source.append('\n');
            }
            source.append(text);
            PyObject code;
            try {
                code = Abstract.call(compileCommand, PyStr.of(source.toString()), PyStr.of("<stdin>"),
                    PyStr.of("single"));
            } catch (PyBaseException e) {
                source.setLength(0);
                // A compile error is reported without codeop's frames, as the C loop has none.
                e.traceback = null;
                report(sd, e);
                continue;
            }
            if (code == PyNone.NONE) {
                continue; // more lines needed
            }
            source.setLength(0);
            try {
                CodeRunner.get().exec((PyCode) code, globals, globals);
            } catch (PyBaseException e) {
                if (e.matches(PyExc.SystemExit)) {
                    throw e;
                }
                report(sd, e);
            }
            flush(sd, "stderr");
            flush(sd, "stdout");
        }
    }

    /**
     * pymain_import_readline: on a terminal, line editing even without site (-S), unless
     * isolated (-I); an import error is ignored.
     */
    private static void importReadline(PyDict sd) {
        PyObject flags = sd.getStr("flags");
        if (flags == null || Abstract.isTrue(Abstract.getAttr(flags, "isolated"))
            || !org.pyvm.modules.posix.FdTable.isatty(0)) {
            return;
        }
        for (String name : new String[] {"readline", "rlcompleter"}) {
            try {
                importModule(name);
            } catch (PyBaseException e) {
                // PyErr_Clear
            }
        }
    }

    /**
     * pymain_run_startup: the PYTHONSTARTUP file runs in __main__ (with __file__ set while it
     * runs, when __main__ has none) before the first prompt; its errors are printed.
     */
    private static void runStartup(PyDict sd, PyModule main, String file) {
        if (file == null || file.isEmpty()) {
            return;
        }
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("cpython.run_startup", PyStr.of(file));
        }
        byte[] src;
        try {
            src = java.nio.file.Files.readAllBytes(org.pyvm.modules.posix.Fs.cwd().resolve(file));
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            write(sd, "Could not open PYTHONSTARTUP\n");
            int errno = e instanceof java.nio.file.NoSuchFileException ? org.pyvm.modules.posix.OsErrors.ENOENT
                : e instanceof java.nio.file.AccessDeniedException ? org.pyvm.modules.posix.OsErrors.EACCES
                : org.pyvm.modules.posix.OsErrors.EIO;
            report(sd, org.pyvm.modules.posix.OsErrors.of(errno, PyStr.of(file)));
            return;
        }
        PyDict g = main.getDict();
        boolean setFile = g.getStr("__file__") == null;
        if (setFile) {
            g.setStr("__file__", PyStr.of(file));
            g.setStr("__cached__", PyNone.NONE);
        }
        try {
            PyCode code = new PyCode(SourceCompiler.compileFile(src, file));
            CodeRunner.get().exec(code, g, g);
        } catch (SourceCompiler.Failure f) {
            write(sd, f.getMessage());
        } catch (PyBaseException e) {
            if (e.matches(PyExc.SystemExit)) {
                throw e;
            }
            report(sd, e);
        } finally {
            if (setFile) {
                g.delItem(PyStr.of("__file__"));
                g.delItem(PyStr.of("__cached__"));
            }
        }
        flush(sd, "stderr");
        flush(sd, "stdout");
    }

    /**
     * pymain_run_interactive_hook: sys.__interactivehook__() before the first prompt (site's
     * enables completion and the ~/.python_history file). If it fails, CPython's message and
     * the error are printed and the loop starts anyway; SystemExit propagates.
     */
    private static void runInteractiveHook(PyDict sd) {
        PyObject hook = sd.getStr("__interactivehook__");
        if (hook == null) {
            return;
        }
        try {
            if (org.pyvm.runtime.Audit.on()) {
                org.pyvm.runtime.Audit.event("cpython.run_interactivehook", hook);
            }
            Abstract.call(hook);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.SystemExit)) {
                throw e;
            }
            flush(sd, "stdout");
            write(sd, "Failed calling sys.__interactivehook__\n");
            report(sd, e);
        }
    }

    /** flush_io (pythonrun.c): after each statement, so that its output is seen before the prompt. */
    private static void flush(PyDict sd, String name) {
        PyObject f = sd.getStr(name);
        if (f != null && f != PyNone.NONE) {
            try {
                Abstract.call(Abstract.getAttr(f, "flush"));
            } catch (PyBaseException e) {
                // flush_io ignores a failing flush
            }
        }
    }

    /**
     * sys.last_exc, last_type, last_value and last_traceback for E, as PyErr_Print sets them
     * (also for a program's uncaught exception, RunCommand); returns the traceback or None.
     */
    static PyObject setLastVars(PyDict sd, PyBaseException e) {
        PyObject tb = e.traceback == null ? PyNone.NONE : e.traceback;
        sd.setStr("last_exc", e);
        sd.setStr("last_type", e.type());
        sd.setStr("last_value", e);
        sd.setStr("last_traceback", tb);
        return tb;
    }

    /** PyErr_Print: sys.last_exc and friends, then sys.excepthook. */
    private static void report(PyDict sd, PyBaseException e) {
        PyObject tb = setLastVars(sd, e);
        PyObject hook = sd.getStr("excepthook");
        try {
            Abstract.call(hook, e.type(), e, tb);
        } catch (PyBaseException again) {
            if (again.matches(PyExc.SystemExit)) {
                throw again;
            }
            org.pyvm.modules.Setup.writeErr("Error in sys.excepthook:\n");
        }
    }

    private static void write(PyDict sd, String s) {
        PyObject err = sd.getStr("stderr");
        if (err == null || err == PyNone.NONE) {
            return;
        }
        Abstract.call(Abstract.getAttr(err, "write"), PyStr.of(s));
        Abstract.call(Abstract.getAttr(err, "flush"));
    }

    /** PyImport_Import: __import__(name), then the module from sys.modules. */
    private static PyObject importModule(String name) {
        Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of(name));
        return Abstract.getItem(PyRuntime.modules, PyStr.of(name));
    }
}
