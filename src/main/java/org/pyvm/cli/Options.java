package org.pyvm.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line, CPython's options first (compare CPython
 * Python/getopt.c and Python/initconfig.c: config_parse_cmdline), then pyvm's own long
 * options ({@code --dump-ast}, {@code --compile}).
 */
public final class Options {

    /** What the command line asks for. */
    public enum Action { RUN, VERSION, HELP, DUMP_AST, COMPILE }

    /** Where the program to run comes from. */
    public enum Source { FILE, COMMAND, MODULE, STDIN, INTERACTIVE }

    public Action action = Action.RUN;
    public Source source = Source.INTERACTIVE;
    /** The file, the -c command or the -m module name, by {@link #source}. */
    public String target;
    /** sys.argv as the program sees it. */
    public final List<String> argv = new ArrayList<>();
    /** The command line as given, for sys.orig_argv (the launcher's path goes first). */
    public final List<String> rawArgs = new ArrayList<>();
    /** Files and folders after --dump-ast or --compile. */
    public final List<String> paths = new ArrayList<>();
    /** --compile -o OUTDIR; null writes beside each source. */
    public String outDir;

    public int versionLevel;           // -V once or twice
    /** Which help: "--help" (also -h, -?), "--help-env", "--help-xoptions" or "--help-all". */
    public String helpTopic = "--help";
    public boolean dontWriteBytecode;  // -B
    public boolean ignoreEnvironment;  // -E
    public boolean isolated;           // -I (implies -E, -P, -s)
    public boolean inspect;            // -i
    public boolean noSite;             // -S
    public boolean randomizeHash;      // -R (random hashing whatever PYTHONHASHSEED says)
    public boolean noUserSite;         // -s
    public boolean safePath;           // -P
    public boolean unbuffered;         // -u
    public boolean quiet;              // -q
    public boolean skipFirstLine;      // -x
    public int optimize;               // -O, -OO
    public int verbose;                // -v
    public int bytesWarning;           // -b, -bb
    public int debug;                  // -d
    public final List<String> warnOptions = new ArrayList<>(); // -W
    public final List<String> xOptions = new ArrayList<>();    // -X
    public String checkHashBasedPycs = "default";

    /** A command-line mistake; CPython prints it with the usage line and exits 2. */
    public static final class UsageError extends Exception {
        public UsageError(String message) {
            super(message, null, false, false);
        }
    }

    private Options() {}

    /** Options taking an argument, as in CPython's short-option string. */
    private static final String WITH_ARG = "cmWX";
    private static final String FLAGS = "bBdEhiIOPqRsSuvVx?";

    public static Options parse(String[] args) throws UsageError {
        Options o = new Options();
        o.rawArgs.addAll(List.of(args));
        int i = 0;
        parsing:
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-")) {
                o.source = Source.STDIN;
                o.argv.add("-");
                i++;
                break;
            }
            if (!a.startsWith("-") || a.length() < 2) {
                break;
            }
            if (a.startsWith("--")) {
                i = o.longOption(args, i);
                if (o.action == Action.DUMP_AST || o.action == Action.COMPILE) {
                    return o;
                }
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if (WITH_ARG.indexOf(c) >= 0) {
                    String val;
                    if (k + 1 < a.length()) {
                        val = a.substring(k + 1);
                    } else if (i + 1 < args.length) {
                        val = args[++i];
                    } else {
                        throw new UsageError("Argument expected for the -" + c + " option");
                    }
                    i++;
                    switch (c) {
                        case 'c' -> {
                            o.source = Source.COMMAND;
                            o.target = val;
                            o.argv.add("-c");
                            break parsing;
                        }
                        case 'm' -> {
                            o.source = Source.MODULE;
                            o.target = val;
                            o.argv.add("-m");
                            break parsing;
                        }
                        case 'W' -> o.warnOptions.add(val);
                        default -> o.xOptions.add(val);
                    }
                    continue parsing;
                }
                if (FLAGS.indexOf(c) < 0) {
                    throw new UsageError("Unknown option: -" + c);
                }
                o.flag(c);
            }
            i++;
        }
        if (o.source == Source.INTERACTIVE && i < args.length) {
            o.source = Source.FILE;
            o.target = args[i];
            o.argv.add(args[i]);
            i++;
        } else if (o.source == Source.INTERACTIVE) {
            o.argv.add("");
        }
        for (; i < args.length; i++) {
            o.argv.add(args[i]);
        }
        return o;
    }

    private void flag(char c) {
        switch (c) {
            case 'b' -> bytesWarning++;
            case 'B' -> dontWriteBytecode = true;
            case 'd' -> debug++;
            case 'E' -> ignoreEnvironment = true;
            case 'h', '?' -> action = Action.HELP;
            case 'i' -> inspect = true;
            case 'I' -> {
                isolated = true;
                ignoreEnvironment = true;
                safePath = true;
                noUserSite = true;
            }
            case 'O' -> optimize++;
            case 'P' -> safePath = true;
            case 'q' -> quiet = true;
            case 'R' -> randomizeHash = true;
            case 's' -> noUserSite = true;
            case 'S' -> noSite = true;
            case 'u' -> unbuffered = true;
            case 'v' -> verbose++;
            case 'V' -> {
                action = Action.VERSION;
                versionLevel++;
            }
            case 'x' -> skipFirstLine = true;
            default -> throw new IllegalStateException("flag " + c);
        }
    }

    /** Returns the index of the next argument to read. */
    private int longOption(String[] args, int i) throws UsageError {
        String a = args[i];
        switch (a) {
            case "--version" -> {
                action = Action.VERSION;
                versionLevel++;
                return i + 1;
            }
            case "--help", "--help-env", "--help-xoptions", "--help-all" -> {
                action = Action.HELP;
                helpTopic = a;
                return i + 1;
            }
            case "--check-hash-based-pycs" -> {
                if (i + 1 >= args.length) {
                    throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                }
                String v = args[i + 1];
                if (!v.equals("always") && !v.equals("default") && !v.equals("never")) {
                    throw new UsageError(
                        "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
                }
                checkHashBasedPycs = v;
                return i + 2;
            }
            case "--dump-ast" -> {
                action = Action.DUMP_AST;
                paths.addAll(List.of(args).subList(i + 1, args.length));
                return args.length;
            }
            case "--compile" -> {
                action = Action.COMPILE;
                int k = i + 1;
                for (; k < args.length; k++) {
                    if (args[k].equals("-o")) {
                        if (k + 1 >= args.length) {
                            throw new UsageError("Argument expected for the -o option");
                        }
                        outDir = args[++k];
                    } else {
                        paths.add(args[k]);
                    }
                }
                return args.length;
            }
            default -> throw new UsageError("unknown option " + a);
        }
    }
}
