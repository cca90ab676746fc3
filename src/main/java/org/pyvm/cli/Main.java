package org.pyvm.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * pyvm's command line, CPython's {@code python3.12} with pyvm's own long options.
 * Each action lives in a class of its own; this class only parses and dispatches.
 */
public final class Main {

    /** The CPython release whose behaviour pyvm follows. */
    public static final String PY_VERSION = "3.12.1";

    /**
     * The interpreter runs on a thread of its own: Java's main thread has a small,
     * fixed stack, and deep Python recursion must end in RecursionError, not
     * StackOverflowError (DESIGN.md, "Habits").
     */
    private static final long STACK_BYTES = 2L << 30;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        // The hash key first, before any Python object is hashed (see Hashing).
        org.pyvm.runtime.Hashing.seed(RunCommand.hashSeed(args, System.getenv()));
        // Ctrl-C is KeyboardInterrupt in the program's main thread, as CPython's default SIGINT handler.
        org.pyvm.modules.signal.SignalModule.installSigint();
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = run(args, System.in, System.out, System.err),
            "MainThread", STACK_BYTES);
        t.start();
        t.join();
        System.out.flush();
        if (RunCommand.unhandledKeyboardInterrupt) {
            // Killed by SIGINT as CPython's exit_sigint does (Modules/main.c), 130 if that fails.
            System.err.flush();
            org.pyvm.modules.signal.SignalModule.dieBySigint(Main.class.getName());
        }
        System.exit(status[0]);
    }

    /** Runs one command line in this JVM and returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), in, out, err);
    }

    /** Runs one command line in this JVM with the environment variables ENV; returns the exit status. */
    public static int run(String[] args, java.util.Map<String, String> env, InputStream in, PrintStream out,
                          PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (Options.UsageError e) {
            err.println(e.getMessage());
            err.println("usage: " + executable() + " [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            err.println("Try `python -h' for more information.");
            return 2;
        }
        return switch (o.action) {
            case VERSION -> {
                out.println(o.versionLevel > 1
                    ? "Python " + PY_VERSION + " (pyvm, Java " + Runtime.version() + ")"
                    : "Python " + PY_VERSION);
                yield 0;
            }
            case HELP -> {
                out.print(Help.text(executable()));
                yield 0;
            }
            case DUMP_AST -> DumpAstCommand.run(o, out, err);
            case COMPILE -> CompileCommand.run(o, out, err);
            case RUN -> RunCommand.run(o, env, in, out, err);
        };
    }

    /** The launcher's path, as bin/pyvm passes it, for messages that name the program. */
    static String executable() {
        return System.getProperty("pyvm.executable", "pyvm");
    }
}
