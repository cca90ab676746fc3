package org.pyvm.cli;

/** The text of {@code pyvm -h}: CPython's options, in our words. */
final class Help {

    private Help() {}

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
}
