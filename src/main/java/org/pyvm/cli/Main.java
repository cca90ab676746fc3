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

    public static void main(String[] rawArgs) throws InterruptedException {
        String[] args = argvBytes(rawArgs);
        // The hash key first, before any Python object is hashed (see Hashing).
        org.pyvm.runtime.Hashing.seed(RunCommand.hashSeed(args, System.getenv()));
        // Ctrl-C is KeyboardInterrupt in the program's main thread, as CPython's default SIGINT handler.
        org.pyvm.modules.signal.SignalModule.installSigint();
        int status = runOnThread(args);
        System.out.flush();
        if (RunCommand.unhandledKeyboardInterrupt) {
            // Killed by SIGINT as CPython's exit_sigint does (Modules/main.c), 130 if that fails.
            System.err.flush();
            org.pyvm.modules.signal.SignalModule.dieBySigint(Main.class.getName());
        }
        System.err.flush();
        org.pyvm.runtime.ProcessExit.exit(status);
    }

    /** Runs the command line ARGS on a thread with a large stack (see STACK_BYTES); its exit status. */
    static int runOnThread(String[] args) throws InterruptedException {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = run(args, System.in, System.out, System.err),
            "MainThread", STACK_BYTES);
        t.start();
        t.join();
        return status[0];
    }

    /**
     * The command line as CPython decodes it (Py_DecodeLocale: UTF-8 with surrogateescape, the
     * locale being coerced to UTF-8 as PEP 538 does): the JVM decodes its arguments with the
     * locale's charset and loses undecodable bytes (and every non-ASCII byte in the C locale),
     * so they are taken again from /proc/self/cmdline, after the main class's name, when that
     * gives as many arguments as the JVM's. ARGS as they are otherwise.
     */
    private static String[] argvBytes(String[] args) {
        byte[] all;
        try {
            all = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/cmdline"));
        } catch (java.io.IOException | RuntimeException e) {
            return args;
        }
        java.util.List<byte[]> items = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == 0) {
                items.add(java.util.Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        byte[] mainName = Main.class.getName().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (java.util.Arrays.equals(items.get(i), mainName)) {
                at = i;
                break;
            }
        }
        if (at < 0 || items.size() - at - 1 != args.length) {
            return args;
        }
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = org.pyvm.modules.posix.Fs.decode(items.get(at + 1 + i));
        }
        return out;
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
                out.print(Help.text(executable(), o.helpTopic));
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
