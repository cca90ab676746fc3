package org.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decodes the location and exception tables and the locals-kind views of code objects
 * that CPython 3.12 compiles from its own Lib, and compares each with what CPython says
 * ({@code co_positions()}, {@code co_lines()}, {@code dis._parse_exception_table},
 * {@code co_varnames}...). The tables travel as hex text, so this test needs no marshal.
 */
class CodeTablesTest {

    @TempDir
    Path tmp;

    static final String MODULES = "argparse dataclasses typing asyncio.tasks json.decoder enum inspect "
        + "functools collections re._parser pathlib traceback";

    private static final String SCRIPT = """
        import sys, importlib.util, dis
        def walk(co):
            yield co
            for c in co.co_consts:
                if hasattr(c, 'co_code'): yield from walk(c)
        def n(x): return -1 if x is None else x
        count = 0
        for mod in sys.argv[1].split():
            path = importlib.util.find_spec(mod).origin
            top = compile(open(path, encoding='utf-8').read(), path, 'exec')
            for co in walk(top):
                count += 1
                print('CODE', co.co_qualname)
                print('LT', co.co_linetable.hex() or '-', co.co_firstlineno)
                print('POS', ';'.join('%d,%d,%d,%d' % tuple(map(n, p)) for p in co.co_positions()))
                print('LINES', ';'.join('%d,%d,%d' % (s, e, n(l)) for s, e, l in co.co_lines()))
                print('ADDR2LINE', ';'.join('%d:%d' % (i.offset, n(i.positions.lineno)) for i in dis.get_instructions(co)))
                print('ET', co.co_exceptiontable.hex() or '-')
                print('EX', ';'.join('%d,%d,%d,%d,%d' % (e.start, e.end, e.target, e.depth, e.lasti)
                                     for e in dis._parse_exception_table(co)))
        print('COUNT', count)
        """;

    record Expected(String qualname, byte[] linetable, int firstlineno, String positions, String lines,
                    byte[] exceptiontable, String exceptions) {}

    @Test
    void tablesMatchCPythonForLibCode() throws Exception {
        String out = PyOracle.run(tmp, SCRIPT, MODULES);
        List<String> lines = out.lines().toList();
        HexFormat hex = HexFormat.of();
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("CODE ")) {
                continue;
            }
            String qualname = lines.get(i).substring(5);
            String[] lt = lines.get(i + 1).split(" ");
            byte[] linetable = lt[1].equals("-") ? new byte[0] : hex.parseHex(lt[1]);
            int first = Integer.parseInt(lt[2]);
            String positions = field(lines.get(i + 2), "POS");
            String colines = field(lines.get(i + 3), "LINES");
            String addr2line = field(lines.get(i + 4), "ADDR2LINE");
            String et = field(lines.get(i + 5), "ET");
            String ex = field(lines.get(i + 6), "EX");

            LocationTable loc = LocationTable.decode(linetable, first);
            String ourPositions = loc.positions().stream()
                .map(p -> p.line() + "," + p.endLine() + "," + p.column() + "," + p.endColumn())
                .collect(Collectors.joining(";"));
            String ourLines = loc.lines().stream().map(r -> r.start() + "," + r.end() + "," + r.line())
                .collect(Collectors.joining(";"));
            ExceptionTable table = ExceptionTable.decode(et.equals("-") ? new byte[0] : hex.parseHex(et));
            String ourEx = table.entries().stream()
                .map(e -> e.start() + "," + e.end() + "," + e.target() + "," + e.depth() + "," + (e.lasti() ? 1 : 0))
                .collect(Collectors.joining(";"));
            check(failures, qualname, "co_positions", positions, ourPositions);
            check(failures, qualname, "co_lines", colines, ourLines);
            check(failures, qualname, "exception table", ex, ourEx);
            StringBuilder ourAddr = new StringBuilder();
            for (String pair : addr2line.split(";")) {
                int off = Integer.parseInt(pair.substring(0, pair.indexOf(':')));
                ourAddr.append(ourAddr.isEmpty() ? "" : ";").append(off).append(':').append(loc.lineAt(off));
            }
            check(failures, qualname, "line of each instruction", addr2line, ourAddr.toString());
            // Re-encoding the decoded entries gives CPython's bytes back.
            check(failures, qualname, "exception table encoding", et.equals("-") ? "" : et,
                hex.formatHex(ExceptionTable.encode(table.entries())));
            // Re-encoding the positions as CPython's assembler gives CPython's bytes back.
            LocationTable.Builder builder = new LocationTable.Builder(first);
            for (LocationTable.Position p : loc.positions()) {
                builder.add(1, p);
            }
            check(failures, qualname, "location table encoding", lt[1].equals("-") ? "" : lt[1],
                hex.formatHex(builder.build()));
            // positionAt agrees with the per-unit list.
            List<LocationTable.Position> all = loc.positions();
            for (int u = 0; u < all.size(); u++) {
                if (!all.get(u).equals(loc.positionAt(2 * u))) {
                    failures.add(qualname + ": positionAt(" + 2 * u + ")");
                }
            }
            // handlerFor agrees with a scan.
            for (int off = 0; off < all.size() * 2; off += 2) {
                ExceptionTable.Entry want = null;
                for (ExceptionTable.Entry e : table.entries()) {
                    if (e.start() <= off && off < e.end()) {
                        want = e;
                        break;
                    }
                }
                if (want != table.handlerFor(off)) {
                    failures.add(qualname + ": handlerFor(" + off + ")");
                }
            }
            checked++;
        }
        assertTrue(failures.isEmpty(), failures.size() + " differences, first: "
            + failures.subList(0, Math.min(5, failures.size())));
        assertTrue(checked > 300, "only " + checked + " code objects checked");
        assertEquals("COUNT " + checked, lines.get(lines.size() - 1));
    }

    private static String field(String line, String name) {
        assertTrue(line.startsWith(name + " ") || line.equals(name), line);
        return line.length() > name.length() ? line.substring(name.length() + 1) : "";
    }

    private static void check(List<String> failures, String qualname, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            failures.add(qualname + ": " + what + "\n  CPython: " + abbrev(expected) + "\n  pyvm:    " + abbrev(actual));
        }
    }

    private static String abbrev(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
