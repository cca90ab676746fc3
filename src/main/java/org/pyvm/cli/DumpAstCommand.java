package org.pyvm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.pyvm.ast.AstDump;
import org.pyvm.parser.Parser;
import org.pyvm.parser.PySyntaxError;

/**
 * {@code pyvm --dump-ast FILE...}: for each FILE a line "# FILE", then CPython's
 * {@code ast.dump(ast.parse(source, FILE), include_attributes=True)}, or
 * {@code type(e).__name__ + ": " + str(e)} when the file does not parse.
 */
final class DumpAstCommand {

    private DumpAstCommand() {}

    static int run(Options o, PrintStream out, PrintStream err) {
        int status = 0;
        for (String f : o.paths) {
            out.println("# " + f);
            out.println(dumpOne(f));
        }
        out.flush();
        return status;
    }

    /** The dump line for one file. */
    static String dumpOne(String f) {
        byte[] src;
        try {
            src = Files.readAllBytes(Path.of(f));
        } catch (NoSuchFileException e) {
            return "FileNotFoundError: [Errno 2] No such file or directory: '" + f + "'";
        } catch (IOException e) {
            return (Files.isDirectory(Path.of(f)) ? "IsADirectoryError: [Errno 21] Is a directory: '" + f + "'"
                : "OSError: " + e.getMessage());
        }
        try {
            return AstDump.dump(Parser.parseFile(src, f));
        } catch (PySyntaxError e) {
            return e.display();
        } catch (RuntimeException | StackOverflowError e) {
            return "SystemError: internal parser error: " + e;
        }
    }
}
