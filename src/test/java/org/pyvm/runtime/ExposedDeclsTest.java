package org.pyvm.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The index of exposure annotations the build writes (ExposedIndex, by
 * org.pyvm.build.ExposedIndexer) says what the annotations themselves say: for every class of
 * the main build, each method's @ExposedMethod and @ExposedGetter values as ExposedDecls
 * reads them equal the ones reflection parses; and every named class with an annotated
 * method is in the index.
 */
class ExposedDeclsTest {

    @Test
    void theIndexAgreesWithTheAnnotations() throws Exception {
        Path classes = Path.of(ExposedDecls.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            walk.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                String rel = classes.relativize(p).toString();
                names.add(rel.substring(0, rel.length() - ".class".length()).replace('/', '.'));
            });
        }
        int annotated = 0;
        int indexed = 0;
        ClassLoader loader = ExposedDeclsTest.class.getClassLoader();
        for (String name : names) {
            Class<?> c = Class.forName(name, false, loader);
            ExposedDecls decls = ExposedDecls.of(c);
            boolean any = false;
            for (Method m : c.getDeclaredMethods()) {
                ExposedMethod want = m.getAnnotation(ExposedMethod.class);
                ExposedMethod got = decls.methodOf(m);
                if (want == null) {
                    assertNull(got, m.toString());
                } else {
                    any = true;
                    assertNotNull(got, m.toString());
                    assertEquals(want.name(), got.name(), m.toString());
                    assertEquals(want.min(), got.min(), m.toString());
                    assertEquals(want.classMethod(), got.classMethod(), m.toString());
                    assertEquals(want.parseTuple(), got.parseTuple(), m.toString());
                    assertArrayEquals(want.names(), got.names(), m.toString());
                }
                ExposedGetter wantGet = m.getAnnotation(ExposedGetter.class);
                ExposedGetter gotGet = decls.getterOf(m);
                if (wantGet == null) {
                    assertNull(gotGet, m.toString());
                } else {
                    any = true;
                    assertNotNull(gotGet, m.toString());
                    assertEquals(wantGet.name(), gotGet.name(), m.toString());
                    assertEquals(wantGet.setter(), gotGet.setter(), m.toString());
                    assertEquals(wantGet.member(), gotGet.member(), m.toString());
                }
            }
            if (any) {
                annotated++;
                if (decls.indexed()) {
                    indexed++;
                } else {
                    assertTrue(c.isAnonymousClass() || c.isLocalClass(), name + " has exposed methods but is not in the index");
                }
            }
        }
        assertTrue(annotated > 200 && indexed > 200, annotated + " annotated classes, " + indexed + " indexed");
    }
}
