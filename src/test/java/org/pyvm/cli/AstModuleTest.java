package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.ast.NodeKind;
import org.pyvm.modules.pyast.AstSchema;
import org.pyvm.testing.CPython;

/**
 * The {@code _ast} module: its schema agrees with the Java tree the parser makes (so the
 * converters never meet a field they do not know), and, where CPython 3.12 is present,
 * {@code ast.dump(ast.parse(src), include_attributes=True)} run by pyvm (Lib/ast.py over
 * our node objects) equals CPython's for a sample of Lib/ files.
 */
class AstModuleTest {

    @TempDir
    Path dir;

    @Test
    void schemaMatchesJavaTree() throws Exception {
        Map<String, NodeKind> kinds = new HashMap<>();
        Class<?>[] roots = {org.pyvm.ast.Mod.class, org.pyvm.ast.Stmt.class, org.pyvm.ast.Expr.class,
            org.pyvm.ast.Pattern.class, org.pyvm.ast.Excepthandler.class, org.pyvm.ast.TypeParam.class,
            org.pyvm.ast.TypeIgnoreNode.class};
        for (Class<?> r : roots) {
            for (Class<?> c : r.getPermittedSubclasses()) {
                NodeKind k = (NodeKind) c.getField("KIND").get(null);
                kinds.put(k.name(), k);
            }
        }
        for (Class<?> c : new Class<?>[] {org.pyvm.ast.Arguments.class, org.pyvm.ast.Arg.class,
            org.pyvm.ast.Keyword.class, org.pyvm.ast.Alias.class, org.pyvm.ast.Withitem.class,
            org.pyvm.ast.MatchCase.class, org.pyvm.ast.Comprehension.class}) {
            NodeKind k = (NodeKind) c.getField("KIND").get(null);
            kinds.put(k.name(), k);
        }
        int checked = 0;
        for (AstSchema.NodeClass nc : AstSchema.CLASSES.values()) {
            if (nc.isSum() || nc.isSimple()) {
                continue;
            }
            NodeKind k = kinds.remove(nc.name());
            assertNotNull(k, nc.name());
            List<String> names = new ArrayList<>();
            StringBuilder quals = new StringBuilder();
            for (AstSchema.Field f : nc.fields()) {
                names.add(f.name());
                quals.append(f.qual());
            }
            assertEquals(List.of(k.fields()), names, nc.name());
            assertEquals(k.qualifiers(), quals.toString(), nc.name());
            assertEquals(k.positions(), !nc.attributes().isEmpty(), nc.name());
            checked++;
        }
        assertTrue(kinds.isEmpty(), "Java nodes missing from the schema: " + kinds.keySet());
        assertEquals(79, checked, "node classes with fields or positions");
        for (org.pyvm.ast.Operator op : org.pyvm.ast.Operator.values()) {
            assertEquals("operator", AstSchema.CLASSES.get(op.name()).parent().name());
        }
    }

    private static final String DUMP_SAMPLE = """
        import ast, os, sys
        lib = sys.argv[1]
        files = []
        for d, dirs, fs in os.walk(lib):
            dirs[:] = sorted(x for x in dirs if x not in ('site-packages', 'test', 'tests', 'idlelib', 'lib2to3'))
            files += [os.path.join(d, f) for f in sorted(fs) if f.endswith('.py')]
        for p in files[::int(sys.argv[2])]:
            with open(p, 'rb') as fh:
                src = fh.read()
            try:
                s = ast.dump(ast.parse(src), include_attributes=True)
            except SyntaxError as e:
                s = 'SyntaxError %s %s' % (e.msg, e.lineno)
            print(os.path.relpath(p, lib), s)
        """;

    @Test
    void libDumpsMatchCPython() throws Exception {
        assumeTrue(CPython.present(), "CPython 3.12 not found");
        String lib = CPython.run(dir, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").out().strip();
        Path prog = dir.resolve("dump_sample.py");
        Files.writeString(prog, DUMP_SAMPLE);
        // Every 20th file (about 30, 600 kB of source) keeps the run near ten seconds.
        CPython.Result want = CPython.run(dir, "-B", prog.toString(), lib, "20");
        InProcess.Result got = InProcess.run("-B", prog.toString(), lib, "20");
        assertEquals("", got.err(), "pyvm's standard error");
        String[] w = want.out().split("\n");
        String[] g = got.out().split("\n");
        assertTrue(w.length > 20, "files dumped: " + w.length);
        for (int i = 0; i < Math.min(w.length, g.length); i++) {
            String file = w[i].substring(0, w[i].indexOf(' '));
            assertEquals(w[i], g[i], "dump of " + file);
        }
        assertEquals(w.length, g.length, "files dumped");
    }
}
