package org.pyvm.runtime;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashMap;

/**
 * The exposure annotations ({@link ExposedMethod}, {@link ExposedGetter}) of one class's
 * methods, as the build recorded them: the main compilation runs the build's annotation
 * processor ExposedIndexer (src/build/java, see pom.xml), which writes their values into the
 * generated class {@code ExposedIndex}. Reading them back is a string split; asking the JDK
 * ({@code Method.getAnnotation}) parses each method's annotation bytes and spins a proxy
 * class per annotation type (and for the JDK's own meta-annotations), all in the JVM's
 * bytecode interpreter at start-up: about a fifth of {@code pyvm -c pass} (see
 * docs/ARCHITECTURE.md, start-up). A class the index does not list (a test's class, an
 * anonymous or local class) and bridge methods are read by reflection; ExposedDeclsTest
 * checks that the index says what the annotations say.
 */
final class ExposedDecls {

    /** Asks reflection for every method (a class the index does not know). */
    private static final ExposedDecls REFLECT = new ExposedDecls();

    /** Java method name to the index's lines for the methods of that name. */
    private final HashMap<String, Entry[]> byName = new HashMap<>();

    private static final class Entry {
        final int params;
        /** The erased parameter types (Class.getTypeName, comma-separated) of an overload, else null. */
        final String types;
        final ExposedMethod method;
        final ExposedGetter getter;

        Entry(int params, String types, ExposedMethod method, ExposedGetter getter) {
            this.params = params;
            this.types = types;
            this.method = method;
            this.getter = getter;
        }
    }

    private ExposedDecls() {}

    /** The declarations of C's own methods. */
    static ExposedDecls of(Class<?> c) {
        String data = ExposedIndex.of(c.getName());
        if (data == null) {
            return REFLECT;
        }
        ExposedDecls d = new ExposedDecls();
        for (String line : data.split("\n")) {
            String[] f = line.split("\t", -1);
            int params = Integer.parseInt(f[2]);
            String types = f[3].isEmpty() ? null : f[3];
            Entry e = switch (f[0]) {
                case "M" -> {
                    String[] names = new String[f.length - 8];
                    System.arraycopy(f, 8, names, 0, names.length);
                    yield new Entry(params, types, new MethodValues(f[4], Integer.parseInt(f[5]), f[6].equals("1"),
                        names, f[7].equals("1")), null);
                }
                case "G" -> new Entry(params, types, null, new GetterValues(f[4], f[5], f[6].equals("1")));
                default -> new Entry(params, types, null, null);
            };
            Entry[] old = d.byName.get(f[1]);
            if (old == null) {
                d.byName.put(f[1], new Entry[] {e});
            } else {
                Entry[] more = java.util.Arrays.copyOf(old, old.length + 1);
                more[old.length] = e;
                d.byName.put(f[1], more);
            }
        }
        return d;
    }

    /** The @ExposedMethod of M alone (one look-up, as Method.getAnnotation). */
    static ExposedMethod method(Method m) {
        return of(m.getDeclaringClass()).methodOf(m);
    }

    /** M's @ExposedMethod, or null; M is a method of the class this was made for. */
    ExposedMethod methodOf(Method m) {
        if (this == REFLECT) {
            return m.getAnnotation(ExposedMethod.class);
        }
        Entry[] es = byName.get(m.getName());
        if (es != null && m.isBridge()) {
            // javac copies a method's annotations to its bridge methods, which the sources do not show.
            return m.getAnnotation(ExposedMethod.class);
        }
        if (es != null) {
            String types = null;
            for (Entry e : es) {
                if (e.method != null && e.params == m.getParameterCount()
                        && (e.types == null || e.types.equals(types == null ? types = typesOf(m) : types))) {
                    return e.method;
                }
            }
        }
        return null;
    }

    /** M's @ExposedGetter, or null. */
    ExposedGetter getterOf(Method m) {
        if (this == REFLECT) {
            return m.getAnnotation(ExposedGetter.class);
        }
        Entry[] es = byName.get(m.getName());
        if (es != null && m.isBridge()) {
            // javac copies a method's annotations to its bridge methods, which the sources do not show.
            return m.getAnnotation(ExposedGetter.class);
        }
        if (es != null) {
            String types = null;
            for (Entry e : es) {
                if (e.getter != null && e.params == m.getParameterCount()
                        && (e.types == null || e.types.equals(types == null ? types = typesOf(m) : types))) {
                    return e.getter;
                }
            }
        }
        return null;
    }

    private static String typesOf(Method m) {
        StringBuilder b = new StringBuilder();
        for (Class<?> p : m.getParameterTypes()) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(p.getTypeName());
        }
        return b.toString();
    }

    /** The values of one @ExposedMethod, as the index holds them. */
    private static final class MethodValues implements ExposedMethod {
        private final String name;
        private final int min;
        private final boolean classMethod;
        private final String[] names;
        private final boolean parseTuple;

        MethodValues(String name, int min, boolean classMethod, String[] names, boolean parseTuple) {
            this.name = name;
            this.min = min;
            this.classMethod = classMethod;
            this.names = names;
            this.parseTuple = parseTuple;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int min() {
            return min;
        }

        @Override
        public boolean classMethod() {
            return classMethod;
        }

        @Override
        public String[] names() {
            return names.clone();
        }

        @Override
        public boolean parseTuple() {
            return parseTuple;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return ExposedMethod.class;
        }
    }

    /** The values of one @ExposedGetter, as the index holds them. */
    private static final class GetterValues implements ExposedGetter {
        private final String name;
        private final String setter;
        private final boolean member;

        GetterValues(String name, String setter, boolean member) {
            this.name = name;
            this.setter = setter;
            this.member = member;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String setter() {
            return setter;
        }

        @Override
        public boolean member() {
            return member;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return ExposedGetter.class;
        }
    }
}
