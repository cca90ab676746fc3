package org.pyvm.cli;

import java.io.PrintStream;

/** {@code pyvm --compile [-o OUTDIR] PATH...}: owned by the compiler (issue 4). */
final class CompileCommand {

    private CompileCommand() {}

    static int run(Options o, PrintStream out, PrintStream err) {
        err.println("pyvm: --compile: the compiler is not built yet");
        return 1;
    }
}
