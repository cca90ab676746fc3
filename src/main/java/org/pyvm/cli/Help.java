package org.pyvm.cli;

/**
 * The text of {@code pyvm -h}, {@code --help-env}, {@code --help-xoptions} and
 * {@code --help-all}: CPython's options, in our words, saying what pyvm does with each.
 */
final class Help {

    private Help() {}

    /** TOPIC is the option asked: --help, --help-env, --help-xoptions or --help-all. */
    static String text(String exe, String topic) {
        return switch (topic) {
            case "--help-env" -> ENV;
            case "--help-xoptions" -> XOPTIONS;
            case "--help-all" -> text(exe) + "\n" + ENV + "\n" + XOPTIONS;
            default -> text(exe);
        };
    }

    static String text(String exe) {
        return "usage: " + exe + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            + """
            Options:
            -b     : warn about str(bytes) and bytes/str comparison (-bb: error)
            -B     : do not write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
            -c cmd : program passed in as string (terminates option list)
            -d     : parser debugging output
            -E     : ignore PYTHON* environment variables
            -h     : print this help message and exit (also -? or --help)
            --help-env     : print the environment variables pyvm reads and exit
            --help-xoptions: print the -X options pyvm takes and exit
            --help-all     : print all of the help above and exit
            -i     : inspect interactively after running script
            -I     : isolate from the user's environment (implies -E, -P and -s)
            -m mod : run library module as a script (terminates option list)
            -O     : remove assert and __debug__-dependent statements
            -OO    : do -O changes and also discard docstrings
            -P     : do not prepend a potentially unsafe path to sys.path
            -q     : do not print version and copyright messages on interactive startup
            -s     : do not add the user site directory to sys.path
            -S     : do not import 'site' on initialization
            -u     : unbuffered binary stdout and stderr
            -v     : verbose (trace import statements)
            -V     : print the Python version number and exit (also --version)
            -W arg : warning control
            -x     : skip first line of source
            -X opt : set implementation-specific option
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]

            pyvm's own options:
            --dump-ast FILE... : print ast.dump(ast.parse(...), include_attributes=True) of each FILE
            --compile [-o OUTDIR] PATH... : compile files and folders to .pyc files
            """;
    }

    private static final String ENV = """
        Environment variables (ignored with -E or -I):
        PYTHONPATH   : folders (':'-separated) put before the standard library on sys.path
        PYTHONHOME   : read by CPython to find its library; pyvm ignores it and finds
                       CPython 3.12's Lib/ itself (PYVM_STDLIB names it, see the README)
        PYTHONSTARTUP, PYTHONINSPECT, PYTHONMALLOC, PYTHONPLATLIBDIR, PYTHONUSERBASE,
        PYTHONEXECUTABLE, PYTHONLEGACYWINDOWSFSENCODING: not read by pyvm
        PYTHONOPTIMIZE: as -O (a number: as many -O)
        PYTHONDEBUG  : as -d
        PYTHONDONTWRITEBYTECODE: as -B
        PYTHONUNBUFFERED: as -u
        PYTHONVERBOSE: as -v
        PYTHONNOUSERSITE: as -s
        PYTHONSAFEPATH: as -P
        PYTHONWARNINGS: as -W (','-separated)
        PYTHONIOENCODING: encoding[:errors] of stdin, stdout and stderr
        PYTHONUTF8   : 1 turns UTF-8 mode on, 0 off (as -X utf8)
        PYTHONHASHSEED: 'random' or a number from 0 to 4294967295: the str/bytes hash seed
        PYTHONINTMAXSTRDIGITS: as -X int_max_str_digits
        PYTHONDEVMODE: development mode (the -X option dev)
        PYTHONFAULTHANDLER: as -X faulthandler
        PYTHONNODEBUGRANGES: as -X no_debug_ranges
        PYTHONPYCACHEPREFIX: as -X pycache_prefix
        PYTHONPROFILEIMPORTTIME: as -X importtime
        PYTHONWARNDEFAULTENCODING: as -X warn_default_encoding
        PYTHONBREAKPOINT: the function breakpoint() calls (default pdb.set_trace)
        PYTHONCOERCECLOCALE: 0 keeps the C locale (no coercion to C.UTF-8, PEP 538)
        PYVM_STDLIB  : pyvm's own: the folder of CPython 3.12's Lib/ to use
        PYVM_JAVA_HOME: pyvm's own: the JDK 25 bin/pyvm starts
        """;

    private static final String XOPTIONS = """
        -X options (sys._xoptions holds every one given):
        -X dev       : development mode: warnings shown, faulthandler on (sys.flags.dev_mode)
        -X faulthandler: dump the Python stacks on a fatal signal
        -X utf8[=0|1]: UTF-8 mode on (or off)
        -X warn_default_encoding: EncodingWarning where open() and the like use the
                       locale's encoding
        -X no_debug_ranges: no column positions in code objects
        -X int_max_str_digits=N: the limit of int/str conversions (0: none)
        -X pycache_prefix=PATH: write .pyc files under PATH instead of __pycache__
        -X jit=off   : pyvm's own: run without the JIT (the interpreter alone)
        -X importtime: how long each import takes, on standard error: its own time, the
                       time with the imports nested in it, and the module's name
        -X frozen_modules, -X showrefcount, -X tracemalloc,
        -X perf, -X cpu_count: accepted and kept in sys._xoptions
        """;
}
