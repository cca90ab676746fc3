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
 * <p>For each class (binary name) declaring an annotated method, one string: a line per
 * annotated method, fields separated by tabs:
 * {@code M javaName paramCount types name min classMethod parseTuple names...} for ExposedMethod,
 * {@code G javaName paramCount types name setter member} for ExposedGetter. TYPES is empty
 * unless two methods of the class share the name and the parameter count: then it holds the
 * erased parameter types (Class.getTypeName, separated by commas), and such an overload
 * without annotations has a line {@code N javaName paramCount types} of its own.
 */
@SupportedAnnotationTypes({"org.pyvm.runtime.ExposedMethod", "org.pyvm.runtime.ExposedGetter"})
public final class ExposedIndexer extends AbstractProcessor {

    private static final String METHOD = "org.pyvm.runtime.ExposedMethod";
    private static final String GETTER = "org.pyvm.runtime.ExposedGetter";

    /** Binary class name to its lines, sorted so that the generated source is stable. */
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
            for (AnnotationMirror a : m.getAnnotationMirrors()) {
                String kind = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
                if (!kind.equals(METHOD) && !kind.equals(GETTER)) {
                    continue;
                }
                annotated = true;
                Map<String, Object> v = values(a);
                if (kind.equals(METHOD)) {
                    lines.append("M\t").append(key).append('\t').append(types).append('\t').append(v.get("name"))
                        .append('\t').append(v.get("min")).append('\t').append(flag(v.get("classMethod"))).append('\t')
                        .append(flag(v.get("parseTuple")));
                    @SuppressWarnings("unchecked")
                    List<? extends AnnotationValue> names = (List<? extends AnnotationValue>) v.get("names");
                    for (AnnotationValue n : names) {
                        lines.append('\t').append(n.getValue());
                    }
                } else {
                    lines.append("G\t").append(key).append('\t').append(types).append('\t').append(v.get("name"))
                        .append('\t').append(v.get("setter")).append('\t').append(flag(v.get("member")));
                }
                lines.append('\n');
            }
            any |= annotated;
            if (!annotated && !types.isEmpty()) {
                // An overload without annotations, so that it is not taken for the one with them.
                lines.append("N\t").append(key).append('\t').append(types).append('\n');
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

    private static String flag(Object b) {
        return Boolean.TRUE.equals(b) ? "1" : "0";
    }

    private void write() {
        StringBuilder src = new StringBuilder();
        src.append("package org.pyvm.runtime;\n\n")
            .append("/** Generated by org.pyvm.build.ExposedIndexer (src/build/java) at compile time: do not edit. */\n")
            .append("final class ExposedIndex {\n\n    private ExposedIndex() {}\n\n")
            .append("    /** The exposure declarations of the class named NAME (see ExposedIndexer), or null. */\n")
            .append("    static String of(String name) {\n        return switch (name) {\n");
        for (Map.Entry<String, String> e : index.entrySet()) {
            src.append("            case \"").append(e.getKey()).append("\" -> \"").append(escape(e.getValue())).append("\";\n");
        }
        src.append("            default -> null;\n        };\n    }\n}\n");
        try (Writer w = processingEnv.getFiler().createSourceFile("org.pyvm.runtime.ExposedIndex").openWriter()) {
            w.write(src.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
