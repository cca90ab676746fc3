package org.pyvm.cli;

import java.io.PrintStream;

/** {@code pyvm --dump-ast FILE...}: owned by the front end (issue 2). */
final class DumpAstCommand {

    private DumpAstCommand() {}

    static int run(Options o, PrintStream out, PrintStream err) {
        err.println("pyvm: --dump-ast: the parser is not built yet");
        return 1;
    }
}
