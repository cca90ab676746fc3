package org.pyvm.build;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Build-time index of pyvm's exposure annotations (org.pyvm.runtime.ExposedMethod and
 * ExposedGetter): an annotation processor that the main compilation runs (pom.xml), writing
 * the generated class org.pyvm.runtime.ExposedIndex. The annotations stay the one place
 * where a builtin method is declared; the index only spares the run time the JDK's
 * annotation parsing, which at start-up ran in the JVM's bytecode interpreter and spun a
 * proxy class per annotation type (a fifth of `pyvm -c pass`, see
 * runtime.ExposedDecls and docs/ARCHITECTURE.md, start-up).
 *
 * <p>For each class (binary name) declaring an annotated method, a generated method that
 * declares them to runtime.ExposedDecls: {@code d.method(javaName, paramCount, types)} for an
 * ExposedMethod with the default values, {@code d.method(javaName, paramCount, types, name,
 * min, classMethod, parseTuple, names...)} otherwise, {@code d.getter(javaName, paramCount,
 * types, name, setter, member)} for an ExposedGetter. TYPES is null unless two methods of the
 * class share the name and the parameter count: then it holds the erased parameter types
 * (Class.getTypeName, separated by commas), and such an overload without annotations is
 * declared by {@code d.plain(...)}. Code rather than a string to parse: at start-up this runs
 * in the bytecode interpreter, where a call per method is far cheaper than splitting text.
 */
@SupportedAnnotationTypes({"org.pyvm.runtime.ExposedMethod", "org.pyvm.runtime.ExposedGetter"})
public final class ExposedIndexer extends AbstractProcessor {

    private static final String METHOD = "org.pyvm.runtime.ExposedMethod";
    private static final String GETTER = "org.pyvm.runtime.ExposedGetter";

    /** Binary class name to its declarations (Java statements), sorted so that the generated source is stable. */
    private final Map<String, String> index = new TreeMap<>();
    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        // The first round sees every source of the compilation; the later ones only what
        // processors generated (this index).
        if (written || round.processingOver()) {
            return false;
        }
        for (Element e : round.getRootElements()) {
            if (e instanceof TypeElement t) {
                visit(t);
            }
        }
        write();
        written = true;
        return false;
    }

    private void visit(TypeElement type) {
        List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
        StringBuilder lines = new StringBuilder();
        Map<String, Integer> arity = new TreeMap<>();
        for (ExecutableElement m : methods) {
            arity.merge(m.getSimpleName() + "\t" + m.getParameters().size(), 1, Integer::sum);
        }
        boolean any = false;
        for (ExecutableElement m : methods) {
            String key = m.getSimpleName() + "\t" + m.getParameters().size();
            // Overloads with one name and parameter count are told apart by their types.
            String types = arity.get(key) > 1 ? types(m) : "";
            boolean annotated = false;
            String head = lit(m.getSimpleName().toString()) + ", " + m.getParameters().size() + ", "
                + (types.isEmpty() ? "null" : lit(types));
            for (AnnotationMirror a : m.getAnnotationMirrors()) {
                String kind = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
                if (!kind.equals(METHOD) && !kind.equals(GETTER)) {
                    continue;
                }
                annotated = true;
                Map<String, Object> v = values(a);
                if (kind.equals(METHOD)) {
                    @SuppressWarnings("unchecked")
                    List<? extends AnnotationValue> names = (List<? extends AnnotationValue>) v.get("names");
                    boolean plain = v.get("name").equals("") && ((Integer) v.get("min")) == -1
                        && !Boolean.TRUE.equals(v.get("classMethod")) && !Boolean.TRUE.equals(v.get("parseTuple"))
                        && names.isEmpty();
                    if (plain) {
                        lines.append("        d.method(").append(head).append(");\n");
                    } else {
                        lines.append("        d.method(").append(head).append(", ").append(lit((String) v.get("name")))
                            .append(", ").append(v.get("min")).append(", ").append(v.get("classMethod")).append(", ")
                            .append(v.get("parseTuple"));
                        for (AnnotationValue n : names) {
                            lines.append(", ").append(lit((String) n.getValue()));
                        }
                        lines.append(");\n");
                    }
                } else {
                    lines.append("        d.getter(").append(head).append(", ").append(lit((String) v.get("name")))
                        .append(", ").append(lit((String) v.get("setter"))).append(", ").append(v.get("member"))
                        .append(");\n");
                }
            }
            any |= annotated;
            if (!annotated && !types.isEmpty()) {
                // An overload without annotations, so that it is not taken for the one with them.
                lines.append("        d.plain(").append(head).append(");\n");
            }
        }
        if (any) {
            index.put(processingEnv.getElementUtils().getBinaryName(type).toString(), lines.toString());
        }
        for (TypeElement inner : ElementFilter.typesIn(type.getEnclosedElements())) {
            visit(inner);
        }
    }

    /** M's erased parameter types as Class.getTypeName spells them, separated by commas. */
    private String types(ExecutableElement m) {
        StringBuilder b = new StringBuilder();
        for (var p : m.getParameters()) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(typeName(processingEnv.getTypeUtils().erasure(p.asType())));
        }
        return b.toString();
    }

    private String typeName(TypeMirror t) {
        if (t instanceof ArrayType a) {
            return typeName(a.getComponentType()) + "[]";
        }
        if (t instanceof DeclaredType d) {
            return processingEnv.getElementUtils().getBinaryName((TypeElement) d.asElement()).toString();
        }
        return t.toString();
    }

    private Map<String, Object> values(AnnotationMirror a) {
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : processingEnv.getElementUtils().getElementValuesWithDefaults(a).entrySet()) {
            out.put(e.getKey().getSimpleName().toString(), e.getValue().getValue());
        }
        return out;
    }

    private void write() {
        StringBuilder src = new StringBuilder();
        src.append("package org.pyvm.runtime;\n\n")
            .append("/** Generated by ExposedIndexer (src/build/java) at compile time: do not edit. */\n")
            .append("final class ExposedIndex {\n\n    private ExposedIndex() {}\n\n")
            .append("    /** Declares the annotated methods of the class named NAME to D; false when the index lacks it. */\n")
            .append("    static boolean of(String name, ExposedDecls d) {\n        switch (name) {\n");
        int i = 0;
        for (String name : index.keySet()) {
            src.append("            case ").append(lit(name)).append(" -> c").append(i++).append("(d);\n");
        }
        src.append("            default -> {\n                return false;\n            }\n        }\n        return true;\n    }\n");
        i = 0;
        for (String body : index.values()) {
            src.append("\n    private static void c").append(i++).append("(ExposedDecls d) {\n").append(body).append("    }\n");
        }
        src.append("}\n");
        try (Writer w = processingEnv.getFiler().createSourceFile("org.pyvm.runtime.ExposedIndex").openWriter()) {
            w.write(src.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lit(String s) {
        return "\"" + escape(s) + "\"";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
