package org.pyvm.runtime;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashMap;

/**
 * The exposure annotations ({@link ExposedMethod}, {@link ExposedGetter}) of one class's
 * methods, as the build recorded them: the main compilation runs the build's annotation
 * processor ExposedIndexer (src/build/java, see pom.xml), which writes their values into the
 * generated class {@code ExposedIndex} as calls of {@link #method}, {@link #getter} and
 * {@link #plain} (see ExposedIndexer). Asking the JDK
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

    /** Java method name to the index's declarations of the methods of that name. */
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
        ExposedDecls d = new ExposedDecls();
        return ExposedIndex.of(c.getName(), d) ? d : REFLECT;
    }

    /** Whether the index listed the class (else reflection answers). */
    boolean indexed() {
        return this != REFLECT;
    }

    /** The values of an @ExposedMethod without arguments (name from the Java method, arity from its parameters). */
    private static final MethodValues PLAIN = new MethodValues("", -1, false, new String[0], false);

    /** ExposedIndex: JAVANAME (PARAMS parameters, of TYPES when overloaded) has a plain @ExposedMethod. */
    void method(String javaName, int params, String types) {
        add(javaName, new Entry(params, types, PLAIN, null));
    }

    /** ExposedIndex: JAVANAME has @ExposedMethod with these values. */
    void method(String javaName, int params, String types, String name, int min, boolean classMethod,
                boolean parseTuple, String... names) {
        add(javaName, new Entry(params, types, new MethodValues(name, min, classMethod, names, parseTuple), null));
    }

    /** ExposedIndex: JAVANAME has @ExposedGetter with these values. */
    void getter(String javaName, int params, String types, String name, String setter, boolean member) {
        add(javaName, new Entry(params, types, null, new GetterValues(name, setter, member)));
    }

    /** ExposedIndex: an overload of JAVANAME without either annotation. */
    void plain(String javaName, int params, String types) {
        add(javaName, new Entry(params, types, null, null));
    }

    private void add(String javaName, Entry e) {
        Entry[] old = byName.get(javaName);
        if (old == null) {
            byName.put(javaName, new Entry[] {e});
        } else {
            Entry[] more = java.util.Arrays.copyOf(old, old.length + 1);
            more[old.length] = e;
            byName.put(javaName, more);
        }
    }

    /** The @ExposedMethod of M alone (one look-up, as Method.getAnnotation). */
    static ExposedMethod method(Method m) {
        return of(m.getDeclaringClass()).methodOf(m);
    }

    /** M's @ExposedMethod, or null; M is a method of the class this was made for. */
    ExposedMethod methodOf(Method m) {
        return (ExposedMethod) lookUp(m, false);
    }

    /** M's @ExposedGetter, or null. */
    ExposedGetter getterOf(Method m) {
        return (ExposedGetter) lookUp(m, true);
    }

    /** M's @ExposedGetter (GETTER) or @ExposedMethod, as the index records it. */
    private Annotation lookUp(Method m, boolean getter) {
        Class<? extends Annotation> kind = getter ? ExposedGetter.class : ExposedMethod.class;
        if (this == REFLECT) {
            return m.getAnnotation(kind);
        }
        Entry[] es = byName.get(m.getName());
        if (es == null) {
            return null;
        }
        if (m.isBridge()) {
            // javac copies a method's annotations to its bridge methods, which the sources do not show.
            return m.getAnnotation(kind);
        }
        String types = null;
        for (Entry e : es) {
            Annotation a = getter ? e.getter : e.method;
            if (a != null && e.params == m.getParameterCount()
                    && (e.types == null || e.types.equals(types == null ? types = typesOf(m) : types))) {
                return a;
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
