package org.pyvm.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Runs a program: a file ({@code .py} or {@code .pyc}), {@code -c}, {@code -m} or stdin. */
final class RunCommand {

    private RunCommand() {}

    static int run(Options o, InputStream in, PrintStream out, PrintStream err) {
        err.println("pyvm: running Python code is not built yet");
        return 1;
    }
}
