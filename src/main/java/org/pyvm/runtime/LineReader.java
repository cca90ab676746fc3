package org.pyvm.runtime;

/**
 * The terminal line reader that builtins.input and the interactive loop use when standard
 * input and output are a terminal: CPython's PyOS_ReadlineFunctionPointer, which importing
 * the readline module sets (modules.readline.LineEditor). Without one, pyvm reads lines
 * from sys.stdin as for any stream.
 */
public final class LineReader {

    private LineReader() {}

    /** call_readline: one line. */
    public interface Reader {
        /**
         * Shows PROMPT (bytes in the output's encoding) and reads a line from file
         * descriptor 0: its bytes with the final newline, empty at end of input. A signal
         * whose handler raises (KeyboardInterrupt) ends the read with that exception.
         */
        byte[] readLine(byte[] prompt);
    }

    private static volatile Reader installed;

    public static void install(Reader r) {
        installed = r;
    }

    /** The reader installed, or null. */
    public static Reader installed() {
        return installed;
    }
}
