package org.pyvm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pyvm.ast.Mod;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.MarshalWriter;
import org.pyvm.bytecode.Pyc;
import org.pyvm.compiler.CompileError;
import org.pyvm.compiler.Compiler;
import org.pyvm.parser.Parser;
import org.pyvm.parser.PySyntaxError;

/**
 * {@code pyvm --compile [-o OUTDIR] PATH...}: compiles files, and folders recursively, to
 * sourceless {@code .pyc} files: {@code OUTDIR/<path relative to the argument>.pyc}, or
 * beside each source without {@code -o}. A file that does not compile is reported as
 * {@code python -m py_compile} reports it (the SyntaxError as
 * {@code traceback.format_exception_only} shows it); the status is then 1.
 */
final class CompileCommand {

    private CompileCommand() {}

    static int run(Options o, PrintStream out, PrintStream err) {
        int status = 0;
        // The same constant folding as a compile at run time (CompilerBridge).
        Compiler.numberFolder = org.pyvm.runtime.ConstantArithmetic::binary;
        if (o.paths.isEmpty()) {
            err.println("pyvm: --compile: no files given");
            return 2;
        }
        for (String p : o.paths) {
            Path path = Path.of(p);
            List<Path[]> jobs = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    // third-party packages (site-packages) are not compiled with the folder they sit in
                    walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f)
                            && !path.relativize(f).toString().contains("site-packages"))
                        .sorted().forEach(f -> {
                        Path rel = path.relativize(f);
                        Path dest = o.outDir != null ? Path.of(o.outDir).resolve(rel.toString() + "c")
                            : f.resolveSibling(f.getFileName() + "c");
                        jobs.add(new Path[] {f, dest});
                    });
                } catch (IOException e) {
                    err.println("pyvm: --compile: " + p + ": " + e.getMessage());
                    status = 1;
                    continue;
                }
            } else {
                Path dest = o.outDir != null ? Path.of(o.outDir).resolve(path.getFileName() + "c")
                    : path.resolveSibling(path.getFileName() + "c");
                jobs.add(new Path[] {path, dest});
            }
            for (Path[] job : jobs) {
                if (!compileOne(job[0], job[1], err)) {
                    status = 1;
                }
            }
        }
        err.flush();
        return status;
    }

    /** Compiles one file to a .pyc; reports errors to err and returns false on failure. */
    static boolean compileOne(Path src, Path dest, PrintStream err) {
        byte[] source;
        try {
            source = Files.readAllBytes(src);
        } catch (IOException e) {
            err.println("[Errno 2] No such file or directory: '" + src + "'");
            return false;
        }
        String filename = src.toString();
        try {
            byte[] pyc = compileToPyc(source, filename);
            if (dest.getParent() != null) {
                Files.createDirectories(dest.getParent());
            }
            Files.write(dest, pyc);
            return true;
        } catch (PySyntaxError e) {
            err.print(formatSyntaxError(e.kind(), e.msg(), filename, e.lineno(), e.offset(), e.endLineno(),
                e.endOffset(), e.text()));
            return false;
        } catch (CompileError e) {
            String text = lineOf(source, e.lineno());
            err.print(formatSyntaxError(e.pyType(), e.getMessage(), filename, e.lineno(),
                charOffset(text, e.offset()), e.endLineno(),
                e.endLineno() == e.lineno() ? charOffset(text, e.endOffset()) : -1, text));
            return false;
        } catch (IOException e) {
            err.println(dest + ": " + e.getMessage());
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("SystemError: pyvm compiler failed on " + filename + ": " + e);
            return false;
        }
    }

    /** A timestamp-less sourceless .pyc: header (flags 0, mtime 0, size) and the marshalled module. */
    static byte[] compileToPyc(byte[] source, String filename) {
        Mod.Module mod = Parser.parseFile(source, filename);
        CodeObject co = Compiler.compileModule(mod, filename);
        byte[] body = MarshalWriter.dumps(co);
        byte[] header = Pyc.Header.timestamp(0, source.length).toBytes();
        byte[] out = new byte[header.length + body.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(body, 0, out, header.length, body.length);
        return out;
    }

    private static String lineOf(byte[] source, int lineno) {
        if (lineno < 1) {
            return null;
        }
        String s = new String(source, StandardCharsets.UTF_8);
        String[] lines = s.split("\n", -1);
        return lineno <= lines.length ? lines[lineno - 1] + "\n" : null;
    }

    // A 1-based UTF-8 byte offset to the 1-based character offset SyntaxError carries.
    private static int charOffset(String text, int byteOffset) {
        if (text == null || byteOffset <= 0) {
            return byteOffset;
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(byteOffset - 1, b.length);
        return new String(b, 0, n, StandardCharsets.UTF_8).codePointCount(0,
            new String(b, 0, n, StandardCharsets.UTF_8).length()) + 1;
    }

    // Compare CPython Lib/traceback.py: TracebackException._format_syntax_error
    static String formatSyntaxError(String kind, String msg, String filename, int lineno, int offset, int endLineno,
                                    int endOffset, String text) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            String ltext = text.replaceAll("[\\n\\r]+$", "");
            String rtext = ltext.stripLeading();
            int spaces = ltext.length() - rtext.length();
            sb.append("    ").append(rtext).append('\n');
            if (offset > 0) {
                int start = offset - 1 - spaces;
                int end = (endLineno == lineno && endOffset > 0 ? endOffset : offset) - 1 - spaces;
                if (end <= start) {
                    end = start + 1;
                }
                if (start >= 0) {
                    sb.append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
                }
            }
        }
        sb.append(kind).append(": ").append(msg).append('\n');
        return sb.toString();
    }
}
